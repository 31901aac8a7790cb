// Pass 2: lines become units. Blank lines separate; so does a deeper indent,
// a line of any kind but text, and - in text that is not hard-wrapped -
// every line end but that of a long CJK line broken between two ideographs. In hard-wrapped text a line joins the one before when that
// one was full (its next word would not have fitted): with a space between
// Latin words, with none between CJK characters.
#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

void append_joined(UnitText& text, std::string_view next) {
  if (text.empty()) {
    text = UnitText::viewing(next);
    return;
  }
  if (!unicode::joins_without_space(unicode::last_code_point(text), unicode::first_code_point(next))) text += " ";
  text += next;
}

// Kinds a following text line may continue (a wrapped metadata line, a quote).
bool continuable(LineKind kind) {
  switch (kind) {
    case LineKind::text:
    case LineKind::label_line:
    case LineKind::byline:
    case LineKind::reporter_line:
    case LineKind::footer:
    case LineKind::quote:
    case LineKind::list_item: return true;
    default: return false;
  }
}

// "… on TCP port" + "17. Once a connection …": a number the wrap moved to the
// start of a line continues the sentence; it opens no list item.
bool wrapped_number(const Draft& draft, const Line& prev, const Line& line) {
  static constexpr std::u32string_view kClauseEnds = U".:;!?。：；！？";
  if (line.kind != LineKind::list_item) return false;
  const std::string_view marker = draft.evidence_of(line)[Group::marker];
  if (marker.empty() || marker[0] < '0' || marker[0] > '9') return false;
  return kClauseEnds.find(unicode::last_code_point(prev.text)) == std::u32string_view::npos;
}

// A line going on in lowercase after one that ended mid-sentence: the line
// was broken short (a dateline cut off its start), not a paragraph's end.
bool continues_sentence(const Line& prev, const Line& next) {
  const char32_t first = unicode::first_code_point(next.text);
  if (first < 'a' || first > 'z') return false;
  static constexpr std::u32string_view kEnders = U".!?:;\"'”’)";
  return kEnders.find(unicode::last_code_point(prev.text)) == std::u32string_view::npos;
}

// "… accused of having sex with a" / "16-year-old male student …", "… she said:" / "'To
// stand …": a break between two words of Latin script (or figures), mid-sentence, or
// between the colon that opens a quote and the quote.
bool latin_word_break(const Line& prev, const Line& next) {
  const auto word_char = [](char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  static constexpr std::u32string_view kOpeningQuotes = U"'‘\"“";
  const char32_t last = unicode::last_code_point(prev.text), first = unicode::first_code_point(next.text);
  return ((word_char(last) || last == ',') && word_char(first)) ||
         (last == ':' && kOpeningQuotes.find(first) != std::u32string_view::npos);
}

// A CJK line broken short after a comma ("…喜刑好殺，是秋之氣；沉藏固嗇，"): a
// paragraph ends a sentence, never a clause.
bool continues_cjk_clause(const Line& prev, const Line& next) {
  static constexpr std::u32string_view kClauseMarks = U"，、";
  static constexpr std::u32string_view kOpeners = U"「『（〔【《〈“‘";
  const char32_t first = unicode::first_code_point(next.text);
  return kClauseMarks.find(unicode::last_code_point(prev.text)) != std::u32string_view::npos && first >= 0x2E80 &&
         kOpeners.find(first) == std::u32string_view::npos;
}

bool ideograph(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x3041 && c <= 0x30FA);  // Han, kana
}

// A long CJK line that stops between two ideographs ("…强调在接纳" / "自己的
// 前提下…"): broken mid-sentence, in any layout. A heading is short.
bool broken_cjk_line(const Line& prev, const Line& next) {
  constexpr int kShortestBrokenLine = 40;  // code points
  return prev.chars >= kShortestBrokenLine && ideograph(unicode::last_code_point(prev.text)) &&
         ideograph(unicode::first_code_point(next.text));
}

std::string_view content_of(const Draft& draft, const Line& line) {
  if (line.kind == LineKind::quote || line.kind == LineKind::heading) return draft.evidence_of(line)[Group::text];
  return line.text;
}

// The indent most lines have: the body's margin. Where paragraphs are marked
// by a deeper first line, a line deeper than the margin begins a paragraph.
// In hard-wrapped text the margin is that of the lines a full line wraps onto
// (a program listing at column 0 is not the body's margin).
int body_indent(const std::vector<Line>& lines, const Layout& layout) {
  constexpr int kDeepest = 16;
  std::array<std::size_t, kDeepest + 1> counts{}, wrapped{};
  std::size_t wraps = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.blank() || l.indent > kDeepest) continue;
    ++counts[static_cast<std::size_t>(l.indent)];
    if (layout.hard_wrapped && i > 0 && !lines[i - 1].blank() && layout.full(lines[i - 1], l)) {
      ++wrapped[static_cast<std::size_t>(l.indent)];
      ++wraps;
    }
  }
  constexpr std::size_t kFewestWraps = 20;
  const auto& from = wraps >= kFewestWraps ? wrapped : counts;
  return static_cast<int>(std::max_element(from.begin(), from.end()) - from.begin());
}

// "Två män var ute" / "och åkte skidor på isen" / "över havet Bottenviken.":
// easy-to-read news sets every phrase on a line of its own. Where most lines
// that stop mid-sentence go on in lowercase (and there are a few of them),
// the text was broken into phrases: blank lines alone separate paragraphs.
bool broken_into_phrases(const std::vector<Line>& lines) {
  constexpr std::size_t kFewestBreaks = 6;
  static constexpr std::u32string_view kEnders = U".!?:;…\"”’)。！？";
  std::size_t open = 0, continued = 0;  // lines ending mid-sentence, and those going on in lowercase
  bool blank_separated = false;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    blank_separated = blank_separated || (lines[i].blank() && i > 0);
    if (lines[i].blank() || lines[i + 1].blank() || lines[i].kind != LineKind::text ||
        lines[i + 1].kind != LineKind::text)
      continue;
    if (kEnders.find(unicode::last_code_point(lines[i].text)) != std::u32string_view::npos) continue;
    ++open;
    continued += u_islower(static_cast<UChar32>(unicode::first_code_point(lines[i + 1].text))) != 0;
  }
  return blank_separated && continued >= kFewestBreaks && continued * 3 >= open * 2;
}

}  // namespace

void join_wraps(Draft& draft) {
  const std::vector<Line>& lines = draft.lines;
  const int margin = body_indent(lines, draft.layout);
  const bool phrases = !draft.layout.hard_wrapped && broken_into_phrases(lines);
  // Where block markers open the blocks ("<p>", "<h>"), they alone (and blank
  // lines) separate: any line without one goes on with the block above it,
  // whatever its indent.
  constexpr std::size_t kFewestMarkers = 3;
  const bool marked = static_cast<std::size_t>(std::count_if(lines.begin(), lines.end(), [](const Line& l) {
                        return l.marked;
                      })) >= kFewestMarkers;
  // The first text line under a page's furniture (its address, a time stamp)
  // is the headline's place: a headline is broken by nothing.
  std::size_t headline_slot = lines.size();
  {
    std::size_t i = 0;
    // (a line that is only a date, "2011-09-09T16:00:00+0900", is furniture too)
    const auto stamp = [&](const Line& l) {
      if (l.kind != LineKind::label_line || l.label_index < 0) return false;
      const auto& fields = draft.label_lines[static_cast<std::size_t>(l.label_index)].fields;
      return std::all_of(fields.begin(), fields.end(), [](const ParsedField& f) { return f.date.has_value(); });
    };
    while (i < lines.size() && (lines[i].blank() || lines[i].kind == LineKind::related_link ||
                                lines[i].kind == LineKind::boilerplate || stamp(lines[i])))
      ++i;
    if (i > 0 && i < lines.size() && lines[i].kind == LineKind::text) headline_slot = i;
  }
  // Soft wraps: a text line left with a space at its end, mid-sentence between two words of
  // Latin script, the next line going on. A few of them make a text soft-wrapped (one is a
  // headline a page left a space after).
  const auto soft_wrap_at = [&](std::size_t i) {
    return i > 0 && lines[i - 1].soft_break && lines[i - 1].kind == LineKind::text && lines[i].kind == LineKind::text &&
           latin_word_break(lines[i - 1], lines[i]);
  };
  constexpr std::size_t kFewestSoftWraps = 3;
  std::size_t soft_wraps = 0;
  for (std::size_t i = 1; i < lines.size() && soft_wraps < kFewestSoftWraps; ++i) soft_wraps += soft_wrap_at(i);
  const bool soft_wrapped = soft_wraps >= kFewestSoftWraps;
  bool open = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.blank()) {
      open = false;
      continue;
    }
    // "By " / "Mark Duell": a byline word alone goes on with the names under it, in any layout
    // (names and a job title fill a short line; a long one is the text)
    constexpr int kWidestNames = 120;
    const bool after_bare_byline = open && lines[i - 1].kind == LineKind::byline &&
                                   draft.evidence_of(lines[i - 1])[Group::name].empty() && l.width <= kWidestNames;
    // "A former " / "Cincinnati Bengals cheerleader …": a line left with a space at its end,
    // mid-sentence, was broken where it stood (a story file's soft wraps), in any layout
    const bool soft_wrap = soft_wrapped && open && soft_wrap_at(i);
    bool joins = open && (draft.layout.hard_wrapped || phrases || marked || after_bare_byline || soft_wrap ||
                          (broken_cjk_line(lines[i - 1], l) && i - 1 != headline_slot));
    if (joins) {
      const Line& prev = lines[i - 1];
      const bool broken = broken_cjk_line(prev, l) && i - 1 != headline_slot;
      const LineKind unit_kind = draft.units.back().kind;
      const bool same_quote = (l.kind == LineKind::quote) == (unit_kind == LineKind::quote);
      const bool kind_fits = l.kind == LineKind::text || (l.kind == LineKind::quote && unit_kind == LineKind::quote) ||
                             (unit_kind == LineKind::text && wrapped_number(draft, prev, l));
      // (a marked heading goes on only where its line was full: a short headline over a deck ends)
      const bool marked_heading = marked && lines[draft.units.back().first].marks_heading;
      // a list item's lines go on under its text, past its mark ("o  All dates …" / "   somewhere …")
      constexpr int kWidestMark = 4;
      const bool hanging = unit_kind == LineKind::list_item && draft.units.back().first == i - 1 &&
                           l.indent > prev.indent && l.indent <= prev.indent + kWidestMark;
      joins = same_quote && kind_fits && continuable(prev.kind) && !l.marked &&
              (marked || (l.indent <= prev.indent && l.indent <= margin) || hanging) && !l.wide_indent &&
              (!marked_heading || draft.layout.full(prev, l)) &&
              (broken || phrases || marked || after_bare_byline || soft_wrap ||
               (draft.layout.hard_wrapped && (draft.layout.full(prev, l) || continues_sentence(prev, l) ||
                                              continues_cjk_clause(prev, l))));
    }
    if (joins) {
      append_joined(draft.units.back().text, content_of(draft, l));
      draft.units.back().last = static_cast<std::uint32_t>(i);
    } else {
      Unit u;
      u.text = UnitText::viewing(content_of(draft, l));
      u.first = u.last = static_cast<std::uint32_t>(i);
      u.kind = l.kind;
      u.label = l.label_index;
      if (u.kind == LineKind::quote) u.role = UnitRole::quote;
      draft.units.push_back(std::move(u));
    }
    open = true;
  }
  // A wrapped metadata line is known only once joined: "2017-08-04|來源:新民" + "晚報|編輯:彭麗".
  for (Unit& u : draft.units) {
    if (u.first == u.last || (u.kind != LineKind::text && u.kind != LineKind::label_line)) continue;
    if (auto fields = parse_metadata_line(u.text)) {
      u.kind = LineKind::label_line;
      u.label = static_cast<int>(draft.label_lines.size());
      draft.label_lines.push_back({std::move(*fields)});
    } else {
      u.kind = LineKind::text;
    }
  }
}

}  // namespace artconv::plaintext
