#include "registry.hpp"

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
           &text::render},
    Writer{"json", ".json", "application/json", "the document model as JSON (metadata, blocks, removed lines)",
           false, false, &json::render},
    Writer{"epub", ".epub", "application/epub+zip", "EPUB 3 e-book (one book of many articles with --bundle)", true,
           true, &epub::render},
    Writer{"docbook", ".docbook.xml", "application/docbook+xml", "DocBook 5.0 article (a book of chapters with --bundle)",
           false, true, &docbook::render},
    Writer{"jats", ".jats.xml", "application/jats+xml", "JATS 1.3 Archiving and Interchange article (news)", false,
           false, &jats::render},
};

}  // namespace

std::span<const Writer> writers() { return kWriters; }

const Writer* find_writer(std::string_view name) {
  for (const Writer& w : kWriters)
    if (w.name == name) return &w;
  return nullptr;
}

}  // namespace artconv
