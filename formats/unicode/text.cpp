#include "unicode/text.hpp"

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>
#include <string_view>
#include <unordered_map>

#include "model/error.hpp"

namespace artconv::unicode {
namespace {

const icu::Normalizer2& nfc_instance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || n == nullptr)
    throw Error(ErrorKind::internal, std::string("ICU NFC unavailable: ") + u_errorName(status));
  return *n;
}

}  // namespace

std::string to_nfc(std::string_view utf8) {
  const icu::Normalizer2& nfc = nfc_instance();
  UErrorCode status = U_ZERO_ERROR;
  const icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (nfc.isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(utf8.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc.normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status))
    throw Error(ErrorKind::internal, std::string("NFC normalization failed: ") + u_errorName(status));
  return out;
}

std::string into_nfc(std::string&& utf8) {
  if (is_nfc(utf8)) return std::move(utf8);
  return to_nfc(std::string_view(utf8));
}

bool is_nfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const bool yes = nfc_instance().isNormalizedUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status);
  return U_SUCCESS(status) && yes;
}

char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  auto i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(p, i, n, c);
  pos = static_cast<std::size_t>(i);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

char32_t last_code_point(std::string_view s) {
  if (s.empty()) return 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto i = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_PREV(p, 0, i, c);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

char32_t first_code_point(std::string_view s) {
  std::size_t pos = 0;
  return s.empty() ? 0 : next_code_point(s, pos);
}

void append_utf8(std::string& out, char32_t c) {
  uint8_t buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, static_cast<UChar32>(c), error);
  if (error) {
    out += "\xEF\xBF\xBD";
    return;
  }
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(len));
}

std::string normalize_line_endings(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t copied = 0;  // bytes of s already in out
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    if (ch != '\r' && ch != '\xC2' && ch != '\xE2') continue;
    std::size_t skip = 0;  // bytes replaced by one LF
    if (ch == '\r') {
      skip = i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 1;
    } else if (ch == '\xC2' && i + 1 < s.size() && s[i + 1] == '\x85') {  // NEL
      skip = 2;
    } else if (ch == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
      skip = 3;  // LINE and PARAGRAPH SEPARATOR
    }
    if (skip == 0) continue;
    out.append(s, copied, i - copied);
    out += '\n';
    i += skip - 1;
    copied = i + 1;
  }
  out.append(s, copied, s.size() - copied);
  return out;
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool is_invisible(char32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n';
  if (c >= 0x7F && c <= 0x9F) return true;
  return c == 0x200B || c == 0xFEFF || c == 0x2060 || c == 0x180E;
}

int code_point_width(char32_t c) {
  if (c < 0x300) return c < 0x20 ? 0 : 1;
  // The ranges most text is in, without a property lookup.
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3041 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7A3) ||
      (c >= 0xFF01 && c <= 0xFF60) || (c >= 0x3000 && c <= 0x303E))
    return 2;
  const auto uc = static_cast<UChar32>(c);
  const int8_t gc = u_charType(uc);
  if (gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK || gc == U_FORMAT_CHAR) return 0;
  if (c >= 0x1160 && c <= 0x11FF) return 0;  // conjoining Hangul vowels and finals
  const int eaw = u_getIntPropertyValue(uc, UCHAR_EAST_ASIAN_WIDTH);
  return eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH ? 2 : 1;
}

namespace {

// Display width of `s`, or the first sum above `limit` when it gets there.
int width_up_to(std::string_view s, int limit) {
  int width = 0;
  for (std::size_t pos = 0; pos < s.size() && width <= limit;) {
    const auto b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80) {
      width += b >= 0x20 ? 1 : 0;
      ++pos;
      continue;
    }
    if (b >= 0xE4 && b <= 0xE9 && pos + 2 < s.size() && (static_cast<unsigned char>(s[pos + 1]) & 0xC0) == 0x80 &&
        (static_cast<unsigned char>(s[pos + 2]) & 0xC0) == 0x80) {
      width += 2;  // U+4000..U+9FFF: CJK ideographs, all wide
      pos += 3;
      continue;
    }
    width += code_point_width(next_code_point(s, pos));
  }
  return width;
}

}  // namespace

int display_width(std::string_view s) { return width_up_to(s, std::numeric_limits<int>::max() - 2); }

bool fits_width(std::string_view s, int limit) { return width_up_to(s, limit) <= limit; }

bool is_unspaced_script(char32_t c) {
  if (c < 0x2E80) {
    if (c < 0x0E00) return false;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &status);
    return sc == USCRIPT_THAI || sc == USCRIPT_LAO || sc == USCRIPT_KHMER || sc == USCRIPT_MYANMAR;
  }
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &status);
  if (sc == USCRIPT_HANGUL) return false;
  if (sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA ||
      sc == USCRIPT_BOPOMOFO)
    return true;
  return code_point_width(c) == 2;
}

bool joins_without_space(char32_t before, char32_t after) {
  return is_unspaced_script(before) || is_unspaced_script(after);
}

namespace {

// One immutable prototype; each call works on its own clone.
const icu::BreakIterator& line_breaker_prototype() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !it)
      throw Error(ErrorKind::internal, std::string("ICU line breaker: ") + u_errorName(status));
    return it;
  }();
  return *prototype;
}

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

}  // namespace

std::vector<std::size_t> line_break_opportunities(std::string_view utf8) {
  std::vector<std::size_t> out;
  if (utf8.empty()) return out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> text(
      utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status));
  std::unique_ptr<icu::BreakIterator> it(line_breaker_prototype().clone());
  if (U_FAILURE(status) || !it) throw Error(ErrorKind::internal, "ICU line breaker: cannot open text");
  it->setText(text.get(), status);
  if (U_FAILURE(status)) throw Error(ErrorKind::internal, "ICU line breaker: setText failed");
  it->first();
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next())
    out.push_back(static_cast<std::size_t>(b));
  return out;
}

std::string_view trim(std::string_view s) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    std::size_t next = begin;
    const char32_t c = next_code_point(s, next);
    if (!is_space(c) && !is_invisible(c)) break;
    begin = next;
  }
  std::size_t end = s.size();
  while (end > begin) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    auto i = static_cast<int32_t>(end);
    UChar32 c;
    U8_PREV(p, static_cast<int32_t>(begin), i, c);
    if (c >= 0 && !is_space(static_cast<char32_t>(c)) && !is_invisible(static_cast<char32_t>(c))) break;
    if (c < 0) break;
    end = static_cast<std::size_t>(i);
  }
  return s.substr(begin, end - begin);
}

std::size_t clean_inline(std::string& s) {
  // Most text needs nothing: no tab, no double space, no invisible character
  // (C0/C1 controls, U+180E, U+200B, U+2060, U+FEFF: see is_invisible).
  bool clean = true;
  for (std::size_t i = 0; i < s.size() && clean; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x20 && b < 0x7F && !(b == ' ' && i + 1 < s.size() && s[i + 1] == ' ')) continue;
    if (b < 0x20 || b == 0x7F || b == ' ') {
      clean = false;
    } else if (b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xEF) {
      std::size_t pos = i;
      clean = !is_invisible(next_code_point(s, pos));
    }
  }
  if (clean) return 0;
  std::string out;
  out.reserve(s.size());
  std::size_t removed = 0;
  bool pending_space = false;
  for (std::size_t pos = 0; pos < s.size();) {
    const auto b = static_cast<unsigned char>(s[pos]);
    if (b == ' ' || b == '\t') {
      pending_space = true;
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t c = b < 0x80 ? (++pos, static_cast<char32_t>(b)) : next_code_point(s, pos);
    if (is_invisible(c)) {
      ++removed;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out.append(s, start, pos - start);
  }
  s = std::move(out);
  return removed;
}

// ---- language ----------------------------------------------------------------

namespace {

// Characters that only Traditional (resp. only Simplified) Chinese writes,
// from the source sets of ICU's Traditional-Simplified transliterators. The
// CJK Unified Ideographs block, where nearly all of them are, is copied into
// flat bitmaps: a set lookup per ideograph would cost more than the rest of reading.
struct ChineseVariantSets {
  static constexpr char32_t kBlockStart = 0x4E00, kBlockEnd = 0xA000;
  icu::UnicodeSet traditional_only, simplified_only;
  std::vector<bool> traditional_in_block, simplified_in_block;

  bool traditional(char32_t c) const {
    if (c >= kBlockStart && c < kBlockEnd) return traditional_in_block[c - kBlockStart];
    return traditional_only.contains(static_cast<UChar32>(c));
  }
  bool simplified(char32_t c) const {
    if (c >= kBlockStart && c < kBlockEnd) return simplified_in_block[c - kBlockStart];
    return simplified_only.contains(static_cast<UChar32>(c));
  }
};

const ChineseVariantSets& chinese_variant_sets() {
  static const ChineseVariantSets sets = [] {
    auto source_set = [](const char* id) {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::Transliterator> t(
          icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
      icu::UnicodeSet set;
      if (U_SUCCESS(status) && t) t->getSourceSet(set);
      return set;
    };
    ChineseVariantSets s;
    const icu::UnicodeSet t2s = source_set("Traditional-Simplified");
    const icu::UnicodeSet s2t = source_set("Simplified-Traditional");
    s.traditional_only = t2s;
    s.traditional_only.removeAll(s2t);
    s.simplified_only = s2t;
    s.simplified_only.removeAll(t2s);
    s.traditional_only.freeze();
    s.simplified_only.freeze();
    const std::size_t n = ChineseVariantSets::kBlockEnd - ChineseVariantSets::kBlockStart;
    s.traditional_in_block.resize(n);
    s.simplified_in_block.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      const auto c = static_cast<UChar32>(ChineseVariantSets::kBlockStart + i);
      s.traditional_in_block[i] = s.traditional_only.contains(c);
      s.simplified_in_block[i] = s.simplified_only.contains(c);
    }
    return s;
  }();
  return sets;
}

struct FunctionWords {
  std::string_view language;
  std::array<std::string_view, 16> words;
};

// The commonest short words of each Latin-script language; ties are rare
// because each list is scored as a whole.
constexpr std::array<FunctionWords, 12> kFunctionWords{{
    {"en", {"the", "and", "of", "to", "in", "is", "that", "for", "was", "on", "with", "he", "said", "it", "as", "by"}},
    {"fr", {"le", "la", "les", "et", "des", "est", "une", "du", "que", "pour", "dans", "qui", "pas", "sur", "au", "il"}},
    {"de", {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "sich", "des", "auf", "ein", "eine", "im"}},
    {"es", {"el", "la", "de", "que", "y", "los", "las", "en", "del", "por", "con", "una", "para", "se", "su", "al"}},
    {"it", {"il", "di", "che", "la", "e", "per", "un", "non", "del", "della", "sono", "con", "una", "gli", "nel", "le"}},
    {"pt", {"o", "de", "que", "a", "e", "do", "da", "em", "os", "para", "com", "não", "uma", "no", "na", "ao"}},
    {"nl", {"de", "het", "een", "en", "van", "is", "dat", "op", "niet", "met", "zijn", "voor", "te", "er", "ook", "aan"}},
    {"sv", {"och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "inte", "om", "ett"}},
    {"pl", {"i", "w", "nie", "na", "się", "z", "jest", "do", "że", "to", "o", "jak", "ale", "po", "co", "od"}},
    {"tr", {"ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "en", "ama", "ki", "mi"}},
    {"id", {"yang", "dan", "di", "ini", "dengan", "untuk", "dari", "dalam", "itu", "tidak", "akan", "pada", "juga", "ke", "ada", "oleh"}},
    {"vi", {"và", "của", "là", "có", "không", "được", "cho", "trong", "người", "những", "một", "các", "đã", "với", "này", "khi"}},
}};

// Each function word -> the languages whose lists hold it (a bit per language).
const std::unordered_map<std::string_view, unsigned>& function_word_index() {
  static const std::unordered_map<std::string_view, unsigned> index = [] {
    std::unordered_map<std::string_view, unsigned> m;
    for (std::size_t i = 0; i < kFunctionWords.size(); ++i)
      for (std::string_view w : kFunctionWords[i].words)
        if (!w.empty()) m[w] |= 1u << i;
    return m;
  }();
  return index;
}

std::string latin_language(std::string_view utf8) {
  constexpr int kSampleWords = 400;
  const auto& index = function_word_index();
  std::array<int, kFunctionWords.size()> score{};
  std::string word;
  int words = 0;
  auto flush = [&] {
    if (word.empty()) return;
    ++words;
    if (const auto it = index.find(word); it != index.end())
      for (std::size_t i = 0; i < kFunctionWords.size(); ++i) score[i] += (it->second >> i) & 1u;
    word.clear();
  };
  for (std::size_t pos = 0; pos < utf8.size() && words < kSampleWords;) {
    const auto b = static_cast<unsigned char>(utf8[pos]);
    if (b < 0x80) {
      ++pos;
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
        word += static_cast<char>(b | 0x20);
      } else {
        flush();
      }
      continue;
    }
    const char32_t c = next_code_point(utf8, pos);
    if (u_isalpha(static_cast<UChar32>(c))) {
      append_utf8(word, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    } else {
      flush();
    }
  }
  flush();
  const auto best = std::max_element(score.begin(), score.end());
  if (*best < 2) return "und";
  return std::string(kFunctionWords[static_cast<std::size_t>(best - score.begin())].language);
}

}  // namespace

std::string guess_language(std::string_view utf8) {
  // Enough letters to tell scripts and variants apart; more only costs time.
  constexpr std::size_t kSampleCodePoints = 2500;
  long han = 0, kana = 0, hangul = 0, latin = 0, cyrillic = 0, greek = 0, arabic = 0,
       persian_letters = 0, hebrew = 0, thai = 0, devanagari = 0, georgian = 0, armenian = 0,
       ukrainian_letters = 0, traditional = 0, simplified = 0;
  const ChineseVariantSets& variants = chinese_variant_sets();
  std::size_t seen = 0;
  for (std::size_t pos = 0; pos < utf8.size() && seen < kSampleCodePoints;) {
    const auto b = static_cast<unsigned char>(utf8[pos]);
    if (b < 0x80) {
      ++pos;
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ++latin, ++seen;
      continue;
    }
    const char32_t c = next_code_point(utf8, pos);
    ++seen;
    // The common blocks directly; ICU's script property for everything else.
    UScriptCode script;
    if (c >= 0x4E00 && c <= 0x9FFF) {
      script = USCRIPT_HAN;
    } else if (c >= 0xAC00 && c <= 0xD7A3) {
      script = USCRIPT_HANGUL;
    } else if (c >= 0x3041 && c <= 0x3096) {
      script = USCRIPT_HIRAGANA;
    } else if (c >= 0x30A1 && c <= 0x30FA) {
      script = USCRIPT_KATAKANA;
    } else if (c >= 0x3000 && c <= 0x303F) {
      continue;  // CJK punctuation
    } else {
      UErrorCode status = U_ZERO_ERROR;
      script = uscript_getScript(static_cast<UChar32>(c), &status);
    }
    switch (script) {
      case USCRIPT_HAN:
        ++han;
        if (variants.traditional(c)) ++traditional;
        if (variants.simplified(c)) ++simplified;
        break;
      case USCRIPT_HIRAGANA:
      case USCRIPT_KATAKANA: ++kana; break;
      case USCRIPT_HANGUL: ++hangul; break;
      case USCRIPT_LATIN: ++latin; break;
      case USCRIPT_CYRILLIC:
        ++cyrillic;
        if (c == U'і' || c == U'ї' || c == U'є' || c == U'ґ') ++ukrainian_letters;
        break;
      case USCRIPT_GREEK: ++greek; break;
      case USCRIPT_ARABIC:
        ++arabic;
        if (c == U'پ' || c == U'چ' || c == U'ژ' || c == U'گ' || c == U'ی') ++persian_letters;
        break;
      case USCRIPT_HEBREW: ++hebrew; break;
      case USCRIPT_THAI: ++thai; break;
      case USCRIPT_DEVANAGARI: ++devanagari; break;
      case USCRIPT_GEORGIAN: ++georgian; break;
      case USCRIPT_ARMENIAN: ++armenian; break;
      default: break;
    }
  }
  const long cjk = han + kana + hangul;
  const std::array<std::pair<long, std::string_view>, 10> scripts{{
      {cjk, "cjk"}, {latin, "latin"}, {cyrillic, "cyrillic"}, {greek, "el"}, {arabic, "arabic"},
      {hebrew, "he"}, {thai, "th"}, {devanagari, "hi"}, {georgian, "ka"}, {armenian, "hy"},
  }};
  // Latin letters are counted per character, CJK per ideograph that carries a
  // whole word or syllable; weigh them so a Chinese text with English names stays Chinese.
  auto weight = [](std::string_view name, long n) { return name == "cjk" ? n * 3 : n; };
  const auto* best = &scripts[0];
  for (const auto& s : scripts)
    if (weight(s.second, s.first) > weight(best->second, best->first)) best = &s;
  if (best->first == 0) return "und";
  const std::string_view script = best->second;
  if (script == "cjk") {
    if (hangul * 10 >= cjk * 3) return "ko";
    if (kana * 10 >= han + kana) return "ja";
    if (traditional > simplified) return "zh-Hant";
    if (simplified > traditional) return "zh-Hans";
    return "zh";
  }
  if (script == "latin") return latin_language(utf8);
  if (script == "cyrillic") return ukrainian_letters * 50 >= cyrillic ? "uk" : "ru";
  if (script == "arabic") return persian_letters * 20 >= arabic ? "fa" : "ar";
  return std::string(script);
}

}  // namespace artconv::unicode
