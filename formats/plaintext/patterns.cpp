#include "plaintext/patterns.hpp"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <array>
#include <bitset>
#include <cctype>
#include <stdexcept>
#include <unordered_map>

namespace artconv::plaintext {
namespace {

const std::vector<Label> kLabels = {
    // source / outlet
    {"來源", Field::source}, {"来源", Field::source}, {"稿源", Field::source}, {"出處", Field::source},
    {"出处", Field::source}, {"新聞來源", Field::source}, {"新闻来源", Field::source}, {"出典", Field::source},
    {"출처", Field::source}, {"Source", Field::source}, {"Sources", Field::source}, {"Outlet", Field::source},
    // date
    {"日期", Field::date}, {"時間", Field::date}, {"时间", Field::date}, {"發布時間", Field::date},
    {"发布时间", Field::date}, {"發佈時間", Field::date}, {"發表時間", Field::date}, {"发表时间", Field::date},
    {"更新時間", Field::date}, {"更新时间", Field::date}, {"發稿時間", Field::date}, {"发稿时间", Field::date},
    {"公開日", Field::date}, {"配信日", Field::date}, {"掲載日", Field::date}, {"Date", Field::date},
    {"입력", Field::date}, {"수정", Field::date}, {"등록", Field::date}, {"Published", Field::date},
    {"Last updated", Field::date}, {"Last modified", Field::date}, {"Updated on", Field::date},
    {"Published on", Field::date}, {"Posted on", Field::date}, {"Updated", Field::date}, {"Posted", Field::date},
    // original title
    {"原標題", Field::original_title}, {"原标题", Field::original_title}, {"原題", Field::original_title},
    {"原题", Field::original_title}, {"Original title", Field::original_title},
    {"Dateline", Field::dateline},
    // contributors
    {"編輯", Field::contributor, Role::editor}, {"编辑", Field::contributor, Role::editor},
    {"小編", Field::contributor, Role::editor}, {"小编", Field::contributor, Role::editor},
    {"編集", Field::contributor, Role::editor}, {"Editor", Field::contributor, Role::editor},
    {"편집", Field::contributor, Role::editor},
    {"Edited by", Field::contributor, Role::editor},
    {"責編", Field::contributor, Role::responsible_editor}, {"责编", Field::contributor, Role::responsible_editor},
    {"責任編輯", Field::contributor, Role::responsible_editor},
    {"责任编辑", Field::contributor, Role::responsible_editor},
    {"Responsible editor", Field::contributor, Role::responsible_editor},
    {"作者", Field::contributor, Role::author}, {"撰文", Field::contributor, Role::author},
    {"文", Field::contributor, Role::author}, {"著者", Field::contributor, Role::author},
    {"筆者", Field::contributor, Role::author}, {"Author", Field::contributor, Role::author},
    {"Authors", Field::contributor, Role::author}, {"Written by", Field::contributor, Role::author},
    {"記者", Field::contributor, Role::reporter}, {"记者", Field::contributor, Role::reporter},
    {"通訊員", Field::contributor, Role::reporter}, {"通讯员", Field::contributor, Role::reporter},
    {"特派員", Field::contributor, Role::reporter}, {"Reporter", Field::contributor, Role::reporter},
    {"기자", Field::contributor, Role::reporter},
    {"Reporting by", Field::contributor, Role::reporter},
    {"攝影", Field::contributor, Role::photographer}, {"摄影", Field::contributor, Role::photographer},
    {"圖", Field::contributor, Role::photographer}, {"图", Field::contributor, Role::photographer},
    {"撮影", Field::contributor, Role::photographer}, {"写真", Field::contributor, Role::photographer},
    {"Photographer", Field::contributor, Role::photographer}, {"Photo", Field::contributor, Role::photographer},
    {"Photos", Field::contributor, Role::photographer}, {"사진", Field::contributor, Role::photographer},
    {"翻譯", Field::contributor, Role::translator}, {"翻译", Field::contributor, Role::translator},
    {"譯者", Field::contributor, Role::translator}, {"译者", Field::contributor, Role::translator},
    {"編譯", Field::contributor, Role::translator}, {"编译", Field::contributor, Role::translator},
    {"翻訳", Field::contributor, Role::translator}, {"Translator", Field::contributor, Role::translator},
    {"Translated by", Field::contributor, Role::translator},
    // French, German, Spanish, Italian, Portuguese, Russian
    {"Auteur", Field::contributor, Role::author}, {"Auteurs", Field::contributor, Role::author},
    {"Autor", Field::contributor, Role::author}, {"Autorin", Field::contributor, Role::author},
    {"Autore", Field::contributor, Role::author}, {"Автор", Field::contributor, Role::author},
    {"Rédaction", Field::contributor, Role::editor}, {"Redaktion", Field::contributor, Role::editor},
    {"Redakteur", Field::contributor, Role::editor}, {"Redacción", Field::contributor, Role::editor},
    {"Redazione", Field::contributor, Role::editor}, {"Redação", Field::contributor, Role::editor},
    {"Редактор", Field::contributor, Role::editor},
    {"Foto", Field::contributor, Role::photographer}, {"Fotos", Field::contributor, Role::photographer},
    {"Фото", Field::contributor, Role::photographer},
    {"Traduction", Field::contributor, Role::translator}, {"Übersetzung", Field::contributor, Role::translator},
    {"Traducción", Field::contributor, Role::translator}, {"Traduzione", Field::contributor, Role::translator},
    {"Tradução", Field::contributor, Role::translator}, {"Перевод", Field::contributor, Role::translator},
    {"Quelle", Field::source}, {"Fuente", Field::source}, {"Fonte", Field::source}, {"Источник", Field::source},
    {"Publié le", Field::date}, {"Mis à jour le", Field::date}, {"Datum", Field::date},
    {"Veröffentlicht", Field::date}, {"Aktualisiert", Field::date}, {"Fecha", Field::date},
    {"Publicado", Field::date}, {"Pubblicato", Field::date}, {"Data", Field::date}, {"Дата", Field::date},
    {"Опубликовано", Field::date},
};

constexpr unsigned char ascii_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(static_cast<unsigned char>(a[i])) != ascii_lower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

// Credit labels: 圖片攝影, 摄影, 圖/, Photo:, Image credit …
constexpr std::string_view kCreditLabel =
    R"((?:(?:圖片|图片|照片)?(?:攝影|摄影|來源|来源|提供)|圖|图|撮影|写真|(?:Photo(?:graph)?s?|Image|Picture)(?:\s+(?:credit|courtesy|by))?|Credit))";

// Indexed by LinePattern.
const std::array<std::string, 9> kPatternSources = {
    // boilerplate
    R"(^(?:(?:分享到|分享至|分享本文)\s*[:：]?.{0,40}|分享\s*[:：].{0,40}|Share(?:\s+(?:this|on|via)\b.{0,40}|\s*[:：].{0,40}|)|)"
    R"((?:相關新聞|相关新闻|相關閱讀|相关阅读|延伸閱讀|延伸阅读|推薦閱讀|推荐阅读|熱門新聞|热门新闻|相關文章|相关文章)\s*[:：]?|)"
    R"((?:Related\s+(?:articles|stories|news|topics|content)|More on this story|Read more|Advertisement|廣告|广告)\s*[:：]?|)"
    R"((?:[【\[]?\s*(?:打印|列印|關閉|关闭|返回頂部|返回顶部|返回首頁|返回首页|收藏)\s*[】\]]?\s*)+|)"
    R"((?:Copyright\s*(?:©|\(c\)|\d{4})|版權所有|版权所有|©).{0,100}|)"
    R"((?:點擊|点击|Click here|掃描|扫描|長按|长按).{0,40}(?:關注|关注|訂閱|订阅|subscribe|二維碼|二维码|下載|下载).{0,20}|)"
    R"((?:Follow us on|Like us on|Sign up for|Subscribe to).{0,60}|)"
    R"((?:上一篇|下一篇|Previous|Next)\s*[:：].{0,80}|)"
    R"((?:微信|微博|QQ空間|QQ空间|QQ|Facebook|Twitter|LINE|WhatsApp|E-?mail|Pinterest|LinkedIn|Telegram|Reddit))"
    R"((?:\s*[|/、,，]?\s*(?:微信|微博|QQ空間|QQ空间|QQ|Facebook|Twitter|LINE|WhatsApp|E-?mail|Pinterest|LinkedIn|Telegram|Reddit))*)$)",
    // placeholder: group 1 = a caption inside the brackets, 2 = one after them
    R"(^(?:\S*_fororder_\S*|(?:圖片|图片)(?:默認|默认)(?:標題|标题)\S*|<img\b[^>]*>|)"
    R"([\[［【〔(（]\s*(?:圖片|图片|圖|图|照片|写真|画像|視頻|视频|影片|圖表|图表|Image|Photo|Picture|Video|IMG|Graphic))"
    R"((?:\s*[:：]\s*([^\]］】〕)）]{0,60})|[^\]］】〕)）]{0,40})[\]］】〕)）]\s*(.{0,80}))$)",
    // credit_line: "(圖片攝影 劉歆)" (group 1) or "Photo: Reuters" (group 2, a separator required)
    "^(?:[(（]\\s*" + std::string(kCreditLabel) + R"(\s*(?:[:：/／・]|\s)\s*([^()（）:：]{1,40}?)\s*[)）]|)" +
        std::string(kCreditLabel) + R"(\s*[:：/／・]\s*([^()（）:：]{1,40}?))$)",
    // trailing_credit
    R"(^(.*?\S)\s*[(（]\s*)" + std::string(kCreditLabel) + R"(\s*(?:[:：/／・]|\s)\s*([^()（）:：]{1,40}?)\s*[)）]$)",
    // byline
    R"((?-i)^(?:By|BY|Par|PAR|Von|VON|Por|POR|Door|Di)\s+(\p{Lu}[^\d]{1,100})$)",
    // wire_dateline
    R"((?-i)^([A-Z][A-Z.'’\- ]{1,40}?(?:,\s+[A-Z][A-Za-z.'’\- ]{1,30}?)?)\s*,?\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*)?\(([A-Za-z][^)]{1,40})\)\s*(?:--|—|–|-)\s*)",
    // cn_dateline
    R"(^(新華社|新华社|中新社|中新網|中新网|中通社|央視網|央视网|人民網|人民网|新華網|新华网|本報|本报|本刊|本台)\s*([^\d\s(（,，]{0,12}?)\s*(?:\d{1,2}月\d{1,2}日)?\s*(?:電|电|訊|讯)\s*(?:[(（]\s*(?:記者|记者)\s*([^)）]{1,40})[)）])?)",
    // quote_marker
    R"(^>\s?(.*)$)",
    // reporter_line: a space after the label tells 記者 張三 from 記者會
    R"(^[(（]?\s*(?:本報|本报|本刊|特派)?(?:記者|记者|通訊員|通讯员)\s+([^()（）:：]{1,40}?)\s*(?:報道|报道|報導|报导)?\s*[)）]?$)",
};

constexpr std::array<std::string_view, 24> kOutlets = {
    "BBC News", "BBC", "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Xinhua",
    "CNN", "Bloomberg", "The Guardian", "The New York Times", "The Washington Post", "Kyodo", "Yonhap",
    "NHK", "Al Jazeera", "Deutsche Welle", "DW", "Apple Daily", "新華社", "新华社", "中新社", "共同社",
};

const std::vector<std::unique_ptr<icu::RegexPattern>>& compiled_patterns() {
  static const std::vector<std::unique_ptr<icu::RegexPattern>> patterns = [] {
    std::vector<std::unique_ptr<icu::RegexPattern>> out;
    for (const std::string& source : kPatternSources) {
      UErrorCode status = U_ZERO_ERROR;
      UParseError pe;
      std::unique_ptr<icu::RegexPattern> p(
          icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(source), UREGEX_CASE_INSENSITIVE, pe, status));
      if (U_FAILURE(status))
        throw std::logic_error("reader pattern does not compile: " + source.substr(0, 60) + " (" +
                               u_errorName(status) + ")");
      out.push_back(std::move(p));
    }
    return out;
  }();
  return patterns;
}

}  // namespace

std::string ascii_lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(ascii_lower(static_cast<unsigned char>(c)));
  return out;
}

const Label* find_label(std::string_view text) {
  // Looked up for every colon of every short line: a hash, not a scan.
  static const std::unordered_map<std::string, const Label*> index = [] {
    std::unordered_map<std::string, const Label*> m;
    for (const Label& l : kLabels) m.emplace(ascii_lowercase(l.text), &l);
    return m;
  }();
  constexpr std::size_t kLongestLabel = 24;
  if (text.empty() || text.size() > kLongestLabel) return nullptr;
  const auto it = index.find(ascii_lowercase(text));
  return it == index.end() ? nullptr : it->second;
}

std::string_view canonical_label(Field field, Role role) {
  switch (field) {
    case Field::source: return "Source";
    case Field::date: return "Date";
    case Field::original_title: return "Original title";
    case Field::dateline: return "Dateline";
    case Field::contributor:
      switch (role) {
        case Role::author: return "Author";
        case Role::editor: return "Editor";
        case Role::responsible_editor: return "Responsible editor";
        case Role::reporter: return "Reporter";
        case Role::photographer: return "Photographer";
        case Role::translator: return "Translator";
      }
  }
  return "Source";
}

bool is_known_outlet(std::string_view name) {
  for (std::string_view o : kOutlets)
    if (equal_ignoring_ascii_case(o, name)) return true;
  return false;
}

std::string_view outlet_at_start(std::string_view part) {
  std::string_view best;
  for (std::string_view o : kOutlets)
    if (part.size() > o.size() && part[o.size()] == ' ' && equal_ignoring_ascii_case(part.substr(0, o.size()), o) &&
        o.size() > best.size())
      best = o;
  return best;
}

struct LineMatchers::Matchers {
  std::vector<std::unique_ptr<icu::RegexMatcher>> by_pattern;
};

LineMatchers::LineMatchers() : matchers_(std::make_unique<Matchers>()) {
  for (const auto& pattern : compiled_patterns()) {
    UErrorCode status = U_ZERO_ERROR;
    matchers_->by_pattern.emplace_back(pattern->matcher(status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU regex matcher unavailable");
  }
}

LineMatchers::~LineMatchers() = default;

namespace {

std::vector<std::string> groups_of(icu::RegexMatcher& m) {
  std::vector<std::string> out;
  for (int32_t g = 0; g <= m.groupCount(); ++g) {
    UErrorCode status = U_ZERO_ERROR;
    std::string s;
    m.group(g, status).toUTF8String(s);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

namespace {

// How a line that a pattern can match begins (ASCII compared without case),
// indexed by LinePattern; an empty list admits every line. Rejecting the rest
// here spares the regex engine, which otherwise dominates reading time. Every
// alternative of a pattern above must start with one of its prefixes.
const std::array<std::vector<std::string_view>, 9> kPrefixes = {{
    // boilerplate
    {"分享", "share", "相關", "相关", "延伸", "推薦", "推荐", "熱門", "热门", "related", "more on this story", "read more",
     "advertisement", "廣告", "广告", "【", "[", "打印", "列印", "關閉", "关闭", "返回", "收藏", "copyright", "版權", "版权",
     "©", "點擊", "点击", "click here", "掃描", "扫描", "長按", "长按", "follow us", "like us", "sign up", "subscribe",
     "上一篇", "下一篇", "previous", "next", "微信", "微博", "qq", "facebook", "twitter", "line", "whatsapp", "email",
     "e-mail", "pinterest", "linkedin", "telegram", "reddit"},
    // placeholder ("_fororder_" may stand anywhere: see may_match)
    {"[", "［", "【", "〔", "(", "（", "<img", "圖片", "图片"},
    // credit_line
    {"(", "（", "圖", "图", "照片", "攝影", "摄影", "來源", "来源", "提供", "撮影", "写真", "photo", "image", "picture",
     "credit"},
    // trailing_credit, byline, wire_dateline, cn_dateline, quote_marker: no prefilter
    {}, {}, {}, {}, {},
    // reporter_line
    {"(", "（", "本報", "本报", "本刊", "特派", "記者", "记者", "通訊員", "通讯员"},
}};

bool starts_with_ignoring_ascii_case(std::string_view line, std::string_view prefix) {
  return line.size() >= prefix.size() && equal_ignoring_ascii_case(line.substr(0, prefix.size()), prefix);
}

// The first bytes (ASCII folded) of each pattern's prefixes: most lines are
// turned away by one lookup.
const std::array<std::bitset<256>, kPrefixes.size()>& first_bytes() {
  static const std::array<std::bitset<256>, kPrefixes.size()> table = [] {
    std::array<std::bitset<256>, kPrefixes.size()> t;
    for (std::size_t i = 0; i < kPrefixes.size(); ++i)
      for (std::string_view p : kPrefixes[i]) t[i].set(ascii_lower(static_cast<unsigned char>(p.front())));
    return t;
  }();
  return table;
}

bool may_match(LinePattern pattern, std::string_view line) {
  const std::size_t index = static_cast<std::size_t>(pattern);
  const std::vector<std::string_view>& prefixes = kPrefixes[index];
  if (prefixes.empty()) return true;
  if (pattern == LinePattern::placeholder && line.find("_fororder_") != std::string_view::npos) return true;
  if (line.empty() || !first_bytes()[index].test(ascii_lower(static_cast<unsigned char>(line.front())))) return false;
  for (std::string_view p : prefixes)
    if (starts_with_ignoring_ascii_case(line, p)) return true;
  return false;
}

}  // namespace

std::optional<std::vector<std::string>> LineMatchers::match(LinePattern pattern, std::string_view line) {
  if (!may_match(pattern, line)) return std::nullopt;
  icu::RegexMatcher& m = *matchers_->by_pattern[static_cast<std::size_t>(pattern)];
  const icu::UnicodeString input =
      icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
  m.reset(input);
  UErrorCode status = U_ZERO_ERROR;
  if (!m.matches(status) || U_FAILURE(status)) return std::nullopt;
  return groups_of(m);
}

std::optional<std::vector<std::string>> LineMatchers::match_prefix(LinePattern pattern, std::string_view line,
                                                                   std::size_t& matched_bytes) {
  icu::RegexMatcher& m = *matchers_->by_pattern[static_cast<std::size_t>(pattern)];
  const icu::UnicodeString input =
      icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
  m.reset(input);
  UErrorCode status = U_ZERO_ERROR;
  if (!m.lookingAt(status) || U_FAILURE(status)) return std::nullopt;
  std::vector<std::string> groups = groups_of(m);
  matched_bytes = groups[0].size();
  return groups;
}

}  // namespace artconv::plaintext
