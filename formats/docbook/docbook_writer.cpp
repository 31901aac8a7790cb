#include "docbook/docbook_writer.hpp"


#include "xml/xml_writer.hpp"

namespace artconv::docbook {
namespace {

constexpr std::string_view kNamespace = "http://docbook.org/ns/docbook";

void person(xml::Writer& w, std::string_view element, const Contributor& c, std::string_view role = {}) {
  w.start(element);
  if (!role.empty()) w.attribute("role", role);
  w.element("personname", c.name);
  w.end();
}

void publisher(xml::Writer& w, std::string_view name) {
  w.start("publisher");
  w.element("publishername", name);
  w.end();
}

void other_credit(xml::Writer& w, const Contributor& c, std::string_view docbook_class, std::string_view other) {
  w.start("othercredit");
  w.attribute("class", docbook_class);
  if (!other.empty()) w.attribute("otherclass", other);
  w.element("personname", c.name);
  w.end();
}

// <info>: every piece of metadata the reader found.
void info(xml::Writer& w, const Metadata& m, const std::string& title) {
  w.start("info");
  w.element("title", title);
  // The original title is a second full title of the same article, not a
  // shortened one, so it is a subtitle (titleabbrev is for running heads).
  if (!m.original_title.empty()) {
    w.start("subtitle");
    w.attribute("role", "original-title");
    w.text(m.original_title);
    w.end();
  }
  // The people who wrote the text are its authors (is_creator), in order; the
  // specific role, when there is one, is the author's role attribute.
  bool any_author = false;
  for (const Contributor& c : m.contributors) any_author = any_author || is_creator(c.role);
  if (any_author) {
    w.start("authorgroup");
    for (const Contributor& c : m.contributors)
      if (is_creator(c.role)) person(w, "author", c, c.role == Role::author ? std::string_view{} : role_name(c.role));
    w.end();
  }
  for (const Contributor& c : m.contributors) {
    switch (c.role) {
      case Role::editor: person(w, "editor", c); break;
      case Role::responsible_editor: person(w, "editor", c, "responsible-editor"); break;
      case Role::photographer: other_credit(w, c, "other", "photographer"); break;
      case Role::translator: other_credit(w, c, "translator", {}); break;
      case Role::proofreader: other_credit(w, c, "proofreader", {}); break;
      case Role::illustrator: other_credit(w, c, "illustrator", {}); break;
      case Role::infographics: other_credit(w, c, "other", "infographics"); break;
      case Role::producer: other_credit(w, c, "productioneditor", {}); break;
      case Role::contributor: other_credit(w, c, "other", "contributor"); break;
      case Role::author:
      case Role::reporter:
      case Role::correspondent:
      case Role::writer: break;
    }
  }
  // <pubdate> is DocBook's publication date; <date> is what pandoc and other
  // readers take as the document's date.
  if (m.published) w.element("date", m.published->iso8601());
  if (m.published) w.element("pubdate", m.published->iso8601());
  if (!m.source.empty()) publisher(w, m.source);
  if (!m.dateline.empty()) {
    w.start("bibliomisc");
    w.attribute("role", "dateline");
    w.text(m.dateline);
    w.end();
  }
  if (!m.identifier.empty()) {
    w.start("biblioid");
    w.attribute("class", "uri");
    w.text(m.identifier);
    w.end();
  }
  w.end();
}

void blocks(xml::Writer& w, const Document& doc) {
  if (doc.blocks.empty()) {
    w.element("para", "");  // an article or chapter needs at least one block
    return;
  }
  struct Render {
    xml::Writer& w;
    void operator()(const Paragraph& p) const { w.element("para", p.text); }
    void operator()(const Heading& h) const { w.element("bridgehead", h.text); }
    void operator()(const Quote& q) const {
      w.start("blockquote");
      w.element("para", q.text);
      w.end();
    }
    void operator()(const Credit& c) const {
      w.start("para");
      w.attribute("role", "photo-credit");
      w.text(c.text);
      w.end();
    }
    void operator()(const List& l) const {
      w.start(l.ordered ? "orderedlist" : "itemizedlist");
      for (const std::string& item : l.items) {
        w.start("listitem");
        w.element("para", item);
        w.end();
      }
      w.end();
    }
    void operator()(const Figure& f) const {
      w.start(f.caption.empty() ? "informalfigure" : "figure");
      if (!f.caption.empty()) w.element("title", f.caption);
      w.start("mediaobject");
      w.start("textobject");
      w.element("phrase", f.caption.empty() ? std::string() : f.placeholder);  // no words for a bare token
      w.end();
      w.end();
      w.end();
    }
  };
  for (const Block& b : doc.blocks) std::visit(Render{w}, b);
}

void lang(xml::Writer& w, const std::string& language) {
  if (!language.empty()) w.attribute("xml:lang", language);
}

// The article (or book of articles) into `w`, finished.
std::string write(xml::Writer& w, std::span<const Document> documents, const WriterOptions& options) {
  if (documents.size() == 1) {
    const Document& doc = documents.front();
    w.start("article");
    w.attribute("xmlns", kNamespace);
    w.attribute("version", "5.0");
    lang(w, doc.meta.language);
    info(w, doc.meta, title_or_file_name(doc));
    blocks(w, doc);
    w.end();
    return w.finish();
  }
  w.start("book");
  w.attribute("xmlns", kNamespace);
  w.attribute("version", "5.0");
  lang(w, options.book_language.empty() ? most_common_language(documents) : options.book_language);
  w.start("info");
  w.element("title", options.book_title.empty() ? title_or_file_name(documents.front()) : options.book_title);
  if (!options.book_author.empty()) person(w, "author", {options.book_author, Role::author});
  if (!options.book_publisher.empty()) publisher(w, options.book_publisher);
  w.end();
  for (const Document& doc : documents) {
    w.start("chapter");
    lang(w, doc.meta.language);
    info(w, doc.meta, title_or_file_name(doc));
    blocks(w, doc);
    w.end();
  }
  w.end();
  return w.finish();
}

}  // namespace

std::string render(std::span<const Document> documents, const WriterOptions& options, Diagnostics& diagnostics) {
  xml::Writer w(diagnostics);
  w.reserve(xml::estimated_size(documents));
  return write(w, documents, options);
}

void render_to(std::span<const Document> documents, const WriterOptions& options, Diagnostics& diagnostics,
               const Sink& sink) {
  xml::Writer w(diagnostics, sink);
  write(w, documents, options);
}

}  // namespace artconv::docbook
