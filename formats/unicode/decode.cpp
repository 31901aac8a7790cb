#include "unicode/decode.hpp"

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
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

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

// uchardet names ICU does not know under that spelling.
// uchardet names ICU does not know under that spelling, as the ICU names to
// try, narrowest first ("UHC" is what uchardet calls EUC-KR text too).
constexpr std::array<std::pair<std::string_view, std::array<std::string_view, 2>>, 7> kUchardetToIcu{{
    {"UHC", {"EUC-KR", "windows-949"}},
    {"MAC-CYRILLIC", {"x-mac-cyrillic", ""}},
    {"MAC-CENTRALEUROPE", {"x-mac-centraleurroman", ""}},
    {"ASCII", {"US-ASCII", ""}},
    {"ISO-8859-8-I", {"ISO-8859-8", ""}},
    {"ISO-8859-1", {"windows-1252", "ISO-8859-1"}},  // Latin-1 labels mean windows-1252 (WHATWG)
    {"X-ISO-10646-UCS-4-3412", {"", ""}},
}};

std::string hex_byte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}

// How to report an encoding: the MIME or IANA spelling of the name itself
// ("BIG5" -> "Big5", "windows-949"), else its preferred MIME name ("EUC-JP",
// not IANA's "Extended_UNIX_Code_Packed_Format_for_Japanese").
std::string standard_name(const std::string& alias) {
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

// Converts with ICU; strict unless `replace`. With `complete == false` a
// sequence cut off at the end of `bytes` (a sample) is not an error.
std::optional<Conversion> convert(std::string_view bytes, const std::string& encoding, bool replace,
                                  bool complete = true) {
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

// How much the decoded text looks like writing rather than mojibake: share of
// characters that decoding garbage tends to produce, and how mixed the scripts are.
double plausibility(const icu::UnicodeString& text) {
  long considered = 0;
  double suspicious = 0;
  std::vector<long> scripts(USCRIPT_CODE_LIMIT, 0);
  long letters = 0, latin_letters = 0, accented_latin = 0;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (c < 0x80) {
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') suspicious += 1, ++considered;
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++latin_letters;
      continue;
    }
    ++considered;
    // The common blocks of CJK text, without property lookups.
    if (c >= 0x4E00 && c <= 0x9FFF) {
      ++scripts[USCRIPT_HAN], ++letters;
      continue;
    }
    if ((c >= 0x3041 && c <= 0x30FA) || (c >= 0xAC00 && c <= 0xD7A3)) {
      ++scripts[c >= 0xAC00 ? USCRIPT_HANGUL : USCRIPT_HAN], ++letters;  // kana and Han: one writing system
      continue;
    }
    if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0x2010 && c <= 0x2027)) continue;
    if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ++accented_latin, ++latin_letters;
    const int8_t type = u_charType(c);
    if (c == 0xFFFD || type == U_UNASSIGNED || type == U_PRIVATE_USE_CHAR || type == U_CONTROL_CHAR ||
        type == U_SURROGATE) {
      suspicious += 1;
    } else if (c >= 0xFF61 && c <= 0xFF9F) {  // half-width katakana: Shift_JIS read wrongly
      suspicious += 0.7;
    } else if ((c >= 0x3400 && c <= 0x4DBF) || c >= 0x20000 || (c >= 0xF900 && c <= 0xFAFF)) {
      suspicious += 0.6;  // rare ideographs
    } else if ((c >= 0x2500 && c <= 0x25FF) || (c >= 0xA1 && c <= 0xBF && c != 0xAB && c != 0xBB &&
                                                 c != 0xB0 && c != 0xB7 && c != 0xA9)) {
      suspicious += 0.4;  // box drawing, Latin-1 symbols
    }
    if (u_isalpha(c)) {
      UErrorCode status = U_ZERO_ERROR;
      int sc = uscript_getScript(c, &status);
      if (sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA) sc = USCRIPT_HAN;
      if (sc >= 0 && sc < USCRIPT_CODE_LIMIT) ++scripts[static_cast<std::size_t>(sc)];
      ++letters;
    }
  }
  if (considered == 0) return 1.0;
  const long dominant = *std::max_element(scripts.begin(), scripts.end());
  const double coherence = letters ? static_cast<double>(dominant) / static_cast<double>(letters) : 1.0;
  const double clean = 1.0 - std::min(1.0, suspicious / static_cast<double>(considered));
  // Western European text has a few accented letters among many plain ones;
  // Cyrillic, Greek or Arabic read as a Latin code page is nearly all accents.
  const double accented = latin_letters ? static_cast<double>(accented_latin) / static_cast<double>(latin_letters) : 0;
  const double latin_shape = accented > 0.35 ? 1.0 - std::min(0.6, accented - 0.35) : 1.0;
  return clean * (0.5 + 0.5 * coherence) * latin_shape;
}

struct Candidate {
  std::string encoding;  // as ICU opens it
  double detector_confidence = 0;
  bool icu = false, uchardet = false;
  double score = 0;
};

struct UchardetDeleter {
  void operator()(uchardet* d) const { uchardet_delete(d); }
};

// uchardet's answer as ICU converter names, narrowest first (usually one).
std::vector<std::string> uchardet_guesses(std::string_view sample) {
  std::unique_ptr<uchardet, UchardetDeleter> ud(uchardet_new());
  if (!ud || uchardet_handle_data(ud.get(), sample.data(), sample.size()) != 0) return {};
  uchardet_data_end(ud.get());
  const std::string name = uchardet_get_charset(ud.get());
  if (name.empty()) return {};
  for (const auto& [from, to] : kUchardetToIcu) {
    if (name != from) continue;
    std::vector<std::string> out;
    for (std::string_view n : to)
      if (!n.empty()) out.emplace_back(n);
    return out;
  }
  return {name};
}

// Multi-byte encodings have byte grammars that random text violates, so a
// strict decode that also reads as plausible text confirms uchardet's guess.
bool is_multibyte(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUConverterPointer cnv(ucnv_open(name.c_str(), &status));
  return U_SUCCESS(status) && ucnv_getMaxCharSize(cnv.getAlias()) > 1;
}

std::vector<Candidate> detector_candidates(std::string_view sample, const std::vector<std::string>& uchardet_names) {
  std::vector<Candidate> out;
  auto add = [&](std::string name, double confidence, bool from_icu) {
    if (name.empty()) return;
    // As browsers do (WHATWG): text labelled Latin-1 is windows-1252, whose
    // printable 0x80-0x9F range Latin-1 lacks. Plain ISO-8859-1 stays the fallback.
    if (ucnv_compareNames(name.c_str(), "ISO-8859-1") == 0 && confidence > 0.02) name = "windows-1252";
    for (Candidate& c : out) {
      if (ucnv_compareNames(c.encoding.c_str(), name.c_str()) == 0) {
        c.detector_confidence = std::max(c.detector_confidence, confidence);
        (from_icu ? c.icu : c.uchardet) = true;
        return;
      }
    }
    Candidate c{std::move(name), confidence, from_icu, !from_icu, 0};
    out.push_back(std::move(c));
  };

  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUCharsetDetectorPointer detector(ucsdet_open(&status));
  // EBCDIC does not occur in text feeds, and its recognizers are costly.
  for (const char* ebcdic : {"IBM424_rtl", "IBM424_ltr", "IBM420_rtl", "IBM420_ltr"}) {
    UErrorCode ignored = U_ZERO_ERROR;
    ucsdet_setDetectableCharset(detector.getAlias(), ebcdic, false, &ignored);
  }
  if (U_SUCCESS(status)) {
    ucsdet_setText(detector.getAlias(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.getAlias(), &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count && i < 8; ++i) {
      UErrorCode s = U_ZERO_ERROR;
      const char* name = ucsdet_getName(matches[i], &s);
      const int32_t confidence = ucsdet_getConfidence(matches[i], &s);
      if (U_SUCCESS(s) && name) add(name, confidence / 100.0, true);
    }
  }
  for (const std::string& name : uchardet_names) add(name, 0.8, false);
  // Decodes anything: the last resort that plausibility has to beat.
  add("windows-1252", 0.05, true);
  add("ISO-8859-1", 0.02, true);
  return out;
}

// UTF-16/32 without a BOM show as NUL bytes in fixed positions: the high
// bytes of ASCII characters (UTF-32 nearly always, UTF-16 for Latin text, and
// for the digits and punctuation of CJK text).
std::optional<std::string> sniff_utf16_32(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 64 * 1024) & ~std::size_t{3};
  if (n < 8) return std::nullopt;
  std::array<std::size_t, 4> nul_at{};
  for (std::size_t i = 0; i < n; ++i)
    if (bytes[i] == '\0') ++nul_at[i % 4];
  const std::size_t quarter = n / 4;
  auto mostly = [&](std::size_t k) { return nul_at[k] * 10 >= quarter * 9; };
  auto rarely = [&](std::size_t k) { return nul_at[k] * 10 <= quarter; };
  if (mostly(1) && mostly(2) && mostly(3) && rarely(0)) return "UTF-32LE";
  if (mostly(0) && mostly(1) && mostly(2) && rarely(3)) return "UTF-32BE";
  const std::size_t even = nul_at[0] + nul_at[2], odd = nul_at[1] + nul_at[3];
  if (bytes.size() % 2 != 0 || even + odd < 4) return std::nullopt;
  // CJK characters such as U+6700 put a NUL in the other position too.
  if (odd * 5 >= (even + odd) * 4) return "UTF-16LE";
  if (even * 5 >= (even + odd) * 4) return "UTF-16BE";
  return std::nullopt;
}

// One pass over bytes that may be UTF-8: whether they are (strictly), where
// they are not, and how many control characters a text check needs to know of.
struct Utf8Scan {
  bool valid = true;
  std::size_t bad_offset = 0;
  std::size_t characters = 0, controls = 0;
};

Utf8Scan scan_utf8(std::string_view bytes) {
  Utf8Scan scan;
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto n = static_cast<int64_t>(bytes.size());
  for (int64_t i = 0; i < n;) {
    const uint8_t b = p[i];
    ++scan.characters;
    if (b < 0x80) {
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) ++scan.controls;
      ++i;
      continue;
    }
    UChar32 c;
    int32_t j = 0;
    const auto chunk = static_cast<int32_t>(std::min<int64_t>(4, n - i));
    U8_NEXT(p + i, j, chunk, c);
    if (c < 0) {
      scan.valid = false;
      scan.bad_offset = static_cast<std::size_t>(i);
      return scan;
    }
    i += j;
  }
  return scan;
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

Decoded finish(const Conversion& conversion, std::string encoding, double confidence, std::string method) {
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

Decoded convert_whole(std::string_view bytes, const std::string& encoding, const DecodeOptions& options,
                      double confidence, std::string method, std::uint64_t skipped = 0) {
  const bool replace = options.on_invalid == OnInvalid::replace;
  std::optional<Conversion> c = convert(bytes, encoding, replace);
  if (!c) throw Error(ErrorKind::usage, "unknown encoding '" + encoding + "' (see ICU's converter names)");
  if (c->failure) {
    c->failure->offset += skipped;
    throw_undecodable(*c->failure, encoding);
  }
  return finish(*c, encoding, confidence, std::move(method));
}

}  // namespace

Decoded decode(std::string_view bytes, const DecodeOptions& options, Diagnostics& diagnostics) {
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
    if (bom && ucnv_compareNames(bom->encoding, options.encoding.c_str()) == 0) {
      skipped = bom->signature.size();
      body.remove_prefix(bom->signature.size());
    }
    Decoded d = convert_whole(body, options.encoding, options, 1.0, "declared", skipped);
    if (!d.text.empty() && d.text.compare(0, 3, "\xEF\xBB\xBF") == 0) d.text.erase(0, 3);
    return d;
  }

  if (bom) {
    return convert_whole(bytes.substr(bom->signature.size()), bom->encoding, options, 1.0, "bom",
                         bom->signature.size());
  }

  if (auto wide = sniff_utf16_32(bytes)) {
    std::optional<Conversion> c = convert(bytes, *wide, false);
    if (c && !c->failure && plausibility(c->text) >= 0.5) return finish(*c, *wide, 0.9, "detected");
  }

  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
    const auto offset = static_cast<std::uint64_t>(static_cast<const char*>(nul) - bytes.data());
    throw Error(ErrorKind::input, "binary data, not text: NUL byte at byte offset " + std::to_string(offset),
                offset);
  }

  const Utf8Scan utf8 = scan_utf8(bytes);
  if (utf8.valid) {
    reject_controls(utf8.controls, utf8.characters);  // NULs were ruled out above
    Decoded d;
    d.text.assign(bytes);
    d.encoding = "UTF-8";
    d.confidence = 1.0;
    d.method = "detected";
    return d;
  }
  const std::size_t bad_utf8 = utf8.bad_offset;

  // Score on a sample cut at a line end, so detection stays cheap on huge files.
  constexpr std::size_t kSampleBytes = 64 * 1024;
  std::string_view sample = bytes;
  if (sample.size() > kSampleBytes) {
    const std::size_t cut = sample.rfind('\n', kSampleBytes);
    sample = sample.substr(0, cut == std::string_view::npos || cut < kSampleBytes / 2 ? kSampleBytes : cut + 1);
  }
  const bool sample_is_all = sample.size() == bytes.size();
  const std::vector<std::string> guesses = uchardet_guesses(sample);
  // A single-byte code page decodes anything, so its guess must read as
  // nearly flawless text to stand without ICU's detector.
  constexpr double kConfirmingMultibyte = 0.9, kConfirmingSingleByte = 0.97, kUchardetConfidence = 0.8;
  for (const std::string& guess : guesses) {
    const double needed = is_multibyte(guess) ? kConfirmingMultibyte : kConfirmingSingleByte;
    std::optional<Conversion> conv = convert(bytes, guess, false);
    if (conv && !conv->failure) {
      const double plausible = plausibility(conv->text);
      if (plausible >= needed) return finish(*conv, guess, 0.55 * kUchardetConfidence + 0.45 * plausible, "detected");
    }
  }
  std::vector<Candidate> candidates = detector_candidates(sample, guesses);
  for (Candidate& c : candidates) {
    std::optional<Conversion> conv = convert(sample, c.encoding, false, sample_is_all);
    if (!conv || conv->failure) {
      c.score = -1;
      continue;
    }
    double confidence = c.detector_confidence;
    if (c.icu && c.uchardet) confidence = std::min(1.0, confidence + 0.15);
    c.score = 0.55 * confidence + 0.45 * plausibility(conv->text);
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });

  for (const Candidate& c : candidates) {
    if (c.score < 0) break;
    std::optional<Conversion> conv = convert(bytes, c.encoding, false);
    if (!conv || conv->failure) continue;
    Decoded d = finish(*conv, c.encoding, c.score, "detected");
    if (c.score < 0.5) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "encoding guessed as %s with low confidence %.2f; use --encoding to be sure",
                    d.encoding.c_str(), c.score);
      diagnostics.warn("low-confidence-encoding", buf);
    }
    return d;
  }

  // Nothing decodes strictly: replace in the likeliest reading, or report the
  // first bad byte as UTF-8, the encoding most text claims to be in.
  if (options.on_invalid == OnInvalid::replace) {
    std::optional<Conversion> conv = convert(bytes, "UTF-8", true);
    Decoded d = finish(*conv, "UTF-8", 0.3, "detected");
    diagnostics.warn("replaced-invalid-bytes",
                     std::to_string(d.replaced) + " invalid byte sequences replaced by U+FFFD");
    return d;
  }
  throw_undecodable({bad_utf8, hex_byte(static_cast<unsigned char>(bytes[bad_utf8]))}, "UTF-8");
}

bool is_known_encoding(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUConverterPointer cnv(ucnv_open(name.c_str(), &status));
  return U_SUCCESS(status);
}

std::string encode(std::string_view utf8, std::string_view encoding) {
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUConverterPointer cnv(ucnv_open(std::string(encoding).c_str(), &status));
  if (U_FAILURE(status)) throw Error(ErrorKind::usage, "unknown encoding '" + std::string(encoding) + "'");
  ucnv_setFromUCallBack(cnv.getAlias(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::string out(static_cast<std::size_t>(text.length()) * 4 + 16, '\0');
  const int32_t n = ucnv_fromUChars(cnv.getAlias(), out.data(), static_cast<int32_t>(out.size()), text.getBuffer(),
                                    text.length(), &status);
  if (U_FAILURE(status))
    throw Error(ErrorKind::input, "text cannot be encoded as " + std::string(encoding) + ": " + u_errorName(status));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace artconv
