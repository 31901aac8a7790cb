#include "json/json_writer.hpp"

#include <cmath>
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

Json block(const Block& b) {
  Json j = {{"type", block_type_name(b)}, {"text", block_text(b)}};
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

Json document(const Document& doc, const Diagnostics& diagnostics) {
  Json blocks = Json::array();
  for (const Block& b : doc.blocks) blocks.push_back(block(b));
  Json removed = Json::array();
  for (const Removed& r : doc.removed)
    removed.push_back({{"line", r.line}, {"reason", reason_name(r.reason)}, {"text", r.text}});
  Json warnings = Json::array();
  for (const Warning& w : diagnostics.warnings()) warnings.push_back({{"code", w.code}, {"message", w.message}});
  // Two decimals: the confidence is a score, not a measurement.
  const double confidence = std::round(doc.provenance.confidence * 100) / 100;
  return {
      {"source",
       {{"file", doc.provenance.file},
        {"encoding", doc.provenance.encoding},
        {"confidence", confidence},
        {"method", doc.provenance.method}}},
      {"metadata", metadata(doc.meta)},
      {"blocks", std::move(blocks)},
      {"removed", std::move(removed)},
      {"warnings", std::move(warnings)},
  };
}

}  // namespace

std::string render(std::span<const Document> documents, const WriterOptions&, Diagnostics& diagnostics) {
  if (documents.size() == 1) return document(documents.front(), diagnostics).dump(2, ' ', false) + "\n";
  Json all = Json::array();
  for (const Document& d : documents) all.push_back(document(d, diagnostics));
  return all.dump(2, ' ', false) + "\n";
}

}  // namespace artconv::json
