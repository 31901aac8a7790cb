#include "epub/epub_writer.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>

#include "epub/image_type.hpp"
#include "epub/ncx.hpp"
#include "epub/page_text.hpp"
#include "epub/stylesheet.hpp"
#include "epub/upright_digits.hpp"
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
  char name[48];
  std::snprintf(name, sizeof name, "article-%03zu.xhtml", index + 1);
  return name;
}

std::string heading_id(int n) {
  char id[32];
  std::snprintf(id, sizeof id, "h%d", n);
  return id;
}

std::string article_id(std::size_t index) {
  char id[32];
  std::snprintf(id, sizeof id, "a%zu", index + 1);
  return id;
}

// MARC relator codes (https://id.loc.gov/vocabulary/relators). The people
// who wrote the text are its authors (is_creator): calibre and most reading
// systems list a dc:creator as an author only when its relator is aut.
std::string_view marc_relator(Role role) {
  if (is_creator(role)) return "aut";
  switch (role) {
    case Role::editor:
    case Role::responsible_editor: return "edt";
    case Role::photographer: return "pht";
    case Role::translator: return "trl";
    case Role::contributor: return "ctb";
    case Role::illustrator: return "ill";
    case Role::infographics: return "drm";
    case Role::producer: return "pro";
    case Role::proofreader: return "pfr";
    default: return "ctb";
  }
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

// The user's stylesheet (--css), linked after the built-in one so that it wins.
constexpr std::string_view kUserCss = "user.css";

void start_xhtml(xml::Writer& w, const std::string& language, const std::string& title, const WriterOptions& options) {
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
  if (!options.css.empty()) {
    w.start("link");
    w.attribute("rel", "stylesheet");
    w.attribute("type", "text/css");
    w.attribute("href", kUserCss);
    w.end();
  }
  w.end();
  w.start("body");
}

// An element of words on a page, attributes with empty values left out. In
// vertical writing short digit runs stand upright (upright_digits.hpp), each
// a <span class="tcy"> inside text, so the element is written as mixed content.
void text_element(xml::Writer& w, std::string_view name, std::string_view text, bool vertical,
           std::initializer_list<std::pair<std::string_view, std::string_view>> attributes = {}) {
  const std::vector<TextRun> runs = vertical ? upright_digit_runs(text) : std::vector<TextRun>{{text, false}};
  const bool mixed = runs.size() > 1 || runs.front().upright;
  mixed ? w.start_mixed(name) : w.start(name);
  for (const auto& [attribute, value] : attributes)
    if (!value.empty()) w.attribute(attribute, value);
  for (const TextRun& run : runs) {
    if (!run.upright) {
      w.text(run.text);
      continue;
    }
    w.start("span");
    w.attribute("class", "tcy");
    w.text(run.text);
    w.end();
  }
  mixed ? w.end_mixed() : w.end();
}

void paragraph(xml::Writer& w, std::string_view css_class, std::string_view text, bool vertical = false) {
  text_element(w, "p", text, vertical, {{"class", css_class}});
}

// The article page: what a newspaper page shows. Written a block at a time,
// so that a large page can be made while libzip reads it (PageSource).
class ArticlePage {
 public:
  ArticlePage(const Document& doc, const WriterOptions& options) : doc_(doc), options_(options) {}

  // The page up to its first block.
  void begin(xml::Writer& w) {
    headings_ = 0;
    const std::string language = language_of(doc_.meta.language);
    const PageText& words = page_text(language);
    const Document& doc = doc_;
    const WriterOptions& options = options_;
    start_xhtml(w, language, title_of(doc), options);
    w.start("section");
    w.attribute("epub:type", "chapter");
    w.start("header");
    const bool vertical = options.vertical;
    text_element(w, "h1", title_of(doc), vertical);
    if (!doc.meta.original_title.empty())
      paragraph(w, "original-title",
                std::string(words.original_title) + std::string(words.label_separator) + doc.meta.original_title,
                vertical);
    std::vector<std::string> meta;
    if (doc.meta.published) meta.push_back(doc.meta.published->written);
    if (!doc.meta.source.empty()) meta.push_back(doc.meta.source);
    for (const Contributor& c : doc.meta.contributors)
      meta.push_back(std::string(words.role(c.role)) + std::string(words.label_separator) + c.name);
    if (!meta.empty()) {
      std::string line;
      for (const std::string& m : meta) line += (line.empty() ? "" : " · ") + m;
      paragraph(w, "meta", line, vertical);
    }
    w.end();  // header
  }

  std::size_t blocks() const { return doc_.blocks.size(); }
  void block(xml::Writer& w, std::size_t i) { std::visit(Render{w, options_, headings_}, doc_.blocks[i]); }

  void end(xml::Writer& w) const {
    w.end();  // section
    w.end();  // body
    w.end();  // html
  }

  // The whole page.
  void write(xml::Writer& w) {
    begin(w);
    for (std::size_t i = 0; i < blocks(); ++i) block(w, i);
    end(w);
  }

 private:
  struct Render {
    xml::Writer& w;
    const WriterOptions& options;
    int& headings;
    bool vertical() const { return options.vertical; }
    void operator()(const Paragraph& p) const { paragraph(w, {}, p.text, vertical()); }
    void operator()(const Heading& h) const {
      const std::string id = options.toc_depth >= 2 ? heading_id(++headings) : std::string();  // the nav links here
      text_element(w, "h2", h.text, vertical(), {{"id", id}});
    }
    void operator()(const Credit& c) const { paragraph(w, "credit", c.text, vertical()); }
    void operator()(const Quote& q) const {
      w.start("blockquote");
      paragraph(w, {}, q.text, vertical());
      w.end();
    }
    void operator()(const List& l) const {
      w.start(l.ordered ? "ol" : "ul");
      for (const std::string& item : l.items) text_element(w, "li", item, vertical());
      w.end();
    }
    void operator()(const Figure& f) const {
      if (options.figures == FigureMode::omit) return;
      w.start("figure");
      w.attribute("class", "placeholder");
      if (!f.caption.empty()) {  // a bare image token shows as an empty box, not as its code
        paragraph(w, {}, f.placeholder, vertical());
        text_element(w, "figcaption", f.caption, vertical());
      }
      w.end();
    }
  };

  const Document& doc_;
  const WriterOptions& options_;
  int headings_ = 0;
};

std::string article_page(const Document& doc, const WriterOptions& options, Diagnostics& diagnostics) {
  xml::Writer w(diagnostics);
  // Room for the page at once: growing by doubling would hold the old and the
  // new copy of a large page together.
  w.reserve(xml::estimated_size({&doc, 1}));
  ArticlePage(doc, options).write(w);
  return w.finish();
}

// A large article page, made while libzip deflates it: the page is never
// held whole, only the piece the writer last handed over (about a megabyte).
// Its size comes from writing it once before, counting the bytes.
class PageSource : public EntrySource {
 public:
  PageSource(const Document& doc, const WriterOptions& options, Diagnostics& diagnostics)
      : diagnostics_(diagnostics), page_(doc, options) {
    Diagnostics counted;  // the real pass reports what this one would
    const Sink count = [this](std::string&& piece) { size_ += piece.size(); };  // the writer keeps a reference
    xml::Writer w(counted, count);
    page_.write(w);
    size_ += w.finish().size();
  }

  std::size_t size() const override { return size_; }

  void open() override {
    pending_.clear();
    taken_ = 0;
    next_ = 0;
    done_ = false;
    writer_ = std::make_unique<xml::Writer>(diagnostics_, keep_);
    page_.begin(*writer_);
  }

  std::size_t read(char* out, std::size_t capacity) override {
    if (pending_.size() - taken_ < capacity && taken_ > 0) {  // drop what was read before writing more
      pending_.erase(0, taken_);
      taken_ = 0;
    }
    while (pending_.size() - taken_ < capacity && !done_) {
      if (next_ < page_.blocks()) {
        page_.block(*writer_, next_++);
        continue;
      }
      page_.end(*writer_);
      pending_ += writer_->finish();
      done_ = true;
    }
    const std::size_t n = std::min(capacity, pending_.size() - taken_);
    std::copy_n(pending_.data() + taken_, n, out);
    taken_ += n;
    return n;
  }

  void close() override {
    writer_.reset();
    pending_ = std::string();
  }

 private:
  Diagnostics& diagnostics_;
  ArticlePage page_;
  std::size_t size_ = 0;
  const Sink keep_ = [this](std::string&& piece) { pending_ += piece; };  // the writer keeps a reference
  std::unique_ptr<xml::Writer> writer_;
  std::string pending_;  // written, not yet read
  std::size_t taken_ = 0;
  std::size_t next_ = 0;  // the next block to write
  bool done_ = false;
};

std::string title_page(const std::string& title, const WriterOptions& options, const std::string& language,
                       Diagnostics& diagnostics) {
  xml::Writer w(diagnostics);
  start_xhtml(w, language, title, options);
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

// What the nav and the NCX list: the articles, and with --toc-depth 2 their headings.
std::vector<TocEntry> toc_entries(std::span<const Document> docs, const std::string& language,
                                  const WriterOptions& options) {
  std::vector<TocEntry> entries;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const std::string chapter_language = language_of(docs[i].meta.language);
    TocEntry& article = entries.emplace_back();
    article.label = title_of(docs[i]);
    article.href = article_file(i);
    if (chapter_language != language) article.language = chapter_language;
    if (options.toc_depth < 2) continue;
    int n = 0;
    for (const Block& b : docs[i].blocks)
      if (const auto* h = std::get_if<Heading>(&b))
        article.children.push_back({h->text, article_file(i) + "#" + heading_id(++n), article.language, {}});
  }
  return entries;
}

void nav_list(xml::Writer& w, std::span<const TocEntry> entries) {
  w.start("ol");
  for (const TocEntry& e : entries) {
    w.start("li");
    w.start("a");
    w.attribute("href", e.href);
    if (!e.language.empty()) {
      w.attribute("xml:lang", e.language);
      w.attribute("lang", e.language);
    }
    w.text(e.label);
    w.end();
    if (!e.children.empty()) nav_list(w, e.children);
    w.end();
  }
  w.end();
}

std::string navigation(std::span<const TocEntry> entries, const std::string& language, const std::string& title,
                       const WriterOptions& options, Diagnostics& diagnostics) {
  xml::Writer w(diagnostics);
  start_xhtml(w, language, title, options);
  w.start("nav");
  w.attribute("epub:type", "toc");
  w.attribute("id", "toc");
  w.element("h1", page_text(language).contents);
  nav_list(w, entries);
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
  std::optional<ImageType> cover_image;  // --cover-image
  bool cover_page = false;               // a cover page first in the spine (an image or generated)
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
  // Creators, then contributors, each in the article's order (display-seq, which pandoc and
  // calibre follow). An article credited only to editors or photographers is the outlet's
  // work: the outlet is its creator, so that readers do not show "Unknown".
  int n = 0;
  auto agent = [&](std::string_view element, const std::string& name, std::string_view relator, int sequence) {
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
    w.start("meta");
    w.attribute("refines", "#" + id);
    w.attribute("property", "display-seq");
    w.text(std::to_string(sequence));
    w.end();
  };
  int creators = 0, contributors = 0;
  if (!book.book_author.empty()) agent("dc:creator", book.book_author, "aut", ++creators);
  for (const Contributor& c : book.contributors)
    if (is_creator(c.role)) agent("dc:creator", c.name, "aut", ++creators);
  if (creators == 0 && !book.publisher.empty()) agent("dc:creator", book.publisher, "aut", ++creators);
  for (const Contributor& c : book.contributors)
    if (!is_creator(c.role)) agent("dc:contributor", c.name, marc_relator(c.role), ++contributors);
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
  if (book.cover_image) {  // the EPUB 2 way, which calibre and older readers look for
    w.start("meta");
    w.attribute("name", "cover");
    w.attribute("content", "cover-image");
    w.end();
  }
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
  item("ncx", "toc.ncx", "application/x-dtbncx+xml", {});
  item("style", "style.css", "text/css", {});
  if (!options.css.empty()) item("user-style", kUserCss, "text/css", {});
  if (book.cover_image)
    item("cover-image", "cover" + std::string(book.cover_image->extension), book.cover_image->media_type,
         "cover-image");
  if (book.cover_page) item("cover", "cover.xhtml", "application/xhtml+xml", {});
  if (book.bundle) item("titlepage", "title.xhtml", "application/xhtml+xml", {});
  for (std::size_t i = 0; i < articles; ++i)
    item(article_id(i), article_file(i), "application/xhtml+xml", {});
  w.end();

  w.start("spine");
  w.attribute("toc", "ncx");
  if (options.vertical) w.attribute("page-progression-direction", "rtl");
  auto itemref = [&](const std::string& idref) {
    w.start("itemref");
    w.attribute("idref", idref);
    w.end();
  };
  if (book.cover_page) itemref("cover");
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

// The cover page: the image (--cover-image), or the title, outlet and date
// set as text (--cover), which needs no raster library.
std::string cover_page(const Book& book, std::span<const Document> docs, const WriterOptions& options,
                       Diagnostics& diagnostics) {
  xml::Writer w(diagnostics);
  start_xhtml(w, book.language, book.title, options);
  w.start("section");
  w.attribute("epub:type", "cover");
  w.attribute("class", book.cover_image ? "cover cover-image" : "cover");
  if (book.cover_image) {
    w.start("img");
    w.attribute("src", "cover" + std::string(book.cover_image->extension));
    w.attribute("alt", book.title);
    w.end();
  } else {
    w.element("h1", book.title);
    std::vector<std::string> lines;
    if (book.bundle) {
      lines = {options.book_author, options.book_publisher};
    } else {
      lines = {book.publisher, docs.front().meta.published ? docs.front().meta.published->written : std::string()};
    }
    for (const std::string& line : lines)
      if (!line.empty()) paragraph(w, "cover-line", line);
  }
  w.end();
  w.end();
  w.end();
  return w.finish();
}

// Added to the built-in stylesheet when there is a cover page.
constexpr std::string_view kCoverCss = R"(/* The cover page. */
section.cover {
  text-align: center;
  padding-top: 20%;
}
section.cover-image {
  padding: 0;
}
section.cover img {
  max-width: 100%;
  max-height: 100vh;
}
section.cover h1 {
  font-size: 2em;
}
section.cover p.cover-line {
  text-indent: 0;
  margin: 0.5em 0;
}
)";

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

  if (!options.cover_image.empty()) {
    book.cover_image = sniff_image(options.cover_image);
    if (!book.cover_image)
      throw Error(ErrorKind::usage, "the cover image is " + std::string(describe_non_image(options.cover_image)) +
                                        ", not JPEG, PNG, GIF or SVG");
  }
  book.cover_page = book.cover_image || options.cover_page;

  const std::vector<TocEntry> toc = toc_entries(docs, book.language, options);
  ZipWriter zip;
  zip.add("mimetype", "application/epub+zip", true);
  zip.add("META-INF/container.xml", container());
  zip.add("EPUB/package.opf", package(book, docs.size(), options, diagnostics));
  zip.add("EPUB/nav.xhtml", navigation(toc, book.language, book.title, options, diagnostics));
  zip.add("EPUB/toc.ncx", ncx(book.identifier, book.title, book.language, toc, diagnostics));
  zip.add("EPUB/style.css", book.cover_page ? stylesheet(options.vertical) + std::string(kCoverCss)
                                            : stylesheet(options.vertical));
  if (!options.css.empty()) zip.add("EPUB/" + std::string(kUserCss), options.css);
  if (book.cover_image)
    zip.add("EPUB/cover" + std::string(book.cover_image->extension), options.cover_image);
  if (book.cover_page) zip.add("EPUB/cover.xhtml", cover_page(book, docs, options, diagnostics));
  if (book.bundle) zip.add("EPUB/title.xhtml", title_page(book.title, options, book.language, diagnostics));
  // A page larger than this is made as libzip reads it, not held whole.
  constexpr std::size_t kLargestHeldPage = 4 << 20;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (xml::estimated_size({&docs[i], 1}) > kLargestHeldPage)
      zip.add("EPUB/" + article_file(i), std::make_unique<PageSource>(docs[i], options, diagnostics));
    else
      zip.add("EPUB/" + article_file(i), article_page(docs[i], options, diagnostics));
  }
  return zip.finish();
}

}  // namespace artconv::epub
