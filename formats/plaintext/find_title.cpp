// Pass 4: the headline is the first text unit among the opening ones, after
// leading metadata, share bars and kickers ("Opinion", "Explainer:"). No
// title is made up: a salutation, a lede sentence or a quote opening the text
// means the article has none (Metadata::title stays empty).
//
// A header may name the headline ("Title: …", "标题：…", or "Title:" alone
// with the headline on the next line); a heading the text marks itself
// ("## …") standing before any paragraph is the headline; a header pass
// (etext_headers) may have found it already. Furniture above the headline is
// passed over (a bare URL, a date, a comment line, a comment counter); a
// caption, a dateline lede or a bracketed note in its place means none.
#include <algorithm>
#include <array>
#include <optional>

#include "plaintext/dates.hpp"
#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

// Sentence punctuation a headline does not end with (a "?" or "!" it may).
bool ends_sentence(char32_t c) {
  static constexpr std::u32string_view kEnders = U"。．.；;：:，,、…—-";
  return kEnders.find(c) != std::u32string_view::npos;
}

// "…的原油进口国。", "… on one ATM." end a statement; "Trump says...",
// "… in the U.S." do not.
bool ends_statement(std::string_view text) {
  // (its full stop may stand inside the closing quotation mark: "… Monday on \"The Five.\"")
  static constexpr std::string_view kClosingQuotes[] = {"\"", "”", "’", "'"};
  for (std::string_view q : kClosingQuotes)
    if (text.size() > q.size() + 1 && text.ends_with(q) && text[text.size() - q.size() - 1] == '.') {
      text.remove_suffix(q.size());
      break;
    }
  const char32_t last = unicode::last_code_point(text);
  if (last == U'。' || last == U'．') return true;
  if (last != '.' || text.size() < 2) return false;
  const unsigned char before = static_cast<unsigned char>(text[text.size() - 2]);
  if (before == '.' || (before >= 'A' && before <= 'Z')) return false;
  return true;
}

// "Dear readers,", "Hi all", "親愛的讀者：", "各位貴賓…，大家好。": a letter or
// a speech, not a headline.
bool is_salutation(std::string_view text) {
  static constexpr std::array<std::string_view, 9> kOpenings = {"dear ", "hi ", "hello ", "hey ", "親愛的", "亲爱的",
                                                                 "各位", "尊敬的", "拝啓"};
  static constexpr std::array<std::string_view, 6> kGreetings = {"大家好", "各位好", "你們好", "你们好", "皆さん、こんにちは",
                                                                 "여러분 안녕하십니까"};
  std::string_view body = text;
  while (!body.empty() && ends_sentence(unicode::last_code_point(body))) {
    std::size_t cut = body.size() - 1;
    while (cut > 0 && (static_cast<unsigned char>(body[cut]) & 0xC0) == 0x80) --cut;
    body = body.substr(0, cut);
  }
  for (std::string_view g : kGreetings)
    if (body.ends_with(g)) return true;
  const char32_t last = unicode::last_code_point(text);
  if (last != ',' && last != U'，' && last != ':' && last != U'：' && last != '!') return false;
  for (std::string_view o : kOpenings)
    if (starts_with_ignoring_ascii_case(text, o)) return true;
  return false;
}

bool skippable(LineKind kind) {
  switch (kind) {
    case LineKind::label_line:
    case LineKind::byline:
    case LineKind::reporter_line:
    case LineKind::caption:
    case LineKind::credit:
    case LineKind::placeholder:
    case LineKind::footer:
    case LineKind::related_link:
    case LineKind::code_ad:
    case LineKind::boilerplate: return true;
    default: return false;
  }
}

// "Title: …", "标题：…": the label's field and what follows the colon.
struct Labelled {
  Field field;
  std::string_view value;
};
std::optional<Labelled> labelled(std::string_view text) {
  constexpr std::size_t kLongestLabel = 24;  // bytes
  for (std::size_t i = 0; i < text.size() && i <= kLongestLabel; ++i) {
    std::size_t colon = text[i] == ':' ? 1 : text.substr(i, 3) == "：" ? 3 : 0;
    if (colon == 0) continue;
    const Label* label = find_label(unicode::trim(text.substr(0, i)));
    if (!label) return std::nullopt;
    std::string_view value = unicode::trim(text.substr(i + colon));
    // YAML-style quotes: title: "…"
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    return Labelled{label->field, value};
  }
  return std::nullopt;
}

// "[新聞] 陽明山牛隻暴斃", "Re: [問卦] …": a bulletin board files a post under a
// tag of one to four Han characters before its headline; the tag is the board's.
std::string without_board_tag(std::string_view title) {
  constexpr std::size_t kLongestTag = 4 * 3;  // bytes: four Han characters
  std::size_t open = 0;
  for (std::string_view reply : {"Re: ", "RE: ", "Fw: ", "FW: "})
    if (title.starts_with(reply)) open = reply.size();
  if (title.substr(open, 1) != "[") return std::string(title);
  const std::size_t close = title.find(']', open);
  if (close == std::string_view::npos || close - open - 1 > kLongestTag || close == open + 1) return std::string(title);
  for (std::size_t pos = open + 1; pos < close;) {
    const char32_t c = unicode::next_code_point(title, pos);
    if (!(c >= 0x4E00 && c <= 0x9FFF)) return std::string(title);
  }
  return std::string(title.substr(0, open)) + std::string(unicode::trim(title.substr(close + 1)));
}

bool is_url(std::string_view text) {
  if (!starts_with_ignoring_ascii_case(text, "http://") && !starts_with_ignoring_ascii_case(text, "https://") &&
      !starts_with_ignoring_ascii_case(text, "www."))
    return false;
  return text.find(' ') == std::string_view::npos;
}

// "24", "Jul", "11:21am, EDT", "July 23, 2012, 7:10 p.m. ET": pieces of a
// date and time, one word each a number, a month, a time or a zone.
bool is_date_fragment(std::string_view text) {
  static constexpr std::array<std::string_view, 4> kDayHalves = {"am", "pm", "a.m.", "p.m."};
  constexpr std::size_t kLongestZone = 4;
  if (text.empty()) return false;
  bool dated = false;  // a number or a month, not zones alone
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of(" ,", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view w = text.substr(start, end - start);
    start = end + 1;
    if (w.empty()) continue;
    std::size_t digits = 0;
    while (digits < w.size() && ((w[digits] >= '0' && w[digits] <= '9') || w[digits] == ':' || w[digits] == '.' ||
                                 w[digits] == '/' || w[digits] == '-'))
      ++digits;
    std::string_view rest = w.substr(digits);
    bool half = rest.empty();
    for (std::string_view h : kDayHalves) half = half || equal_ignoring_ascii_case(rest, h);
    if (digits > 0 && half) {
      dated = true;
      continue;
    }
    bool bare_half = false;
    for (std::string_view h : kDayHalves) bare_half = bare_half || equal_ignoring_ascii_case(w, h);
    if (bare_half) continue;
    if (month_from_name(w) != 0) {
      dated = true;
      continue;
    }
    bool zone = w.size() >= 2 && w.size() <= kLongestZone;
    for (char c : w) zone = zone && c >= 'A' && c <= 'Z';
    if (zone) continue;
    return false;
  }
  return dated;
}

// "2023年03月20日 16時35分", "03月20日 16時35分": digits and date units only.
bool is_date_and_time(std::string_view text) {
  static constexpr std::u32string_view kUnits = U"年月日時时分秒 :/.-";
  if (parse_date(text)) return true;
  bool digit = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = unicode::next_code_point(text, pos);
    if (c >= '0' && c <= '9') {
      digit = true;
      continue;
    }
    if (kUnits.find(c) == std::u32string_view::npos) return false;
  }
  return digit;
}

// Lines that stand above a headline without being one: a bare URL, a
// comment ("//格式说明"), a bracketed date ("[03月20日 16時35分]"), a comment
// counter or a bare number ("149comments", "24").
bool is_furniture(std::string_view text) {
  static constexpr std::array<std::string_view, 4> kCommentOpeners = {"//", "/*", "<!--", "#!"};
  static constexpr std::array<std::string_view, 6> kCounterWords = {"comments", "comment", "shares", "views", "likes",
                                                                    "reads"};
  if (is_url(text) || is_date_fragment(text) || parse_date(text)) return true;
  // "Updated July 23, 2012, 7:10 p.m. ET": a date label without its colon.
  if (const std::size_t space = text.find(' '); space != std::string_view::npos) {
    const Label* label = find_label(text.substr(0, space));
    if (label && label->field == Field::date && is_date_fragment(unicode::trim(text.substr(space + 1)))) return true;
  }
  // "Main | Friday, November 09, 2012": a section name and a date.
  if (const std::size_t bar = text.rfind(" | "); bar != std::string_view::npos) {
    const std::string_view after = unicode::trim(text.substr(bar + 3));
    if (text.substr(0, bar).find(' ') == std::string_view::npos && (parse_date(after) || is_date_fragment(after)))
      return true;
  }
  for (std::string_view c : kCommentOpeners)
    if (text.starts_with(c)) return true;
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits > 0) {
    std::string_view rest = unicode::trim(text.substr(digits));
    if (rest.empty()) return true;
    for (std::string_view w : kCounterWords)
      if (equal_ignoring_ascii_case(rest, w)) return true;
  }
  if (text.size() > 2 && (text.front() == '[' || text.starts_with("［")) &&
      (text.back() == ']' || text.ends_with("］"))) {
    const std::size_t open = text.front() == '[' ? 1 : 3, close = text.back() == ']' ? 1 : 3;
    if (is_date_and_time(unicode::trim(text.substr(open, text.size() - open - close)))) return true;
  }
  return false;
}

// What an opening line that is no headline is instead.
enum class NotTitle : std::uint8_t { none, direction, figure, marked };

// "<앵커 멘트>": a stage direction, a heading of a script; "[第一图：一碗饭]":
// a figure; "■关注世界肝炎日", "[摘要：…]": a rubric or a note, removed.
NotTitle classify_note(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kDirections = {
      {{"<", ">"}, {"〈", "〉"}, {"＜", "＞"}}};
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kFigures = {{{"[", "]"}, {"［", "］"}}};
  static constexpr std::array<std::string_view, 6> kMarks = {"■", "□", "●", "◆", "▲", "★"};
  static constexpr std::array<std::string_view, 6> kCaptionEnds = {" 摄", " 攝", "供图", "供圖", "摄）", "攝）"};
  static constexpr std::array<std::string_view, 9> kImageWords = {"图", "圖", "照片", "写真", "画像", "Photo", "Image",
                                                                 "Picture", "Illustration"};
  auto enclosed = [&](std::string_view open, std::string_view close) {
    return text.size() > open.size() + close.size() && text.starts_with(open) && text.ends_with(close) &&
           text.substr(open.size()).find(close) == text.size() - open.size() - close.size();
  };
  for (const auto& [open, close] : kDirections)
    if (enclosed(open, close)) return NotTitle::direction;
  for (const auto& [open, close] : kFigures)
    if (enclosed(open, close)) {
      for (std::string_view w : kImageWords)
        if (text.find(w) != std::string_view::npos) return NotTitle::figure;
      return NotTitle::marked;  // "[摘要：…]": a summary or an editor's note
    }
  for (std::string_view e : kCaptionEnds)
    if (text.ends_with(e)) return NotTitle::figure;
  std::string_view rest = text;  // "&nbsp;" left by an extractor is indentation
  while (rest.starts_with("&nbsp;")) rest = unicode::trim(rest.substr(6));
  for (std::string_view m : kMarks)
    if (rest.starts_with(m)) return NotTitle::marked;
  return NotTitle::none;
}

// "（中央社記者楊啟芳台北31日電）…": a lede opening with its dateline in brackets.
bool is_bracketed_dateline_lede(std::string_view text) {
  static constexpr std::array<std::string_view, 6> kDatelineEnds = {"電）", "电）", "電)", "电)", "報導）", "报道）"};
  constexpr std::size_t kLongestDateline = 90;  // bytes
  if (!text.starts_with("（") && !text.starts_with("(")) return false;
  const std::string_view head = text.substr(0, kLongestDateline);
  for (std::string_view e : kDatelineEnds)
    if (head.find(e) != std::string_view::npos) return true;
  return false;
}

// "Phạm Công • 02/04/2026 - 20:49": a byline and a date under the headline.
bool is_byline_and_date(std::string_view text) {
  static constexpr std::array<std::string_view, 3> kSeparators = {" • ", " · ", " | "};
  constexpr int kWidest = 80;
  if (!unicode::fits_width(text, kWidest)) return false;
  for (std::string_view sep : kSeparators)
    if (const std::size_t at = text.rfind(sep); at != std::string_view::npos)
      if (const std::string_view after = unicode::trim(text.substr(at + sep.size()));
          parse_date(after) || is_date_fragment(after))
        return true;
  return false;
}

// The names and the date of such a line: "by Noah Rothman | 2:23 pm, August
// 9th, 2012" (the time may come first), "Phạm Công • 02/04/2026 - 20:49".
void read_byline_and_date(Draft& draft, std::string_view text) {
  static constexpr std::array<std::string_view, 3> kSeparators = {" • ", " · ", " | "};
  for (std::string_view sep : kSeparators) {
    const std::size_t at = text.rfind(sep);
    if (at == std::string_view::npos) continue;
    std::string_view names = unicode::trim(text.substr(0, at));
    const bool by = starts_with_ignoring_ascii_case(names, "by ");
    if (by) names = unicode::trim(names.substr(3));
    // a name has two words unless "by" says it is one ("Main | Friday, …" is a section)
    if ((by || names.find(' ') != std::string_view::npos) && names.find(sep) == std::string_view::npos &&
        looks_like_name(names) && !is_known_outlet(names))
      apply_byline(draft.meta, names);
    const std::string_view after = unicode::trim(text.substr(at + sep.size()));
    std::optional<DateTime> date = parse_date(after);
    if (const std::size_t comma = after.find(", "); !date && comma != std::string_view::npos)
      date = parse_date(after.substr(comma + 2));  // "2:23 pm, August 9th, 2012"
    if (date && !draft.meta.published) draft.meta.published = date;
    return;
  }
}

// "Over 100 UFOs seen along China border India, Posted on Nov 06, 2012 at
// 08:38pm IST": the page's place and date line glued to the headline. Cuts
// them off the headline (the place is the page's, not the story's dateline),
// and the date is the date.
bool split_glued_date(Draft& draft, std::string& text) {
  for (std::size_t comma = text.find(", "); comma != std::string::npos; comma = text.find(", ", comma + 2)) {
    const std::string_view after = std::string_view(text).substr(comma + 2);
    // The label is the one or two words before the date: "Posted on", "Updated".
    const Label* label = nullptr;
    std::size_t label_end = 0;
    for (std::size_t end = after.find(' '), words = 1; end != std::string_view::npos && words <= 2;
         end = after.find(' ', end + 1), ++words)
      if (const Label* l = find_label(after.substr(0, end)); l && l->field == Field::date) {
        label = l;
        label_end = end;
      }
    if (!label) continue;
    std::string_view date = unicode::trim(after.substr(label_end));
    std::optional<DateTime> parsed = parse_date(date);
    if (!parsed && date.find(" at ") != std::string_view::npos) parsed = parse_date(date.substr(0, date.find(" at ")));
    if (!parsed && !is_date_fragment(date)) continue;
    const std::string_view head = std::string_view(text).substr(0, comma);
    const std::size_t place_start = head.rfind(' ');
    if (place_start == std::string_view::npos) return false;
    if (parsed && !draft.meta.published) draft.meta.published = parsed;
    text = std::string(unicode::trim(head.substr(0, place_start)));
    return true;
  }
  return false;
}

// Under the headline: "Content:", "正文：" standing alone, a byline with its
// date ("Phạm Công • 02/04/2026 - 20:49": its author and date read), an
// agency's name alone ("Press Trust of India": the source).
void drop_header_lines(Draft& draft, std::size_t from) {
  constexpr std::size_t kLookAhead = 3;
  for (std::size_t i = from; i < draft.units.size() && i < from + kLookAhead; ++i) {
    Unit& u = draft.units[i];
    if (u.role != UnitRole::paragraph) continue;
    const auto l = labelled(u.text);
    if (l && l->field == Field::body && l->value.empty()) u.role = UnitRole::metadata;
    if (i == from && u.kind == LineKind::text && is_byline_and_date(u.text)) {
      u.role = UnitRole::metadata;
      read_byline_and_date(draft, u.text);
    }
    if (i == from && u.kind == LineKind::text && is_known_outlet(u.text)) {
      u.role = UnitRole::metadata;
      if (draft.meta.source.empty()) draft.meta.source = u.text;
    }
  }
}

// A site's menu copied over the headline ("Home" / "News" / "Sport" / …): five or more lines of
// one or two words in Latin letters, run together before the text's first sentence, leave it.
void leading_menu(Draft& draft) {
  constexpr std::size_t kFewestMenuItems = 5, kMostItemWords = 2;
  constexpr int kWidestMenuItem = 24;
  Units& units = draft.units;
  const auto menu_item = [&](const Unit& u) {
    if (u.role != UnitRole::paragraph || u.kind != LineKind::text || u.first != u.last ||
        !unicode::fits_width(u.text, kWidestMenuItem))
      return false;
    const std::string_view t = unicode::trim(u.text);
    if (t.empty() || static_cast<std::size_t>(std::count(t.begin(), t.end(), ' ')) >= kMostItemWords) return false;
    return std::all_of(t.begin(), t.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '&' || c == '-';
    });
  };
  for (std::size_t i = 0; i < units.size();) {
    const Unit& u = units[i];
    if (u.role == UnitRole::paragraph && u.kind == LineKind::text && !menu_item(u)) return;  // the text begins
    std::size_t j = i;
    while (j < units.size() && menu_item(units[j]) && (j == i || units[j].first == units[j - 1].last + 1)) ++j;
    if (j - i >= kFewestMenuItems)
      for (std::size_t k = i; k < j; ++k) units[k].role = UnitRole::boilerplate;
    i = std::max(j, i + 1);
  }
}

}  // namespace

void find_title(Draft& draft) {
  leading_menu(draft);
  constexpr int kLeadingUnitsSkipped = 6;
  if (!draft.meta.title.empty()) {
    // A header or a form named it; a "Title: …" line among the opening units says it again.
    for (std::size_t i = 0; i < draft.units.size() && i < kLeadingUnitsSkipped; ++i)
      if (Unit& u = draft.units[i]; u.role == UnitRole::paragraph)
        if (const auto l = labelled(u.text); l && l->field == Field::title && !l->value.empty())
          u.role = UnitRole::metadata;
    return;
  }
  constexpr int kWidestTitle = 200, kWidestSentenceTitle = 100;
  int skipped = 0;
  bool next_is_title = false;  // "Title:" alone: the headline is on the next line
  std::string_view original_title;  // "原标题：…" with no headline above the text
  auto title_like = [&](std::string_view text) {
    // a portal's page title is as wide as its headline ("… - Yahoo!ニュース" and the provider aside)
    if (const auto portal = portal_title(text)) text = portal->headline;
    const int width = unicode::display_width(text);
    const char32_t last = unicode::last_code_point(text);
    return !(width > kWidestTitle || (width > kWidestSentenceTitle && ends_sentence(last)) || ends_statement(text));
  };
  auto take = [&](std::size_t i, std::string_view title) {
    draft.meta.title = title;
    if (draft.units[i].role == UnitRole::paragraph) draft.units[i].role = UnitRole::title;
    drop_header_lines(draft, i + 1);
  };
  auto fall_back = [&] {
    if (!original_title.empty()) draft.meta.title = original_title;
  };
  for (std::size_t i = 0; i < draft.units.size(); ++i) {
    Unit& u = draft.units[i];
    if (u.role != UnitRole::paragraph) continue;
    if (next_is_title) return take(i, u.text);
    if (auto l = labelled(u.text)) {
      if (l->field == Field::body && l->value.empty()) {
        u.role = UnitRole::metadata;
        continue;
      }
      if (l->field == Field::title) {
        u.role = UnitRole::metadata;
        if (l->value.empty()) {
          next_is_title = true;
          continue;
        }
        return take(i, without_board_tag(l->value));
      }
      if (l->field == Field::original_title && original_title.empty() && title_like(l->value))
        original_title = l->value;
    }
    // "## Headline" or "［＃…見出し］" before any paragraph is the headline.
    if (u.kind == LineKind::heading) return take(i, u.text);
    // "WATCH: …", "Photos: …": a headline with its kicker.
    if (u.kind == LineKind::code_ad || u.kind == LineKind::credit) {
      const std::size_t colon = u.text.find(':');
      if (colon != std::string::npos && is_kicker(u.text.substr(0, colon)) &&
          unicode::trim(std::string_view(u.text).substr(colon + 1)).size() > 0 && title_like(u.text))
        return take(i, u.text);
    }
    if (u.kind != LineKind::text) {
      // Metadata and furniture may stand above the headline; content may not.
      if (!skippable(u.kind) || ++skipped > kLeadingUnitsSkipped) return fall_back();
      continue;
    }
    // "At a glance" opening the text: a summary box's head; the page's headline,
    // over the box, was not kept
    if (is_summary_head(u.text)) {
      u.role = UnitRole::heading;
      return fall_back();
    }
    if (is_kicker(u.text) || is_furniture(u.text)) {
      u.role = UnitRole::boilerplate;
      // "Main | Friday, November 09, 2012": a section line's date is the article's
      if (const std::size_t bar = std::string_view(u.text).rfind(" | ");
          bar != std::string_view::npos && !draft.meta.published)
        draft.meta.published = parse_date(unicode::trim(std::string_view(u.text).substr(bar + 3)));
      if (++skipped > kLeadingUnitsSkipped) return fall_back();
      continue;
    }
    // A lede that opens with its dateline ("（中央社記者…台北31日電）…"), a
    // caption with its photographer ("… 张龙云 摄") or a note is no headline.
    RuleMatcher& m = *draft.matcher;
    const bool lede = static_cast<bool>(m.match(wire_dateline_rule(), u.text, draft.diagnostics)) ||
                      static_cast<bool>(m.match(chinese_dateline_rule(), u.text, draft.diagnostics));
    switch (classify_note(u.text)) {
      case NotTitle::marked:
        u.role = UnitRole::boilerplate;
        if (++skipped > kLeadingUnitsSkipped) return fall_back();
        continue;
      case NotTitle::direction: u.role = UnitRole::heading; return fall_back();
      case NotTitle::figure:
        u.role = UnitRole::figure;
        u.detail = u.text;
        return fall_back();
      case NotTitle::none: break;
    }
    // "'…' 더탐사 대표 구속영장(종합)<TAB>(서울=연합뉴스) …": a headline glued to
    // its first paragraph by a tab.
    if (const std::size_t tab = u.text.find('\t'); tab != std::string::npos) {
      const std::string head(unicode::trim(std::string_view(u.text).substr(0, tab)));
      const std::string rest(unicode::trim(std::string_view(u.text).substr(tab + 1)));
      if (!head.empty() && title_like(head) && !title_like(rest)) {
        draft.meta.title = head;
        u.text = rest;
        drop_header_lines(draft, i + 1);
        return;
      }
    }
    // "Workers Reject a Raise. What Comes Next." right over "By " / "Al Root": a headline may close
    // with a full stop; its byline, directly under it, says it is one
    const bool over_byline = i + 1 < draft.units.size() && draft.units[i + 1].kind == LineKind::byline &&
                             draft.units[i + 1].first == u.last + 1 && u.first == u.last &&
                             unicode::display_width(u.text) <= kWidestSentenceTitle;
    if (!(title_like(u.text) || over_byline) || lede || is_bracketed_dateline_lede(u.text) || is_salutation(u.text))
      return fall_back();
    if (std::string head(u.text); split_glued_date(draft, head)) {
      draft.meta.title = head;
      u.role = UnitRole::title;
      drop_header_lines(draft, i + 1);
      return;
    }
    // "國泰金控" over "圖片來源: 國泰金控": the name the credit gives, over
    // it, is the picture's caption.
    if (i + 1 < draft.units.size() && draft.units[i + 1].kind == LineKind::credit &&
        (draft.evidence(draft.units[i + 1])[Group::name] == u.text ||
         draft.evidence(draft.units[i + 1])[Group::caption] == u.text)) {
      u.role = UnitRole::figure;
      u.detail = u.text;
      return fall_back();
    }
    return take(i, u.text);
  }
  fall_back();
}

}  // namespace artconv::plaintext
