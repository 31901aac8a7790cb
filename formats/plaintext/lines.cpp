#include "plaintext/lines.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <vector>

#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

using unicode::next_code_point;

int indent_width(std::string_view raw) {
  int indent = 0;
  for (std::size_t pos = 0; pos < raw.size();) {
    const char32_t c = next_code_point(raw, pos);
    if (c == '\t') {
      indent += 4;
    } else if (unicode::is_space(c)) {
      indent += unicode::code_point_width(c);
    } else if (!unicode::is_invisible(c)) {
      break;
    }
  }
  return indent;
}

int count_chars(std::string_view s) {
  int n = 0;
  for (const char b : s) n += (static_cast<unsigned char>(b) & 0xC0) != 0x80;
  return n;
}

// The value below which `share` of `values` lie (values is reordered).
// Line measures (columns, code points), counted rather than copied: the
// percentile of a million lines needs no million-entry vector.
class Distribution {
 public:
  void add(int value) {
    if (value >= 0 && value < kCounted)
      ++counts_[static_cast<std::size_t>(value)];
    else
      wide_.push_back(value);
    ++size_;
  }
  std::size_t size() const { return size_; }

  // The value at rank floor((n - 1) × share) in ascending order (n > 0).
  int percentile(double share) {
    const auto rank = static_cast<std::size_t>(static_cast<double>(size_ - 1) * share);
    std::size_t below = 0;
    for (std::size_t value = 0; value < counts_.size(); ++value) {
      below += counts_[value];
      if (below > rank) return static_cast<int>(value);
    }
    const auto at = static_cast<std::ptrdiff_t>(rank - below);
    std::nth_element(wide_.begin(), wide_.begin() + at, wide_.end());
    return wide_[static_cast<std::size_t>(at)];
  }

 private:
  static constexpr int kCounted = 1024;  // wider lines are few: kept as values
  std::array<std::uint32_t, kCounted> counts_{};
  std::vector<int> wide_;
  std::size_t size_ = 0;
};

// "。", ".", "।": the line ends a sentence (closing quotes and brackets aside).
bool ends_sentence(std::string_view s) {
  static constexpr std::u32string_view kClosers = U"\"'”’」』)）]】";
  static constexpr std::u32string_view kEnders = U"。．.！!？?।॥։۔";
  for (std::size_t end = s.size(); end > 0;) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    std::size_t pos = start;
    const char32_t c = next_code_point(s, pos);
    if (kEnders.find(c) != std::u32string_view::npos) return true;
    if (kClosers.find(c) == std::u32string_view::npos) return false;
    end = start;
  }
  return false;
}

// The markers by which gold-standard texts of boilerplate-removal benchmarks
// (CleanEval and those made like it) open a paragraph, a heading, a list item.
constexpr std::string_view kHeadingMarker = "<h>";
struct BlockMarker {
  std::string_view open, close;  // a page flattened to text may close the block on its line too
};
constexpr BlockMarker kBlockMarkers[] = {{"<p>", "</p>"}, {kHeadingMarker, "</h>"}, {"<l>", "</l>"}};

}  // namespace

namespace {

// White space only (what Line::blank() also counts as blank after "&nbsp;" or
// a block marker is kept: only what is certainly empty is skipped).
bool blank_line(std::string_view raw) {
  // most lines open with a printable ASCII character: no need to trim them
  if (!raw.empty() && static_cast<unsigned char>(raw.front()) > ' ' && static_cast<unsigned char>(raw.front()) < 0x7F)
    return false;
  return unicode::trim(raw).empty();
}

// Calls `each(start, end)` for every line split_lines keeps; returns how many.
template <typename Each>
std::size_t for_each_kept_line(std::string_view text, bool squeeze, Each&& each) {
  std::size_t kept = 0, blank_run = 0;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const bool blank = squeeze && blank_line(text.substr(start, end - start));
    blank_run = blank ? blank_run + 1 : 0;
    if (blank_run <= kMostBlankLinesKept) {
      each(start, end);
      ++kept;
    }
    if (end == text.size()) break;
    start = end + 1;
  }
  return kept;
}

}  // namespace

std::size_t line_number(std::size_t index, const std::vector<SkippedBlankLines>& skipped) {
  const auto after = std::upper_bound(skipped.begin(), skipped.end(), index,
                                      [](std::size_t i, const SkippedBlankLines& s) { return i < s.index; });
  return index + 1 + (after == skipped.begin() ? 0 : std::prev(after)->skipped);
}

std::vector<Line> split_lines(std::string_view text, std::vector<SkippedBlankLines>* skipped) {
  std::vector<Line> lines;
  const bool squeeze = skipped != nullptr;
  // Counted first: growing by doubling would hold the old and the new array together.
  lines.reserve(for_each_kept_line(text, squeeze, [](std::size_t, std::size_t) {}));
  std::size_t next_start = 0, skipped_so_far = 0;
  for_each_kept_line(text, squeeze, [&](std::size_t start, std::size_t end) {
    if (start != next_start) {
      // lines were skipped before this one: count them (a run's newlines)
      skipped_so_far += static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(next_start),
                                                            text.begin() + static_cast<std::ptrdiff_t>(start), '\n'));
      skipped->push_back({lines.size(), skipped_so_far});
    }
    next_start = end + 1;
    const std::string_view raw = text.substr(start, end - start);
    Line& line = lines.emplace_back();
    line.text = unicode::trim(raw);
    // Pages flattened to text may keep their indent as literal "&nbsp;".
    int entity_indent = 0;
    static constexpr std::string_view kSpaceEntity = "&nbsp;";
    while (line.text.starts_with(kSpaceEntity)) {
      line.text = unicode::trim(line.text.substr(kSpaceEntity.size()));
      ++entity_indent;
    }
    // Benchmarks' gold texts (CleanEval) open every block with a marker.
    for (const BlockMarker& marker : kBlockMarkers)
      if (line.text.starts_with(marker.open)) {
        line.text = unicode::trim(line.text.substr(marker.open.size()));
        if (line.text.ends_with(marker.close))
          line.text = unicode::trim(line.text.substr(0, line.text.size() - marker.close.size()));
        line.marked = true;
        line.marks_heading = marker.open == kHeadingMarker;
        break;
      }
    if (!line.text.empty()) {
      line.kind = LineKind::text;
      line.indent = indent_width(raw) + entity_indent;
      line.wide_indent = raw.starts_with("\u3000");
      line.soft_break = raw.ends_with(' ') || raw.ends_with('\t');
      // A line this long is wider than any rule looks at (a column takes at
      // most 3 bytes): spare the scan, it is a paragraph of its own.
      constexpr std::size_t kMeasuredBytes = 800;
      line.width = line.text.size() > kMeasuredBytes ? kVeryWide : unicode::display_width(line.text);
      line.chars = line.text.size() > kMeasuredBytes ? kVeryWide : count_chars(line.text);
    }
  });
  while (!lines.empty() && lines.back().blank()) lines.pop_back();
  if (skipped) while (!skipped->empty() && skipped->back().index >= lines.size()) skipped->pop_back();
  return lines;
}

std::pair<int, int> first_segment(std::string_view s) {
  int width = 0, chars = 0;
  for (std::size_t pos = 0; pos < s.size();) {
    const char32_t c = next_code_point(s, pos);
    if (unicode::is_space(c)) break;
    if (chars > 0 && unicode::is_unspaced_script(c)) break;
    width += unicode::code_point_width(c);
    ++chars;
    if (unicode::is_unspaced_script(c)) break;
    if (chars > 64) break;  // no wrapper keeps a longer word whole
  }
  return {width, chars};
}

bool Layout::full(const Line& line, const Line& next) const {
  const auto [seg_width, seg_chars] = first_segment(next.text);
  const int width_slack = std::max(2, wrap_width / 8);
  const int char_slack = std::max(2, wrap_chars / 8);
  return line.width + seg_width > wrap_width - width_slack || line.chars + seg_chars > wrap_chars - char_slack;
}

Layout measure_layout(const std::vector<Line>& lines) {
  Layout layout;
  Distribution widths, chars;
  bool blank_separated = false;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    blank_separated = blank_separated || (lines[i].blank() && i > 0);
    if (lines[i].blank() || lines[i + 1].blank()) continue;
    widths.add(lines[i].width);
    chars.add(lines[i].chars);
  }
  if (widths.size() == 0) return layout;
  // With few continuing lines their distribution says little (a title over
  // a first line is one such pair): then the widest line of all sets the width.
  constexpr std::size_t kFewContinuingLines = 3;
  constexpr double kWrapPercentile = 0.9;
  if (widths.size() < kFewContinuingLines) {
    for (const Line& l : lines) {
      layout.wrap_width = std::max(layout.wrap_width, l.width);
      layout.wrap_chars = std::max(layout.wrap_chars, l.chars);
    }
  } else {
    layout.wrap_width = widths.percentile(kWrapPercentile);
    layout.wrap_chars = chars.percentile(kWrapPercentile);
  }
  // A wrapper leaves no line much wider than its width; a text of one
  // paragraph per line has many (a URL or a header may stick out once), and
  // such a line is no evidence of wrapping.
  const int widest_wrapped = layout.wrap_width + layout.wrap_width / 4 + 2;
  std::size_t pairs = 0, full = 0, full_sentences = 0, overwide = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].blank() || lines[i + 1].blank()) continue;
    ++pairs;
    if (lines[i].width > widest_wrapped || !layout.full(lines[i], lines[i + 1])) continue;
    ++full;
    full_sentences += ends_sentence(lines[i].text);
  }
  for (const Line& l : lines) overwide += l.width > widest_wrapped;
  // A wrapper breaks lines wherever the margin falls, seldom at a sentence
  // end; lines that are full and mostly end sentences are one paragraph each.
  constexpr std::size_t kSentenceShare = 2;  // in 3
  const bool sentence_per_line = full >= 2 && full_sentences * 3 > full * kSentenceShare;
  // Nobody wraps wider or narrower than this: longer lines are paragraphs
  // per line, and runs of short lines are lists of short paragraphs.
  constexpr int kWidestWrap = 200, kNarrowestWrap = 30;
  // Where blank lines separate paragraphs, one two-line paragraph is evidence
  // enough; without them, one pair of lines could be two short paragraphs.
  const std::size_t pairs_needed = blank_separated ? 1 : 2;
  // The percentile sits a little below the width the text was wrapped at.
  const int slack = std::max(2, layout.wrap_width / 8);
  // Many full lines are evidence enough even among code or tables (an RFC).
  constexpr std::size_t kManyFullLines = 40;
  const bool mostly_full = full * 2 >= pairs || (full >= kManyFullLines && full * 3 >= pairs);
  layout.hard_wrapped = pairs >= pairs_needed && mostly_full && overwide <= full && !sentence_per_line &&
                        layout.wrap_width <= kWidestWrap &&
                        layout.wrap_width + slack >= kNarrowestWrap;
  return layout;
}

}  // namespace artconv::plaintext
