#include "plaintext/people.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <iterator>

#include "plaintext/dates.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

using unicode::next_code_point;

constexpr std::array<std::string_view, 7> kStrongSeparators = {"|", "｜", "丨", "│", "¦", "\t", "\u3000"};
// A source label's value may be a feed's title ("CNN.com - RSS Channel - App International Edition",
// "BBC News - World"): its head names the outlet when it is one we know, perhaps as a domain.
constexpr std::array<std::string_view, 4> kFeedTitleSeparators = {" - ", " | ", " – ", " — "};
constexpr std::array<std::string_view, 7> kDomainSuffixes = {".com", ".co.uk", ".org", ".net", ".cn", ".hk", ".tw"};
// or a site's section ("时政频道", "World Channel"): no outlet at all.
constexpr std::array<std::string_view, 4> kSectionWords = {"频道", "頻道", " Channel", " channel"};
// or the paper and its print edition: a bracket with a date or a page ("人民日报（2019年03月05日 04 版）").
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kEditionBrackets = {{{"（", "）"}, {"(", ")"}}};
// or says the copy was compiled from several ("北晚新视觉综合"): the outlet without the word.
constexpr std::array<std::string_view, 4> kCompiledWords = {"综合报道", "綜合報導", "综合", "綜合"};
// or runs on past the outlet into a sentence ("环球时报-环球网 。更多精彩，请登录环球网 http://…"): a name has no full stop.
constexpr std::array<std::string_view, 2> kSourceValueEnds = {"。", "．"};
// A portal's code for its editor, glued to the name ("史建磊_NBJ11331", NetEase) or set apart ("王五 SN225").
constexpr std::array<std::string_view, 1> kEditorCodeGlue = {"_"};

// Markdown emphasis around a label or its value: "**来源：** 时政频道", "__Published:__ 2023-04-03".
// (a markdown line set in italics: "*新聞來源：…；發佈時間：2020年9月17日*")
constexpr std::array<std::string_view, 3> kEmphasisMarks = {"**", "__", "*"};
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kEnclosing = {{
    {"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}, {"〔", "〕"}, {"「", "」"},
}};

constexpr std::string_view kOutlets[] = {
    "BBC News", "BBC Sport", "BBC", "Reuters", "Associated Press", "The Associated Press", "AP", "AFP",
    "Agence France-Presse", "Xinhua", "Press Trust of India", "PTI", "NBC News", "ABC News", "CBS News",
    "Getty Images", "UPI", "EFE", "Kyodo News", "Yonhap News",
    "CNN", "RTHK", "Bloomberg", "The Guardian", "The New York Times", "The Washington Post", "Kyodo", "Yonhap",
    "NHK", "Al Jazeera", "Deutsche Welle", "DW", "Apple Daily", "新華社", "新华社", "中新社", "共同社",
    "Daily Mail", "MailOnline", "Mail Online", "Sky News", "The Independent", "The Telegraph",
    "The Daily Telegraph", "Evening Standard", "USA Today", "Fox News", "NPR",
    "dpa", "ANSA", "CBS", "NBC", "ABC", "中央社", "中時", "聯合報", "联合报", "自由時報", "人民日报", "人民日報",
};

// What the names of Chinese-language outlets end with: 新民晚報, 中時電子報, 新京报, 央广网.
constexpr std::string_view kOutletEndings[] = {"報", "报", "社", "網", "网", "台", "刊", "新聞", "新闻"};

// Words that may stand lowercase inside a name ("Ludwig van Beethoven").
constexpr std::array<std::string_view, 24> kNameConnectors = {
    "and", "&", "de", "da", "van", "von", "der", "la", "le", "bin", "al", "del", "et", "und", "y", "e", "en", "и",
    // Portuguese and Italian particles: "Eça do Queiroz", "Maria dos Santos", "Giovanni di Lorenzo"
    "do", "dos", "das", "di", "du", "della"};

std::string_view strip_quotes(std::string_view s) {
  // (and a note-taking vault's wiki link: "[[KP Media Moldova]]")
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kQuotes = {{
      {"\"", "\""}, {"“", "”"}, {"「", "」"}, {"'", "'"}, {"[[", "]]"},
  }};
  s = unicode::trim(s);
  for (const auto& [open, close] : kQuotes)
    if (s.size() > open.size() + close.size() && s.starts_with(open) && s.ends_with(close))
      return unicode::trim(s.substr(open.size(), s.size() - open.size() - close.size()));
  return s;
}

// Markup an extractor or a feed left before a metadata line: "#+发布时间：…", "■ 來源：…".
std::string_view without_sigil(std::string_view line) {
  static constexpr std::array<std::string_view, 6> kSigils = {"#+", "#", "■", "□", "●", "◆"};
  for (std::string_view s : kSigils)
    if (line.starts_with(s)) return unicode::trim(line.substr(s.size()));
  return line;
}

// "www.XINHUANET.com2006年02月01日 …", "http://www.sina.com.cn 2006年01月28日10:31": a portal's
// date line after the site's address; the line without it (the address's last label ends
// where its letters end).
std::string_view without_site_address(std::string_view line) {
  auto is_ascii_alnum = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
  };
  auto is_ascii_alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  std::size_t end = 0;
  for (std::string_view scheme : {std::string_view("http://"), std::string_view("https://")})
    if (line.size() > scheme.size() && equal_ignoring_ascii_case(line.substr(0, scheme.size()), scheme))
      end = scheme.size();
  if (end == 0 && !(line.size() > 4 && equal_ignoring_ascii_case(line.substr(0, 4), "www.")))
    return line;
  bool dotted = false;
  for (;;) {
    std::size_t k = end;
    while (k < line.size() && is_ascii_alnum(line[k])) ++k;
    if (k == end) break;
    if (k < line.size() && line[k] == '.') {
      end = k + 1;
      dotted = true;
      continue;
    }
    std::size_t letters = end;
    while (letters < k && is_ascii_alpha(line[letters])) ++letters;
    end = letters;
    break;
  }
  if (!dotted) return line;
  if (end < line.size() && line[end] == '/')  // a path after the host
    while (end < line.size() && line[end] != ' ') ++end;
  return unicode::trim(line.substr(end));
}

// "(图/张雅琦 文/蒋涛)": a short line whose labels end in slashes (no URL).
bool short_slashed(std::string_view line) {
  constexpr std::size_t kLongest = 80;
  return line.size() <= kLongest && line.find("//") == std::string_view::npos &&
         (line.find('/') != std::string_view::npos || line.find("／") != std::string_view::npos);
}

std::string_view without_emphasis(std::string_view s) {
  s = unicode::trim(s);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view mark : kEmphasisMarks) {
      if (s.starts_with(mark)) s = unicode::trim(s.substr(mark.size())), again = true;
      if (s.ends_with(mark)) s = unicode::trim(s.substr(0, s.size() - mark.size())), again = true;
    }
  }
  return s;
}

std::string_view strip_enclosing(std::string_view s) {
  for (const auto& [open, close] : kEnclosing)
    if (s.size() > open.size() + close.size() && s.substr(0, open.size()) == open &&
        s.substr(s.size() - close.size()) == close)
      return unicode::trim(s.substr(open.size(), s.size() - open.size() - close.size()));
  return s;
}

std::vector<std::string_view> split_strong(std::string_view s) {
  // The separators' first bytes, and the space of a double space: most bytes
  // start none, and are passed over with one lookup.
  static constexpr std::array<bool, 256> kMayStartSeparator = [] {
    std::array<bool, 256> t{};
    for (std::string_view sep : kStrongSeparators) t[static_cast<unsigned char>(sep.front())] = true;
    t[' '] = true;
    return t;
  }();
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (!kMayStartSeparator[static_cast<unsigned char>(s[i])]) {
      ++i;
      continue;
    }
    std::size_t sep_len = 0;
    for (std::string_view sep : kStrongSeparators)
      if (s.substr(i, sep.size()) == sep) sep_len = sep.size();
    if (sep_len == 0 && s[i] == ' ' && i + 1 < s.size() && s[i + 1] == ' ') {
      sep_len = 2;
      while (i + sep_len < s.size() && s[i + sep_len] == ' ') ++sep_len;
    }
    if (sep_len == 0) {
      ++i;
      continue;
    }
    out.push_back(unicode::trim(s.substr(start, i - start)));
    i += sep_len;
    start = i;
  }
  out.push_back(unicode::trim(s.substr(start)));
  return out;
}

// "來源：…", "Source: …", and the Japanese "文＝佐枝せつこ".
// "圖/張雅琦 文/蔣濤": a slash after a known label (only labels are looked up).
bool is_colon_at(std::string_view s, std::size_t i, std::size_t& len) {
  if (s[i] == ':' || s[i] == '/') return len = 1, true;
  if (s[i] != '\xEF') return false;  // the lead byte of the three full-width forms
  if (s.substr(i, 3) == "：" || s.substr(i, 3) == "＝" || s.substr(i, 3) == "／") return len = 3, true;
  return false;
}

// Splits "来源：新华网 编辑：张三" where one space separates labelled fields.
std::vector<std::string_view> split_at_labels(std::string_view piece) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < piece.size(); ++i) {
    std::size_t colon = 0;
    if (!is_colon_at(piece, i, colon)) continue;
    // The longest label ending at this colon ("Responsible editor", not "editor").
    std::size_t label_start = std::string_view::npos;
    for (std::size_t at = start; at < i; ++at) {
      // (or glued to the time before it: "2006年02月01日 20:00:35来源：新华网")
      const bool after_digit = at > start && piece[at - 1] >= '0' && piece[at - 1] <= '9' &&
                               static_cast<unsigned char>(piece[at]) >= 0x80;
      // (or after a semicolon: "新聞來源：香港自由報；作者：Rachel Wong")
      const bool after_semicolon = (at > start && piece[at - 1] == ';') || (at >= start + 3 && piece.substr(at - 3, 3) == "；");
      if ((at == start || piece[at - 1] == ' ' || after_digit || after_semicolon) &&
          find_label(piece.substr(at, i - at))) {
        label_start = at;
        break;
      }
    }
    if (label_start != std::string_view::npos && label_start > start) {
      std::string_view before = unicode::trim(piece.substr(start, label_start - start));
      if (before.ends_with("；")) before.remove_suffix(3);
      if (before.ends_with(";")) before.remove_suffix(1);
      out.push_back(unicode::trim(before));
      start = label_start;
    }
    i += colon - 1;
  }
  out.push_back(unicode::trim(piece.substr(start)));
  return out;
}

std::optional<ParsedField> parse_field(std::string_view field) {
  for (std::size_t i = 0; i < field.size(); ++i) {
    std::size_t colon = 0;
    if (!is_colon_at(field, i, colon)) continue;
    const Label* label = find_label(without_emphasis(field.substr(0, i)));
    if (!label || label->field == Field::body) break;
    std::string_view value = field.substr(i + colon);
    // "翻譯/簡評：X-Wing", "文字/攝影：王小明": two labels a slash apart, the value after the second
    if (field[i] == '/' || field.substr(i, 3) == "／") {
      constexpr std::size_t kLongestSecondLabel = 12;
      const std::size_t second = std::min(value.find("："), value.find(':'));
      if (second != std::string_view::npos && second > 0 && second <= kLongestSecondLabel &&
          value.substr(0, second).find_first_of(" /") == std::string_view::npos)
        value = value.substr(second);
    }
    while (value.starts_with(":") || value.starts_with("：")) value.remove_prefix(value.front() == ':' ? 1 : 3);
    value = without_emphasis(value);
    ParsedField parsed{label, std::string(strip_quotes(value)), std::nullopt};
    if (parsed.value.empty()) return std::nullopt;
    if (label->field == Field::date) {
      parsed.date = parse_date(parsed.value);
      if (!parsed.date) return std::nullopt;
    }
    return parsed;
  }
  if (auto date = parse_date(field)) return ParsedField{nullptr, std::string(field), date};
  return std::nullopt;
}

bool has_unspaced_script(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();)
    if (unicode::is_unspaced_script(next_code_point(s, pos))) return true;
  return false;
}

// "Carlos Ronquillo y Valdez": Spanish "y" between a full name and one more word
// (up to the next separator) joins two surnames, not two people.
bool joins_surnames(std::string_view before, std::string_view after) {
  before = unicode::trim(before);
  const std::size_t end = after.find_first_of(",;&/");
  after = unicode::trim(after.substr(0, end));
  return before.find(' ') != std::string_view::npos && !after.empty() && after.find(' ') == std::string_view::npos;
}

}  // namespace

std::optional<std::vector<ParsedField>> parse_metadata_line(std::string_view line) {
  constexpr int kWidestMetadataLine = 240;
  // Every field is "label: value" or a date, so a colon or a digit is needed.
  const bool colon = line.find(':') != std::string_view::npos || line.find("：") != std::string_view::npos ||
                     line.find("＝") != std::string_view::npos || short_slashed(line);
  // (A byte loop: find_first_of calls memchr over its set once per byte of the line.)
  if (!colon && std::none_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  if (!unicode::fits_width(line, kWidestMetadataLine)) return std::nullopt;
  std::vector<ParsedField> fields;
  line = without_site_address(without_sigil(line));
  for (std::string_view piece : split_strong(strip_enclosing(line))) {
    for (std::string_view field : split_at_labels(piece)) {
      if (field.empty()) continue;
      auto parsed = parse_field(field);
      if (!parsed) return std::nullopt;
      // "来源：新京报 2019-03-05": the source, then the date after one space
      std::optional<ParsedField> date_after;
      if (parsed->label && parsed->label->field == Field::source)
        for (std::size_t sp = parsed->value.find(' '); sp != std::string::npos; sp = parsed->value.find(' ', sp + 1)) {
          const std::string_view when = unicode::trim(std::string_view(parsed->value).substr(sp + 1));
          if (auto date = parse_date(when)) {
            date_after = ParsedField{nullptr, std::string(when), date};
            parsed->value = std::string(unicode::trim(std::string_view(parsed->value).substr(0, sp)));
            break;
          }
        }
      fields.push_back(std::move(*parsed));
      if (date_after) fields.push_back(std::move(*date_after));
    }
  }
  if (fields.empty()) return std::nullopt;
  return fields;
}

std::vector<std::string> split_names(std::string_view value) {
  std::vector<std::string> names;
  std::string current;
  const bool cjk = has_unspaced_script(value);
  auto flush = [&] {
    const std::string_view t = unicode::trim(current);
    if (!t.empty()) names.emplace_back(t);
    current.clear();
  };
  int depth = 0;  // inside brackets nothing separates: "林清俊(Kiyotoshi Hayashi)"
  for (std::size_t pos = 0; pos < value.size();) {
    const std::size_t start = pos;
    const char32_t c = next_code_point(value, pos);
    if (c == '(' || c == U'（') ++depth;
    if ((c == ')' || c == U'）') && depth > 0) --depth;
    const bool separator = depth == 0 && (c == ',' || c == U'，' || c == U'、' || c == ';' || c == U'；' ||
                                          c == '&' || c == '/' || c == U'／' || (cjk && unicode::is_space(c)));
    if (separator) {
      flush();
      continue;
    }
    bool conjunction = false;
    if (!cjk && c == ' ') {
      for (const Vocabulary* v : vocabularies())
        for (std::string_view word : v->name_conjunctions)
          if (!conjunction && word.front() == ' ' && value.substr(start, word.size()) == word &&
              !(word == " y " && joins_surnames(current, value.substr(start + word.size())))) {
            flush();
            pos = start + word.size();
            conjunction = true;
          }
    }
    if (!conjunction) current.append(value, start, pos - start);
  }
  flush();
  return names;
}

std::optional<Role> role_named(std::string_view word) {
  word = unicode::trim(word);
  if (word.empty()) return std::nullopt;
  if (const Label* l = find_label(word); l && l->field == Field::contributor) return l->role;
  for (const Vocabulary* v : vocabularies()) {
    for (const Contribution& c : v->contributions_before)
      if (equal_ignoring_ascii_case(c.phrase, word)) return c.role;
    for (const Contribution& c : v->contributions_after)
      if (equal_ignoring_ascii_case(c.phrase, word)) return c.role;
  }
  return std::nullopt;
}

namespace {

bool has_hangul(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    const char32_t c = next_code_point(s, pos);
    if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF)) return true;
  }
  return false;
}

bool starts_unspaced(std::string_view s) {
  std::size_t pos = 0;
  return !s.empty() && unicode::is_unspaced_script(next_code_point(s, pos));
}

// The role phrase of an unspaced script that `piece` holds, the last one
// ("中國組記者區翠恩" → "記者"), the longest at its place ("實習記者", not "記者").
struct RoleWordAt {
  std::size_t at = std::string_view::npos, size = 0;
  Role role = Role::author;
};
RoleWordAt role_word_in(std::string_view piece) {
  RoleWordAt best;
  for (const Vocabulary* v : vocabularies())
    for (const Contribution& c : v->contributions_before) {
      if (!starts_unspaced(c.phrase)) continue;
      const std::size_t at = piece.rfind(c.phrase);
      if (at == std::string_view::npos) continue;
      const std::size_t end = at + c.phrase.size();
      if (best.at == std::string_view::npos || end > best.at + best.size ||
          (end == best.at + best.size && c.phrase.size() > best.size))
        best = {at, c.phrase.size(), c.role};
    }
  return best;
}


}  // namespace

std::vector<Contributor> split_credits(std::string_view value, Role role) {
  std::vector<Contributor> out;
  value = strip_quotes(value);
  if (has_hangul(value)) {  // Korean names are one word each: "김윤구 김진방"
    for (const std::string& part : split_names(value))
      for (std::size_t w = 0; w < part.size();) {
        std::size_t e = part.find(' ', w);
        if (e == std::string::npos) e = part.size();
        if (e > w) out.push_back({part.substr(w, e - w), role});
        w = e + 1;
      }
    return out;
  }
  if (!has_unspaced_script(value)) {
    // "Cleia Viana/Câmara dos Deputados", "RAFA RIVAS/AFP/Getty Images": a photographer, then
    // whom the picture is from
    if (role == Role::photographer && value.find('/') != std::string_view::npos && value.find('/') > 0)
      value = unicode::trim(value.substr(0, value.find('/')));
    for (std::string& n : split_names(value)) out.push_back({std::move(n), role});
    return out;
  }
  for (const std::string& piece : split_names(value)) {
    std::string_view name = piece;
    if (const RoleWordAt w = role_word_in(name); w.at != std::string_view::npos) {
      // "陈雪频实习记者唐翔": a name before the role word of a second, junior credit (an intern,
      // a stringer) is a credit of its own; not a desk or a place before a reporter's role word
      // ("中國組記者區翠恩", "台灣特派員鄭智仁"), nor the paper's own words ("本报特约通讯员")
      static constexpr std::array<std::string_view, 8> kSecondCredits = {
          "實習記者", "实习记者", "見習記者", "见习记者", "實習生", "实习生", "通訊員", "通讯员"};
      const std::string_view word = name.substr(w.at, w.size);
      if (const std::string_view before = name.substr(0, w.at);
          w.at > 0 && std::find(kSecondCredits.begin(), kSecondCredits.end(), word) != kSecondCredits.end() &&
          looks_like_name(before) && !before.starts_with("本"))
        out.push_back({std::string(before), role});
      role = w.role;
      name = name.substr(w.at + w.size);
      while (!name.empty() && (name.front() == '/' || name.front() == ':'))
        name.remove_prefix(1);
      for (std::string_view sep : {std::string_view("／"), std::string_view("："), std::string_view("/")})
        if (name.starts_with(sep)) name.remove_prefix(sep.size());
      name = unicode::trim(name);
    }
    if (!name.empty()) out.push_back({std::string(name), role});
  }
  return out;
}

namespace {

// "SN225", "SF011": capitals then digits, the code a portal gives its editor.
bool is_editor_code(std::string_view word) {
  const std::size_t letters = word.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  return letters >= 1 && letters <= 4 && letters < word.size() &&
         word.find_first_not_of("0123456789", letters) == std::string_view::npos;
}

}  // namespace

namespace {

// The particles of names that stay lower case ("Ludwig van Beethoven", "Anwar bin Ibrahim").
constexpr std::array<std::string_view, 32> kNameParticles = {
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "do", "du", "la", "le", "las",
    "los", "ter", "ten", "zu", "und", "y", "e", "af", "av", "bin", "binti", "ibn", "bint", "ben", "al", "el"};

// A word in ASCII lower case that is no particle, among others: "Shooting at Batman
// screening" is a title, not a name (a name's words are capitalised, or all in
// capitals). One word alone may be a handle in lower case ("maomaobear").
bool has_common_word(std::string_view name) {
  if (name.find(' ') == std::string_view::npos) return false;
  for (std::size_t start = 0; start < name.size();) {
    std::size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(start, end - start);
    start = end + 1;
    if (word.empty() || word.front() < 'a' || word.front() > 'z') continue;
    if (std::find(kNameParticles.begin(), kNameParticles.end(), word) != kNameParticles.end()) continue;
    // a particle joined to the name it stands before: "al-Baghdadi", "d'Estaing", "dell'Acqua"
    const std::size_t joint = word.find_first_of("-'");
    if (joint != std::string_view::npos && joint + 1 < word.size() && word[joint + 1] >= 'A' && word[joint + 1] <= 'Z')
      continue;
    return true;
  }
  return false;
}

}  // namespace

void add_contributor(Metadata& meta, std::string_view name, Role role) {
  name = strip_quotes(name);
  // "RAFA RIVAS/AFP/Getty Images": the photographer, then the agencies.
  if (role == Role::photographer && name.find('/') != std::string_view::npos && name.find('/') > 0)
    name = unicode::trim(name.substr(0, name.find('/')));
  // a closing bracket left over, not one that closes "林清俊(Kiyotoshi Hayashi)"
  while (!name.empty() && (name.back() == '.' || name.back() == ',' ||
                           (name.back() == ')' && std::count(name.begin(), name.end(), '(') <
                                                      std::count(name.begin(), name.end(), ')'))))
    name = unicode::trim(name.substr(0, name.size() - 1));
  for (std::string_view glue : kEditorCodeGlue)
    if (const std::size_t at = name.rfind(glue); at != std::string_view::npos && at > 0 &&
                                                 is_editor_code(name.substr(at + glue.size())))
      name = unicode::trim(name.substr(0, at));
  if (name.empty()) return;
  // a sentence or a glossary entry is nobody's name ("取材したり書いたりする人。", "1）新聞や…"),
  // nor a portal's code for its editor ("责任编辑：王五 SN225")
  constexpr std::size_t kLongestName = 80;
  if (name.size() > kLongestName || (name.front() >= '0' && name.front() <= '9') || is_editor_code(name)) return;
  // (nor a label left in: "Page：拱卒")
  for (std::string_view stop : {"。", "！", "？", "）", "、", "："})
    if (name.find(stop) != std::string_view::npos) return;
  if (has_common_word(name)) return;
  Contributor c{std::string(name), role};
  if (std::find(meta.contributors.begin(), meta.contributors.end(), c) == meta.contributors.end())
    meta.contributors.push_back(std::move(c));
}

namespace {

// The outlet a source label's value names: "CNN.com - RSS Channel - …" → "CNN", "时政频道" → "".
std::string outlet_of_source_value(std::string_view value) {
  for (std::string_view end : kSourceValueEnds)
    if (const std::size_t at = value.find(end); at != std::string_view::npos) value = value.substr(0, at);
  value = unicode::trim(value);
  for (const auto& [open, close] : kEditionBrackets)
    if (const std::size_t at = value.rfind(open); value.ends_with(close) && at != std::string_view::npos && at > 0 &&
                                                  value.substr(at).find_first_of("0123456789") != std::string_view::npos)
      value = unicode::trim(value.substr(0, at));
  for (std::string_view word : kSectionWords)
    if (value.ends_with(word)) return {};
  std::string_view head = value;
  for (std::string_view sep : kFeedTitleSeparators)
    if (const std::size_t at = head.find(sep); at != std::string_view::npos) head = unicode::trim(head.substr(0, at));
  for (std::string_view suffix : kDomainSuffixes)
    if (head.size() > suffix.size() && equal_ignoring_ascii_case(head.substr(head.size() - suffix.size()), suffix))
      head.remove_suffix(suffix.size());
  constexpr std::size_t kShortestOutletBytes = 6;  // two Han characters
  for (std::string_view word : kCompiledWords)
    if (head.ends_with(word) && head.size() >= word.size() + kShortestOutletBytes) {
      head.remove_suffix(word.size());
      return std::string(head);
    }
  return head != value && is_known_outlet(head) ? std::string(head) : std::string(value);
}

}  // namespace

void apply_fields(Metadata& meta, const std::vector<ParsedField>& fields) {
  for (const ParsedField& f : fields) {
    const Field kind = f.label ? f.label->field : Field::date;
    switch (kind) {
      case Field::source:
        if (meta.source.empty()) meta.source = outlet_of_source_value(strip_quotes(f.value));
        break;
      case Field::date:
        if (!meta.published && f.date) meta.published = f.date;
        break;
      case Field::original_title:
        if (meta.original_title.empty()) meta.original_title = f.value;
        break;
      case Field::dateline:
        if (meta.dateline.empty()) meta.dateline = f.value;
        break;
      case Field::title:
        if (meta.title.empty()) meta.title = f.value;
        break;
      case Field::body:
      case Field::category: break;
      case Field::contributor:
        for (const Contributor& c : split_credits(f.value, f.label->role)) add_contributor(meta, c.name, c.role);
        break;
    }
  }
}

std::string_view known_outlet(std::string_view name) {
  for (std::string_view o : kOutlets)
    if (equal_ignoring_ascii_case(o, name)) return o;
  return {};
}

bool is_known_outlet(std::string_view name) { return !known_outlet(name).empty(); }

namespace {

// News portals that carry other outlets' stories; their page title names the
// provider in brackets before the portal: "阪神　藤川監督に処分（デイリースポーツ） - Yahoo!ニュース".
constexpr std::array<std::string_view, 12> kNewsPortals = {
    "Yahoo!ニュース", "Yahoo! ニュース", "Yahoo!ニュース - Yahoo!ニュース", "Googleニュース", "Google ニュース", "LINE NEWS",
    "livedoorニュース", "gooニュース", "エキサイトニュース", "Yahoo!奇摩新聞", "네이버 뉴스", "다음 뉴스"};

// "…処分（デイリースポーツ）", "…捜査（テレビ朝日系（ANN））": the bracketed provider closing a
// portal's headline, brackets nested or not; empty if the headline closes otherwise.
std::string_view bracketed_provider(std::string_view head, std::string_view& rest) {
  constexpr int kWidestProvider = 24;
  const std::size_t end = head.size();
  std::size_t depth = 0, open = std::string_view::npos;
  const bool wide = head.ends_with("）");
  if (!wide && !head.ends_with(")")) return {};
  const std::string_view closer = wide ? "）" : ")", opener = wide ? "（" : "(";
  for (std::size_t at = head.size(); at > 0;) {
    --at;
    if (head.substr(at).starts_with(closer)) ++depth;
    else if (head.substr(at).starts_with(opener) && --depth == 0) {
      open = at;
      break;
    }
  }
  if (open == std::string_view::npos || open == 0) return {};
  const std::string_view provider = unicode::trim(head.substr(open + opener.size(), end - open - opener.size() - closer.size()));
  if (provider.empty() || !unicode::fits_width(provider, kWidestProvider)) return {};
  rest = unicode::trim(head.substr(0, open));
  return provider;
}

}  // namespace

std::optional<PortalTitle> portal_title(std::string_view title) {
  static constexpr std::array<std::string_view, 4> kSeparators = {" - ", " | ", " – ", " — "};
  for (std::string_view portal : kNewsPortals) {
    if (title.size() <= portal.size() + 3 || !title.ends_with(portal)) continue;
    std::string_view head = title.substr(0, title.size() - portal.size());
    bool separated = false;
    for (std::string_view sep : kSeparators)
      if (head.ends_with(sep)) {
        head.remove_suffix(sep.size());
        separated = true;
        break;
      }
    if (!separated) continue;
    head = unicode::trim(head);
    std::string_view rest = head;
    const std::string_view provider = bracketed_provider(head, rest);
    return PortalTitle{provider.empty() ? head : rest, provider};
  }
  return std::nullopt;
}

// "…有市民說會暫停寄件。（余思嵐攝）": the photographer's name and the mark for a photograph
// closing a Chinese caption in brackets.
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kClosingCreditBrackets = {{
    {"（", "）"}, {"(", ")"}}};
constexpr std::array<std::string_view, 4> kClosingCreditMarks = {"攝影", "摄影", "攝", "摄"};

std::optional<Contributor> caption_credit(std::string_view caption) {
  caption = unicode::trim(caption);
  constexpr std::size_t kLongestName = 4 * 3;  // bytes: four Han characters
  for (const auto& [open, close] : kClosingCreditBrackets) {
    if (!caption.ends_with(close)) continue;
    const std::size_t at = caption.rfind(open);
    if (at == std::string_view::npos) continue;
    std::string_view inner = caption.substr(at + open.size(), caption.size() - close.size() - at - open.size());
    for (std::string_view mark : kClosingCreditMarks)
      if (inner.ends_with(mark)) {
        const std::string_view name = unicode::trim(inner.substr(0, inner.size() - mark.size()));
        if (name.size() >= 2 * 3 && name.size() <= kLongestName && has_unspaced_script(name) && looks_like_name(name))
          return Contributor{std::string(name), Role::photographer};
        break;
      }
  }
  // the last "label:" whose label starts a sentence or the caption
  for (std::size_t colon = caption.rfind(':'); colon != std::string_view::npos && colon > 0;
       colon = colon == 0 ? std::string_view::npos : caption.rfind(':', colon - 1)) {
    std::size_t start = caption.find_last_of(".([", colon - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    const Label* label = find_label(unicode::trim(caption.substr(start, colon - start)));
    if (!label || label->field != Field::contributor) continue;
    std::string_view name = caption.substr(colon + 1);
    for (char end : {'/', ']', ')', '|'})
      if (const std::size_t at = name.find(end); at != std::string_view::npos) name = name.substr(0, at);
    name = unicode::trim(name);
    if (!looks_like_name(name)) return std::nullopt;
    // "Photograph: Bettmann/Bettmann Archive": one word in a spaced script credits an agency or an
    // archive; a photographer has a first and a last name
    if (label->role == Role::photographer && name.find(' ') == std::string_view::npos && !has_unspaced_script(name))
      return std::nullopt;
    return Contributor{std::string(name), label->role};
  }
  return std::nullopt;
}

namespace {

// "AP Photo", "Reuters Photo", "AFP": an agency in a credit.
bool credit_agency(std::string_view part) {
  part = unicode::trim(part);
  for (std::string_view photo : {std::string_view(" Photo"), std::string_view(" Photos")})
    if (part.size() > photo.size() && part.ends_with(photo)) return true;
  return is_known_outlet(part);
}

// "AP Photo/Natacha Pisarenko", "ED Jones/AFP/Getty Images": the photographer, or "".
std::string_view agency_credit(std::string_view inner) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t slash = inner.find('/', start);
    parts.push_back(unicode::trim(inner.substr(start, slash == std::string_view::npos ? std::string_view::npos
                                                                                      : slash - start)));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  if (parts.size() < 2) return {};
  // "Photograph: Dick Swanson/Getty Images": a credit's label before the photographer
  if (const std::size_t colon = parts[0].find(':'); colon != std::string_view::npos)
    if (const Label* label = find_label(unicode::trim(parts[0].substr(0, colon)));
        label != nullptr && label->field == Field::contributor)
      parts[0] = unicode::trim(parts[0].substr(colon + 1));
  std::string_view name;
  if (parts.size() == 2 && credit_agency(parts[0]) && parts[0].ends_with("Photo")) {
    name = parts[1];
  } else if (std::all_of(parts.begin() + 1, parts.end(), credit_agency)) {
    name = parts[0];
  }
  // a photographer has a first and a last name; "CBS/AP" is two outlets
  if (name.empty() || credit_agency(name) || !looks_like_name(name) || name.find(' ') == std::string_view::npos)
    return {};
  return name;
}

}  // namespace

std::vector<std::string> photo_credits(std::string_view text) {
  std::vector<std::string> out;
  text = unicode::trim(text);
  if (text.ends_with("</figcaption>")) text = unicode::trim(text.substr(0, text.size() - 13));
  // "…的标识 郭晨 摄", "…有相同的信念。何君健攝": a Chinese caption closing with its photographer
  for (std::string_view shot : {std::string_view("摄影"), std::string_view("攝影"), std::string_view("摄"),
                                std::string_view("攝")}) {
    if (!text.ends_with(shot)) continue;
    const std::string_view head = unicode::trim(text.substr(0, text.size() - shot.size()));
    std::size_t start = head.size();
    int han = 0;
    while (start > 0 && han < 5) {
      std::size_t prev = start - 1;
      while (prev > 0 && (static_cast<unsigned char>(head[prev]) & 0xC0) == 0x80) --prev;
      std::size_t pos = prev;
      const char32_t c = next_code_point(head, pos);
      const bool ideograph = (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
      if (!ideograph) break;
      start = prev;
      ++han;
    }
    const std::string_view name = head.substr(start);
    const std::string_view before = unicode::trim(head.substr(0, start));
    const bool set_off = start == 0 || head[start - 1] == ' ' || before.ends_with("。") || before.ends_with("　");
    if (han >= 2 && han <= 3 && set_off) out.emplace_back(name);
    break;
  }
  constexpr std::size_t kLongestCredit = 80;
  if (text.size() <= kLongestCredit && text.find('(') == std::string_view::npos) {
    if (const std::string_view name = agency_credit(text); !name.empty()) out.emplace_back(name);
  }
  for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos) break;
    const std::string_view inner = text.substr(open + 1, close - open - 1);
    if (inner.size() > kLongestCredit || inner.find('/') == std::string_view::npos) continue;
    if (const std::string_view name = agency_credit(inner); !name.empty()) out.emplace_back(name);
  }
  if (out.empty())
    if (auto c = caption_credit(text); c && c->role == Role::photographer) out.push_back(c->name);
  return out;
}

bool looks_like_outlet(std::string_view name) {
  name = unicode::trim(name);
  if (is_known_outlet(name)) return true;
  int han = 0;
  for (std::size_t pos = 0; pos < name.size();) {
    if (!unicode::is_unspaced_script(next_code_point(name, pos))) return false;
    ++han;
  }
  if (han < 2 || han > 10) return false;
  return std::any_of(std::begin(kOutletEndings), std::end(kOutletEndings),
                     [&](std::string_view e) { return name.ends_with(e) && name.size() > e.size(); });
}

std::string_view outlet_at_start(std::string_view part) {
  std::string_view best;
  for (std::string_view o : kOutlets)
    if (part.size() > o.size() && part[o.size()] == ' ' && equal_ignoring_ascii_case(part.substr(0, o.size()), o) &&
        o.size() > best.size())
      best = o;
  return best;
}

std::string_view outlet_at_end(std::string_view part) {
  std::string_view best;
  for (std::string_view o : kOutlets)
    if (part.size() > o.size() + 1 && part[part.size() - o.size() - 1] == ' ' &&
        equal_ignoring_ascii_case(part.substr(part.size() - o.size()), o) && o.size() > best.size())
      best = part.substr(part.size() - o.size());
  return best;
}

namespace {

// Link texts a page sets right after the byline's name, glued on when the page
// was flattened: "By Adam MannEmail Author".
constexpr std::string_view kGluedLinks[] = {"Email Author", "Email the Author", "E-mail Author", "Contact Author",
                                            "View Profile", "Author Profile", "Follow"};

std::string_view without_glued_link(std::string_view names) {
  for (std::string_view link : kGluedLinks)
    if (names.size() > link.size() && names.ends_with(link)) {
      const char before = names[names.size() - link.size() - 1];
      if (before >= 'a' && before <= 'z') return names.substr(0, names.size() - link.size());
    }
  return names;
}

}  // namespace

bool apply_byline(Metadata& meta, std::string_view names, Role role) {
  names = without_glued_link(unicode::trim(names));
  std::vector<std::string> people;
  std::string outlet;
  bool staff = true;
  std::size_t part_index = 0;
  std::size_t start = 0;
  while (start <= names.size()) {
    std::size_t comma = names.find(',', start);
    if (comma == std::string_view::npos) comma = names.size();
    const std::string_view part = unicode::trim(names.substr(start, comma - start));
    start = comma + 1;
    if (part.empty()) continue;
    if (is_known_outlet(part)) {
      outlet.assign(part);
      ++part_index;
      continue;
    }
    if (const std::string_view o = outlet_at_start(part); !o.empty() && part_index > 0) {
      outlet.assign(o);  // "Associated Press Writer": the outlet and a job title
      // "NBC News contributor", "CNN columnist": writing for the outlet, not on its staff
      const std::string job = ascii_lowercase(unicode::trim(part.substr(o.size())));
      staff = job.find("contributor") == std::string::npos && job.find("columnist") == std::string::npos;
      ++part_index;
      continue;
    }
    bool name_like = true;
    int words = 0;
    for (std::size_t w = 0; w < part.size();) {
      std::size_t e = part.find(' ', w);
      if (e == std::string_view::npos) e = part.size();
      const std::string_view word = part.substr(w, e - w);
      w = e + 1;
      if (word.empty()) continue;
      ++words;
      const bool connector = std::find(kNameConnectors.begin(), kNameConnectors.end(), word) != kNameConnectors.end();
      const auto first = static_cast<unsigned char>(word[0]);
      if (!connector && !(first >= 'A' && first <= 'Z') && first < 0x80) name_like = false;
    }
    if (!name_like || words > 12) {
      if (part_index == 0) return false;  // "By the end of …" is a sentence
      ++part_index;
      continue;
    }
    // "Mike Whalley BBC Sport": names, then the outlet without a comma.
    std::string_view names_part = part;
    if (const std::string_view o = outlet_at_end(part); !o.empty()) {
      names_part = unicode::trim(part.substr(0, part.size() - o.size()));
      // "Elizabeth Melimopoulos and AFP": an agency that wrote with the writer, not the outlet
      bool co_credit = false;
      for (const Vocabulary* v : vocabularies())
        for (std::string_view conjunction : v->name_conjunctions) {
          const std::string_view word = unicode::trim(conjunction);
          if (!co_credit && names_part.size() > word.size() && names_part.ends_with(word) &&
              names_part[names_part.size() - word.size() - 1] == ' ') {
            names_part = unicode::trim(names_part.substr(0, names_part.size() - word.size()));
            co_credit = true;
          }
        }
      if (!co_credit) outlet.assign(o);
    }
    for (std::string& n : split_names(names_part)) people.push_back(std::move(n));
    ++part_index;
  }
  if (people.empty() && !outlet.empty()) {  // "By The Associated Press"
    if (meta.source.empty()) meta.source = outlet;
    return true;
  }
  if (people.empty()) return false;
  // "By Elizabeth Chuck, NBC News": a byline naming the outlet is its reporter's.
  if (role == Role::author && !outlet.empty() && staff) role = Role::reporter;
  for (const std::string& p : people) add_contributor(meta, p, role);
  if (meta.source.empty() && !outlet.empty()) meta.source = outlet;
  return true;
}

std::string_view without_affiliation(std::string_view s) {
  static constexpr std::array<std::string_view, 3> kAffiliationDashes = {" - ", " -- ", " – "};
  for (std::string_view dash : kAffiliationDashes)
    if (const std::size_t at = s.find(dash); at != std::string_view::npos && at > 0) return unicode::trim(s.substr(0, at));
  return s;
}

bool looks_like_name(std::string_view s) {
  s = unicode::trim(s);
  if (s.empty()) return false;
  int han = 0, other = 0;
  for (std::size_t pos = 0; pos < s.size();) {
    const char32_t c = next_code_point(s, pos);
    if (unicode::is_unspaced_script(c)) ++han;
    else if (c != U'·' && c != U'・') ++other;
  }
  if (han > 0) return other == 0 && han >= 2 && han <= 5;
  int words = 0;
  for (std::size_t w = 0; w < s.size();) {
    std::size_t e = s.find(' ', w);
    if (e == std::string_view::npos) e = s.size();
    const std::string_view word = s.substr(w, e - w);
    w = e + 1;
    if (word.empty()) continue;
    ++words;
    const bool connector = std::find(kNameConnectors.begin(), kNameConnectors.end(), word) != kNameConnectors.end();
    const auto first = static_cast<unsigned char>(word[0]);
    if (!connector && first < 0x80 && !(first >= 'A' && first <= 'Z')) return false;
    // (a lowercase letter of another script opens no name either: "đề", "élan")
    if (!connector && first >= 0x80 && u_islower(static_cast<UChar32>(unicode::first_code_point(word)))) return false;
    if (is_function_word(word) && !connector) return false;
  }
  return words >= 1 && words <= 5;
}

}  // namespace artconv::plaintext
