// Language: CLD2 (Compact Language Detector 2, Debian libcld2) decides from
// the text; it tells Traditional from Simplified Chinese when a table of
// common characters written differently in each does not. Where it cannot
// (very short texts, unreliable or unknown results), the dominant script
// decides: kana is Japanese, Hangul Korean, Han Chinese, and so on.
#include "plaintext/language.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <cstdio>  // CLD2's header uses FILE without including it
#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

constexpr std::size_t kSampleBytes = 4096;
// CLD2 first reads this much of the sample (its time grows with the text: half
// of reading an English article at 4 KB) and reads it all only when unsure.
constexpr std::size_t kFirstLookBytes = 1024;
// Below this many letters CLD2's answer is not trusted on its own.
constexpr int kFewLetters = 24;

// Common characters written one way in Simplified and another in Traditional
// Chinese (这/這, 们/們, 说/說 …; neither form is used in the other script).
constexpr std::array<char32_t, 66> kSimplifiedOnly{
    U'\u4E1A', U'\u4E1C', U'\u4E2A', U'\u4E3A', U'\u4E49', U'\u4E66', U'\u4EA7', U'\u4ECE', U'\u4EEC',
    U'\u4F1A', U'\u4F53', U'\u515A', U'\u5173', U'\u52A1', U'\u52A8', U'\u533A', U'\u534E', U'\u53D1',
    U'\u5458', U'\u56FD', U'\u573A', U'\u5934', U'\u5B66', U'\u5B9E', U'\u5BF9', U'\u5C06', U'\u5C81',
    U'\u5E94', U'\u5F00', U'\u5F53', U'\u603B', U'\u6218', U'\u62A5', U'\u65F6', U'\u673A', U'\u6765',
    U'\u6837', U'\u6C14', U'\u6CA1', U'\u70B9', U'\u73B0', U'\u7535', U'\u7EBF', U'\u7ECF', U'\u7EDF',
    U'\u89C1', U'\u8BA4', U'\u8BA9', U'\u8BAE', U'\u8BB0', U'\u8BBA', U'\u8BDD', U'\u8BF4', U'\u8F66',
    U'\u8FB9', U'\u8FBE', U'\u8FC7', U'\u8FD0', U'\u8FD8', U'\u8FD9', U'\u8FDB', U'\u957F', U'\u95E8',
    U'\u95EE', U'\u95F4', U'\u9898'
};
constexpr std::array<char32_t, 66> kTraditionalOnly{
    U'\u4F86', U'\u500B', U'\u5011', U'\u52D5', U'\u52D9', U'\u5340', U'\u54E1', U'\u554F', U'\u570B',
    U'\u5831', U'\u5834', U'\u5B78', U'\u5BE6', U'\u5C07', U'\u5C0D', U'\u5F9E', U'\u61C9', U'\u6230',
    U'\u6642', U'\u66F8', U'\u6703', U'\u6771', U'\u696D', U'\u6A23', U'\u6A5F', U'\u6B72', U'\u6C23',
    U'\u6C92', U'\u70BA', U'\u73FE', U'\u7522', U'\u7576', U'\u767C', U'\u7D71', U'\u7D93', U'\u7DDA',
    U'\u7E3D', U'\u7FA9', U'\u83EF', U'\u898B', U'\u8A18', U'\u8A71', U'\u8A8D', U'\u8AAA', U'\u8AD6',
    U'\u8B70', U'\u8B93', U'\u8ECA', U'\u9019', U'\u9032', U'\u904B', U'\u904E', U'\u9054', U'\u9084',
    U'\u908A', U'\u9577', U'\u9580', U'\u958B', U'\u9593', U'\u95DC', U'\u96FB', U'\u982D', U'\u984C',
    U'\u9AD4', U'\u9EDE', U'\u9EE8'
};
// The same two tables as bits over U+4E00–U+9FFF: one lookup per ideograph.
constexpr char32_t kFirstIdeograph = 0x4E00, kLastIdeograph = 0x9FFF;
using IdeographBits = std::array<std::uint64_t, (kLastIdeograph - kFirstIdeograph) / 64 + 1>;
constexpr IdeographBits bits_of(const std::array<char32_t, 66>& characters) {
  IdeographBits bits{};
  for (const char32_t c : characters) bits[(c - kFirstIdeograph) / 64] |= std::uint64_t{1} << ((c - kFirstIdeograph) % 64);
  return bits;
}
constexpr IdeographBits kSimplifiedOnlyBits = bits_of(kSimplifiedOnly);
constexpr IdeographBits kTraditionalOnlyBits = bits_of(kTraditionalOnly);
constexpr bool holds(const IdeographBits& bits, char32_t ideograph) {
  return (bits[(ideograph - kFirstIdeograph) / 64] >> ((ideograph - kFirstIdeograph) % 64) & 1) != 0;
}
static_assert(holds(kSimplifiedOnlyBits, U'这') && !holds(kSimplifiedOnlyBits, U'這') && holds(kTraditionalOnlyBits, U'這') &&
              !holds(kSimplifiedOnlyBits, U'中') && !holds(kTraditionalOnlyBits, U'中'));

// This many of one kind and none of the other decide the variant without CLD2.
constexpr int kDecisiveVariant = 10;

struct ScriptCounts {
  int letters = 0, han = 0, kana = 0, hangul = 0, latin = 0;
  int simplified = 0, traditional = 0;  // characters of kSimplifiedOnly, kTraditionalOnly
  std::array<int, USCRIPT_CODE_LIMIT> by_script{};
};

ScriptCounts count_scripts(std::string_view s) {
  ScriptCounts c;
  for (std::size_t pos = 0; pos < s.size();) {
    // ASCII without ICU: its letters are Latin, nothing else in it is a letter.
    if (const auto b = static_cast<unsigned char>(s[pos]); b < 0x80) {
      ++pos;
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
        ++c.letters;
        ++c.latin;
        ++c.by_script[USCRIPT_LATIN];
      }
      continue;
    }
    const char32_t cp = unicode::next_code_point(s, pos);
    if (cp >= kFirstIdeograph && cp <= kLastIdeograph) {  // CJK Unified Ideographs: every one a Han letter
      ++c.letters;
      ++c.han;
      ++c.by_script[USCRIPT_HAN];
      c.simplified += holds(kSimplifiedOnlyBits, cp);
      c.traditional += holds(kTraditionalOnlyBits, cp);
      continue;
    }
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

// At most `bytes` of the text, cut before a code point that would not fit.
std::string_view utf8_prefix(std::string_view utf8, std::size_t bytes) {
  if (utf8.size() <= bytes) return utf8;
  utf8 = utf8.substr(0, bytes);
  while (!utf8.empty() && (static_cast<unsigned char>(utf8.back()) & 0xC0) == 0x80) utf8.remove_suffix(1);
  if (!utf8.empty() && static_cast<unsigned char>(utf8.back()) >= 0xC0) utf8.remove_suffix(1);
  return utf8;
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
  utf8 = utf8_prefix(utf8, kSampleBytes);
  const ScriptCounts scripts = count_scripts(utf8);
  if (scripts.letters == 0) return "und";
  const std::string_view by_script = language_of_script(scripts);
  // Kana or Hangul decide without CLD2 (a fifth of reading an article); for Han
  // text a table of characters or else CLD2 tells the variants apart.
  if (by_script == "ja" || by_script == "ko") return std::string(by_script);
  // Han text without kana: characters only one variant uses tell them apart
  // when they all agree; a mixture is left to CLD2.
  if (by_script == "zh" && scripts.kana == 0) {
    if (scripts.traditional >= kDecisiveVariant && scripts.simplified == 0) return "zh-Hant";
    if (scripts.simplified >= kDecisiveVariant && scripts.traditional == 0) return "zh-Hans";
  }
  bool reliable = false;
  const std::string_view first_look = utf8_prefix(utf8, kFirstLookBytes);
  CLD2::Language found = CLD2::DetectLanguage(first_look.data(), static_cast<int>(first_look.size()), true, &reliable);
  if (!reliable && first_look.size() < utf8.size())
    found = CLD2::DetectLanguage(utf8.data(), static_cast<int>(utf8.size()), true, &reliable);
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
