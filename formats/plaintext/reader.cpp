#include "plaintext/reader.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>

#include "model/identifier.hpp"
#include "plaintext/dates.hpp"
#include "plaintext/patterns.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

using unicode::display_width;
using unicode::first_code_point;
using unicode::last_code_point;
using unicode::next_code_point;

// ---- lines and layout ----------------------------------------------------------

constexpr int kVeryWide = 1 << 20;

struct Line {
  std::string_view text;  // trimmed
  std::size_t number = 0;
  int indent = 0;  // display columns of leading white space
  int width = 0;
  int chars = 0;
  bool blank() const { return text.empty(); }
};

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
  for (unsigned char b : s) n += (b & 0xC0) != 0x80;
  return n;
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t number = 0;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(start, end - start);
    Line line;
    line.number = ++number;
    line.text = unicode::trim(raw);
    if (!line.text.empty()) {
      line.indent = indent_width(raw);
      // A line this long is wider than any rule looks at (a column takes at
      // most 3 bytes): spare the scan, it is a paragraph of its own.
      constexpr std::size_t kMeasuredBytes = 800;
      line.width = line.text.size() > kMeasuredBytes ? kVeryWide : display_width(line.text);
      line.chars = line.text.size() > kMeasuredBytes ? kVeryWide : count_chars(line.text);
    }
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + 1;
  }
  while (!lines.empty() && lines.back().blank()) lines.pop_back();
  return lines;
}

// The first thing a wrapper could not have moved up: one ideograph, or a word.
std::pair<int, int> first_segment(std::string_view s) {
  int width = 0, chars = 0;
  for (std::size_t pos = 0; pos < s.size();) {
    const char32_t c = next_code_point(s, pos);
    if (unicode::is_space(c)) break;
    if (chars > 0 && unicode::is_unspaced_script(c)) break;
    width += unicode::code_point_width(c);
    ++chars;
    if (unicode::is_unspaced_script(c)) break;
  }
  return {width, chars};
}

struct Layout {
  bool hard_wrapped = false;
  int max_width = 0;
  int max_chars = 0;

  // Whether `line` was broken only because `next` would not fit: wrappers
  // count either display columns or characters, so either measure will do.
  bool full(const Line& line, const Line& next) const {
    const auto [seg_width, seg_chars] = first_segment(next.text);
    const int width_slack = std::max(2, max_width / 8);
    const int char_slack = std::max(2, max_chars / 8);
    return line.width + seg_width > max_width - width_slack || line.chars + seg_chars > max_chars - char_slack;
  }
};

Layout measure_layout(const std::vector<Line>& lines) {
  Layout layout;
  for (const Line& l : lines) {
    layout.max_width = std::max(layout.max_width, l.width);
    layout.max_chars = std::max(layout.max_chars, l.chars);
  }
  int pairs = 0, full = 0;
  bool blank_separated = false;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    blank_separated = blank_separated || (lines[i].blank() && i > 0);
    if (lines[i].blank() || lines[i + 1].blank()) continue;
    ++pairs;
    full += layout.full(lines[i], lines[i + 1]);
  }
  // Nobody wraps wider or narrower than this: longer lines are paragraphs
  // per line, and runs of short lines are lists of short paragraphs.
  constexpr int kWidestWrap = 200, kNarrowestWrap = 30;
  // Where blank lines separate paragraphs, one two-line paragraph is evidence
  // enough; without them, one pair of lines could be two short paragraphs.
  const int pairs_needed = blank_separated ? 1 : 2;
  layout.hard_wrapped = pairs >= pairs_needed && full * 2 >= pairs && layout.max_width <= kWidestWrap &&
                        layout.max_width >= kNarrowestWrap;
  return layout;
}

void append_joined(std::string& text, std::string_view next) {
  if (text.empty()) {
    text.assign(next);
    return;
  }
  if (!unicode::joins_without_space(last_code_point(text), first_code_point(next))) text += ' ';
  text.append(next);
}

// ---- metadata lines --------------------------------------------------------------

struct ParsedField {
  const Label* label = nullptr;  // null: an unlabelled date
  std::string value;
  std::optional<DateTime> date;
};

constexpr std::array<std::string_view, 7> kStrongSeparators = {"|", "｜", "丨", "│", "¦", "\t", "\u3000"};
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kEnclosing = {{
    {"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}, {"〔", "〕"}, {"「", "」"},
}};

std::string_view strip_enclosing(std::string_view s) {
  for (const auto& [open, close] : kEnclosing)
    if (s.size() > open.size() + close.size() && s.substr(0, open.size()) == open &&
        s.substr(s.size() - close.size()) == close)
      return unicode::trim(s.substr(open.size(), s.size() - open.size() - close.size()));
  return s;
}

std::vector<std::string_view> split_strong(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size();) {
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

bool is_colon_at(std::string_view s, std::size_t i, std::size_t& len) {
  if (s[i] == ':') return len = 1, true;
  if (s.substr(i, 3) == "：") return len = 3, true;
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
    // Candidates start after a space (or at the field start) before the colon.
    std::size_t label_start = std::string_view::npos;
    for (std::size_t at = start; at < i; ++at) {
      if ((at == start || piece[at - 1] == ' ') && find_label(piece.substr(at, i - at))) {
        label_start = at;
        break;
      }
    }
    if (label_start != std::string_view::npos && label_start > start) {
      out.push_back(unicode::trim(piece.substr(start, label_start - start)));
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
    const Label* label = find_label(unicode::trim(field.substr(0, i)));
    if (!label) break;
    ParsedField parsed{label, std::string(unicode::trim(field.substr(i + colon))), std::nullopt};
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

// A line made only of metadata fields, or nothing.
std::optional<std::vector<ParsedField>> parse_metadata_line(std::string_view line) {
  constexpr int kWidestMetadataLine = 240;
  // Every field is "label: value" or a date, so a colon or a digit is needed.
  const bool colon = line.find(':') != std::string_view::npos || line.find("：") != std::string_view::npos;
  if (!colon && line.find_first_of("0123456789") == std::string_view::npos) return std::nullopt;
  if (!unicode::fits_width(line, kWidestMetadataLine)) return std::nullopt;
  std::vector<ParsedField> fields;
  for (std::string_view piece : split_strong(strip_enclosing(line))) {
    for (std::string_view field : split_at_labels(piece)) {
      if (field.empty()) continue;
      auto parsed = parse_field(field);
      if (!parsed) return std::nullopt;
      fields.push_back(std::move(*parsed));
    }
  }
  if (fields.empty()) return std::nullopt;
  return fields;
}

bool has_unspaced_script(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();)
    if (unicode::is_unspaced_script(next_code_point(s, pos))) return true;
  return false;
}

// "and" between names, in the languages bylines are written in.
constexpr std::array<std::string_view, 7> kNameConjunctions = {" and ", " et ", " und ", " y ", " e ", " en ", " и "};

std::vector<std::string> split_names(std::string_view value) {
  std::vector<std::string> names;
  std::string current;
  const bool cjk = has_unspaced_script(value);
  auto flush = [&] {
    const std::string_view t = unicode::trim(current);
    if (!t.empty()) names.emplace_back(t);
    current.clear();
  };
  for (std::size_t pos = 0; pos < value.size();) {
    const std::size_t start = pos;
    const char32_t c = next_code_point(value, pos);
    const bool separator = c == ',' || c == U'，' || c == U'、' || c == ';' || c == U'；' || c == '&' ||
                           c == '/' || c == U'／' || (cjk && unicode::is_space(c));
    if (separator) {
      flush();
    } else if (const auto* conjunction =
                   cjk ? nullptr
                       : std::find_if(kNameConjunctions.begin(), kNameConjunctions.end(),
                                      [&](std::string_view word) { return value.substr(start, word.size()) == word; });
               conjunction && conjunction != kNameConjunctions.end()) {
      flush();
      pos = start + conjunction->size();
    } else {
      current.append(value, start, pos - start);
    }
  }
  flush();
  return names;
}

void add_contributor(Metadata& meta, std::string name, Role role) {
  Contributor c{std::move(name), role};
  if (c.name.empty()) return;
  if (std::find(meta.contributors.begin(), meta.contributors.end(), c) == meta.contributors.end())
    meta.contributors.push_back(std::move(c));
}

void apply_fields(Metadata& meta, const std::vector<ParsedField>& fields) {
  for (const ParsedField& f : fields) {
    const Field kind = f.label ? f.label->field : Field::date;
    switch (kind) {
      case Field::source:
        if (meta.source.empty()) meta.source = f.value;
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
      case Field::contributor:
        for (std::string& name : split_names(f.value)) add_contributor(meta, std::move(name), f.label->role);
        break;
    }
  }
}

// "Jane Smith and John Doe, BBC News": names first, then maybe an outlet.
bool apply_byline(Metadata& meta, std::string_view names) {
  static constexpr std::array<std::string_view, 18> kConnectors = {
      "and", "&", "de", "da", "van", "von", "der", "la", "le", "bin", "al", "del", "et", "und", "y", "e", "en", "и"};
  std::vector<std::string> people;
  std::string outlet;
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
      const bool connector = std::find(kConnectors.begin(), kConnectors.end(), word) != kConnectors.end();
      const auto first = static_cast<unsigned char>(word[0]);
      if (!connector && !(first >= 'A' && first <= 'Z') && first < 0x80) name_like = false;
    }
    if (!name_like || words > 12) {
      if (part_index == 0) return false;  // "By the end of …" is a sentence
      ++part_index;
      continue;
    }
    for (std::string& n : split_names(part)) people.push_back(std::move(n));
    ++part_index;
  }
  if (people.empty()) return false;
  for (std::string& p : people) add_contributor(meta, std::move(p), Role::author);
  if (meta.source.empty() && !outlet.empty()) meta.source = outlet;
  return true;
}

// ---- blocks ------------------------------------------------------------------------

struct RawBlock {
  std::string text;
  std::size_t line = 0;
  bool quote = false;
};

bool ends_sentence(char32_t c) {
  static constexpr std::u32string_view kEnders = U"。．.！!？?；;：:，,、…—-";
  return kEnders.find(c) != std::u32string_view::npos;
}

bool has_sentence_inside(std::string_view s) {
  static constexpr std::array<std::string_view, 6> kInner = {"。", "！", "？", ". ", "! ", "? "};
  for (std::string_view m : kInner)
    if (s.find(m) != std::string_view::npos) return true;
  return false;
}

constexpr int kShortLine = 120;  // placeholders, credits, bylines and share bars are short

}  // namespace

// ---- the reader ---------------------------------------------------------------------

Reader::Reader() : matchers_(std::make_unique<LineMatchers>()) {}
Reader::~Reader() = default;

Document Reader::read(std::string_view input, const ReadOptions& options, Diagnostics& diagnostics) {
  std::string text = unicode::into_nfc(unicode::normalize_line_endings(input));
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  const std::vector<Line> lines = split_lines(text);
  LineMatchers& m = *matchers_;
  Document doc;

  auto first = std::find_if(lines.begin(), lines.end(), [](const Line& l) { return !l.blank(); });
  if (first == lines.end()) throw Error(ErrorKind::input, "no text: the input holds only white space");
  const Layout layout = measure_layout(lines);

  // Lines that are never part of a paragraph. A metadata line starts a block
  // but may continue on the next line when the text is hard-wrapped. Each
  // line is classified at most once.
  enum class Kind : unsigned char { unknown, prose, furniture, metadata };
  std::vector<Kind> kinds(lines.size(), Kind::unknown);
  auto kind = [&](std::size_t i) {
    if (kinds[i] == Kind::unknown) {
      const Line& l = lines[i];
      if (l.width > kShortLine) {
        kinds[i] = Kind::prose;
      } else if (m.match(LinePattern::boilerplate, l.text) || m.match(LinePattern::placeholder, l.text) ||
                 m.match(LinePattern::credit_line, l.text)) {
        kinds[i] = Kind::furniture;
      } else {
        kinds[i] = parse_metadata_line(l.text) || m.match(LinePattern::reporter_line, l.text) ? Kind::metadata
                                                                                             : Kind::prose;
      }
    }
    return kinds[i];
  };
  auto is_furniture = [&](std::size_t i) { return kind(i) == Kind::furniture; };
  auto stands_alone = [&](std::size_t i) { return kind(i) != Kind::prose; };

  // Title: the first line that is neither metadata nor furniture (feeds may
  // open with a source line or a share bar), unless it reads like a paragraph.
  const auto first_index = static_cast<std::size_t>(first - lines.begin());
  std::size_t title_begin = first_index, title_end = first_index;  // the title's lines, none yet
  {
    constexpr int kLeadingLinesSkipped = 6;
    std::size_t candidate = first_index;
    for (int skipped = 0; candidate < lines.size() && skipped < kLeadingLinesSkipped; ++candidate) {
      if (lines[candidate].blank()) continue;
      if (!stands_alone(candidate)) break;
      ++skipped;
    }
    constexpr int kWidestTitle = 200, kWidestSentenceTitle = 100;
    const bool found = candidate < lines.size() && !lines[candidate].blank() && !stands_alone(candidate);
    const Line* t = found ? &lines[candidate] : nullptr;
    const bool paragraph_like = t && (t->width > kWidestTitle ||
                                      (t->width > kWidestSentenceTitle && ends_sentence(last_code_point(t->text))));
    if (t && !paragraph_like && t->text.front() != '>') {
      doc.meta.title.assign(t->text);
      title_begin = candidate;
      title_end = candidate + 1;
      while (layout.hard_wrapped && title_end < lines.size() && !lines[title_end].blank() &&
             layout.full(lines[title_end - 1], lines[title_end]) && !stands_alone(title_end)) {
        append_joined(doc.meta.title, lines[title_end].text);
        ++title_end;
      }
    } else {
      doc.meta.title = options.fallback_title;
    }
  }
  std::size_t invisible = unicode::clean_inline(doc.meta.title);

  // Paragraphs: blank lines separate; so does a deeper indent, a line that
  // stands alone, and - in text that is not hard-wrapped - every line end.
  std::vector<RawBlock> raw;
  bool open = false;
  for (std::size_t i = first_index; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.blank() || (i >= title_begin && i < title_end)) {
      open = false;
      continue;
    }
    const bool quote = l.text.front() == '>';
    bool joins = open && layout.hard_wrapped && raw.back().quote == quote;
    if (joins) {
      const Line& prev = lines[i - 1];
      joins = l.indent <= prev.indent && layout.full(prev, l) && !stands_alone(i) && !is_furniture(i - 1);
    }
    std::string_view content = l.text;
    if (quote) {
      std::size_t matched = 0;
      if (auto g = m.match_prefix(LinePattern::quote_marker, content, matched))
        content = unicode::trim(content.substr(content.size() - (*g)[1].size()));
    }
    if (joins) {
      append_joined(raw.back().text, content);
    } else {
      raw.push_back({std::string(content), l.number, quote});
    }
    open = true;
  }

  // Classify each block; the header zone lasts until the first paragraph.
  bool in_header = true;
  bool first_paragraph = true;
  for (RawBlock& b : raw) {
    invisible += unicode::clean_inline(b.text);
    if (b.text.empty()) continue;
    if (b.quote) {
      doc.blocks.emplace_back(Quote{std::move(b.text), b.line});
      in_header = false;
      continue;
    }
    const bool short_block = unicode::fits_width(b.text, kShortLine);
    if (short_block) {
      if (m.match(LinePattern::boilerplate, b.text)) {
        doc.removed.push_back({std::move(b.text), RemovalReason::boilerplate, b.line});
        continue;
      }
      if (auto g = m.match(LinePattern::credit_line, b.text)) {
        std::string name = (*g)[1].empty() ? (*g)[2] : (*g)[1];
        add_contributor(doc.meta, name, Role::photographer);
        doc.blocks.emplace_back(Credit{std::move(b.text), std::move(name), b.line});
        continue;
      }
      if (auto g = m.match(LinePattern::placeholder, b.text)) {
        std::string caption((*g)[1].empty() ? (*g)[2] : (*g)[1]);
        caption = std::string(unicode::trim(caption));
        doc.blocks.emplace_back(Figure{std::move(b.text), std::move(caption), b.line});
        continue;
      }
      if (auto fields = parse_metadata_line(b.text)) {
        const bool labelled = std::all_of(fields->begin(), fields->end(),
                                          [](const ParsedField& f) { return f.label != nullptr; });
        constexpr int kWidestBodyMetadata = 80;
        if (in_header || (labelled && unicode::fits_width(b.text, kWidestBodyMetadata))) {
          apply_fields(doc.meta, *fields);
          doc.removed.push_back({std::move(b.text), RemovalReason::metadata, b.line});
          continue;
        }
      }
      if (auto g = m.match(LinePattern::reporter_line, b.text)) {
        for (std::string& name : split_names((*g)[1])) add_contributor(doc.meta, std::move(name), Role::reporter);
        doc.removed.push_back({std::move(b.text), RemovalReason::metadata, b.line});
        continue;
      }
      if (in_header) {
        if (auto g = m.match(LinePattern::byline, b.text); g && apply_byline(doc.meta, (*g)[1])) {
          doc.removed.push_back({std::move(b.text), RemovalReason::metadata, b.line});
          continue;
        }
      }
    }
    if (first_paragraph) {
      std::size_t matched = 0;
      if (auto g = m.match_prefix(LinePattern::wire_dateline, b.text, matched)) {
        if (doc.meta.dateline.empty()) doc.meta.dateline = (*g)[1];
        if (doc.meta.source.empty()) doc.meta.source = (*g)[2];
      } else if (auto c = m.match_prefix(LinePattern::cn_dateline, b.text, matched)) {
        static constexpr std::array<std::string_view, 4> kOwnPaper = {"本報", "本报", "本刊", "本台"};
        if (doc.meta.source.empty() &&
            std::find(kOwnPaper.begin(), kOwnPaper.end(), (*c)[1]) == kOwnPaper.end())
          doc.meta.source = (*c)[1];
        if (doc.meta.dateline.empty()) doc.meta.dateline = (*c)[2];
        for (std::string& name : split_names((*c)[3])) add_contributor(doc.meta, std::move(name), Role::reporter);
      }
    }
    in_header = false;
    first_paragraph = false;
    const char32_t last = last_code_point(b.text);
    if (last == ')' || last == U'）') {
      if (auto g = m.match(LinePattern::trailing_credit, b.text)) {
        std::string credit = b.text.substr((*g)[1].size());
        credit = std::string(unicode::trim(credit));
        add_contributor(doc.meta, (*g)[2], Role::photographer);
        doc.blocks.emplace_back(Paragraph{(*g)[1], b.line});
        doc.blocks.emplace_back(Credit{std::move(credit), (*g)[2], b.line});
        continue;
      }
    }
    doc.blocks.emplace_back(Paragraph{std::move(b.text), b.line});
  }

  // Headings: short lines without sentence punctuation between paragraphs.
  std::vector<int> widths;
  for (const Block& b : doc.blocks)
    if (std::holds_alternative<Paragraph>(b)) widths.push_back(display_width(block_text(b)));
  if (widths.size() >= 3) {
    std::nth_element(widths.begin(), widths.begin() + static_cast<long>(widths.size() / 2), widths.end());
    const int median = widths[widths.size() / 2];
    constexpr int kWidestHeading = 60;
    bool content_before = false;
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
      auto* p = std::get_if<Paragraph>(&doc.blocks[i]);
      if (p && content_before && i + 1 < doc.blocks.size() && std::holds_alternative<Paragraph>(doc.blocks[i + 1])) {
        const int w = display_width(p->text);
        if (w <= kWidestHeading && w * 3 <= median && !ends_sentence(last_code_point(p->text)) &&
            !has_sentence_inside(p->text)) {
          doc.blocks[i] = Heading{std::move(p->text), p->line};
          continue;
        }
      }
      content_before = content_before || std::holds_alternative<Paragraph>(doc.blocks[i]) ||
                       std::holds_alternative<Quote>(doc.blocks[i]);
    }
  }

  if (invisible > 0)
    diagnostics.warn("removed-invisible-characters",
                     std::to_string(invisible) + " invisible or control characters removed from the text");

  std::string sample = doc.meta.title;
  for (const Block& b : doc.blocks) {
    if (sample.size() > 60000) break;
    sample += '\n';
    sample += block_text(b);
  }
  doc.meta.language = unicode::guess_language(sample);
  doc.meta.identifier = content_identifier(doc);
  return doc;
}

std::string content_identifier(const Document& doc) {
  const std::string date = doc.meta.published ? doc.meta.published->iso() : "";
  std::vector<std::string_view> parts{"artconv-article", doc.meta.title, date};
  for (const Block& b : doc.blocks) parts.push_back(block_text(b));
  return name_based_uuid(parts);
}

}  // namespace artconv::plaintext
