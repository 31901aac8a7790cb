// What the reader knows about one language, as data: metadata labels, month
// names, the words that join names, bylines and contribution phrases,
// function words and kickers. A new language is one file in languages/ with
// one Vocabulary, listed in vocabulary.cpp, plus its tests.
#pragma once

#include <span>
#include <string_view>

#include "model/document.hpp"

namespace artconv::plaintext {

enum class Field {
  source,
  date,
  original_title,
  dateline,
  contributor,  // with a Role
  title,        // "Title: …", "標題：…": the headline itself
  body,         // "Content:", "正文：" standing alone above the text: never a field with a value
  category,     // "分类：", "Tags:", "語言：": how a site files the article; metadata, no field of ours
};

// "來源", "Source", "Edited by": the words before a colon that name a field.
struct Label {
  std::string_view text;  // as written before ':' (Latin labels match case-insensitively)
  Field field;
  Role role = Role::author;
};

struct MonthName {
  std::string_view name;  // lowercase; English matches by its first three letters
  int month;
};

// A phrase that names people and what they did: "contributed to this
// report" after the names, "Reporting by" before them.
struct Contribution {
  std::string_view phrase;  // lowercase for Latin scripts
  Role role;
};

struct Vocabulary {
  std::string_view language;  // BCP 47
  std::span<const Label> labels;
  std::span<const MonthName> months;
  std::span<const std::string_view> name_conjunctions;  // " and ", " et " (with their spaces)
  std::span<const std::string_view> byline_words;       // "By", "Par": a byline starts with one
  std::span<const Contribution> contributions_after;    // "Jo Kim contributed to this report."
  std::span<const Contribution> contributions_before;   // "Reporting by Ana Lee"
  std::span<const std::string_view> function_words;     // "the", "of": prose, not a name or a heading
  std::span<const std::string_view> kickers;            // "Opinion", "Explainer": never the title
  std::span<const std::string_view> summary_heads;      // "At a glance", "Key points": a summary box's head
  // Places of three or more characters that a byline runs a name into, unspaced
  // ("记者王刚石家庄报道"); a two-character place needs no entry.
  std::span<const std::string_view> long_places;
};

// Every language the reader knows, English first.
std::span<const Vocabulary* const> vocabularies();

// The label `text` is in any vocabulary (ASCII compared without case), or null.
const Label* find_label(std::string_view text);
// The month a name gives (any vocabulary; "Sept." and "August" too), or 0.
int month_from_name(std::string_view name);
// Whether `word` (lowercase ASCII folded) is a function word of a Latin-script vocabulary.
bool is_function_word(std::string_view word);
// Whether `text` (without a trailing colon) is a kicker like "Opinion".
bool is_kicker(std::string_view text);
// Whether `text` (without a trailing colon) heads a summary box, like "At a glance".
bool is_summary_head(std::string_view text);

// Canonical English label the text writer prints for a field (and the reader knows).
std::string_view canonical_label(Field field, Role role = Role::author);

// ASCII lowercase copy; other bytes unchanged.
std::string ascii_lowercase(std::string_view s);
bool equal_ignoring_ascii_case(std::string_view a, std::string_view b);
bool starts_with_ignoring_ascii_case(std::string_view text, std::string_view prefix);

}  // namespace artconv::plaintext
