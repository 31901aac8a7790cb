#include <gtest/gtest.h>

#include <algorithm>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::roles;
using testing::Upto;

TEST(RelatedLinks, LinkBlocksLeaveTheBody) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\n正文。\n\n相關新聞：\n颱風來襲 全台停班\n地震後的重建\n\n第二段。\n",
       {"title:T", "paragraph:正文。", "boilerplate:相關新聞：", "boilerplate:颱風來襲 全台停班", "boilerplate:地震後的重建",
        "paragraph:第二段。"}},
      {"T\n\nText.\n\nRead more: Five ways to beat airport queues\nNext paragraph stays.\n",
       {"title:T", "paragraph:Text.", "boilerplate:Read more: Five ways to beat airport queues",
        "paragraph:Next paragraph stays."}},
      // teasers under a related-links head close with the link's label; a story's paragraph may too
      {"T\n\nText.\n\n<h>Related Stories\n\n<p>In a recently resurfaced interview, Dustin Hoffman speaks about the\n"
       " film Tootsie, and what he learned. Read More\n\n<p>The House GOP is not afraid to filibuster. Read more »\n\n"
       "<p>Last paragraph stays.\n",
       {"title:T", "paragraph:Text.", "boilerplate:Related Stories",
        "boilerplate:In a recently resurfaced interview, Dustin Hoffman speaks about the film Tootsie, and what he "
        "learned. Read More",
        "boilerplate:The House GOP is not afraid to filibuster. Read more »", "paragraph:Last paragraph stays."}},
      {"T\n\nText.\n\nGovernments and campaigners reacted to the findings with alarm. read more\n\nMore text.\n",
       {"title:T", "paragraph:Text.",
        "paragraph:Governments and campaigners reacted to the findings with alarm. read more", "paragraph:More text."}},
      // joined, its lines end with the link's label
      {"T\n\nText.\n\nIn a recently resurfaced interview, Dustin Hoffman speaks\nabout the film Tootsie... Read More\n\n"
       "Last paragraph stays.\n",
       {"title:T", "paragraph:Text.", "boilerplate:In a recently resurfaced interview, Dustin Hoffman speaks",
        "boilerplate:about the film Tootsie... Read More", "paragraph:Last paragraph stays."}},
      // the head in other languages; when its links open with a link mark, the block is the marked lines
      // (a short paragraph right under them stays)
      {"T\n\nTexto.\nLEIA TAMBÉM:\n&gt; Eduardo Cunha quer instalar comissão\n&gt; Governo aposta em ato\n"
       "Para o ministro, o bom humor da rua tem a ver com a economia e com a crise que o país atravessa hoje.\n",
       {"title:T", "paragraph:Texto.", "boilerplate:LEIA TAMBÉM:", "boilerplate:&gt; Eduardo Cunha quer instalar comissão",
        "boilerplate:&gt; Governo aposta em ato",
        "paragraph:Para o ministro, o bom humor da rua tem a ver com a economia e com a crise que o país atravessa hoje."}},
      {"T\n\nTexto.\nVEJA MAIS:\n» Moro e Mandetta decretam isolamento\n» Confira a cobertura do JC\n"
       "Na Câmara Federal, Eduardo preside a Comissão de Relações Exteriores.\n",
       {"title:T", "paragraph:Texto.", "boilerplate:VEJA MAIS:", "boilerplate:» Moro e Mandetta decretam isolamento",
        "boilerplate:» Confira a cobertura do JC",
        "paragraph:Na Câmara Federal, Eduardo preside a Comissão de Relações Exteriores."}},
      // a page saved with "\r\r\n" line ends: blank lines between all lines, the marks still hold the block
      {"T\r\r\nTexto.\r\r\nLEIA TAMBÉM:\r\r\n» Novo exame de Davi Alcolumbre é positivo\r\r\n» Bolsonaro critica governadores\r\r\n"
       "No início da noite, Eduardo compartilhou uma mensagem.\r\r\n",
       {"title:T", "paragraph:Texto.", "boilerplate:LEIA TAMBÉM:", "boilerplate:» Novo exame de Davi Alcolumbre é positivo",
        "boilerplate:» Bolsonaro critica governadores", "paragraph:No início da noite, Eduardo compartilhou uma mensagem."}},
      // a head without links run under it: the headlines under it, blank lines between, that end no sentence
      {"T\n\nTexto.\n\n      Leia Também\n\n      \n\n    Atual prefeito e aliado de Flávio Dino lideram disputa em São Luís\n\n"
       "    Concurso com salário de até R$ 34 mil da Câmara dos Deputados: Inscrições terminam hoje! Veja como se inscrever\n\n\n"
       "A medida do TCE indica que o arquivo está em precário estado.\n\nAssunto relacionado com Olinda:&nbsp;\n",
       {"title:T", "paragraph:Texto.", "boilerplate:Leia Também",
        "boilerplate:Atual prefeito e aliado de Flávio Dino lideram disputa em São Luís",
        "boilerplate:Concurso com salário de até R$ 34 mil da Câmara dos Deputados: Inscrições terminam hoje! Veja como "
        "se inscrever",
        "paragraph:A medida do TCE indica que o arquivo está em precário estado.",
        "boilerplate:Assunto relacionado com Olinda:&nbsp;"}},
      {"T\n\nText.\n\nLesen Sie auch:\nDer Bundestag stimmt ab\n\nMehr Text.\n",
       {"title:T", "paragraph:Text.", "boilerplate:Lesen Sie auch:", "boilerplate:Der Bundestag stimmt ab",
        "paragraph:Mehr Text."}},
      {"T\n\nTeks.\n\nBaca juga: Satgas TMMD bersihkan gereja di Desa Sihuom\n\nTeks lagi.\n",
       {"title:T", "paragraph:Teks.", "boilerplate:Baca juga: Satgas TMMD bersihkan gereja di Desa Sihuom",
        "paragraph:Teks lagi."}},
      {"T\n\nТекст.\n\nЧитайте также:\nВ Москве открыли новую станцию метро\n\nЕщё текст.\n",
       {"title:T", "paragraph:Текст.", "boilerplate:Читайте также:", "boilerplate:В Москве открыли новую станцию метро",
        "paragraph:Ещё текст."}},
      {"T\n\nTexto.\n\nLee también: El Gobierno aprueba los presupuestos\n\nMás texto.\n",
       {"title:T", "paragraph:Texto.", "boilerplate:Lee también: El Gobierno aprueba los presupuestos",
        "paragraph:Más texto."}},
      // a dated related headline is a link, not a heading over links
      {"T\n\n正文。\n\n欧佩克会议召开在即纽约原油净多头小增2015/06/01\n短句\n\n第二段。\n",
       {"title:T", "paragraph:正文。", "boilerplate:欧佩克会议召开在即纽约原油净多头小增2015/06/01", "paragraph:短句",
        "paragraph:第二段。"}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::related_links)->draft), c.units) << c.input;
}

TEST(RelatedLinks, RepeatedHeadlinesAndPullQuotesLeaveTheBody) {
  const std::string body = "The mayor said the bridge would reopen in May, after the repairs are finished and tested.";
  struct Case {
    std::string input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"Bridge to reopen\n\nBridge to reopen\n\n" + body + "\n",
       {"title:Bridge to reopen", "boilerplate:Bridge to reopen", "paragraph:" + body}},
      {"Bridge to reopen\n\n" + body + "\n\n“the bridge would reopen in May”\n\nIt closed in 2020.\n",
       {"title:Bridge to reopen", "paragraph:" + body, "boilerplate:“the bridge would reopen in May”",
        "paragraph:It closed in 2020."}},
      // a short sentence that happens to occur in a paragraph is not a pull quote
      {"Bridge to reopen\n\n" + body + "\n\nIn May.\n", {"title:Bridge to reopen", "paragraph:" + body, "paragraph:In May."}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::related_links)->draft), c.units) << c.input;
}

// A pull quote repeats a sentence of the body, not of a summary box over it:
// the paragraph the box sums up stays.
TEST(RelatedLinks, ParagraphsRepeatedInASummaryBoxStay) {
  const auto p = prepare(
      "标题\n\n[摘要：在埃洛普入主诺基亚之前，诺基亚如日中天。而埃洛普入主之后，诺基亚一落千丈。]\n\n"
      "在埃洛普入主诺基亚之前，诺基亚如日中天。而埃洛普入主之后，诺基亚一落千丈。\n\n微软做错了什么呢？\n",
      Upto::related_links);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph && u.kind == LineKind::text) kept.emplace_back(u.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"在埃洛普入主诺基亚之前，诺基亚如日中天。而埃洛普入主之后，诺基亚一落千丈。",
                                            "微软做错了什么呢？"}));
}

// A short line that ends no sentence, set over a run of link lines, heads them.
TEST(RelatedLinks, AHeadOverLinkLinesGoesWithThem) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"標題\n\n正文第一段。\n\n註：《華盛頓郵報》和《紐約時報》新聞戰相關報道\n\n（1） [Trump revealed information](https://example.org/a)\n\n"
       "（2） [Comey memo](https://example.org/b)\n",
       {"title:標題", "paragraph:正文第一段。", "boilerplate:註：《華盛頓郵報》和《紐約時報》新聞戰相關報道",
        "boilerplate:（1） [Trump revealed information](https://example.org/a)", "boilerplate:（2） [Comey memo](https://example.org/b)"}},
      // a sentence over one link stays
      {"標題\n\n正文第一段。\n\n報告全文見下。\n\n[報告](https://example.org/r.pdf)\n",
       {"title:標題", "paragraph:正文第一段。", "paragraph:報告全文見下。", "boilerplate:[報告](https://example.org/r.pdf)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::related_links)->draft), c.units) << c.input;
}

// Links a page sets between paragraphs or after the article, with no head over them: two or more
// short lines that end no sentence, run together under a blank line (teasers' one-sentence blurbs
// between them); after such a run at the end, the page's furniture that follows goes with it. A
// subheading over its paragraph, a list under its lead-in and a subheading over an advertisement stay.
TEST(RelatedLinks, UnheadedLinkRunsLeaveTheBody) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const std::string body = "This first paragraph of the story runs on for well over a hundred and twenty columns, as the body text of a news story does on its page.";
  const std::string in1 = "T\n\n" + body + "\n\n'A nightmare' - The battle over Warner Bros is turning Hollywood upside down\n"
                          "Five takeaways from the blockbuster Netflix-Warner Brothers deal\nThe following week, Paramount "
                          "launched a new offer.\n\nLast paragraph.\n";
  const std::string in2 = "T\n\n" + body + "\n\nLast paragraph.\n\nAI firm Anthropic seeks expert to stop users from 'misuse'\n"
                          "Amazon confirms 16,000 job cuts after accidental email\n"
                          "Facebook-owner Meta to nearly double AI spending\nAmazon\nGoogle\nRelated\nADVERTISEMENT\n"
                          "Man reunites with mum in Vietnam three decades after adoption\nIke Robin says meeting his birth "
                          "mother helped.\nMore from the BBC\n20 Feb 2026\nNine people stand in front of a black banner.\n"
                          "AI and coding firm's 'pride' at business award\n\n2 hrs ago\nClarke running in a residential area, wearing a "
                          "colourful jersey.\nBlind marathon runner to be guided by smart glasses\n";
  const std::string in3 = "T\n\n" + body + "\n\nDelayed and disrupted data\nThe shutdown left agencies understaffed.\n\n"
                          "The nutrients include:\n\nvitamins A, C, D and E\ncalcium and iodine\n\nWar diplomacy\n"
                          "Advertisement\nPakistan pushes US-Iran talks: Pakistan says it will keep trying.\n";
  const Case cases[] = {
      {in1.c_str(),
       {"title:T", "paragraph:" + body,
        "boilerplate:'A nightmare' - The battle over Warner Bros is turning Hollywood upside down",
        "boilerplate:Five takeaways from the blockbuster Netflix-Warner Brothers deal",
        "paragraph:The following week, Paramount launched a new offer.", "paragraph:Last paragraph."}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::related_links)->draft), c.units) << c.input;
  // after the article: every line from the run on leaves the body
  for (const std::string& r : roles(prepare(in2, Upto::related_links)->draft)) {
    if (r != "title:T" && r != "paragraph:" + body && r != "paragraph:Last paragraph.") {
      EXPECT_TRUE(r.starts_with("boilerplate:") || r.starts_with("metadata:")) << r;
    }
  }
  // a subheading over its paragraph, a list under its lead-in, a subheading over an advertisement
  const auto kept = roles(prepare(in3, Upto::related_links)->draft);
  for (const char* line : {"Delayed and disrupted data", "vitamins A, C, D and E", "calcium and iodine", "War diplomacy"})
    EXPECT_EQ(std::count(kept.begin(), kept.end(), std::string("paragraph:") + line), 1) << line;
}

// A book has no pull quotes: a sentence said twice in an e-text stays.
TEST(RelatedLinks, BooksKeepRepeatedSentences) {
  const std::string legend =
      "注文の多い料理店\n宮沢賢治\n\n-------------------------------------------------------\n"
      "【テキスト中に現れる記号について】\n\n《》：ルビ\n-------------------------------------------------------\n\n";
  const auto p = prepare(legend +
                             "　扉には赤い字で、\n「鉄砲をここへ置いてください。」\nと書いてありました。\n"
                             "　扉の裏側には、\n「靴をおとり下さい。」\nと書いてありました。扉のすぐ横には金庫もありました。\n"
                             "\n底本：「注文の多い料理店」新潮文庫\n",
                         Upto::related_links);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph) kept.emplace_back(u.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"扉には赤い字で、", "「鉄砲をここへ置いてください。」", "と書いてありました。",
                                            "扉の裏側には、", "「靴をおとり下さい。」",
                                            "と書いてありました。扉のすぐ横には金庫もありました。"}));
}

// A shop's product box left under a Japanese article (title, maker, seller,
// "クチコミを見る") leaves the body: the seller's line, and the short lines
// right above it that end no sentence.
TEST(RelatedLinks, ShopWidgetsLeaveTheBody) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\n本文です。\n\nTranscend SDHCカード 16GB Class10\nトランセンド・ジャパン\n販売元：Amazon.co.jp\nクチコミを見る\n",
       {"title:T", "paragraph:本文です。", "boilerplate:Transcend SDHCカード 16GB Class10", "boilerplate:トランセンド・ジャパン",
        "boilerplate:販売元：Amazon.co.jp", "boilerplate:クチコミを見る"}},
      {"T\n\n本文です。\n次の段落です。\n販売元：Amazon.co.jp\nクチコミを見る\n",
       {"title:T", "paragraph:本文です。", "paragraph:次の段落です。", "boilerplate:販売元：Amazon.co.jp",
        "boilerplate:クチコミを見る"}},
      // the seller named in prose is no widget
      {"T\n\n本文です。\n\n販売元は全国の家電量販店で、価格はオープン。\n",
       {"title:T", "paragraph:本文です。", "paragraph:販売元は全国の家電量販店で、価格はオープン。"}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::related_links)->draft), c.units) << c.input;
}

}  // namespace
}  // namespace artconv::plaintext
