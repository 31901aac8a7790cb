// Names and the fields that carry them: metadata label lines ("來源：… 編輯：…"),
// bylines ("By Jane Smith and John Doe, Reuters"), name lists.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"
#include "plaintext/vocabulary.hpp"

namespace artconv::plaintext {

// Splits "张三 李四", "Jane Smith and John Doe", "A, B & C" into names.
std::vector<std::string> split_names(std::string_view value);

// The role a role word names: a contributor label ("기자", "編輯") or a
// contribution phrase ("記者", "專電"), from any vocabulary.
std::optional<Role> role_named(std::string_view word);

// People with role words among them: "記者/劉秋宜 通訊員/張燦" (a reporter, a
// contributor), "實習記者林倩茹", "中國組記者區翠恩"; names without a role word
// of their own take the one before them, the first ones `role`.
std::vector<Contributor> split_credits(std::string_view value, Role role);

// Adds a contributor unless the same name and role is there already.
void add_contributor(Metadata& meta, std::string_view name, Role role);

// One field of a metadata line: "編輯:彭麗", or a bare date.
struct ParsedField {
  const Label* label = nullptr;  // null: an unlabelled date
  std::string value;
  std::optional<DateTime> date;
};

// A line made only of metadata fields (separated by |, tabs, U+3000, runs of
// spaces or a space before the next label), or nothing.
std::optional<std::vector<ParsedField>> parse_metadata_line(std::string_view line);

// Fills `meta` from fields; earlier values win.
void apply_fields(Metadata& meta, const std::vector<ParsedField>& fields);

// "Jane Smith and John Doe, BBC News": names first, then maybe an outlet.
// False (nothing added) when the text reads like a sentence instead.
bool apply_byline(Metadata& meta, std::string_view names, Role role = Role::author);

// Outlets bylines and footers name ("By Jane Smith, BBC News").
bool is_known_outlet(std::string_view name);
// "…処分（デイリースポーツ） - Yahoo!ニュース": a news portal's page title, read as the headline
// before the portal's name and the provider bracketed before it (empty if none).
struct PortalTitle {
  std::string_view headline, provider;
};
std::optional<PortalTitle> portal_title(std::string_view title);
// The outlet as the list spells it ("rthk" → "RTHK"), or "".
std::string_view known_outlet(std::string_view name);
// The credit a caption ends with: "… Foto: Silja Viitala / Yle", "… Kuva: Jussi
// Nukari / Lehtikuva" (a photographer label of any vocabulary, a name, maybe
// an agency after a slash). Nothing when the name does not look like one.
std::optional<Contributor> caption_credit(std::string_view caption);

// The photographers a text credits in agency style: "(AP Photo/Natacha Pisarenko)",
// "(Matt Sayles/AP Photo)", "(ED Jones/AFP/Getty Images)", a line "Daniel Acker/Getty
// Images", or a caption credit ("Photograph: Carl Court/AFP/Getty Images").
std::vector<std::string> photo_credits(std::string_view text);

// A known outlet, or a Chinese name shaped like one ("中時電子報", "央广网").
bool looks_like_outlet(std::string_view name);
// The outlet a byline part starts with ("Associated Press Writer"), or "".
std::string_view outlet_at_start(std::string_view part);
// The outlet a byline part ends with ("Mike Whalley BBC Sport"), or "".
std::string_view outlet_at_end(std::string_view part);

// Whether `s` looks like a person's name: 2–4 Han characters, or 1–5
// capitalised Latin/Cyrillic words (connectors like "van" allowed).
bool looks_like_name(std::string_view s);

// "J. Postel - ISI": a header's name with its affiliation after a dash; the name.
std::string_view without_affiliation(std::string_view s);

}  // namespace artconv::plaintext
