// Input honesty: HTML, XML or JSON handed in as a plain-text article is read
// as text all the same (tags and braces become paragraphs), so the user is
// told. A cheap look at the start of the decoded text, never a parse of markup.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace artconv::plaintext {

// "HTML (it starts with <!DOCTYPE html>)", "XML (<?xml …)", "JSON" …, or
// nullopt for text. JSON counts only when the whole text parses as JSON.
std::optional<std::string> looks_like_markup(std::string_view utf8);

}  // namespace artconv::plaintext
