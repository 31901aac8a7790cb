#include "jats/jats_writer.hpp"

#include <cstdio>

#include "model/person_name.hpp"
#include "xml/xml_writer.hpp"

namespace artconv::jats {
namespace {

constexpr std::string_view kPublicId =
    "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN";
constexpr std::string_view kSystemId = "https://jats.nlm.nih.gov/archiving/1.3/JATS-archivearticle1-3.dtd";

std::string two_digits(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

// contrib-type and, where the type alone does not say it, a <role>.
std::pair<std::string_view, std::string_view> contrib_type(Role role) {
  switch (role) {
    case Role::author: return {"author", ""};
    case Role::editor: return {"editor", ""};
    case Role::responsible_editor: return {"editor", "responsible editor"};
    case Role::reporter: return {"author", "reporter"};
    case Role::photographer: return {"photographer", "photographer"};
    case Role::translator: return {"translator", "translator"};
    case Role::correspondent: return {"author", "correspondent"};
    case Role::contributor: return {"contributor", "contributor"};
    case Role::writer: return {"author", "writer"};
    case Role::illustrator: return {"illustrator", "illustrator"};
    case Role::infographics: return {"illustrator", "infographics"};
    case Role::producer: return {"producer", "producer"};
    case Role::proofreader: return {"proofreader", "proofreader"};
  }
  return {"author", ""};
}

// <name> with <surname> and <given-names> where a Latin name splits safely
// (JATS tools and pandoc read authors from there), else <string-name>.
void contributor_name(xml::Writer& w, const std::string& name) {
  const std::optional<PersonName> parts = split_latin_name(name);
  if (!parts) {
    w.element("string-name", name);
    return;
  }
  w.start("name");
  w.attribute("name-style", "western");
  w.element("surname", parts->surname);
  w.element("given-names", parts->given);
  if (!parts->suffix.empty()) w.element("suffix", parts->suffix);
  w.end();
}

void journal_meta(xml::Writer& w, const Metadata& m) {
  // The outlet plays the part a journal plays for a paper: its title and publisher.
  if (m.source.empty()) return;
  w.start("journal-meta");
  w.start("journal-title-group");
  w.element("journal-title", m.source);
  w.end();
  w.start("publisher");
  w.element("publisher-name", m.source);
  w.end();
  w.end();
}

void article_meta(xml::Writer& w, const Metadata& m, const std::string& title) {
  w.start("article-meta");
  if (!m.identifier.empty()) {
    w.start("article-id");
    w.attribute("pub-id-type", "uuid");
    w.text(m.identifier);
    w.end();
  }
  w.start("title-group");
  w.element("article-title", title);
  // Not a translation (trans-title) but the same article's title elsewhere.
  if (!m.original_title.empty()) {
    w.start("alt-title");
    w.attribute("alt-title-type", "original");
    w.text(m.original_title);
    w.end();
  }
  w.end();
  if (!m.contributors.empty()) {
    w.start("contrib-group");
    for (const Contributor& c : m.contributors) {
      const auto [type, role] = contrib_type(c.role);
      w.start("contrib");
      w.attribute("contrib-type", type);
      contributor_name(w, c.name);
      if (!role.empty()) w.element("role", role);
      w.end();
    }
    w.end();
  }
  if (m.published) {
    const DateTime& d = *m.published;
    w.start("pub-date");
    w.attribute("publication-format", "electronic");
    w.attribute("date-type", "pub");
    w.attribute("iso-8601-date", d.iso8601());
    w.element("day", two_digits(d.day));
    w.element("month", two_digits(d.month));
    w.element("year", std::to_string(d.year));
    w.end();
  }
  // The dateline names where the story was filed, not where the outlet is:
  // JATS has no element for it, so it is custom metadata.
  if (!m.dateline.empty()) {
    w.start("custom-meta-group");
    w.start("custom-meta");
    w.element("meta-name", "dateline");
    w.element("meta-value", m.dateline);
    w.end();
    w.end();
  }
  w.end();
}

class Body {
 public:
  explicit Body(xml::Writer& w) : w_(w) {}

  void operator()(const Paragraph& p) { w_.element("p", p.text); }
  void operator()(const Heading& h) {
    // JATS has no free heading: a heading opens a section that runs to the next.
    if (in_section_) w_.end();
    w_.start("sec");
    w_.element("title", h.text);
    in_section_ = true;
  }
  void operator()(const Quote& q) {
    w_.start("disp-quote");
    w_.element("p", q.text);
    w_.end();
  }
  void operator()(const Credit& c) {
    w_.start("p");
    w_.attribute("content-type", "photo-credit");
    w_.text(c.text);
    w_.end();
  }
  void operator()(const List& l) {
    w_.start("list");
    w_.attribute("list-type", l.ordered ? "order" : "bullet");
    for (const std::string& item : l.items) {
      w_.start("list-item");
      w_.element("p", item);
      w_.end();
    }
    w_.end();
  }
  void operator()(const Figure& f) {
    w_.start("fig");
    w_.attribute("id", "fig" + std::to_string(++figures_));
    if (!f.caption.empty()) {  // a bare image token: the figure alone, no caption, no alt text
      w_.start("caption");
      w_.element("p", f.caption);
      w_.end();
      w_.start("alt-text");
      w_.text(f.caption);
      w_.end();
    }
    w_.end();
  }
  void close() {
    if (in_section_) w_.end();
    in_section_ = false;
  }

 private:
  xml::Writer& w_;
  bool in_section_ = false;
  int figures_ = 0;
};

// The article into `w`, finished.
std::string write(xml::Writer& w, const Document& doc) {
  w.doctype("article", kPublicId, kSystemId);
  w.start("article");
  w.attribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  w.attribute("xmlns:mml", "http://www.w3.org/1998/Math/MathML");
  w.attribute("article-type", "news");
  w.attribute("dtd-version", "1.3");
  if (!doc.meta.language.empty()) w.attribute("xml:lang", doc.meta.language);
  w.start("front");
  journal_meta(w, doc.meta);
  article_meta(w, doc.meta, title_or_file_name(doc));
  w.end();
  if (!doc.blocks.empty()) {
    w.start("body");
    Body body(w);
    for (const Block& b : doc.blocks) std::visit(body, b);
    body.close();
    w.end();
  }
  w.end();
  return w.finish();
}

}  // namespace

std::string render(std::span<const Document> documents, const WriterOptions&, Diagnostics& diagnostics) {
  xml::Writer w(diagnostics);
  w.reserve(xml::estimated_size(documents));
  return write(w, documents.front());
}

void render_to(std::span<const Document> documents, const WriterOptions&, Diagnostics& diagnostics,
               const Sink& sink) {
  xml::Writer w(diagnostics, sink);
  write(w, documents.front());
}

}  // namespace artconv::jats
