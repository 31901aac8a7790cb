// Language: CLD2 (Compact Language Detector 2, Debian libcld2) decides from
// the text; it tells Traditional from Simplified Chinese. Where it cannot
// (very short texts, unreliable or unknown results), the dominant script
// decides: kana is Japanese, Hangul Korean, Han Chinese, and so on.
#include "plaintext/language.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <cstdio>  // CLD2's header uses FILE without including it
#include <cld2/public/compact_lang_det.h>

#include <array>
#include <string_view>

#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

constexpr std::size_t kSampleBytes = 4096;
// Below this many letters CLD2's answer is not trusted on its own.
constexpr int kFewLetters = 24;

struct ScriptCounts {
  int letters = 0, han = 0, kana = 0, hangul = 0, latin = 0;
  std::array<int, USCRIPT_CODE_LIMIT> by_script{};
};

ScriptCounts count_scripts(std::string_view s) {
  ScriptCounts c;
  for (std::size_t pos = 0; pos < s.size();) {
    const char32_t cp = unicode::next_code_point(s, pos);
    if (!u_isalpha(static_cast<UChar32>(cp))) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
    if (U_FAILURE(status) || script < 0 || script >= USCRIPT_CODE_LIMIT) continue;
    ++c.letters;
    ++c.by_script[static_cast<std::size_t>(script)];
    if (script == USCRIPT_HAN) ++c.han;
    if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) ++c.kana;
    if (script == USCRIPT_HANGUL) ++c.hangul;
    if (script == USCRIPT_LATIN) ++c.latin;
  }
  return c;
}

// The language a script alone implies (none for scripts many languages share).
std::string_view language_of_script(const ScriptCounts& c) {
  if (c.kana * 10 > c.letters) return "ja";
  if (c.hangul * 2 > c.letters) return "ko";
  if (c.han * 2 > c.letters) return "zh";
  static constexpr std::array<std::pair<UScriptCode, std::string_view>, 16> kSingle{{
      {USCRIPT_GREEK, "el"}, {USCRIPT_HEBREW, "he"}, {USCRIPT_ARABIC, "ar"}, {USCRIPT_THAI, "th"},
      {USCRIPT_DEVANAGARI, "hi"}, {USCRIPT_BENGALI, "bn"}, {USCRIPT_MYANMAR, "my"}, {USCRIPT_GEORGIAN, "ka"},
      {USCRIPT_ARMENIAN, "hy"}, {USCRIPT_KHMER, "km"}, {USCRIPT_LAO, "lo"}, {USCRIPT_TAMIL, "ta"},
      {USCRIPT_TELUGU, "te"}, {USCRIPT_GUJARATI, "gu"}, {USCRIPT_SINHALA, "si"}, {USCRIPT_CYRILLIC, "ru"},
  }};
  for (const auto& [script, language] : kSingle)
    if (c.by_script[static_cast<std::size_t>(script)] * 2 > c.letters) return language;
  return {};
}

// CLD2's codes as BCP 47.
std::string bcp47(std::string_view cld2) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kRenamed{{
      {"zh", "zh-Hans"}, {"iw", "he"}, {"in", "id"}, {"jw", "jv"}, {"mo", "ro"},
  }};
  for (const auto& [from, to] : kRenamed)
    if (cld2 == from) return std::string(to);
  return std::string(cld2);
}

}  // namespace

std::string detect_language(std::string_view utf8) {
  if (utf8.size() > kSampleBytes) {
    utf8 = utf8.substr(0, kSampleBytes);
    while (!utf8.empty() && (static_cast<unsigned char>(utf8.back()) & 0xC0) == 0x80) utf8.remove_suffix(1);
    if (!utf8.empty() && static_cast<unsigned char>(utf8.back()) >= 0xC0) utf8.remove_suffix(1);
  }
  const ScriptCounts scripts = count_scripts(utf8);
  if (scripts.letters == 0) return "und";
  const std::string_view by_script = language_of_script(scripts);
  // Kana or Hangul decide without CLD2 (a fifth of reading an article); for Han
  // text CLD2 tells the variants apart.
  if (by_script == "ja" || by_script == "ko") return std::string(by_script);
  bool reliable = false;
  const CLD2::Language found =
      CLD2::DetectLanguage(utf8.data(), static_cast<int>(utf8.size()), true, &reliable);
  const std::string_view code = found == CLD2::UNKNOWN_LANGUAGE ? "" : CLD2::LanguageCode(found);
  if (by_script == "zh") return code == "zh-Hant" ? "zh-Hant" : "zh-Hans";
  if (!code.empty() && (reliable || scripts.letters >= kFewLetters)) return bcp47(code);
  if (!by_script.empty()) return std::string(by_script);
  if (!code.empty()) return bcp47(code);
  return "und";
}

std::string detect_language(const Document& doc) {
  std::string sample = doc.meta.title;
  for (const Block& b : doc.blocks) {
    if (sample.size() > kSampleBytes) break;
    sample += '\n';
    sample += block_text(b);
  }
  return detect_language(sample);
}

}  // namespace artconv::plaintext
