#include "unicode/text.hpp"

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
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
  // ASCII text is NFC. Each ASCII character is a starter that nothing before it
  // combines with, so ICU need only check from the last one before the first
  // other byte (a mark after it may still compose with it: "e\u0301").
  std::size_t ascii = 0;
  for (std::uint64_t word = 0; ascii + sizeof word <= utf8.size(); ascii += sizeof word) {
    std::memcpy(&word, utf8.data() + ascii, sizeof word);
    if ((word & 0x8080808080808080ULL) != 0) break;
  }
  while (ascii < utf8.size() && static_cast<unsigned char>(utf8[ascii]) < 0x80) ++ascii;
  if (ascii == utf8.size()) return true;
  if (ascii > 0) utf8.remove_prefix(ascii - 1);
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
  // One, two and three bytes (all of the BMP but surrogates) without ICU's checks.
  if (c < 0x80) {
    out += static_cast<char>(c);
    return;
  }
  if (c < 0x800) {
    const char two[] = {static_cast<char>(0xC0 | c >> 6), static_cast<char>(0x80 | (c & 0x3F))};
    out.append(two, 2);
    return;
  }
  if (c < 0x10000 && (c < 0xD800 || c > 0xDFFF)) {
    const char three[] = {static_cast<char>(0xE0 | c >> 12), static_cast<char>(0x80 | (c >> 6 & 0x3F)),
                          static_cast<char>(0x80 | (c & 0x3F))};
    out.append(three, 3);
    return;
  }
  uint8_t buf[4];
  int32_t len = 0;
  UBool error = false;
  // ICU's macro compares the code point as unsigned: a sign conversion inside it, not ours.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wsign-conversion"
  U8_APPEND(buf, len, 4, static_cast<UChar32>(c), error);
#pragma GCC diagnostic pop
  if (error) {
    out += "\xEF\xBF\xBD";
    return;
  }
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(len));
}

void normalize_line_endings(std::string& s) {
  // Every ending becomes one LF, never longer than what it replaces: in place,
  // moving the text between two endings at once. Most texts hold none but LF,
  // and nothing moves.
  static constexpr std::array<bool, 256> kMayStartEnding = [] {
    std::array<bool, 256> t{};
    t['\r'] = t[0xC2] = t[0xE2] = true;  // CR; the lead bytes of NEL, U+2028 and U+2029
    return t;
  }();
  const std::size_t size = s.size();
  std::size_t out = 0, kept_from = 0;  // s[kept_from, i) is text still to move to s[out]
  for (std::size_t i = 0; i < size;) {
    if (!kMayStartEnding[static_cast<unsigned char>(s[i])]) {
      ++i;
      continue;
    }
    std::size_t ending = 0;  // bytes of the ending at i
    if (s[i] == '\r') {
      ending = i + 1 < size && s[i + 1] == '\n' ? 2 : 1;
    } else if (s[i] == '\xC2') {
      ending = i + 1 < size && s[i + 1] == '\x85' ? 2 : 0;  // NEL
    } else if (i + 2 < size && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
      ending = 3;  // LINE and PARAGRAPH SEPARATOR
    }
    if (ending == 0) {
      ++i;
      continue;
    }
    if (out != kept_from) std::memmove(s.data() + out, s.data() + kept_from, i - kept_from);
    out += i - kept_from;
    s[out++] = '\n';
    i += ending;
    kept_from = i;
  }
  if (out != kept_from) std::memmove(s.data() + out, s.data() + kept_from, size - kept_from);
  s.resize(out + (size - kept_from));
}

std::string normalize_line_endings(std::string_view s) {
  std::string out(s);
  normalize_line_endings(out);
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

// code_point_width over the BMP, asked of ICU 256 code points at a time, when
// a text first needs one of them: every line is measured, and ICU's property
// lookups cost more than the rest of the measuring.
class BmpWidths {
 public:
  int operator()(char32_t c) {
    const std::size_t block = c >> 8;
    if (!ready_[block].load(std::memory_order_acquire)) fill(block);
    return widths_[block][c & 0xFF];
  }

 private:
  void fill(std::size_t block) {
    const std::lock_guard<std::mutex> lock(filling_);
    if (ready_[block].load(std::memory_order_relaxed)) return;
    for (char32_t low = 0; low < 256; ++low)
      widths_[block][low] = static_cast<std::int8_t>(code_point_width(static_cast<char32_t>(block << 8) | low));
    ready_[block].store(true, std::memory_order_release);
  }
  std::array<std::array<std::int8_t, 256>, 256> widths_{};
  std::array<std::atomic<bool>, 256> ready_{};
  std::mutex filling_;
};

BmpWidths& bmp_widths() {
  static BmpWidths widths;
  return widths;
}

bool continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Display width of `s`, or the first sum above `limit` when it gets there.
int width_up_to(std::string_view s, int limit) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  BmpWidths& widths = bmp_widths();
  int width = 0;
  for (std::size_t pos = 0; pos < s.size() && width <= limit;) {
    const unsigned char b = p[pos];
    if (b < 0x80) {
      // Eight printable ASCII bytes at a time, eight columns (a sum may then
      // pass the limit by up to seven: still above it).
      constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
      if (std::uint64_t word = 0; pos + sizeof word <= s.size()) {
        std::memcpy(&word, p + pos, sizeof word);
        if ((word & kHigh) == 0 && ((word - kOnes * 0x20) & kHigh) == 0) {  // no byte >= 0x80, none < 0x20
          width += 8;
          pos += 8;
          continue;
        }
      }
      width += b >= 0x20 ? 1 : 0;
      ++pos;
      continue;
    }
    if (b >= 0xE4 && b <= 0xE9 && pos + 2 < s.size() && continuation(p[pos + 1]) && continuation(p[pos + 2])) {
      width += 2;  // U+4000..U+9FFF: CJK ideographs, all wide
      pos += 3;
      continue;
    }
    // Well-formed two- and three-byte sequences from the table; anything else
    // (four bytes, invalid bytes: U+FFFD) as next_code_point decodes it.
    if (b >= 0xC2 && b <= 0xDF && pos + 1 < s.size() && continuation(p[pos + 1])) {
      width += widths(static_cast<char32_t>((b & 0x1F) << 6 | (p[pos + 1] & 0x3F)));
      pos += 2;
      continue;
    }
    if (b >= 0xE0 && b <= 0xEF && pos + 2 < s.size() && continuation(p[pos + 1]) && continuation(p[pos + 2]) &&
        (b != 0xE0 || p[pos + 1] >= 0xA0) && (b != 0xED || p[pos + 1] < 0xA0)) {
      width += widths(static_cast<char32_t>((b & 0x0F) << 12 | (p[pos + 1] & 0x3F) << 6 | (p[pos + 2] & 0x3F)));
      pos += 3;
      continue;
    }
    width += code_point_width(next_code_point(s, pos));
  }
  return width;
}

}  // namespace

int display_width(std::string_view s) { return width_up_to(s, std::numeric_limits<int>::max() - 2); }

bool fits_width(std::string_view s, int limit) {
  // No code point is wider than its UTF-8 bytes (wide ones take three or four;
  // an invalid byte counts as U+FFFD, one column): a short line fits unmeasured.
  if (limit >= 0 && s.size() <= static_cast<std::size_t>(limit)) return true;
  return width_up_to(s, limit) <= limit;
}

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

bool is_cjk(char32_t c) { return c >= 0x2E80 && is_unspaced_script(c); }

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

namespace {

// The length of the escape sequence at s[pos] (an ESC), or 0 when none is
// there. Bounded: a sequence that does not end within kLongest bytes is no
// sequence (then text would be eaten up to a far final byte).
std::size_t escape_sequence_length(std::string_view s, std::size_t pos) {
  constexpr std::size_t kLongest = 64;
  const auto byte = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
  std::size_t i = pos + 1;
  const unsigned introducer = byte(i);
  if (introducer == '[') {  // CSI: parameters 0x30-0x3F, intermediates 0x20-0x2F, final 0x40-0x7E
    ++i;
    while (byte(i) >= 0x30 && byte(i) <= 0x3F && i - pos < kLongest) ++i;
    while (byte(i) >= 0x20 && byte(i) <= 0x2F && i - pos < kLongest) ++i;
    return byte(i) >= 0x40 && byte(i) <= 0x7E ? i + 1 - pos : 0;
  }
  if (introducer == ']') {  // OSC: up to BEL or ST (ESC \)
    for (++i; i < s.size() && i - pos < 4 * kLongest; ++i) {
      if (byte(i) == 0x07) return i + 1 - pos;
      if (byte(i) == 0x1B && byte(i + 1) == '\\') return i + 2 - pos;
      if (byte(i) == '\n') return 0;
    }
    return 0;
  }
  // ESC, intermediates 0x20-0x2F, a final 0x30-0x7E: a character set chosen ("ESC ( B"). An ESC
  // right before a letter is left alone: it may be a stray control before a word.
  if (!(introducer > 0x20 && introducer <= 0x2F)) return 0;  // (not a space: "ESC at")
  while (byte(i) >= 0x20 && byte(i) <= 0x2F && i - pos < 4) ++i;
  return byte(i) >= 0x30 && byte(i) <= 0x7E ? i + 1 - pos : 0;
}

}  // namespace

std::size_t strip_terminal_escapes(std::string& s) {
  std::size_t pos = s.find('\x1B');
  if (pos == std::string::npos) return 0;
  std::size_t removed = 0, out = pos;
  while (pos < s.size()) {
    if (s[pos] == '\x1B') {
      if (const std::size_t n = escape_sequence_length(s, pos)) {
        pos += n;
        ++removed;
        continue;
      }
    }
    s[out++] = s[pos++];
  }
  s.resize(out);
  return removed;
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

}  // namespace artconv::unicode
