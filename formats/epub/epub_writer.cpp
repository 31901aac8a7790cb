#include "epub/epub_writer.hpp"

#include <cstdio>
#include <ctime>

#include "epub/page_text.hpp"
#include "epub/stylesheet.hpp"
#include "epub/zip_writer.hpp"
#include "model/identifier.hpp"
#include "xml/xml_writer.hpp"

namespace artconv::epub {
namespace {

constexpr std::string_view kXhtml = "http://www.w3.org/1999/xhtml";
constexpr std::string_view kOps = "http://www.idpf.org/2007/ops";
// Without an article date or SOURCE_DATE_EPOCH: the first moment ZIP can date.
constexpr std::string_view kFallbackModified = "1980-01-01T00:00:00Z";

std::string title_of(const Document& d) { return title_or_file_name(d); }
std::string language_of(const std::string& language) { return language.empty() ? "und" : language; }

std::string article_file(std::size_t index) {
  char name[32];
  std::snprintf(name, sizeof name, "article-%03zu.xhtml", index + 1);
  return name;
}

std::string article_id(std::size_t index) {
  char id[32];
  std::snprintf(id, sizeof id, "a%zu", index + 1);
  return id;
}

// MARC relator codes (https://id.loc.gov/vocabulary/relators): a reporter is
// the author of the story; both kinds of editor are editors.
std::string_view marc_relator(Role role) {
  switch (role) {
    case Role::author:
    case Role::reporter: return "aut";
    case Role::editor:
    case Role::responsible_editor: return "edt";
    case Role::photographer: return "pht";
    case Role::translator: return "trl";
    case Role::correspondent: return "cor";
    case Role::contributor: return "ctb";
    case Role::writer: return "wam";
    case Role::illustrator: return "ill";
    case Role::infographics: return "drm";
    case Role::producer: return "pro";
    case Role::proofreader: return "pfr";
  }
  return "ctb";
}

std::string utc_from_epoch(std::int64_t seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string modified(std::span<const Document> docs, const WriterOptions& options) {
  if (options.timestamp) return utc_from_epoch(*options.timestamp);
  std::string latest;
  for (const Document& d : docs)
    if (d.meta.published) latest = std::max(latest, d.meta.published->iso_instant());
  return latest.empty() ? std::string(kFallbackModified) : latest;
}

void start_xhtml(xml::Writer& w, const std::string& language, const std::string& title) {
  w.doctype("html");
  w.start("html");
  w.attribute("xmlns", kXhtml);
  w.attribute("xmlns:epub", kOps);
  w.attribute("xml:lang", language);
  w.attribute("lang", language);
  w.start("head");
  w.start("meta");
  w.attribute("charset", "utf-8");
  w.end();
  w.element("title", title);
  w.start("link");
  w.attribute("rel", "stylesheet");
  w.attribute("type", "text/css");
  w.attribute("href", "style.css");
  w.end();
  w.end();
  w.start("body");
}

void paragraph(xml::Writer& w, std::string_view css_class, std::string_view text) {
  w.start("p");
  if (!css_class.empty()) w.attribute("class", css_class);
  w.text(text);
  w.end();
}

// The article page: what a newspaper page shows.
std::string article_page(const Document& doc, const WriterOptions& options, Diagnostics& diagnostics) {
  const std::string language = language_of(doc.meta.language);
  const PageText& words = page_text(language);
  xml::Writer w(diagnostics);
  start_xhtml(w, language, title_of(doc));
  w.start("section");
  w.attribute("epub:type", "chapter");
  w.start("header");
  w.element("h1", title_of(doc));
  if (!doc.meta.original_title.empty())
    paragraph(w, "original-title",
              std::string(words.original_title) + std::string(words.label_separator) + doc.meta.original_title);
  std::vector<std::string> meta;
  if (doc.meta.published) meta.push_back(doc.meta.published->written);
  if (!doc.meta.source.empty()) meta.push_back(doc.meta.source);
  for (const Contributor& c : doc.meta.contributors)
    meta.push_back(std::string(words.role(c.role)) + std::string(words.label_separator) + c.name);
  if (!meta.empty()) {
    std::string line;
    for (const std::string& m : meta) line += (line.empty() ? "" : " · ") + m;
    paragraph(w, "meta", line);
  }
  w.end();  // header

  struct Render {
    xml::Writer& w;
    const WriterOptions& options;
    void operator()(const Paragraph& p) const { paragraph(w, {}, p.text); }
    void operator()(const Heading& h) const { w.element("h2", h.text); }
    void operator()(const Credit& c) const { paragraph(w, "credit", c.text); }
    void operator()(const Quote& q) const {
      w.start("blockquote");
      paragraph(w, {}, q.text);
      w.end();
    }
    void operator()(const List& l) const {
      w.start(l.ordered ? "ol" : "ul");
      for (const std::string& item : l.items) w.element("li", item);
      w.end();
    }
    void operator()(const Figure& f) const {
      if (options.figures == FigureMode::omit) return;
      w.start("figure");
      w.attribute("class", "placeholder");
      paragraph(w, {}, f.placeholder);
      if (!f.caption.empty()) w.element("figcaption", f.caption);
      w.end();
    }
  };
  for (const Block& b : doc.blocks) std::visit(Render{w, options}, b);
  w.end();  // section
  w.end();  // body
  w.end();  // html
  return w.finish();
}

std::string title_page(const std::string& title, const WriterOptions& options, const std::string& language,
                       Diagnostics& diagnostics) {
  xml::Writer w(diagnostics);
  start_xhtml(w, language, title);
  w.start("section");
  w.attribute("epub:type", "titlepage");
  w.element("h1", title);
  if (!options.book_author.empty()) paragraph(w, "meta", options.book_author);
  if (!options.book_publisher.empty()) paragraph(w, "meta", options.book_publisher);
  w.end();
  w.end();
  w.end();
  return w.finish();
}

std::string navigation(std::span<const Document> docs, const std::string& language, const std::string& title,
                       Diagnostics& diagnostics) {
  xml::Writer w(diagnostics);
  start_xhtml(w, language, title);
  w.start("nav");
  w.attribute("epub:type", "toc");
  w.attribute("id", "toc");
  w.element("h1", page_text(language).contents);
  w.start("ol");
  for (std::size_t i = 0; i < docs.size(); ++i) {
    w.start("li");
    w.start("a");
    w.attribute("href", article_file(i));
    const std::string chapter_language = language_of(docs[i].meta.language);
    if (chapter_language != language) {
      w.attribute("xml:lang", chapter_language);
      w.attribute("lang", chapter_language);
    }
    w.text(title_of(docs[i]));
    w.end();
    w.end();
  }
  w.end();
  w.end();
  w.end();
  w.end();
  return w.finish();
}

std::string container() {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
)";
}

struct Book {
  std::string identifier, title, language, date, modified, publisher;
  std::vector<Contributor> contributors;
  std::string original_title;
  std::string book_author;
  bool bundle = false;
};

std::string package(const Book& book, std::size_t articles, const WriterOptions& options,
                    Diagnostics& diagnostics) {
  xml::Writer w(diagnostics);
  w.start("package");
  w.attribute("xmlns", "http://www.idpf.org/2007/opf");
  w.attribute("version", "3.0");
  w.attribute("unique-identifier", "pub-id");
  w.attribute("xml:lang", book.language);
  w.start("metadata");
  w.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  w.start("dc:identifier");
  w.attribute("id", "pub-id");
  w.text(book.identifier);
  w.end();
  w.element("dc:title", book.title);
  w.element("dc:language", book.language);
  if (!book.date.empty()) w.element("dc:date", book.date);
  if (!book.publisher.empty()) w.element("dc:publisher", book.publisher);
  int n = 0;
  auto agent = [&](std::string_view element, const std::string& name, std::string_view relator) {
    const std::string id = "agent" + std::to_string(++n);
    w.start(element);
    w.attribute("id", id);
    w.text(name);
    w.end();
    w.start("meta");
    w.attribute("refines", "#" + id);
    w.attribute("property", "role");
    w.attribute("scheme", "marc:relators");
    w.text(relator);
    w.end();
  };
  if (!book.book_author.empty()) agent("dc:creator", book.book_author, "aut");
  for (const Contributor& c : book.contributors) {
    const bool creator = c.role == Role::author || c.role == Role::reporter;
    agent(creator ? "dc:creator" : "dc:contributor", c.name, marc_relator(c.role));
  }
  if (!book.original_title.empty()) {
    w.start("meta");
    w.attribute("property", "dcterms:alternative");
    w.text(book.original_title);
    w.end();
  }
  w.start("meta");
  w.attribute("property", "dcterms:modified");
  w.text(book.modified);
  w.end();
  w.end();  // metadata

  w.start("manifest");
  auto item = [&](std::string_view id, std::string_view href, std::string_view type, std::string_view properties) {
    w.start("item");
    w.attribute("id", id);
    w.attribute("href", href);
    w.attribute("media-type", type);
    if (!properties.empty()) w.attribute("properties", properties);
    w.end();
  };
  item("nav", "nav.xhtml", "application/xhtml+xml", "nav");
  item("style", "style.css", "text/css", {});
  if (book.bundle) item("titlepage", "title.xhtml", "application/xhtml+xml", {});
  for (std::size_t i = 0; i < articles; ++i)
    item(article_id(i), article_file(i), "application/xhtml+xml", {});
  w.end();

  w.start("spine");
  if (options.vertical) w.attribute("page-progression-direction", "rtl");
  auto itemref = [&](const std::string& idref) {
    w.start("itemref");
    w.attribute("idref", idref);
    w.end();
  };
  if (book.bundle) itemref("titlepage");
  for (std::size_t i = 0; i < articles; ++i) itemref(article_id(i));
  w.end();
  w.end();
  return w.finish();
}

// dc:date in W3CDTF: a date alone, or a UTC instant when the zone is known.
std::string dc_date(const Document& d) {
  if (!d.meta.published) return {};
  const DateTime& p = *d.meta.published;
  return p.hour && p.utc_offset_minutes ? p.iso_instant() : p.date_only();
}

}  // namespace

std::string render(std::span<const Document> docs, const WriterOptions& options, Diagnostics& diagnostics) {
  Book book;
  book.bundle = docs.size() > 1;
  book.modified = modified(docs, options);
  if (!book.bundle) {
    const Document& d = docs.front();
    book.identifier = d.meta.identifier.empty() ? name_based_uuid({"artconv-epub", title_of(d)}) : d.meta.identifier;
    book.title = title_of(d);
    book.language = language_of(d.meta.language);
    book.date = dc_date(d);
    book.publisher = d.meta.source;
    book.contributors = d.meta.contributors;
    book.original_title = d.meta.original_title;
  } else {
    std::vector<std::string_view> parts{"artconv-book", options.book_title, options.book_author};
    for (const Document& d : docs) parts.push_back(d.meta.identifier);
    book.identifier = name_based_uuid(parts);
    book.title = options.book_title.empty() ? title_of(docs.front()) : options.book_title;
    book.language = language_of(options.book_language.empty() ? most_common_language(docs) : options.book_language);
    book.publisher = options.book_publisher;
    book.book_author = options.book_author;
  }

  ZipWriter zip;
  zip.add("mimetype", "application/epub+zip", true);
  zip.add("META-INF/container.xml", container());
  zip.add("EPUB/package.opf", package(book, docs.size(), options, diagnostics));
  zip.add("EPUB/nav.xhtml", navigation(docs, book.language, book.title, diagnostics));
  zip.add("EPUB/style.css", stylesheet(options.vertical));
  if (book.bundle) zip.add("EPUB/title.xhtml", title_page(book.title, options, book.language, diagnostics));
  for (std::size_t i = 0; i < docs.size(); ++i)
    zip.add("EPUB/" + article_file(i), article_page(docs[i], options, diagnostics));
  return zip.finish();
}

}  // namespace artconv::epub
