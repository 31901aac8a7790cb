// The reader's patterns, compiled and matched by PCRE2 on UTF-8 text.
//
// Why PCRE2 and not ICU's regex: ICU builds the sets of \p{…} properties
// code point by code point at every compile, and a process's first compile
// also builds ICU's own static sets (\w, \s, grapheme classes): 2-3 ms of a
// 6 ms one-article run. PCRE2 compiles the same pattern in microseconds
// (properties are looked up while matching), matches UTF-8 without a UTF-16
// copy, and bounds a match by a count of steps, so a runaway match gives up
// at the same point on every machine: the output never depends on its speed.
//
// Patterns are written in the syntax both engines share (named groups,
// possessive quantifiers, \p{Han}, \x{hhhh}), and a script name means the
// script, as in ICU (see with_script_property). Every pattern is matched
// without regard to case, as Unicode case folding defines it; unlike ICU's,
// PCRE2's \p{Lu} does not match lower-case letters then.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// PCRE2's types, without its header: every includer would see its macros.
struct pcre2_real_code_8;
struct pcre2_real_match_data_8;
struct pcre2_real_match_context_8;

namespace artconv::plaintext {

// Where a match must lie in the text.
enum class Anchoring {
  whole,     // all of it
  prefix,    // from its start
  anywhere,  // the leftmost match
};

// A compiled pattern; shared by threads, each matching with its own RegexMatch.
class Regex {
 public:
  // Throws std::invalid_argument with PCRE2's message and where, when
  // `source` does not compile.
  explicit Regex(std::string_view source);
  ~Regex();
  Regex(Regex&& other) noexcept;
  Regex& operator=(Regex&& other) noexcept;
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  // The number of the group called `name`; 0 when the pattern has none.
  int group_number(std::string_view name) const;
  int group_count() const { return groups_; }

 private:
  friend class RegexMatch;
  pcre2_real_code_8* code_ = nullptr;
  int groups_ = 0;
};

// One thread's matching state, reused from match to match (no allocation
// once it has grown to the largest pattern's groups).
class RegexMatch {
 public:
  // Steps (backtracking points) a match may take from one starting position
  // before it gives up, in some 40 ms: far beyond what any of the reader's
  // linear patterns takes on a line of 100,000 characters.
  static constexpr unsigned kStepLimit = 1'000'000;

  enum class Result { matched, no_match, gave_up };

  RegexMatch();
  ~RegexMatch();
  RegexMatch(const RegexMatch&) = delete;
  RegexMatch& operator=(const RegexMatch&) = delete;

  // Matches `regex` against `text` (which must outlive the groups read
  // below). Text that is not UTF-8 never matches.
  Result match(const Regex& regex, std::string_view text, Anchoring anchoring);

  // After a match: the bytes of group `n` (0: the whole match), empty when
  // the group took no part in it.
  std::string_view group(int n) const;
  std::size_t end() const;  // of the whole match, in bytes

 private:
  pcre2_real_match_data_8* data_ = nullptr;
  pcre2_real_match_context_8* context_ = nullptr;
  int pairs_ = 0;  // the ovector's capacity
  int matched_pairs_ = 0;
  std::string_view text_;
};

}  // namespace artconv::plaintext
