// Rule rows: a name, a literal prefilter, a pattern with named capture
// groups (regex.hpp: PCRE2, in the syntax it shares with ICU), and what a
// match makes of the line (its kind and a role). The patterns live in
// rules.cpp; the words they use come from the vocabularies. Every pattern is
// linear-time (possessive quantifiers, no nested optional repeats); a step
// limit on each match turns a runaway match into a warning instead of a hang.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>

#include "model/document.hpp"
#include "model/error.hpp"

namespace artconv::plaintext {

// What a rule says a line is.
enum class LineKind : std::uint8_t {
  blank,
  text,          // prose, a title or a heading: decided by the passes
  label_line,    // "來源：新華網 編輯：張三": only metadata fields
  byline,        // "By Jane Smith, Reuters"
  reporter_line, // "（記者 張三）", "本報記者 王五"
  caption,       // "A ferry crosses the bay. (AP Photo/Lena Ortiz)", "2 of 7. Volunteers …"
  credit,        // "(圖片攝影 劉歆)", "Credit: Harbor Authority"
  placeholder,   // "圖片默認標題_fororder_3", "[Image: …]"
  footer,        // "(Reporting by …; Editing by …)", "声明：…", "Follow … on Twitter"
  related_link,  // "相關新聞：", "Read more", "Related articles"
  code_ad,       // scripts, calls to action, ads
  boilerplate,   // share bars, navigation, copyright lines
  list_item,     // "- item", "1. item", "• item"
  quote,         // "> quoted"
  heading,       // "== Heading ==", "［＃「…」は大見出し］": marked as a heading by the text itself
};
std::string_view line_kind_name(LineKind kind);

// Capture groups a pattern may name; a rule uses the ones it needs.
// `role`: the word that says what the named people did ("기자", "專電"), looked up
// in the vocabularies.
enum class Group : std::uint8_t { name, text, caption, place, source, outlet, marker, role, count_ };
constexpr std::array<std::string_view, 8> kGroupNames = {"name",   "text",   "caption", "place",
                                                         "source", "outlet", "marker",  "role"};

enum class Anchor : std::uint8_t { whole_line, prefix, search };

struct Rule {
  std::string_view name;
  LineKind kind;
  Role role;                    // for people the groups name
  Anchor anchor;
  std::string_view pattern;     // ICU syntax; {byline_words} etc. expand from the vocabularies
  std::span<const std::string_view> prefixes;  // the line starts with one of these (ASCII case-folded); empty: any
  std::string_view contains;    // or holds this literal anywhere ("" : no such test)
  int widest = 0;               // display columns; 0: any width
};

// The rows, in priority order: the first whole-line rule that matches decides.
std::span<const Rule> line_rules();
// Prefix rules for the opening of a paragraph.
const Rule& wire_dateline_rule();      // "BEIJING, Aug. 4 (Xinhua) -- " → place, source
const Rule& chinese_dateline_rule();   // "新華社北京8月4日電（記者 張三）" → source, place, name
const Rule& trailing_credit_rule();    // "… (圖片攝影 劉歆)" → text, name
const Rule& stamp_rule();              // "Time: 2019/03/27 05:38", "[03月20日 16時35分]": only a time stamp
// Bylines that stand inside the opening text rather than at its start, tried
// in order with search(): "(서울=연합뉴스) 홍길동 기자 =", "[마이데일리 = 서울 최병진 기자]".
std::span<const Rule> inline_byline_rules();
// A bracketed note closing a paragraph: "…。（編輯：張銘坤）1100731", "…。（李明）" → text, marker
const Rule& closing_note_rule();
// A Korean sign-off glued to the last sentence: "…밝혔다.홍길동 기자 hong@example.kr" → name, role, text
const Rule& glued_sign_off_rule();
// What a match captured, as views into the matched line.
struct Match {
  const Rule* rule = nullptr;
  std::size_t length = 0;  // bytes matched (prefix rules)
  std::array<std::string_view, static_cast<std::size_t>(Group::count_)> groups{};
  std::string_view operator[](Group g) const { return groups[static_cast<std::size_t>(g)]; }
  explicit operator bool() const { return rule != nullptr; }
};

// Matching state for every rule; one per Reader (not thread-safe). Matching
// works on UTF-8 in place: no copy, no allocation per line.
class RuleMatcher {
 public:
  RuleMatcher();
  ~RuleMatcher();
  RuleMatcher(const RuleMatcher&) = delete;
  RuleMatcher& operator=(const RuleMatcher&) = delete;

  // The first rule of line_rules() whose pattern matches the whole line.
  // `width`: the line's display columns when the caller has measured them
  // (then no rule measures them again), or -1.
  Match classify(std::string_view line, Diagnostics* diagnostics = nullptr, int width = -1);
  // `rule` against the whole line (whole_line), its start (prefix) or anywhere in it (search).
  Match match(const Rule& rule, std::string_view line, Diagnostics* diagnostics = nullptr);
  // The pattern alone, without the prefilter (for tests: the prefilter must
  // never turn away a line the pattern matches).
  Match match_pattern(const Rule& rule, std::string_view line);

 private:
  Match run(std::size_t index, std::string_view line, Diagnostics* diagnostics);
  Match run_pattern(std::size_t index, std::string_view line, Diagnostics* diagnostics);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Whether `line` passes `rule`'s literal prefilter.
bool may_match(const Rule& rule, std::string_view line);
// Whether `line` passes `rule`'s gate, the part of the prefilter read off its
// pattern (rules.cpp): true for every line the pattern matches.
bool passes_gate(const Rule& rule, std::string_view line);

// Patterns compile when a rule first sees a candidate line; this compiles them
// all now (throws std::logic_error naming a rule that does not compile).
void compile_every_rule();

}  // namespace artconv::plaintext
