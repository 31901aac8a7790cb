#include <gtest/gtest.h>

#include "registry.hpp"
#include "support.hpp"

namespace artconv {
namespace {

using testing::fixture;
using testing::read_article;
using testing::xpath;
using testing::zip_entries;
using testing::zip_entry;
using Strings = std::vector<std::string>;

std::string epub_of(std::span<const Document> docs, const WriterOptions& options = {}) {
  Diagnostics diag;
  return find_writer("epub")->render(docs, options, diag);
}

std::string epub_of(const Document& doc, const WriterOptions& options = {}) { return epub_of({&doc, 1}, options); }

const Document& shanghai() {
  static const Document d = read_article(fixture("articles/zh-hant-news-shanghai.txt")).document;
  return d;
}

TEST(Epub, MimetypeComesFirstStoredWithoutExtraField) {
  const std::string e = epub_of(shanghai());
  ASSERT_GT(e.size(), 60u);
  EXPECT_EQ(e.substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_EQ(e.substr(8, 2), std::string("\0\0", 2)) << "compression method must be 0 (stored)";
  EXPECT_EQ(e.substr(28, 2), std::string("\0\0", 2)) << "no extra field";
  EXPECT_EQ(e.substr(30, 8), "mimetype");
  EXPECT_EQ(e.substr(38, 20), "application/epub+zip");
  const auto entries = zip_entries(e);
  Strings names;
  for (const auto& [name, data] : entries) names.push_back(name);
  EXPECT_EQ(names, (Strings{"mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml",
                            "EPUB/style.css", "EPUB/article-001.xhtml"}));
  EXPECT_EQ(xpath(entries[1].second, "//ocf:rootfile/@full-path"), Strings{"EPUB/package.opf"});
}

TEST(Epub, PackageDocumentCarriesEveryMetadataField) {
  const std::string opf = zip_entry(epub_of(shanghai()), "EPUB/package.opf");
  EXPECT_EQ(xpath(opf, "/opf:package/@version"), Strings{"3.0"});
  EXPECT_EQ(xpath(opf, "//dc:identifier[@id=/opf:package/@unique-identifier]"), Strings{shanghai().meta.identifier});
  EXPECT_EQ(xpath(opf, "//dc:title"), Strings{"市委召開城市基層黨建經驗交流座談會"});
  EXPECT_EQ(xpath(opf, "//dc:language"), Strings{"zh-Hant"});
  EXPECT_EQ(xpath(opf, "//dc:date"), Strings{"2017-08-04"});  // no time zone given: the date alone
  EXPECT_EQ(xpath(opf, "//dc:publisher"), Strings{"新民晚報"});
  EXPECT_EQ(xpath(opf, "//dc:contributor"), (Strings{"彭麗", "劉徵宇", "劉歆"}));
  EXPECT_EQ(xpath(opf, "//opf:meta[@property='role' and @scheme='marc:relators']"), (Strings{"edt", "edt", "pht"}));
  EXPECT_EQ(xpath(opf, "//opf:meta[@refines=concat('#', //dc:contributor[3]/@id)]"), Strings{"pht"});
  EXPECT_EQ(xpath(opf, "//opf:meta[@property='dcterms:alternative']"), Strings{shanghai().meta.original_title});
  EXPECT_EQ(xpath(opf, "//opf:meta[@property='dcterms:modified']"), Strings{"2017-08-04T08:36:55Z"});
}

TEST(Epub, AuthorsAreCreatorsAndZonedDatesAreInstants) {
  const Document en = read_article(fixture("articles/en-wire-floods-crlf.txt")).document;
  const std::string opf = zip_entry(epub_of(en), "EPUB/package.opf");
  EXPECT_EQ(xpath(opf, "//dc:creator"), (Strings{"Jane Smith", "Tom O'Neill"}));
  EXPECT_EQ(xpath(opf, "//dc:date"), Strings{"2024-11-27T08:15:00Z"});
  EXPECT_EQ(xpath(opf, "//dc:publisher"), Strings{"Reuters"});
}

TEST(Epub, ModifiedComesFromSourceDateEpochNeverTheClock) {
  WriterOptions pinned;
  pinned.timestamp = 1700000000;
  EXPECT_EQ(xpath(zip_entry(epub_of(shanghai(), pinned), "EPUB/package.opf"),
                  "//opf:meta[@property='dcterms:modified']"),
            Strings{"2023-11-14T22:13:20Z"});
  Document undated = shanghai();
  undated.meta.published.reset();
  EXPECT_EQ(xpath(zip_entry(epub_of(undated), "EPUB/package.opf"), "//opf:meta[@property='dcterms:modified']"),
            Strings{"1980-01-01T00:00:00Z"});
}

TEST(Epub, SameInputSameBytes) {
  EXPECT_EQ(epub_of(shanghai()), epub_of(shanghai()));
  std::vector<Document> docs{shanghai(), read_article(fixture("articles/ja-tokyo-disaster-plan.txt")).document};
  EXPECT_EQ(epub_of(docs), epub_of(docs));
}

TEST(Epub, ArticlePageShowsWhatANewspaperShows) {
  const std::string page = zip_entry(epub_of(shanghai()), "EPUB/article-001.xhtml");
  EXPECT_EQ(xpath(page, "/xhtml:html/@lang"), Strings{"zh-Hant"});
  EXPECT_EQ(xpath(page, "/xhtml:html/@xml:lang"), Strings{"zh-Hant"});
  EXPECT_EQ(xpath(page, "//xhtml:h1"), Strings{"市委召開城市基層黨建經驗交流座談會"});
  EXPECT_EQ(xpath(page, "//xhtml:p[@class='original-title']"),
            Strings{"原標題：市委召開全市城市基層黨建工作經驗交流座談會"});
  EXPECT_EQ(xpath(page, "//xhtml:p[@class='meta']"),
            Strings{"2017-08-04 08:36:55 · 新民晚報 · 編輯：彭麗 · 責任編輯：劉徵宇 · 攝影：劉歆"});
  EXPECT_EQ(xpath(page, "//xhtml:section/xhtml:p[not(@class)]").size(), 6u);
  EXPECT_EQ(xpath(page, "//xhtml:p[@class='credit']"), Strings{"(圖片攝影 劉歆)"});
  EXPECT_TRUE(xpath(page, "//xhtml:figure").empty()) << "placeholders are left out by default";
  WriterOptions boxes;
  boxes.figures = FigureMode::placeholder;
  EXPECT_EQ(xpath(zip_entry(epub_of(shanghai(), boxes), "EPUB/article-001.xhtml"), "//xhtml:figure").size(), 4u);
}

TEST(Epub, VerticalWritingAndRightToLeftPages) {
  WriterOptions vertical;
  vertical.vertical = true;
  const std::string e = epub_of(shanghai(), vertical);
  EXPECT_NE(zip_entry(e, "EPUB/style.css").find("writing-mode: vertical-rl"), std::string::npos);
  EXPECT_EQ(xpath(zip_entry(e, "EPUB/package.opf"), "//opf:spine/@page-progression-direction"), Strings{"rtl"});
  EXPECT_EQ(zip_entry(epub_of(shanghai()), "EPUB/style.css").find("vertical-rl"), std::string::npos);
}

TEST(Epub, BundleIsOneBookWithAChapterPerArticle) {
  std::vector<Document> docs{shanghai(), read_article(fixture("articles/ja-tokyo-disaster-plan.txt")).document,
                             read_article(fixture("articles/variants/zh-hant-news-shanghai.big5.txt")).document};
  WriterOptions o;
  o.book_title = "選集";
  o.book_author = "編者";
  o.book_publisher = "artconv press";
  const std::string e = epub_of(docs, o);
  const std::string opf = zip_entry(e, "EPUB/package.opf");
  EXPECT_EQ(xpath(opf, "//dc:title"), Strings{"選集"});
  EXPECT_EQ(xpath(opf, "//dc:language"), Strings{"zh-Hant"});  // the most common
  EXPECT_EQ(xpath(opf, "//dc:creator"), Strings{"編者"});
  EXPECT_EQ(xpath(opf, "//dc:publisher"), Strings{"artconv press"});
  EXPECT_EQ(xpath(opf, "//opf:itemref/@idref"), (Strings{"titlepage", "a1", "a2", "a3"}));
  const std::string nav = zip_entry(e, "EPUB/nav.xhtml");
  EXPECT_EQ(xpath(nav, "//xhtml:nav[@epub:type='toc']//xhtml:a").size(), 3u);
  EXPECT_EQ(xpath(nav, "//xhtml:a[@lang='ja']"), Strings{docs[1].meta.title});
  EXPECT_EQ(xpath(zip_entry(e, "EPUB/article-002.xhtml"), "/xhtml:html/@lang"), Strings{"ja"});
  o.book_language = "ja";
  EXPECT_EQ(xpath(zip_entry(epub_of(docs, o), "EPUB/package.opf"), "//dc:language"), Strings{"ja"});
}

TEST(Epub, HostileTextIsEscaped) {
  const std::string e = epub_of(testing::hostile_document());
  const std::string page = zip_entry(e, "EPUB/article-001.xhtml");
  EXPECT_EQ(xpath(page, "//xhtml:h1"), Strings{"Tom & Jerry's \"<best>\" ]]> episode "});
  EXPECT_TRUE(xpath(page, "//xhtml:img").empty());
  EXPECT_EQ(xpath(page, "/xhtml:html/@dir").size(), 0u);
}

}  // namespace
}  // namespace artconv
