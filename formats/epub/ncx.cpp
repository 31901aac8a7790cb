#include "epub/ncx.hpp"

#include <algorithm>

#include "xml/xml_writer.hpp"

namespace artconv::epub {
namespace {

std::size_t depth(std::span<const TocEntry> entries) {
  std::size_t d = 0;
  for (const TocEntry& e : entries) d = std::max(d, 1 + depth(e.children));
  return d;
}

void meta(xml::Writer& w, std::string_view name, std::string_view content) {
  w.start("meta");
  w.attribute("name", name);
  w.attribute("content", content);
  w.end();
}

void nav_points(xml::Writer& w, std::span<const TocEntry> entries, int& order) {
  for (const TocEntry& e : entries) {
    ++order;
    w.start("navPoint");
    w.attribute("id", "np" + std::to_string(order));
    w.attribute("playOrder", std::to_string(order));
    w.start("navLabel");
    w.element("text", e.label);
    w.end();
    w.start("content");
    w.attribute("src", e.href);
    w.end();
    nav_points(w, e.children, order);
    w.end();
  }
}

}  // namespace

std::string ncx(const std::string& identifier, const std::string& title, const std::string& language,
                std::span<const TocEntry> entries, Diagnostics& diagnostics) {
  xml::Writer w(diagnostics);
  w.start("ncx");
  w.attribute("xmlns", "http://www.daisy.org/z3986/2005/ncx/");
  w.attribute("version", "2005-1");
  w.attribute("xml:lang", language);
  w.start("head");
  meta(w, "dtb:uid", identifier);
  meta(w, "dtb:depth", std::to_string(std::max<std::size_t>(1, depth(entries))));
  meta(w, "dtb:totalPageCount", "0");
  meta(w, "dtb:maxPageNumber", "0");
  w.end();
  w.start("docTitle");
  w.element("text", title);
  w.end();
  w.start("navMap");
  int order = 0;
  nav_points(w, entries, order);
  w.end();
  w.end();
  return w.finish();
}

}  // namespace artconv::epub
