#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>

#include "epub/zip_writer.hpp"
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
                            "EPUB/toc.ncx", "EPUB/style.css", "EPUB/article-001.xhtml"}));
  EXPECT_EQ(xpath(entries[1].second, "//ocf:rootfile/@full-path"), Strings{"EPUB/package.opf"});
}

TEST(Epub, PackageDocumentCarriesEveryMetadataField) {
  const std::string opf = zip_entry(epub_of(shanghai()), "EPUB/package.opf");
  EXPECT_EQ(xpath(opf, "/opf:package/@version"), Strings{"3.0"});
  EXPECT_EQ(xpath(opf, "//dc:identifier[@id=/opf:package/@unique-identifier]"), Strings{shanghai().meta.identifier});
  EXPECT_EQ(xpath(opf, "//dc:title"), Strings{"市委召開城市基層黨建經驗交流座談會"});
  EXPECT_EQ(xpath(opf, "//dc:language"), Strings{"zh-Hant"});
  // 08:36:55 in a Shanghai paper: UTC+8, implied (the text gives no zone), so the instant is 00:36:55Z.
  EXPECT_EQ(xpath(opf, "//dc:date"), Strings{"2017-08-04T00:36:55Z"});
  EXPECT_EQ(xpath(opf, "//dc:publisher"), Strings{"新民晚報"});
  EXPECT_EQ(xpath(opf, "//dc:contributor"), (Strings{"彭麗", "劉徵宇", "劉歆"}));
  EXPECT_EQ(xpath(opf, "//opf:meta[@property='role' and @scheme='marc:relators']"),
            (Strings{"aut", "edt", "edt", "pht"}));
  EXPECT_EQ(xpath(opf, "//opf:meta[@refines=concat('#', //dc:contributor[3]/@id) and @property='role']"),
            Strings{"pht"});
  EXPECT_EQ(xpath(opf, "//opf:meta[@property='dcterms:alternative']"), Strings{shanghai().meta.original_title});
  EXPECT_EQ(xpath(opf, "//opf:meta[@property='dcterms:modified']"), Strings{"2017-08-04T00:36:55Z"});
}

// An article credited only to editors and a photographer is the outlet's work:
// the outlet is its creator (calibre shows it as the author, not "Unknown").
// Creators and contributors keep the article's order (display-seq).
TEST(Epub, TheOutletIsTheCreatorWhenNoOneIsCreditedWithTheText) {
  const std::string opf = zip_entry(epub_of(shanghai()), "EPUB/package.opf");
  EXPECT_EQ(xpath(opf, "//dc:creator"), Strings{"新民晚報"});
  EXPECT_EQ(xpath(opf, "//opf:meta[@refines=concat('#', //dc:creator/@id) and @property='role']"), Strings{"aut"});
  EXPECT_EQ(xpath(opf, "//opf:meta[@property='display-seq']"), (Strings{"1", "1", "2", "3"}));
  Document none = shanghai();
  none.meta.source.clear();
  none.meta.contributors.clear();
  EXPECT_TRUE(xpath(zip_entry(epub_of(none), "EPUB/package.opf"), "//dc:creator").empty());
}

TEST(Epub, AuthorsAreCreatorsAndZonedDatesAreInstants) {
  const Document en = read_article(fixture("articles/en-wire-floods-crlf.txt")).document;
  const std::string opf = zip_entry(epub_of(en), "EPUB/package.opf");
  EXPECT_EQ(xpath(opf, "//dc:creator"), (Strings{"Jane Smith", "Tom O'Neill"}));
  EXPECT_EQ(xpath(opf, "//dc:date"), Strings{"2024-11-27T08:15:00Z"});
  EXPECT_EQ(xpath(opf, "//dc:publisher"), Strings{"Reuters"});
  Document d = en;
  d.meta.contributors = {{"Kay Moss", Role::editor}, {"Ana Lee", Role::correspondent}, {"Sam Ruiz", Role::writer}};
  const std::string two = zip_entry(epub_of(d), "EPUB/package.opf");
  EXPECT_EQ(xpath(two, "//dc:creator"), (Strings{"Ana Lee", "Sam Ruiz"}));
  EXPECT_EQ(xpath(two, "//dc:contributor"), Strings{"Kay Moss"});
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
  EXPECT_EQ(xpath(page, "//xhtml:p[@class='credit']"), Strings{"（圖片攝影 劉歆）"}) << "full-width restored";
  EXPECT_TRUE(xpath(page, "//xhtml:figure").empty()) << "placeholders are left out by default";
  WriterOptions boxes;
  boxes.figures = FigureMode::placeholder;
  const std::string boxed = zip_entry(epub_of(shanghai(), boxes), "EPUB/article-001.xhtml");
  EXPECT_EQ(xpath(boxed, "//xhtml:figure").size(), 4u);
  EXPECT_TRUE(xpath(boxed, "//xhtml:figure//text()[normalize-space()]").empty()) << "a CMS token shows as an empty box";
}

TEST(Epub, VerticalWritingAndRightToLeftPages) {
  WriterOptions vertical;
  vertical.vertical = true;
  const std::string e = epub_of(shanghai(), vertical);
  EXPECT_NE(zip_entry(e, "EPUB/style.css").find("writing-mode: vertical-rl"), std::string::npos);
  EXPECT_EQ(xpath(zip_entry(e, "EPUB/package.opf"), "//opf:spine/@page-progression-direction"), Strings{"rtl"});
  EXPECT_EQ(zip_entry(epub_of(shanghai()), "EPUB/style.css").find("vertical-rl"), std::string::npos);
}

TEST(Epub, VerticalShortDigitRunsStandUprightLatinLiesSideways) {
  Document d;
  d.meta.language = "zh-Hant";
  d.meta.title = "第3屆書展";
  d.blocks.push_back(Paragraph{"5月3日，COVID-19疫情，2021年，約 12 公里。", 1});
  d.blocks.push_back(List{{"第1項", "第2項"}, true, 2});
  WriterOptions vertical;
  vertical.vertical = true;
  const std::string e = epub_of(d, vertical);
  const std::string page = zip_entry(e, "EPUB/article-001.xhtml");
  EXPECT_EQ(xpath(page, "//xhtml:span[@class='tcy']"), (Strings{"3", "5", "3", "12", "1", "2"}));
  EXPECT_EQ(xpath(page, "//xhtml:section/xhtml:p[not(@class)]"), Strings{"5月3日，COVID-19疫情，2021年，約 12 公里。"})
      << "the words are the same, only wrapped";
  const std::string css = zip_entry(e, "EPUB/style.css");
  EXPECT_NE(css.find("text-combine-upright: all"), std::string::npos);
  EXPECT_NE(css.find("text-orientation: mixed"), std::string::npos) << "Latin words lie sideways";

  const std::string e_horizontal = epub_of(d);
  EXPECT_TRUE(xpath(zip_entry(e_horizontal, "EPUB/article-001.xhtml"), "//xhtml:span").empty());
  EXPECT_EQ(zip_entry(e_horizontal, "EPUB/style.css").find("text-combine-upright"), std::string::npos);
}

TEST(Epub, FigurePlaceholderBoxIsCentred) {
  const std::string horizontal = zip_entry(epub_of(shanghai()), "EPUB/style.css");
  EXPECT_NE(horizontal.find("figure.placeholder {\n  width: 60%;\n  min-height: 3em;\n  margin: 1em auto;"),
            std::string::npos);
  WriterOptions vertical;
  vertical.vertical = true;
  const std::string css = zip_entry(epub_of(shanghai(), vertical), "EPUB/style.css");
  EXPECT_NE(css.find("height: 60%;\n  margin: auto 1em;"), std::string::npos) << "centred top to bottom";
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

TEST(Epub, Epub2NcxBesideTheNavListsTheSameEntries) {
  std::vector<Document> docs{shanghai(), read_article(fixture("articles/ja-tokyo-disaster-plan.txt")).document};
  for (std::size_t n : {1u, 2u}) {
    const std::string e = epub_of(std::span<const Document>(docs.data(), n));
    const std::string opf = zip_entry(e, "EPUB/package.opf");
    EXPECT_EQ(xpath(opf, "//opf:spine/@toc"), Strings{"ncx"});
    EXPECT_EQ(xpath(opf, "//opf:item[@id='ncx']/@href"), Strings{"toc.ncx"});
    EXPECT_EQ(xpath(opf, "//opf:item[@id='ncx']/@media-type"), Strings{"application/x-dtbncx+xml"});
    const std::string ncx = zip_entry(e, "EPUB/toc.ncx");
    EXPECT_EQ(xpath(ncx, "//*[local-name()='meta'][@name='dtb:uid']/@content"), xpath(opf, "//dc:identifier"));
    EXPECT_EQ(xpath(ncx, "//*[local-name()='docTitle']/*"), xpath(opf, "//dc:title"));
    const std::string nav = zip_entry(e, "EPUB/nav.xhtml");
    EXPECT_EQ(xpath(ncx, "//*[local-name()='navLabel']/*"), xpath(nav, "//xhtml:nav//xhtml:a"));
    EXPECT_EQ(xpath(ncx, "//*[local-name()='content']/@src"), xpath(nav, "//xhtml:nav//xhtml:a/@href"));
    Strings orders;
    for (std::size_t i = 1; i <= n; ++i) orders.push_back(std::to_string(i));
    EXPECT_EQ(xpath(ncx, "//*[local-name()='navPoint']/@playOrder"), orders);
  }
}

TEST(Epub, TocDepthTwoListsHeadings) {
  const Document d = read_article(fixture("articles/appledaily-A3845.txt")).document;
  Strings headings;
  for (const Block& b : d.blocks)
    if (std::holds_alternative<Heading>(b)) headings.push_back(block_text(b));
  ASSERT_EQ(headings.size(), 2u);
  const std::string flat = epub_of(d);
  EXPECT_EQ(xpath(zip_entry(flat, "EPUB/nav.xhtml"), "//xhtml:nav//xhtml:a").size(), 1u);
  EXPECT_TRUE(xpath(zip_entry(flat, "EPUB/article-001.xhtml"), "//xhtml:h2/@id").empty());
  WriterOptions deep;
  deep.toc_depth = 2;
  const std::string e = epub_of(d, deep);
  const std::string nav = zip_entry(e, "EPUB/nav.xhtml");
  EXPECT_EQ(xpath(nav, "//xhtml:nav/xhtml:ol/xhtml:li/xhtml:ol/xhtml:li/xhtml:a"), headings);
  EXPECT_EQ(xpath(nav, "//xhtml:li/xhtml:ol//xhtml:a/@href"),
            (Strings{"article-001.xhtml#h1", "article-001.xhtml#h2"}));
  const std::string page = zip_entry(e, "EPUB/article-001.xhtml");
  EXPECT_EQ(xpath(page, "//xhtml:h2/@id"), (Strings{"h1", "h2"}));
  EXPECT_EQ(xpath(page, "//xhtml:h2"), headings);
  const std::string ncx = zip_entry(e, "EPUB/toc.ncx");
  EXPECT_EQ(xpath(ncx, "//*[local-name()='navPoint']/*[local-name()='navPoint']/*[local-name()='navLabel']/*"),
            headings);
  EXPECT_EQ(xpath(ncx, "//*[local-name()='meta'][@name='dtb:depth']/@content"), Strings{"2"});
}

TEST(Epub, UserStylesheetComesAfterTheBuiltInOne) {
  WriterOptions o;
  o.css = testing::read_file(fixture("epub/extra.css"));
  std::vector<Document> docs{shanghai(), shanghai()};
  const std::string e = epub_of(docs, o);
  EXPECT_EQ(zip_entry(e, "EPUB/user.css"), o.css);
  EXPECT_EQ(xpath(zip_entry(e, "EPUB/package.opf"), "//opf:item[@href='user.css']/@media-type"),
            Strings{"text/css"});
  for (const char* page : {"EPUB/nav.xhtml", "EPUB/title.xhtml", "EPUB/article-001.xhtml", "EPUB/article-002.xhtml"})
    EXPECT_EQ(xpath(zip_entry(e, page), "//xhtml:link[@rel='stylesheet']/@href"), (Strings{"style.css", "user.css"}))
        << page;
  EXPECT_EQ(epub_of(docs, o), e);
  EXPECT_EQ(xpath(zip_entry(epub_of(shanghai()), "EPUB/article-001.xhtml"), "//xhtml:link/@href"),
            Strings{"style.css"});
}

TEST(Epub, CoverImageOfEveryKindByItsContent) {
  const std::pair<const char*, const char*> kinds[] = {{"cover.jpg", "image/jpeg"}, {"cover.png", "image/png"},
                                                       {"cover.gif", "image/gif"}, {"cover.svg", "image/svg+xml"}};
  for (const auto& [file, type] : kinds) {
    WriterOptions o;
    o.cover_image = testing::read_file(fixture(std::string("epub/") + file));
    const std::string e = epub_of(shanghai(), o);
    const std::string opf = zip_entry(e, "EPUB/package.opf");
    EXPECT_EQ(xpath(opf, "//opf:item[@properties='cover-image']/@media-type"), Strings{type}) << file;
    const Strings href = xpath(opf, "//opf:item[@properties='cover-image']/@href");
    ASSERT_EQ(href.size(), 1u);
    EXPECT_EQ(zip_entry(e, "EPUB/" + href[0]), o.cover_image);
    EXPECT_EQ(xpath(opf, "//opf:meta[@name='cover']/@content"), Strings{"cover-image"});
    EXPECT_EQ(xpath(opf, "//opf:itemref/@idref"), (Strings{"cover", "a1"}));
    const std::string page = zip_entry(e, "EPUB/cover.xhtml");
    EXPECT_EQ(xpath(page, "//xhtml:section/@epub:type"), Strings{"cover"});
    EXPECT_EQ(xpath(page, "//xhtml:img/@src"), href);
    EXPECT_EQ(xpath(page, "//xhtml:img/@alt"), Strings{shanghai().meta.title});
    EXPECT_EQ(epub_of(shanghai(), o), e);
  }
  WriterOptions webp;
  webp.cover_image = testing::read_file(fixture("epub/cover.webp"));
  try {
    epub_of(shanghai(), webp);
    ADD_FAILURE() << "a WebP cover must be refused";
  } catch (const Error& err) {
    EXPECT_EQ(std::string(err.what()), "the cover image is WebP, not JPEG, PNG, GIF or SVG");
  }
}

TEST(Epub, GeneratedCoverPageShowsTitleOutletAndDate) {
  WriterOptions o;
  o.cover_page = true;
  const std::string e = epub_of(shanghai(), o);
  const std::string opf = zip_entry(e, "EPUB/package.opf");
  EXPECT_EQ(xpath(opf, "//opf:itemref/@idref"), (Strings{"cover", "a1"}));
  EXPECT_TRUE(xpath(opf, "//opf:item[@properties='cover-image']").empty());
  const std::string page = zip_entry(e, "EPUB/cover.xhtml");
  EXPECT_EQ(xpath(page, "//xhtml:h1"), Strings{"市委召開城市基層黨建經驗交流座談會"});
  EXPECT_EQ(xpath(page, "//xhtml:p"), (Strings{"新民晚報", "2017-08-04 08:36:55"}));
  EXPECT_EQ(xpath(page, "/xhtml:html/@lang"), Strings{"zh-Hant"});
  EXPECT_NE(zip_entry(e, "EPUB/style.css").find("section.cover"), std::string::npos);
  std::vector<Document> docs{shanghai(), shanghai()};
  o.book_title = "選集";
  o.book_author = "編者";
  const std::string book = epub_of(docs, o);
  EXPECT_EQ(xpath(zip_entry(book, "EPUB/package.opf"), "//opf:itemref/@idref"),
            (Strings{"cover", "titlepage", "a1", "a2"}));
  EXPECT_EQ(xpath(zip_entry(book, "EPUB/cover.xhtml"), "//xhtml:p"), Strings{"編者"});
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

namespace artconv {
namespace {

// A page too large to hold (over 4 MB) is made while libzip deflates it. It
// is the page the same blocks give when held whole: the big page is the first
// third's held page up to its last paragraph, then the rest's paragraphs, then
// the same closing.
TEST(Epub, ALargePageIsMadeAsItIsWrittenAndIsTheSamePage) {
  Document big = shanghai();
  big.blocks.clear();
  Document first_half = big, second_half = big;
  constexpr int kParagraphs = 60000;
  for (int i = 0; i < kParagraphs; ++i) {
    const std::string text = "第" + std::to_string(i) + "段：這是一個很長的中文段落，內容不長但是很多，一直寫下去。";
    big.blocks.emplace_back(Paragraph{text, static_cast<std::size_t>(i + 1)});
    (i < kParagraphs / 3 ? first_half : second_half).blocks.emplace_back(Paragraph{text, static_cast<std::size_t>(i + 1)});
  }
  const std::string page = zip_entry(epub_of(big), "EPUB/article-001.xhtml");
  const std::string a = zip_entry(epub_of(first_half), "EPUB/article-001.xhtml");
  const std::string b = zip_entry(epub_of(second_half), "EPUB/article-001.xhtml");
  ASSERT_GT(page.size(), std::size_t{5} << 20);
  ASSERT_LT(a.size(), std::size_t{3} << 20);  // held whole
  const std::string closing = "</section>";
  const std::size_t a_paragraphs_end = a.rfind("</p>") + 4, b_paragraphs = b.find("<p>");
  ASSERT_NE(b_paragraphs, std::string::npos);
  const std::string_view b_body = std::string_view(b).substr(b_paragraphs, b.rfind("</p>") + 4 - b_paragraphs);
  EXPECT_EQ(page.substr(0, a_paragraphs_end), a.substr(0, a_paragraphs_end));
  const std::size_t indent = b_paragraphs - b.rfind('\n', b_paragraphs) - 1;
  EXPECT_EQ(page.substr(a_paragraphs_end).find(b_body), 1 + indent);  // on the next line
  EXPECT_EQ(page.substr(page.size() - (a.size() - a_paragraphs_end)), a.substr(a_paragraphs_end));
}

}  // namespace
}  // namespace artconv

namespace artconv::epub {
namespace {

// Gives `bytes` at most `piece` at a time; throws at `fail_at` if set.
class Pieces : public EntrySource {
 public:
  Pieces(std::string bytes, std::size_t piece, std::size_t fail_at = std::string::npos)
      : bytes_(std::move(bytes)), piece_(piece), fail_at_(fail_at) {}
  std::size_t size() const override { return bytes_.size(); }
  void open() override { at_ = 0; }
  std::size_t read(char* out, std::size_t capacity) override {
    if (at_ >= fail_at_) throw std::runtime_error("the source failed");
    const std::size_t n = std::min({capacity, piece_, bytes_.size() - at_});
    std::copy_n(bytes_.data() + at_, n, out);
    at_ += n;
    return n;
  }
  void close() override {}

 private:
  std::string bytes_;
  std::size_t piece_, fail_at_, at_ = 0;
};

std::string text_of(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; s.size() < n; ++i) s += "line " + std::to_string(i * 7919 % 1000) + " of a streamed entry\n";
  return s.substr(0, n);
}

TEST(ZipWriter, AStreamedEntryMakesTheSameArchiveAsTheEntryHeldWhole) {
  for (const std::size_t size : {std::size_t{3000}, std::size_t{1} << 20}) {
    ZipWriter held, streamed;
    held.add("mimetype", "application/epub+zip", true);
    streamed.add("mimetype", "application/epub+zip", true);
    held.add("EPUB/page.xhtml", text_of(size));
    streamed.add("EPUB/page.xhtml", std::make_unique<Pieces>(text_of(size), 1000));
    EXPECT_EQ(held.finish(), streamed.finish()) << size;
  }
}

TEST(ZipWriter, WhatAStreamedEntryThrowsFinishRethrows) {
  ZipWriter zip;
  zip.add("mimetype", "application/epub+zip", true);
  zip.add("EPUB/page.xhtml", std::make_unique<Pieces>(text_of(100000), 1000, 50000));
  try {
    zip.finish();
    FAIL() << "finished";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "the source failed");
  }
}

}  // namespace
}  // namespace artconv::epub
