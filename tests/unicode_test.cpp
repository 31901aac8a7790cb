#include <gtest/gtest.h>

#include "support.hpp"
#include "unicode/decode.hpp"
#include "unicode/text.hpp"

namespace artconv {
namespace {

using testing::fixture;
using testing::read_file;

const std::string kShanghai = read_file(fixture("articles/zh-hant-news-shanghai.txt"));

Decoded detect(const std::string& bytes) {
  Diagnostics d;
  return decode(bytes, {}, d);
}

TEST(Decode, ByteOrderMarksWin) {
  EXPECT_EQ(detect("\xEF\xBB\xBFhello").encoding, "UTF-8");
  EXPECT_EQ(detect("\xEF\xBB\xBFhello").text, "hello");
  const Decoded le = detect(std::string("\xFF\xFEh\0i\0", 6));
  EXPECT_EQ(le.encoding, "UTF-16LE");
  EXPECT_EQ(le.text, "hi");
  EXPECT_EQ(le.method, "bom");
  EXPECT_EQ(detect(std::string("\xFE\xFF\0h\0i", 6)).text, "hi");
  EXPECT_EQ(detect(std::string("\xFF\xFE\0\0h\0\0\0", 8)).encoding, "UTF-32LE");
}

// Each encoding must be found without a hint, in a real article.
class Detection : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(Detection, FindsTheEncodingOfARealArticle) {
  const auto [encoding, expected] = GetParam();
  std::string text = kShanghai;
  if (std::string(encoding) == "Big5") {
    // Big5 lacks 産 and the no-break space that the sample contains.
    for (auto [from, to] : {std::pair{"産", "產"}, std::pair{"\xC2\xA0", " "}}) {
      for (std::size_t at; (at = text.find(from)) != std::string::npos;) text.replace(at, std::string(from).size(), to);
    }
  }
  const std::string bytes = encode(text, encoding);
  const Decoded d = detect(bytes);
  EXPECT_EQ(d.encoding, expected);
  EXPECT_EQ(d.text, text);
  EXPECT_GE(d.confidence, 0.5);
}

INSTANTIATE_TEST_SUITE_P(Chinese, Detection,
                         ::testing::Values(std::pair{"Big5", "Big5"}, std::pair{"GB18030", "GB18030"},
                                           std::pair{"UTF-16LE", "UTF-16LE"}, std::pair{"UTF-16BE", "UTF-16BE"}),
                         [](const auto& param_info) {
                           std::string name = param_info.param.first;
                           std::erase(name, '-');
                           return name;
                         });

TEST(Decode, DetectsJapaneseKoreanAndSingleByteEncodings) {
  const std::string ja = read_file(fixture("articles/ja-tokyo-disaster-plan.txt"));
  const std::string ko = read_file(fixture("articles/ko-seoul-subway.txt"));
  EXPECT_EQ(detect(encode(ja, "Shift_JIS")).text, ja);
  EXPECT_EQ(detect(encode(ja, "Shift_JIS")).encoding, "Shift_JIS");
  EXPECT_EQ(detect(encode(ja, "EUC-JP")).encoding, "EUC-JP");
  EXPECT_EQ(detect(encode(ko, "EUC-KR")).encoding, "EUC-KR");
  EXPECT_EQ(detect(encode(ko, "EUC-KR")).text, ko);
  // Syllables such as 똠 and 쌰 exist only in the Unified Hangul Code extension (CP949).
  const std::string uhc = ko + "똠방각하 쌰갈 뷁 똠얌꿍 맛집 소개 기사입니다.\n";
  EXPECT_EQ(detect(encode(uhc, "windows-949")).text, uhc);
  const Decoded fr = detect(read_file(fixture("articles/fr-lyon-cycling-windows1252.txt")));
  EXPECT_EQ(fr.encoding, "windows-1252");
  EXPECT_NE(fr.text.find("étend"), std::string::npos);
  const std::string ru = "Правительство России объявило о новых мерах поддержки экономики и малого бизнеса.\n";
  EXPECT_EQ(detect(encode(ru, "windows-1251")).text, ru);
  EXPECT_EQ(detect(encode(ru, "KOI8-R")).text, ru);
}

TEST(Decode, DeclaredEncodingOverridesDetection) {
  Diagnostics d;
  const Decoded latin = decode("caf\xE9", {"ISO-8859-1", OnInvalid::error}, d);
  EXPECT_EQ(latin.text, "café");
  EXPECT_EQ(latin.method, "declared");
}

TEST(Decode, InvalidBytesNameTheirOffset) {
  Diagnostics d;
  try {
    decode("abc\xFF\xFE" "def", {"UTF-8", OnInvalid::error}, d);
    FAIL() << "invalid UTF-8 accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::input);
    ASSERT_TRUE(e.offset().has_value());
    EXPECT_EQ(*e.offset(), 3u);
    EXPECT_NE(std::string(e.what()).find("byte offset 3"), std::string::npos) << e.what();
  }
}

TEST(Decode, ReplaceModeSubstitutesReplacementCharacter) {
  Diagnostics d;
  const Decoded r = decode("abc\xFF" "def", {"UTF-8", OnInvalid::replace}, d);
  EXPECT_EQ(r.text, "abc\xEF\xBF\xBD" "def");
  EXPECT_EQ(r.replaced, 1u);
}

TEST(Decode, RejectsEmptyAndBinaryInput) {
  EXPECT_THROW(detect(""), Error);
  try {
    detect(std::string("text\0more", 9));
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("NUL byte at byte offset 4"), std::string::npos) << e.what();
  }
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 7919 + 13) % 256 | 1);
  EXPECT_THROW(detect(binary), Error);
}

TEST(Decode, UnknownEncodingIsAUsageError) {
  Diagnostics d;
  try {
    decode("x", {"no-such-encoding", OnInvalid::error}, d);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::usage);
  }
  EXPECT_TRUE(is_known_encoding("Big5-HKSCS"));
  EXPECT_FALSE(is_known_encoding("no-such-encoding"));
}

TEST(Text, WidthCountsEastAsianWideAsTwoAndMarksAsZero) {
  EXPECT_EQ(unicode::display_width("abc"), 3);
  EXPECT_EQ(unicode::display_width("中文"), 4);
  EXPECT_EQ(unicode::display_width("，。"), 4);
  EXPECT_EQ(unicode::display_width("e\xCC\x81"), 1);  // e + combining acute
  EXPECT_EQ(unicode::display_width("한국어"), 6);
}

TEST(Text, JoinRuleKeepsSpacesBetweenWordsOnly) {
  EXPECT_TRUE(unicode::joins_without_space(U'中', U'文'));
  EXPECT_TRUE(unicode::joins_without_space(U',', U'中'));
  EXPECT_TRUE(unicode::joins_without_space(U'。', U'A'));
  EXPECT_FALSE(unicode::joins_without_space(U'a', U'b'));
  EXPECT_FALSE(unicode::joins_without_space(U'국', U'어'));  // Korean separates words with spaces
}

TEST(Text, NfcAndLineEndings) {
  EXPECT_EQ(unicode::to_nfc("e\xCC\x81"), "\xC3\xA9");
  EXPECT_TRUE(unicode::is_nfc("\xC3\xA9"));
  EXPECT_EQ(unicode::normalize_line_endings("a\r\nb\rc\nd"), "a\nb\nc\nd");
}

TEST(Text, TrimAndCleanInline) {
  EXPECT_EQ(unicode::trim("\u3000 abc\xC2\xA0 "), "abc");
  std::string s = "a \t b\x01" "c\xE2\x80\x8B" "d";
  EXPECT_EQ(unicode::clean_inline(s), 2u);
  EXPECT_EQ(s, "a bcd");
}

TEST(Text, LineBreaksFollowUax14) {
  const std::string s = "中文。好";
  const auto breaks = unicode::line_break_opportunities(s);
  // No break before 。 (a closing punctuation mark).
  EXPECT_EQ(std::count(breaks.begin(), breaks.end(), std::string("中文").size()), 0);
  EXPECT_EQ(breaks.back(), s.size());
}

TEST(Language, ScriptsAndVariants) {
  EXPECT_EQ(unicode::guess_language("市委召開城市基層黨建經驗交流座談會"), "zh-Hant");
  EXPECT_EQ(unicode::guess_language("国家统计局发布十月份国民经济运行数据"), "zh-Hans");
  EXPECT_EQ(unicode::guess_language("東京都は1日、首都直下地震に備えた新たな防災計画を発表した。"), "ja");
  EXPECT_EQ(unicode::guess_language("서울시는 지하철 9호선 연장 구간을 내년에 개통한다"), "ko");
  EXPECT_EQ(unicode::guess_language("The minister said that the plan was ready and on time."), "en");
  EXPECT_EQ(unicode::guess_language("Le ministre a dit que le plan est prêt pour la fin du mois."), "fr");
  EXPECT_EQ(unicode::guess_language("Der Minister sagte, dass die Regierung nicht mit dem Plan zufrieden ist."), "de");
  EXPECT_EQ(unicode::guess_language("Правительство объявило о мерах"), "ru");
  EXPECT_EQ(unicode::guess_language("Уряд оголосив про нові заходи підтримки і їхню вартість"), "uk");
  EXPECT_EQ(unicode::guess_language("Η κυβέρνηση ανακοίνωσε νέα μέτρα"), "el");
  EXPECT_EQ(unicode::guess_language("12345 !!!"), "und");
}

}  // namespace
}  // namespace artconv
