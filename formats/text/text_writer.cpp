#include "text/text_writer.hpp"

#include "plaintext/vocabulary.hpp"
#include "unicode/text.hpp"

namespace artconv::text {
namespace {

using unicode::display_width;

// Whether a line may end at byte `at`: the reader will rejoin the two halves
// with one space exactly when the break swallowed one space, and with none
// exactly when joins_without_space says so.
bool breakable_at(std::string_view s, std::size_t at, std::size_t& content_end) {
  content_end = at;
  while (content_end > 0 && s[content_end - 1] == ' ') --content_end;
  const std::size_t spaces = at - content_end;
  if (content_end == 0 || at >= s.size()) return false;
  const char32_t before = unicode::last_code_point(s.substr(0, content_end));
  const char32_t after = unicode::first_code_point(s.substr(at));
  if (unicode::is_space(before) || unicode::is_space(after)) return false;
  const bool tight = unicode::joins_without_space(before, after);
  return spaces == 0 ? tight : spaces == 1 && !tight;
}

// A block's text bytes, for reserving the output.
struct TextSize {
  std::size_t operator()(const List& b) const {
    std::size_t n = 0;
    for (const std::string& item : b.items) n += item.size() + 8;
    return n;
  }
  std::size_t operator()(const Figure& b) const { return b.placeholder.size(); }
  std::size_t operator()(const auto& b) const { return b.text.size(); }
};
std::size_t block_text_size(const Block& block) { return std::visit(TextSize{}, block); }

}  // namespace

std::string wrap(std::string_view s, int width, std::string_view prefix) {
  std::string out;
  append_wrapped(out, s, width, prefix);
  return out;
}

void append_wrapped(std::string& out, std::string_view s, int width, std::string_view prefix) {
  const int room = width - display_width(prefix);
  if (width <= 0 || room <= 0 || display_width(s) <= room) {
    out.append(prefix).append(s);
    return;
  }
  struct Break {
    std::size_t content_end;  // the line ends here (a swallowed space excluded)
    std::size_t next;         // the next line starts here
  };
  std::vector<Break> breaks;
  for (std::size_t at : unicode::line_break_opportunities(s)) {
    std::size_t content_end = at;
    if (at < s.size() && breakable_at(s, at, content_end)) breaks.push_back({content_end, at});
  }
  breaks.push_back({s.size(), s.size()});

  std::size_t line_start = 0;
  std::size_t j = 0;
  while (line_start < s.size()) {
    while (breaks[j].next <= line_start) ++j;
    // The furthest break that fits; a segment wider than the line stands alone.
    std::size_t best = j;
    for (std::size_t k = j; k < breaks.size(); ++k) {
      if (display_width(s.substr(line_start, breaks[k].content_end - line_start)) > room) break;
      best = k;
    }
    out.append(prefix).append(s.substr(line_start, breaks[best].content_end - line_start));
    line_start = breaks[best].next;
    if (line_start < s.size()) out += '\n';
  }
}

namespace {

// The output as sections are appended, each after a blank line. Whole for
// render(); for render_to(), handed to the sink in NFC pieces of about a
// megabyte at the end of a section. NFC piece by piece is NFC of the whole:
// a piece ends just before a blank line, and a line feed composes with nothing.
class Sections {
 public:
  explicit Sections(const Sink* sink, std::size_t room) : sink_(sink) {
    out_.reserve(sink ? kPiece + kPiece / 4 : room);
  }

  // The output, to append the next section to.
  std::string& next() {
    if (written_ || !out_.empty()) out_ += "\n\n";
    return out_;
  }
  void append(std::string_view section) { next() += section; done(); }
  // A section is complete: a piece may be handed over.
  void done() {
    if (!sink_ || out_.size() < kPiece) return;
    (*sink_)(unicode::into_nfc(std::move(out_)));
    written_ = true;
    out_.clear();
    out_.reserve(kPiece + kPiece / 4);
  }
  // The rest, with the final line feed of a text that is not empty.
  std::string finish() {
    std::string rest = unicode::into_nfc(std::move(out_));
    if (written_ || !rest.empty()) rest += '\n';
    return rest;
  }

 private:
  static constexpr std::size_t kPiece = 1 << 20;
  const Sink* sink_;
  std::string out_;
  bool written_ = false;  // pieces were handed over
};

void write(Sections& out, std::span<const Document> documents, const WriterOptions& options) {
  auto section = [&out](const std::string& s) { out.append(s); };
  // A block's text wrapped straight into the output.
  auto wrapped_section = [&out, &options](std::string_view text, std::string_view prefix = {}) {
    append_wrapped(out.next(), text, options.wrap, prefix);
    out.done();
  };
  for (const Document& doc : documents) {
    if (!doc.meta.title.empty()) section(wrap(doc.meta.title, options.wrap));

    using plaintext::canonical_label;
    using plaintext::Field;
    std::string header;
    auto field = [&](std::string_view label, std::string_view value) {
      if (value.empty()) return;
      if (!header.empty()) header += '\n';
      header += wrap(std::string(label) + ": " + std::string(value), options.wrap);
    };
    field(canonical_label(Field::original_title), doc.meta.original_title);
    if (doc.meta.published) field(canonical_label(Field::date), doc.meta.published->written);
    field(canonical_label(Field::source), doc.meta.source);
    field(canonical_label(Field::dateline), doc.meta.dateline);
    for (const Contributor& c : doc.meta.contributors)
      field(canonical_label(Field::contributor, c.role), c.name);
    if (!header.empty()) section(header);

    for (const Block& b : doc.blocks) {
      if (const auto* q = std::get_if<Quote>(&b)) {
        wrapped_section(q->text, "> ");
      } else if (const auto* l = std::get_if<List>(&b)) {
        std::string items;
        for (std::size_t i = 0; i < l->items.size(); ++i) {
          const std::string marker = l->ordered ? std::to_string(i + 1) + ". " : "- ";
          if (!items.empty()) items += '\n';
          items += wrap(marker + l->items[i], options.wrap);
        }
        section(items);
      } else {
        wrapped_section(block_text_view(b));
      }
    }
  }
}

// Room for the whole output of render(): sections are appended as they are
// made (not gathered first), so a large article is not held twice over.
std::size_t room_for(std::span<const Document> documents) {
  std::size_t room = 4096;
  for (const Document& doc : documents)
    for (const Block& b : doc.blocks) room += block_text_size(b) + block_text_size(b) / 8 + 2;
  return room;
}

}  // namespace

std::string render(std::span<const Document> documents, const WriterOptions& options, Diagnostics&) {
  Sections out(nullptr, room_for(documents));
  write(out, documents, options);
  return out.finish();
}

void render_to(std::span<const Document> documents, const WriterOptions& options, Diagnostics&, const Sink& sink) {
  Sections out(&sink, 0);
  write(out, documents, options);
  sink(out.finish());  // the last piece, even an empty one
}

}  // namespace artconv::text
