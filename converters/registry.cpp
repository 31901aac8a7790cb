#include "registry.hpp"

#include <algorithm>
#include <array>

#include "docbook/docbook_writer.hpp"
#include "epub/epub_writer.hpp"
#include "jats/jats_writer.hpp"
#include "json/json_writer.hpp"
#include "text/text_writer.hpp"

namespace artconv {
namespace {

const std::array kWriters = {
    Writer{"text", ".txt", "text/plain; charset=utf-8", "normalized UTF-8 text (NFC, LF, --wrap N)", false, false,
           &text::render, &text::render_to},
    Writer{"json", ".json", "application/json", "the document model as JSON (metadata, blocks, removed lines)",
           false, false, &json::render, &json::render_to},
    Writer{"epub", ".epub", "application/epub+zip", "EPUB 3 e-book (one book of many articles with --bundle)", true,
           true, &epub::render},
    Writer{"docbook", ".docbook.xml", "application/docbook+xml", "DocBook 5.0 article (a book of chapters with --bundle)",
           false, true, &docbook::render, &docbook::render_to},
    Writer{"jats", ".jats.xml", "application/jats+xml", "JATS 1.3 Archiving and Interchange article (news)", false,
           false, &jats::render, &jats::render_to},
};

// File names that ask for a format besides each writer's own extension.
struct FileNameSuffix {
  std::string_view suffix, format;
};
constexpr std::array kOtherSuffixes = {
    FileNameSuffix{".text", "text"},
    FileNameSuffix{".dbk", "docbook"},
    FileNameSuffix{".xml", "docbook"},
    FileNameSuffix{".xml", "jats"},
};

// Other names -t accepts for a format (pandoc's spelling of the EPUB version).
struct Alias {
  std::string_view alias, format;
};
constexpr std::array kAliases = {
    Alias{"epub3", "epub"},
};

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != b[i]) return false;
  return true;
}

bool ends_with_ignoring_case(std::string_view name, std::string_view suffix) {
  if (name.size() <= suffix.size()) return false;  // ".epub" alone names no file of that kind
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    const char c = name[name.size() - suffix.size() + i];
    if (ascii_lower(c) != suffix[i]) return false;
  }
  return true;
}

}  // namespace

std::span<const Writer> writers() { return kWriters; }

const Writer* find_writer(std::string_view name) {
  for (const Writer& w : kWriters)
    if (equals_ignoring_case(name, w.name)) return &w;
  for (const Alias& a : kAliases)
    if (equals_ignoring_case(name, a.alias)) return find_writer(a.format);
  return nullptr;
}

std::vector<std::string_view> aliases_of(const Writer& writer) {
  std::vector<std::string_view> out;
  for (const Alias& a : kAliases)
    if (a.format == writer.name) out.push_back(a.alias);
  return out;
}


std::vector<const Writer*> writers_for_file_name(std::string_view name) {
  std::vector<const Writer*> found;
  std::size_t longest = 0;
  auto consider = [&](std::string_view suffix, const Writer* writer) {
    if (!ends_with_ignoring_case(name, suffix) || suffix.size() < longest) return;
    if (suffix.size() > longest) found.clear();
    longest = suffix.size();
    if (std::find(found.begin(), found.end(), writer) == found.end()) found.push_back(writer);
  };
  for (const Writer& w : kWriters) consider(w.extension, &w);
  for (const FileNameSuffix& s : kOtherSuffixes) consider(s.suffix, find_writer(s.format));
  return found;
}

}  // namespace artconv
