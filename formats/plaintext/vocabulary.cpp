#include "plaintext/vocabulary.hpp"

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext {
namespace {

constexpr unsigned char ascii_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

constexpr std::array<const Vocabulary*, 13> kVocabularies = {
    &languages::english, &languages::chinese,    &languages::japanese, &languages::korean,
    &languages::french,  &languages::german,     &languages::spanish,  &languages::italian,
    &languages::portuguese, &languages::russian, &languages::latvian,  &languages::bulgarian,
    &languages::finnish,
};

}  // namespace

std::span<const Vocabulary* const> vocabularies() { return kVocabularies; }

std::string ascii_lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(ascii_lower(static_cast<unsigned char>(c)));
  return out;
}

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(static_cast<unsigned char>(a[i])) != ascii_lower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

bool starts_with_ignoring_ascii_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equal_ignoring_ascii_case(text.substr(0, prefix.size()), prefix);
}

const Label* find_label(std::string_view text) {
  // Looked up for every colon of every short line: a hash, not a scan. The
  // first vocabulary to define a spelling wins ("Foto" is a photo everywhere).
  static const std::unordered_map<std::string, const Label*> index = [] {
    std::unordered_map<std::string, const Label*> m;
    for (const Vocabulary* v : kVocabularies)
      for (const Label& l : v->labels) m.emplace(ascii_lowercase(l.text), &l);
    return m;
  }();
  constexpr std::size_t kLongestLabel = 30;
  if (text.empty() || text.size() > kLongestLabel) return nullptr;
  char buf[kLongestLabel];
  for (std::size_t i = 0; i < text.size(); ++i)
    buf[i] = static_cast<char>(ascii_lower(static_cast<unsigned char>(text[i])));
  const auto it = index.find(std::string(buf, text.size()));
  return it == index.end() ? nullptr : it->second;
}

int month_from_name(std::string_view name) {
  std::string lower = ascii_lowercase(name);
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  for (const Vocabulary* v : kVocabularies)
    for (const MonthName& m : v->months)
      if (lower == m.name) return m.month;
  // English: any spelling that starts like a month (Sept, Augustus).
  if (lower.size() >= 3)
    for (const MonthName& m : languages::english.months)
      if (lower.compare(0, 3, m.name) == 0) return m.month;
  return 0;
}

bool is_function_word(std::string_view word) {
  static const std::unordered_set<std::string_view> words = [] {
    std::unordered_set<std::string_view> s;
    for (const Vocabulary* v : kVocabularies)
      for (std::string_view w : v->function_words) s.insert(w);
    return s;
  }();
  constexpr std::size_t kLongest = 16;
  if (word.empty() || word.size() > kLongest) return false;
  char buf[kLongest];
  for (std::size_t i = 0; i < word.size(); ++i)
    buf[i] = static_cast<char>(ascii_lower(static_cast<unsigned char>(word[i])));
  return words.contains(std::string_view(buf, word.size()));
}

namespace {

// Whether `text`, without a trailing colon, is one of the phrases a vocabulary lists in `list`.
bool in_any_list(std::string_view text, std::span<const std::string_view> Vocabulary::*list) {
  while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.remove_suffix(1);
  for (const Vocabulary* v : kVocabularies)
    for (std::string_view phrase : v->*list)
      if (equal_ignoring_ascii_case(text, phrase)) return true;
  return false;
}

}  // namespace

bool is_kicker(std::string_view text) { return in_any_list(text, &Vocabulary::kickers); }

bool is_summary_head(std::string_view text) { return in_any_list(text, &Vocabulary::summary_heads); }

std::string_view canonical_label(Field field, Role role) {
  switch (field) {
    case Field::source: return "Source";
    case Field::date: return "Date";
    case Field::original_title: return "Original title";
    case Field::dateline: return "Dateline";
    case Field::title: return "Title";
    case Field::body: return "Text";
    case Field::category: return "Category";
    case Field::contributor: break;
  }
  switch (role) {
    case Role::author: return "Author";
    case Role::editor: return "Editor";
    case Role::responsible_editor: return "Responsible editor";
    case Role::reporter: return "Reporter";
    case Role::correspondent: return "Correspondent";
    case Role::contributor: return "Contributor";
    case Role::writer: return "Written by";
    case Role::photographer: return "Photographer";
    case Role::illustrator: return "Illustrations by";
    case Role::infographics: return "Graphics by";
    case Role::producer: return "Produced by";
    case Role::translator: return "Translator";
    case Role::proofreader: return "Proofreader";
  }
  return "Author";
}

}  // namespace artconv::plaintext
