// --chinese hant|hans|tw|hk: Traditional <-> Simplified Chinese with OpenCC,
// the phrase-level converter Chinese users trust (s2t, t2s, s2tw, s2hk …).
// A transform over a whole Document: text, title, metadata, removed lines.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "model/document.hpp"

namespace artconv::unicode {

enum class ChineseScript { hant, hans, tw, hk };

// "hant", "hans", "tw", "hk" (any case); nullopt otherwise.
std::optional<ChineseScript> chinese_script(std::string_view name);
// The language tag a converted document gets: zh-Hant, zh-Hans, zh-Hant-TW, zh-Hant-HK.
std::string_view language_tag(ChineseScript script);

// Loads OpenCC's configurations for one target (from Simplified and from
// Traditional) once; then const and safe to share between threads.
class ChineseConverter {
 public:
  // `config_dir`: where OpenCC's s2t.json … live. Throws Error{usage} when
  // they cannot be loaded.
  explicit ChineseConverter(ChineseScript target, const std::string& config_dir = "/usr/share/opencc");
  ~ChineseConverter();
  ChineseConverter(const ChineseConverter&) = delete;
  ChineseConverter& operator=(const ChineseConverter&) = delete;

  ChineseScript target() const noexcept { return target_; }

  // Converts every text of a Chinese document (language zh, zh-Hans, zh-Hant,
  // zh-TW …) to the target and sets its language tag; returns false and
  // leaves other documents (ja, en, und …) unchanged. A document already in
  // the target script is converted only for the regional forms (tw, hk).
  bool convert(Document& document) const;

  // One text, from Simplified (`from_traditional` false) or Traditional.
  std::string convert(std::string_view text, bool from_traditional) const;

 private:
  struct Impl;
  ChineseScript target_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace artconv::unicode
