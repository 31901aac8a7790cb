#include "xml/xml_writer.hpp"

#include <algorithm>
#include <exception>

#include <libxml/parser.h>
#include <libxml/xmlwriter.h>

#include "unicode/text.hpp"

namespace artconv::xml {
namespace {

const xmlChar* x(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }

bool allowed(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  return c != 0xFFFE && c != 0xFFFF && c <= 0x10FFFF;
}

// A block's text bytes (a list's items with room for their markup).
struct TextSize {
  std::size_t operator()(const Figure& b) const { return b.placeholder.size() + 2 * b.caption.size() + 200; }
  std::size_t operator()(const Credit& b) const { return b.text.size() + b.name.size(); }
  std::size_t operator()(const List& b) const {
    std::size_t n = 0;
    for (const std::string& item : b.items) n += item.size() + 64;
    return n;
  }
  std::size_t operator()(const auto& b) const { return b.text.size(); }
};

}  // namespace

std::size_t strip_forbidden(std::string& text) {
  std::size_t removed = 0;
  std::string out;
  bool changed = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b >= 0x20 && b < 0x80) {
      ++pos;
      if (changed) out += static_cast<char>(b);
      continue;
    }
    const char32_t c = unicode::next_code_point(text, pos);
    // next_code_point reports invalid UTF-8 as U+FFFD; only a real U+FFFD is 3 bytes EF BF BD.
    const bool invalid = c == 0xFFFD && text.compare(start, 3, "\xEF\xBF\xBD") != 0;
    if (!allowed(c) || invalid) {
      if (!changed) out.assign(text, 0, start);
      changed = true;
      ++removed;
      continue;
    }
    if (changed) out.append(text, start, pos - start);
  }
  if (changed) text = std::move(out);
  return removed;
}

struct Writer::Impl {
  Diagnostics& diagnostics;
  // The output, appended to by libxml2's output buffer as it flushes (what
  // xmlNewTextWriterMemory does into an xmlBuffer, which finish() then had to
  // copy whole): one copy of the output, handed over by finish().
  std::string bytes;
  const Sink* sink = nullptr;  // takes `bytes` whenever they reach kPiece
  std::exception_ptr sink_failure;  // what it threw inside libxml2's callback
  xmlTextWriterPtr writer = nullptr;
  bool indent = false;
  std::size_t dropped = 0;
  static constexpr std::size_t kPiece = 1 << 20;

  explicit Impl(Diagnostics& d) : diagnostics(d) {}
  ~Impl() {
    if (writer) xmlFreeTextWriter(writer);  // closes and frees the output buffer
  }

  static int append(void* context, const char* bytes, int length) {
    try {
      Impl& impl = *static_cast<Impl*>(context);
      impl.bytes.append(bytes, static_cast<std::size_t>(length));
      if (impl.sink && impl.bytes.size() >= kPiece) impl.hand_over();
    } catch (...) {
      static_cast<Impl*>(context)->sink_failure = std::current_exception();
      return -1;  // libxml2 reports the failed write; check() rethrows or turns it into an Error
    }
    return length;
  }

  void hand_over() {
    (*sink)(std::move(bytes));
    bytes.clear();
    bytes.reserve(kPiece + kPiece / 4);
  }

  void check(int rc, const char* what) const {
    if (rc >= 0) return;
    if (sink_failure) std::rethrow_exception(sink_failure);
    throw Error(ErrorKind::internal, std::string("libxml2 could not write ") + what);
  }

  std::string clean(std::string_view s) {
    std::string out(s);
    dropped += strip_forbidden(out);
    return out;
  }
};

Writer::Writer(Diagnostics& diagnostics, const Sink& sink, bool indent) : Writer(diagnostics, indent) {
  impl_->sink = &sink;
}

Writer::Writer(Diagnostics& diagnostics, bool indent) : impl_(std::make_unique<Impl>(diagnostics)) {
  // libxml2 sets up global tables on first use, which is not safe from two
  // threads at once (batch workers); initialise it once, before any writer.
  static const bool libxml2_ready = (xmlInitParser(), true);
  (void)libxml2_ready;
  xmlOutputBufferPtr output = xmlOutputBufferCreateIO(&Impl::append, nullptr, impl_.get(), nullptr);
  if (!output) throw Error(ErrorKind::internal, "libxml2: out of memory");
  impl_->writer = xmlNewTextWriter(output);  // owns `output` once it exists
  if (!impl_->writer) {
    xmlOutputBufferClose(output);
    throw Error(ErrorKind::internal, "libxml2: cannot create a writer");
  }
  impl_->indent = indent;
  if (indent) {
    impl_->check(xmlTextWriterSetIndent(impl_->writer, 1), "indentation");
    impl_->check(xmlTextWriterSetIndentString(impl_->writer, reinterpret_cast<const xmlChar*>("  ")), "indentation");
  }
  impl_->check(xmlTextWriterStartDocument(impl_->writer, "1.0", "UTF-8", nullptr), "the XML declaration");
}

Writer::~Writer() = default;

void Writer::doctype(std::string_view name, std::string_view public_id, std::string_view system_id) {
  const std::string n(name), p(public_id), s(system_id);
  impl_->check(xmlTextWriterWriteDTD(impl_->writer, x(n), p.empty() ? nullptr : x(p), s.empty() ? nullptr : x(s),
                                     nullptr),
               "the DOCTYPE");
}

void Writer::start(std::string_view name) {
  impl_->check(xmlTextWriterStartElement(impl_->writer, x(std::string(name))), "an element");
}

void Writer::attribute(std::string_view name, std::string_view value) {
  impl_->check(xmlTextWriterWriteAttribute(impl_->writer, x(std::string(name)), x(impl_->clean(value))),
               "an attribute");
}

// In pieces of at most 64 KiB, cut where a character starts: libxml2 takes a
// NUL-terminated copy and escapes into a buffer of its own, so a 20 MB
// paragraph would otherwise be held three times over. The bytes written are
// the same.
void Writer::text(std::string_view text) {
  constexpr std::size_t kPiece = 64 * 1024;
  if (text.empty()) {  // still ends the start tag: <phrase></phrase>, as written before
    impl_->check(xmlTextWriterWriteString(impl_->writer, x(std::string())), "text");
    return;
  }
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = std::min(text.size(), pos + kPiece);
    for (int back = 0; back < 3 && end < text.size() && end > pos + 1 &&
                       (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80;
         ++back)
      --end;
    impl_->check(xmlTextWriterWriteString(impl_->writer, x(impl_->clean(text.substr(pos, end - pos)))), "text");
    pos = end;
  }
}

void Writer::end() { impl_->check(xmlTextWriterEndElement(impl_->writer), "an end tag"); }

// libxml2 indents every start tag, and an end tag after a child element,
// while indentation is on. Off from the start tag to the end tag; on again
// just before it, with an empty write that, as any text does, tells libxml2
// not to indent the end tag (which then ends the line as usual).
void Writer::start_mixed(std::string_view name) {
  start(name);
  if (impl_->indent) impl_->check(xmlTextWriterSetIndent(impl_->writer, 0), "indentation");
}

void Writer::end_mixed() {
  if (impl_->indent) {
    impl_->check(xmlTextWriterSetIndent(impl_->writer, 1), "indentation");
    impl_->check(xmlTextWriterWriteRaw(impl_->writer, reinterpret_cast<const xmlChar*>("")), "text");
  }
  end();
}

void Writer::element(std::string_view name, std::string_view text_content) {
  start(name);
  text(text_content);
  end();
}

void Writer::reserve(std::size_t bytes) { impl_->bytes.reserve(bytes); }

std::size_t estimated_size(std::span<const Document> documents) {
  std::size_t bytes = 64 * 1024;
  for (const Document& d : documents)
    for (const Block& b : d.blocks) {
      const std::size_t text = std::visit(TextSize{}, b);
      bytes += text + text / 4 + 40;  // escapes are rare; ~20 bytes of markup
    }
  return bytes;
}

std::string Writer::finish() {
  impl_->check(xmlTextWriterEndDocument(impl_->writer), "the end of the document");
  impl_->check(xmlTextWriterFlush(impl_->writer), "the output");
  if (impl_->dropped > 0)
    impl_->diagnostics.warn("dropped-xml-characters",
                            std::to_string(impl_->dropped) +
                                (impl_->dropped == 1 ? " character that XML 1.0 does not allow was left out"
                                                     : " characters that XML 1.0 does not allow were left out"));
  if (impl_->sink) {
    impl_->hand_over();
    return {};
  }
  return std::move(impl_->bytes);
}

}  // namespace artconv::xml
