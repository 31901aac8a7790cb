#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::roles;
using testing::Upto;

std::vector<std::string> people(const Metadata& meta) {
  std::vector<std::string> out;
  for (const Contributor& c : meta.contributors) out.push_back(c.name + ":" + std::string(role_name(c.role)));
  return out;
}

TEST(EtextHeaders, FrontMatterFieldsAreMetadata) {
  const auto p = prepare("---\ntitle: \"AI風暴即將來襲\"\ndate: \"2017-01-04\"\nauthor: \"安思危\"\n---\n\n正文。\n",
                         Upto::etext_headers);
  EXPECT_EQ(p->draft.meta.title, "AI風暴即將來襲");
  ASSERT_TRUE(p->draft.meta.published);
  EXPECT_EQ(p->draft.meta.published->iso(), "2017-01-04");
  EXPECT_EQ(people(p->draft.meta), (std::vector<std::string>{"安思危:author"}));
  EXPECT_EQ(roles(p->draft).back(), "paragraph:正文。");
  EXPECT_EQ(roles(p->draft).front(), "metadata:---");
}

// An archive's front matter names the outlet as a wiki link: "publication: '[[JurnalTV]]'".
TEST(EtextHeaders, FrontMatterPublicationIsTheSource) {
  const auto p = prepare("---\nsite: \"jurnaltv.md\"\nlanguage: ro\ntitle: \"Accident cumplit la Cojușna\"\n"
                         "publication: '[[JurnalTV]]'\npublished: '2024-12-17'\nsection: politic\n---\n\n"
                         "# Accident cumplit la Cojușna\n\nUn camion a lovit doi tineri.\n",
                         Upto::etext_headers);
  EXPECT_EQ(p->draft.meta.source, "JurnalTV");
  ASSERT_TRUE(p->draft.meta.published);
  EXPECT_EQ(p->draft.meta.published->iso(), "2024-12-17");
}

// A front matter's time stamp as a script writes it, with milliseconds (and here a stray zone after the Z).
TEST(EtextHeaders, FrontMatterTimeStampWithMilliseconds) {
  for (const std::string stamp : {"2024-01-03T11:30:26.000Z", "2024-01-03T11:30:26.000Z+0300"}) {
    const auto p = prepare("---\ntitle: \"Wizz Air\"\npublished: " + stamp +
                               "\n---\n\nАвиакомпания Wizz air отменила все рейсы из Кишинева.\n",
                           Upto::etext_headers);
    ASSERT_TRUE(p->draft.meta.published) << stamp;
    EXPECT_EQ(p->draft.meta.published->date_only(), "2024-01-03") << stamp;
  }
}

// A Gutenberg header names the illustrator as well: "Illustrator: J. Berhardina Bokhorst".
TEST(EtextHeaders, AGutenbergHeadersIllustratorIsAMaker) {
  const std::string text =
      "The Project Gutenberg EBook of Entre Nous, by Lucie Vos\n\nTitle: Entre Nous\n\nAuthor: Lucie Vos\n\n"
      "Illustrator: J. Berhardina Bokhorst\n\nRelease Date: November 10, 2013 [EBook #44157]\n\n"
      "Language: French\n\n*** START OF THIS PROJECT GUTENBERG EBOOK ENTRE NOUS ***\n\n"
      "Chapter I.\n\nLe méchant petit Paul est monté sur la table.\n";
  const auto p = prepare(text, Upto::etext_headers);
  EXPECT_EQ(people(p->draft.meta),
            (std::vector<std::string>{"Lucie Vos:author", "J. Berhardina Bokhorst:illustrator"}));
}

// An export that had no author writes its empty value as a word: "author: None", "author: null".
TEST(EtextHeaders, FrontMatterFieldsLeftEmptyNameNobody) {
  for (const std::string empty : {"None", "null", "~", "nil", "\"None\""}) {
    const auto p = prepare("---\nlayout: post\ntitle: \"Ministros são escalados\"\ndate: 2017-05-24\nauthor: " + empty +
                               "\n---\nEstadão Conteúdo - Em mais um dia.\n",
                           Upto::etext_headers);
    EXPECT_EQ(p->draft.meta.title, "Ministros são escalados") << empty;
    EXPECT_EQ(people(p->draft.meta), (std::vector<std::string>{})) << empty;
  }
}

// YAML's block scalars: "title: >-" then the value folded over the lines indented under it
// ("|" keeps its line breaks; either way the field reads as one line). A field whose
// value is only an address ("source: https://…") names no outlet.
TEST(EtextHeaders, FrontMatterBlockScalarsAndAddresses) {
  struct Case {
    std::string front;
    const char* title;
    const char* source;
  };
  const Case cases[] = {
      {"title: >-\n  A defense official reveals how AI chatbots could be used for targeting\n  decisions\n",
       "A defense official reveals how AI chatbots could be used for targeting decisions", ""},
      {"title: |\n  Senate removes ban\nsource: >-\n  https://www.example.com/article/senate-removes-ban/\n",
       "Senate removes ban", ""},
      {"title: Senate removes ban\nsource: https://www.example.com/a/\n", "Senate removes ban", ""},
      {"title: Senate removes ban\nsource: Example Daily\n", "Senate removes ban", "Example Daily"},
  };
  for (const Case& c : cases) {
    const auto p = prepare("---\n" + c.front + "date: '2026-03-12'\n---\nThe US military might use it.\n", Upto::etext_headers);
    EXPECT_EQ(p->draft.meta.title, c.title) << c.front;
    EXPECT_EQ(p->draft.meta.source, c.source) << c.front;
    ASSERT_TRUE(p->draft.meta.published) << c.front;
    EXPECT_EQ(p->draft.meta.published->iso(), "2026-03-12") << c.front;
    EXPECT_EQ(roles(p->draft).back(), "paragraph:The US military might use it.") << c.front;
  }
}

TEST(EtextHeaders, GutenbergHeaderAndLicenceLeave) {
  const std::string text =
      "The Project Gutenberg eBook of The Brothers Karamazov\n\n"
      "This ebook is for the use of anyone anywhere in the United States and\n"
      "most other parts of the world at no cost and with almost no restrictions\n"
      "whatsoever.\n\n"
      "Title: The Brothers Karamazov\n\nAuthor: Fyodor Dostoyevsky\n\nTranslator: Constance Garnett\n\n"
      "Release date: February 12, 2009 [eBook #28054]\n\nLanguage: English\n\n"
      "*** START OF THE PROJECT GUTENBERG EBOOK THE BROTHERS KARAMAZOV ***\n\n"
      "Produced by David Edwards and the Online Distributed\nProofreading Team.\n\n"
      "[Transcriber's note: Mistakes in the original published work have been\nretained in this edition.]\n\n"
      "[Note:\n\nItalics are shown as _underscores_.]\n\n"
      "The Brothers Karamazov\n\nby Constance Garnett\n\n"
      "Contents\n\n Part I\n Book I. The History Of A Family\n Chapter I. Fyodor Pavlovitch Karamazov\n"
      " Chapter II. He Gets Rid Of His Eldest Son\n\n\n\n\n"
      "Chapter I. Fyodor Pavlovitch Karamazov\n\n"
      "Alexey Fyodorovitch Karamazov was the third son of Fyodor Pavlovitch\n"
      "Karamazov, a land owner well known in our district in his own day.\n\n"
      "*** END OF THE PROJECT GUTENBERG EBOOK THE BROTHERS KARAMAZOV ***\n\n"
      "Updated editions will replace the previous one.\n";
  const auto p = prepare(text, Upto::etext_headers);
  EXPECT_EQ(p->draft.meta.title, "The Brothers Karamazov");
  const auto r = roles(p->draft);
  EXPECT_NE(std::find(r.begin(), r.end(), "heading:Chapter I. Fyodor Pavlovitch Karamazov"), r.end());
  EXPECT_EQ(people(p->draft.meta),
            (std::vector<std::string>{"Fyodor Dostoyevsky:author", "Constance Garnett:translator"}));
  EXPECT_FALSE(p->draft.meta.published);  // a release date is not the work's
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph) kept.emplace_back(u.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"Alexey Fyodorovitch Karamazov was the third son of Fyodor Pavlovitch "
                                            "Karamazov, a land owner well known in our district in his own day."}));
}

// A title page may close with the edition's printing history, lines wider
// than a title's that end in a year; the first chapter still follows it. An
// opening paragraph that happens to end in a year, with no chapter after it,
// stays a paragraph.
TEST(EtextHeaders, ATitlePagesPrintingHistoryIsNoParagraph) {
  const std::string head =
      "The Project Gutenberg eBook, News from Nowhere, by William Morris\n\n"
      "Title: News from Nowhere\n\nAuthor: William Morris\n\n"
      "***START OF THE PROJECT GUTENBERG EBOOK NEWS FROM NOWHERE***\n\n"
      "NEWS FROM NOWHERE\n\nBY\nWILLIAM MORRIS\n\nLONGMANS, GREEN, AND CO.\n1908\n\n"
      "_First printed serially in the_ Commonweal, 1890.\n\n"
      "_Since reprinted March_ 1895; _January_ 1897; _November_ 1899; _August_ 1902; _July_ 1905; "
      "_January_ 1907; _and January_ 1908.\n\n";
  auto kept = [](const std::string& text) {
    const auto p = prepare(text, Upto::etext_headers);
    std::vector<std::string> out;
    for (const Unit& u : p->draft.units)
      if (u.role == UnitRole::paragraph) out.emplace_back(u.text.substr(0, 20));
    return out;
  };
  EXPECT_EQ(kept(head + "CHAPTER I: DISCUSSION AND BED\n\nUp at the League, says a friend, there had been a "
                        "brisk conversational discussion.\n"),
            (std::vector<std::string>{"Up at the League, sa"}));
  EXPECT_EQ(kept("The Project Gutenberg eBook of A Year\n\nTitle: A Year\n\n*** START OF THE PROJECT GUTENBERG "
                 "EBOOK A YEAR ***\n\nA YEAR\n\nIt was a cold spring, and the river stayed high until well into the "
                 "summer of 1848.\n\nThen the rains stopped.\n"),
            (std::vector<std::string>{"It was a cold spring", "Then the rains stopp"}));
}

TEST(EtextHeaders, AozoraTitleAuthorLegendAndColophon) {
  const auto p = prepare(
      "半七捕物帳\n猫騒動\n岡本綺堂\n\n-------------------------------------------------------\n"
      "【テキスト中に現れる記号について】\n\n《》：ルビ\n（例）三毛《みけ》\n"
      "-------------------------------------------------------\n\n"
      "　半七老人の家には小さい三毛《みけ》猫が飼ってあった。\n\n"
      "底本：「半七捕物帳（一）」光文社時代小説文庫\n入力：tatsuki\n",
      Upto::etext_headers);
  EXPECT_EQ(p->draft.meta.title, "半七捕物帳 猫騒動");
  EXPECT_EQ(people(p->draft.meta), (std::vector<std::string>{"岡本綺堂:author"}));
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph) kept.emplace_back(u.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"半七老人の家には小さい三毛《みけ》猫が飼ってあった。"}));
}

// An old school reader calls its contents "INDEX.": the chapters and their pages leave.
TEST(EtextHeaders, AnIndexOfChaptersAndPagesLeaves) {
  const auto p = prepare(
      "Nous avons voulu composer des livres de lecture destinés à l’enseignement du français.\n\n\n\n\n"
      "INDEX.\n\n\n     Chap.                                  Page.\n\n"
      "        I. Deux Parents et Deux Enfants         7\n       II. Papa se fâche                        8\n"
      "      III. Voilà ce que c’est!                  9\n  Mots et Expressions                          81\n\n\n\n\n"
      "I.\n\n\nLe méchant petit Paul est monté sur la table, sa main est dans le sucrier.\n",
      Upto::etext_headers);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph) kept.emplace_back(u.text.substr(0, 6));
  EXPECT_EQ(kept, (std::vector<std::string>{"Nous a", "I.", "Le mé"}));
}

TEST(EtextHeaders, ContentsWithAPageColumnLeave) {
  const auto p = prepare(
      "INDICE.\n\n                                                       Páh.\n\n"
      "Alaala                                                     5\nI.--Sa Cubierta                                            7\n"
      "\nII.--Sa silong ng Cubierta                                18\n\nIII.--Mga alamat                                         27\n"
      "\nIV.--Si Kabisang Tales                                   33\n"
      "\n\n\nMasasapantaha kaagád, na, lihim na nágayuma ang loob ng isang taong may malaking pag-ibig sa kanyang\n"
      "bayan, ay pinagsikapan niyang isinulat ang aklat na ito.\n",
      Upto::etext_headers);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph) kept.emplace_back(u.text.substr(0, 14));
  EXPECT_EQ(kept, (std::vector<std::string>{"Masasapantaha "}));
}

TEST(EtextHeaders, AozoraWithoutTheLegend) {
  const auto p = prepare("相撲\n寺田寅彦\n\n　一月中旬のある日の四時過ぎに新宿の某地下食堂で食事をした。\n\n"
                         "底本：「寺田寅彦全集　第十二巻」岩波書店\n",
                         Upto::etext_headers);
  EXPECT_EQ(p->draft.meta.title, "相撲");
  EXPECT_EQ(people(p->draft.meta), (std::vector<std::string>{"寺田寅彦:author"}));
}

// An indented block (a notice on a door) keeps its lines as Aozora lines are
// kept: one paragraph each. Only a boxed block (罫囲み, a signboard) is one.
TEST(EtextHeaders, AozoraIndentedBlockKeepsItsLines) {
  const std::string legend =
      "注文の多い料理店\n宮沢賢治\n\n-------------------------------------------------------\n"
      "【テキスト中に現れる記号について】\n\n《》：ルビ\n-------------------------------------------------------\n\n";
  const auto p = prepare(legend +
                             "　するとすぐその前に次の戸がありました。\n"
                             "［＃ここから３字下げ］\n「料理はもうすぐできます。\n　十五分とお待たせはいたしません。\n"
                             "　すぐたべられます。」\n［＃ここで字下げ終わり］\n"
                             "　そして戸の前には金ピカの香水の瓶が置いてありました。\n\n底本：「注文の多い料理店」新潮文庫\n",
                         Upto::etext_headers);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph) kept.emplace_back(u.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"するとすぐその前に次の戸がありました。", "「料理はもうすぐできます。",
                                            "十五分とお待たせはいたしません。", "すぐたべられます。」",
                                            "そして戸の前には金ピカの香水の瓶が置いてありました。"}));
  EXPECT_TRUE(p->draft.book);
}

TEST(EtextHeaders, AozoraLayoutNotesFrameOneParagraph) {
  const std::string legend =
      "注文の多い料理店\n宮沢賢治\n\n-------------------------------------------------------\n"
      "【テキスト中に現れる記号について】\n\n《》：ルビ\n-------------------------------------------------------\n\n";
  const auto p = prepare(legend +
                             "　二人の若い紳士が、山奥を歩いておりました。\n"
                             "［＃ここから４字下げ、横書き、中央揃え、罫囲み］\nRESTAURANT\n西洋料理店\nWILDCAT HOUSE\n山猫軒\n"
                             "［＃ここで字下げ終わり］\n"
                             "　そして玄関には、白い瀬戸の煉瓦で組んで、実に立派なもんです。\n"
                             "［＃地から１字上げ］（大正十三年六月）\n\n底本：「注文の多い料理店」新潮文庫\n",
                         Upto::etext_headers);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph) kept.emplace_back(u.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"二人の若い紳士が、山奥を歩いておりました。",
                                            "RESTAURANT西洋料理店WILDCAT HOUSE山猫軒",
                                            "そして玄関には、白い瀬戸の煉瓦で組んで、実に立派なもんです。"}));
}

TEST(EtextHeaders, BookTitleRepeatedIsAHeadingTheSignatureMetadata) {
  const auto p = prepare(
      "The Project Gutenberg eBook of The Wonderful Wizard of Oz\n\nTitle: The Wonderful Wizard of Oz\n\n"
      "Author: L. Frank Baum\n\n*** START OF THE PROJECT GUTENBERG EBOOK THE WONDERFUL WIZARD OF OZ ***\n\n\n\n"
      "Introduction\n\nFolklore, legends, myths and fairy tales have followed childhood through the ages.\n\n"
      "L. Frank Baum\n\nChicago, April, 1900.\n\nThe Wonderful Wizard of Oz\n\nChapter I\nThe Cyclone\n\n"
      "Dorothy lived in the midst of the great Kansas prairies.\n",
      Upto::etext_headers);
  EXPECT_EQ(testing::roles(p->draft),
            (std::vector<std::string>{
                "metadata:The Project Gutenberg eBook of The Wonderful Wizard of Oz",
                "metadata:Title: The Wonderful Wizard of Oz", "metadata:Author: L. Frank Baum",
                "metadata:*** START OF THE PROJECT GUTENBERG EBOOK THE WONDERFUL WIZARD OF OZ ***",
                "heading:Introduction",
                "paragraph:Folklore, legends, myths and fairy tales have followed childhood through the ages.",
                "metadata:L. Frank Baum", "metadata:Chicago, April, 1900.", "heading:The Wonderful Wizard of Oz",
                "heading:Chapter I", "heading:The Cyclone",
                "paragraph:Dorothy lived in the midst of the great Kansas prairies."}));
}

// A preface signed with the place and the date, then the author's name as he
// signed it (not as the header spells it): "Bristol, 1 de janeiro de 1880." /
// "_Eça do Queiroz._" are metadata; a year closing a sentence of prose is no
// signature.
TEST(EtextHeaders, APrefacesPlaceDateAndSignatureAreMetadata) {
  const std::string head =
      "The Project Gutenberg eBook of O crime do padre Amaro\n\nTitle: O crime do padre Amaro\n\n"
      "Author: José Maria Eça de Queirós\n\n*** START OF THE PROJECT GUTENBERG EBOOK O CRIME DO PADRE AMARO ***\n\n"
      "NOTA\n\nAproveito este momento para agradecer á Critica do Brazil e de Portugal.\n\n";
  const auto p = prepare(head + "Bristol, 1 de janeiro de 1880.\n\n_Eça do Queiroz._\n\nI\n\nFoi no domingo de Paschoa.\n",
                         Upto::etext_headers);
  const std::vector<std::string> r = testing::roles(p->draft);
  EXPECT_EQ(r[r.size() - 4], "metadata:Bristol, 1 de janeiro de 1880.");
  EXPECT_EQ(r[r.size() - 3], "metadata:_Eça do Queiroz._");
  EXPECT_EQ(r.back(), "paragraph:Foi no domingo de Paschoa.");
  const auto q = prepare(head + "Foi publicado em 1880.\n\nO autor\n\nI\n\nFoi no domingo de Paschoa.\n",
                         Upto::etext_headers);
  const std::vector<std::string> s = testing::roles(q->draft);
  EXPECT_EQ(s[s.size() - 4], "paragraph:Foi publicado em 1880.");
}

TEST(EtextHeaders, RfcHeaderBlockThenTheCentredTitle) {
  const auto p = prepare(
      "Network Working Group                                          J. Postel\n"
      "Request for Comments: 865                                            ISI\n"
      "                                                                May 1983\n\n"
      "                       Quote of the Day Protocol\n\n"
      "This RFC specifies a standard for the ARPA Internet community.  Hosts on\n"
      "the ARPA Internet that choose to implement a Quote of the Day Protocol\n"
      "are expected to adopt and implement this standard.\n",
      Upto::etext_headers);
  EXPECT_EQ(p->draft.meta.title, "Quote of the Day Protocol");
  EXPECT_EQ(people(p->draft.meta), (std::vector<std::string>{"J. Postel:author"}));
  ASSERT_TRUE(p->draft.meta.published);
  EXPECT_EQ(p->draft.meta.published->date_only(), "1983-05-00");  // no day given
}

// An Internet-Draft: its working group over "Internet-Draft" in the header's
// left column, the date in the right one; here inside a README's code fence,
// under the repository's note, with a page's footer and header in the text.
TEST(EtextHeaders, InternetDraftHeaderUnderAReadmesNote) {
  const auto p = prepare(
      "**Important:** Read CONTRIBUTING.md before submitting feedback or contributing\n```\n\n\n\n\n"
      "DNSOP                                                          W. Kumari\n"
      "Internet-Draft                                                    Google\n"
      "Intended status: Informational                              July 2, 2017\n"
      "Expires: January 3, 2018\n\n\n"
      "                           The .internal TLD.\n"
      "                    draft-wkumari-dnsop-internal-00\n\n"
      "Abstract\n\n"
      "   It has become clear that many users would like to use the DNS\n"
      "   resolution system for names which do not have meaning in the global\n"
      "   context.\n\n\n\n"
      "Kumari                   Expires January 3, 2018                [Page 1]\n\f\n"
      "Internet-Draft                  .internal                      July 2017\n\n\n"
      "   This document reserves the string \".internal\" for this purpose.\n```\n",
      Upto::etext_headers);
  EXPECT_EQ(p->draft.meta.title, "The .internal TLD.");
  EXPECT_EQ(people(p->draft.meta), (std::vector<std::string>{"W. Kumari:author"}));
  ASSERT_TRUE(p->draft.meta.published);
  EXPECT_EQ(p->draft.meta.published->iso(), "2017-07-02");
  std::vector<std::string> kept;  // (page furniture and the fence leave in a later pass)
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph && u.kind != LineKind::boilerplate) kept.emplace_back(u.text);
  EXPECT_EQ(kept, (std::vector<std::string>{
                      "It has become clear that many users would like to use the DNS resolution system for names "
                      "which do not have meaning in the global context.",
                      "This document reserves the string \".internal\" for this purpose."}));
}

// A paragraph a page break cuts ("… documentation that" / footer / header /
// "suggests …") is one paragraph; one that ends its sentence before the break is not.
TEST(EtextHeaders, RfcParagraphsGoOnAcrossAPageBreak) {
  const auto p = prepare(
      "Network Working Group                                        W. Kumari\n"
      "Internet-Draft                                                  Google\n"
      "Intended status: Informational                            July 2, 2017\n\n"
      "                           The .internal TLD.\n\n"
      "1.  Use cases\n\n"
      "   This includes creating a namespace behind a Customer Premises\n"
      "   Equipment.  Internal resolution systems have documentation that\n\n\n\n"
      "Kumari                   Expires January 3, 2018                [Page 3]\n\f\n"
      "Internet-Draft                  .internal                      July 2017\n\n\n"
      "   suggests that administrators use \".corp\" for these cases.\n\n"
      "   The .internal TLD is intended to address some of the issues.\n\n\n\n"
      "Kumari                   Expires January 3, 2018                [Page 4]\n\f\n"
      "Internet-Draft                  .internal                      July 2017\n\n\n"
      "   Other use cases for .internal include its use in testing.\n",
      Upto::etext_headers);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph && u.kind == LineKind::text) kept.emplace_back(u.text.view());
  EXPECT_EQ(kept, (std::vector<std::string>{
                      "This includes creating a namespace behind a Customer Premises Equipment.  Internal resolution "
                      "systems have documentation that suggests that administrators use \".corp\" for these cases.",
                      "The .internal TLD is intended to address some of the issues.",
                      "Other use cases for .internal include its use in testing."}));
}

TEST(EtextHeaders, TitlePagesNameTheWorkAndItsAuthor) {
  const std::string chapter =
      "\n\nAls Gregor Samsa eines Morgens aus unruhigen Träumen erwachte, fand er\n"
      "sich in seinem Bett zu einem ungeheueren Ungeziefer verwandelt. Er lag\n"
      "auf seinem panzerartig harten Rücken.\n";
  auto p = prepare("                         DIE VERWANDLUNG\n\n                                VON\n\n"
                   "                            FRANZ KAFKA\n\nI." + chapter,
                   Upto::etext_headers);
  EXPECT_EQ(p->draft.meta.title, "DIE VERWANDLUNG");
  EXPECT_EQ(people(p->draft.meta), (std::vector<std::string>{"FRANZ KAFKA:author"}));
  EXPECT_EQ(roles(p->draft)[3], "heading:I.");
  p = prepare("Title: 火星の記憶(Kasei no kioku) (The Memory of Mars)\nAuthor: Raymond F. Jones\n"
              "Translator: 林清俊(Kiyotoshi Hayashi)\n\n火星の記憶\nレイモンド・Ｆ・ジョーンズ\n\n"
              "　新聞記者は病院にたいしても客観的にならなければならない。\n",
              Upto::etext_headers);
  EXPECT_EQ(p->draft.meta.title, "火星の記憶");
  ASSERT_FALSE(people(p->draft.meta).empty());
  EXPECT_EQ(people(p->draft.meta).front(), "Raymond F. Jones:author");
  EXPECT_EQ(roles(p->draft).back(), "paragraph:新聞記者は病院にたいしても客観的にならなければならない。");
}

TEST(EtextHeaders, RfcSectionHeadsAtTheMarginCodeIndentedDeeper) {
  const auto p = prepare(
      "Network Working Group                                       L. Masinter\n"
      "Request for Comments: 2324                                 1 April 1998\n\n"
      "          Hyper Text Coffee Pot Control Protocol (HTCPCP/1.0)\n\n"
      "Status of this Memo\n\n"
      "   This memo provides information for the Internet community.  This memo\n"
      "   does not specify an Internet standard of any kind.\n\n"
      "1. Rationale and Scope\n\n"
      "   There is coffee all over the World. Increasingly, in a world in which\n"
      "   computing is ubiquitous, the computists want to make coffee.\n\n"
      "        Safe                = \"Safe\" \":\" safe-nature\n\n"
      "#define PROTOTYPES 0\n\n"
      "Postel                                                          [Page 1]\n\n"
      "   The actual safety of devices for brewing coffee varies widely, and\n"
      "   may depend, in fact, on conditions in the client rather than the\n"
      "   server.\n\n"
      "11.  Full Copyright Statement\n\n"
      "   Copyright (C) The Internet Society (1998).  All Rights Reserved.\n",
      Upto::etext_headers);
  EXPECT_EQ(p->draft.meta.title, "Hyper Text Coffee Pot Control Protocol (HTCPCP/1.0)");
  ASSERT_TRUE(p->draft.meta.published);
  EXPECT_EQ(p->draft.meta.published->date_only(), "1998-04-01");
  std::vector<std::string> blocks;
  for (const Unit& u : p->draft.units)
    if ((u.role == UnitRole::paragraph || u.role == UnitRole::heading) && u.kind != LineKind::boilerplate)
      blocks.push_back(std::string(unit_role_name(u.role)) + ":" + std::string(u.text.substr(0, 20)));
  EXPECT_EQ(blocks, (std::vector<std::string>{"heading:1. Rationale and Sco", "paragraph:There is coffee all ",
                                              "paragraph:The actual safety of"}));
}

TEST(EtextHeaders, AnExtractsHeaderIsMetadata) {
  const auto p = prepare("title: Emil von Behring\nurl: https://en.wikipedia.org/wiki/Emil_von_Behring\n"
                         "revision: 1187716134\n\nEmil von Behring was a German physiologist.\n",
                         Upto::find_title);
  EXPECT_EQ(p->draft.meta.title, "Emil von Behring");
  EXPECT_EQ(roles(p->draft).back(), "paragraph:Emil von Behring was a German physiologist.");
  EXPECT_EQ(roles(p->draft).front(), "metadata:title: Emil von Behring");
}

// A dump's summary section ("### 摘要", "## Summary") repeats the lede: it
// leaves, up to the next section ("### 正文"), whose text stays.
// Everything between a Gutenberg header and the book's contents is its front
// matter, however wide: "AUTHOR OF …", the list of impressions, the
// publisher's list of the series with its prices.
TEST(EtextHeaders, WhatComesBeforeTheContentsIsFrontMatter) {
  const auto p = prepare(
      "Project Gutenberg's The Little Colonel's Hero, by Annie Fellows Johnston\n\n"
      "Title: The Little Colonel's Hero\n\nAuthor: Annie Fellows Johnston\n\n"
      "*** START OF THIS PROJECT GUTENBERG EBOOK THE LITTLE COLONEL'S HERO ***\n\n"
      "THE LITTLE COLONEL'S HERO\n\nBy ANNIE FELLOWS JOHNSTON\n\n"
      "AUTHOR OF \"THE LITTLE COLONEL,\" \"TWO LITTLE KNIGHTS OF KENTUCKY,\" \"BIG BROTHER,\" \"ASA HOLMES,\" "
      "\"THE LITTLE COLONEL'S HOUSE PARTY,\" \"THE LITTLE COLONEL'S HOLIDAYS,\" ETC.\n\n"
      "Twenty-seventh Impression, June, 1925 Twenty-eighth Impression, February, 1926 Twenty-ninth Impression, "
      "January, 1928 Thirtieth Impression, June, 1929 Thirty-first Impression, October, 1930\n\n"
      "Each one vol., large 12 mo, bound in rose silk cloth; illust.\n\n"
      "CONTENTS\n\n   I. HER TWELFTH BIRTHDAY      11\n\n  II. THE WONDER-BALL BEGINS TO UNWIND   25\n\n"
      " III. LLOYD MEETS HERO      41\n\n  IV. HERO'S STORY      55\n\n"
      "CHAPTER I.\n\nHER TWELFTH BIRTHDAY\n\n"
      "\"Oh, Tarbaby! _Everybody_ has forgotten that it is my birthday! Even Papa Jack has gone off to town.\"\n",
      Upto::etext_headers);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph) kept.emplace_back(u.text.substr(0, 14));
  EXPECT_EQ(kept, (std::vector<std::string>{"\"Oh, Tarbaby! "}));
}

// "Author: Gabriël (AKA  Carel van Nievelt)": the name the book is signed with;
// the alias after it is no second author and no part of the name.
TEST(EtextHeaders, AnAuthorsAliasIsNoPartOfTheName) {
  const auto p = prepare(
      "Project Gutenberg's Ontboezemingen, by Gabriël\n\nTitle: Ontboezemingen\n\n"
      "Author: Gabriël (AKA  Carel van Nievelt)\n\n*** START OF THIS PROJECT GUTENBERG EBOOK ONTBOEZEMINGEN ***\n\n"
      "Hebt ge wel eens een neef, of broêr, of vriend van een eerste zeereis zien t'huiskomen?\n",
      Upto::etext_headers);
  EXPECT_EQ(people(p->draft.meta), (std::vector<std::string>{"Gabriël:author"}));
}

TEST(EtextHeaders, ADumpsSummarySectionLeaves) {
  const auto p = prepare(
      "## 48. 标题\n\n**来源：** 时政频道  \n**时间：** 2025-06-05  \n\n### 摘要\n\n"
      "<p style=\"text-indent: 2em;\">新华社合肥6月5日电 国务院副总理到安徽调研。</p>\n\n### 正文\n\n"
      "新华社合肥6月5日电 国务院副总理到安徽调研。\n\n他强调要抓好夏收。\n",
      Upto::etext_headers);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph && u.kind == LineKind::text) kept.emplace_back(u.text.view());
  EXPECT_EQ(kept, (std::vector<std::string>{"新华社合肥6月5日电 国务院副总理到安徽调研。", "他强调要抓好夏收。"}));
}

// A digest's machine summary appended under the story, under "## Ringkasan" (Indonesian: summary).
TEST(EtextHeaders, ADigestsAppendedSummaryLeaves) {
  const auto p = prepare(
      "# Bandara Juanda Buka Rute Surabaya-Bangkok\n\n**SURABAYA, KOMPAS.com** - Bandara Juanda membuka rute.\n\n"
      "\"Kami optimistis,\" ungkap Khofifah.\n\n---\n## Ringkasan\n\nBerikut adalah ringkasan berita.\n\n"
      " Tapi, hey, itu semua sepadan dengan kemajuan ekonomi, kan?\n",
      Upto::etext_headers);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph && u.kind == LineKind::text) kept.emplace_back(u.text.view());
  EXPECT_EQ(kept, (std::vector<std::string>{"**SURABAYA, KOMPAS.com** - Bandara Juanda membuka rute.",
                                            "\"Kami optimistis,\" ungkap Khofifah."}));
}

TEST(EtextHeaders, BackMatterSectionsOfAnExtractLeave) {
  const auto p = prepare(
      "title: Emil von Behring\n\nEmil von Behring was a German physiologist.\n\n== Biography ==\n"
      "Behring was born in Hansdorf.\n\n== See also ==\nGerman inventors and discoverers\n\n"
      "== References ==\nGrundmann, Kornelia (2001). Emil von Behring.\n=== Notes ===\n\n"
      "== External links ==\nEmil von Behring on Nobelprize.org\n",
      Upto::etext_headers);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph) kept.emplace_back(u.text);
  EXPECT_EQ(p->draft.meta.title, "Emil von Behring");
  EXPECT_EQ(kept, (std::vector<std::string>{"Emil von Behring was a German physiologist.",
                                            "Biography", "Behring was born in Hansdorf."}));
}


// An extract in another language: its back matter by the names of that
// language, and the subsections under a back-matter section (bibliographies
// under "Voir aussi") leave with it, up to the next section of the same level.
TEST(EtextHeaders, BackMatterSubsectionsOfAnExtractLeaveWithIt) {
  const auto p = prepare(
      "Le Conseil de l'Europe est une organisation internationale.\n\n\n== Histoire ==\n"
      "Le Conseil a été fondé en 1949.\n\n\n== Notes et références ==\n\n\n=== Notes ===\n\n\n"
      "== Voir aussi ==\n\n\n=== Bibliographie ===\n\n\n==== Documents institutionnels ====\n"
      "Statut du Conseil de l'Europe, Londres, 1949 (lire en ligne)\n\n\n==== Ouvrages et articles ====\n"
      "Lorraine Millot, « Le Conseil de l'Europe », Libération, 2006 (lire en ligne)\n\n\n"
      "=== Articles connexes ===\n\n\n=== Liens externes ===\n\n(mul) Site officiel\n",
      Upto::etext_headers);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph || u.role == UnitRole::heading) kept.emplace_back(u.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"Le Conseil de l'Europe est une organisation internationale.", "Histoire",
                                            "Le Conseil a été fondé en 1949."}));
  const auto q = prepare(
      "Gonzalo Julián Conde es un productor musical.\n\n\n== Carrera musical ==\nSu carrera comenzó en 2017.\n\n\n"
      "== Notas ==\n\n\n== Referencias ==\n\n\n== Enlaces externos ==\n\nBizarrap en Instagram\n",
      Upto::etext_headers);
  kept.clear();
  for (const Unit& u : q->draft.units)
    if (u.role == UnitRole::paragraph || u.role == UnitRole::heading) kept.emplace_back(u.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"Gonzalo Julián Conde es un productor musical.", "Carrera musical",
                                            "Su carrera comenzó en 2017."}));
}

// "Author: Jacob Grimm" / "        Wilhelm Grimm": a header field goes on in the
// names indented under it.
TEST(EtextHeaders, AHeaderFieldGoesOnInTheNamesIndentedUnderIt) {
  const std::string text =
      "The Project Gutenberg eBook of Grimms' Fairy Tales\n\n"
      "This ebook is for the use of anyone anywhere in the United States and\n"
      "most other parts of the world at no cost and with almost no restrictions\n"
      "whatsoever.\n\n"
      "Title: Grimms' Fairy Tales\n\nAuthor: Jacob Grimm\n        Wilhelm Grimm\n\n"
      "Translator: Edgar Taylor\n        Marian Edwardes\n\nRelease date: April 1, 2001 [eBook #2591]\n\n"
      "*** START OF THE PROJECT GUTENBERG EBOOK GRIMMS' FAIRY TALES ***\n\n"
      "THE GOLDEN BIRD\n\nA certain king had a beautiful garden, and in the garden stood a tree\n"
      "which bore golden apples.\n";
  const auto p = prepare(text, Upto::etext_headers);
  EXPECT_EQ(people(p->draft.meta), (std::vector<std::string>{"Jacob Grimm:author", "Wilhelm Grimm:author",
                                                             "Edgar Taylor:translator", "Marian Edwardes:translator"}));
}


// In an RFC, a grammar rule at the body's indent ("   pot-designator = \"pot-\" integer")
// is code like the deeper ones, and a numbered head at the margin is a heading
// even when it closes with a full stop ("2.2.1.1 The \"safe\" response header field.").
TEST(EtextHeaders, RfcGrammarRulesAtTheBodysIndentAndNumberedHeadsWithAStop) {
  const auto p = prepare(
      "Network Working Group                                       L. Masinter\n"
      "Request for Comments: 2324                                 1 April 1998\n\n"
      "          Hyper Text Coffee Pot Control Protocol (HTCPCP/1.0)\n\n"
      "1. Rationale and Scope\n\n"
      "   There is coffee all over the World. Increasingly, in a world in which\n"
      "   computing is ubiquitous, the computists want to make coffee.\n\n"
      "2.2.1.1 The \"safe\" response header field.\n\n"
      "   pot-designator = \"pot-\" integer  ; for machines with multiple pots\n"
      "   additions-list = #( addition )\n\n"
      "   coffee-message-body = \"start\" | \"stop\"\n\n"
      "   The actual safety of devices for brewing coffee varies widely, and\n"
      "   may depend, in fact, on conditions in the client rather than the\n"
      "   server.\n",
      Upto::etext_headers);
  std::vector<std::string> blocks;
  for (const Unit& u : p->draft.units)
    if ((u.role == UnitRole::paragraph || u.role == UnitRole::heading) && u.kind != LineKind::boilerplate)
      blocks.push_back(std::string(unit_role_name(u.role)) + ":" + std::string(u.text.substr(0, 20)));
  EXPECT_EQ(blocks, (std::vector<std::string>{"heading:1. Rationale and Sco", "paragraph:There is coffee all ",
                                              "heading:2.2.1.1 The \"safe\" r", "paragraph:The actual safety of"}));
}

// An e-text without any header is a book all the same when its chapters are
// numbered ("Chapter i.", "CHAPTER II."): the heads and their names are headings.
TEST(EtextHeaders, NumberedChapterHeadsMakeABookWithoutAHeader) {
  const auto p = prepare(
      "Tom Sawyer Abroad\n\n\nChapter i.\nTom Seeks New Adventures\n\n"
      "DO you reckon Tom Sawyer was satisfied after all\nthem adventures? I mean the adventures we had\n"
      "down the river, and the time we set the darky Jim free\nand Tom got shot in the leg.\n\n"
      "For a while he WAS satisfied. Everybody made\nmuch of him, and he tilted up his nose.\n\n\n"
      "CHAPTER II.\nTHE BALLOON ASCENSION\n\nWELL, Tom got up one thing after another, but\n"
      "they all had tender spots about 'em somewheres.\n",
      Upto::etext_headers);
  const auto r = roles(p->draft);
  ASSERT_EQ(r.size(), 8u);
  EXPECT_EQ(r[1], "heading:Chapter i.");
  EXPECT_EQ(r[2], "heading:Tom Seeks New Adventures");
  EXPECT_EQ(r[5], "heading:CHAPTER II.");
  EXPECT_EQ(r[6], "heading:THE BALLOON ASCENSION");
  // one chapter word in a story is no book
  const auto q = prepare("Part 2 of the plan\n\nThe council met on Monday.\n\nChapter 11 filings rose.\n",
                         Upto::etext_headers);
  EXPECT_EQ(roles(q->draft).back(), "paragraph:Chapter 11 filings rose.");
}

// "Heinrich Mann" / "Der Vater" over a hard-wrapped text: the author's name
// alone, then the work's title.
TEST(EtextHeaders, AnAuthorsNameOverTheTitleOpensAWork) {
  const auto p = prepare(
      "Heinrich Mann\n\n\nDer Vater\n\n"
      "Als F\u00e4rber heiraten konnte, hatte er hinter sich schon achtzehn Jahre der\n"
      "Arbeit, des Suchens, des wechselvollen Kampfes mit der Menschenmasse, durch\n"
      "die man hindurch mu\u00df, den Zuf\u00e4llen, die man entwaffnen mu\u00df, mit dem Leben.\n"
      "Luise hatte kein Geld, aber mit vierzig Jahren wirst du doch endlich dir\n"
      "und ihr gen\u00fcgen, oder du bist kein Mann. Er gen\u00fcgte, wie jeder, auch noch\n"
      "der kleinen, die kamen.\n\n"
      "Es wuchs, und der Vater mit ihm. Die Freude, das Brot und einen Anteil am\n"
      "Genu\u00df der Welt beschaffen zu k\u00f6nnen f\u00fcr zwei Wesen, die nur ihn hatten,\n"
      "machte ihn st\u00e4rker, als er sich kannte.\n",
      Upto::etext_headers);
  EXPECT_EQ(p->draft.meta.title, "Der Vater");
  EXPECT_EQ(people(p->draft.meta), (std::vector<std::string>{"Heinrich Mann:author"}));
  EXPECT_EQ(roles(p->draft)[0], "metadata:Heinrich Mann");
  // a headline over a story that is not hard-wrapped keeps its place
  const auto q = prepare("Barack Obama\n\nObama wins a second term\n\n"
                         "The president was re-elected on Tuesday after a long campaign that divided the country.\n",
                         Upto::etext_headers);
  EXPECT_TRUE(q->draft.meta.title.empty());
  EXPECT_TRUE(people(q->draft.meta).empty());
}

std::vector<std::string> kept_paragraphs(const Draft& d) {
  std::vector<std::string> out;
  for (const Unit& u : d.units)
    if (u.role == UnitRole::paragraph) out.emplace_back(u.text);
  return out;
}

// A producer's own header under the START marker ("Title:", "Encoding:",
// "Source:" and the edition it names, its address wrapped over two lines), then
// the title page, up to the first chapter headed by a Roman numeral alone: none
// of it is body.
TEST(EtextHeaders, AProducersSourceBlockAndTitlePageUpToARomanNumeral) {
  const auto p = prepare(
      "The Project Gutenberg eBook of Le Dernier Jour d'un Condamn\u00e9\n\n"
      "Title: Le Dernier Jour d'un Condamn\u00e9\n\nAuthor: Victor Hugo\n\nLanguage: French\n\n"
      "*** START OF THE PROJECT GUTENBERG EBOOK LE DERNIER JOUR D'UN CONDAMN\u00c9 ***\n\n\n\n"
      "Produced by Laurent Le Guillou.\n\n\n\n"
      "Title: Le Dernier Jour d'un Condamn\u00e9\nEncoding: ISO-8859-1\nSource:\nVictor Hugo (1802-1885),\n"
      "\"Oeuvres Compl\u00e8tes de Victor Hugo\",\nTome XIX, Roman II,\n"
      "Paris, J. Hetzel & Cie, 18, rue Jacob,\net A. Quantin & Cie, Fbrg Saint-Benoit, 7,\n1881.\n\n\n\n\n"
      "OEUVRES COMPL\u00c8TES\n\nDE\n\nVICTOR HUGO\n\nXIX\n\nROMAN II\n\n\n"
      "LE DERNIER JOUR D'UN CONDAMN\u00c9\n\n\n\n\nI\n\n\nBic\u00eatre\n\nCondamn\u00e9 \u00e0 mort !\n\n"
      "Voil\u00e0 cinq semaines que j'habite avec cette pens\u00e9e, toujours seul avec\n"
      "elle, toujours glac\u00e9 de sa pr\u00e9sence, toujours courb\u00e9 sous son poids !\n\n\n\n\n"
      // (an exclamation under a bare number opens the chapter: it is no chapter's name)
      "III\n\n\nCondamn\u00e9 \u00e0 mort !\n\nEh bien, pourquoi non ? Les hommes sont tous condamn\u00e9s.\n",
      Upto::etext_headers);
  const std::vector<std::string> kept = kept_paragraphs(p->draft);
  ASSERT_EQ(kept.size(), 4U);
  EXPECT_EQ(kept.front(), "Condamn\u00e9 \u00e0 mort !");
  EXPECT_EQ(kept[2], "Condamn\u00e9 \u00e0 mort !");
}

// A book whose Gutenberg header was stripped opens with its title page: the
// author's name over a one-word title ("LUIGI PIRANDELLO" / "L'UMORISMO"), or
// the title (its subtitle on the line under it) over the author's name alone
// ("O crime do padre Amaro" / "scenas da vida devota" / "José Maria Eça de
// Queirós"); the short lines after them (edition, place, publisher, year, the
// author's other works) are the title page, up to the first chapter head or
// the first paragraph of prose.
TEST(EtextHeaders, AStrippedBooksTitlePageIsNoBody) {
  struct Case {
    std::string text, title, author, first_kept;
  };
  const std::string prose =
      "Alessandro D'Ancona, in quel suo notissimo studio su Cecco Angiolieri\n"
      "da Siena, dopo aver notato quanto vi sia di burlesco in questo\n"
      "nostro poeta del sec. XIII, osserva che l'Angiolieri non è soltanto\n"
      "un burlesco: bensì anche, e più propriamente, un umorista, e che\n"
      "in italiano non bisogna rassegnarsi a non dir la cosa per\n"
      "mancanza della parola.\n\n"
      "E, accortamente, in una nota a pie' di pagina, soggiunge che il\n"
      "traduttore francese di una dissertazione tedesca sostiene che quei\n"
      "vocaboli vengono dall'italiano, e che gli Inglesi li rivendicano\n"
      "per sè senza ragione alcuna.\n";
  const std::vector<Case> cases = {
      {"                            LUIGI PIRANDELLO\n\n\n"
       "                               L'UMORISMO\n\n"
       "                                 SAGGIO\n\n\n"
       "                       SECONDA EDIZIONE AUMENTATA\n\n\n\n"
       "                                FIRENZE\n"
       "                      LUIGI BATTISTELLI \u2014 EDITORE\n"
       "                                  1920\n\n\n\n\n"
       "                          PROPRIET\u00c0 LETTERARIA\n\n"
       "       Stab. FED. SACCHETTI & C. \u2014 MILANO \u2014 Via Zecca Vecchia, 7\n\n\n\n\n"
       "PARTE PRIMA\n\n\n\n\nI.\n\nLa parola \u00abumorismo\u00bb\n\n\n" + prose,
       "L'UMORISMO", "LUIGI PIRANDELLO:author", "Alessandro D'Ancona, in quel suo notissimo studio"},
      {"O crime do padre Amaro\nscenas da vida devota\n\nJos\u00e9 Maria E\u00e7a de Queir\u00f3s\n\n"
       "O CRIME\n\nDO\n\nPADRE AMARO\n\n\n\n\nObras do mesmo auctor:\n\n"
       "*Os Maias.* 2 grossos volumes. 2$000\n\n"
       "*O Crime do Padre Amaro.* Terceira edi\u00e7\u00e3o inteiramente refundida,\n"
       "recomposta, e differente na f\u00f3rma e na ac\u00e7\u00e3o da edi\u00e7\u00e3o primitiva. 1\n"
       "grosso volume. 1$200\n\n"
       "*Correspondencia de Fradique Mendes.* 1 volume.\n\n\n\n\n"
       "PORTO\n\nLIVRARIA INTERNACIONAL DE ERNESTO CHARDRON\n\n1889\n\n"
       "Todos os direitos reservados\n\n\n\n\nNOTA\n\n(DA 2.^a EDI\u00c7\u00c3O)\n\n\n" + prose,
       "O crime do padre Amaro", "Jos\u00e9 Maria E\u00e7a de Queir\u00f3s:author",
       "Alessandro D'Ancona, in quel suo notissimo studio"},
      // the byline under the title, its word and the name on one line ("By Jane Austen", "Par
      // Maurice Leblanc"), a subtitle perhaps between them; the chapter head under it stays
      {"CRIME AND PUNISHMENT\n\nBy Fyodor Dostoevsky\n\n\n\nPART I\n\n" + prose, "CRIME AND PUNISHMENT",
       "Fyodor Dostoevsky:author", "Alessandro D'Ancona, in quel suo notissimo studio"},
      {"ARS\u00c8NE LUPIN\n\nGentleman-Cambrioleur\n\n\n\nPar Maurice Leblanc\n\n\n\nChapitre I\n\n" + prose,
       "ARS\u00c8NE LUPIN", "Maurice Leblanc:author", "Alessandro D'Ancona, in quel suo notissimo studio"},
      // the byline word alone between the title and the name, the lines unbroken by blanks; or a
      // subtitle over it
      {"Kritik der reinen Vernunft\nvon\nImmanuel Kant\n\nProfessor in K\u00f6nigsberg,\n"
       "der K\u00f6nigl. Akademie der Wissenschaften in Berlin\nMitglied\n\n"
       "Zweite hin und wieder verbesserte Auflage\n(1787)\n\n" + prose,
       "Kritik der reinen Vernunft", "Immanuel Kant:author", "Alessandro D'Ancona, in quel suo notissimo studio"},
      {"Quer durch Borneo\n\nErgebnisse seiner Reisen\nIn den Jahren 1894, 1896-97 und 1898-1900\n\n\n"
       "Von\n\nDr. A.W. Nieuwenhuis\n\nUnter Mitarbeit\n\n\nKAPITEL I.\n\n" + prose,
       "Quer durch Borneo", "Dr. A.W. Nieuwenhuis:author", "Alessandro D'Ancona, in quel suo notissimo studio"},
      // the author's name on the title's second line, after a particle ("de", "by", "von")
      {"Amor de Perdi\u00e7\u00e3o\nde Camilo Castelo Branco\n\n\n\n(Mem\u00f3rias Duma Fam\u00edlia)\n\n" + prose,
       "Amor de Perdi\u00e7\u00e3o", "Camilo Castelo Branco:author", "Alessandro D'Ancona, in quel suo notissimo studio"},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.text, Upto::etext_headers);
    EXPECT_EQ(p->draft.meta.title, c.title) << c.text;
    EXPECT_EQ(people(p->draft.meta), (std::vector<std::string>{c.author})) << c.text;
    const std::vector<std::string> kept = kept_paragraphs(p->draft);
    ASSERT_FALSE(kept.empty()) << c.text;
    EXPECT_TRUE(kept.front().starts_with(c.first_kept)) << kept.front();
    EXPECT_EQ(kept.size(), 2U) << c.text;
  }
  // a hard-wrapped story under a headline and a sentence keeps its opening
  const auto q = prepare("The council votes\n\nThe council met on Monday and voted.\n\n" + prose, Upto::etext_headers);
  EXPECT_TRUE(q->draft.meta.title.empty());
  EXPECT_TRUE(people(q->draft.meta).empty());
}

// What closes an e-text after its last paragraph leaves with the licence: an
// older Gutenberg file's "End of the Project Gutenberg EBook of …" (or "End of
// Project Gutenberg's …") line above the END marker, and an RFC's closing
// boilerplate sections ("Full Copyright Statement", "Intellectual Property",
// and the singular "Acknowledgement" of the RFC Editor's funding), while the
// RFC's own "Acknowledgements" stay.
TEST(EtextHeaders, ClosingBoilerplateLeaves) {
  struct Case {
    std::string text;
    std::vector<std::string> kept;
  };
  const std::string pg =
      "The Project Gutenberg EBook of The Kalevala, by Elias Lönnrot\n\nTitle: The Kalevala\n\n"
      "Author: Elias Lönnrot\n\n*** START OF THIS PROJECT GUTENBERG EBOOK THE KALEVALA ***\n\n"
      "CHAPTER I\n\nKalevalan ensimmäinen painos ilmestyi vuonna 1835.\n\n\n\n";
  const std::string rfc =
      "Network Working Group                                           G. Klyne\n"
      "Request for Comments: 3339                        Clearswift Corporation\n"
      "                                                               July 2002\n\n"
      "               Date and Time on the Internet: Timestamps\n\n"
      "1. Introduction\n\n"
      "   Date and time formats cause a lot of confusion and interoperability\n"
      "   problems on the Internet.\n\n"
      "Acknowledgements\n\n"
      "   The following people provided helpful advice for an earlier\n"
      "   incarnation of this document.\n\n"
      "Full Copyright Statement\n\n"
      "   Copyright (C) The Internet Society (2002).  All Rights Reserved.\n\n"
      "Intellectual Property\n\n"
      "   The IETF takes no position regarding the validity or scope of any\n"
      "   Intellectual Property Rights.\n\n"
      "Acknowledgement\n\n"
      "   Funding for the RFC Editor function is currently provided by the\n"
      "   Internet Society.\n";
  const std::vector<Case> cases = {
      {pg + "End of the Project Gutenberg EBook of The Kalevala, by Elias Lönnrot\n\n"
            "*** END OF THIS PROJECT GUTENBERG EBOOK THE KALEVALA ***\n\nThis file should be named 7000-8.txt\n",
       {"Kalevalan ensimmäinen painos ilmestyi vuonna 1835."}},
      {pg + "End of Project Gutenberg's The Kalevala, by Elias Lönnrot\n\n"
            "*** END OF THIS PROJECT GUTENBERG EBOOK THE KALEVALA ***\n",
       {"Kalevalan ensimmäinen painos ilmestyi vuonna 1835."}},
      {rfc,
       {"Date and time formats cause a lot of confusion and interoperability problems on the Internet.",
        "The following people provided helpful advice for an earlier incarnation of this document."}},
      // the references of a later RFC come in two numbered subsections
      {rfc.substr(0, rfc.find("Full Copyright")) +
           "7.  References\n\n7.1.  Normative References\n\n"
           "   [1]  Freed, N., Klensin, J., and J. Postel, \"Multipurpose Internet\n"
           "        Mail Extensions (MIME) Part Four: Registration Procedures\", BCP\n"
           "        13, RFC 2048, November 1996.\n\n7.2.  Informative References\n\n"
           "   [8]  Postel, J., \"Transmission Control Protocol\", STD 7, RFC 793,\n"
           "        September 1981.\n\n" + rfc.substr(rfc.find("Full Copyright")),
       {"Date and time formats cause a lot of confusion and interoperability problems on the Internet.",
        "The following people provided helpful advice for an earlier incarnation of this document."}},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.text, Upto::etext_headers);
    EXPECT_EQ(kept_paragraphs(p->draft), c.kept) << c.text.substr(0, 60);
  }
}

// An RFC header's right column may follow a name with its affiliation:
// "J. Postel - ISI" / "K. Harrenstien - SRI" are two authors, named without it.
TEST(EtextHeaders, RfcHeaderNamesBeforeTheirAffiliation) {
  struct Case {
    std::string header;
    std::vector<std::string> people;
  };
  const std::vector<Case> cases = {
      {"Network Working Group                                    J. Postel - ISI\n"
       "Request for Comments: 868                           K. Harrenstien - SRI\n"
       "                                                                May 1983\n",
       {"J. Postel:author", "K. Harrenstien:author"}},
      {"Network Working Group                                          J. Postel\n"
       "Request for Comments: 865                                            ISI\n"
       "                                                                May 1983\n",
       {"J. Postel:author"}},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.header + "\n                             Time Protocol\n\n"
                                      "This RFC specifies a standard for the ARPA Internet community.\n",
                           Upto::extract_header);
    EXPECT_EQ(people(p->draft.meta), c.people) << c.header;
  }
}

// A Gutenberg header set out as labelled lines with no START marker (a
// converted copy): the release line, even with the update date run onto it,
// and the producers' credits are metadata, not the first paragraph.
TEST(EtextHeaders, AGutenbergHeadersReleaseAndCreditsLinesAreMetadata) {
  struct Case {
    std::string line;
  };
  const std::vector<Case> cases = {
      {"Release date: June 27, 2008 [eBook #11] Most recently updated: June 26, 2025"},
      {"Release Date: February 21, 2005 [EBook #15122]"},
      {"Credits: Arthur DiBianca and David Widger"},
      {"Posting Date: September 20, 2010 [EBook #7000]"},
  };
  for (const Case& c : cases) {
    const auto p = prepare("# Alice’s Adventures in Wonderland\n\nTitle: Alice's Adventures in Wonderland\n\n"
                           "Author: Lewis Carroll\n\n" + c.line +
                               "\n\nLanguage: English\n\nAlice was beginning to get very tired of sitting by her "
                               "sister on the bank.\n",
                           Upto::extract_header);
    EXPECT_EQ(kept_paragraphs(p->draft),
              (std::vector<std::string>{"Alice was beginning to get very tired of sitting by her sister on the bank."}))
        << c.line;
    EXPECT_FALSE(p->draft.meta.published) << c.line;  // an e-book's release is not the work's date
  }
}

// A Japanese book copied without the Aozora legend and colophon still opens
// with its title and its author's name on the two lines above the prose, whose
// paragraphs begin with an ideographic space. A headline over a date line is no book.
TEST(EtextHeaders, AJapaneseBookOpensWithItsTitleAndAuthor) {
  struct Case {
    std::string text;
    std::vector<std::string> people;
  };
  const std::vector<Case> cases = {
      {"羅生門\n芥川龍之介\n\n\n　ある日の暮方の事である。一人の下人が、羅生門の下で雨やみを待っていた。\n"
       "　広い門の下には、この男のほかに誰もいない。\n",
       {"芥川龍之介:author"}},
      {"蜘蛛の糸\r\n芥川龍之介\r\n\r\n\r\n\r\n　ある日の事でございます。御釈迦様は極楽の蓮池のふちを、独りでぶらぶら"
       "御歩きになっていらっしゃいました。\r\n",
       {"芥川龍之介:author"}},
      {"台風10号が上陸\n2023年8月15日\n\n　大型の台風10号は15日朝、和歌山県に上陸しました。\n", {}},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.text, Upto::extract_header);
    EXPECT_EQ(people(p->draft.meta), c.people) << c.text.substr(0, 30);
  }
}


// In a Gutenberg text a blank line ends a paragraph: lines with none between
// them that the wraps did not join (the lines of a stanza, a quoted verse) are
// one paragraph. A transcriber's note in brackets under the title page leaves.
TEST(EtextHeaders, AGutenbergTextsBlankLinesSeparateItsParagraphs) {
  struct Case {
    std::string body;
    std::vector<std::string> kept;
  };
  const std::string head =
      "The Project Gutenberg EBook of The Kalevala, by Elias Lönnrot\n\nTitle: The Kalevala\n\n"
      "Author: Elias Lönnrot\n\n*** START OF THIS PROJECT GUTENBERG EBOOK THE KALEVALA ***\n\n"
      "Produced by an anonymous Project Gutenberg volunteer.\n\n\n\nKalevala\n[1849 edition]\n\n\n"
      "Elias Lönnrot\n(1802- 1884)\n\n\n";
  const std::string prose =
      "Kalevalan ensimmäinen painos ilmestyi vuonna 1835. Teos syntyi Elias Lönnrotin\n"
      "(1802- 1884) työn tuloksena ja koostui hänen keräämistään kansanrunoista.\n\n";
  const std::vector<Case> cases = {
      {"[This electronic edition has been copied verbatim from the 28th printed edition\n"
       "produced by the Finnish Literature Society as posted on their web site.\n\n"
       "The FLF has also given Project Gutenberg permission to also post their\n"
       "copyrighted introduction.]\n\n\n\n" + prose +
           "  Ensimmäinen runo\n\n\n"
           "  Mieleni minun tekevi,\n  aivoni ajattelevi\n  lähteäni laulamahan,\n"
           "  saa'ani sanelemahan,\n  sukuvirttä suoltamahan,\n  lajivirttä laulamahan.\n"
           "  Sanat suussani sulavat,\n  puhe'et putoelevat.\n\n"
           "  Noin kuulin saneltavaksi,\n  tiesin virttä tehtäväksi:\n  yksin meillä yöt tulevat,\n"
           "  yksin päivät valkeavat.\n",
       {"Kalevalan ensimmäinen painos ilmestyi vuonna 1835. Teos syntyi Elias Lönnrotin (1802- 1884) työn "
        "tuloksena ja koostui hänen keräämistään kansanrunoista.",
        "Mieleni minun tekevi, aivoni ajattelevi lähteäni laulamahan, saa'ani sanelemahan, sukuvirttä "
        "suoltamahan, lajivirttä laulamahan. Sanat suussani sulavat, puhe'et putoelevat.",
        "Noin kuulin saneltavaksi, tiesin virttä tehtäväksi: yksin meillä yöt tulevat, yksin päivät valkeavat."}},
      {prose + "Ik antwoord u, o dichtlievend lezer, met de woorden van een ander, zeer\ngroot dichter:\n\n"
               "»Het is wel verheven,\nAltans, bij storm! doch ik verkoos de lieve dreven\n"
               "Der aarde in zoo'n geval. 't Verheevne wordt ook vrij\nEentoonig ras, op zee, als in de poëzij.\"\n",
       {"Kalevalan ensimmäinen painos ilmestyi vuonna 1835. Teos syntyi Elias Lönnrotin (1802- 1884) työn "
        "tuloksena ja koostui hänen keräämistään kansanrunoista.",
        "Ik antwoord u, o dichtlievend lezer, met de woorden van een ander, zeer groot dichter:",
        "»Het is wel verheven, Altans, bij storm! doch ik verkoos de lieve dreven Der aarde in zoo'n geval. "
        "'t Verheevne wordt ook vrij Eentoonig ras, op zee, als in de poëzij.\""}},
  };
  for (const Case& c : cases) {
    const auto p = prepare(head + c.body, Upto::headings);
    EXPECT_EQ(kept_paragraphs(p->draft), c.kept) << c.body.substr(0, 40);
  }
  // Aozora lines stay one paragraph each.
  const auto p = prepare("相撲\n寺田寅彦\n\n　一月中旬のある日の四時過ぎに新宿の某地下食堂で食事をした。\n"
                         "　食堂は満員であった。\n\n底本：「寺田寅彦全集　第十二巻」岩波書店\n",
                         Upto::etext_headers);
  EXPECT_EQ(kept_paragraphs(p->draft).size(), 2U);
}


// In an RFC, a protocol exchange ("S: Listen on port 37", "C: a001 LOGIN")
// is an example, not prose; a sentence at the margin that ends with a colon
// ("When used via TCP the time service works as follows:") introduces it and
// heads nothing, while a label ("Time:") still does; a paragraph's lines with
// no blank line between them are one paragraph.
TEST(EtextHeaders, RfcExchangesAndTheSentencesThatIntroduceThem) {
  struct Case {
    std::string body;
    std::vector<std::string> blocks;
  };
  const std::string header =
      "Network Working Group                                    J. Postel - ISI\n"
      "Request for Comments: 868                           K. Harrenstien - SRI\n"
      "                                                                May 1983\n\n"
      "                             Time Protocol\n\n"
      "This RFC specifies a standard for the ARPA Internet community.  Hosts on\n"
      "the ARPA Internet that choose to implement a Time Protocol are expected\n"
      "to adopt and implement this standard.\n\n";
  const std::vector<Case> cases = {
      {"When used via TCP the time service works as follows:\n\n"
       "   S: Listen on port 37 (45 octal).\n\n   U: Connect to port 37.\n\n"
       "   S: Send the time as a 32 bit binary number.\n\n"
       "   The server listens for a connection on port 37.  When the connection\n"
       "   is established, the server returns a 32-bit time value and closes the\n"
       "   connection.\n",
       {"paragraph:This RFC specifies a standard for the ARPA Internet community.  Hosts on the ARPA Internet that "
        "choose to implement a Time Protocol are expected to adopt and implement this standard.",
        "paragraph:When used via TCP the time service works as follows:",
        "paragraph:The server listens for a connection on port 37.  When the connection is established, the server "
        "returns a 32-bit time value and closes the connection."}},
      // "For example:" introduces the examples; a line set in columns ("the time  2,208,988,800
      // corresponds to 00:00  1 Jan 1970 GMT,") is a display, as a table's row is
      {"For example:\n\n   the time  2,208,988,800 corresponds to 00:00  1 Jan 1970 GMT,\n\n"
       "             2,398,291,200 corresponds to 00:00  1 Jan 1976 GMT.\n",
       {"paragraph:This RFC specifies a standard for the ARPA Internet community.  Hosts on the ARPA Internet that "
        "choose to implement a Time Protocol are expected to adopt and implement this standard.",
        "paragraph:For example:"}},
      // (a bullet's gap is no column: "o  Use Network Time Protocol [NTP] to obtain the time in UTC.")
      {"Some suitable mechanisms are:\n\n   o  Use Network Time Protocol [NTP] to obtain the time in UTC.\n",
       {"paragraph:This RFC specifies a standard for the ARPA Internet community.  Hosts on the ARPA Internet that "
        "choose to implement a Time Protocol are expected to adopt and implement this standard.",
        "paragraph:Some suitable mechanisms are:", "paragraph:o  Use Network Time Protocol [NTP] to obtain the time in UTC."}},
      {"Time:\n\n   The time is the number of seconds since 00:00 (midnight) 1 January 1900\n   GMT.\n",
       {"paragraph:This RFC specifies a standard for the ARPA Internet community.  Hosts on the ARPA Internet that "
        "choose to implement a Time Protocol are expected to adopt and implement this standard.",
        "heading:Time:", "paragraph:The time is the number of seconds since 00:00 (midnight) 1 January 1900 GMT."}},
  };
  for (const Case& c : cases) {
    const auto p = prepare(header + c.body, Upto::etext_headers);
    std::vector<std::string> blocks;
    for (const Unit& u : p->draft.units)
      if (u.role == UnitRole::paragraph || u.role == UnitRole::heading)
        blocks.push_back(std::string(unit_role_name(u.role)) + ":" + std::string(u.text));
    EXPECT_EQ(blocks, c.blocks) << c.body.substr(0, 40);
  }
}

}  // namespace
// An epigraph: a few lines quoted, then its author's name set far to the right
// ("STERNE.", "-- Goethe"): neither is the book's text.
TEST(EtextHeaders, AnEpigraphAndItsRightAlignedAttributionAreNoBody) {
  const std::string head =
      "The Project Gutenberg EBook of Ontboezemingen, by Gabriël\n\nTitle: Ontboezemingen\n\nAuthor: Gabriël\n\n"
      "*** START OF THIS PROJECT GUTENBERG EBOOK ONTBOEZEMINGEN ***\n\nBEREISDE LIEDEN.\n\n";
  const std::string body =
      "Hebt ge wel eens een neef, die in Indië is geweest? Ik wensch het u niet toe, want het is een\n"
      "ellende, waarvan ge u geen denkbeeld kunt vormen, als ge het niet zelf hebt ondervonden.\n";
  for (const std::string attribution : {"                                STERNE.", "                    -- Goethe"}) {
    const auto p = prepare(head + "  Strange! quoth I, debating the matter with myself,\n"
                                  "that one-and-twenty miles sailing, should\ngive a man these rights.--\n\n" +
                               attribution + "\n\n\n" + body,
                           Upto::etext_headers);
    const std::vector<std::string> kept = kept_paragraphs(p->draft);
    ASSERT_EQ(kept.size(), 1U) << attribution;
    EXPECT_TRUE(kept.front().starts_with("Hebt ge wel eens een neef")) << kept.front();
  }
}

// An RFC's appendix of C source: a comment's lines under its "/*" up to "*/", a
// statement opening with a keyword ("if (", "for (", "else"), a function's name
// alone, a table of hex numbers: code, no paragraph; the prose stays.
TEST(EtextHeaders, RfcCSourceLinesAreCode) {
  const auto p = prepare(
      "Network Working Group                                          R. Rivest\n"
      "Request for Comments: 1321                                    April 1992\n\n"
      "                    The MD5 Message-Digest Algorithm\n\n"
      "1. Executive Summary\n\n"
      "   This document describes the MD5 message-digest algorithm. The\n"
      "   algorithm takes as input a message of arbitrary length and produces\n"
      "   as output a 128-bit fingerprint of the input.\n\n"
      "A.3 md5c.c\n\n"
      "/* MD5 block update operation. Continues an MD5 message-digest\n"
      "  operation, processing another message block, and updating the\n"
      "  context.\n"
      " */\n"
      "void MD5Update (context, input, inputLen)\n"
      "MD5_CTX *context;                                        /* context */\n"
      "{\n"
      "  /* Transform as many times as possible.\n"
      "*/\n"
      "  if (inputLen >= partLen) {\n"
      " MD5_memcpy\n"
      "   ((POINTER)&context->buffer[index], (POINTER)input, partLen);\n\n"
      " for (i = partLen; i + 63 < inputLen; i += 64)\n"
      "   MD5Transform (context->state, &input[i]);\n"
      "  }\n"
      "  else\n"
      " i = 0;\n\n"
      "static unsigned char PADDING[64] = {\n"
      "  0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
      "};\n",
      Upto::etext_headers);
  const std::vector<std::string> kept = kept_paragraphs(p->draft);
  ASSERT_EQ(kept.size(), 1U) << kept.back();
  EXPECT_TRUE(kept.front().starts_with("This document describes the MD5"));
}

}  // namespace artconv::plaintext
