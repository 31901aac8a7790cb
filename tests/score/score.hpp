// The reader's accuracy on the annotated corpus (fixtures/corpus, format in
// its SPEC): each file's ground truth compared field by field with what
// artconv reports for it, tallied per language group and shape.
//
// The comparison reads artconv's JSON output (`artconv -t json`), not the C++
// model, so that the scorer survives additions to the model: unknown block
// types, roles and metadata keys are ignored, a missing flag counts as absent.
//
// What the output is taken to say:
// - paragraphs: the blocks of type "paragraph" or "quote" (a quotation set off
//   from the text is still a body paragraph a person reads), in order. Headings,
//   figures, credits, lists/list items and any other block type are not.
// - title: `metadata.title`, trimmed; an empty title, or a true "no title" flag
//   (`no_title`, `untitled`, `title_missing`, `title_absent`, `title_invented`,
//   `title_made_up`, or `has_title` false) means the document reports none.
// - date: the date part of `metadata.published` ("2017-08-04 08:36" →
//   "2017-08-04"; zero month/day parts dropped: "2017-00-00" → "2017").
// - people: `metadata.contributors`, each {name, role}.
//
// How fields compare (truth null = the text has none, so the output must have none):
// - title: equal after NFC, trimming and collapsing whitespace runs to one space.
// - made-up title: truth null but a title reported (lower is better).
// - source: as the title, ASCII case ignored.
// - date: equal, at the truth's precision ("2023-09", "2023" allowed).
// - people found: every truth name is among the contributors (names compared
//   after NFC with all whitespace removed, ASCII case ignored); roles right:
//   every truth person is there with the truth's role. Both only for files
//   whose truth names someone.
// - language: equal, ASCII case ignored.
// - paragraphs exact / ±1: the count above against `paragraphs`.
// - first/last paragraph start: the first/last paragraph, whitespace collapsed,
//   starts with the truth's `first_paragraph`/`last_paragraph` (whitespace
//   collapsed, NFC). Only where the truth gives one.
// - e-text ±10 %: for shapes etext and aozora, |count − truth| ≤ 10 % of truth.
#pragma once

#include <array>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace artconv::score {

using Json = nlohmann::ordered_json;  // rows and fields keep their order

enum class Metric {
  title,
  made_up_title,
  paragraphs,
  paragraphs_near,
  source,
  date,
  people,
  roles,
  language,
  first_paragraph,
  last_paragraph,
  etext_paragraphs,
};
inline constexpr std::size_t kMetrics = 12;

struct MetricInfo {
  Metric metric;
  std::string_view key;     // in --json output and floors.json
  std::string_view header;  // table column
  bool lower_is_better;     // made-up titles: a ceiling, not a floor
};
std::span<const MetricInfo> metrics();
const MetricInfo& info(Metric m);

// ---- text comparison ------------------------------------------------------

// NFC, trimmed, every run of White_Space (incl. U+3000, NBSP) one ASCII space,
// invisible characters (zero-width space, BOM …) dropped.
std::string collapse(std::string_view utf8);
// Key for comparing people's names: NFC, no whitespace or invisible characters, ASCII lowercase.
std::string name_key(std::string_view utf8);
std::string ascii_lower(std::string_view s);
// `paragraph` starts with `prefix`, both collapsed. An empty prefix matches.
bool starts_with_collapsed(std::string_view paragraph, std::string_view prefix);
// Titles: truth null (nullopt) → no title reported; else equal after collapse().
bool title_matches(const std::optional<std::string>& truth, const std::optional<std::string>& got);
bool within_one(std::size_t got, std::size_t expected);
bool within_tenth(std::size_t got, std::size_t expected);
// "2017-08-04 08:36:55+08:00" → "2017-08-04"; "2017-05-00" → "2017-05".
std::string date_part(std::string_view published);
// zh-Hant, zh-Hans, en, ja, ko, or "other" (also for zh without a script).
std::string language_group(std::string_view bcp47);

// ---- one file ---------------------------------------------------------------

struct Person {
  std::string name, role;
};

// What artconv's JSON output says, reduced to what is scored.
struct Output {
  std::optional<std::string> title;  // nullopt: no title reported
  std::string source, date, language;
  std::vector<Person> people;
  std::vector<std::string> paragraphs;
};
Output read_output(const Json& artconv_json);

struct Mismatch {
  std::string field, expected, got;
};

struct FileScore {
  std::string id, group, shape;
  // Per metric: nullopt = does not apply to this file; for made_up_title, true = a title was made up.
  std::array<std::optional<bool>, kMetrics> outcome{};
  std::vector<Mismatch> mismatches;
  std::string error;  // the reader failed: every applicable field counts as wrong
  std::optional<bool>& operator[](Metric m) { return outcome[static_cast<std::size_t>(m)]; }
  const std::optional<bool>& operator[](Metric m) const { return outcome[static_cast<std::size_t>(m)]; }
};

// Throws std::invalid_argument naming the field when the truth is malformed.
FileScore score_file(const Json& truth, const Output& got, std::string id);
// The reader threw: each field that applies is wrong.
FileScore failed_file(const Json& truth, std::string id, std::string error);

// ---- tallies ------------------------------------------------------------------

struct Figure {
  std::size_t hits = 0, of = 0;  // of = files the field applies to
};
struct Row {
  std::string label;  // "zh-Hant", "portal", "all"
  std::size_t n = 0;
  std::array<Figure, kMetrics> figures{};
};
// Rows: language groups (zh-Hant, zh-Hans, en, ja, ko, other), then shapes
// (in the SPEC's order, unknown ones after), then "all"; empty rows left out
// except "all".
std::vector<Row> tabulate(std::span<const FileScore> files);

// Integer percentages, rounded down ("87% 13/15"); "–" when nothing applies.
std::string cell(const Figure& f);
std::string format_table(std::span<const Row> rows);
std::string format_markdown(std::span<const Row> rows);
std::string format_details(std::span<const FileScore> files);
Json to_json(std::span<const Row> rows, std::span<const FileScore> files);

// ---- floors -------------------------------------------------------------------

// {"floors": {row: {metric: percent}}, "ceilings": {row: {metric: percent}}}:
// floors one point below today's figure (rounded down), ceilings (made-up
// titles) one point above (rounded up). Figures that apply to no file are not recorded.
Json make_floors(std::span<const Row> rows);
// One message per recorded figure that is below its floor (above its
// ceiling) or no longer measured; empty when all hold.
std::vector<std::string> check_floors(std::span<const Row> rows, const Json& floors);

}  // namespace artconv::score
