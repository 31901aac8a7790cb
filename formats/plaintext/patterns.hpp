// The reader's knowledge as tables: metadata labels in Traditional and
// Simplified Chinese, Japanese and English; line patterns for boilerplate,
// image placeholders, photo credits, bylines and datelines. Adding a label or
// a pattern is one row here, never a new branch in the reader.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace artconv::plaintext {

enum class Field {
  source,
  date,
  original_title,
  dateline,
  contributor,  // with a Role
};

struct Label {
  std::string_view text;  // as written before ':' (Latin labels match case-insensitively)
  Field field;
  Role role = Role::author;
};

// The label `text` is (ASCII compared without case), or null.
const Label* find_label(std::string_view text);

// Canonical English label the text writer prints for a field (and the reader knows).
std::string_view canonical_label(Field field, Role role = Role::author);

enum class LinePattern {
  boilerplate,      // share bars, navigation, copyright lines
  placeholder,      // an image placeholder standing for a figure
  credit_line,      // a photo credit on a line of its own: group 1 or 2 = name
  trailing_credit,  // a paragraph ending in a credit: group 1 = text, 2 = name
  byline,           // "By Jane Smith and John Doe": group 1 = names
  wire_dateline,    // "BEIJING, Aug. 4 (Xinhua) -- ": 1 place, 2 agency
  cn_dateline,      // "新華社北京8月4日電（記者 張三）": 1 agency, 2 place, 3 reporters
  quote_marker,     // "> quoted text": group 1 = text
  reporter_line,    // "（记者 张三 李四）", "本报记者 王五": group 1 = names
};

// Matchers for one read: compiled patterns are shared and immutable, the
// matchers (ICU's mutable state) belong to the Reader that owns this.
class LineMatchers {
 public:
  LineMatchers();
  ~LineMatchers();
  LineMatchers(const LineMatchers&) = delete;
  LineMatchers& operator=(const LineMatchers&) = delete;

  // Whole-line match; returns the capture groups (index 0 = whole match).
  std::optional<std::vector<std::string>> match(LinePattern pattern, std::string_view line);
  // Match at the start only (datelines): also returns the matched length in bytes.
  std::optional<std::vector<std::string>> match_prefix(LinePattern pattern, std::string_view line,
                                                       std::size_t& matched_bytes);

 private:
  struct Matchers;  // ICU's RegexMatcher per pattern, kept out of this header
  std::unique_ptr<Matchers> matchers_;
};

// Outlets that bylines name after the author ("By Jane Smith, BBC News").
bool is_known_outlet(std::string_view name);
// The outlet a byline part starts with ("Associated Press Writer"), or "".
std::string_view outlet_at_start(std::string_view part);

}  // namespace artconv::plaintext
