#include "plaintext/markup_check.hpp"

#include <array>
#include <nlohmann/json.hpp>

namespace artconv::plaintext {
namespace {

bool starts_with_ignoring_case(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != prefix[i]) return false;
  }
  return true;
}

struct Opening {
  std::string_view prefix;  // lower case
  std::string_view what;
};
constexpr std::array kOpenings = {
    Opening{"<!doctype html", "HTML"}, Opening{"<html", "HTML"},   Opening{"<head", "HTML"},
    Opening{"<body", "HTML"},          Opening{"<?xml", "XML"},    Opening{"<!doctype", "XML"},
    Opening{"<rss", "XML (RSS)"},      Opening{"<feed", "XML (Atom)"}, Opening{"<!--", "HTML or XML"},
};

}  // namespace

std::optional<std::string> looks_like_markup(std::string_view utf8) {
  std::string_view s = utf8;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  const std::size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return std::nullopt;
  s.remove_prefix(first);
  for (const Opening& o : kOpenings) {
    if (!starts_with_ignoring_case(s, o.prefix)) continue;
    // The next character must end the name: "<html>" or "<html lang", not "<htmlish".
    if (o.prefix.back() != '-' && s.size() > o.prefix.size()) {
      const char next = s[o.prefix.size()];
      const bool letter = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '-';
      if (letter) continue;
    }
    return std::string(o.what) + " (it starts with " + std::string(s.substr(0, o.prefix.size())) + ")";
  }
  if ((s.front() == '{' || s.front() == '[') && nlohmann::json::accept(s)) {
    const bool ours = s.front() == '{' && s.find("\"blocks\"") != std::string_view::npos &&
                      s.find("\"metadata\"") != std::string_view::npos;
    return ours ? std::string("artconv's JSON (read it with -f json)")
                : std::string(s.front() == '{' ? "a JSON object" : "a JSON array");
  }
  return std::nullopt;
}

}  // namespace artconv::plaintext
