#include <gtest/gtest.h>

#include <unicode/regex.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "unicode/case_insensitive_regex.hpp"

namespace artconv::unicode {
namespace {

TEST(CaseInsensitiveRegex, FencesOnlyCaselessSetsWithTheirQuantifiers) {
  struct Row {
    const char* pattern;
    const char* fenced;
  };
  const std::vector<Row> rows = {
      {R"([^)）]{1,40}+)", R"((?-i:[^)）]{1,40}+))"},
      {R"(\p{Han}{2,8}?社)", R"((?-i:\p{Han}{2,8}?)社)"},
      {R"([\d一二三]{1,3}+月)", R"((?-i:[\d一二三]{1,3}+)月)"},
      {R"(\s*+[:：]?)", R"(\s*+(?-i:[:：]?))"},
      {R"([a-f][)、．])", R"([a-f](?-i:[)、．]))"},                 // letters have case: left alone
      {R"([^A-Za-z]+)", R"([^A-Za-z]+)"},                             // so does their complement
      {R"(\p{Lu}[\p{L}.]{1,30}?)", R"(\p{Lu}(?-i:[\p{L}.]{1,30}?))"},  // \p{Lu} folds to more; \p{L} to itself
      {R"([\[\]【】])", R"((?-i:[\[\]【】]))"},                       // escaped punctuation
      {R"([^\w])", R"((?-i:[^\w]))"},                                 // \w is closed under case
      {R"([\w.+\-]{1,64}+@)", R"((?-i:[\w.+\-]{1,64}+)@)"},
      {R"(\QA[b]\E[.])", R"(\QA[b]\E(?-i:[.]))"},                     // a quoted literal is not a set
      {R"([一-龥]+)", R"((?-i:[一-龥]+))"},                           // a caseless range
      {R"([À-ÿ])", R"([À-ÿ])"},                                       // a cased range
      {R"(x{2}[.]{2,}y)", R"(x{2}(?-i:[.]{2,})y)"},
  };
  for (const Row& row : rows) EXPECT_EQ(fence_caseless_sets(row.pattern), row.fenced) << row.pattern;
}

// The fenced pattern matches exactly what the plain case-insensitive one does.
TEST(CaseInsensitiveRegex, FencedPatternsMatchTheSameStrings) {
  const std::vector<std::string> patterns = {
      R"(^[(（]\s*+(?:記者|记者)?\s*+(?<name>[^()（）:：]{1,40}+)[)）]$)",
      R"(^(?<source>\p{Han}{2,8}?)(?:記者|记者)\s++(?<name>[^()（）:：，。]{2,30}+)$)",
      R"(^by\s++(?<name>[^\d]{1,100}+)$)",
      R"(^photo[:：/／]\s*+[^,;]{1,40}+$)",
      R"(^[-–—*•]\s*+\S.{0,40}+$)",
      R"(^\p{Lu}[\p{L}.'’\- ]{1,40}+\s*+\(\p{L}{2,9}+\)$)",
      R"(^[\w.+\-]{1,64}+@[\w\-]{1,63}+(?:\.[\w\-]{1,63}+){1,4}+$)",
      R"(^[^\w\s]{1,4}+\s*+\w)",
  };
  const std::vector<std::string> lines = {
      "（记者 王小林）", "(Jane Roe)",       "晨報記者 王小林",     "BY JANE ROE",         "by Kelvin \u212A Ltd",
      "By İlker Şen",    "PHOTO: ΣΊΣΥΦΟΣ",   "photo／Lena Ortiz",    "- item one",          "• ITEM",
      "by 2 people",     "(A:B)",            "（李明",               "Photo: x, y",         "ｂｙ ＦＵＬＬ ＷＩＤＴＨ", "BERGEN (Wirenews)", "Ørsta (ΑΘΗΝΑ)", "bergen (x)",
      "Jane.Roe@Example.COM", "\u212A\u017F@x.io",  "ǅ@ΣΊ.io",            "ß@x.de",              "— x",                 "«Ω",
  };
  for (const std::string& source : patterns) {
    UErrorCode s1 = U_ZERO_ERROR, s2 = U_ZERO_ERROR;
    UParseError pe;
    std::unique_ptr<icu::RegexPattern> plain(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(source), UREGEX_CASE_INSENSITIVE, pe, s1));
    const auto fenced = compile_case_insensitive(source, pe, s2);
    ASSERT_TRUE(U_SUCCESS(s1) && U_SUCCESS(s2)) << source;
    for (const std::string& line : lines) {
      const icu::UnicodeString text = icu::UnicodeString::fromUTF8(line);
      UErrorCode m1 = U_ZERO_ERROR, m2 = U_ZERO_ERROR;
      std::unique_ptr<icu::RegexMatcher> a(plain->matcher(text, m1)), b(fenced->matcher(text, m2));
      EXPECT_EQ(a->find(m1), b->find(m2)) << source << " on " << line;
    }
  }
}

// What the fence relies on: each class it fences is its own case closure, so
// matching it with case folding off accepts the same code points. (\w as ICU's
// regex defines it; \s; \d; the caseless scripts and categories. \p{L} lacks
// only U+0345, see case_insensitive_regex.cpp.)
TEST(CaseInsensitiveRegex, FencedClassesAreTheirOwnCaseClosure) {
  const std::vector<std::string> classes = {
      R"([\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d])",  // \w
      R"([^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d])", // \W
      R"([\t\n\f\r\p{Z}])",                                  // \s
      R"([\p{Nd}])", R"([\p{Han}])", R"([\p{Hiragana}])", R"([\p{Katakana}])", R"([\p{Hangul}])",
      R"([\p{Bopomofo}])", R"([\p{N}])", R"([\p{P}])", R"([\p{Z}])", R"([\p{S}])",
  };
  for (const std::string& source : classes) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeSet set(icu::UnicodeString::fromUTF8(source), status);
    ASSERT_TRUE(U_SUCCESS(status)) << source;
    icu::UnicodeSet closed(set);
    closed.closeOver(USET_CASE_INSENSITIVE);
    closed.removeAllStrings();
    EXPECT_TRUE(closed == set) << source << " gains " << closed.size() - set.size() << " code points";
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeSet letters(u"[\\p{L}]", status);
  icu::UnicodeSet gained(letters);
  gained.closeOver(USET_CASE_INSENSITIVE);
  gained.removeAllStrings();
  gained.removeAll(letters);
  EXPECT_TRUE(gained == icu::UnicodeSet(0x345, 0x345));
}

}  // namespace
}  // namespace artconv::unicode
