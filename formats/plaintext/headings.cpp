// Pass 11: headings. Lines the text marks as headings ("== History ==",
// Aozora's ［＃…見出し］, Markdown's "### …", a benchmark's "<h>" blocks) are headings; so is a short line
// without sentence punctuation over a paragraph (between two, or a deck under
// the headline), a third of the median paragraph's width or less; one may
// stand over a picture set before its text. A deck in wide characters (Korean,
// Chinese) may be as wide as a headline, and a short deck may exclaim ("…に！").
// Lines ending no sentence between the headline and the paragraph an agency's
// dateline opens (a portal's copy of a print headline block: kicker, headline,
// deck) are decks however wide they are against the paragraphs.
// A line set off by more blank lines than part the paragraphs may be as wide
// as a deck and up to two thirds of the median paragraph ("'하늘의 사신' MQ-9
// 리퍼, 2007년 이후 실전 투입하는 암살 전문 드론" after three blank lines).
// A wider single line in capitals-first Latin script that ends no sentence,
// set between paragraphs (up to two thirds of the median width), is a
// related story's headline the page put there: it leaves the body. A line
// ending no sentence right under a heading and over a paragraph is a second
// heading. On a page made mostly of lists (a Wikipedia page of dates) a line
// over a list heads it when it is no wider than the list's items.
#include <algorithm>
#include <array>

#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

bool ends_sentence(char32_t c) {
  // (and the stops of other scripts: Devanagari and Bengali ।॥, Burmese ။, Arabic ؟ and
  // Urdu ۔, Ethiopic ።, Armenian ։)
  static constexpr std::u32string_view kEnders = U"。．.！!？?；;：:，,、…—-।॥။؟۔።։";
  return kEnders.find(c) != std::u32string_view::npos;
}

// "…I'm talking!\"", "No, he said.”", "'And we did a lot for that.'": a sentence that ends
// inside the closing quotation marks ends all the same.
bool ends_quoted_sentence(std::string_view s) {
  static constexpr std::u32string_view kClosers = U"”\"’'»」』";
  std::size_t end = s.size();
  bool closed = false;
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    const char32_t c = unicode::last_code_point(s.substr(0, end));
    if (kClosers.find(c) == std::u32string_view::npos) return closed && ends_sentence(c);
    closed = true;
    end = start;
  }
  return false;
}

// "はるかぜちゃんは" (over a quotation): a Japanese line ending in a case
// particle leads into what follows; it heads nothing.
bool leads_on(char32_t c) {
  static constexpr std::u32string_view kParticles = U"はがをにとでも";
  return kParticles.find(c) != std::u32string_view::npos;
}

bool has_sentence_inside(std::string_view s) {
  static constexpr std::array<std::string_view, 10> kInner = {"。", "！", "？", ". ", "! ", "? ", "।", "။", "؟ ", "۔"};
  return std::any_of(kInner.begin(), kInner.end(), [&](std::string_view m) { return s.find(m) != std::string_view::npos; });
}

// "「ええ」", "“Yes”": a line of speech, not a heading. A line that only opens
// with a quoted term ("“成功学”背后的“体面陷阱”") goes on after the quotation
// closes: it may head a section.
bool opens_quotation(std::string_view s) {
  // (German speech opens with » and closes with «, French the other way round)
  static constexpr std::u32string_view kOpeners = U"「『“\"‘«»„";
  static constexpr std::u32string_view kClosers = U"」』”\"’»«“";
  std::size_t pos = 0;
  if (kOpeners.find(unicode::next_code_point(s, pos)) == std::u32string_view::npos) return false;
  while (pos < s.size())
    if (kClosers.find(unicode::next_code_point(s, pos)) != std::u32string_view::npos) return pos == s.size();
  return true;  // the speech runs on
}

// "### Strikes": a Markdown heading an extractor wrote; its text without the marks.
std::string_view markdown_heading(std::string_view s) {
  std::size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') ++hashes;
  constexpr std::size_t kDeepest = 6;
  if (hashes == 0 || hashes > kDeepest || hashes == s.size() || (s[hashes] != ' ' && s[hashes] != '\t')) return {};
  std::string_view text = unicode::trim(s.substr(hashes));
  while (!text.empty() && text.back() == '#') text.remove_suffix(1);  // "## Closed ##"
  return unicode::trim(text);
}

// "3、烦躁多汗" alone over a paragraph: a numbered head (a run of such lines
// would have been a list).
bool numbered_head(const Draft& draft, const Unit& u) {
  constexpr int kWidestNumberedHead = 60;
  return draft.first_line(u).kind == LineKind::list_item && u.first == u.last &&
         unicode::fits_width(u.text, kWidestNumberedHead) && !ends_sentence(unicode::last_code_point(u.text)) &&
         !has_sentence_inside(u.text);
}

// The line is in an "<h>" block of a text with block markers: the nearest
// marker above it, with no blank line between, is a heading's.
bool in_marked_heading(const Draft& draft, std::size_t line) {
  constexpr std::size_t kLongestBlock = 20;  // lines
  for (std::size_t j = line + 1; j-- > 0 && line - j < kLongestBlock;) {
    const Line& l = draft.lines[j];
    if (l.blank()) return false;
    if (l.marked) return l.marks_heading;
  }
  return false;
}

bool is_paragraph(const Unit& u) { return u.role == UnitRole::paragraph; }

// "新华社北京2月22日电 …", "(서울=뉴스1) 문대현 기자 = …", "BEIJING (Reuters) - …": agency copy starts here.
bool opens_with_dateline(Draft& draft, std::string_view text) {
  RuleMatcher& m = *draft.matcher;
  if (m.match(wire_dateline_rule(), text, draft.diagnostics) || m.match(chinese_dateline_rule(), text, draft.diagnostics))
    return true;
  for (const Rule& rule : inline_byline_rules())
    if (m.match(rule, text, draft.diagnostics)) return true;
  return false;
}
// Units that become blocks (not the title, not removed lines).
bool is_block(const Unit& u) {
  return u.role != UnitRole::title && u.role != UnitRole::metadata && u.role != UnitRole::boilerplate;
}

}  // namespace

void headings(Draft& draft) {
  Units& units = draft.units;
  for (Unit& u : units) {
    if (u.role != UnitRole::paragraph) continue;
    if (u.kind == LineKind::heading || (u.kind == LineKind::text && in_marked_heading(draft, u.first))) {
      u.role = UnitRole::heading;
    } else if (u.kind == LineKind::text && u.first == u.last) {
      const std::string_view text = markdown_heading(u.text);
      if (text.empty()) continue;
      // A long sentence set as a subheading is prose in large type (a "# "
      // headline is a heading however long).
      constexpr int kWidestMarkdownHeading = 80;
      if (u.text.starts_with("# ") || unicode::fits_width(text, kWidestMarkdownHeading)) u.role = UnitRole::heading;
      u.text = std::string(text);
    }
  }

  // Each unit's display width, measured once (the texts do not change below);
  // a unit that is still its one line as read has the width split_lines measured.
  std::vector<int> width_of(units.size(), -1);
  const auto width = [&](std::size_t i) {
    if (width_of[i] >= 0) return width_of[i];
    const Unit& u = units[i];
    const Line& line = draft.lines[u.first];
    width_of[i] = u.first == u.last && line.width != kVeryWide && u.text == line.text ? line.width
                                                                                     : unicode::display_width(u.text);
    return width_of[i];
  };
  std::vector<int> widths;
  for (std::size_t i = 0; i < units.size(); ++i)
    if (is_paragraph(units[i])) widths.push_back(width(i));
  // A page made mostly of lists (a Wikipedia page of dates) has few paragraphs to
  // tell a head's width by: a line over a list is measured against the list's items.
  std::vector<int> item_widths;
  for (std::size_t i = 0; i < units.size(); ++i)
    if (units[i].role == UnitRole::list_item) item_widths.push_back(width(i));
  const auto median_of = [](std::vector<int>& v) {
    std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
    return v[v.size() / 2];
  };
  const bool list_page = item_widths.size() > widths.size() && item_widths.size() >= 3;
  if (widths.size() < 3 && !list_page) return;
  const int item_median = list_page ? median_of(item_widths) : 0;
  const int median = widths.size() >= 3 ? median_of(widths) : item_median;
  constexpr int kWidestHeading = 60;
  // The blank lines over each paragraph; the count most of them have is the usual gap.
  const auto blanks_before = [&](const Unit& u) {
    std::size_t n = 0;
    while (n < u.first && draft.lines[u.first - 1 - n].blank()) ++n;
    return n;
  };
  std::array<std::size_t, 4> gaps{};  // 0, 1, 2, 3 or more blank lines
  for (const Unit& u : units)
    if (is_paragraph(u)) ++gaps[std::min<std::size_t>(blanks_before(u), gaps.size() - 1)];
  const auto usual_gap = static_cast<std::size_t>(std::max_element(gaps.begin(), gaps.end()) - gaps.begin());
  // Decks: the lines right under the headline, before the first paragraph,
  // may be as wide as a headline (two thirds of the median paragraph) when
  // they are set in wide characters.
  bool under_headline = false;
  for (std::size_t i = 0; i < units.size(); ++i) {
    Unit& u = units[i];
    if (u.role == UnitRole::title) under_headline = true;
    if (!is_block(u)) continue;
    const bool deck_zone = under_headline;
    under_headline = false;  // until this block turns out to be a deck
    // The next block must be a paragraph.
    std::size_t next = i + 1;
    while (next < units.size() && !is_block(units[next])) ++next;
    // A paragraph going on in lowercase continues a broken line, no heading.
    const auto continues = [&](const Unit& n) {
      const char32_t c = unicode::first_code_point(n.text);
      return (c >= 'a' && c <= 'z') || c == ',' || c == ';';
    };
    const bool over_content = next < units.size() && ((is_paragraph(units[next]) && !continues(units[next])) ||
                                                      units[next].role == UnitRole::list_item);
    if (is_paragraph(u) && over_content && numbered_head(draft, u)) {
      u.role = UnitRole::heading;
      continue;
    }
    if (is_paragraph(u) && over_content) {
      const int w = width(i);
      // (a line over a list of a list page: against the items, short as items are, no wider than they)
      const bool over_items = list_page && units[next].role == UnitRole::list_item;
      const int measure = over_items ? std::max(item_median, median) : median;
      constexpr int kWidestHeadOverItems = 100;
      // A question may head a section ("为什么要“春捂”？", "What went wrong?").
      const char32_t last = unicode::last_code_point(u.text);
      constexpr int kWidestQuestionHead = 30, kNarrowestQuestionHead = 4;
      const bool question = (last == U'？' || last == '?') && w <= kWidestQuestionHead && w >= kNarrowestQuestionHead;
      const std::string_view body = question ? std::string_view(u.text).substr(0, u.text.size() - 1) : u.text;
      constexpr int kWidestHeadline = 100;
      const char32_t first = unicode::first_code_point(u.text);
      // (in Latin script: "OCR 能力 SOTA（…）：9 倍像素更清晰" is a Chinese line opening with an acronym)
      const auto unspaced = [](std::string_view s) {
        for (std::size_t pos = 0; pos < s.size();)
          if (unicode::is_unspaced_script(unicode::next_code_point(s, pos))) return true;
        return false;
      };
      if (w > kWidestHeading && w <= kWidestHeadline && w * 3 <= median * 2 && first >= 'A' && first <= 'Z' &&
          !unspaced(u.text) &&
          !ends_sentence(last) && last != U'”' && last != '"' && last != ')' && !has_sentence_inside(body) &&
          u.first == u.last && i > 0 && is_paragraph(units[i - 1])) {
        u.role = UnitRole::boilerplate;  // a related story's headline set between paragraphs
        continue;
      }
      constexpr int kWidestSetOff = 100;
      const std::size_t gap = blanks_before(u);
      const bool set_off = gap >= 2 && gap > usual_gap && u.first == u.last;
      const bool narrow = over_items ? w <= kWidestHeadOverItems && w <= measure
                          : set_off  ? w <= kWidestSetOff && w * 3 <= measure * 2
                                     : w <= kWidestHeading && w * 3 <= measure;
      if (narrow &&
          (question || !ends_sentence(last)) && !leads_on(last) &&
          !has_sentence_inside(body) && !opens_quotation(u.text) && !ends_quoted_sentence(u.text)) {
        u.role = UnitRole::heading;
        under_headline = deck_zone;
        continue;
      }
      // "Music" then "London Jazz Festival, 9-18 November, various locations": a line
      // right under a heading and over a paragraph, ending no sentence, heads it too
      // (in a spaced script: a CJK line without a stop may well be prose).
      std::size_t prev = i;
      while (prev > 0 && !is_block(units[prev - 1])) --prev;
      if (prev > 0 && units[prev - 1].role == UnitRole::heading && u.first == u.last && w <= kWidestHeadline &&
          !ends_sentence(last) && !leads_on(last) && last != U'”' && last != '"' && !has_sentence_inside(body) &&
          !opens_quotation(u.text) && !(first >= 'a' && first <= 'z') && !unicode::is_unspaced_script(first)) {
        u.role = UnitRole::heading;
        continue;
      }
    }
    // a deck as wide as a headline ("中 창춘시, 시진핑 어록으로 도배한 '시진핑 사상 열차' 서비스")
    if (!is_paragraph(u) || u.kind != LineKind::text || u.first != u.last) continue;
    // A head may stand over a picture set before its text (looked for from paragraphs only:
    // a run of pictures is walked once).
    std::size_t text_next = next;
    while (text_next < units.size() &&
           (!is_block(units[text_next]) || units[text_next].role == UnitRole::figure ||
            units[text_next].role == UnitRole::credit))
      ++text_next;
    const bool over_text = text_next < units.size() && is_paragraph(units[text_next]) && !continues(units[text_next]);
    if (over_text) {
      const int w = width(i);
      const char32_t last = unicode::last_code_point(u.text);
      constexpr int kWidestDeck = 100;
      // (in wide characters: a Korean or Chinese deck; a Latin line that wide under the headline is a standfirst)
      const auto characters = static_cast<int>(
          std::count_if(u.text.begin(), u.text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
      const bool wide_script = w * 5 > characters * 7;
      // over the dateline's paragraph (past other such lines and pictures) a deck may be wider
      const auto over_dateline = [&] {
        std::size_t j = next;
        while (j < units.size() &&
               (!is_block(units[j]) || units[j].role == UnitRole::figure || units[j].role == UnitRole::credit ||
                (is_paragraph(units[j]) && units[j].kind == LineKind::text && units[j].first == units[j].last &&
                 unicode::fits_width(units[j].text, kWidestDeck) && !ends_sentence(unicode::last_code_point(units[j].text)))))
          ++j;
        return j < units.size() && is_paragraph(units[j]) && opens_with_dateline(draft, units[j].text);
      };
      const bool deck = deck_zone && wide_script && w <= kWidestDeck && (w * 3 <= median * 2 || over_dateline());
      const bool head_over_picture = text_next != next && w <= kWidestHeading && w * 3 <= median;
      // a deck may exclaim, as Japanese decks do ("…MOTOROLA RAZRがAndroid 4.0に！")
      const bool exclaims = deck_zone && last == U'！' && w <= kWidestHeading && w * 3 <= median;
      const std::string_view body =
          exclaims ? std::string_view(u.text).substr(0, u.text.size() - std::string_view("！").size()) : u.text;
      if ((deck || head_over_picture || exclaims) && (exclaims || !ends_sentence(last)) && !leads_on(last) &&
          !has_sentence_inside(body) && !opens_quotation(u.text)) {
        u.role = UnitRole::heading;
        under_headline = deck_zone;
      }
    }
  }
}

}  // namespace artconv::plaintext
