#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::roles;
using testing::Upto;

TEST(Lists, RunsOfItemsAreListsALoneItemIsText) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\nWhat to pack:\n - water\n - a torch\n - blankets\n\nThen leave.\n",
       {"title:T", "paragraph:What to pack:", "list_item:water", "list_item:a torch", "list_item:blankets",
        "paragraph:Then leave."}},
      {"T\n\n1. First step\n2. Second step\n", {"title:T", "list_item:First step", "list_item:Second step"}},
      {"T\n\n- A lone dash line\n\nText.\n", {"title:T", "paragraph:- A lone dash line", "paragraph:Text."}},
      // a lone bullet (never a mark of speech, as a dash may be) is a list of one
      {"T\n\nText.\n\n  * A lone bullet line\n\nMore text.\n",
       {"title:T", "paragraph:Text.", "list_item:A lone bullet line", "paragraph:More text."}},
      {"T\n\nText.\n\n• A lone bullet line\n", {"title:T", "paragraph:Text.", "list_item:A lone bullet line"}},
      {"T\n\n提醒：\n1.建议安装纱窗；\n2.清除积水。\n", {"title:T", "paragraph:提醒：", "list_item:建议安装纱窗；", "list_item:清除积水。"}},
      {"T\n\n① 带水\n② 带手电\n", {"title:T", "list_item:带水", "list_item:带手电"}},
      // short fragments one per line: a list; short sentences or a broken sentence: not
      {"T\n\n监测点如下。\n越秀区六榕街\n海珠区素社街\n白云区陈田花园\n\n第二段。\n",
       {"title:T", "paragraph:监测点如下。", "list_item:越秀区六榕街", "list_item:海珠区素社街", "list_item:白云区陈田花园",
        "paragraph:第二段。"}},
      {"T\n\nThree areas:\n  Creating customer experiences\n  Driving productivity\n  Accelerating innovation.\n",
       {"title:T", "paragraph:Three areas:", "list_item:Creating customer experiences", "list_item:Driving productivity",
        "list_item:Accelerating innovation."}},
      {"T\n\nIt rained.\nThe river rose.\nRoads closed.\n",
       {"title:T", "paragraph:It rained.", "paragraph:The river rose.", "paragraph:Roads closed."}},
      {"T\n\nTwo men were out\nskiing on the ice\nof the gulf\n",
       {"title:T", "paragraph:Two men were out", "paragraph:skiing on the ice", "paragraph:of the gulf"}},
      {"T\n\nRiver Road\n\nHill Street\n\nOak Lane\n",
       {"title:T", "paragraph:River Road", "paragraph:Hill Street", "paragraph:Oak Lane"}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::lists)->draft), c.units) << c.input;
}


// Titles set one per line with their year in brackets ("Die Blutserumtherapie (1892)") are
// items; a longer line in the same block that ends no sentence is the run's first or last
// item ("… Digital edition by the University Library"); a line that ends a sentence is not.
TEST(Lists, BracketedYearsAndTheRunsUnpunctuatedNeighbours) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\nIn 1895 he became Professor of Hygienics within the Faculty of Medicine at the University of Marburg, a "
       "position he would hold for the rest of his life.\nAt the International Tuberculosis Congress in 1905 he "
       "announced that he had discovered a substance proceeding from the tuberculosis virus.\n\nDie Blutserumtherapie (1892)\nDie Geschichte der Diphtherie (1893)\n"
       "Beitr\u00e4ge zur experimentellen Therapie (1906)\n"
       "E. v. Behring's Gesammelte Abhandlungen (1915) Digital edition by the University and State Library\n",
       {"title:T", "paragraph:In 1895 he became Professor of Hygienics within the Faculty of Medicine at the University "
        "of Marburg, a position he would hold for the rest of his life.",
        "paragraph:At the International Tuberculosis Congress in 1905 he announced that he had discovered a "
        "substance proceeding from the tuberculosis virus.",
        "list_item:Die Blutserumtherapie (1892)",
        "list_item:Die Geschichte der Diphtherie (1893)", "list_item:Beitr\u00e4ge zur experimentellen Therapie (1906)",
        "list_item:E. v. Behring's Gesammelte Abhandlungen (1915) Digital edition by the University and State Library"}},
      {"T\n\nThey were involved in numerous activities against strikers.\n\n"
       "The Homestead Strike (1892), the direct impetus for the federal Anti-Pinkerton Act of 1893, prohibiting the "
       "federal government from hiring its detectives\nThe Pullman Strike (1894)\nThe Wild Bunch Gang (1896)\n"
       "The Ludlow Massacre (1914)\nThe La Follette Committee (1933\u20131937)Despite his reputation, he was pro-labor.\n",
       {"title:T", "paragraph:They were involved in numerous activities against strikers.",
        "list_item:The Homestead Strike (1892), the direct impetus for the federal Anti-Pinkerton Act of 1893, "
        "prohibiting the federal government from hiring its detectives",
        "list_item:The Pullman Strike (1894)", "list_item:The Wild Bunch Gang (1896)", "list_item:The Ludlow Massacre (1914)",
        "paragraph:The La Follette Committee (1933\u20131937)Despite his reputation, he was pro-labor."}},
      // a line that is only a bracket, and short sentences: not items
      {"T\n\n(Photo: Ana Lee)\n(Photo: Raj Patel)\n(Photo: Kay Moss)\n",
       {"title:T", "credit:(Photo: Ana Lee)", "credit:(Photo: Raj Patel)", "credit:(Photo: Kay Moss)"}},
      {"T\n\nIt rained (again).\nThe river rose (fast).\nRoads closed (all).\n",
       {"title:T", "paragraph:It rained (again).", "paragraph:The river rose (fast).", "paragraph:Roads closed (all)."}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::lists)->draft), c.units) << c.input;
}


// Lines set one per line deeper than the paragraphs around them are a list
// whose bullets were lost; lines at the paragraphs' own indent are paragraphs.
TEST(Lists, LinesSetDeeperThanTheParagraphsAreItems) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\n\tLe reportage a diffus\u00e9 un sujet sur Wikip\u00e9dia jeudi dernier, qui a \u00e9t\u00e9 vu par des millions "
       "de personnes.\n\n\t\tWikip\u00e9dia n'est que l'un des 13 projets de la fondation : bien des gens l'utilisent.\n"
       "\t\tLa communaut\u00e9 est compos\u00e9e d'une petite \u00e9lite de 300 personnes.\n\t\n\tEt de s'interroger :\n",
       {"title:T",
        "paragraph:Le reportage a diffus\u00e9 un sujet sur Wikip\u00e9dia jeudi dernier, qui a \u00e9t\u00e9 vu par des "
        "millions de personnes.",
        "list_item:Wikip\u00e9dia n'est que l'un des 13 projets de la fondation : bien des gens l'utilisent.",
        "list_item:La communaut\u00e9 est compos\u00e9e d'une petite \u00e9lite de 300 personnes.",
        "paragraph:Et de s'interroger :"}},
      // every paragraph opens at the same indent: no list
      {"T\n\n\tThe first paragraph is a long sentence that runs on well past the width of any list item.\n"
       "\tThe second paragraph is a long sentence that runs on well past the width of any list item.\n"
       "\tThe third paragraph is a long sentence that runs on well past the width of any list item.\n",
       {"title:T", "paragraph:The first paragraph is a long sentence that runs on well past the width of any list item.",
        "paragraph:The second paragraph is a long sentence that runs on well past the width of any list item.",
        "paragraph:The third paragraph is a long sentence that runs on well past the width of any list item."}},
      // one deeper line alone is a paragraph
      {"T\n\nThe first paragraph is a long sentence that runs on well past the width of any list item.\n\n"
       "    A single indented sentence that is set deeper than the rest of the text.\n\n"
       "The last paragraph is a long sentence that runs on well past the width of any list item.\n",
       {"title:T", "paragraph:The first paragraph is a long sentence that runs on well past the width of any list item.",
        "paragraph:A single indented sentence that is set deeper than the rest of the text.",
        "paragraph:The last paragraph is a long sentence that runs on well past the width of any list item."}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::lists)->draft), c.units) << c.input;
}


// "… включая:" then lines closing with ";" and the last with ".": a list whose
// bullets were lost; lines closing with ";" after no colon are prose.
TEST(Lists, LinesClosingWithSemicolonsAfterAColonAreItems) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\nThe developers offer flexible terms of purchase for their creation"
       ", which has been seen on the dark web since the spring and is sold to anyone who will pay for it in cryptocurrency, including:\nA monthly subscription;\n"
       "A trial period of three days;\nA down payment plus a share of the profit of successful attacks on ATMs.\n"
       "Thus the European banking sector, known for its strict security measures, faces a new kind of threat.\n",
       {"title:T", "paragraph:The developers offer flexible terms of purchase for their creation"
        ", which has been seen on the dark web since the spring and is sold to anyone who will pay for it in cryptocurrency, including:",
        "list_item:A monthly subscription;", "list_item:A trial period of three days;",
        "list_item:A down payment plus a share of the profit of successful attacks on ATMs.",
        "paragraph:Thus the European banking sector, known for its strict security measures, faces a new kind of threat."}},
      {"T\n\nThe developers offer flexible terms of purchase for their creation, as they say.\nA monthly subscription;\n"
       "A trial period of three days;\nA down payment plus a share of the profit of successful attacks on ATMs.\n",
       {"title:T", "paragraph:The developers offer flexible terms of purchase for their creation, as they say.",
        "paragraph:A monthly subscription;", "paragraph:A trial period of three days;",
        "paragraph:A down payment plus a share of the profit of successful attacks on ATMs."}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::lists)->draft), c.units) << c.input;
}


// Where a dash opens a lone paragraph of speech ("– It is a pity, says Pär
// Aronsson."), dash-opened paragraphs a blank line apart are speech too, not
// a list; dash items one per line stay a list.
// A summary box ("At a glance" and its points, a line each, none a sentence)
// is a heading over a list, wherever it stands; a sentence ends the box.
TEST(Lists, ASummaryBoxsPointsAreItems) {
  const std::string story = "The story itself opens here with a sentence that is long, as sentences are.";
  struct Case {
    std::string input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\n" + story + "\n\nAt a glance\n\nAll three miss in the penalty shootout\n\nCeltic toil for most of the "
       "game before extra time\n\n" + story + "\n",
       {"title:T", "paragraph:" + story, "heading:At a glance", "list_item:All three miss in the penalty shootout",
        "list_item:Celtic toil for most of the game before extra time", "paragraph:" + story}},
      {"T\n\nKey points:\n\nThe port closes on Monday.\n\n" + story + "\n",
       {"title:T", "heading:Key points:", "paragraph:The port closes on Monday.", "paragraph:" + story}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::lists)->draft), c.units) << c.input;
}

// A page's key points, their bullets lost: one a line, each a short label, a colon and its sentence,
// run together right under their head ("In Iran") or a lead-in ("Here is what we know:"). A label and
// its sentence set apart by blank lines, or a transcript's speaker a blank line after the text, stay.
TEST(Lists, LabelledPointsUnderTheirHeadAreItems) {
  const std::string story = "The story itself opens here with a sentence that is long, as sentences are.";
  const std::string p1 = "Intensifying strikes: The US and Israel have expanded their attacks on Iran.";
  const std::string p2 = "Casualties and damage: The human toll continues to rise across the country.";
  const std::string p3 = "UAE: Falling shrapnel killed a farmworker in the United Arab Emirates.";
  const std::string p4 = "Kuwait: Emergency services extinguished a fire at the airport.";
  struct Case {
    std::string input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\n" + story + "\n\nIn Iran\n" + p1 + "\n" + p2 + "\n\nIn the Gulf\nAdvertisement\n" + p3 + "\n" + p4 + "\n",
       {"title:T", "paragraph:" + story, "paragraph:In Iran", "list_item:" + p1, "list_item:" + p2,
        "paragraph:In the Gulf", "boilerplate:Advertisement", "list_item:" + p3, "list_item:" + p4}},
      {"T\n\n" + story + "\n\n" + p1 + "\n\n" + p2 + "\n\nGREG GUTFELD: We talked about this years ago.\n",
       {"title:T", "paragraph:" + story, "paragraph:" + p1, "paragraph:" + p2,
        "paragraph:GREG GUTFELD: We talked about this years ago."}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::lists)->draft), c.units) << c.input;
}

TEST(Lists, DashesThatOpenSpeechMakeNoList) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\nTrains were cancelled after a fault.\n\n\u2013 It is a pity, says Par Aronsson.\n\n"
       "The fault was found at nine.\n\n\u2013 We monitor the systems all the time, says Par Aronsson, and adds:\n\n"
       "\u2013 Then problems can arise, as they did now.\n",
       {"title:T", "paragraph:Trains were cancelled after a fault.", "paragraph:\u2013 It is a pity, says Par Aronsson.",
        "paragraph:The fault was found at nine.",
        "paragraph:\u2013 We monitor the systems all the time, says Par Aronsson, and adds:",
        "paragraph:\u2013 Then problems can arise, as they did now."}},
      {"T\n\nTrains were cancelled after a fault.\n\n\u2013 It is a pity, says Par Aronsson.\n\n"
       "What to pack:\n\u2013 water\n\u2013 a torch\n",
       {"title:T", "paragraph:Trains were cancelled after a fault.", "paragraph:\u2013 It is a pity, says Par Aronsson.",
        "paragraph:What to pack:", "list_item:water", "list_item:a torch"}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::lists)->draft), c.units) << c.input;
}

}  // namespace
// An RFC's numbered rules, an example set under each (code, which leaves):
// the examples between them keep the items one list.
TEST(Lists, ItemsWithExamplesBetweenThemAreOneList) {
  const auto p = prepare(
      "Network Working Group                                     Y. Shafranovich\n"
      "Request for Comments: 4180                                  October 2005\n\n"
      "   Common Format and MIME Type for Comma-Separated Values (CSV) Files\n\n"
      "2.  Definition of the CSV Format\n\n"
      "   While there are various specifications and implementations for the\n"
      "   CSV format, there is no formal specification in existence.\n\n"
      "   1.  Each record is located on a separate line, delimited by a line\n"
      "       break (CRLF).  For example:\n\n"
      "       aaa,bbb,ccc CRLF\n       zzz,yyy,xxx CRLF\n\n"
      "   2.  The last record in the file may or may not have an ending line\n"
      "       break.  For example:\n\n"
      "       aaa,bbb,ccc CRLF\n       zzz,yyy,xxx\n\n"
      "   3.  There maybe an optional header line appearing as the first line\n"
      "       of the file with the same format as normal record lines.\n",
      Upto::lists);
  std::vector<std::string> items;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::list_item) items.emplace_back(std::string(u.text).substr(0, 12));
  EXPECT_EQ(items, (std::vector<std::string>{"Each record ", "The last rec", "There maybe "}));
}

}  // namespace artconv::plaintext
