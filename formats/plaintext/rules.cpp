#include "plaintext/rules.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <bit>
#include <bitset>
#include <initializer_list>
#include <iterator>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "plaintext/regex.hpp"
#include "plaintext/vocabulary.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

using SV = std::string_view;

constexpr int kShort = 120;  // captions, credits, bylines and share bars are short lines

// Placeholders expanded from the vocabularies or shared below.
constexpr SV kCreditLabel =
    R"((?:(?:圖片|图片|照片)?(?:攝影|摄影|來源|来源|提供)|圖|图|撮影|写真|사진|(?:Photo(?:graph)?s?|Image|Picture)(?:\s++(?:credit|courtesy|by))?|Credit))";
constexpr SV kNetworks =
    "(?:微信|微博|QQ空間|QQ空间|QQ|Facebook|Twitter|LINE|WhatsApp|E-?mail|Pinterest|LinkedIn|Telegram|Reddit|Tweet|Pin\\s?+it|(?:기사\\s*+)?공유하기|스크랩|Bookmark|Zalo|X)";

constexpr SV kQuotePrefixes[] = {">"};
constexpr SV kReleaseMarkPrefixes[] = {"for ", "embargoed"};
constexpr SV kFlattenedCaptionPrefixes[] = {"image ", "picture ", "media ", "show caption"};
constexpr SV kHighlightPrefixes[] = {"@"};
// every vocabulary's byline words (the {byline} placeholder's own prefixes have a space after the word)
constexpr SV kBylineWordPrefixes[] = {"by", "von", "por", "par", "di"};
constexpr SV kBylineAndPrefixes[] = {"and", "&"};
constexpr SV kFollowButtonPrefixes[] = {"follow", "unfollow"};
constexpr SV kEndMarkPrefixes[] = {"-"};
constexpr SV kCommentsHeadPrefixes[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "one", "ein", "um", "un", "<h"};
constexpr SV kWikiHeadingPrefixes[] = {"=="};
constexpr SV kMarkdownHeadingPrefixes[] = {"#"};
constexpr SV kPlaceholderPrefixes[] = {"[", "［", "【", "〔", "(", "（", "<img", "圖片", "图片"};
constexpr SV kCreditPrefixes[] = {"(", "（", "圖", "图", "照片", "攝影", "摄影", "來源", "来源", "提供", "사진",
                                  "撮影", "写真", "photo", "image", "picture", "credit"};
constexpr SV kSharePrefixes[] = {"分享", "share", "微信", "微博", "qq", "facebook", "twitter", "tweet", "pin", "line", "whatsapp", "기사", "공유", "스크랩", "bookmark", "chia", "zalo",
                                 "email", "e-mail", "pinterest", "linkedin", "telegram", "reddit", "x "};
constexpr SV kNavigationPrefixes[] = {"【", "[", "打印", "列印", "關閉", "关闭", "返回", "收藏", "上一篇", "下一篇", "字体", "字體", "字号", "字號", "我要", "纠错", "糾錯", "举报", "舉報",
                                      "previous", "next", "點擊", "点击", "click here", "掃描", "扫描", "長按",
                                      "长按", "follow us", "like us", "sign up", "subscribe", "print", "skip to",
                                      "register", "sign in", "log in", "create account"};
constexpr SV kToolbarPrefixes[] = {"listen", "comment", "gift", "outline", "share", "save", "print", "copy link"};
constexpr SV kAddOnGooglePrefixes[] = {"add "};
constexpr SV kAgoPrefixes[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a ", "an "};
constexpr SV kNewsletterPrefixes[] = {"get ", "receive "};
constexpr SV kEditorsNotePrefixes[] = {"editor"};
constexpr SV kChartPrefixes[] = {"a ", "an "};
constexpr SV kAppPrefixes[] = {"click here to", "get the", "download the"};
constexpr SV kMoreFromPrefixes[] = {"more from"};
constexpr SV kRfcPrefixes[] = {"rfc ", "internet-draft"};
constexpr SV kFencePrefixes[] = {"```"};
constexpr SV kCopyrightOutletPrefixes[] = {"<", "〈", "저작권자", "copyright", "ⓒ", "©", "(c)", "[ⓒ", "[©", "- copyright", "- ⓒ"};
constexpr SV kCopyrightPrefixes[] = {"copyright", "版權", "版权", "©", "ⓒ", "(c)", "all rights reserved", "저작권자", "<"};
constexpr SV kRelatedPrefixes[] = {"**", "相關", "相关", "延伸", "推薦", "推荐", "熱門", "热门", "更多", "專題", "专题", "related",
                                   "more on this", "read more", "see also", "also read", "read also", "recommended",
                                   "you may also", "you might also", "most read", "most popular",
                                   // the same heads in other languages
                                   "leia", "veja", "saiba", "lee ", "lea ", "te puede", "te recomendamos", "ver también",
                                   "lesen sie", "mehr zum", "auch interessant", "das könnte", "lire aussi", "à lire",
                                   "À lire", "a lire", "voir aussi", "sur le même", "leggi anche", "potrebbe",
                                   "Читайте", "ЧИТАЙТЕ", "Смотрите", "СМОТРИТЕ", "По теме", "ПО ТЕМЕ", "baca", "lihat",
                                   "simak", "ilgili", "İlgili", "İLGİLİ", "czytaj", "zobacz", "assunto", "notícias",
                                   "NOTÍCIAS", "matérias", "MATÉRIAS", "artigos", "conteúdo", "CONTEÚDO", "noticias",
                                   "artículos", "ARTÍCULOS", "temas", "contenido"};
constexpr SV kCodePrefixes[] = {"(function", "function", "<script", "</script", "window.", "document.",
                                "var ", "googletag", "})", "//<![cdata["};
constexpr SV kAdPrefixes[] = {"advertisement", "ad ", "sponsored", "廣告", "广告", "buy now", "shop now",
                              "subscribe now", "sign up now", "download the", "share your", "send us your",
                              "watch:", "watch now", "listen:"};
constexpr SV kWireFooterPrefixes[] = {"(", "（", "reporting", "additional", "writing", "editing", "compiled",
                                      "edited", "written", "produced"};
constexpr SV kContactPrefixes[] = {"to contact", "contact the", "follow ", "email ", "e-mail ", "original article",
                                   "this article was", "this story was", "this article originally",
                                   "this story originally"};
constexpr SV kOriginalLinkPrefixes[] = {"[原文", "[阅读原文", "[閱讀原文", "[source]", "[original", "原文"};
constexpr SV kMarkupCreditPrefixes[] = {"<em>", "<i>", "<small>"};
constexpr SV kRepostCreditPrefixes[] = {"<em>", "<i>", "<small>", "<p>", "圖文", "图文", "本文轉", "本文转", "文章轉",
                                        "文章转", "轉自", "转自", "轉載自", "转载自"};
constexpr SV kStatementPrefixes[] = {"声明", "聲明", "免责声明", "免責聲明", "おことわり", "お断り", "【おことわり", "【お断り", "■おことわり", "【取材協力", "【プロフィール", "【著者", "【筆者", "■プロフィール", "本文系", "本文為", "本文为", "本文来自", "本文來自", "内容", "內容",
                                     "（本文", "(本文", "转载", "轉載", "未经授权", "未經授權"};
constexpr SV kReporterPrefixes[] = {"(", "（", "〔", "□", "■", "本報", "本报", "本刊", "特派", "記者", "记者", "通訊員", "通讯员"};
constexpr SV kAuthorBioPrefixes[] = {"作者", "筆者", "笔者"};
constexpr SV kBracketPrefixes[] = {"(", "（", "[", "【", "［"};
constexpr SV kListPrefixes[] = {"-", "–", "—", "•", "*", "·", "・", "●", "▪", "○", "◆", "■", "□", "0", "1", "2", "3", "4",
                                "5", "6", "7", "8", "9", "a)", "b)", "c)", "d)", "e)", "f)", "a、", "b、", "c、",
                                "d、", "e、", "f、", "(", "（", "①", "②", "③", "④", "⑤", "⑥",
                                "⑦", "⑧", "⑨", "⑩", "o  "};
constexpr SV kGalleryPrefixes[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
constexpr SV kMarkupPrefixes[] = {"<", "{{", "//", "/*"};
constexpr SV kTrianglePrefixes[] = {"▲", "△"};
constexpr SV kCounterPrefixes[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "jan", "feb", "mar", "apr",
                                   "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "comment", "댓글", "评论",
                                   "評論", "epa", "afp", "rts", "ap", "yna", "xin"};
constexpr SV kJaRelatedPrefixes[] = {"関連", "■", "□", "【", "[", "◆"};
constexpr SV kKoRelatedPrefixes[] = {"관련", "많이", "추천", "인기", "■", "□", "◆", "▶", "【", "["};
constexpr SV kKoPlugPrefixes[] = {"▶", "☞", "▷", "■"};
constexpr SV kCallPrefixes[] = {"watch the", "see the full", "see the complete", "click here", "does this",
                                "(for updates", "for updates", "link:", "click on", "click the", "read the full", "join the conversation",
                                "tell us what you think", "leave a comment", "check it out", "check them out", "check this out",
                                "sign up", "subscribe to"};
// UTF-8 lead bytes of the CJK ideographs (U+4000–U+9FFF)
constexpr SV kHanLeadPrefixes[] = {"\xE4", "\xE5", "\xE6", "\xE7", "\xE8", "\xE9"};
constexpr SV kSubscriptionPrefixes[] = {"請", "请", "歡迎", "欢迎", "加入", "成為", "成为"};
constexpr SV kJaShopPrefixes[] = {"クチコミ", "販売元"};
constexpr SV kImagePrefixes[] = {"![", "<img"};
constexpr SV kLinkedImagePrefixes[] = {"[!"};
constexpr SV kHomeLinkPrefixes[] = {"#", "["};
constexpr SV kFollowAppealPrefixes[] = {"更多", "歡迎", "欢迎"};
constexpr SV kRepostStampPrefixes[] = {"`"};
constexpr SV kBoldHeadingPrefixes[] = {"**"};
constexpr SV kBbsPostPrefixes[] = {"作者", "※", "推", "噓", "嘘", "→", "\x1b", "["};
constexpr SV kLostPrefixes[] = {"?", "？", "\xEF\xBF\xBD"};
constexpr SV kSeparatorPrefixes[] = {"-", "=", "*", "_", "~", "#", "—", "–", "·", "•", ".", "|"};
constexpr SV kBodyLabelPrefixes[] = {"content", "body", "text", "article", "title", "headline", "正文", "內文", "内文",
                                      "內容", "内容", "本文", "標題", "标题", "責任", "责任", "編", "编", "責編", "责编", "圖片", "图片",
                                      "附件", "新聞", "新闻", "news", "chú", "原始", "原文", "電子", "电子", "original",
                                      "e-mail", "email"};
constexpr SV kSectionLabelPrefixes[] = {"#"};
constexpr SV kTableRowPrefixes[] = {"|"};
constexpr SV kWwwPrefixes[] = {"www."};
constexpr SV kRomanPrefixes[] = {"i", "v", "x", "l", "c"};
constexpr SV kRelatedGluedPrefixes[] = {"related "};
constexpr SV kUpdateNotePrefixes[] = {"this ", "the "};

// Placeholders in patterns: {byline} = every vocabulary's byline words,
// {credit_label}, {networks}, {places} = a place a byline names (the
// vocabularies' long places, or any two Han characters).
std::string expand(SV pattern) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern[i] == '{') {
      const std::size_t close = pattern.find('}', i);
      const SV key = pattern.substr(i + 1, close == SV::npos ? 0 : close - i - 1);
      if (key == "byline") {
        out += "(?:";
        bool first = true;
        for (const Vocabulary* v : vocabularies())
          for (SV w : v->byline_words) {
            if (!first) out += '|';
            out += w;
            first = false;
          }
        out += ')';
        i = close + 1;
        continue;
      }
      if (key == "credit_label") {
        out += kCreditLabel;
        i = close + 1;
        continue;
      }
      if (key == "networks") {
        out += kNetworks;
        i = close + 1;
        continue;
      }
      if (key == "places") {  // the long places first: a two-character place would take a prefix of one
        out += "(?:";
        for (const Vocabulary* v : vocabularies())
          for (SV w : v->long_places) (out += w) += '|';
        out += "\\p{Han}{2})";
        i = close + 1;
        continue;
      }
    }
    out += pattern[i++];
  }
  return out;
}

const Rule kRules[] = {
    {"quote", LineKind::quote, Role::author, Anchor::whole_line, R"(^>\s?+(?<text>.*+)$)", kQuotePrefixes, "", 0},
    {"wiki_heading", LineKind::heading, Role::author, Anchor::whole_line,
     R"(^={2,6}+\s*+(?<text>[^=]{1,200}+)={2,6}+$)", kWikiHeadingPrefixes, "", 0},
    // a corpus file's comment fields over its text: "# doc_id = news_world_001", "# url = …", CoNLL-U's "# sent_id = 1"
    {"comment_field", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^#[ \t]*+[a-z][a-z0-9_]{1,24}+[ \t]++=[ \t]*+\S.{0,400}+$)", kMarkdownHeadingPrefixes, " = ", 500},
    // a crawler's section label set as a markdown heading over what follows: "### 正文", "### 相关图片"
    {"markdown_section_label", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^#{1,6}+\s*+(?:摘要|正文|內文|内文|全文|相关图片|相關圖片|图片|圖片|Summary)$)", kSectionLabelPrefixes, "", 24},
    // a markdown page's way home: "###  [:house:返回首頁](https://…)", "[Back to top](#top)"
    {"markdown_home_link", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^#{0,6}+\s*+\[\s*+(?::[a-z_]{1,20}+:\s*+)?(?:返回首頁|返回首页|回到首頁|回到首页|首頁|首页|返回頂部|返回顶部|)"
     R"(返回目錄|返回目录|Home|Back to (?:top|home))\s*+\]\([^)\s]{1,500}+\)$)",
     kHomeLinkPrefixes, "](", kShort},
    // "## Heading", and "#【标题】" where CJK needs no space after the mark
    {"markdown_heading", LineKind::heading, Role::author, Anchor::whole_line,
     // a heading is short and ends no sentence; closing marks ("## Weather ##") are not its text
     // (nor is a digest's item number: "## 48. 标题")
     R"(^#{1,6}+(?:[ \t]++|(?=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}【「『]))(?:\d{1,3}+\.[ \t]++)?+)"
     // (a question is a heading's too: "## 雲南瑞麗連夜封城，我們應該警覺什麼？"; a news headline may be long)
     R"((?<text>[^#\s](?:.{0,180}?[^。！.!#\s])?)(?:[ \t]++#++)?$)",
     kMarkdownHeadingPrefixes, "", 0},
    // a digest's Markdown table of metadata ("| 👤 Author | Achmad Faizal |", an emoji before the
    // label or not): the author and editor rows name the makers, the other rows are furniture
    {"markdown_table_author", LineKind::reporter_line, Role::author, Anchor::whole_line,
     R"(^\|\s*+(?:[^\p{L}\p{N}\s|]{1,8}+\s*+)?(?:Authors?|Penulis|Writers?)\s*+\|\s*+(?<name>[^|\s][^|]{0,100}?)\s*+\|$)",
     kTableRowPrefixes, "", 200},
    {"markdown_table_editor", LineKind::reporter_line, Role::editor, Anchor::whole_line,
     R"(^\|\s*+(?:[^\p{L}\p{N}\s|]{1,8}+\s*+)?(?:Editors?|Penyunting|Redaktur)\s*+\|\s*+(?<name>[^|\s][^|]{0,100}?)\s*+\|$)",
     kTableRowPrefixes, "", 200},
    {"markdown_table_field", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^\|\s*+(?:[^\p{L}\p{N}\s|]{1,8}+\s*+)?(?:Field|Title|Description|Short URL|URL|urlshort|Link|Source|Date|Published|Tags|Keywords|Category))"
     R"(\s*+\|\s*+[^|]{0,600}+\|$)",
     kTableRowPrefixes, "", 0},
    // an old book's chapter head: a Roman numeral, then the chapter's name ("IV. Marie couche le petit blessé.")
    {"roman_numeral_head", LineKind::heading, Role::author, Anchor::whole_line,
     R"((?-i)^(?<text>[IVXLC]{1,8}+\.\s++\p{Lu}[^.!?:;«»"“”]{0,60}+[.!?]?)$)", kRomanPrefixes, "", 72},
    {"aozora_heading", LineKind::heading, Role::author, Anchor::whole_line,
     R"(^(?:［＃[^］]{1,20}+］)?+(?<text>[^［]{1,100}+)［＃「[^」]{1,100}+」は[大中小]見出し］$)", {}, "見出し", 0},
    // BBC pages as extractors flatten them: "Image copyright Getty Images Image caption Bob Corker at …",
    // (the Guardian's: "Show caption Art Buchwald in 1958. … Photograph: …")
    // "Media playback is unsupported on your device Media caption …"; the bare labels are furniture
    {"flattened_caption", LineKind::caption, Role::photographer, Anchor::whole_line,
     R"(^(?:(?:Image|Picture)\s++copyright\s++\S.{0,80}?\s++|Media\s++playback\s++is\s++unsupported\s++on\s++your\s++)"
     R"(device\s++)?(?:Image|Picture|Media|Show)\s++caption\s++(?<caption>\S.{0,500}+)$)",
     kFlattenedCaptionPrefixes, "", 700},
    {"flattened_caption_label", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:(?:Image|Picture)\s++copyright\s++\S.{0,80}+|Media\s++playback\s++is\s++unsupported\s++on\s++your\s++device)$)",
     kFlattenedCaptionPrefixes, "", 120},
    // "(圖片攝影 劉歆)", "（圖／記者王小明攝）", "Photo: Reuters", "Credit: Harbor Authority"
    {"credit", LineKind::credit, Role::photographer, Anchor::whole_line,
     // (a bracketed "（来源：…）" names the paper the story is from, not a picture's)
     R"(^(?:[(（]\s*+(?!(?:來源|来源)\s*+[:：]){credit_label}(?:\s++|\s*+[:：/／・]\s*+)(?:記者|记者)?(?<name>[^()（）:：]{1,40}?)(?:攝|摄)?[)）]|)"
     R"((?!(?:來源|来源)\s*+[:：]){credit_label}\s*+[:：/／・=]\s*+(?<caption>[^()（）:：]{1,40}+))$)",
     kCreditPrefixes, "", kShort},
    // 圖片默認標題_fororder_3, <img …>, [Image: caption] or [圖] caption
    {"placeholder", LineKind::placeholder, Role::author, Anchor::whole_line,
     R"(^(?:\S*+_fororder_\S*+|(?:圖片|图片)(?:默認|默认)(?:標題|标题)\S*+|<img\b[^>]*+>|)"
     R"([\[［【〔(（]\s*+(?:圖片|图片|圖|图|照片|写真|画像|視頻|视频|影片|圖表|图表|Image|Photo|Picture|Video|IMG|Graphic))"
     R"((?:\s*+[:：]\s*+(?<caption>[^\]］】〕)）]{0,60}+)|[^\]］】〕)）]{0,40}+)[\]］】〕)）]\s*+(?<text>.{0,80}+))$)",
     kPlaceholderPrefixes, "_fororder_", kShort},
    // "[第三图：光盘行动（网图）]": a numbered picture slot with its caption
    {"numbered_placeholder", LineKind::placeholder, Role::author, Anchor::whole_line,
     R"(^[\[［【]\s*+第[\d一二三四五六七八九十]{1,3}+(?:张|張|幅)?(?:图片|圖片|图|圖|照片)\s*+[:：]\s*+(?<caption>.{0,200}?)[\]］】]$)",
     kBracketPrefixes, "第", 400},
    // "Harden的母親。（圖／翻攝自YouTube ESPN）檢視相片…": a short caption carrying its credit
    {"cjk_credited_caption", LineKind::caption, Role::author, Anchor::whole_line,
     R"(^(?<caption>[^（(]{1,80}+)（\s*+(?:圖|图|照片|攝影|摄影|圖片來源|图片来源)\s*+[／/:：][^）)]{1,40}+）.{0,200}+$)",
     {}, "（", 400},
    // "A ferry crosses the bay. (AP Photo/Lena Ortiz)": a caption ending in a photo credit
    {"captioned_credit", LineKind::caption, Role::photographer, Anchor::whole_line,
     // (syndicated, the agency may follow it: "… (AP Photo/Patrick Semansky) via Associated Press")
     R"(^(?<caption>[^()（）]{1,300}+)[(（](?<source>[A-Z][\w.&' ]{0,30}?)\s*+Photo\s*+/\s*+(?<name>[^()（）/]{1,40}+)[)）])"
     R"((?:\s++via\s++\p{L}[\p{L}.&' ]{1,40}+)?$)",
     {}, "Photo", 400},
    // a picture's alt text as a page copies it, between its credit and the same credit glued to its
    // end: "Reuters Meta CEO Mark Zuckerberg on a stage …Reuters", "Getty Images A logo …logoGetty Images"
    {"glued_credit_alt_text", LineKind::caption, Role::photographer, Anchor::whole_line,
     R"((?-i)^(?<marker>\p{Lu}[\p{L}&.'’\-]{0,30}+(?:\s++\p{Lu}[\p{L}&.'’\-]{0,30}+){0,3}?)\s++(?<caption>\S.{8,800}?\S))"
     R"(\k<marker>$)",
     {}, "", 1000},
    // a chart's or a map's description as a page copies it: "A line chart showing the US unemployment rate …"
    {"chart_alt_text", LineKind::caption, Role::author, Anchor::whole_line,
     R"((?-i)^An?\s++(?:[\p{L}\-]{1,20}+\s++){0,3}?(?:chart|graph|map|diagram|infographic|table)\s++(?:showing|comparing|illustrating)\s)"
     R"((?<caption>.{10,3000}+)$)",
     kChartPrefixes, "", 0},
    // "A girl meets friends downtown. (Daniel Sorabji/AFP/Getty Images)", "… in Aurora. Photo: AP.",
    // "… in London. Photograph: Jane Roe/AFP/Getty Images"
    // A photographer has a first and a last name: "(CBS/AP)" is two outlets sharing the story.
    {"agency_credit_caption", LineKind::caption, Role::photographer, Anchor::whole_line,
     // ("(Photo by: Saul Loeb/AFP/Getty Images)." too: a label with "by", a full stop after the bracket)
     R"(^(?<caption>[^()（）]{1,400}+)\((?:(?:Photo|Image)(?:\s++(?:credit|by))?\s*+:\s*+)?(?<name>[^()/:\s]{1,30}+(?:\s++[^()/:\s]{1,30}+){1,3}+)\s*+/)"
     R"((?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Xinhua|dpa|Kyodo|AAP|PA|ANSA|Sipa|Zuma|Associated Press))"
     R"((?:\s++Photo)?(?:/[^()/]{1,30}+){0,2}+\)\.?$)",
     {}, "/", 500},
    {"photo_credit_caption", LineKind::caption, Role::photographer, Anchor::whole_line,
     // (the credit may chain a photographer and agencies: "Photo: AZWAR IPANK/AGENCE FRANCE-PRESSE/GETTY IMAGES";
     // a picture may be a "Photo illustration: JJ Lin")
     R"(^(?<caption>[^()（）]{10,400}?[.!?])\s++\(?(?:Photos?|Photograph|Photo\s++illustration|Illustration|Video|Ảnh|Foto|Fotó|Фото|사진|写真):\s*+[^:.()]{1,60}+\)?\.?$)", {},
     ": ", 500},
    // "Dangerous weapon: This picture shows a knife with …", "Victory? Bengal cheerleader …": the
    // Daily Mail's caption, a short kicker in sentence case and a colon (or a question mark)
    // before a long description that ends no sentence
    {"kicker_caption", LineKind::caption, Role::author, Anchor::whole_line,
     R"((?-i)^(?<caption>[A-Z][a-z'’\-]{1,20}+(?:\s++[A-Za-z'’\-]{1,20}+){0,3}?:\s++(?=[^:]{75,600}+$)\S.{0,600}?)"
     R"([^.!?"'”’)\s:;,…])$)",
     {}, ": ", 700},
    // (a question for a kicker: its own row, for its own literal)
    {"kicker_question_caption", LineKind::caption, Role::author, Anchor::whole_line,
     R"((?-i)^(?<caption>[A-Z][a-z'’\-]{1,20}+(?:\s++[A-Za-z'’\-]{1,20}+){0,3}?\?\s++(?=[^:]{75,600}+$)\S.{0,600}?)"
     R"([^.!?"'”’)\s:;,…])$)",
     {}, "? ", 700},
    // "工人检修受损的基站。 图片来源：视觉中国": a caption ending in its picture's credit
    {"cjk_photo_credit_caption", LineKind::caption, Role::photographer, Anchor::whole_line,
     R"(^(?<caption>(?:[^。！？]{1,300}+[。！？]){1,5}+)\s*+(?:圖片來源|图片来源|圖片提供|图片提供|圖|图|攝影|摄影|照片)\s*+[:：／/]\s*+[^。，,：:！？]{1,30}+$)",
     {}, "。", 500},
    // "…会见美国总统特朗普。 新华社记者张领摄", "市民在湿地公园散步。 王小林 摄": a Chinese caption closing
    // with its photographer, named after a reporter's title or set apart by a space
    {"cn_caption_photographer", LineKind::caption, Role::photographer, Anchor::whole_line,
     R"(^(?<caption>(?:[^。！？]{1,300}+[。！？]){1,5}+)(?:\s*+\p{Han}{0,8}?(?:記者|记者|通訊員|通讯员)\s*+|\s++))"
     R"((?<name>\p{Han}{2,4}?)\s*+(?:攝|摄)$)",
     {}, "", 500},
    // "工人检修线路。 读者供图", "…现场。 受访者供图": a Chinese caption closing with who supplied the picture
    {"cn_caption_supplied", LineKind::caption, Role::photographer, Anchor::whole_line,
     R"(^(?<caption>(?:[^。！？]{1,300}+[。！？]){1,5}+)\s*+\p{Han}{1,10}?(?:供圖|供图)$)",
     {}, "供", 500},
    // "【베를린(독일)=뉴시스】전진환 기자 = …연설을 하고 있다. 2017.07.06. amin2@newsis.com": a Korean wire
    // photo's caption, its photographer, the day it was taken and the photographer's address
    {"ko_wire_photo_caption", LineKind::caption, Role::photographer, Anchor::whole_line,
     R"(^(?:【[^=【】]{1,20}+=[^【】]{1,12}+】|[(（][^=()（）]{1,20}+=[^()（）]{1,12}+[)）]|\[[^=\[\]]{1,20}+=[^\[\]]{1,12}+\])\s*+)"
     R"((?<name>\p{Hangul}{2,4}+)\s*+(?:기자|특파원)\s*+=\s*+(?<caption>[^=]{1,600}?)\s*+)"
     R"(\d{4}+\.\s*+\d{1,2}+\.\s*+\d{1,2}+\.?\s*+(?:/\s*+)?[\w.+\-]{1,64}+@[\w\-]{1,63}+(?:\.[\w\-]{1,63}+){1,4}+$)",
     {}, "@", 1400},
    // "…발표하고 있다. 부대 제공": a Korean caption closing with who provided the picture
    {"ko_provided_caption", LineKind::caption, Role::photographer, Anchor::whole_line,
     R"(^(?<caption>.{10,400}?[.다])\s++[^\s.]{1,20}+(?:\s++[^\s.]{1,20}+){0,2}?\s*+제공$)", {}, "제공", 900},
    // "…폭파하고 있다. 2018.11.29/뉴스1 © News1 장수영 기자", "미국의 MQ-9 리퍼 무인항공기 © AFP=뉴스1": a Korean
    // caption closing with its picture's © credit, the agency's and perhaps the photographer's (not a
    // rights line: "저작권자 ⓒ 뉴스1 무단전재 …" goes on past the agency's name)
    {"ko_copyright_caption", LineKind::caption, Role::photographer, Anchor::whole_line,
     R"(^(?!저작권|Copyright|copyright|COPYRIGHT|[\[<〈(（【])(?=[^©ⓒ]{0,400}?\p{Hangul})(?<caption>[^©ⓒ]{4,400}?)\s*+)"
     R"((?:\d{4}+\.\d{1,2}+\.\d{1,2}+\.?\s*+/\s*+[^\s/©ⓒ]{1,12}+\s*+)?[©ⓒ]\s*+[A-Za-z\p{Hangul}][\w.&\-]{0,15}+)"
     R"((?:=[\w]{1,12}+)?(?:\s++(?<name>\p{Hangul}{2,4}+)\s*+기자)?$)",
     {}, "", 800},
    // "▲ 사업장 이동을 요구하는 이주노동자": the mark under a picture (not "▲'차르' 푸틴 = …", an entry)
    {"triangle_caption", LineKind::caption, Role::author, Anchor::whole_line, R"(^[▲△]\s++(?<caption>(?:(?! = ).){1,400}+)$)",
     kTrianglePrefixes, "", 800},
    // "2 of 7. Volunteers stack sandbags."
    {"gallery_caption", LineKind::caption, Role::author, Anchor::whole_line,
     R"(^\d{1,3}+ of \d{1,3}+[.:]\s*+(?<caption>.{1,300}+)$)", kGalleryPrefixes, " of ", 400},
    // "工人检修线路。 读者供图", "（晨报记者 王小林 摄）"
    {"cn_photo_credit", LineKind::credit, Role::photographer, Anchor::whole_line,
     R"(^[(（]\s*+(?:\p{Han}{0,6}?(?:記者|记者|通訊員|通讯员))?\s*+(?<name>[^()（）\s]{2,12}+(?:\s++[^()（）\s]{2,12}+){0,3}+)\s++(?:攝|摄)\s*+[)）]$)",
     kBracketPrefixes, "", kShort},
    // "新华社记者 李贺 王鹏 摄": unbracketed, the role word before the names
    {"cn_reporter_photo_credit", LineKind::credit, Role::photographer, Anchor::whole_line,
     R"(^\p{Han}{0,6}?(?:記者|记者)\s++(?<name>[^()（）\s]{2,12}+(?:\s++[^()（）\s]{2,12}+){0,3}+)\s++(?:攝|摄)$)",
     {}, "者", kShort},
    // Korean picture credits: "[AP=연합뉴스]", "[연합뉴스 자료사진]", "[촬영 홍길동]", "[홍길동 제공. 재판매 및 DB 금지]"
    {"ko_photo_credit", LineKind::credit, Role::photographer, Anchor::whole_line,
     R"(^[\[【]\s*+(?:[^\[\]【】=]{1,20}+=\s*+(?:연합뉴스|뉴스1|뉴시스)|(?:\p{Hangul}{2,10}+\s*+)?자료\s*+사진|)"
     R"(촬영\s*+(?<name>\p{Hangul}{2,4}+)|[^\[\]【】]{1,30}?\s*+제공(?:\s*+[.,]\s*+재판매\s*+및\s*+DB\s*+금지)?)\s*+[\]】]$)",
     kBracketPrefixes, "", kShort},
    // Page markup an extractor left in: "![caption](https://…/x.jpg)", "<img src=…>"
    {"markup_image", LineKind::placeholder, Role::author, Anchor::whole_line,
     R"(^(?:!\[(?<caption>[^\]]{0,600}+)\]\((?<text>[^)\s]{0,2000}+)(?:\s++"[^"]{0,200}+")?\)|<img\b[^>]{0,3000}+>)$)",
     kImagePrefixes, "", 0},
    // a linked picture as markdown writes it ("[![](…/x.jpg)](…/x.jpg)"), its brackets maybe
    // escaped by a second conversion ("[!\\[\\](…/x.jpg)](…)")
    {"markup_linked_image", LineKind::placeholder, Role::author, Anchor::whole_line,
     // (the caption may follow it on the line: "[![](…)](…) 2019年9月15日的抗議現場。照片：Studio Incendo。")
     R"(^\[!\\?\[[^\]\\]{0,600}+\\?\]\((?<text>[^)\s]{0,2000}+)\)\]\([^)\s]{0,2000}+\)(?:\s*+(?<caption>\S.{0,300}+))?$)",
     kLinkedImagePrefixes, "", 0},
    // a picture's file name left on a line: "cv-phung-khoang-2-1-.jpg"
    {"image_file", LineKind::placeholder, Role::author, Anchor::whole_line,
     R"(^[\w.\-()%]{1,200}?\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)$)", {}, ".", 220},
    // "<figcaption>工人检修线路。读者供图</figcaption>"
    {"markup_caption", LineKind::caption, Role::author, Anchor::whole_line,
     R"(^<figcaption\b[^>]{0,200}+>(?<caption>[^<]{1,600}+)</figcaption>$)", kMarkupPrefixes, "", 0},
    // a picture block on one line, its caption between the tags after the <img>:
    // "<div style=…><img src=…/><br>沈夢雨（左二）等人遞交公開信<br></div>", "…<br><small>…</small></br></div>"
    {"markup_picture_caption", LineKind::caption, Role::author, Anchor::whole_line,
     R"(^(?:<(?!/|img\b)[A-Za-z][A-Za-z0-9]{0,15}+\b[^<>]{0,3000}+>\s*+){0,6}+<img\b[^<>]{0,3000}+>\s*+)"
     R"((?:</?[A-Za-z][A-Za-z0-9]{0,15}+\b[^<>]{0,300}+>\s*+){0,6}+(?<caption>[^<>\s][^<>]{0,600}+))"
     R"((?:</?[A-Za-z][A-Za-z0-9]{0,15}+\b[^<>]{0,300}+>\s*+){1,8}+$)",
     kMarkupPrefixes, "<img", 0},
    // "<figure>", "</div>", "{{< video src=… >}}", "// 注释", "/*300*250 原生*/", "<!-- ad -->"
    {"markup", LineKind::code_ad, Role::author, Anchor::whole_line,
     R"(^(?:(?:</?[A-Za-z][A-Za-z0-9]{0,15}+\b[^<>]{0,3000}+>\s*+){1,20}+|\{\{[<%].{0,3000}?[>%]\}\}|//(?:\s|#|$).{0,300}+|)"
     R"(/\*.{0,300}?\*/|<!--.{0,300}?-->)$)",
     kMarkupPrefixes, "", 0},
    // a press release's release line: "For Immediate Release", "Embargoed until 10:00 GMT"
    {"press_release_mark", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:For\s++Immediate\s++Release|Embargoed\s++(?:until|till)\b.{0,60}+)\s*+[.:]?$)", kReleaseMarkPrefixes, "",
     80},
    // the section labels of an XSum ".summary" file: "[SN]URL[SN]", "[SN]TITLE[SN]", "[SN]RESTBODY[SN]"
    {"section_label_sn", LineKind::boilerplate, Role::author, Anchor::whole_line, R"(^\[SN\][A-Z-]{2,20}+\[SN\]$)",
     kBracketPrefixes, "[SN]", 30},
    // a date's label alone on its line, the date on the next: "PUBLISHED:" / "13:06 EST, 14 March 2013"
    {"date_label_alone", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:Published|Updated|Posted|Last\s++updated|Last\s++modified)\s*+:$)", {}, ":", 24},
    // a CNN/Daily Mail ".story" file's highlight mark: the line under it is the dataset's summary
    {"highlight_mark", LineKind::boilerplate, Role::author, Anchor::whole_line, R"(^@highlight$)", kHighlightPrefixes, "",
     20},
    // the mark that ends a press release: "-end-", "- 30 -" (what follows is the issuer's; "###"
    // may be a story's break as well, and stays a separator)
    {"end_mark", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^-{1,3}+\s*+(?:end|ends|30)\s*+-{1,3}+$)", kEndMarkPrefixes, "", 20},
    // a rule drawn across the page: "---", "* * *", "#-", "======"
    {"separator", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:[-=*_~#—–·•.|]\s*+){1,100}+$)", kSeparatorPrefixes, "", 200},
    // characters lost in a conversion, alone on a line: "?", "？？", "�"
    {"lost_characters", LineKind::boilerplate, Role::author, Anchor::whole_line, R"(^[?？\x{FFFD}]{1,20}+$)",
     kLostPrefixes, "", 40},
    // the head over a page's readers' comments, a count of them: "4 Kommentare </h5>", "12 Comments",
    // "3 Responses to “…”", "One thought on “…”", "2 comentários" (what follows it is theirs)
    {"comments_head", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:<h\d[^>]{0,80}+>\s*+)?(?:\d{1,5}+|One|Ein|Eine|Um|Uma|Un|Une|Uno)\s*+)"
     R"((?:Kommentare?|Comments?|Responses?|Replies|Antworten|comentários?|comentarios?|commenti|commento|commentaires?|)"
     R"(reacties|reactie|kommentarer|komentarze|komentarzy|komentar|yorum|комментари(?:й|я|ев)|)"
     R"(thoughts?\s++on\s++[“"„«‘'].{1,200}+))"
     R"((?:\s++(?:to|on|zu|auf|para|em|sur|a)\s++[“"„«‘'].{1,200}+)?\s*+(?:</h\d>)?$)",
     kCommentsHeadPrefixes, "", 240},
    // a page's button under an author's name, alone on its line: "Follow" (WSJ, Barron's pages copied as text)
    {"follow_button", LineKind::boilerplate, Role::author, Anchor::whole_line, R"((?-i)^(?:Follow|FOLLOW|Unfollow|Following)$)",
     kFollowButtonPrefixes, "", 12},
    // pieces of a page's furniture on lines of their own: "149comments", "댓글 12", "24", "Jul",
    // an agency's picture number ("epa07182847")
    {"counter", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:\d{1,6}+\s*+(?:comments?|replies|shares|views|条评论|則留言|댓글)|(?:Comments?|댓글|评论|評論)\s*+\(?\d{0,6}+\)?|)"
     R"(\d{1,4}+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|(?:epa|afp|rts|ap|yna|xin)\d{6,12}+)$)",
     kCounterPrefixes, "", 24},
    // a PTT (批踢踢) post's signature: "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: …"; the readers' comments follow
    {"bbs_signature", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^※\s*+(?:發信站|发信站)\s*+[:：].{0,200}+$)", kBbsPostPrefixes, "", 300},
    // a PTT post's other furniture: its header ("作者: cheinshin (那就這樣吧) 看板: Gossiping"), the lines
    // under its signature ("※ 文章網址: …") and the readers' push comments ("推 elec1141: 吃壞肚子
    // 12/21 18:55"), with the BBS's colour codes or without
    {"bbs_post_furniture", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:作者\s*+[:：]\s*+[\w.\-]{1,20}+\s*+[(（][^()（）]{0,40}+[)）]\s*+(?:看板|站內|站内)\s*+[:：]\s*+[\w.\-]{1,30}+|)"
     R"(※\s*+(?:文章網址|文章网址|編輯|编辑|轉錄者|转录者|轉錄至看板|转录至看板)\s*+[:：].{0,200}+|)"
     R"((?:\x1b?\[[\d;]{0,12}+m)*+(?:推|噓|嘘|→)\s*+(?:\x1b?\[[\d;]{0,12}+m)*+[\w.\-]{1,20}+(?:\x1b?\[[\d;]{0,12}+m)*+)"
     R"(\s*+[:：].{0,300}?(?:\x1b?\[[\d;]{0,12}+m)*+\s*+\d{1,2}+/\d{1,2}+(?:\s++\d{1,2}+:\d{2}+)?+\s*+(?:\x1b?\[[\d;]{0,12}+m)*+)$)",
     kBbsPostPrefixes, "", 600},
    // the board's form for a news post, its field labels alone: "1.媒體來源:", "5.完整新聞連結 (或短網址):", "6.備註:"
    {"bbs_news_form_label", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^\d\s*+\.\s*+(?:媒體來源|媒体来源|記者署名|记者署名|完整新聞標題|完整新闻标题|完整新聞內文|完整新闻内文|)"
     R"(完整新聞連結|完整新闻链接|備註|备注)\s*+(?:[(（][^()（）]{0,40}+[)）])?\s*+[:：]$)",
     {}, ".", 60},
    // an editor's summary box over the story: "[摘要：在埃洛普入主诺基亚之前……]"
    {"summary_box", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^[\[【［]\s*+(?:摘要|導讀|导读|提要|內容提要|内容提要|核心提示)\s*+[:：].{1,1000}?[\]】］]$)", kBracketPrefixes, "", 2000},
    // a crawler's label over what follows, or left empty: "Content:", "正文：", "Title:", "责任编辑："
    {"body_label", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:(?:Content|Contents|Body|Text|Article(?:\s++text)?|Title|Headline|正文|內文|内文|內容|内容|本文|標題|标题|責任編輯|责任编辑|編輯|编辑|責編|责编|圖片|图片|附件|新聞|新闻|News|)"
     R"(原始網址|原始网址|原文網址|原文网址|原文連結|原文链接|原文鏈接|電子郵件|电子邮件|Original URL|E-?mail)\s*+[:：]|Chú thích ảnh)$)",
     kBodyLabelPrefixes, "", 40},
    // a news page's toolbar as a scraper copies it: "Listen Comment on this story Comment Gift Article Share",
    // "GiftOutline Gift Article", "Save", "Listen (7 mins)"
    {"page_toolbar", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:(?:Listen(?:\s*+\(\d{1,3}+\s*+mins?\))?+|Comments?(?:\s++on\s++this\s++(?:story|article))?+|)"
     R"(Gift(?:Outline)?+(?:\s++(?:this\s++)?Article)?+|Outline|Share|Save|Print|Copy\s++link)\s*+){1,12}+$)",
     kToolbarPrefixes, "", kShort},
    // the button to prefer the outlet in Google's results: "Add as preferred on Google", "Add Al Jazeera on Google"
    {"add_on_google", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"((?-i)^Add\s++(?:as\s++(?:a\s++)?preferred(?:\s++source)?+|(?<source>\p{Lu}[\p{L}\d.'’&\-]{0,30}+(?:\s++\p{Lu}[\p{L}\d.'’&\-]{0,30}+){0,3}+)))"
     R"(\s++on\s++Google$)",
     kAddOnGooglePrefixes, "google", 80},
    // when the page says the story went up: "3 days ago", "16 hours ago", "2 hr 53 min ago"
    {"relative_time", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:(?:an?|\d{1,3}+)\s*+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s++){1,3}+ago$)",
     kAgoPrefixes, " ago", 40},
    {"share_bar", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:(?:分享到|分享至|分享本文|分享)\s*+[:：]?.{0,40}+|(?:Share|Chia sẻ)(?:\s++(?:this|on|via)\b.{0,40}+|\s*+[:：].{0,40}+|\s++{networks}|)|)"
     R"((?:{networks}[\s|/、,，]*+)++)$)",
     kSharePrefixes, "", kShort},
    // "更多資訊，歡迎訂閱[美東香草山農場官方推特賬號](https://twitter.com/…) ！": a call to follow
    {"follow_appeal", LineKind::code_ad, Role::author, Anchor::whole_line,
     R"(^(?:更多(?:資訊|资讯|內容|内容|新聞|新闻|精彩)\s*+[，,]?\s*+)?(?:歡迎|欢迎)(?:訂閱|订阅|關注|关注).{1,300}+$)",
     kFollowAppealPrefixes, "", 400},
    // a page's tools and links: "【打印本页】【关闭窗口】", "【字体：大 中 小】", "【纠错】",
    // "返回搜狐，查看更多", "举报/反馈", "点击进入专题：…", "上一篇：…"
    {"navigation", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:(?:[【\[]?\s*+(?:打印本页|打印本頁|打印此文|关闭窗口|關閉窗口|我要打印|我要收藏|(?:字体|字體|字号|字號)\s*+[:：]?\s*+大\s*+中\s*+小|)"
     R"(打印|列印|關閉|关闭|返回頂部|返回顶部|返回首頁|返回首页|收藏|纠错|糾錯)\s*+[】\]]?\s*+)++|)"
     R"(返回搜狐\s*+[，,]?\s*+查看更多|(?:举报|舉報)\s*+[/／]\s*+(?:反馈|反饋)|(?:點擊|点击)\s*+(?:進入|进入|查看)?\s*+(?:專題|专题).{0,30}+|)"
     R"((?:點擊|点击|Click here|掃描|扫描|長按|长按).{0,40}?(?:關注|关注|訂閱|订阅|subscribe|二維碼|二维码|下載|下载).{0,20}+|)"
     R"((?:Follow us on|Like us on|Sign up for|Subscribe to).{0,60}+|Print(?:\s++this(?:\s++(?:article|story|page|post))?+)?+|)"
     // a page's links over its content: "Skip to content", "Skip to main content", "Register", "Sign In"
     R"(Skip\s++to\s++(?:main\s++)?(?:content|navigation|key\s++events)|Register|Sign\s++in|Log\s++in|Create\s++account|)"
     R"((?:上一篇|下一篇|Previous|Next)\s*+[:：].{0,80}+)$)",
     kNavigationPrefixes, "", kShort},
    // "© rthk.hk", "© 2023 cnn.com": the copyright of a site, named by its address
    {"copyright_domain", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:ⓒ|©|\(c\))\s*+(?:\d{4}+\s*+)?(?<outlet>[A-Za-z][A-Za-z0-9\-]{1,30}+)(?:\.[A-Za-z]{2,6}+){1,2}+\.?$)",
     kCopyrightOutletPrefixes, "", 60},
    // "[原文](https://www.bbc.com/zhongwen/…)", "原文链接：https://www.reuters.com/…": a repost's link to the
    // original; the site's name, when it is an outlet we know, is the source (read as "© bbc.com")
    {"copyright_domain", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:\[(?:原文|原文链接|原文連結|原文鏈接|阅读原文|閱讀原文|Source|Original(?:\s++article)?)\]\(|)"
     R"((?:原文|原文链接|原文連結|原文鏈接|原文网址|原文網址|原文地址)\s*+[:：]\s*+)<?https?://(?:www\.|m\.|cn\.)?)"
     R"((?<outlet>[A-Za-z0-9\-]{2,30}+)\.[^()\s<>]{2,1000}+[)>]?$)",
     kOriginalLinkPrefixes, "", 1100},
    // "< 저작권자 ⓒ 국방일보, 무단전재 및 재배포 금지 >", "© 2012 Reuters": the outlet that owns the text;
    // a bare "ⓒ 고기복" (a photo credit) needs the year or the rights clause. The outlet's site may
    // follow it ("ⓒ중앙일보(https://joongang.co.kr), 무단 …", "ⓒ 조선일보 & chosun.com, 무단 …"), and
    // the line may be set in brackets or dashes ("[ⓒ 매일경제 & mk.co.kr, …]", "- Copyrights ⓒ … -").
    {"copyright_outlet", LineKind::boilerplate, Role::author, Anchor::whole_line,
     // ("Copyright 2026 BBC. All rights reserved. …": the word and a year, no sign)
     R"(^(?:-\s*+)?[<〈\[]?\s*+(?:(?:저작권자\s*+|Copyrights?\s*+)?(?:ⓒ|©|\(c\))|Copyrights?(?=\s*+\d{4}+\s))\s*+)"
     R"((?:(?:\d{4}+\s*+)(?:['‘][^'’]{1,40}+['’]\s*+)?(?<source>[^\s\d,，.<>'‘’()][^,，<>()]{0,38}?)\s*+(?:[,，.]\s*+(?:All rights reserved|무단).{0,120}+)?|)"
     R"((?:['‘][^'’]{1,40}+['’]\s*+)?(?<outlet>[^\s\d,，.<>'‘’()\[\]][^,，<>()\[\]]{0,38}?)(?:[(（](?=[^()（）\s]{0,40}?\.\p{L})[^()（）\s]{3,60}+[)）]|\s++&\s++[\w\-]{1,30}+\.[\w.\-]{2,30}+)?)"
     R"(\s*+[,，.]\s*+(?:All rights reserved|무단).{0,120}+))"
     R"(\s*+[>〉\]]?$)",
     kCopyrightOutletPrefixes, "", 200},
    {"copyright", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:<\s*+)?(?:Copyrights?\s*+(?:©|ⓒ|\(c\)|\d{4})|版權所有|版权所有|©|ⓒ|\(c\)\s*+\d{4}|All rights reserved|저작권자).{0,120}+$)",
     kCopyrightPrefixes, "", 200},
    // "… by www.example.cn. all rights reserved": the rights clause closing a footer line
    {"rights_reserved", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^.{0,200}?\bAll rights reserved\b.{0,40}+$)", {}, "rights reserved", 300},
    // A Chinese portal's page footer: its licence numbers and the line for reporting unlawful content.
    // "京ICP备12004265号-13", "互联网新闻信息服务许可证10120170001", "违法和不良信息举报电话：010-…"
    {"portal_footer", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^.{0,300}?(?:ICP[备證证]\s*+\d|公[网網]安[备備]\s*+\d|(?:许可证|許可證|许可编号|許可編號)[^。，,！？]{0,12}?\d{3}|)"
     R"(不良信息(?:举报|舉報)|(?:举报|舉報)(?:邮箱|郵箱)\s*+[:：]).{0,300}+$)",
     kHanLeadPrefixes, "", 400},
    // a site's links in a row: "关于我们|广告服务|联系我们|网站地图|隐私政策"
    {"pipe_navigation", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:[^|。，,.!?！？:：\d]{1,12}+\|\s*+){4,30}+[^|。，,.!?！？:：\d]{1,12}+$)", {}, "|", 400},
    // "請加入成為眾新聞的月費訂戶，長期支持我們的工作。": an outlet asks for paying subscribers
    {"cjk_subscription_appeal", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:請|请|歡迎|欢迎)?(?:加入)?(?:成為|成为)(?<outlet>[^\s，,。的]{2,16}+)的)"
     R"((?:(?:月費|月费|年費|年费|付費|付费|長期|长期)?(?:訂戶|订户|訂閱者|订阅者)|(?:月費|月费|年費|年费|付費|付费)(?:會員|会员)))"
     R"((?:[，,。！!].{0,200}+)?$)",
     kSubscriptionPrefixes, "", 200},
    // Page furniture of paginated texts: "Postel      [Page 1]", "RFC 1321   MD5 …   April 1992"
    {"page_footer", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^[^\[]{0,100}+\[Page \d{1,4}+\]$)", {}, "[Page ", 120},
    // a site's address alone on a line, as the running footer of a paginated e-book ("www.nead.unama.br")
    {"site_address_line", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^www\.[\p{L}\d\-]{1,63}+(?:\.[\p{L}\d\-]{1,63}+){1,4}+/?$)", kWwwPrefixes, "", 80},
    {"page_header", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:RFC \d{1,5}+|Internet-Draft) {2,}+\S.{0,100}+$)", kRfcPrefixes, "", 120},
    // a Markdown code fence ("```", "```text") around a text a README quotes
    {"code_fence", LineKind::boilerplate, Role::author, Anchor::whole_line, R"(^```[a-z]{0,12}+$)", kFencePrefixes, "", 20},
    // a page's head over its other stories, naming the outlet: "More from the BBC", "More from Reuters"
    {"more_from_outlet", LineKind::related_link, Role::author, Anchor::whole_line,
     R"((?-i)^More\s++from\s++(?:the\s++)?(?<source>\p{Lu}[\p{L}\d&.'’\-]{0,30}+(?:\s++\p{Lu}[\p{L}\d&.'’\-]{0,30}+){0,3}+)\s*+:?$)",
     kMoreFromPrefixes, "", 60},
    {"related_link", LineKind::related_link, Role::author, Anchor::whole_line,
     R"(^(?:\*\*)?+(?:(?:相關|相关|延伸|推薦|推荐|熱門|热门|更多)(?:新聞|新闻|閱讀|阅读|文章|專題|专题|報導|报道|內容|内容|鏈接|链接)|專題|专题|)"
     R"(Related(?:\s++(?:articles?|stories|story|news|topics|content|coverage|links?|reading))?|More on this(?:\s++story)?|)"
     R"(Read more|See also|Also read|Read also|Recommended(?:\s++for you)?|You (?:may|might) also (?:like|be interested in)|)"
     R"(Most (?:read|popular)|)"
     // pt, es, de, fr, it, ru, id, tr, pl: "LEIA TAMBÉM:", "Lee también:", "Lesen Sie auch:", "Читайте также:",
     // "Baca juga: …"
     R"(Leia (?:também|mais)|Veja (?:também|mais)|Saiba mais|Le[ea] también|Te puede interesar|Te recomendamos|)"
     R"(Ver también|Lesen Sie (?:auch|mehr)|Mehr zum Thema|Auch interessant|Das könnte Sie auch interessieren|)"
     R"(À lire aussi|A lire aussi|Lire aussi|Voir aussi|Sur le même sujet|Leggi anche|Potrebbe interessarti|)"
     R"(Читайте также|Смотрите также|По теме|Baca juga|Lihat juga|Simak juga|İlgili haberler?|Ilgili haberler?|)"
     R"((?:Czytaj|Zobacz) (?:też|także|również)|)"
     // "Notícias relacionadas", "Assunto relacionado com Olinda:", "Artículos relacionados"
     R"((?:Assuntos?|Notícias|Matérias|Artigos|Conteúdos?|Noticias|Artículos|Temas|Contenidos?) relacionad[oa]s?)"
     R"((?: (?:com|a|ao|à|con) [^:：]{1,40}+)?)\s*+(?:[:：>»／]\s*+(?:\*\*$|.{0,100}+))?$)",
     kRelatedPrefixes, "", 160},
    // a teaser cut short and linked: "… by the end of...Read More", "… in a decade … Continue reading »"
    // (two rows, so that each has a literal that few lines hold)
    {"teaser", LineKind::related_link, Role::author, Anchor::whole_line,
     R"(^.{10,600}?\.{3}+\s*+(?:Read more|Continue reading)(?:\s*+Read more)?\s*+[»›>]?$)", {}, "...", 800},
    {"teaser_ellipsis", LineKind::related_link, Role::author, Anchor::whole_line,
     R"(^.{10,600}?…\s*+(?:Read more|Continue reading)(?:\s*+Read more)?\s*+[»›>]?$)", {}, "…", 800},
    // an extractor ran the link's label into the linked headline: "Related articleChina thinks it's …"
    {"related_glued", LineKind::related_link, Role::author, Anchor::whole_line,
     R"((?-i)^[Rr]elated (?:article|video|content|story|coverage)\p{Lu}.{1,200}+$)", kRelatedGluedPrefixes, "", 240},
    // "**香港民主運動獲2020年自由獎，活動人士羅冠聰呼籲世界遏制中共國**", "**簡評：**": a markdown line set
    // wholly in bold that ends no sentence is a subheading (not "**博客 | 安思危**", a column's tag)
    {"markdown_bold_heading", LineKind::heading, Role::author, Anchor::whole_line,
     R"(^\*\*(?<text>[^*|｜\s][^*|｜]{0,80}?[^*|｜。！？.!?\s])\*\*$)", kBoldHeadingPrefixes, "", 0},
    // a markdown repost's stamp: "`2020-09-20 18:39 喜馬拉雅戰鷹團 Himalaya Hawk Squad` [轉載自GNews](https://…)",
    // the time and who posted it in code marks, then where it was taken from
    {"repost_stamp", LineKind::related_link, Role::author, Anchor::whole_line,
     R"(^`[^`]{1,120}+`\s*+\[(?:轉載自|转载自|轉自|转自|Reposted from|Via)\s*+[^\[\]]{1,60}+\]\([^()\s]{1,1000}+\)$)",
     kRepostStampPrefixes, "](", 400},
    // a line that is only a link: "[TVB直插谷底](https://…)", "月費訂戶 [網址：…](/web/…)"
    {"markdown_link", LineKind::related_link, Role::author, Anchor::whole_line,
     R"(^[^\[\]]{0,40}+\[[^\[\]]{1,200}+\]\([^()\s]{1,1000}+\)\s*+$)", {}, "](", 1200},
    // a line that is only an address, perhaps labelled: "新闻1.jpg：http://…", "www.example.org/x",
    // "kyustar@example.com"
    {"url_line", LineKind::related_link, Role::author, Anchor::whole_line,
     R"(^(?:.{1,80}?[:：]\s*+)?https?://\S{4,2000}+$)", {}, "://", 2200},
    {"email_line", LineKind::related_link, Role::author, Anchor::whole_line,
     R"(^[\w.+\-]{1,64}+@[\w\-]{1,63}+(?:\.[\w\-]{1,63}+){1,4}+$)", {}, "@", 200},
    // an embedded post signed off: "… pic.example/x — Jane Roe (@jroe) May 2, 2016"
    {"embedded_post", LineKind::related_link, Role::author, Anchor::whole_line,
     R"(^.{0,400}?[^()]{1,60}+\(@\w{1,30}+\)\s*+\p{L}{3,9}+\.?\s++\d{1,2}+,\s++\d{4}+$)", {}, "(@", 600},
    // "관련기사", "많이 본 뉴스": Korean labels over related links
    {"ko_related", LineKind::related_link, Role::author, Anchor::whole_line,
     R"(^[■□◆▶【\[]?\s*+(?:관련\s*+(?:기사|뉴스)|많이\s*+본\s*+(?:뉴스|기사)|추천\s*+기사|인기\s*+기사)[】\]]?\s*+(?:[:：>]\s*+.{0,100}+)?$)",
     kKoRelatedPrefixes, "", 200},
    // "▶", "▶  /": the arrows of a portal's link list whose links were taken out
    {"ko_bare_link_arrows", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:[▶☞▷►]\s*+[/|]?\s*+){1,6}+$)", kKoPlugPrefixes, "", 40},
    // "▶ 네이버에서 한국일보 구독하기": a portal's plug for the outlet's channel
    {"ko_portal_plug", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^[▶☞▷■]\s*+\[?.{0,30}?네이버.{0,40}?(?:구독|받아보기|추가)[^.。]{0,12}+$)", kKoPlugPrefixes, "", 200},
    // "■モバステ通信の記事をもっと見る", "関連記事："
    {"ja_related", LineKind::related_link, Role::author, Anchor::whole_line,
     R"(^[■□◆【\[]?\s*+(?:関連(?:記事|リンク|ニュース|情報)|.{1,40}?(?:もっと見る|をもっと読む))[】\]]?\s*+[:：]?$)",
     kJaRelatedPrefixes, "", 100},
    // A learners' glossary under a Japanese article: a word with its reading, "総理大臣(そうりだいじん)",
    // "助(たす)ける", "大統領: だいとうりょう" (short lines that start with a kanji: the lead byte decides)
    {"ja_reading", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^(?:\p{Han}{1,8}+\p{Hiragana}{0,4}+[(（]\p{Hiragana}{1,20}+[)）]\p{Hiragana}{0,6}+|)"
     R"(\p{Han}{1,8}+\p{Hiragana}{0,4}+\s*+[:：]\s*+\p{Hiragana}{1,20}+)$)",
     kHanLeadPrefixes, "", 48},
    // and a word's dictionary senses, numbered: "看板： 1）人目につく所に、…。2）人の注意を引くもの。"
    {"ja_dictionary_entry", LineKind::boilerplate, Role::author, Anchor::whole_line,
     R"(^[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,12}+[：:]\s*+1）[^。]{1,200}+。.{0,1000}+$)", {}, "1）", 1200},
    // a shop's product box: "販売元：Amazon.co.jp" / "クチコミを見る" (the product's name and maker above it)
    {"ja_shop_widget", LineKind::related_link, Role::author, Anchor::whole_line,
     R"(^(?:クチコミを見る|販売元\s*+[:：]\s*+[^\s。、，].{0,60}+)$)", kJaShopPrefixes, "", 140},
    // a related headline with its date glued on: "欧佩克会议召开在即纽约原油净多头小增2015/06/01"
    {"dated_link", LineKind::related_link, Role::author, Anchor::whole_line,
     R"(^(?<text>[^。！？]{5,100}?[^\s:：\d。！？])20\d\d[-/.]\d{1,2}+[-/.]\d{1,2}+$)", {}, "20", 200},
    {"code", LineKind::code_ad, Role::author, Anchor::whole_line,
     R"(^(?:\(?function\s*+\(|<\/?script\b|window\.\w|document\.\w|var\s++\w++\s*+=|googletag\.|\}\)\(\);?$|//<!\[CDATA\[).*+$)",
     kCodePrefixes, "", 0},
    {"advert", LineKind::code_ad, Role::author, Anchor::whole_line,
     R"(^(?:Advertisement|ADVERTISEMENT|Ad|Sponsored(?:\s++content)?|廣告|广告|Buy now|Shop now|Subscribe now|Sign up now|)"
     R"(Download the .{1,60}? app.{0,40}+|Watch now|(?:Share|Send us) your .{1,80}? (?:with|to) .{1,80}?|Watch: .{1,100}+|Listen: .{1,100}+)\s*+[.!]?$)",
     kAdPrefixes, "", 200},
    // a call to get the outlet's app: "CLICK HERE TO GET THE FOX NEWS APP", "Download the BBC News app"
    {"outlet_app", LineKind::code_ad, Role::author, Anchor::whole_line,
     R"(^(?:Click\s++here\s++to\s++)?(?:Get|Download)\s++the\s++(?<source>\p{L}[\p{L}\d&.'’ ]{1,40}?)\s++app\b[^.!?]{0,60}+[.!]?$)",
     kAppPrefixes, " app", 140},
    // "Watch the segment below via Fox News Channel:", "See the full list of stores here.",
    // "Does this article fire you up? Comment below …", "(For updates … follow X on Facebook …)"
    {"call_to_action", LineKind::code_ad, Role::author, Anchor::whole_line,
     R"(^[(（]?(?:Watch the (?:segment|video|clip|interview|report|full)\b[^.]{0,80}?\b(?:below|above|here)\b|)"
     R"(See the (?:full|complete) (?:list|story|gallery|coverage|video)\b.{0,80}?\bhere\b|Click here\b|)"
     R"(Click (?:on )?(?:the )?(?:graph|image|photo|picture|chart|map)\b|)"
     R"(Does this (?:article|story|post)\b[^?]{1,60}+\?\s*+(?:Comment|Tell|Share|Let)\b|For (?:more )?updates\b[^.]{0,100}?\bfollow\b|)"
     R"(Link:\s|Read the full (?:story|article|report|text)\b|Join the conversation\b|Tell us what you think\b|)"
     R"(Leave a comment\b|Check (?:it|them|this) out(?:\s++(?:here|below|now))?\s*+(?:\.{1,3}+|…|!)?$|)"
     // "Sign up for our Politics Essential newsletter to read …", "Subscribe to our daily newsletter …"
     R"((?:Sign up (?:for|to)|Subscribe to) (?:our|the) [^.,]{0,60}?\bnewsletters?\b).{0,300}+$)",
     kCallPrefixes, "", 400},
    // "Get our free weekly newsletter Sign up for CNN Opinion’s newsletter.", "Get CNN Health's weekly newsletter …"
    {"newsletter_promo", LineKind::code_ad, Role::author, Anchor::whole_line,
     R"(^(?:Get|Receive)\s++(?:our|the|a|[\p{L}\d&.\- ]{1,40}?['’]s?)\s++[^.!?]{0,60}?\bnewsletters?\b.{0,400}+$)",
     kNewsletterPrefixes, "newsletter", 500},
    // the prompt for readers' comments closing a page (the WSJ's): "SHARE YOUR THOUGHTS" over
    // "How should the Justice Department approach the case? Join the conversation below."
    {"comment_prompt_head", LineKind::code_ad, Role::author, Anchor::whole_line, R"(^Share\s++your\s++thoughts\s*+[.:!]?$)",
     kAdPrefixes, "", 24},
    {"comment_prompt", LineKind::code_ad, Role::author, Anchor::whole_line,
     R"(^[^?]{1,300}+\?\s++Join\s++the\s++conversation(?:\s++below)?\s*+[.!]?$)", {}, "join the conversation", 400},
    // "(Reporting by Ana Lee; Writing by Sam Ruiz; Editing by Kay Moss)"
    {"wire_footer", LineKind::footer, Role::reporter, Anchor::whole_line,
     R"(^[(（]?\s*+(?<text>(?:Additional\s++)?(?:Reporting|Writing|Editing|Compiled|Edited|Written|Produced)\s++by\s.{1,400}+)$)",
     kWireFooterPrefixes, "", 600},
    // "Network reporters Jo Kim and Raj Patel contributed to this report."
    {"contributed", LineKind::footer, Role::contributor, Anchor::whole_line,
     R"(^(?<text>.{3,300}?)\s++(?:also\s++)?contributed\s++(?:to\s++this\s++(?:report|story|article)|reporting|to\s++reporting)(?:\s++from\s++.{1,60}+)?\s*+[.)]?\s*+\)?$)",
     {}, "contributed", 400},
    // "This story has been updated with additional reporting.": the editor's note under a story
    {"update_note", LineKind::footer, Role::author, Anchor::whole_line,
     R"(^(?:This|The) (?:story|article|post|report) (?:has been|had been|was) (?:updated|corrected|amended)\b.{0,300}+$)",
     kUpdateNotePrefixes, "", 400},
    // "To contact the reporter on this story: …", "Follow Dana Voss on Twitter @dvoss", "Original article on Daily Orbit."
    {"contact", LineKind::footer, Role::author, Anchor::whole_line,
     R"(^(?:To contact (?:the )?(?:reporters?|editors?|writers?|authors?).{0,300}+|Contact the (?:reporter|editor|author).{0,300}+|)"
     R"(Follow (?<name>\p{Lu}[\p{L}.'’\- ]{1,60}?) on (?:Twitter|X|Instagram|Facebook|Threads|Bluesky|Mastodon)\b.{0,80}+|)"
     R"((?:E-?mail) (?<text>\p{Lu}[\p{L}.'’\- ]{1,60}?) at \S{3,80}+|)"
     R"(Original article on (?<source>.{1,80}?)\.?|)"
     R"(This (?:article|story) (?:was )?(?:originally )?(?:appeared|published|first appeared) (?:in|on) (?<caption>.{1,80}?)\.?)$)",
     kContactPrefixes, "", 400},
    // a credit note set in <em>, its people labelled by their jobs (the label parser reads no markup;
    // text: the note without it): "<em>（特约记者：扬帆   责编：胡力汉/嘉远  网编：洪伟）</em>"
    {"markup_credit_note", LineKind::footer, Role::author, Anchor::whole_line,
     R"(^<(?:em|i|small)>\s*+(?<text>[（(]\s*+(?:\p{Han}{0,4}?(?:记者|記者|编辑|編輯|责编|責編|网编|網編|编审|編審|审核|審核|校对|校對|)"
     R"(摄影|攝影|作者|撰文|编译|編譯|翻译|翻譯|制作|製作|监制|監製)\s*+[:：]\s*+[^()（）:：<>\s]{1,40}+\s*+){1,8}+)"
     R"([)）])\s*+</(?:em|i|small)>$)",
     kMarkupCreditPrefixes, "", 300},
    // a repost's credit to where it was taken from, perhaps in <em> with the address (read as the
    // contact row's "Original article on …"): "<em>图文转自BBC中文： <https://…></em>", "圖文轉自明報：",
    // "本文转自：澎湃新闻"
    {"contact", LineKind::footer, Role::author, Anchor::whole_line,
     R"(^(?:<(?:em|i|small|p)>\s*+)?(?:圖文|图文|本文|文章)?(?:轉載自|转载自|轉自|转自)\s*+[:：]?\s*+)"
     R"((?<source>[^\s:：<>，,。；;()（）《》]{1,30}?)\s*+(?:[:：]\s*+)?(?:<?https?://[^\s<>]{1,1000}+>?)?\s*+)"
     R"((?:</(?:em|i|small|p)>)?$)",
     kRepostCreditPrefixes, "", 400},
    // "Danica Kirka can be reached at http://twitter.com/DanicaKirka": the reporter
    {"reach_reporter", LineKind::footer, Role::reporter, Anchor::whole_line,
     R"(^(?<name>\p{Lu}[\p{L}.'’\- ]{1,60}?) (?:can|may) be (?:reached|contacted) (?:at|on|via) \S.{0,200}+$)", {},
     "be reached", 300},
    // "声明：晨光网独家稿件，未经授权禁止转载！"
    {"statement", LineKind::footer, Role::author, Anchor::whole_line,
     // (and a Japanese page's heads of the notes closing it: a broadcaster's "おことわり" on the story,
     // "【取材協力弁護士】", "【プロフィール】" over the profile of the expert asked or of the writer)
     R"(^(?:(?:免責|免责)?(?:聲明|声明)\s*+[:：].{1,200}+|(?:免責|免责)(?:聲明|声明)|(?:内容|內容)(?:来自|來自)\p{Han}{2,12}+|)"
     R"([【\[■]?(?:おことわり|お断り|取材協力(?:弁護士|者)?|(?:著者|筆者)?プロフィール|(?:著者|筆者)紹介)[】\]]?|)"
     R"([(（]?本文(?:系|為|为|轉載|转载|來源|来源|来自|來自).{1,120}+|)"
     R"((?:轉載|转载|未經授權|未经授权).{0,60}?(?:禁止|不得|請|请).{0,60}+)$)",
     kStatementPrefixes, "", 300},
    // "本报记者陈雪频实习记者唐翔发自上海", "本报记者 李明 发自北京": the reporters, then the city they filed from
    {"cn_reporter_filed_from", LineKind::reporter_line, Role::reporter, Anchor::whole_line,
     R"(^[(（〔]?\s*+(?:本報|本报)?(?<role>記者|记者)\s*+(?<name>[^()（）:：\s][^()（）:：]{1,30}?)\s*+(?:發自|发自)\s*+)"
     R"((?<place>\p{Han}{2,8}+)\s*+[)）〕]?$)",
     kReporterPrefixes, "", kShort},
    // "张连军　熊言春　本报特约通讯员　韩光　张旭航": a military paper's byline, its staff writers'
    // names before the paper's role word, its stringers' after it
    {"cn_names_round_role", LineKind::reporter_line, Role::author, Anchor::whole_line,
     R"(^(?<name>\p{Han}{2,4}+(?:[\s　]++\p{Han}{2,4}+){0,3}?[\s　]++(?:本報|本报)(?:特約|特约)?(?:通訊員|通讯员|記者|记者))"
     R"([\s　]++\p{Han}{2,4}+(?:[\s　]++\p{Han}{2,4}+){0,3}+)$)",
     {}, "本", kShort},
    // "记者周文广州报道", "本报记者 王小林 石家庄报道": the reporter, then the place filed from (a place
    // of two characters, or one the vocabularies list: "记者王刚石家庄报道")
    {"cn_reporter_place_report", LineKind::reporter_line, Role::reporter, Anchor::whole_line,
     R"(^[(（〔]?\s*+(?:本報|本报)?(?:實習|实习|特約|特约)?(?<role>記者|记者)\s*+)"
     R"((?<name>\p{Han}{2,3}?(?:[\s　、]++\p{Han}{2,3}?){0,3}?)\s*+(?<place>{places})(?:報道|报道|報導|报导)\s*+[)）〕]?$)",
     kReporterPrefixes, "", kShort},
    // "生活中心／林奇樺報導", "社會中心／綜合報導": a Taiwanese newsroom's desk and its reporter (or its
    // compiled report: nobody's)
    {"tw_desk_report", LineKind::reporter_line, Role::reporter, Anchor::whole_line,
     R"(^[(（〔]?\s*+\p{Han}{1,6}?(?:中心|組|组|部)\s*+[/／]\s*+(?:綜合|综合|(?<name>\p{Han}{2,4}?))\s*+)"
     R"((?:報導|报导|報道|报道)\s*+[)）〕]?$)",
     {}, "", kShort},
    // "（记者 张三 李四）", "本报记者 王五": a space after the label tells 記者 張三 from 記者會
    // "（記者/劉秋宜）", "通讯员穗卫计宣", "□记者郭致远文图": the role word decides the role
    {"reporter_line", LineKind::reporter_line, Role::reporter, Anchor::whole_line,
     R"(^[(（〔□■]?\s*+(?:本報|本报|本刊|特派)?(?<role>記者|记者|通訊員|通讯员))"
     R"((?:\s++|\s*+[:：/／]\s*+|(?=\p{Han}{2,4}?(?:文圖|文图)?\s*+[)）〕]?$)|(?=\p{Han}{2,4}?\s*+[/／]\s*+\p{Han}{2,8}?(?:報道|报道|報導|报导))))"
     R"((?<name>[^()（）:：]{1,40}?)(?:\s*+[/／]\s*+\p{Han}{2,8}?(?=\s*+(?:報道|报道|報導|报导)))?\s*+(?:報道|报道|報導|报导|文圖|文图)?\s*+[)）〕]?$)",
     kReporterPrefixes, "", kShort},
    // "半月谈评论员 江欣泽", "新京报记者 张晓兰 徐倩": outlet, role noun, names
    {"cn_outlet_reporter", LineKind::reporter_line, Role::reporter, Anchor::whole_line,
     R"(^(?:文\s*+[/／]\s*+)?(?<source>\p{Han}{2,8}?)(?<role>記者|记者|特派員|特派员))"
     R"((?:\s++|\s*+[:：]\s*+|(?<=[报報社网網台刊谈談][記记]者)(?=\p{Han}{2,4}+$))(?<name>[^()（）:：，。]{2,30}+)$)",
     {}, "记", kShort},
    // "环球网报道 实习记者 王博雅琪": the outlet's report, then its reporters; a crawler may have run
    // its body label in ("正文: 环球网报道 记者 李明")
    {"cn_outlet_reports_reporter", LineKind::reporter_line, Role::reporter, Anchor::whole_line,
     R"(^(?:(?:正文|內文|内文|內容|内容)\s*+[:：]\s*+)?(?<source>\p{Han}{2,8}?)(?:報道|报道|報導|报导)\s++)"
     R"((?:實習|实习|特約|特约|本報|本报)?(?<role>記者|记者)\s++(?<name>\p{Han}{2,4}+(?:\s++\p{Han}{2,4}+){0,3}+)$)",
     {}, "者", kShort},
    {"cn_outlet_commentator", LineKind::reporter_line, Role::author, Anchor::whole_line,
     R"(^(?<source>\p{Han}{2,8}?)(?:特約|特约)?(?:評論員|评论员)\s++(?<name>[^()（）:：，。]{2,30}+)$)", {}, "评论员", kShort},
    // "[머니투데이 이소은 기자] [현대차, 1일 서울시에 착공계 제출…]": the outlet's bracketed byline on a line
    // of its own, perhaps with the bracketed deck after it (no headline)
    {"ko_outlet_reporter_line", LineKind::reporter_line, Role::reporter, Anchor::whole_line,
     R"(^[\[【]\s*+(?<source>[\p{Hangul}A-Za-z][\p{Hangul}\p{L}\p{N}]{1,11}?)\s++(?<name>\p{Hangul}{2,4}?)\s*+(?<role>기자|특파원)\s*+[\]】])"
     R"(\s*+(?:\[[^\[\]]{2,200}+\]\s*+)?$)",
     kBracketPrefixes, "기자", 0},
    // "한정호 기자jhh@zdnet.co.kr", "임승창기자 (sclim@kbs.co.kr)", "[고기복 기자]", "[신동흔 기자 dhshin@chosun.com]":
    // name, role word, e-mail
    {"ko_reporter_sign", LineKind::reporter_line, Role::reporter, Anchor::whole_line,
     R"(^[\[【(（]?\s*+(?<name>\p{Hangul}{2,4}?)\s*+(?<role>기자|특파원)\s*+[\]】)）]?\s*+)"
     R"((?:[(（<]?\s*+[\w.+-]{1,40}+@[\w-]{1,40}+(?:\.[\w-]{1,40}+){1,4}+\s*+[)）>\]】]?)?$)",
     {}, "기자", kShort},
    // "Hoàng Cường", "Nhã Vân": Vietnamese news signs with the author's name alone (two to four
    // syllables, one with a letter only Vietnamese writes; patterns match without case, so
    // that each word is capitalised is the name test's to see: "Ảnh minh họa" is no name)
    {"vi_name_sign", LineKind::reporter_line, Role::author, Anchor::whole_line,
     R"(^(?=.{0,40}?[ăâđêôơưĂÂĐÊÔƠƯẠ-ỹ])(?<name>\p{L}{1,7}+(?: \p{L}{1,7}+){1,3}+)$)", {}, "", 40},
    // "KBS 뉴스 임승창입니다.": a broadcast script's sign-off names the outlet and the reporter;
    // "김형래 기자입니다.": the anchor's hand-over names the reporter (not "다행입니다.": the name
    // needs the outlet's 뉴스 before it or 기자 after it; "그는 기자입니다." names no one: a name
    // ends in no particle)
    {"ko_broadcast_sign_off", LineKind::reporter_line, Role::reporter, Anchor::whole_line,
     R"(^(?=(?:[A-Z]{2,6}+|\p{Hangul}{2,8}?)\s*+뉴스\s|\p{Hangul}{2,4}+(?<![는가를의도])\s*+(?:기자|특파원)입니다))"
     R"((?:(?<source>[A-Z]{2,6}+|\p{Hangul}{2,8}?)\s*+뉴스\s++)?(?<name>\p{Hangul}{2,4}?)\s*+(?:기자|특파원)?입니다\.?$)",
     {}, "입니다", kShort},
    // a sign-off with an address the rows above did not read: "Jane Roe jroe@example.com"
    {"address_signoff", LineKind::footer, Role::reporter, Anchor::whole_line,
     R"(^(?<name>[^\s@()（）]{1,20}+(?:\s++[^\s@()（）]{1,20}+){0,3}?)\s*+[(（]?[\w.+\-]{1,64}+@[\w\-]{1,63}+)"
     R"((?:\.[\w\-]{1,63}+){1,4}+[)）]?$)",
     {}, "@", 200},
    // an opinion page's note on its author: "Editor’s Note: Julian Zelizer, a CNN political analyst, is …"
    {"editors_note", LineKind::footer, Role::author, Anchor::whole_line,
     R"((?-i)^Editor['’]s\s++[Nn]ote\s*+:\s*+(?<name>\p{Lu}[\p{L}.'’\-]{0,30}+(?:\s++\p{Lu}[\p{L}.'’\-]{0,30}+){1,3}+),)"
     R"(\s++(?:a|an|the)\s.{1,1500}+$)",
     kEditorsNotePrefixes, "note", 2000},
    // "(蔡圣朝 作者系安徽省名中医…)": the author's note
    {"author_note", LineKind::footer, Role::author, Anchor::whole_line,
     R"(^[(（]\s*+(?<name>\p{Han}{2,4}+)\s*+(?:作者|筆者|笔者)(?:系|為|为|是)[^()（）]{1,200}+[)）]$)", kBracketPrefixes, "", 400},
    // "作者maomaobear，为百略网旗下原创专栏作者。": the author's note, unbracketed
    {"author_bio", LineKind::footer, Role::author, Anchor::whole_line,
     // (what follows says who the author is: a columnist, a writer…; "作者寄予同情，為車夫…" is prose)
     R"(^(?:作者|筆者|笔者)\s*+[:：]?\s*+(?<name>[^，,。\s:：]{2,30}+)\s*+[，,]\s*+(?:为|為|是|系))"
     R"([^。]{0,60}?(?:作者|作家|专栏|專欄|撰稿人|记者|記者|编辑|編輯|研究员|研究員|教授).{0,120}+$)",
     kAuthorBioPrefixes, "", 300},
    // an outlet's credit alone over the text, its dash left from "CNN — The president …": "CNN —", and
    // the dateline's place before it: "Washington CNN —", "Abu Dhabi, UAE CNN —"
    {"outlet_dash", LineKind::byline, Role::author, Anchor::whole_line,
     R"((?-i)^(?:(?<place>\p{Lu}[\p{L}.'’\-]{1,30}+(?:,?\s++\p{Lu}[\p{L}.'’\-]{1,30}+){0,3}?)\s++)?(?<name>\p{Lu}{2,6}+)\s*+(?:—|–|--)$)",
     {}, "", 60},
    {"byline", LineKind::byline, Role::author, Anchor::whole_line,
     R"((?-i)^{byline}\s++(?<name>\p{Lu}[^\d]{1,100}+)$)", {}, "", kShort},
    // the byline word alone, the names on the line under it: "By " / "Mark Duell" (the Daily
    // Mail's page as the CNN/Daily Mail stories keep it)
    {"byline_word_alone", LineKind::byline, Role::author, Anchor::whole_line, R"((?-i)^{byline}\s*+$)", kBylineWordPrefixes, "", 12},
    // a byline spread over lines, a lone "and" between two names: "By " / "Sharon Terlep" / " and " /
    // "Micah Maidenberg" (the next name joins it as it joins a byline word alone)
    {"byline_and_alone", LineKind::byline, Role::author, Anchor::whole_line, R"((?-i)^(?:and|&)\s*+$)", kBylineAndPrefixes, "", 6},
    // (or with the second name on its line, the page's button glued to it: " and Andrew TangelFollow";
    // a first and a last name and nothing else, so that a wrapped line of prose is no byline)
    {"byline_and_name", LineKind::byline, Role::author, Anchor::whole_line,
     R"((?-i)^(?:and|&)\s++(?<name>\p{Lu}\p{Ll}{1,20}+(?:\s++\p{Lu}[\p{Ll}'’\-]{1,20}+){1,2}+(?:Follow)?)$)", kBylineAndPrefixes, "",
     60},
    // the Daily Mail's byline as the CNN/Daily Mail stories keep it, its dates after it:
    // "By . Daniel Bates . PUBLISHED: . 08:01 EST, 24 October 2013 . | . UPDATED: . 08:47 EST, …"
    {"dotted_byline", LineKind::byline, Role::author, Anchor::whole_line,
     // (the first date, in `text`, is the publication's)
     R"((?-i)^By\s++\.\s++(?<name>\p{Lu}[^.|\d]{1,120}?)\s++\.\s++(?:PUBLISHED:\s++\.|UPDATED:\s++\.|Last updated at\s++\d{1,2}+:\d{2}+\s++[AP]M\s++on)\s++)"
     R"((?<text>[^|]{6,60}?)(?:\s++\.)?(?:\s++\|.{0,200}+)?$)", {}, " . ", 300},
    // a name in brackets on a line of its own: "（李明）", "[Lena Ortiz]"
    {"bracketed_name", LineKind::footer, Role::author, Anchor::whole_line,
     R"(^[(（\[【]\s*+(?<name>[^()（）\[\]【】\d:：＝,，。.!?！？]{2,30}+)[)）\]】]$)", kBracketPrefixes, "", 40},
    // "- item", "1. item", "a、体育", "• item", "(1) item", an RFC's "o  item"
    {"list_item", LineKind::list_item, Role::author, Anchor::whole_line,
     R"(^(?<marker>[-–—*](?=\s)|(?-i:o)(?=  )|[•·・●▪○◆■□]|[①-⑳]|\d{1,3}+[.)](?=\s|\p{Han})|\d{1,3}+[、．]|[a-f][)、．]|[(（]\d{1,3}+[)）])\s*+(?<text>\S.{0,2000}+)$)",
     kListPrefixes, "", 0},
};

const Rule kWireDateline{
    "wire_dateline", LineKind::text, Role::author, Anchor::prefix,
    // (German agency copy sets the place in title case, one word or two a slash apart: "Berlin (dpa) - ",
    // "Frankfurt/Main (dpa-AFX) - "; two words would be a name, "Angela Merkel (CDU) - ")
    R"((?-i)^(?:(?<place>\p{Lu}[\p{Lu}.'’\- ]{1,40}+(?:,\s*+\p{Lu}[\p{L}.'’\- ]{1,30}?)?(?:/\p{Lu}[\p{Lu}.'’\- ]{1,30}+)?)"
    R"(|\p{Lu}\p{Ll}[\p{Ll}'’\-]{1,30}+(?:/\p{Lu}\p{Ll}[\p{Ll}'’\-]{1,30}+)?)\s*+,?\s*+)?)"
    R"((?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*+\.?\s++\d{1,2}+\s*+)?)"
    R"(\((?<source>[A-Za-z][^)]{1,40}+)\)\s*+(?:--|—|–|-)\s*+)",
    {}, "(", 0};
const Rule kChineseDateline{
    "chinese_dateline", LineKind::text, Role::reporter, Anchor::prefix,
    // ("据新华社报道，…": according to another outlet, no source of this one)
    R"(^(?![据據])(?:(?<source>\p{Han}{1,10}?(?:社|網|网|報|报|刊|台(?![湾灣])|新聞|新闻))(?:(?<place>[^\d\s(（,，:：]{0,8}?)\s*+)"
    R"((?<marker>(?:\d{4}+年)?[\d一二三四五六七八九十〇]{1,3}+月[\d一二三四五六七八九十〇]{1,3}+日)\s*+(?:電|电|訊|讯|消息|报道|報導|报导|報道)|訊|讯|(?:报道|報導)(?=[，,:：\s]))|)"
    R"((?<outlet>\p{Han}{2,8}?)(?:[\d一二三四五六七八九十〇]{1,3}+月[\d一二三四五六七八九十〇]{1,3}+日)?(?:訊|讯))"
    R"((?=北京时间|北京時間|[（(:：，,\s\d]))\s*+[:：]?\s*+)"
    R"((?:[(（]\s*+(?:(?<role>記者|记者|通訊員|通讯员)\s*+)?(?<name>[^)）]{1,40}+)[)）])?)",
    {}, "", 0};
const Rule kTrailingCredit{
    "trailing_credit", LineKind::credit, Role::photographer, Anchor::whole_line,
    R"(^[(（]\s*+{credit_label}(?:\s++|\s*+[:：/／・]\s*+)(?<name>[^()（）:：]{1,40}+)[)）]$)", {}, "", 0};

// Bylines inside the opening text.
const Rule kInlineBylines[] = {
    // "（中央社記者楊啟芳台北31日電）", "（中央社記者林育立柏林17日專電）", "（中央社紐約26日綜合外電報導）"
    {"cna_dateline", LineKind::text, Role::reporter, Anchor::prefix,
     R"(^[(（](?<source>\p{Han}{1,6}?(?:社|網|网|報|报|台))(?:(?:記者|记者)(?<name>(?:\p{Han}{2,4}?[、，,])*+(?:\p{Han}{3}|\p{Han}{2})))?)"
     R"((?<place>\p{Han}{1,6}?)\s*+[\d一二三四五六七八九十]{1,3}+日\s*+(?:綜合外電|综合外电)?(?<role>專電|专电|電|电|報導|报导)[)）])",
     kBracketPrefixes, "", 0},
    // "记者周文广州报道　今天…": the reporter and the place filed from, opening the text
    {"cn_reporter_place_opening", LineKind::text, Role::reporter, Anchor::prefix,
     R"(^[(（〔]?\s*+(?:本報|本报)?(?:實習|实习|特約|特约)?(?<role>記者|记者)\s*+)"
     R"((?<name>\p{Han}{2,3}?(?:[\s　、]++\p{Han}{2,3}?){0,3}?)\s*+(?<place>{places})(?:報道|报道|報導|报导)(?:\s*+[)）〕]|(?=[\s　，,:：])))",
     kReporterPrefixes, "", 0},
    // "（星島日報報道）本港運動員…": a Hong Kong paper names itself in brackets at the start
    {"cn_bracketed_paper_report", LineKind::text, Role::reporter, Anchor::prefix,
     R"(^[(（](?<source>\p{Han}{2,8}?(?:日報|日报|晚報|晚报|報|报|社|網|网|台))(?:報道|报道|報導|报导|訊|讯)[)）])",
     kBracketPrefixes, "", 0},
    // "2019-06-09 08:23:23,环球网报道 实习记者 王博雅琪": a crawler's head of a flattened body, the time
    // of publication, the outlet's report and its reporters
    {"cn_dated_outlet_report", LineKind::text, Role::reporter, Anchor::prefix,
     R"(^(?<marker>\d{4}+-\d{1,2}+-\d{1,2}+)(?:\s++\d{1,2}+:\d{2}+(?::\d{2}+)?+)?+\s*+[,，]\s*+(?<source>\p{Han}{2,8}?))"
     R"((?:報道|报道|報導|报导)\s++(?:實習|实习|特約|特约|本報|本报)?(?<role>記者|记者)\s++(?<name>\p{Han}{2,4}+(?:\s++\p{Han}{2,4}+){0,3}+)\s*+$)",
     {}, "者", 0},
    // "IT之家 5 月 21 日消息，…", "快科技5月21日消息，…": a tech or finance site's lead (a place
    // there is no outlet: "上海5月21日消息")
    {"cn_site_news_lead", LineKind::text, Role::reporter, Anchor::prefix,
     R"(^(?<source>[A-Za-z][A-Za-z\d]{0,9}+\p{Han}{0,4}+|\p{Han}{1,8}?(?:之家|科技|財經|财经|證券|证券))\s*+)"
     R"((?<marker>(?:\d{4}+\s*+年\s*+)?\d{1,2}+\s*+月\s*+\d{1,2}+\s*+日)\s*+(?:消息|訊|讯)(?=[，,:：\s]))",
     {}, "月", 0},
    // "(서울=연합뉴스) 박상현 기자 =", "【서울=뉴시스】김태규 기자 =", "(베이징=연합뉴스) 김윤구 김진방 특파원 ="
    {"ko_wire_dateline", LineKind::text, Role::reporter, Anchor::search,
     R"([(（【\[]\s*+(?<place>\p{Hangul}[^\s=()（）【】\[\]]{0,11}+)\s*+=\s*+(?<source>\p{Hangul}[^\s=()（）【】\[\]]{1,11}+)\s*+[)）】\]]\s*+)"
     R"((?:(?<name>\p{Hangul}{2,4}?(?:\s++\p{Hangul}{2,4}?){0,5}?)\s*+(?<role>기자|특파원)\s*+=)?)",
     {}, "=", 0},
    // "(구톈, 중국 2019년 5월 16일 AsiaNet=연합뉴스)": place, country, date, the source and its partner
    {"ko_wire_dated", LineKind::text, Role::reporter, Anchor::search,
     R"([(（](?<place>[^\s,()（）]{1,12}+),\s*+[^\s,()（）]{1,12}+\s++(?<marker>\d{4}+년\s*+\d{1,2}+월\s*+\d{1,2}+일)\s++)"
     R"((?<source>[\p{L}\d]{2,12}+)=\p{Hangul}{2,8}+[)）])",
     {}, "년", 0},
    // "[마이데일리 = 몬테레이(멕시코) 최병진 기자]"
    {"ko_bracket_byline", LineKind::text, Role::reporter, Anchor::search,
     R"(\[\s*+(?<source>\p{Hangul}[^\s=\[\]]{1,11}+)\s*+=\s*+(?:(?<place>[^\s\[\]()（）]{1,12}+)(?:[(（][^()（）\[\]]{1,12}+[)）])?\s++)?)"
     R"((?<name>\p{Hangul}{2,4}?)\s*+(?<role>기자|특파원)\s*+\])",
     {}, "=", 0},
    // "四川测绘应急无人机航摄作业 开展震区灾情侦察中新网成都6月18日电 (廖雪芝 樊莉)…": a headline glued to an
    // agency's lead (the agencies by name: an outlet's name in a sentence is no lead); text: the headline
    {"cn_glued_wire_lead", LineKind::text, Role::reporter, Anchor::prefix,
     R"(^(?<text>[^。！？!?\s][^。！？!?，,]{3,40}?)(?<source>新华社|新華社|中新社|中新网|中新網|中央社|中通社|人民网|人民網|央视网|央視網))"
     R"((?<place>\p{Han}{1,6}?)\s*+(?<marker>(?:\d{4}+年)?\d{1,2}+月\d{1,2}+日)\s*+(?:电|電))"
     R"(\s*+(?:[(（]\s*+(?:(?<role>記者|记者)\s*+)?(?<name>[^)）]{1,40}+)[)）])?)",
     {}, "月", 0},
    // "张小龙首次全面阐述小程序（内附演讲全文）2016-12-28 微信公开课": a public account's article saved as
    // its headline, the day it was posted and the account, run together (the account is the source;
    // "… 2019-01-02 星期三" names a weekday, no account); text: the headline
    {"cn_dated_account", LineKind::text, Role::author, Anchor::search,
     R"(^(?<text>.*?\S)\s*+(?<marker>\d{4}+-\d{1,2}+-\d{1,2}+)\s++(?!星期|礼拜|禮拜|周[一二三四五六日天]|週[一二三四五六日天]))"
     R"((?<source>[^\s\d:：,，。.!！?？()（）|｜/][^\s:：,，。.!！?？()（）|｜/]{1,15}+)$)",
     {}, "-", 0},
    // "…抗議する藤川監督（右）＝撮影・西田忠信　ＮＰＢは１１日…", "…大谷翔平【写真：上野明洸】【MLB】…": a Japanese
    // page's photo caption and its photographer's credit extracted together with the text after them
    {"ja_glued_photo_caption", LineKind::text, Role::photographer, Anchor::prefix,
     R"(^(?<caption>[^。！？]{4,160}?＝(?:撮影|写真)・(?<name>[^\s　、。・（）【】＝]{2,8}+))[\s　]*+(?=[^\s　]))",
     {}, "＝撮影・", 0},
    {"ja_glued_photo_caption_bracketed", LineKind::text, Role::photographer, Anchor::prefix,
     R"(^(?<caption>[^。！？【】]{4,160}?【(?:写真|撮影)[：:]\s*+(?<name>[^\s　、。・（）【】]{2,8}+)】)[\s　]*+(?=[^\s　]))",
     {}, "【写真：", 0},
    // "[이데일리 정병묵 기자] 사단법인 …": the outlet and the reporter in the opening's brackets
    {"ko_outlet_reporter_opening", LineKind::text, Role::reporter, Anchor::prefix,
     R"(^[\[【]\s*+(?<source>[\p{Hangul}A-Za-z][\p{Hangul}\p{L}\p{N}]{1,11}?)\s++(?<name>\p{Hangul}{2,4}?)\s*+(?<role>기자|특파원)\s*+[\]】])",
     kBracketPrefixes, "", 0},
    // "(CBS/AP) WILSON, N.Y. - An early morning blast": the source before the place
    {"wire_source_first", LineKind::text, Role::author, Anchor::prefix,
     R"((?-i)^\((?<source>[A-Za-z][^)]{1,40}+)\)\s*+(?<place>\p{Lu}[\p{Lu}.'’\- ]{1,40}+(?:,\s*+\p{Lu}[\p{L}.'’\- ]{1,30}?)?)\s*+(?:--|—|–|-)\s)",
     kBracketPrefixes, "", 0},
    // An agency or a news site named at the start, a dash after it: "Estadão Conteúdo - Após …",
    // "JAKARTA, KOMPAS.com - Pemerintah …" (a place in capitals before it), "TEMPO.CO, Jakarta - Presiden …"
    {"outlet_opening", LineKind::text, Role::author, Anchor::prefix,
     // (set in Markdown bold, the dash inside it or out: "**JAKARTA, KOMPAS.com** - ", "**JAKARTA, KOMPAS.com - **")
     R"((?-i)^(?:\*\*|__)?+(?:(?<place>\p{Lu}[\p{Lu}\- ]{1,30}+),\s*+)?)"
     R"((?<source>Estadão Conteúdo|Folhapress|Agência (?:Brasil|Estado|Lusa|O Globo)|\p{Lu}[\p{L}\d]{1,20}+\.(?:com|co|COM|CO)(?:\.[a-z]{2})?))"
     R"((?:\*\*|__)?+\s*+(?:--|—|–|-)\s++(?:\*\*|__)?+)",
     {}, " -", 0},
    {"outlet_place_opening", LineKind::text, Role::author, Anchor::prefix,
     R"((?-i)^(?<source>\p{Lu}[\p{L}\d]{1,20}+\.(?:com|co|COM|CO)(?:\.[a-z]{2})?),\s*+(?<place>\p{Lu}\p{L}{1,30}+))"
     R"(\s*+(?:--|—|–|-)\s++)",
     {}, " -", 0},
    // "【环球网综合报道】据法新社…": the outlet's own label
    {"cn_outlet_label", LineKind::text, Role::reporter, Anchor::prefix,
     // (not a flash's or a bulletin's label: "【速報】", "【快报】", "【悲報】")
     R"(^【(?!(?:速|快|续|續|特|朗|悲|予|警|情|公|简|簡|週|周)(?:报|報)】)(?<source>\p{Han}{1,10}?(?:网|網|社|报|報|台))(?:综合报道|綜合報導|综合|綜合|讯|訊|消息|报道|報導)?】)", kBracketPrefixes, "", 0},
    // "[ 이정호 기자 ] 애플이 …"
    {"ko_reporter_opening", LineKind::text, Role::reporter, Anchor::prefix,
     R"(^[\[【]\s*+(?<name>\p{Hangul}{2,4}?)\s*+(?<role>기자|특파원)\s*+[\]】])", kBracketPrefixes, "", 0},
};

// "…。（編輯：張銘坤）1100731": the note, and the date code CNA closes with
// "…밝혔다.자료:한국은행류근일 기자 ryuryu@etnews.com": a Korean sign-off glued to the last
// sentence. The name is set apart (2-4 syllables) or, glued to the word before it, the three
// syllables before 기자 (where a glued name starts is not written; most names have three).
const Rule kGluedSignOff{
    "ko_glued_sign_off", LineKind::footer, Role::reporter, Anchor::search,
    R"((?<name>(?<!\p{Hangul})\p{Hangul}{2,4}?|(?<=\p{Hangul})\p{Hangul}{3})\s*+(?<role>기자|특파원)\s*+)"
    R"((?<text>[\w.+\-]{1,64}+@[\w\-]{1,63}+(?:\.[\w\-]{1,63}+){1,4}+)$)",
    {}, "@", 0};

const Rule kClosingNote{"closing_note", LineKind::footer, Role::author, Anchor::whole_line,
                        R"(^[(（]\s*+(?<text>[^()（）]{2,60}+)[)）]\s*+(?<marker>\d{7})?$)", kBracketPrefixes, "", 0};


// A line that is only a time stamp, perhaps labelled: "Time: 2019/03/27 05:38",
// "[03月20日 16時35分]", "3:30 pm |". Tried on what the header left in the body.
const Rule kStamp{
    "stamp", LineKind::boilerplate, Role::author, Anchor::whole_line,
    R"(^(?:\p{L}{1,12}+\s*+[:：]{1,2}+\s*+)?[\[【(（]?\s*+(?:中華民國|中华民国|民國|民国|令和|平成|昭和)?(?=[^\d]{0,6}+\d)[\d年月日時时分秒號号:/.\-\s]{4,40}+)"
    R"((?:\s*+[AaPp]\.?[Mm]\.?)?(?:,?\s*+(?:ET|EST|EDT|PST|PDT|CST|CDT|GMT|UTC|BST|CET|JST|KST))?\s*+[\]】)）|]?$|)"
    // "July 24, 2012 4:16 AM PDT", "Thursday, August 09, 2012", "Updated July 23, 2012, 7:10 p.m. ET"
    R"(^(?:(?:Updated|Posted|Published)(?:\s++on)?\s++)?(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s++)?)"
    R"((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}+\.?\s++\d{1,2}+(?:st|nd|rd|th)?,?\s++\d{4}+)"
    R"((?:,?\s++(?:at\s++)?\d{1,2}+[:.]\d{2}+(?::\d{2}+)?\s*+(?:[AaPp]\.?[Mm]\.?)?(?:\s++[A-Z]{2,4}+)?)?)"
    // (Barron's: "Updated Oct 24, 2024, 4:27 pm EDT / Original Oct 23, 2024, 10:27 pm EDT")
    R"((?:\s*+/\s*+Original\s++(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}+\.?\s++\d{1,2}+,?\s++\d{4}+)"
    R"((?:,?\s++\d{1,2}+[:.]\d{2}+\s*+(?:[AaPp]\.?[Mm]\.?)?(?:\s++[A-Z]{2,4}+)?)?)?\s*+\|?$|)"
    // ("Last updated at 4:32 PM on 15th February 2012": the time, then the day)
    R"(^(?:Updated|Posted|Published|Last updated)\s++(?:at\s++)?\d{1,2}+[:.]\d{2}+\s*+(?:[AaPp]\.?[Mm]\.?)?(?:\s++[A-Z]{2,4}+)?)"
    R"((?:\s++on\s++\d{1,2}+(?:st|nd|rd|th)?\s++\p{L}{3,9}+\.?,?\s++\d{4}+)?$)",
    {}, "", 80};

constexpr unsigned char fold(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 'A' && b <= 'Z' ? static_cast<unsigned char>(b + ('a' - 'A')) : b;
}

// ASCII-case-insensitive search for a literal.
bool contains_folded(std::string_view line, std::string_view literal) {
  // A literal without ASCII letters ("://", "（", "20") is found as is (memchr-fast).
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (std::none_of(literal.begin(), literal.end(), letter))
    return line.find(literal) != std::string_view::npos;
  const unsigned char first = fold(literal.front());
  if (first < 'a' || first > 'z') {  // the first byte has no case: memchr-speed search for it
    for (std::size_t at = line.find(literal.front()); at != std::string_view::npos && at + literal.size() <= line.size();
         at = line.find(literal.front(), at + 1))
      if (equal_ignoring_ascii_case(line.substr(at, literal.size()), literal)) return true;
    return false;
  }
  for (std::size_t at = 0; at + literal.size() <= line.size(); ++at)
    if (fold(line[at]) == first && equal_ignoring_ascii_case(line.substr(at, literal.size()), literal)) return true;
  return false;
}

// The bytes a line holds (ASCII folded), taken once per line: a row's
// literal is looked for only in lines that hold all of its bytes.
struct ByteSet {
  std::array<std::uint64_t, 4> words{};
  void add(unsigned char b) { words[b >> 6] |= std::uint64_t{1} << (b & 63); }
  bool holds_all(const ByteSet& wanted) const {
    for (std::size_t i = 0; i < words.size(); ++i)
      if ((wanted.words[i] & ~words[i]) != 0) return false;
    return true;
  }
};

ByteSet bytes_of(std::string_view s) {
  ByteSet out;
  for (const char c : s) out.add(fold(c));
  return out;
}

// Gates: conditions read off a rule's pattern by hand that a line must meet
// for the pattern to match at all ("ends with ')'"). Each is exact in that
// direction: it never turns away a line the pattern would match (the rules
// test checks this on every corpus line). They spare the regex for the many
// lines that hold a row's literal but cannot match: a match is a few
// microseconds, a gate a few nanoseconds, and a rule no line reaches is never
// compiled. Keyed by row name, so that the rows themselves stay as they are.
constexpr bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

bool ends_with_any(std::string_view line, std::initializer_list<std::string_view> ends) {
  return std::any_of(ends.begin(), ends.end(), [&](std::string_view e) { return line.ends_with(e); });
}

bool holds_any(std::string_view text, std::initializer_list<std::string_view> literals) {
  return std::any_of(literals.begin(), literals.end(),
                     [&](std::string_view l) { return text.find(l) != std::string_view::npos; });
}

// Whether `l` may end as a time stamp does: a digit, a date mark (年, 日 …), a
// closing bracket or bar, or a letter (a.m., a zone; any letter that is not
// plainly CJK, for case folding matches "ſ" or "K" to ASCII letters).
bool may_end_stamp(std::string_view l) {
  const char32_t last = unicode::last_code_point(l);
  if (unicode::is_space(last)) return true;
  if (last < 0x80)
    return ascii_letter(static_cast<char>(last)) || ascii_digit(static_cast<char>(last)) ||
           std::u32string_view(U".:/-|])").find(last) != std::u32string_view::npos;
  if (std::u32string_view(U"】）年月日時时分秒號号").find(last) != std::u32string_view::npos) return true;
  const bool cjk_prose = (last >= 0x3000 && last <= 0x303F) || (last >= 0x3040 && last <= 0x30FF) ||
                         (last >= 0x4E00 && last <= 0x9FFF) || (last >= 0xAC00 && last <= 0xD7A3) ||
                         (last >= 0xFF01 && last <= 0xFF0F) || (last >= 0xFF1A && last <= 0xFF20) ||
                         last == U'”' || last == U'’';
  return !cjk_prose;
}

// Whether `l` may open with list_item's marker: "-", "*", "–" or "—" before a
// space; "o" before two spaces; up to three digits before "." or ")" and a space or Han, or before "、"
// or "．"; "a)" to "f)"; "(" and a digit; any other non-ASCII opening (a
// bullet, a circled number, a digit of another script) is left to the pattern.
bool may_open_list_item(std::string_view l) {
  const auto space_or_wide = [&](std::size_t i) {
    return i < l.size() && (std::string_view(" \t\n\v\f\r").find(l[i]) != std::string_view::npos || non_ascii(l[i]));
  };
  const char first = l.front();
  if (first == '-' || first == '*') return space_or_wide(1);
  if (first == 'o') return l.size() > 3 && l[1] == ' ' && l[2] == ' ';  // an RFC's bullet
  if (first == '(') return l.size() > 1 && (ascii_digit(l[1]) || non_ascii(l[1]));
  if (ascii_digit(first)) {
    std::size_t i = 0;
    while (i < l.size() && ascii_digit(l[i])) ++i;
    if (i > 3 || i == l.size()) return false;
    if (l[i] == '.' || l[i] == ')') return space_or_wide(i + 1);
    return non_ascii(l[i]);
  }
  if ((first >= 'a' && first <= 'f') || (first >= 'A' && first <= 'F'))
    return l.size() > 1 && (l[1] == ')' || non_ascii(l[1]));
  return non_ascii(first);
}

// A teaser ends in "Read more" or "Continue reading", then perhaps spaces and
// one of "»", "›", ">".
bool closes_teaser(std::string_view l) {
  for (const std::string_view mark : {"»", "›", ">"})
    if (l.ends_with(mark)) {
      l.remove_suffix(mark.size());
      break;
    }
  while (!l.empty() && unicode::is_space(unicode::last_code_point(l))) {
    std::size_t last = l.size() - 1;  // where the space's UTF-8 starts
    while (last > 0 && (static_cast<unsigned char>(l[last]) & 0xC0) == 0x80) --last;
    l = l.substr(0, last);
  }
  const auto ends_with_folded = [&](std::string_view words) {
    return l.size() >= words.size() && equal_ignoring_ascii_case(l.substr(l.size() - words.size()), words);
  };
  return ends_with_folded("read more") || ends_with_folded("continue reading");
}

struct Gate {
  std::string_view rule;
  bool (*admits)(std::string_view line);  // line is not empty
};

const Gate kGates[] = {
    // a file name: no space, ends in an extension's letter
    {"image_file",
     [](std::string_view l) {
       // (a byte loop: find_first_of calls memchr over its set once per byte)
       return std::none_of(l.begin(), l.end(), [](char c) { return c == ' ' || c == '\t'; }) &&
              (ascii_letter(l.back()) || non_ascii(l.back()));
     }},
    // "2 of 7.": digits, then " of " (a non-ASCII digit is left to the pattern)
    {"gallery_caption",
     [](std::string_view l) {
       std::size_t i = 0;
       while (i < l.size() && ascii_digit(l[i])) ++i;
       if (i < l.size() && non_ascii(l[i])) return true;
       return i > 0 && starts_with_ignoring_ascii_case(l.substr(i), " of ");
     }},
    // the credit's label comes after the caption's last "。"
    {"cjk_photo_credit_caption",
     [](std::string_view l) {
       const std::size_t last = l.rfind("。");
       return last != std::string_view::npos && holds_any(l.substr(last), {"圖", "图", "攝", "摄", "照"});
     }},
    // the credit opening the line comes back glued to its end: the first word is found again
    {"glued_credit_alt_text",
     [](std::string_view l) {
       const std::size_t space = l.find(' ');
       return space != std::string_view::npos && space > 0 && l.find(l.substr(0, space), space) != std::string_view::npos;
     }},
    {"outlet_dash", [](std::string_view l) { return l.ends_with("—") || l.ends_with("–") || l.ends_with("--"); }},
    {"agency_credit_caption", [](std::string_view l) { return l.back() == ')' || l.ends_with(")."); }},
    {"ko_copyright_caption", [](std::string_view l) { return holds_any(l, {"©", "ⓒ"}); }},
    {"cn_caption_photographer", [](std::string_view l) { return l.ends_with("摄") || l.ends_with("攝"); }},
    // "生活中心／林奇樺報導": the report's word closes it
    {"tw_desk_report", [](std::string_view l) { return holds_any(l, {"報導", "报导", "報道", "报道"}); }},
    // "1.媒體來源:": a form's label closes with its colon
    {"bbs_news_form_label", [](std::string_view l) { return l.back() == ':' || l.ends_with("："); }},
    // "IV. The Return": capital Roman digits, then a full stop
    {"roman_numeral_head",
     [](std::string_view l) {
       std::size_t i = 0;
       while (i < l.size() && i < 8 && std::string_view("IVXLC").find(l[i]) != std::string_view::npos) ++i;
       return i > 0 && i < l.size() && l[i] == '.';
     }},
    // "Phạm Công": a Vietnamese letter, so a byte beyond ASCII
    {"vi_name_sign", [](std::string_view l) { return std::any_of(l.begin(), l.end(), non_ascii); }},
    // "… Photo: Jane Roe": the label's colon is the last one, after "Photo", "Photos",
    // "Photograph", "Illustration", "Video", "Ảnh" or a label in another script
    {"photo_credit_caption",
     [](std::string_view l) {
       const std::size_t colon = l.rfind(':');
       if (colon == std::string_view::npos || colon < 2 || colon + 1 == l.size()) return false;
       const std::string_view end = l.substr(colon - 2, 2);
       if (non_ascii(end[0]) || non_ascii(end[1])) return true;
       return equal_ignoring_ascii_case(end, "to") || equal_ignoring_ascii_case(end, "os") ||
              equal_ignoring_ascii_case(end, "ph") || equal_ignoring_ascii_case(end, "on") ||
              equal_ignoring_ascii_case(end, "nh") || equal_ignoring_ascii_case(end, "eo");
     }},
    // "[第三图：…]": the bracket, perhaps a space, then 第
    {"numbered_placeholder",
     [](std::string_view l) {
       std::size_t at = 0;
       (void)unicode::next_code_point(l, at);
       while (at < l.size() && (l[at] == ' ' || l[at] == '\t')) ++at;
       if (at == l.size() || !non_ascii(l[at])) return false;
       if (l.substr(at).starts_with("第")) return true;
       const auto type = u_charType(static_cast<UChar32>(unicode::next_code_point(l, at)));
       return type == U_SPACE_SEPARATOR || type == U_LINE_SEPARATOR || type == U_PARAGRAPH_SEPARATOR;
     }},
    // "---", "* * *": a separator ends in one of its marks
    {"separator",
     [](std::string_view l) {
       return std::string_view("-=*_~#.|").find(l.back()) != std::string_view::npos ||
              ends_with_any(l, {"—", "–", "·", "•"});
     }},
    // "<img …>", "圖片默認標題…", "…_fororder_…", or a bracket then a picture's word
    {"placeholder",
     [](std::string_view l) {
       if (l.find("_fororder_") != std::string_view::npos || l.starts_with("圖片") || l.starts_with("图片") ||
           starts_with_ignoring_ascii_case(l, "<img"))
         return true;
       std::size_t at = 0;
       (void)unicode::next_code_point(l, at);
       while (at < l.size() && (l[at] == ' ' || l[at] == '\t')) ++at;
       if (at == l.size()) return false;
       const std::string_view rest = l.substr(at);
       if (!non_ascii(rest.front())) return std::string_view("iIpPvVgG").find(rest.front()) != std::string_view::npos;
       if (holds_any(rest.substr(0, 3), {"圖", "图", "照", "写", "画", "視", "视", "影"})) return true;
       const auto type = u_charType(static_cast<UChar32>(unicode::next_code_point(l, at)));
       return type == U_SPACE_SEPARATOR || type == U_LINE_SEPARATOR || type == U_PARAGRAPH_SEPARATOR;
     }},
    // "(Reporting by …": always "by"
    {"wire_footer", [](std::string_view l) { return contains_folded(l, "by"); }},
    {"markup_caption", [](std::string_view l) { return starts_with_ignoring_ascii_case(l, "<figcaption"); }},
    // "BEIJING, Aug. 4 (Xinhua) -- ": a closing parenthesis, perhaps spaces, then a dash
    {"wire_dateline",
     [](std::string_view l) {
       for (std::size_t at = l.find(')'); at != std::string_view::npos; at = l.find(')', at + 1)) {
         std::size_t next = at + 1;
         char32_t c = 0;
         do c = next < l.size() ? unicode::next_code_point(l, next) : 0;
         while (c != 0 && unicode::is_space(c));
         if (c == '-' || c == U'\u2014' || c == U'\u2013') return true;
       }
       return false;
     }},
    // A time stamp is digits and date marks with few letters around them (a label,
    // "p.m.", a zone), or opens with "Updated", "Posted", a weekday or a month.
    // (Prefixes stop before an "s", which "ſ" matches too.)
    {"stamp",
     [](std::string_view l) {
       if (!may_end_stamp(l)) return false;
       if (non_ascii(l.front())) return true;
       static constexpr std::string_view kOpenings[] = {"upd", "po",  "pub", "la",  "mon", "tue", "wed", "thu",
                                                        "fri", "sa",  "su",  "jan", "feb", "mar", "apr", "may",
                                                        "jun", "jul", "aug", "se",  "oct", "nov", "dec"};
       const bool opening = std::any_of(std::begin(kOpenings), std::end(kOpenings),
                                        [&](std::string_view o) { return starts_with_ignoring_ascii_case(l, o); });
       if (opening) return true;
       // Otherwise only the first alternative may match: after a letter, only a label's colon
       // comes before the numbers ("line 1234." is no stamp)
       if (ascii_letter(l.front()) && l.find(':') == std::string_view::npos && l.find("：") == std::string_view::npos)
         return false;
       constexpr int kMostLetters = 12 + 2 + 3;  // a label, a.m./p.m., a zone
       return std::count_if(l.begin(), l.end(), ascii_letter) <= kMostLetters;
     }},
    {"dated_link",
     [](std::string_view l) {
       return ascii_digit(l.back()) || (non_ascii(l.back()) && u_isdigit(static_cast<UChar32>(unicode::last_code_point(l))));
     }},
    // a licence number or the report line: one of the pattern's literals
    {"portal_footer",
     [](std::string_view l) {
       return holds_any(l, {"ICP", "安备", "安備", "许可", "許可", "举报", "舉報"});
     }},
    {"summary_box", [](std::string_view l) { return ends_with_any(l, {"]", "】", "］"}); }},
    {"author_note",
     [](std::string_view l) { return ends_with_any(l, {")", "）"}) && holds_any(l, {"作者", "筆者", "笔者"}); }},
    {"cn_photo_credit", [](std::string_view l) { return ends_with_any(l, {")", "）"}) && holds_any(l, {"攝", "摄"}); }},
    // a Chinese dateline opens with the outlet's name: a Han character, and soon
    // after it the word that ends the name or the dateline (社, 报, 讯 …): at most
    // 8 characters of name, 8 of date and 訊 (17 code points of at most 4 bytes)
    {"chinese_dateline",
     [](std::string_view l) {
       if (!non_ascii(l.front())) return false;
       std::size_t at = 0;
       UErrorCode status = U_ZERO_ERROR;
       if (uscript_getScript(static_cast<UChar32>(unicode::next_code_point(l, at)), &status) != USCRIPT_HAN)
         return false;
       constexpr std::size_t kOpeningBytes = 17 * 4;
       return holds_any(l.substr(0, kOpeningBytes), {"社", "網", "网", "報", "报", "刊", "台", "聞", "闻", "訊", "讯"});
     }},
    // "- item", "1. item", "a、体育", "(1) item": the marker's first characters
    {"list_item", may_open_list_item},
    // "総理大臣(そうりだいじん)", "大統領: だいとうりょう": a bracket or a colon, and the
    // reading (hiragana) or its closing bracket last
    {"ja_reading",
     [](std::string_view l) {
       const char32_t last = unicode::last_code_point(l);
       const bool reading_last = last == ')' || last == U'）' || (last >= 0x3040 && last < 0x30A0) || last >= 0x10000;
       return reading_last && holds_any(l, {"(", "（", ":", "："});
     }},
    {"ja_related", [](std::string_view l) { return holds_any(l, {"関連", "もっと"}); }},
    // "Harden的母親。（圖／翻攝自YouTube ESPN）": the first bracket is the full-width one,
    // and the credit's word opens it
    {"cjk_credited_caption",
     [](std::string_view l) {
       const std::size_t open = l.find("（");
       if (open == std::string_view::npos || open == 0 || l.substr(0, open).find('(') != std::string_view::npos)
         return false;
       std::size_t at = open + std::string_view("（").size();
       for (std::size_t next = at; next < l.size() && unicode::is_space(unicode::next_code_point(l, next));) at = next;
       return holds_any(l.substr(at, 3), {"圖", "图", "照", "攝", "摄"});
     }},
    // "… by the end of...Read More", "… in a decade … Continue reading »"
    {"teaser", [](std::string_view l) { return closes_teaser(l); }},
    {"teaser_ellipsis", [](std::string_view l) { return closes_teaser(l); }},
};

// A rule's prefilter is built for every rule at first use; its pattern only
// when a line first passes the prefilter: most rules never see a candidate
// line.
struct Compiled {
  const Rule* rule = nullptr;
  std::vector<std::string> prefixes;  // the rule's, or its {byline} words followed by a space; by first byte
  std::bitset<256> first_bytes;  // of the prefixes, ASCII folded: most lines are turned away by one lookup
  bool (*gate)(std::string_view line) = nullptr;  // kGates' entry for the rule, if any
  ByteSet contains_bytes;  // of the rule's `contains` literal, ASCII folded
  std::string folded_contains;  // that literal, ASCII folded

  struct Pattern {
    std::optional<Regex> regex;
    std::array<int, static_cast<std::size_t>(Group::count_)> group_numbers{};  // 0: the pattern has none
  };
  const Pattern& pattern() const {
    std::call_once(once_, [this] { pattern_ = compile(*rule); });
    return pattern_;
  }

 private:
  static Pattern compile(const Rule& rule);
  mutable std::once_flag once_;
  mutable Pattern pattern_;
};

Compiled::Pattern Compiled::compile(const Rule& rule) {
  Pattern out;
  try {
    out.regex.emplace(expand(rule.pattern));
  } catch (const std::invalid_argument& e) {
    throw std::logic_error("reader rule '" + std::string(rule.name) + "' does not compile: " + e.what());
  }
  for (std::size_t g = 0; g < kGroupNames.size(); ++g) out.group_numbers[g] = out.regex->group_number(kGroupNames[g]);
  return out;
}

std::vector<const Rule*> all_rules() {
  std::vector<const Rule*> out;
  for (const Rule& r : kRules) out.push_back(&r);
  out.push_back(&kWireDateline);
  out.push_back(&kChineseDateline);
  out.push_back(&kTrailingCredit);
  out.push_back(&kStamp);
  for (const Rule& r : kInlineBylines) out.push_back(&r);
  out.push_back(&kClosingNote);
  out.push_back(&kGluedSignOff);
  return out;
}

const std::vector<Compiled>& compiled() {
  static const std::vector<Compiled> patterns = [] {
    const std::vector<const Rule*> rules = all_rules();
    std::vector<Compiled> out(rules.size());  // in place: a once_flag does not move
    for (std::size_t i = 0; i < rules.size(); ++i) {
      Compiled& c = out[i];
      c.rule = rules[i];
      for (std::string_view prefix : c.rule->prefixes) c.prefixes.emplace_back(prefix);
      if (c.rule->prefixes.empty() && c.rule->pattern.find("{byline}") != std::string_view::npos)
        for (const Vocabulary* v : vocabularies())
          for (std::string_view w : v->byline_words) c.prefixes.push_back(std::string(w) + ' ');
      std::stable_sort(c.prefixes.begin(), c.prefixes.end(), [](const std::string& a, const std::string& b) {
        return fold(a.front()) < fold(b.front());
      });
      for (const std::string& prefix : c.prefixes) c.first_bytes.set(fold(prefix.front()));
      for (const Gate& g : kGates)
        if (g.rule == c.rule->name) c.gate = g.admits;
      c.contains_bytes = bytes_of(c.rule->contains);
      for (const char b : c.rule->contains) c.folded_contains += static_cast<char>(fold(b));
    }
    return out;
  }();
  return patterns;
}

std::size_t index_of(const Rule& rule) {
  constexpr std::size_t kTable = std::size(kRules);
  if (&rule >= kRules && &rule < kRules + kTable) return static_cast<std::size_t>(&rule - kRules);
  if (&rule == &kWireDateline) return kTable;
  if (&rule == &kChineseDateline) return kTable + 1;
  if (&rule == &kTrailingCredit) return kTable + 2;
  if (&rule == &kStamp) return kTable + 3;
  constexpr std::size_t kInline = std::size(kInlineBylines);
  if (&rule >= kInlineBylines && &rule < kInlineBylines + kInline)
    return kTable + 4 + static_cast<std::size_t>(&rule - kInlineBylines);
  if (&rule == &kClosingNote) return kTable + 4 + kInline;
  if (&rule == &kGluedSignOff) return kTable + 5 + kInline;
  throw std::logic_error("unknown reader rule");
}

// What classify() learns of a line once for every row: the bytes it holds and
// the line ASCII folded (both ASCII folded), and its width when measured (-1: not).
struct LineFacts {
  ByteSet bytes;
  std::string_view folded;  // empty: not folded (a very long line)
  int width = -1;
};

// The tests in order of cost: a prefix, the bytes of the literal, the gate,
// then a search for the literal and the width, both as long as the line.
bool passes_prefilter(const Compiled& c, std::string_view line, const LineFacts* facts = nullptr) {
  const Rule& rule = *c.rule;
  if (line.empty()) return false;
  bool prefixed = false;
  if (const unsigned char first = fold(line.front()); !c.prefixes.empty() && c.first_bytes.test(first)) {
    // only the prefixes with the line's first byte
    const auto by_first = [](const std::string& prefix, unsigned char b) { return fold(prefix.front()) < b; };
    for (auto p = std::lower_bound(c.prefixes.begin(), c.prefixes.end(), first, by_first);
         p != c.prefixes.end() && fold(p->front()) == first && !prefixed; ++p)
      prefixed = starts_with_ignoring_ascii_case(line, *p);
  }
  const bool unfiltered = c.prefixes.empty() && rule.contains.empty();
  const bool literal_needed = !prefixed && !unfiltered;
  if (literal_needed && (rule.contains.empty() || (facts && !facts->bytes.holds_all(c.contains_bytes))))
    return false;
  if (c.gate && !c.gate(line)) return false;
  if (literal_needed && !(facts && !facts->folded.empty() ? facts->folded.find(c.folded_contains) != std::string_view::npos
                                                          : contains_folded(line, rule.contains)))
    return false;
  if (rule.widest == 0) return true;
  return facts && facts->width >= 0 ? facts->width <= rule.widest : unicode::fits_width(line, rule.widest);
}

}  // namespace

std::string_view line_kind_name(LineKind kind) {
  switch (kind) {
    case LineKind::blank: return "blank";
    case LineKind::text: return "text";
    case LineKind::label_line: return "label_line";
    case LineKind::byline: return "byline";
    case LineKind::reporter_line: return "reporter_line";
    case LineKind::caption: return "caption";
    case LineKind::credit: return "credit";
    case LineKind::placeholder: return "placeholder";
    case LineKind::footer: return "footer";
    case LineKind::related_link: return "related_link";
    case LineKind::code_ad: return "code_ad";
    case LineKind::boilerplate: return "boilerplate";
    case LineKind::list_item: return "list_item";
    case LineKind::quote: return "quote";
    case LineKind::heading: return "heading";
  }
  return "text";
}

std::span<const Rule> line_rules() { return kRules; }
const Rule& wire_dateline_rule() { return kWireDateline; }
const Rule& chinese_dateline_rule() { return kChineseDateline; }
const Rule& trailing_credit_rule() { return kTrailingCredit; }
const Rule& stamp_rule() { return kStamp; }
std::span<const Rule> inline_byline_rules() { return kInlineBylines; }
const Rule& closing_note_rule() { return kClosingNote; }
const Rule& glued_sign_off_rule() { return kGluedSignOff; }

void compile_every_rule() {
  for (const Compiled& c : compiled()) (void)c.pattern();
  for (const Gate& g : kGates)
    if (std::none_of(compiled().begin(), compiled().end(), [&](const Compiled& c) { return c.rule->name == g.rule; }))
      throw std::logic_error("reader gate '" + std::string(g.rule) + "' names no rule");
}

bool may_match(const Rule& rule, std::string_view line) { return passes_prefilter(compiled()[index_of(rule)], line); }

bool passes_gate(const Rule& rule, std::string_view line) {
  const Compiled& c = compiled()[index_of(rule)];
  return line.empty() || !c.gate || c.gate(line);
}

namespace {

// For each first byte (ASCII folded), the line rules worth trying: those with
// a prefix starting with it, and those with no prefix (a literal anywhere, or
// no prefilter at all).
// (one bit per row, in as many 64-bit words as the table needs)
constexpr std::size_t kMaskWords = (std::size(kRules) + 63) / 64;
using RuleMask = std::array<std::uint64_t, kMaskWords>;
const std::array<RuleMask, 256>& candidates_by_first_byte() {
  static const std::array<RuleMask, 256> table = [] {
    std::array<RuleMask, 256> t{};
    const auto& all = compiled();
    for (std::size_t i = 0; i < std::size(kRules); ++i) {
      const std::uint64_t bit = std::uint64_t{1} << (i % 64);
      for (std::size_t b = 0; b < 256; ++b)
        if (all[i].prefixes.empty() || !kRules[i].contains.empty() || all[i].first_bytes.test(b)) t[b][i / 64] |= bit;
    }
    return t;
  }();
  return table;
}

}  // namespace

struct RuleMatcher::Impl {
  const std::vector<Compiled>& compiled = plaintext::compiled();
  const std::array<RuleMask, 256>& candidates = candidates_by_first_byte();
  RegexMatch match;
  std::string folded;  // the line being classified, ASCII folded
};

RuleMatcher::RuleMatcher() : impl_(std::make_unique<Impl>()) {}

RuleMatcher::~RuleMatcher() = default;

Match RuleMatcher::match(const Rule& rule, std::string_view line, Diagnostics* diagnostics) {
  return run(index_of(rule), line, diagnostics);
}

Match RuleMatcher::match_pattern(const Rule& rule, std::string_view line) {
  return run_pattern(index_of(rule), line, nullptr);
}

Match RuleMatcher::run(std::size_t index, std::string_view line, Diagnostics* diagnostics) {
  if (!passes_prefilter(impl_->compiled[index], line)) return {};
  return run_pattern(index, line, diagnostics);
}

Match RuleMatcher::run_pattern(std::size_t index, std::string_view line, Diagnostics* diagnostics) {
  const Compiled& c = impl_->compiled[index];
  const Rule& rule = *c.rule;
  const Compiled::Pattern& pattern = c.pattern();
  RegexMatch& m = impl_->match;
  const Anchoring anchoring = rule.anchor == Anchor::whole_line ? Anchoring::whole
                              : rule.anchor == Anchor::prefix   ? Anchoring::prefix
                                                                : Anchoring::anywhere;
  const RegexMatch::Result result = m.match(*pattern.regex, line, anchoring);
  if (result == RegexMatch::Result::gave_up) {
    if (diagnostics)
      diagnostics->warn("reader-rule-gave-up", "rule '" + std::string(rule.name) + "' gave up on a line of " +
                                                   std::to_string(line.size()) +
                                                   " bytes (step limit); the line is read as text");
    return {};
  }
  if (result != RegexMatch::Result::matched) return {};
  Match out;
  out.rule = &rule;
  out.length = m.end();
  for (std::size_t g = 0; g < pattern.group_numbers.size(); ++g)
    if (const int n = pattern.group_numbers[g]; n != 0) out.groups[g] = unicode::trim(m.group(n));
  return out;
}

Match RuleMatcher::classify(std::string_view line, Diagnostics* diagnostics, int width) {
  if (line.empty()) return {};
  // Rules in table order, only those the first byte admits.
  // (The prefilter is tested here, not in run(): most rules turn the line away,
  // and a Match to return is 144 bytes to clear each time.)
  // The line folded once, so that each row's literal is looked for by memchr
  // and memcmp rather than compared byte by byte with folding. (Not a very
  // long line: a one-line 24 MB article would be held twice.)
  constexpr std::size_t kLongestFolded = 64 * 1024;
  std::string& folded = impl_->folded;
  const bool fold_line = line.size() <= kLongestFolded;
  folded.resize(fold_line ? line.size() : 0);
  LineFacts facts;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const unsigned char b = fold(line[i]);
    if (fold_line) folded[i] = static_cast<char>(b);
    facts.bytes.add(b);
  }
  facts.folded = folded;
  facts.width = width;
  const RuleMask& candidates = impl_->candidates[fold(line.front())];
  for (std::size_t word = 0; word < kMaskWords; ++word) {
    for (std::uint64_t mask = candidates[word]; mask != 0; mask &= mask - 1) {
      const std::size_t index = word * 64 + static_cast<std::size_t>(std::countr_zero(mask));
      if (!passes_prefilter(impl_->compiled[index], line, &facts)) continue;
      if (Match found = run_pattern(index, line, diagnostics)) return found;
    }
  }
  return {};
}

}  // namespace artconv::plaintext
