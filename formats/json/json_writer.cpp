#include "json/json_writer.hpp"

#include <cmath>
#include <iterator>
#include <string_view>
#include <nlohmann/json.hpp>

namespace artconv::json {
namespace {

using Json = nlohmann::ordered_json;

Json metadata(const Metadata& m) {
  Json contributors = Json::array();
  for (const Contributor& c : m.contributors) contributors.push_back({{"name", c.name}, {"role", role_name(c.role)}});
  return {
      {"title", m.title},
      {"has_title", !m.title.empty()},  // false: the article has no headline (none is made up)
      {"original_title", m.original_title},
      {"source", m.source},
      {"dateline", m.dateline},
      {"published", m.published ? Json(m.published->iso()) : Json(nullptr)},
      {"published_as_written", m.published ? Json(m.published->written) : Json(nullptr)},
      {"language", m.language},
      {"identifier", m.identifier},
      {"contributors", std::move(contributors)},
  };
}

// A block with `text` as its text: block_text(b), or "" for a shell that
// Streamer::block_at fills in.
Json block(const Block& b, std::string text) {
  Json j = Json::object();
  j["type"] = block_type_name(b);
  j["text"] = std::move(text);
  if (const auto* f = std::get_if<Figure>(&b)) {
    j["caption"] = f->caption;
    j["alt"] = f->caption;  // "": a bare image token, which writers give no words
  }
  if (const auto* c = std::get_if<Credit>(&b)) j["name"] = c->name;
  if (const auto* l = std::get_if<List>(&b)) {
    j["ordered"] = l->ordered;
    j["items"] = l->items;
  }
  return j;
}

Json block(const Block& b) { return block(b, block_text(b)); }

// The source object: small, one tree.
Json source(const Document& doc) {
  // Two decimals: the confidence is a score, not a measurement.
  const double confidence = std::round(doc.provenance.confidence * 100) / 100;
  return {{"file", doc.provenance.file},
          {"encoding", doc.provenance.encoding},
          {"confidence", confidence},
          {"method", doc.provenance.method}};
}

Json removed(const Removed& r) { return {{"line", r.line}, {"reason", reason_name(r.reason)}, {"text", r.text}}; }

Json warning(const Warning& w) { return {{"code", w.code}, {"message", w.message}}; }

// The whole document as one tree: the reference that the streamed output is
// tested against (render_as_tree), and nothing else.
Json document(const Document& doc, const Diagnostics& diagnostics) {
  Json blocks = Json::array();
  for (const Block& b : doc.blocks) blocks.push_back(block(b));
  Json removals = Json::array();
  for (const Removed& r : doc.removed) removals.push_back(removed(r));
  Json warnings = Json::array();
  for (const Warning& w : diagnostics.warnings()) warnings.push_back(warning(w));
  return {
      {"source", source(doc)},
      {"metadata", metadata(doc.meta)},
      {"blocks", std::move(blocks)},
      {"removed", std::move(removals)},
      {"warnings", std::move(warnings)},
  };
}

// Streaming: the same bytes as Json::dump(2) of document(), but only one
// block's (one removed line's, one warning's) tree exists at a time, so the
// peak is the output string and not a tree of the whole article beside it.
// dump(2) writes a nested value at depth d as its own dump(2) with 2*d more
// spaces after every newline (a string never holds a raw newline: it is
// escaped), which is what append_at does.
class Streamer {
 public:
  // With a sink, the output is handed to it in pieces of about kPiece bytes
  // as it grows (flush() hands over the rest); without, it all stays in `out`.
  explicit Streamer(std::string& out, const Sink* sink = nullptr) : out_(out), sink_(sink) {}

  void flush() {
    if (!sink_) return;
    (*sink_)(std::move(out_));
    out_.clear();
    out_.reserve(kPiece + kPiece / 4);
  }

  void value_at(const Json& j, int depth) { append_at(j.dump(2, ' ', false), depth); }

  // A block as value_at(block(b)) writes it, but its text escaped straight
  // into the output: a huge paragraph is neither copied into a tree nor
  // dumped a second time. The shell's first `"text": ""` is the text's place
  // ("type" comes before it, and its value is a short name).
  void block_at(const Block& b, int depth) {
    static constexpr std::string_view kEmptyText = "\"text\": \"\"";
    const std::string shell = block(b, {}).dump(2, ' ', false);
    const std::size_t value = shell.find(kEmptyText) + kEmptyText.size() - 1;  // at the closing quote
    append_at(std::string_view(shell).substr(0, value), depth);
    if (std::holds_alternative<List>(b)) {
      append_escaped(block_text(b));
    } else {
      append_escaped(block_text_view(b));
    }
    append_at(std::string_view(shell).substr(value), depth);
  }

  // "key": at `depth` (the key's own indentation), after a comma if not first.
  void key(std::string_view name, int depth, bool first) {
    out_ += first ? "\n" : ",\n";
    indent(depth);
    out_ += '"';
    out_ += name;  // the writer's own ASCII names: nothing to escape
    out_ += "\": ";
  }

  // An array of `items` made one tree at a time by `make`, as dump(2) writes it.
  template <typename Range, typename Make>
  void array_at(const Range& items, int depth, Make make) {
    array_written_at(items, depth, [this, &make](const auto& item, int at) { value_at(make(item), at); });
  }

  // The same, each item written at its depth by `write`.
  template <typename Range, typename Write>
  void array_written_at(const Range& items, int depth, Write write) {
    if (std::empty(items)) {
      out_ += "[]";
      return;
    }
    out_ += '[';
    bool first = true;
    for (const auto& item : items) {
      out_ += first ? "\n" : ",\n";
      first = false;
      indent(depth + 1);
      write(item, depth + 1);
      if (out_.size() >= kPiece) flush();
    }
    out_ += '\n';
    indent(depth);
    out_ += ']';
  }

  void document(const Document& doc, const Diagnostics& diagnostics, int depth) {
    out_ += '{';
    key("source", depth + 1, true);
    value_at(source(doc), depth + 1);
    key("metadata", depth + 1, false);
    value_at(metadata(doc.meta), depth + 1);
    key("blocks", depth + 1, false);
    array_written_at(doc.blocks, depth + 1, [this](const Block& b, int at) { block_at(b, at); });
    key("removed", depth + 1, false);
    array_at(doc.removed, depth + 1, removed);
    key("warnings", depth + 1, false);
    array_at(diagnostics.warnings(), depth + 1, warning);
    out_ += '\n';
    indent(depth);
    out_ += '}';
  }

 private:
  void indent(int depth) { out_.append(static_cast<std::size_t>(2 * depth), ' '); }

  // `dumped` (dump(2) of a value) written at `depth`: every newline indented.
  void append_at(std::string_view dumped, int depth) {
    std::size_t from = 0;
    for (std::size_t nl = dumped.find('\n'); nl != std::string_view::npos; nl = dumped.find('\n', from)) {
      out_.append(dumped.substr(from, nl + 1 - from));
      indent(depth);
      from = nl + 1;
    }
    out_.append(dumped.substr(from));
  }

  // The body of a JSON string as nlohmann's dump() (ensure_ascii off) writes
  // it: quote, backslash and control characters escaped, UTF-8 as is.
  void append_escaped(std::string_view text) {
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(text.substr(run, i - run));
      run = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\t': out_ += "\\t"; break;
        case '\n': out_ += "\\n"; break;
        case '\f': out_ += "\\f"; break;
        case '\r': out_ += "\\r"; break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          out_ += "\\u00";
          out_ += kHex[c >> 4];
          out_ += kHex[c & 0xF];
        }
      }
    }
    out_.append(text.substr(run));
  }

  static constexpr std::size_t kPiece = 1 << 20;
  std::string& out_;
  const Sink* sink_;
};

}  // namespace

namespace {

// A guess of the output size a little above it, reserved so that the output
// is not copied as it grows (pages never written cost nothing: the block is
// mapped). Not much above: the address space must stay near the output's.
std::size_t estimated_size(std::span<const Document> documents) {
  std::size_t bytes = 64 * 1024;
  for (const Document& d : documents) {
    for (const Block& b : d.blocks) {
      std::size_t text = 0;
      if (const auto* l = std::get_if<List>(&b)) {
        for (const std::string& item : l->items) text += 2 * item.size() + 16;  // in "text" and in "items"
      } else if (const auto* f = std::get_if<Figure>(&b)) {
        text = f->placeholder.size() + 2 * f->caption.size() + 32;  // caption and alt
      } else if (const auto* c = std::get_if<Credit>(&b)) {
        text = c->text.size() + c->name.size();
      } else {
        std::visit([&text](const auto& any) {
          if constexpr (requires { any.text; }) text = any.text.size();
        }, b);
      }
      bytes += text + text / 4 + 80;  // escapes are rare (UTF-8 is written as is); ~60 bytes of keys
    }
    for (const Removed& r : d.removed) bytes += r.text.size() + r.text.size() / 4 + 112;
  }
  return bytes;
}

}  // namespace

namespace {

void write_documents(Streamer& s, std::string& out, std::span<const Document> documents, Diagnostics& diagnostics) {
  if (documents.size() == 1) {
    s.document(documents.front(), diagnostics, 0);
  } else {
    out += '[';
    for (std::size_t i = 0; i < documents.size(); ++i) {
      out += i == 0 ? "\n  " : ",\n  ";
      s.document(documents[i], diagnostics, 1);
    }
    out += "\n]";
  }
  out += '\n';
}

}  // namespace

std::string render(std::span<const Document> documents, const WriterOptions&, Diagnostics& diagnostics) {
  std::string out;
  out.reserve(estimated_size(documents));
  Streamer s(out);
  write_documents(s, out, documents, diagnostics);
  return out;
}

void render_to(std::span<const Document> documents, const WriterOptions&, Diagnostics& diagnostics,
               const Sink& sink) {
  std::string piece;
  Streamer s(piece, &sink);
  write_documents(s, piece, documents, diagnostics);
  s.flush();  // the last piece: never empty
}

std::string render_as_tree(std::span<const Document> documents, const WriterOptions&, Diagnostics& diagnostics) {
  if (documents.size() == 1) return document(documents.front(), diagnostics).dump(2, ' ', false) + "\n";
  Json all = Json::array();
  for (const Document& d : documents) all.push_back(document(d, diagnostics));
  return all.dump(2, ' ', false) + "\n";
}

}  // namespace artconv::json
