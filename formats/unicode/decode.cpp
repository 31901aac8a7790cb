#include "unicode/decode.hpp"

#include <iconv.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "unicode/encoding_declaration.hpp"

namespace artconv {
namespace {

struct Bom {
  std::string_view signature;
  const char* encoding;
};

// Longest first: the UTF-32LE BOM begins with the UTF-16LE one.
constexpr std::array<Bom, 6> kBoms{{
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {std::string_view("\x84\x31\x95\x33", 4), "GB18030"},
    {std::string_view("\xEF\xBB\xBF", 3), "UTF-8"},
    {std::string_view("\xFF\xFE", 2), "UTF-16LE"},
    {std::string_view("\xFE\xFF", 2), "UTF-16BE"},
}};

// ---------------------------------------------------------------------------
// Names. ICU converts what it knows; the few encodings ICU 72 lacks go through
// glibc's iconv behind the same interface (convert() below).

// Labels decoded as their superset, as the WHATWG Encoding Standard maps them:
// the superset reads every byte the label's own table reads, the same way.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kSupersetLabels{{
    {"ISO-8859-1", "windows-1252"},
    {"US-ASCII", "windows-1252"},
    {"ISO-8859-9", "windows-1254"},
    {"TIS-620", "windows-874"},
    {"ISO-8859-11", "windows-874"},
    {"GB2312", "GB18030"},
    {"GBK", "GB18030"},
}};

// Multi-byte encodings whose superset is tried when a strict decode fails
// (and reported under the narrower name when that one reads the file).
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kSupersetOnFailure{{
    {"EUC-KR", "windows-949"},
    {"Big5", "Big5-HKSCS"},
    {"Shift_JIS", "Shift_JISX0213"},
    {"EUC-JP", "EUC-JIS-2004"},
    {"windows-31j", "Shift_JISX0213"},
}};

// Names under which glibc's iconv knows what ICU lacks.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kIconvSpelling{{
    {"EUC-JIS-2004", "EUC-JISX0213"},
    {"Shift_JISX0213", "SHIFT_JISX0213"},
    {"Shift_JIS-2004", "SHIFT_JISX0213"},
    {"Georgian-PS", "GEORGIAN-PS"},
}};

// uchardet names as the ICU (or iconv) names to try, narrowest first.
constexpr std::array<std::pair<std::string_view, std::array<std::string_view, 2>>, 10> kUchardetNames{{
    {"UHC", {"EUC-KR", "windows-949"}},
    {"MAC-CYRILLIC", {"x-mac-cyrillic", ""}},
    {"MAC-CENTRALEUROPE", {"x-mac-centraleurroman", ""}},
    {"ASCII", {"windows-1252", ""}},
    {"ISO-8859-8-I", {"ISO-8859-8", ""}},
    {"ISO-8859-1", {"windows-1252", ""}},
    {"ISO-8859-9", {"windows-1254", ""}},
    {"TIS-620", {"windows-874", ""}},
    {"GB2312", {"GB18030", ""}},
    {"X-ISO-10646-UCS-4-3412", {"", ""}},
}};

bool same_name(std::string_view a, std::string_view b) {
  return ucnv_compareNames(std::string(a).c_str(), std::string(b).c_str()) == 0;
}

std::string superset_label(const std::string& name) {
  for (const auto& [label, superset] : kSupersetLabels)
    if (same_name(label, name)) return std::string(superset);
  return name;
}

std::string hex_byte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}

bool icu_knows(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUConverterPointer cnv(ucnv_open(name.c_str(), &status));
  return U_SUCCESS(status);
}

std::string iconv_spelling(const std::string& name) {
  for (const auto& [ours, theirs] : kIconvSpelling)
    if (same_name(ours, name)) return std::string(theirs);
  return name;
}

bool iconv_knows(const std::string& name) {
  iconv_t cd = iconv_open("UTF-8", iconv_spelling(name).c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  iconv_close(cd);
  return true;
}

// How to report an encoding: the MIME or IANA spelling of the name itself
// ("BIG5" -> "Big5", "windows-949"), else its preferred MIME name ("EUC-JP",
// not IANA's "Extended_UNIX_Code_Packed_Format_for_Japanese"); names only
// iconv knows as we spell them.
std::string look_up_standard_name(const std::string& alias) {
  if (!icu_knows(alias)) return alias;
  std::array<const char*, 2> names{};
  const std::array<const char*, 2> standards{"MIME", "IANA"};
  for (std::size_t i = 0; i < standards.size(); ++i) {
    UErrorCode status = U_ZERO_ERROR;
    const char* n = ucnv_getStandardName(alias.c_str(), standards[i], &status);
    names[i] = U_SUCCESS(status) ? n : nullptr;
    if (names[i] != nullptr && ucnv_compareNames(names[i], alias.c_str()) == 0) return names[i];
  }
  for (const char* n : names)
    if (n != nullptr) return n;
  return alias;
}

// ICU searches its alias tables name by name: a third of decoding a short
// legacy file. A thread asks about a handful of names; it keeps the answers.
const std::string& standard_name(const std::string& alias) {
  thread_local std::unordered_map<std::string, std::string> known;
  auto found = known.find(alias);
  if (found == known.end()) found = known.emplace(alias, look_up_standard_name(alias)).first;
  return found->second;
}

// ---------------------------------------------------------------------------
// Conversion

struct ReplaceContext {
  std::size_t replaced = 0;
};

void replace_with_fffd(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                       UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset/close/clone: nothing to do
  *err = U_ZERO_ERROR;
  const UChar fffd = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &fffd, 1, 0, err);
  ++static_cast<ReplaceContext*>(const_cast<void*>(context))->replaced;
}

struct ConversionFailure {
  std::uint64_t offset;
  std::string bytes;  // the offending bytes, as hex
};

struct Conversion {
  icu::UnicodeString text;
  std::optional<ConversionFailure> failure;
  std::size_t replaced = 0;
};

std::optional<Conversion> convert_icu(std::string_view bytes, const std::string& encoding, bool replace,
                                      bool complete) {
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUConverterPointer cnv(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status)) return std::nullopt;
  ReplaceContext context;
  if (replace) {
    ucnv_setToUCallBack(cnv.getAlias(), replace_with_fffd, &context, nullptr, nullptr, &status);
  } else {
    ucnv_setToUCallBack(cnv.getAlias(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  }
  if (U_FAILURE(status)) return std::nullopt;
  Conversion result;
  const auto capacity = static_cast<int32_t>(std::min<std::size_t>(bytes.size() * 2 + 16, INT32_MAX / 2));
  UChar* begin = result.text.getBuffer(capacity);
  UChar* target = begin;
  const char* source = bytes.data();
  ucnv_toUnicode(cnv.getAlias(), &target, begin + capacity, &source, bytes.data() + bytes.size(), nullptr,
                 complete, &status);
  result.text.releaseBuffer(static_cast<int32_t>(target - begin));
  if (U_FAILURE(status)) {
    char invalid[32];
    int8_t len = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(cnv.getAlias(), invalid, &len, &ignored);
    if (U_FAILURE(ignored)) len = 0;
    ConversionFailure failure{static_cast<std::uint64_t>(source - bytes.data()) - static_cast<std::uint64_t>(len), {}};
    for (int8_t i = 0; i < len; ++i) {
      if (i) failure.bytes += ' ';
      failure.bytes += hex_byte(static_cast<unsigned char>(invalid[i]));
    }
    result.failure = std::move(failure);
  }
  result.replaced = context.replaced;
  return result;
}

struct IconvCloser {
  iconv_t cd;
  ~IconvCloser() { iconv_close(cd); }
};

// glibc's iconv, for the encodings ICU 72 has no converter for (ISO-8859-16,
// VISCII, Georgian-PS/Academy, Johab, the JIS X 0213 Japanese supersets).
std::optional<Conversion> convert_iconv(std::string_view bytes, const std::string& encoding, bool replace,
                                        bool complete) {
  // glibc unloads a converter module when its last descriptor closes, and
  // loading it again costs more than the conversion: keep one of each open.
  struct Pinned {
    std::vector<iconv_t> descriptors;
    Pinned() {
      for (const char* name : {"ISO-8859-16", "VISCII", "GEORGIAN-PS", "GEORGIAN-ACADEMY", "JOHAB", "EUC-JISX0213",
                               "SHIFT_JISX0213"}) {
        iconv_t cd = iconv_open("UTF-8", name);
        if (cd != reinterpret_cast<iconv_t>(-1)) descriptors.push_back(cd);
      }
    }
    ~Pinned() {
      for (iconv_t cd : descriptors) iconv_close(cd);
    }
    Pinned(const Pinned&) = delete;
    Pinned& operator=(const Pinned&) = delete;
  };
  static const Pinned pinned;
  iconv_t cd = iconv_open("UTF-8", iconv_spelling(encoding).c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  const IconvCloser closer{cd};
  Conversion result;
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  std::size_t used = 0;
  for (bool flushed = false; !flushed;) {
    char* target = out.data() + used;
    std::size_t out_left = out.size() - used;
    const std::size_t r = in_left > 0 ? iconv(cd, &in, &in_left, &target, &out_left)
                                      : iconv(cd, nullptr, nullptr, &target, &out_left);
    const int error = errno;
    used = static_cast<std::size_t>(target - out.data());
    if (r != static_cast<std::size_t>(-1)) {
      flushed = in_left == 0;
      continue;
    }
    if (error == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    if (error == EINVAL && !complete) break;  // a sequence cut off at the end of a sample
    const auto offset = static_cast<std::uint64_t>(in - bytes.data());
    if (!replace) {
      result.failure = ConversionFailure{offset, hex_byte(static_cast<unsigned char>(*in))};
      break;
    }
    if (out.size() - used < 3) out.resize(out.size() * 2);
    out.replace(used, 3, "\xEF\xBF\xBD");
    used += 3;
    ++in;
    --in_left;
    ++result.replaced;
  }
  out.resize(used);
  result.text = icu::UnicodeString::fromUTF8(icu::StringPiece(out.data(), static_cast<int32_t>(out.size())));
  return result;
}

// Converts; strict unless `replace`. With `complete == false` a sequence cut
// off at the end of `bytes` (a sample) is not an error.
std::optional<Conversion> convert(std::string_view bytes, const std::string& encoding, bool replace,
                                  bool complete = true) {
  // Names only iconv knows skip ICU's alias lookup (it costs more than a short conversion).
  constexpr std::array<std::string_view, 7> kIconvOnly{"ISO-8859-16",    "VISCII",       "GEORGIAN-PS", "GEORGIAN-ACADEMY",
                                                       "Shift_JISX0213", "EUC-JIS-2004", "JOHAB"};
  if (std::find(kIconvOnly.begin(), kIconvOnly.end(), encoding) != kIconvOnly.end())
    return convert_iconv(bytes, encoding, replace, complete);
  if (std::optional<Conversion> c = convert_icu(bytes, encoding, replace, complete)) return c;
  return convert_iconv(bytes, encoding, replace, complete);
}


// ---------------------------------------------------------------------------
// Plausibility: how much decoded text looks like writing rather than mojibake.

bool is_letter_type(int8_t t) {
  return t == U_UPPERCASE_LETTER || t == U_LOWERCASE_LETTER || t == U_TITLECASE_LETTER || t == U_MODIFIER_LETTER ||
         t == U_OTHER_LETTER || t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK;
}

// Punctuation that sits inside words in real text.
bool joins_words(UChar32 c) {
  return c == 0x2019 || c == 0x00B7 || c == 0x00AD || c == 0x02BC || (c >= 0x2010 && c <= 0x2014) || c == 0x0387 ||
         c == 0x05F3 || c == 0x05F4 || c == 0x0640;
}

// The letters beyond ASCII that each language writes with, lower case, its
// three most frequent first (Latin script). A
// wrong code page of the right script gives letters no one language has
// together (ů beside à, Ђ beside ъ); this is how siblings are told apart.
struct Alphabet {
  UScriptCode script;
  std::u16string_view letters, rare;  // rare letters count for less
};

constexpr double kRareLetter = 0.3;

constexpr std::array<Alphabet, 39> kAlphabets{{
    {USCRIPT_LATIN, u"éàèêçôîûùâ", u"æëïœüÿ"},                  // French
    {USCRIPT_LATIN, u"äöüß", u"éè"},                            // German
    {USCRIPT_LATIN, u"óíáéñú", u"üªº"},                         // Spanish
    {USCRIPT_LATIN, u"àèéìòù", u"íîóú"},                        // Italian
    {USCRIPT_LATIN, u"ãçéáóíêâõôúà", u"üªº"},                   // Portuguese
    {USCRIPT_LATIN, u"éëï", u"èöüó"},                           // Dutch
    {USCRIPT_LATIN, u"àèéòíóçïú", u"ü·"},                       // Catalan
    {USCRIPT_LATIN, u"äåö", u"éü"},                             // Swedish
    {USCRIPT_LATIN, u"øåæ", u"éüöó"},                           // Danish, Norwegian
    {USCRIPT_LATIN, u"äö", u"åšž"},                             // Finnish
    {USCRIPT_LATIN, u"áðíóéúþæýö", u""},                        // Icelandic
    {USCRIPT_LATIN, u"áðíóøúæý", u""},                          // Faroese
    {USCRIPT_LATIN, u"ęąółżśćńź", u""},                         // Polish
    {USCRIPT_LATIN, u"íáéěýčřžšůúňťďó", u""},                   // Czech
    {USCRIPT_LATIN, u"áíýéčžšúôľňťď", u"äĺŕó"},                 // Slovak
    {USCRIPT_LATIN, u"éáőöüóíűú", u""},                         // Hungarian
    {USCRIPT_LATIN, u"čćđšž", u""},                             // Croatian, Bosnian, Serbian, Slovene
    {USCRIPT_LATIN, u"ăîâșț", u"şţ"},                           // Romanian
    {USCRIPT_LATIN, u"ıüşçğö", u"âîû"},                         // Turkish
    {USCRIPT_LATIN, u"ėųįąšūčęž", u""},                         // Lithuanian
    {USCRIPT_LATIN, u"āīēšūņļķčģž", u""},                       // Latvian
    {USCRIPT_LATIN, u"äõüöšž", u""},                            // Estonian
    {USCRIPT_LATIN, u"çë", u""},                                // Albanian
    {USCRIPT_LATIN, u"ĉĝĥĵŝŭ", u""},                            // Esperanto
    {USCRIPT_LATIN, u"ưđơàáâãèéêìíòóôõùúýăĩũạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ", u""},  // Vietnamese
    {USCRIPT_LATIN, u"áéíóú", u""},                             // Irish
    {USCRIPT_LATIN, u"âŵŷêîôû", u"äëïöü"},                      // Welsh
    {USCRIPT_LATIN, u"əıüşçğö", u""},                           // Azerbaijani
    {USCRIPT_LATIN, u"ħġżċàèìòù", u""},                         // Maltese
    {USCRIPT_CYRILLIC, u"абвгдежзийклмнопрстуфхцчшщыьэюя", u"ёъ"},  // Russian
    {USCRIPT_CYRILLIC, u"абвгдеєжзиіїйклмнопрстуфхцчшщьюя", u"ґ"},  // Ukrainian
    {USCRIPT_CYRILLIC, u"абвгдеёжзійклмнопрстуўфхцчшыьэюя", u""},   // Belarusian
    {USCRIPT_CYRILLIC, u"абвгдежзийклмнопрстуфхцчшщъьюя", u""},     // Bulgarian
    {USCRIPT_CYRILLIC, u"абвгдђежзијклљмнњопрстћуфхцчџш", u""},     // Serbian
    {USCRIPT_CYRILLIC, u"абвгдѓежзѕијклљмнњопрстќуфхцчџш", u""},    // Macedonian
    {USCRIPT_CYRILLIC, u"аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшыіьэюя", u"ёщъ"},  // Kazakh
    {USCRIPT_CYRILLIC, u"абвгдежзийклмнопрстуүфхцчшыьэюяңө", u"ёщъ"},      // Kyrgyz, Mongolian
    {USCRIPT_CYRILLIC, u"абвгдежзийклмнопрстуфхцчшъэюяғқҳў", u"ё"},        // Tajik, Uzbek
    {USCRIPT_GREEK, u"αβγδεζηθικλμνξοπρστυφχψωςάέήίόύώ", u"ϊϋΐΰ"},       // Greek
}};

// Share of the letters (counted by lower-case letter) that the best-fitting
// language of `script` writes with, rare letters counting for less; 1 when
// no alphabet of that script is known.
// Letters counted by lower-case letter, in a flat table: Latin, Greek and
// Cyrillic up to U+052F, then Latin Extended Additional (Vietnamese).
constexpr UChar32 kCountedBelow = 0x530, kExtendedFrom = 0x1E00, kExtendedTo = 0x1F00;
using LetterCounts = std::array<int32_t, kCountedBelow + (kExtendedTo - kExtendedFrom)>;

int letter_slot(UChar32 l) {
  if (l >= 0x80 && l < kCountedBelow) return l;
  if (l >= kExtendedFrom && l < kExtendedTo) return kCountedBelow + (l - kExtendedFrom);
  return -1;
}

UChar32 slot_letter(std::size_t slot) {
  return slot < kCountedBelow ? static_cast<UChar32>(slot) : static_cast<UChar32>(slot - kCountedBelow + kExtendedFrom);
}

bool in_script(UScriptCode script, UChar32 c) {
  if (script == USCRIPT_GREEK) return c >= 0x370 && c < 0x400;
  if (script == USCRIPT_CYRILLIC) return c >= 0x400 && c < 0x530;
  return c < 0x250 || c >= kExtendedFrom;
}

double alphabet_fit(UScriptCode script, const LetterCounts& counts, const std::vector<int>& touched) {
  long total = 0;
  for (int slot : touched)
    if (in_script(script, slot_letter(static_cast<std::size_t>(slot)))) total += counts[static_cast<std::size_t>(slot)];
  if (total == 0) return 1.0;
  double best = -1;
  for (const Alphabet& a : kAlphabets) {
    if (a.script != script) continue;
    double in = 0;
    int top = 0;  // of the language's three most frequent letters, how many occur
    for (std::size_t k = 0; k < a.letters.size(); ++k) {
      const int slot = letter_slot(a.letters[k]);
      if (slot < 0 || counts[static_cast<std::size_t>(slot)] == 0) continue;
      in += counts[static_cast<std::size_t>(slot)];
      top += k < 3;
    }
    for (char16_t u : a.rare) {
      const int slot = letter_slot(u);
      if (slot >= 0) in += kRareLetter * counts[static_cast<std::size_t>(slot)];
    }
    // A dozen letters of a Latin-script language and at most one of its three
    // commonest: another language (French read as Czech has é, č, ŕ, no á, í).
    if (script == USCRIPT_LATIN && total >= 12 && top < 2) in *= 0.5;
    best = std::max(best, in);
  }
  return best < 0 ? 1.0 : best / static_cast<double>(total);
}

struct Plausible {
  double score = 1.0;
  long non_ascii = 0;  // characters considered
};

int script_of_letter(UChar32 c) {
  if (c < 0x80) return USCRIPT_LATIN;
  UErrorCode status = U_ZERO_ERROR;
  const int sc = uscript_getScript(c, &status);
  return U_SUCCESS(status) ? sc : USCRIPT_COMMON;
}

// `ascii_letters`: plain Latin letters around the scored text (when it is a
// sample of the words that hold non-ASCII bytes), or -1 to count them here.
Plausible plausibility(const icu::UnicodeString& text, long ascii_letters = -1) {
  long considered = 0;
  double suspicious = 0;
  std::array<long, USCRIPT_CODE_LIMIT> scripts{};
  long letters = 0, latin_letters = 0, accented_latin = 0, upper = 0, lower = 0;
  LetterCounts counts{};  // Latin, Greek and Cyrillic letters beyond ASCII
  std::vector<int> touched;  // the slots of counts in use
  int8_t prev_type = U_SPACE_SEPARATOR, prev2_type = U_SPACE_SEPARATOR;
  UChar32 prev = ' ';
  int prev_script = USCRIPT_COMMON;  // of the previous character, when a letter
  bool prev_was_symbol = false, start_symbol = false;
  bool prev_cjk = false, prev2_ascii_letter = false;  // a CJK character inside a Latin word
  const int32_t length = std::min<int32_t>(text.length(), 8 * 1024);
  const char16_t* units = text.getBuffer();  // char32At checks bounds at every call: a tenth of the time here
  for (int32_t i = 0; i < length;) {
    UChar32 c = units[i++];
    if (c >= 0xD800 && c <= 0xDBFF && i < text.length() && units[i] >= 0xDC00 && units[i] <= 0xDFFF)
      c = 0x10000 + ((c - 0xD800) << 10) + (units[i++] - 0xDC00);
    int8_t type;
    int script = USCRIPT_COMMON;
    if (c < 0x80) {
      // (an ANSI escape sequence, "ESC[33m", is a bulletin board's colour, not a misreading)
      const bool ansi_escape = c == 0x1B && i < text.length() && units[i] == u'[';
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && !ansi_escape) suspicious += 1, ++considered;
      const bool latin = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      if (latin && ascii_letters < 0) ++latin_letters;
      // Han or Hangul glued inside a Latin word: legacy bytes read as pairs.
      if (latin && prev_cjk && prev2_ascii_letter) suspicious += 1;
      type = latin ? (c >= 'a' ? U_LOWERCASE_LETTER : U_UPPERCASE_LETTER)
                   : (c == ' ' || c == '\n' || c == '\t' || c == '\r' ? U_SPACE_SEPARATOR : U_OTHER_PUNCTUATION);
      if (latin) script = USCRIPT_LATIN;
    } else {
      ++considered;
      // The common blocks of CJK text, without property lookups.
      const bool han = (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3041 && c <= 0x30FA);
      if (han || (c >= 0xAC00 && c <= 0xD7A3)) {
        ++scripts[han ? USCRIPT_HAN : USCRIPT_HANGUL], ++letters;  // kana and Han: one writing system
        prev2_ascii_letter = prev < 0x80 && (prev_type == U_LOWERCASE_LETTER || prev_type == U_UPPERCASE_LETTER);
        prev2_type = prev_type, prev_type = U_OTHER_LETTER, prev = c, prev_was_symbol = false, prev_cjk = true;
        prev_script = USCRIPT_COMMON, start_symbol = false;
        continue;
      }
      type = static_cast<int8_t>(u_charType(c));
      if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0x2010 && c <= 0x2027)) {
        // Common punctuation: fine, except a closing quote opening a word
        // (Greek Ά read as ISO-8859-7 from windows-1253).
        if (c == 0x2019 && prev_type == U_SPACE_SEPARATOR) suspicious += 1;
      } else {
        if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ++accented_latin, ++latin_letters;
        if (c == 0xFFFD || type == U_UNASSIGNED || type == U_PRIVATE_USE_CHAR || type == U_CONTROL_CHAR ||
            type == U_SURROGATE) {
          suspicious += 1;
        } else if (c >= 0xFF61 && c <= 0xFF9F) {  // half-width katakana: Shift_JIS read wrongly
          suspicious += 0.7;
        } else if ((c >= 0x3400 && c <= 0x4DBF) || c >= 0x20000 || (c >= 0xF900 && c <= 0xFAFF)) {
          suspicious += 0.6;  // rare ideographs
        } else if ((c >= 0x2500 && c <= 0x25FF) || (c >= 0xA1 && c <= 0xBF && c != 0xAB && c != 0xBB &&
                                                     c != 0xB0 && c != 0xB7 && c != 0xA9 && c != 0xAA && c != 0xBA)) {
          suspicious += 0.4;  // box drawing, Latin-1 symbols
        }
      }
      if (type == U_UPPERCASE_LETTER || type == U_LOWERCASE_LETTER || type == U_OTHER_LETTER ||
          type == U_TITLECASE_LETTER) {
        script = script_of_letter(c);
        if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) script = USCRIPT_HAN;
        if (script >= 0 && script < USCRIPT_CODE_LIMIT) ++scripts[static_cast<std::size_t>(script)];
        ++letters;
        upper += type == U_UPPERCASE_LETTER;
        lower += type == U_LOWERCASE_LETTER;
        const int k = script == USCRIPT_LATIN ? 0 : script == USCRIPT_CYRILLIC ? 1 : script == USCRIPT_GREEK ? 2 : -1;
        const UChar32 l = u_tolower(c);
        if (k >= 0 && l >= 0x80) {
          if (const int slot = letter_slot(l); slot >= 0 && counts[static_cast<std::size_t>(slot)]++ == 0)
            touched.push_back(slot);
          // Russian, Ukrainian, Bulgarian… words never begin with ъ, ь or ы.
          // nor do ъ, ь, ы follow a vowel.
          if (k == 1 && (l == 0x44A || l == 0x44C || l == 0x44B) &&
              (prev_type == U_SPACE_SEPARATOR ||
               std::u16string_view(u"аеёиоуыэюяіїє").find(static_cast<char16_t>(u_tolower(prev))) !=
                   std::u16string_view::npos))
            suspicious += 1;
        }
      } else if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK) {
        // A mark of one script on a letter of another: Thai tone marks on
        // French vowels (windows-874 read for windows-1252).
        // Arabic and Hebrew points count as Inherited: tell them by block.
        const int own = c >= 0x0590 && c < 0x0800 ? (c < 0x0600 ? USCRIPT_HEBREW : USCRIPT_ARABIC) : script_of_letter(c);
        if (own != USCRIPT_INHERITED && own != USCRIPT_COMMON && prev_script != USCRIPT_COMMON && own != prev_script)
          suspicious += 1;
        // Vietnamese tone marks sit on vowels: on a consonant, windows-1258
        // is reading another language.
        if (c >= 0x0300 && c < 0x0370 && prev < 0x80 && prev_script == USCRIPT_LATIN &&
            std::string_view("aeiouyAEIOUY").find(static_cast<char>(prev)) == std::string_view::npos)
          suspicious += 1;
        script = prev_script;
      }
    }
    const bool letter = is_letter_type(type);
    // A symbol between two letters, or opening a word: a letter of another code page.
    if (prev_was_symbol && letter && is_letter_type(prev2_type)) suspicious += 1;
    if (start_symbol && letter) suspicious += 0.5;
    // A capital after a small letter inside a word, one of them not ASCII:
    // the case pattern of Cyrillic read in the wrong KOI8/Windows/DOS table.
    if (type == U_UPPERCASE_LETTER && prev_type == U_LOWERCASE_LETTER && (c >= 0x80 || prev >= 0x80))
      suspicious += 0.5;
    // Two scripts inside one word: Vietnamese read as Cyrillic, and the like.
    if (letter && prev_script != USCRIPT_COMMON && script != USCRIPT_COMMON && script != prev_script &&
        (c >= 0x80 || prev >= 0x80))
      suspicious += 1;
    const bool symbol = c >= 0x80 && !letter && type != U_SPACE_SEPARATOR && !joins_words(c) &&
                        !(c >= 0x3000 && c <= 0x303F) && !(c >= 0xFF01 && c <= 0xFF60);
    start_symbol = symbol && prev_type == U_SPACE_SEPARATOR && type != U_INITIAL_PUNCTUATION &&
                   type != U_START_PUNCTUATION && type != U_DASH_PUNCTUATION && c != 0xBF && c != 0xA1;
    prev_was_symbol = symbol;
    prev_script = letter ? script : USCRIPT_COMMON;
    prev2_type = prev_type, prev_type = type, prev = c, prev_cjk = false;
  }
  if (considered == 0) return {1.0, 0};
  if (ascii_letters >= 0) latin_letters += ascii_letters;
  const auto dominant_at = std::max_element(scripts.begin(), scripts.end());
  const long dominant = *dominant_at;
  const double coherence = letters ? static_cast<double>(dominant) / static_cast<double>(letters) : 1.0;
  const double clean = 1.0 - std::min(1.0, suspicious / static_cast<double>(considered));
  // Western European text has a few accented letters among many plain ones;
  // Cyrillic, Greek or Arabic read as a Latin code page is nearly all accents.
  const double accented = latin_letters ? static_cast<double>(accented_latin) / static_cast<double>(latin_letters) : 0;
  const double latin_shape = accented > 0.35 ? 1.0 - std::min(0.6, accented - 0.35) : 1.0;
  // Running text is mostly small letters.
  const double case_shape = upper + lower >= 20 && upper * 10 > (upper + lower) * 7 ? 0.85 : 1.0;
  const auto dominant_script = static_cast<UScriptCode>(dominant_at - scripts.begin());
  const int k = dominant_script == USCRIPT_LATIN ? 0 : dominant_script == USCRIPT_CYRILLIC ? 1
              : dominant_script == USCRIPT_GREEK ? 2 : -1;
  const double fit = k < 0 ? 1.0 : std::min(1.0, alphabet_fit(dominant_script, counts, touched));
  // A few letters of another script among many of one are rare in real
  // text and typical of a table that maps a byte or two elsewhere.
  return {clean * (0.5 + 0.5 * coherence * coherence * coherence) * latin_shape * case_shape * (0.4 + 0.6 * fit), considered};
}

// ---------------------------------------------------------------------------
// Shapes of bytes

// UTF-16/32 without a BOM show as NUL bytes in fixed positions: the high
// bytes of ASCII characters (UTF-32: the plane bytes of every character).
std::optional<std::string> sniff_utf16_32(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 64 * 1024) & ~std::size_t{3};
  if (n < 8) return std::nullopt;
  std::array<std::size_t, 4> nul_at{};
  for (std::size_t i = 0; i < n; ++i)
    if (bytes[i] == '\0') ++nul_at[i % 4];
  const std::size_t quarter = n / 4;
  auto mostly = [&](std::size_t k) { return nul_at[k] * 10 >= quarter * 9; };
  auto rarely = [&](std::size_t k) { return nul_at[k] * 10 <= quarter; };
  if (bytes.size() % 4 == 0) {
    if (nul_at[3] == quarter && mostly(2) && rarely(0)) return "UTF-32LE";
    if (nul_at[0] == quarter && mostly(1) && rarely(3)) return "UTF-32BE";
  }
  const std::size_t even = nul_at[0] + nul_at[2], odd = nul_at[1] + nul_at[3];
  if (bytes.size() % 2 != 0 || even + odd < 2) return std::nullopt;
  // CJK characters such as U+6700 put a NUL in the other position too.
  if (odd * 5 >= (even + odd) * 4) return "UTF-16LE";
  if (even * 5 >= (even + odd) * 4) return "UTF-16BE";
  return std::nullopt;
}

bool is_space_byte(char b) { return b == ' ' || b == '\n' || b == '\r' || b == '\t'; }

// One pass over bytes that may be UTF-8: whether they are (strictly), where
// they are not, how many control characters a text check needs to know of,
// and whether 7-bit text holds the escapes of ISO-2022, HZ or UTF-7.
struct Utf8Scan {
  bool valid = true, ascii = true;
  bool escapes = false;  // ESC, SO, "~{" or "+x": look for a 7-bit encoding
  std::size_t bad_offset = 0;
  std::size_t characters = 0, controls = 0;
  // Over the whole input when it is not valid: well-formed multi-byte
  // sequences, sequences shaped like UTF-8 but invalid (overlong, surrogate,
  // beyond U+10FFFF, FE/FF), and bytes out of place (what legacy text makes).
  std::size_t valid_multibyte = 0, utf8_shaped = 0, out_of_place = 0;
};

Utf8Scan scan_utf8(std::string_view bytes) {
  Utf8Scan scan;
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto n = static_cast<int64_t>(bytes.size());
  for (int64_t i = 0; i < n;) {
    const uint8_t b = p[i];
    ++scan.characters;
    if (b < 0x80) {
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        if (b == 0x1B || b == 0x0E) scan.escapes = true;
        if (b != 0x1B) ++scan.controls;
      } else if ((b == '~' && i + 1 < n && p[i + 1] == '{') || (b == '+' && i + 1 < n && p[i + 1] != '-' &&
                                                                 p[i + 1] > ' ')) {
        scan.escapes = true;
      }
      ++i;
      continue;
    }
    scan.ascii = false;
    UChar32 c;
    int32_t j = 0;
    const auto chunk = static_cast<int32_t>(std::min<int64_t>(4, n - i));
    U8_NEXT(p + i, j, chunk, c);
    if (c >= 0) {
      ++scan.valid_multibyte;
      i += j;
      continue;
    }
    if (scan.valid) scan.valid = false, scan.bad_offset = static_cast<std::size_t>(i);
    // Shaped like UTF-8: a lead byte followed by as many continuation bytes
    // as it announces, yet not a character; or FE/FF, never in UTF-8.
    const int64_t need = b >= 0xF0 && b <= 0xF7 ? 3 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xC0 && b <= 0xDF ? 1 : -1;
    bool shaped = b >= 0xFE;
    if (need > 0 && i + need < n) {
      shaped = true;
      for (int64_t k = 1; k <= need; ++k) shaped = shaped && (p[i + k] & 0xC0) == 0x80;
    }
    if (shaped) {
      ++scan.utf8_shaped;
      i += b >= 0xFE ? 1 : need + 1;
    } else {
      ++scan.out_of_place;
      ++i;
    }
  }
  return scan;
}

// UTF-8 that a few bad sequences spoil is UTF-8 with errors, never another
// encoding: legacy text puts its high bytes out of place far more often than
// it happens to form UTF-8 sequences.
bool is_utf8_with_errors(const Utf8Scan& scan) {
  return scan.valid_multibyte + scan.utf8_shaped >= 3 * scan.out_of_place + 1 &&
         (scan.utf8_shaped > 0 || scan.valid_multibyte >= 2);
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Text files have few control characters; binary files have NULs or many.
void reject_controls(std::size_t controls, std::size_t total) {
  if (total >= 16 && controls * 20 > total)
    throw Error(ErrorKind::input, "binary data, not text: " + std::to_string(controls) + " control characters in " +
                                      std::to_string(total));
}

void reject_binary(const std::string& utf8) {
  std::size_t controls = 0, total = 0;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    if ((b & 0xC0) != 0x80) ++total;
    if (b == 0)
      throw Error(ErrorKind::input, "binary data, not text: NUL character after " + std::to_string(total - 1) +
                                        " characters");
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) ++controls;
  }
  reject_controls(controls, total);
}

Decoded finish(const Conversion& conversion, const std::string& encoding, double confidence, std::string method) {
  Decoded d;
  d.text = to_utf8(conversion.text);
  d.encoding = standard_name(encoding);
  d.confidence = confidence;
  d.method = std::move(method);
  d.replaced = conversion.replaced;
  reject_binary(d.text);
  return d;
}

[[noreturn]] void throw_undecodable(const ConversionFailure& f, const std::string& encoding) {
  throw Error(ErrorKind::input,
              "invalid " + standard_name(encoding) + " byte sequence " + f.bytes + " at byte offset " +
                  std::to_string(f.offset) + " (--on-invalid=replace substitutes U+FFFD)",
              f.offset);
}

void warn_replaced(const Decoded& d, Diagnostics& diagnostics) {
  if (d.replaced == 0) return;
  diagnostics.warn("replaced-invalid-bytes", std::to_string(d.replaced) + " invalid byte sequence" +
                                                 (d.replaced == 1 ? "" : "s") + " replaced by U+FFFD");
}

// NUL bytes: a few (padding at the start or end, a stray one) are dropped
// with a warning; many, or spread through the text, mean binary data.
struct NulBytes {
  std::string cleaned;                  // the input without them, when dropped
  std::vector<std::uint64_t> removed;  // their offsets, ascending
};

std::optional<NulBytes> drop_sparse_nuls(std::string_view bytes) {
  std::size_t first = 0, last = bytes.size();
  while (first < last && bytes[first] == '\0') ++first;
  while (last > first && bytes[last - 1] == '\0') --last;
  if (first == last) throw Error(ErrorKind::input, "binary data, not text: nothing but NUL bytes", 0);
  std::size_t inner = 0, first_inner = std::string_view::npos;
  for (std::size_t i = first; i < last; ++i)
    if (bytes[i] == '\0') {
      if (first_inner == std::string_view::npos) first_inner = i;
      ++inner;
    }
  // Inside the text: one stray NUL, or a few but no more than one in 256 bytes.
  if (inner > 4 || (inner > 1 && inner * 256 > last - first)) {
    throw Error(ErrorKind::input, "binary data, not text: NUL byte at byte offset " + std::to_string(first_inner),
                first_inner);
  }
  // Other control characters beside the NULs: binary, not padded text.
  for (std::size_t i = first; i < last; ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b != 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B && b != 0x0E &&
        b != 0x0F) {
      const std::size_t at = bytes.find('\0');
      throw Error(ErrorKind::input, "binary data, not text: NUL byte at byte offset " + std::to_string(at), at);
    }
  }
  NulBytes out;
  out.cleaned.reserve(last - first);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\0')
      out.removed.push_back(i);
    else
      out.cleaned += bytes[i];
  }
  return out;
}

std::uint64_t original_offset(std::uint64_t offset, const std::vector<std::uint64_t>& removed) {
  for (std::uint64_t r : removed) {
    if (r > offset) break;
    ++offset;
  }
  return offset;
}

// ---------------------------------------------------------------------------
// Detection of legacy encodings

// Every single-byte code page we consider, by family; windows-125x first in
// each, so that on equal evidence the one that gives letters for 0x80-0x9F wins.
constexpr std::array<std::string_view, 34> kSingleByte{
    "windows-1252", "ISO-8859-15", "IBM850", "IBM437", "macintosh", "IBM865",                         // Western
    "windows-1250", "ISO-8859-2", "IBM852", "x-mac-centraleurroman", "ISO-8859-16",                  // Central
    "windows-1251", "KOI8-R", "KOI8-U", "ISO-8859-5", "IBM866", "x-mac-cyrillic",                    // Cyrillic
    "windows-1253", "ISO-8859-7", "IBM737",                                                         // Greek
    "windows-1254",                                                                                  // Turkish
    "windows-1255", "ISO-8859-8", "IBM862",                                                         // Hebrew
    "windows-1256", "ISO-8859-6",                                                                    // Arabic
    "windows-1257", "ISO-8859-13", "ISO-8859-4",                                                     // Baltic
    "windows-1258", "VISCII",                                                                        // Vietnamese
    "windows-874",                                                                                   // Thai
    "GEORGIAN-PS", "GEORGIAN-ACADEMY",                                                               // Georgian
};

constexpr std::array<std::string_view, 10> kMultiByte{
    "GB18030", "Big5-HKSCS", "Shift_JIS", "EUC-JP", "EUC-KR", "windows-949", "JOHAB",
    "Shift_JISX0213", "EUC-JIS-2004", "EUC-TW",
};

struct UchardetDeleter {
  void operator()(uchardet* d) const { uchardet_delete(d); }
};

// uchardet's answer as converter names, narrowest first (usually one).
std::vector<std::string> uchardet_guesses(std::string_view sample) {
  std::unique_ptr<uchardet, UchardetDeleter> ud(uchardet_new());
  if (!ud || uchardet_handle_data(ud.get(), sample.data(), sample.size()) != 0) return {};
  uchardet_data_end(ud.get());
  const std::string name = uchardet_get_charset(ud.get());
  if (name.empty()) return {};
  for (const auto& [from, to] : kUchardetNames) {
    if (name != from) continue;
    std::vector<std::string> out;
    for (std::string_view n : to)
      if (!n.empty()) out.emplace_back(n);
    return out;
  }
  return {name};
}

// ICU's detector: its best guesses, as converter names with confidences.
std::vector<std::pair<std::string, double>> icu_guesses(std::string_view sample) {
  std::vector<std::pair<std::string, double>> out;
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUCharsetDetectorPointer detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return out;
  // EBCDIC does not occur in text feeds, and its recognizers are costly.
  for (const char* ebcdic : {"IBM424_rtl", "IBM424_ltr", "IBM420_rtl", "IBM420_ltr"}) {
    UErrorCode ignored = U_ZERO_ERROR;
    ucsdet_setDetectableCharset(detector.getAlias(), ebcdic, false, &ignored);
  }
  ucsdet_setText(detector.getAlias(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.getAlias(), &count, &status);
  for (int32_t i = 0; U_SUCCESS(status) && i < count && i < 3; ++i) {
    UErrorCode s = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[i], &s);
    const int32_t confidence = ucsdet_getConfidence(matches[i], &s);
    if (U_SUCCESS(s) && name) out.emplace_back(superset_label(name), confidence / 100.0);
  }
  return out;
}

// The words that hold bytes >= 0x80: the only part of a text on which
// single-byte code pages differ, so they are cheap to compare on it.
std::string high_byte_words(std::string_view bytes, std::size_t limit, long& ascii_letters_elsewhere) {
  std::string out;
  long in_words = 0, total = 0;
  for (char b : bytes) total += ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
  const std::size_t n = bytes.size();
  for (std::size_t i = 0; i < n && out.size() < limit;) {
    std::size_t h = i;
    while (h < n && static_cast<unsigned char>(bytes[h]) < 0x80) ++h;
    if (h == n) break;
    std::size_t start = h, end = h;
    while (start > i && h - start < 40 && !is_space_byte(bytes[start - 1])) --start;
    while (end < n && end - h < 80 && !is_space_byte(bytes[end])) ++end;
    out += ' ';
    out.append(bytes.substr(start, end - start));
    for (std::size_t k = start; k < end; ++k) in_words += ((bytes[k] | 0x20) >= 'a' && (bytes[k] | 0x20) <= 'z');
    i = end;
  }
  ascii_letters_elsewhere = total - in_words;
  return out;
}

// Each single-byte code page as a table of 256 UTF-16 units (U+FFFD where
// the page has no character), read once from its converter: detection reads
// the same words in thirty tables, and a lookup costs less than a converter.
struct SingleByteTable {
  std::string_view name;
  std::array<UChar, 256> units{};

  // Strict: false at a byte the page does not define.
  bool read(std::string_view bytes, icu::UnicodeString& out) const {
    const auto n = static_cast<int32_t>(bytes.size());
    UChar* buffer = out.getBuffer(n);
    for (int32_t i = 0; i < n; ++i) {
      const UChar u = units[static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)])];
      if (u == 0xFFFD) {
        out.releaseBuffer(0);
        return false;
      }
      buffer[i] = u;
    }
    out.releaseBuffer(n);
    return true;
  }
};

const std::vector<SingleByteTable>& single_byte_tables() {
  static const std::vector<SingleByteTable> tables = [] {
    std::vector<SingleByteTable> out;
    std::string all(256, '\0');
    for (int b = 0; b < 256; ++b) all[static_cast<std::size_t>(b)] = static_cast<char>(b);
    for (std::string_view name : kSingleByte) {
      std::optional<Conversion> c = convert(all, std::string(name), true);
      if (!c || c->text.length() != 256) continue;  // not one unit per byte: leave it out
      SingleByteTable t{name, {}};
      for (int32_t i = 0; i < 256; ++i) t.units[static_cast<std::size_t>(i)] = c->text.charAt(i);
      out.push_back(t);
    }
    return out;
  }();
  return tables;
}

struct Candidate {
  std::string encoding;
  bool multibyte = false;
  double plausible = 0, score = -1;
  long considered = 0;  // characters beyond ASCII in the scored reading
  icu::UnicodeString text;  // the scored sample, decoded
};

// Bytes of words every single-byte table reads, and how many of the best
// readings then read all of them.
constexpr std::size_t kOpeningWords = 384, kSecondPass = 10;

struct Choice {
  std::string encoding;
  double confidence = 0;
};

// On equal evidence, the more common encoding: windows-1252 first, then
// the other Windows code pages, then ISO-8859 and KOI8, then DOS and Mac.
double prior(const std::string& encoding) {
  if (encoding == "windows-1252") return 0.02;
  if (encoding.rfind("windows-125", 0) == 0 || encoding == "windows-874") return 0.01;
  if (encoding.rfind("ISO-8859-", 0) == 0 || encoding.rfind("KOI8-", 0) == 0) return 0.005;
  if (encoding == "VISCII") return -0.02;  // its table gives letters for nearly every byte
  return 0;
}

// The prior and the detectors only break near-ties: one character that
// reads wrongly in one table outweighs them.
constexpr double kDetectorBonus = 0.015, kTieBreak = 0.2;

struct Ranked {
  const Candidate* best = nullptr;
  double margin = 0;  // over the best reading that differs
};

Ranked rank(const std::vector<Candidate>& candidates) {
  Ranked r;
  for (const Candidate& c : candidates)
    if (!r.best || c.score > r.best->score) r.best = &c;
  double second = 0;
  for (const Candidate& c : candidates) {
    if (&c == r.best || c.score <= second) continue;
    if (c.multibyte == r.best->multibyte && c.text == r.best->text) continue;  // the same reading
    second = c.score;
  }
  r.margin = r.best->score - second;
  return r;
}

// Scores every candidate that decodes the sample strictly by the
// plausibility of its reading; asks the detectors (uchardet, then ICU's) only
// when that leaves a doubt. The confidence grows with the plausibility of the
// best reading and its lead over the best reading that differs.
std::optional<Choice> choose(std::string_view sample, bool sample_is_all) {
  long ascii_elsewhere = 0;
  const std::string words = high_byte_words(sample, 4 * 1024, ascii_elsewhere);
  std::vector<Candidate> candidates;
  // Multi-byte text has bytes >= 0x80 side by side; text whose few such
  // bytes stand alone (accents among ASCII) is not tried as CJK.
  std::size_t pairs = 0;
  for (std::size_t i = 1; i < sample.size() && pairs < 4; ++i)
    pairs += static_cast<unsigned char>(sample[i]) >= 0x80 && static_cast<unsigned char>(sample[i - 1]) >= 0x80;
  for (std::string_view name : pairs >= 4 ? std::span(kMultiByte) : std::span<const std::string_view>()) {
    Candidate c{std::string(name), true, 0, -1, 0, {}};
    std::optional<Conversion> conv = convert(sample, c.encoding, false, sample_is_all);
    if (!conv || conv->failure) continue;
    const Plausible p = plausibility(conv->text);
    c.plausible = p.score, c.considered = p.non_ascii;
    c.text = std::move(conv->text);
    candidates.push_back(std::move(c));
  }
  // A multi-byte reading without a flaw over many characters settles it: a
  // single-byte table cannot read CJK text, nor does text in one read as CJK.
  const bool settled = std::any_of(candidates.begin(), candidates.end(), [](const Candidate& c) {
    return c.plausible >= 0.97 && c.considered >= 50;
  });
  // Vietnamese puts a byte beyond ASCII in nearly every word; VISCII, whose
  // table gives a letter for nearly every byte, is considered only then.
  std::size_t high = 0;
  for (char b : words) high += static_cast<unsigned char>(b) >= 0x80;
  const bool vietnamese_density = high * 8 >= static_cast<std::size_t>(ascii_elsewhere) + words.size();
  // Single-byte tables: first on the opening words, then the few readings
  // that are not already far behind on the whole sample of words.
  const std::string_view opening = std::string_view(words).substr(0, kOpeningWords);
  const bool whole = opening.size() == words.size();
  std::vector<Candidate> first_pass;
  for (const SingleByteTable& table : single_byte_tables()) {
    if (table.name == "VISCII" && !vietnamese_density) continue;
    Candidate c{std::string(table.name), false, 0, -1, 0, {}};
    if (!table.read(opening, c.text)) continue;
    // Code pages of one family often read the opening alike: score it once.
    const auto same = std::find_if(first_pass.begin(), first_pass.end(),
                                   [&](const Candidate& other) { return other.text == c.text; });
    if (same != first_pass.end()) {
      c.plausible = same->plausible, c.considered = same->considered;
    } else {
      const Plausible p = plausibility(c.text, ascii_elsewhere);
      c.plausible = p.score, c.considered = p.non_ascii;
    }
    first_pass.push_back(std::move(c));
    if (settled) break;
  }
  if (settled) first_pass.clear();
  std::stable_sort(first_pass.begin(), first_pass.end(),
                   [](const Candidate& a, const Candidate& b) { return a.plausible > b.plausible; });
  for (std::size_t i = 0; i < first_pass.size(); ++i) {
    Candidate& c = first_pass[i];
    if (!whole) {
      if (i >= kSecondPass || c.plausible < first_pass.front().plausible - 0.2) break;
      const auto table = std::find_if(single_byte_tables().begin(), single_byte_tables().end(),
                                      [&](const SingleByteTable& t) { return t.name == c.encoding; });
      if (!table->read(words, c.text)) continue;
      const Plausible p = plausibility(c.text, ascii_elsewhere);
      c.plausible = p.score, c.considered = p.non_ascii;
    }
    candidates.push_back(std::move(c));
  }
  if (candidates.empty()) return std::nullopt;
  for (Candidate& c : candidates) c.score = c.plausible + kTieBreak * prior(c.encoding);
  Ranked r = rank(candidates);
  double bonus = 0;
  // Detectors only break near-ties: ask them only when one could change the answer.
  if (r.margin <= kTieBreak * kDetectorBonus) {
    // uchardet's statistics break near-ties; ICU's detector only when
    // uchardet has no answer (it costs more and adds nothing measurable).
    std::vector<std::string> guesses = uchardet_guesses(sample);
    if (guesses.empty())
      for (const auto& [name, confidence] : icu_guesses(sample)) guesses.push_back(name);
    auto named = [&](const std::string& enc) {
      for (const std::string& g : guesses)
        if (same_name(g, enc)) return kDetectorBonus;
      return 0.0;
    };
    for (Candidate& c : candidates) c.score = c.plausible + kTieBreak * (prior(c.encoding) + named(c.encoding));
    r = rank(candidates);
    bonus = kTieBreak * named(r.best->encoding);
  }
  // The lead counted in characters: how many more of them read wrongly in
  // the runner-up. One or two are chance; five or more are evidence.
  const double lead = r.margin * static_cast<double>(r.best->considered);
  const double confidence = r.best->plausible * (0.5 + 0.5 * std::min(1.0, lead / 5.0)) + bonus;
  return Choice{r.best->encoding, std::min(1.0, confidence)};
}

// ISO-2022-JP/KR/CN, HZ and UTF-7 are 7-bit: recognised by their escapes.
std::optional<std::string> seven_bit_encoding(std::string_view bytes) {
  auto has = [&](std::string_view s) { return bytes.find(s) != std::string_view::npos; };
  if (has("\x1B$B") || has("\x1B$@") || has("\x1B(J") || has("\x1B$(D") || has("\x1B(I")) return "ISO-2022-JP";
  if (has("\x1B$)C")) return "ISO-2022-KR";
  if (has("\x1B$)A") || has("\x1B$)G") || has("\x1B$*H") || has("\x1B$)E")) return "ISO-2022-CN";
  if (has("~{") && has("~}")) return "HZ-GB-2312";
  // UTF-7: a '+' opening a base64 run long enough for one UTF-16 unit.
  for (std::size_t at = bytes.find('+'); at != std::string_view::npos; at = bytes.find('+', at + 1)) {
    std::size_t k = at + 1;
    while (k < bytes.size() && (std::isalnum(static_cast<unsigned char>(bytes[k])) || bytes[k] == '+' ||
                                bytes[k] == '/'))
      ++k;
    if (k - at - 1 >= 3) return "UTF-7";
  }
  return std::nullopt;
}

// ISO-2022-KR is KS X 1001 shifted into 7 bits: ICU's converter maps a few
// characters (the middle dot) unlike its own EUC-KR, so undo the shift and
// read it as EUC-KR's superset.
std::optional<Conversion> convert_iso2022kr(std::string_view bytes) {
  std::string euc;
  euc.reserve(bytes.size());
  bool shifted = false;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char b = bytes[i];
    if (bytes.compare(i, 4, "\x1B$)C") == 0) {
      i += 3;
    } else if (b == 0x0E) {
      shifted = true;
    } else if (b == 0x0F || b == '\n') {  // shift in; a line break ends the shift too
      shifted = false;
      if (b == '\n') euc += b;
    } else if (shifted && b > 0x20 && b < 0x7F) {
      euc += static_cast<char>(b | 0x80);
    } else {
      euc += b;
    }
  }
  return convert(euc, "windows-949", false);
}

Decoded convert_whole(std::string_view bytes, const std::string& encoding, const DecodeOptions& options,
                      double confidence, std::string method, std::uint64_t skipped = 0) {
  const bool replace = options.on_invalid == OnInvalid::replace;
  std::optional<Conversion> c = convert(bytes, encoding, false);
  if (!c) throw Error(ErrorKind::usage, "unknown encoding '" + encoding + "' (see ICU's converter names)");
  if (c->failure) {
    // A multi-byte label's superset reads what the label's table lacks.
    for (const auto& [label, superset] : kSupersetOnFailure) {
      if (!same_name(label, encoding)) continue;
      std::optional<Conversion> wider = convert(bytes, std::string(superset), false);
      if (wider && !wider->failure) return finish(*wider, std::string(superset), confidence, std::move(method));
    }
    if (!replace) {
      c->failure->offset += skipped;
      throw_undecodable(*c->failure, encoding);
    }
    c = convert(bytes, encoding, true);
  }
  return finish(*c, encoding, confidence, std::move(method));
}

// `owner`, when given, holds exactly `bytes` and may be taken from.
Decoded decode_bytes(std::string_view bytes, const DecodeOptions& options, Diagnostics& diagnostics,
                     std::string* owner = nullptr);

// A few NULs in what is otherwise UTF-8 text without control characters:
// that text with stray NULs, never UTF-16 (English read as UTF-16 is Han).
// Counted first: text without NULs (nearly all) is not copied to find out.
bool is_text_with_stray_nuls(std::string_view bytes) {
  const auto nuls = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\0'));
  if (nuls == 0 || nuls > 4) return false;
  std::string rest;
  rest.reserve(bytes.size() - nuls);
  for (char b : bytes)
    if (b != '\0') rest += b;
  const Utf8Scan scan = scan_utf8(rest);
  return scan.valid && scan.controls == 0;
}

// UTF-16 whose NULs fall on both sides (CJK text indented with U+3000, whose
// low byte is NUL, beside ASCII whose high byte is): both byte orders are
// tried, and taken only as plausible text with line breaks.
std::optional<Decoded> utf16_with_mixed_nuls(std::string_view bytes) {
  if (bytes.size() % 2 != 0 || bytes.size() < 8) return std::nullopt;
  std::optional<Conversion> best;
  std::string best_name;
  double best_score = 0.9;
  for (const char* name : {"UTF-16LE", "UTF-16BE"}) {
    std::optional<Conversion> c = convert(bytes, name, false);
    if (!c || c->failure || c->text.indexOf(u'\n') < 0) continue;
    const double p = plausibility(c->text).score;
    if (p > best_score) best = std::move(c), best_name = name, best_score = p;
  }
  if (!best) return std::nullopt;
  return finish(*best, best_name, 0.9, "detected");
}

}  // namespace

namespace {
Decoded decode(std::string_view bytes, const DecodeOptions& options, Diagnostics& diagnostics, std::string* owner);
}  // namespace

Decoded decode(std::string_view bytes, const DecodeOptions& options, Diagnostics& diagnostics) {
  return decode(bytes, options, diagnostics, nullptr);
}

Decoded decode_in_place(std::string&& bytes, const DecodeOptions& options, Diagnostics& diagnostics) {
  return decode(std::string_view(bytes), options, diagnostics, &bytes);
}

namespace {

Decoded decode(std::string_view bytes, const DecodeOptions& options, Diagnostics& diagnostics, std::string* owner) {
  if (bytes.empty()) throw Error(ErrorKind::input, "empty input: nothing to convert");

  const Bom* bom = nullptr;
  for (const Bom& b : kBoms)
    if (bytes.substr(0, b.signature.size()) == b.signature) {
      bom = &b;
      break;
    }

  if (!options.encoding.empty()) {
    std::string_view body = bytes;
    std::uint64_t skipped = 0;
    if (bom && same_name(bom->encoding, options.encoding)) {
      skipped = bom->signature.size();
      body.remove_prefix(bom->signature.size());
    }
    Decoded d = convert_whole(body, superset_label(options.encoding), options, 1.0, "declared", skipped);
    if (!d.text.empty() && d.text.compare(0, 3, "\xEF\xBB\xBF") == 0) d.text.erase(0, 3);
    warn_replaced(d, diagnostics);
    return d;
  }

  if (bom) {
    Decoded d = convert_whole(bytes.substr(bom->signature.size()), bom->encoding, options, 1.0, "bom",
                              bom->signature.size());
    warn_replaced(d, diagnostics);
    return d;
  }

  const bool stray_nuls = is_text_with_stray_nuls(bytes);
  if (auto wide = stray_nuls ? std::nullopt : sniff_utf16_32(bytes)) {
    std::optional<Conversion> c = convert(bytes, *wide, false);
    if (c && !c->failure && plausibility(c->text).score >= 0.5) return finish(*c, *wide, 0.95, "detected");
  }

  if (std::memchr(bytes.data(), 0, bytes.size()) != nullptr) {
    if (std::optional<Decoded> d = stray_nuls ? std::nullopt : utf16_with_mixed_nuls(bytes)) return *d;
    const std::optional<NulBytes> nuls = drop_sparse_nuls(bytes);
    try {
      Decoded d = decode_bytes(nuls->cleaned, options, diagnostics);
      diagnostics.warn("nul-bytes-dropped", std::to_string(nuls->removed.size()) + " NUL byte" +
                                                (nuls->removed.size() == 1 ? "" : "s") + " dropped (first at byte offset " +
                                                std::to_string(nuls->removed.front()) + ")");
      return d;
    } catch (const Error& e) {
      if (!e.offset()) throw;
      // Point at the byte in the input as given, NULs included.
      std::string message = e.what();
      const std::string at = "byte offset " + std::to_string(*e.offset());
      const std::uint64_t offset = original_offset(*e.offset(), nuls->removed);
      if (const auto pos = message.find(at); pos != std::string::npos)
        message.replace(pos, at.size(), "byte offset " + std::to_string(offset));
      throw Error(e.kind(), message, offset);
    }
  }
  return decode_bytes(bytes, options, diagnostics, owner);
}

// The encoding the text names near its start (a Gutenberg header, an XML
// or HTML charset, a coding cookie), when the whole input reads strictly and
// plausibly in it: statistics confuse sibling code pages on text with few
// accented letters (Dutch in ISO-8859-1 read as ISO-8859-2), a declaration
// does not. A declaration the bytes contradict is ignored.
constexpr double kPlausibleDeclaration = 0.5;

std::optional<Decoded> decode_as_declared_in_text(std::string_view bytes) {
  const std::optional<std::string> name = unicode::declared_encoding(bytes);
  if (!name || !(icu_knows(*name) || iconv_knows(*name))) return std::nullopt;
  for (const char* wide : {"UTF-16", "UTF-32", "UCS"})  // not what ASCII-compatible bytes can be in
    if (same_name(name->substr(0, std::strlen(wide)), wide)) return std::nullopt;
  const std::string encoding = superset_label(*name);
  std::optional<Conversion> c = convert(bytes, encoding, false);
  if (!c || c->failure || plausibility(c->text).score < kPlausibleDeclaration) return std::nullopt;
  return finish(*c, encoding, 0.95, "in-text");
}

Decoded decode_bytes(std::string_view bytes, const DecodeOptions& options, Diagnostics& diagnostics,
                     std::string* owner) {
  const Utf8Scan utf8 = scan_utf8(bytes);
  if (utf8.valid && utf8.ascii && utf8.escapes) {
    if (std::optional<std::string> seven = seven_bit_encoding(bytes)) {
      std::optional<Conversion> c = *seven == "ISO-2022-KR" ? convert_iso2022kr(bytes) : convert(bytes, *seven, false);
      if (c && !c->failure && c->text.length() != static_cast<int32_t>(bytes.size())) {
        const Plausible p = plausibility(c->text);
        if (p.non_ascii > 0 && p.score >= 0.85) return finish(*c, *seven, 0.6 + 0.4 * p.score, "detected");
      }
    }
  }
  if (utf8.valid) {
    reject_controls(utf8.controls, utf8.characters);
    Decoded d;
    if (owner && owner->data() == bytes.data() && owner->size() == bytes.size())
      d.text = std::move(*owner);  // already what the reader wants: no second copy of the input
    else
      d.text.assign(bytes);
    d.encoding = "UTF-8";
    d.confidence = 1.0;
    d.method = "detected";
    return d;
  }

  if (is_utf8_with_errors(utf8)) {
    if (options.on_invalid == OnInvalid::replace) {
      std::optional<Conversion> conv = convert(bytes, "UTF-8", true);
      Decoded d = finish(*conv, "UTF-8", 0.9, "detected");
      warn_replaced(d, diagnostics);
      return d;
    }
    throw_undecodable({utf8.bad_offset, hex_byte(static_cast<unsigned char>(bytes[utf8.bad_offset]))}, "UTF-8");
  }

  if (std::optional<Decoded> d = decode_as_declared_in_text(bytes)) return *d;

  // Detect on a sample cut at a line end, so detection stays cheap on huge files.
  constexpr std::size_t kSampleBytes = 64 * 1024;
  std::string_view sample = bytes;
  if (sample.size() > kSampleBytes) {
    const std::size_t cut = sample.rfind('\n', kSampleBytes);
    sample = sample.substr(0, cut == std::string_view::npos || cut < kSampleBytes / 2 ? kSampleBytes : cut + 1);
  }
  const bool sample_is_all = sample.size() == bytes.size();
  if (std::optional<Choice> choice = choose(sample, sample_is_all)) {
    std::optional<Conversion> conv = convert(bytes, choice->encoding, false);
    if (conv && !conv->failure && choice->encoding == "Big5-HKSCS") {
      // Reported as Big5 when that is all it takes.
      std::optional<Conversion> narrow = convert(bytes, "Big5", false);
      if (narrow && !narrow->failure && narrow->text == conv->text) choice->encoding = "Big5";
    }
    if (conv && !conv->failure) {
      Decoded d = finish(*conv, choice->encoding, choice->confidence, "detected");
      if (d.confidence < kLowConfidence) {
        char buf[200];
        std::snprintf(buf, sizeof buf, "encoding guessed as %s with low confidence %.2f; use --encoding to be sure",
                      d.encoding.c_str(), d.confidence);
        diagnostics.warn("low-confidence-encoding", buf);
      }
      return d;
    }
  }

  // Nothing decodes strictly: replace in UTF-8, the encoding most text
  // claims to be in, or report its first bad byte.
  if (options.on_invalid == OnInvalid::replace) {
    std::optional<Conversion> conv = convert(bytes, "UTF-8", true);
    Decoded d = finish(*conv, "UTF-8", 0.3, "detected");
    warn_replaced(d, diagnostics);
    return d;
  }
  throw_undecodable({utf8.bad_offset, hex_byte(static_cast<unsigned char>(bytes[utf8.bad_offset]))}, "UTF-8");
}

}  // namespace

bool is_known_encoding(const std::string& name) { return icu_knows(name) || iconv_knows(name); }

std::string encode(std::string_view utf8, std::string_view encoding) {
  const std::string name(encoding);
  if (!icu_knows(name)) {
    iconv_t cd = iconv_open(iconv_spelling(name).c_str(), "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1)) throw Error(ErrorKind::usage, "unknown encoding '" + name + "'");
    const IconvCloser closer{cd};
    std::string out(utf8.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size(), out_left = out.size();
    char* target = out.data();
    if (iconv(cd, &in, &in_left, &target, &out_left) == static_cast<std::size_t>(-1) ||
        iconv(cd, nullptr, nullptr, &target, &out_left) == static_cast<std::size_t>(-1))
      throw Error(ErrorKind::input, "text cannot be encoded as " + name);
    out.resize(static_cast<std::size_t>(target - out.data()));
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUConverterPointer cnv(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) throw Error(ErrorKind::usage, "unknown encoding '" + name + "'");
  ucnv_setFromUCallBack(cnv.getAlias(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::string out(static_cast<std::size_t>(text.length()) * 4 + 16, '\0');
  const int32_t n = ucnv_fromUChars(cnv.getAlias(), out.data(), static_cast<int32_t>(out.size()), text.getBuffer(),
                                    text.length(), &status);
  if (U_FAILURE(status))
    throw Error(ErrorKind::input, "text cannot be encoded as " + name + ": " + u_errorName(status));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace artconv
