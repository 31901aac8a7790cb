// The reader's working state, handed from pass to pass: the classified lines,
// the units (paragraph candidates) built from them, and the metadata found.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "model/error.hpp"
#include "plaintext/lines.hpp"
#include "plaintext/people.hpp"
#include "plaintext/rules.hpp"
#include "plaintext/unit_text.hpp"

namespace artconv::plaintext {

// What a unit becomes in the Document.
enum class UnitRole : std::uint8_t {
  paragraph,
  heading,
  figure,       // placeholder or caption: Figure{text, caption}
  credit,       // Credit{text, name}
  quote,
  list_item,    // consecutive items become one List
  title,        // the headline (not a block)
  metadata,     // read into Metadata; kept in Document::removed
  boilerplate,  // share bars, related links, ads, code; kept in Document::removed
};
std::string_view unit_role_name(UnitRole role);

// A paragraph candidate: one line, or hard-wrapped lines joined.
struct Unit {
  UnitText text;
  UnitText detail;  // a figure's caption, a credit's name, a list item's marker
  // 32 bits (an input has far fewer lines: --max-input-size) keep a unit at 64 bytes.
  std::uint32_t first = 0;  // index of its first line in Draft::lines
  std::uint32_t last = 0;   // index of its last line
  int label = -1;      // into Draft::label_lines when kind == label_line
  LineKind kind = LineKind::text;  // the kind of its first line
  UnitRole role = UnitRole::paragraph;
  bool content() const { return role == UnitRole::paragraph || role == UnitRole::quote || role == UnitRole::list_item; }
};

// A deque, not a vector: finalize frees the units as it turns them into
// blocks, so that the two are never held whole together.
using Units = std::deque<Unit>;

struct LabelLine {
  std::vector<ParsedField> fields;
};

struct Draft {
  std::string text;          // the normalized input: what lines, matches and most unit texts view
  std::vector<Line> lines;
  std::vector<SkippedBlankLines> skipped_blank_lines;  // for line numbers: see split_lines
  std::vector<Match> matches;          // evidence of the lines a rule classified
  std::vector<LabelLine> label_lines;  // parsed fields of label_line lines
  Layout layout;
  Units units;
  Metadata meta;
  bool book = false;  // an e-text (Gutenberg, Aozora…): set by etext_headers
  RuleMatcher* matcher = nullptr;
  Diagnostics* diagnostics = nullptr;

  const Line& first_line(const Unit& u) const { return lines[u.first]; }
  const Match& evidence_of(const Line& l) const {
    static const Match kNone;
    return l.evidence < 0 ? kNone : matches[static_cast<std::size_t>(l.evidence)];
  }
  const Match& evidence(const Unit& u) const { return evidence_of(lines[u.first]); }
};

}  // namespace artconv::plaintext
