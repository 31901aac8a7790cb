#include "unicode/chinese_script.hpp"

#include <opencc.h>

#include "model/error.hpp"

namespace artconv::unicode {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// OpenCC's configurations: from Simplified, and from Traditional (nullptr:
// the text is already in the target script and stays as it is).
struct Configs {
  const char* from_simplified;
  const char* from_traditional;
};

Configs configs(ChineseScript target) {
  switch (target) {
    case ChineseScript::hant: return {"s2t.json", nullptr};
    case ChineseScript::hans: return {nullptr, "t2s.json"};
    case ChineseScript::tw: return {"s2tw.json", "t2tw.json"};
    case ChineseScript::hk: return {"s2hk.json", "t2hk.json"};
  }
  return {nullptr, nullptr};
}

// Whether a language tag is Chinese, and in Traditional characters.
std::optional<bool> chinese_traditional(std::string_view tag) {
  const std::string t = lower(tag);
  if (t != "zh" && !t.starts_with("zh-")) return std::nullopt;
  return t.find("-hant") != std::string::npos || t.ends_with("-tw") || t.ends_with("-hk") || t.ends_with("-mo");
}

}  // namespace

// OpenCC's C API: the command loads OpenCC only when --chinese is given
// (on_demand/opencc.cpp), which needs plain C functions to forward.
struct CloseOpencc {
  void operator()(void* converter) const { opencc_close(converter); }
};
using Opencc = std::unique_ptr<void, CloseOpencc>;

struct ChineseConverter::Impl {
  Opencc from_simplified, from_traditional;
};

std::optional<ChineseScript> chinese_script(std::string_view name) {
  const std::string n = lower(name);
  if (n == "hant") return ChineseScript::hant;
  if (n == "hans") return ChineseScript::hans;
  if (n == "tw") return ChineseScript::tw;
  if (n == "hk") return ChineseScript::hk;
  return std::nullopt;
}

std::string_view language_tag(ChineseScript script) {
  switch (script) {
    case ChineseScript::hant: return "zh-Hant";
    case ChineseScript::hans: return "zh-Hans";
    case ChineseScript::tw: return "zh-Hant-TW";
    case ChineseScript::hk: return "zh-Hant-HK";
  }
  return "zh";
}

ChineseConverter::ChineseConverter(ChineseScript target, const std::string& config_dir)
    : target_(target), impl_(std::make_unique<Impl>()) {
  auto load = [&](const char* name) -> Opencc {
    if (name == nullptr) return nullptr;
    const std::string path = config_dir + "/" + name;
    opencc_t converter = opencc_open(path.c_str());
    if (converter == reinterpret_cast<opencc_t>(-1))
      throw Error(ErrorKind::usage, "--chinese: cannot load OpenCC's " + path + ": " + opencc_error() +
                                        " (Debian package libopencc1.1 or opencc-data)");
    return Opencc(converter);
  };
  const Configs c = configs(target);
  impl_->from_simplified = load(c.from_simplified);
  impl_->from_traditional = load(c.from_traditional);
}

ChineseConverter::~ChineseConverter() = default;

std::string ChineseConverter::convert(std::string_view text, bool from_traditional) const {
  const auto& converter = from_traditional ? impl_->from_traditional : impl_->from_simplified;
  if (!converter || text.empty()) return std::string(text);
  // (OpenCC stops at a NUL byte either way: its segmentation reads C strings.)
  std::unique_ptr<char, decltype(&opencc_convert_utf8_free)> converted(
      opencc_convert_utf8(converter.get(), text.data(), text.size()), &opencc_convert_utf8_free);
  if (!converted) throw Error(ErrorKind::internal, std::string("OpenCC: ") + opencc_error());
  return std::string(converted.get());
}

bool ChineseConverter::convert(Document& d) const {
  const std::optional<bool> traditional = chinese_traditional(d.meta.language);
  if (!traditional) return false;
  auto in_place = [&](std::string& s) { s = convert(s, *traditional); };
  Metadata& m = d.meta;
  for (std::string* s : {&m.title, &m.original_title, &m.source, &m.dateline}) in_place(*s);
  for (Contributor& c : m.contributors) in_place(c.name);
  if (m.published) in_place(m.published->written);
  for_each_block_text(d, in_place);
  for (Removed& r : d.removed) in_place(r.text);
  m.language = std::string(language_tag(target_));
  return true;
}

}  // namespace artconv::unicode
