#include "corpus.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "unicode/decode.hpp"
#include "unicode/text.hpp"

namespace artconv::encodings {
namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::vector<Item> load_manifest(const std::filesystem::path& dir) {
  std::ifstream in(dir / "MANIFEST.tsv");
  if (!in) throw std::runtime_error("cannot read " + (dir / "MANIFEST.tsv").string());
  std::vector<Item> items;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    Item item;
    std::getline(fields, item.file, '\t');
    std::getline(fields, item.truth, '\t');
    std::getline(fields, item.encoding, '\t');
    std::getline(fields, item.split, '\t');
    std::getline(fields, item.expect, '\t');
    items.push_back(std::move(item));
  }
  return items;
}

std::vector<Outcome> score(const std::filesystem::path& dir, const std::vector<Item>& items) {
  std::vector<Outcome> out;
  out.reserve(items.size());
  for (const Item& item : items) {
    Outcome o;
    o.item = &item;
    const std::string bytes = slurp(dir / item.file);
    Diagnostics diagnostics;
    try {
      const Decoded d = decode(bytes, {}, diagnostics);
      o.confidence = d.confidence;
      o.method = d.method;
      o.got = d.encoding;
      if (item.expect == "text") o.right = unicode::to_nfc(d.text) == unicode::to_nfc(slurp(dir / item.truth));
    } catch (const Error& e) {
      o.failed = true;
      o.got = std::string("error: ") + e.what();
      o.right = item.expect == "error" && e.kind() == ErrorKind::input;
    }
    o.warned = o.failed || !diagnostics.empty();
    out.push_back(std::move(o));
  }
  return out;
}

std::map<std::string, Tally> tally(const std::vector<Outcome>& outcomes, const std::string& split) {
  std::map<std::string, Tally> t;
  for (const Outcome& o : outcomes) {
    if (!split.empty() && o.item->split != split) continue;
    for (const std::string& key : {o.item->encoding, std::string("*")}) {
      Tally& x = t[key];
      ++x.files;
      x.right += o.right;
      x.failed += o.failed;
      x.wrong_silent += !o.right && !o.warned;
    }
  }
  return t;
}

}  // namespace artconv::encodings
