#include "unicode/cjk_punctuation.hpp"

#include <optional>
#include <vector>

#include "unicode/text.hpp"

namespace artconv::unicode {
namespace {

std::optional<char32_t> fullwidth(char32_t c) {
  switch (c) {
    case U',': return U'，';
    case U';': return U'；';
    case U':': return U'：';
    case U'!': return U'！';
    case U'?': return U'？';
    case U'(': return U'（';
    case U')': return U'）';
    default: return std::nullopt;
  }
}

bool is_url_char(char32_t c) { return c > U' ' && c < 0x7F; }
bool is_scheme_char(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || c == U'+' ||
         c == U'-' || c == U'.';
}

// Marks the code points of URLs: `scheme://` or `www.` up to the first space
// or non-ASCII character.
std::vector<bool> url_mask(const std::u32string& s) {
  std::vector<bool> in_url(s.size(), false);
  auto mark_from = [&](std::size_t start) {
    std::size_t end = start;
    while (end < s.size() && is_url_char(s[end])) in_url[end++] = true;
    return end;
  };
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] != U':' && s[i] != U'w') {
      ++i;
    } else if (s.compare(i, 3, U"://") == 0 && i > 0 && is_scheme_char(s[i - 1])) {
      std::size_t start = i;
      while (start > 0 && is_scheme_char(s[start - 1])) --start;
      i = mark_from(start);
    } else if (s.compare(i, 4, U"www.") == 0 && (i == 0 || !is_scheme_char(s[i - 1]))) {
      i = mark_from(i);
    } else {
      ++i;
    }
  }
  return in_url;
}

// The nearest character before `i` (after `i`) that is not an ASCII space, or 0.
char32_t before(const std::u32string& s, std::size_t i) {
  while (i > 0 && s[i - 1] == U' ') --i;
  return i > 0 ? s[i - 1] : 0;
}
char32_t after(const std::u32string& s, std::size_t i) {
  ++i;
  while (i < s.size() && s[i] == U' ') ++i;
  return i < s.size() ? s[i] : 0;
}

// Whether the rule may restore a mark of `text`: one pass over the UTF-8,
// looking at the neighbours of each mark, that answers yes whenever a mark is
// restored (and for a parenthesis in a text with any CJK-range character at
// all, or for bytes that are not UTF-8, which the full rule re-encodes). Most
// texts of a Chinese document hold no ASCII mark next to CJK: they are left
// as they are without building the rule's code-point tables.
bool may_restore(std::string_view text) {
  char32_t before = 0;              // the last character that is not an ASCII space
  bool after_pending = false;       // a , ; or : waits for the character after it
  bool paren = false, wide = false;  // a parenthesis; a character where CJK begins (U+2E80)
  for (std::size_t pos = 0; pos < text.size();) {
    const auto b = static_cast<unsigned char>(text[pos]);
    char32_t c = b;
    if (b < 0x80) {
      ++pos;
    } else {
      const std::size_t start = pos;
      c = next_code_point(text, pos);
      if (c == U'\uFFFD' && text.substr(start, pos - start) != "\uFFFD") return true;  // not UTF-8
      wide = wide || c >= 0x2E80;
    }
    if (c == U' ') continue;
    if (after_pending && is_cjk(c)) return true;
    after_pending = false;
    switch (c) {
      case U',':
      case U';':
      case U':':
        if (is_cjk(before)) return true;
        after_pending = true;
        break;
      case U'!':
      case U'?':
        if (is_cjk(before)) return true;
        break;
      case U'(':
      case U')': paren = true; break;
      default: break;
    }
    before = c;
  }
  return paren && wide;
}

}  // namespace

std::string restore_cjk_punctuation(std::string_view text) {
  if (!may_restore(text)) return std::string(text);

  std::u32string s;
  s.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) s.push_back(next_code_point(text, pos));
  const std::vector<bool> in_url = url_mask(s);
  std::vector<bool> restored(s.size(), false);
  // CJK characters before each position, so that a pair's content is judged
  // in constant time (nested pairs would otherwise make this quadratic). A
  // pair restored inside another only ever holds or follows CJK that lies
  // inside the outer pair too, so counting the text as it came is enough.
  // (Only a text with a pair needs them.)
  std::vector<std::size_t> cjk_before;
  if (s.find(U'(') != std::u32string::npos) {
    cjk_before.assign(s.size() + 1, 0);
    for (std::size_t k = 0; k < s.size(); ++k) cjk_before[k + 1] = cjk_before[k] + (is_cjk(s[k]) ? 1 : 0);
  }

  // Left to right, so that `好?!` sees the `？` it has just restored.
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (in_url[i]) continue;
    switch (s[i]) {
      case U',':
      case U';':
      case U':':
        restored[i] = is_cjk(before(s, i)) || is_cjk(after(s, i));
        break;
      case U'!':
      case U'?':
        restored[i] = is_cjk(before(s, i));
        break;
      case U'(':
        open.push_back(i);
        break;
      case U')': {
        if (open.empty()) break;
        const std::size_t o = open.back();
        open.pop_back();
        const bool holds_cjk = cjk_before[i] > cjk_before[o + 1];
        restored[o] = restored[i] = holds_cjk || is_cjk(before(s, o));
        break;
      }
      default: break;
    }
    if (restored[i]) s[i] = *fullwidth(s[i]);
  }

  // Parentheses restored at `)` changed `(` after the loop had passed it.
  for (std::size_t i = 0; i < s.size(); ++i)
    if (restored[i] && s[i] < 0x80) s[i] = *fullwidth(s[i]);

  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == U' ') {
      // The full-width form carries its own space.
      std::size_t end = i;
      while (end < s.size() && s[end] == U' ') ++end;
      if ((end < s.size() && restored[end]) || (i > 0 && restored[i - 1])) {
        i = end - 1;
        continue;
      }
    }
    append_utf8(out, s[i]);
  }
  return out;
}

bool restore_cjk_punctuation(Document& document) {
  const std::string_view language = document.meta.language;
  auto is = [&](std::string_view primary) {
    return language.substr(0, primary.size()) == primary &&
           (language.size() == primary.size() || language[primary.size()] == '-');
  };
  if (!is("zh") && !is("ja")) return false;
  bool changed = false;
  auto restore = [&changed](std::string& s) {
    if (!may_restore(s)) return;
    std::string restored = restore_cjk_punctuation(s);
    if (restored == s) return;
    s = std::move(restored);
    changed = true;
  };
  Metadata& m = document.meta;
  for (std::string* s : {&m.title, &m.original_title, &m.source, &m.dateline}) restore(*s);
  for_each_block_text(document, restore);
  return changed;
}

}  // namespace artconv::unicode
