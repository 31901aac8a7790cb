#include <gtest/gtest.h>

#include "support.hpp"
#include "registry.hpp"
#include "xml/xml_writer.hpp"

namespace artconv {
namespace {

using testing::fixture;
using testing::read_article;
using testing::render_with;
using testing::xpath;

using Strings = std::vector<std::string>;

TEST(XmlWriter, StripsWhatXmlForbids) {
  std::string s = "a\x01" "b\tc\xEF\xBF\xBE" "d\xEF\xBF\xBF" "e\xEF\xBF\xBD" "f\xFF";
  EXPECT_EQ(xml::strip_forbidden(s), 4u);
  EXPECT_EQ(s, "ab\tcde\xEF\xBF\xBD" "f");
}

TEST(XmlWriter, EscapesAndReportsDroppedCharacters) {
  Diagnostics diag;
  xml::Writer w(diag, false);
  w.start("r");
  w.attribute("a", "\"q\" & <x>");
  w.text("]]> & <\x01>");
  w.end();
  const std::string out = w.finish();
  EXPECT_NE(out.find("<r a=\"&quot;q&quot; &amp; &lt;x&gt;\">]]&gt; &amp; &lt;&gt;</r>"), std::string::npos) << out;
  ASSERT_EQ(diag.warnings().size(), 1u);
  EXPECT_EQ(diag.warnings()[0].code, "dropped-xml-characters");
}

TEST(DocBook, EveryMetadataFieldHasItsPlace) {
  Diagnostics diag;
  const Document d = read_article(fixture("articles/zh-hant-news-shanghai.txt")).document;
  const std::string x = render_with("docbook", d, diag);
  EXPECT_EQ(xpath(x, "/db:article/@version"), Strings{"5.0"});
  EXPECT_EQ(xpath(x, "/db:article/@xml:lang"), Strings{"zh-Hant"});
  EXPECT_EQ(xpath(x, "/db:article/db:info/db:title"), Strings{d.meta.title});
  EXPECT_EQ(xpath(x, "/db:article/db:info/db:subtitle[@role='original-title']"), Strings{d.meta.original_title});
  // A Shanghai paper's 08:36:55 is UTC+8 (implied: the text gives no zone); <date> is what pandoc reads.
  EXPECT_EQ(xpath(x, "/db:article/db:info/db:pubdate"), Strings{"2017-08-04T08:36:55+08:00"});
  EXPECT_EQ(xpath(x, "/db:article/db:info/db:date"), Strings{"2017-08-04T08:36:55+08:00"});
  EXPECT_EQ(xpath(x, "/db:article/db:info/db:publisher/db:publishername"), Strings{"新民晚報"});
  EXPECT_EQ(xpath(x, "/db:article/db:info/db:editor[not(@role)]/db:personname"), Strings{"彭麗"});
  EXPECT_EQ(xpath(x, "/db:article/db:info/db:editor[@role='responsible-editor']/db:personname"), Strings{"劉徵宇"});
  EXPECT_EQ(xpath(x, "/db:article/db:info/db:othercredit[@otherclass='photographer']/db:personname"),
            Strings{"劉歆"});
  EXPECT_EQ(xpath(x, "/db:article/db:info/db:biblioid[@class='uri']"), Strings{d.meta.identifier});
  EXPECT_EQ(xpath(x, "/db:article/db:para[not(@role)]").size(), 6u);
  EXPECT_EQ(xpath(x, "/db:article/db:informalfigure//db:phrase").size(), 4u);
  EXPECT_TRUE(xpath(x, "//db:informalfigure//db:phrase[normalize-space()]").empty()) << "CMS tokens carry no words";
  EXPECT_EQ(xpath(x, "/db:article/db:para[@role='photo-credit']"), Strings{"（圖片攝影 劉歆）"});
}

TEST(DocBook, AuthorsReportersAndHeadings) {
  Diagnostics diag;
  const Document en = read_article(fixture("articles/en-wire-floods-crlf.txt")).document;
  const std::string x = render_with("docbook", en, diag);
  EXPECT_EQ(xpath(x, "//db:authorgroup/db:author/db:personname"), (Strings{"Jane Smith", "Tom O'Neill"}));
  EXPECT_EQ(xpath(x, "//db:info/db:bibliomisc[@role='dateline']"), Strings{"LONDON"});
  EXPECT_EQ(xpath(x, "//db:info/db:date"), Strings{"2024-11-27T08:15Z"});
  // Everyone who wrote the text is an author; the specific role is the role attribute.
  Document d = en;
  d.meta.contributors = {{"Ana Lee", Role::correspondent}, {"Sam Ruiz", Role::writer}, {"Kay Moss", Role::editor}};
  const std::string y = render_with("docbook", d, diag);
  EXPECT_EQ(xpath(y, "//db:authorgroup/db:author/db:personname"), (Strings{"Ana Lee", "Sam Ruiz"}));
  EXPECT_EQ(xpath(y, "//db:authorgroup/db:author/@role"), (Strings{"correspondent", "writer"}));
  EXPECT_EQ(xpath(y, "//db:info/db:editor/db:personname"), Strings{"Kay Moss"});
  const Document ad = read_article(fixture("articles/appledaily-A3845.txt")).document;
  EXPECT_EQ(xpath(render_with("docbook", ad, diag), "/db:article/db:bridgehead"),
            (Strings{"仍撐病分頭做零工", "嘆「誤了孩子前程」"}));
}

TEST(DocBook, BundleIsABookOfChapters) {
  std::vector<Document> docs{read_article(fixture("articles/zh-hant-news-shanghai.txt")).document,
                             read_article(fixture("articles/ja-tokyo-disaster-plan.txt")).document,
                             read_article(fixture("articles/zh-hans-economy-indented.txt")).document};
  WriterOptions o;
  o.book_title = "Collected";
  Diagnostics diag;
  const std::string x = testing::render_with("docbook", docs[0], diag);  // single still an article
  EXPECT_EQ(xpath(x, "/db:article/@version"), Strings{"5.0"});
  const std::string book = find_writer("docbook")->render(docs, o, diag);
  EXPECT_EQ(xpath(book, "/db:book/db:info/db:title"), Strings{"Collected"});
  EXPECT_EQ(xpath(book, "/db:book/db:chapter/@xml:lang"), (Strings{"zh-Hant", "ja", "zh-Hans"}));
  EXPECT_EQ(xpath(book, "/db:book/db:chapter/db:info/db:title").size(), 3u);
}

TEST(Jats, EveryMetadataFieldHasItsPlace) {
  Diagnostics diag;
  const Document d = read_article(fixture("articles/zh-hant-news-shanghai.txt")).document;
  const std::string x = render_with("jats", d, diag);
  EXPECT_TRUE(x.find("<!DOCTYPE article") < x.find("PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange "
                                                 "DTD v1.3 20210610//EN\""));
  EXPECT_EQ(xpath(x, "/article/@article-type"), Strings{"news"});
  EXPECT_EQ(xpath(x, "/article/@dtd-version"), Strings{"1.3"});
  EXPECT_EQ(xpath(x, "/article/@xml:lang"), Strings{"zh-Hant"});
  EXPECT_EQ(xpath(x, "//article-meta/title-group/article-title"), Strings{d.meta.title});
  EXPECT_EQ(xpath(x, "//article-meta/title-group/alt-title[@alt-title-type='original']"),
            Strings{d.meta.original_title});
  EXPECT_EQ(xpath(x, "//article-meta/article-id[@pub-id-type='uuid']"), Strings{d.meta.identifier});
  EXPECT_EQ(xpath(x, "//article-meta/pub-date/@iso-8601-date"), Strings{"2017-08-04T08:36:55+08:00"});
  EXPECT_EQ(xpath(x, "//article-meta/pub-date/year"), Strings{"2017"});
  EXPECT_EQ(xpath(x, "//journal-meta/publisher/publisher-name"), Strings{"新民晚報"});
  EXPECT_EQ(xpath(x, "//contrib[@contrib-type='editor']/string-name"), (Strings{"彭麗", "劉徵宇"}));
  EXPECT_EQ(xpath(x, "//contrib[role='responsible editor']/string-name"), Strings{"劉徵宇"});
  EXPECT_EQ(xpath(x, "//contrib[@contrib-type='photographer']/string-name"), Strings{"劉歆"});
  EXPECT_EQ(xpath(x, "/article/body/p[not(@content-type)]").size(), 6u);
  EXPECT_EQ(xpath(x, "/article/body/fig").size(), 4u);
  EXPECT_TRUE(xpath(x, "//fig/caption | //fig/alt-text").empty()) << "CMS tokens carry no caption or alt text";
}

// Latin names split into surname and given names (what JATS tools and pandoc
// read authors from); the dateline is custom metadata, not the publisher's place.
TEST(Jats, LatinNamesSplitAndTheDatelineIsNotThePublishersPlace) {
  Diagnostics diag;
  const Document en = read_article(fixture("articles/en-wire-floods-crlf.txt")).document;
  const std::string x = render_with("jats", en, diag);
  EXPECT_EQ(xpath(x, "//contrib[@contrib-type='author']/name/surname"), (Strings{"Smith", "O'Neill"}));
  EXPECT_EQ(xpath(x, "//contrib[@contrib-type='author']/name/given-names"), (Strings{"Jane", "Tom"}));
  EXPECT_TRUE(xpath(x, "//contrib/string-name").empty());
  EXPECT_TRUE(xpath(x, "//publisher-loc").empty());
  EXPECT_EQ(xpath(x, "//article-meta/custom-meta-group/custom-meta[meta-name='dateline']/meta-value"),
            Strings{"LONDON"});
  Document d = en;
  d.meta.contributors = {{"Ludwig van Beethoven", Role::writer}, {"王小明", Role::reporter}, {"Madonna", Role::editor}};
  const std::string y = render_with("jats", d, diag);
  EXPECT_EQ(xpath(y, "//contrib[@contrib-type='author']/name/surname"), Strings{"van Beethoven"});
  EXPECT_EQ(xpath(y, "//contrib[@contrib-type='author']/string-name"), Strings{"王小明"});
  EXPECT_EQ(xpath(y, "//contrib[@contrib-type='editor']/string-name"), Strings{"Madonna"});
}

// A figure with a caption keeps its words in every format; one without (a CMS
// token such as 圖片默認標題_fororder_3) keeps its place and nothing else.
TEST(XmlWriters, CaptionedFiguresKeepTheirWordsBareTokensHaveNone) {
  Document d;
  d.meta.title = "T";
  d.meta.language = "zh-Hans";
  d.blocks = {Figure{"[图] 市民在湿地公园散步", "市民在湿地公园散步", 3}, Paragraph{"正文。", 5},
              Figure{"图片默认标题_fororder_2", "", 7}};
  Diagnostics diag;
  const std::string jats = render_with("jats", d, diag);
  EXPECT_EQ(xpath(jats, "//fig/caption/p"), Strings{"市民在湿地公园散步"});
  EXPECT_EQ(xpath(jats, "//fig/alt-text"), Strings{"市民在湿地公园散步"});
  EXPECT_EQ(xpath(jats, "//fig").size(), 2u);
  const std::string docbook = render_with("docbook", d, diag);
  EXPECT_EQ(xpath(docbook, "//db:figure/db:title"), Strings{"市民在湿地公园散步"});
  EXPECT_EQ(xpath(docbook, "//db:phrase"), (Strings{"[图] 市民在湿地公园散步", ""}));
  const std::string json = render_with("json", d, diag);
  EXPECT_NE(json.find("\"alt\": \"市民在湿地公园散步\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"alt\": \"\""), std::string::npos) << json;
}

TEST(Jats, HeadingsOpenSections) {
  Diagnostics diag;
  const Document ad = read_article(fixture("articles/appledaily-A3845.txt")).document;
  const std::string x = render_with("jats", ad, diag);
  EXPECT_EQ(xpath(x, "/article/body/p").size(), 2u);
  EXPECT_EQ(xpath(x, "/article/body/sec/title"), (Strings{"仍撐病分頭做零工", "嘆「誤了孩子前程」"}));
  EXPECT_EQ(xpath(x, "/article/body/sec[2]/p").size(), 3u);
}

// Text is handed to libxml2 in 64 KiB pieces cut where a character starts:
// the document must read back whole, escapes and multi-byte characters intact.
TEST(XmlWriters, LongTextIsWrittenWholeInPieces) {
  std::string text;
  while (text.size() < 300'000) text += "中文<&>\"a";  // 3-byte characters straddle every piece boundary
  Diagnostics diagnostics;
  xml::Writer w(diagnostics);
  w.start("p");
  w.text(text);
  w.end();
  const std::string out = w.finish();
  EXPECT_EQ(xpath(out, "/p"), Strings{text});
  EXPECT_TRUE(diagnostics.warnings().empty());
  xml::Writer empty(diagnostics);
  empty.start("p");
  empty.text("");
  empty.end();
  EXPECT_NE(empty.finish().find("<p></p>"), std::string::npos) << "an empty text still closes the start tag";
}

// render_to hands the output over in pieces of about a megabyte that join
// into render()'s bytes, for every fixture and for a large article; what
// the sink throws comes out of render_to as it was thrown.
TEST(XmlWriters, RenderToGivesRendersBytesInPieces) {
  std::vector<Document> documents;
  for (const auto& path : testing::all_articles()) documents.push_back(read_article(path).document);
  Document large;
  for (int i = 0; i < 40000; ++i) large.blocks.push_back(Paragraph{"段落 " + std::to_string(i) + " <&> 中文内容", 1});
  documents.push_back(large);
  for (const Writer* writer : {find_writer("docbook"), find_writer("jats")}) {
    ASSERT_NE(writer->render_to, nullptr);
    for (const Document& d : documents) {
      Diagnostics a, b;
      std::string joined;
      std::size_t pieces = 0;
      writer->render_to({&d, 1}, {}, a, [&](std::string&& piece) {
        joined += piece;
        ++pieces;
      });
      EXPECT_EQ(joined, writer->render({&d, 1}, {}, b)) << writer->name;
      EXPECT_EQ(a.warnings().size(), b.warnings().size());
      if (&d == &documents.back()) {
        EXPECT_GT(pieces, 1u) << writer->name;
      }
    }
    Diagnostics diagnostics;
    try {
      writer->render_to({&large, 1}, {}, diagnostics, [](std::string&&) { throw Error(ErrorKind::output, "disk full"); });
      ADD_FAILURE() << writer->name << ": the sink's error was lost";
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()), "disk full") << writer->name;
    }
  }
}

TEST(XmlWriters, HostileTextIsEscapedOrDropped) {
  const Document d = testing::hostile_document();
  for (const char* format : {"docbook", "jats"}) {
    Diagnostics diag;
    const std::string x = render_with(format, d, diag);
    const Strings titles = xpath(x, std::string(format) == "jats" ? "//article-title" : "//db:info/db:title");
    EXPECT_EQ(titles, Strings{"Tom & Jerry's \"<best>\" ]]> episode "}) << format;
    ASSERT_FALSE(diag.warnings().empty()) << format;
    EXPECT_EQ(diag.warnings()[0].code, "dropped-xml-characters");
    EXPECT_EQ(x.find('\x07'), std::string::npos);
    EXPECT_EQ(x.find("\xEF\xBF\xBF"), std::string::npos);
  }
}

}  // namespace
}  // namespace artconv
