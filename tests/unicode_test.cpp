#include <gtest/gtest.h>

#include <cstdint>

#include "support.hpp"
#include "unicode/decode.hpp"
#include "unicode/encoding_declaration.hpp"
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

// glibc's Big5-HKSCS lacks a few characters of windows-950 that Taiwanese text
// uses (／ at A1FE, 裏 at F9D8): such a text is read as Big5, also when a
// bulletin board's colour codes ("ESC[33m") run all through it (they are no
// misreading: they were read as VISCII or ISO-8859-2 when they counted as one).
TEST(Decode, Big5WithCharactersBig5HkscsLacksIsBig5) {
  std::string text = kShanghai;
  for (auto [from, to] : {std::pair{"産", "產"}, std::pair{"\xC2\xA0", " "}})
    for (std::size_t at; (at = text.find(from)) != std::string::npos;) text.replace(at, std::string(from).size(), to);
  text = "記者／王小明，裏面的人說，這是一則報導。\n" + text;  // where detection samples the text
  Decoded d = detect(encode(text, "Big5"));
  EXPECT_EQ(d.encoding, "Big5");
  EXPECT_EQ(d.text, text);
  // (the readers' comments under a post, each coloured, far outnumber its text)
  text = "記者／王小明，裏面的人說，這是一則報導。\n\n--\n";
  for (int i = 0; i < 300; ++i)
    text += "\x1B[1;37m推 \x1B[33mreader" + std::to_string(i) + "\x1B[m\x1B[33m: 吃草肚子餓" + std::string(40, ' ') +
            "\x1B[m 12/21 18:55\n";
  d = detect(encode(text, "Big5"));
  EXPECT_EQ(d.encoding, "Big5");
  EXPECT_EQ(d.text, text);
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
    detect(std::string("text\0\0\0\0\0more text", 19));
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("NUL byte at byte offset 4"), std::string::npos) << e.what();
  }
  EXPECT_THROW(detect(std::string("\0\0\x01\x02 binary", 11)), Error);  // NULs among other controls
  EXPECT_THROW(detect(std::string(64, '\0')), Error);
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 7919 + 13) % 256 | 1);
  EXPECT_THROW(detect(binary), Error);
}

TEST(Decode, SparseNulBytesAreDroppedWithAWarning) {
  Diagnostics d;
  const std::string text = "A title\n\nA paragraph of text that is long enough to be an article.\n";
  const Decoded padded = decode(std::string(3, '\0') + text + std::string(2, '\0'), {}, d);
  EXPECT_EQ(padded.text, text);
  ASSERT_EQ(d.warnings().size(), 1u);
  EXPECT_EQ(d.warnings()[0].code, "nul-bytes-dropped");
  EXPECT_EQ(d.warnings()[0].message, "5 NUL bytes dropped (first at byte offset 0)");
  Diagnostics d2;
  std::string stray = text;
  stray.insert(10, 1, '\0');
  EXPECT_EQ(decode(stray, {}, d2).text, text);
  EXPECT_EQ(d2.warnings().size(), 1u);
  // Two stray NULs on the same side are not UTF-16 (English read as UTF-16 is Han).
  std::string two;
  for (int i = 0; i < 8; ++i) two += text;  // two NULs in 560 bytes: sparse
  two.insert(11, 1, '\0');
  two.insert(41, 1, '\0');
  if (two.size() % 2) two += '\n';
  Diagnostics d4;
  const Decoded not_wide = decode(two, {}, d4);
  EXPECT_EQ(not_wide.encoding, "UTF-8");
  EXPECT_EQ(not_wide.text.size(), two.size() - 2);
  // An error after a dropped NUL names the offset in the input as given.
  std::string bad = std::string(1, '\0') + "caf\xC3\xA9 au lait, d\xC3\xA9j\xC3\xA0 vu \xFF ici";
  try {
    Diagnostics d3;
    decode(bad, {}, d3);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(*e.offset(), bad.find('\xFF')) << e.what();
  }
}

// Input that is valid UTF-8 becomes the decoded text itself: no second copy
// of a large input; with stray NULs it is still read without them.
TEST(Decode, ValidUtf8IsTakenNotCopied) {
  const std::string text = "Un titre\n\n" + std::string(100000, 'x') + " d\xC3\xA9j\xC3\xA0\n";
  std::string bytes = text;
  const char* buffer = bytes.data();
  Diagnostics d;
  const Decoded taken = decode_in_place(std::move(bytes), {}, d);
  EXPECT_EQ(taken.text, text);
  EXPECT_EQ(taken.text.data(), buffer);
  EXPECT_EQ(taken.encoding, "UTF-8");
  EXPECT_TRUE(d.empty());
  std::string stray = text;
  stray.insert(10, 1, '\0');
  Diagnostics d2;
  EXPECT_EQ(decode_in_place(std::move(stray), {}, d2).text, text);
  EXPECT_EQ(d2.warnings().size(), 1u);
  std::string latin1 = "Caf\xE9 cr\xE8me\n\nUn paragraphe fran\xE7" "ais avec des accents: \xE0 la fa\xE7on d'\xE9t\xE9.\n";
  const std::string view_copy = latin1;
  Diagnostics d3, d4;
  EXPECT_EQ(decode_in_place(std::move(latin1), {}, d3).text, decode(view_copy, {}, d4).text);
}

// Text that is UTF-8 but for a few bad sequences is UTF-8 with errors: an
// error naming the offset, or U+FFFD with a warning; never another encoding.
TEST(Decode, Utf8WithBadSequencesIsNeverReinterpreted) {
  const std::string ru = "Правительство объявило о новых мерах поддержки экономики.\n";
  const std::string en = "The minister said that the plan was ready and on time.\n";
  const std::vector<std::pair<std::string, std::size_t>> cases{
      {en + "\xFF" + en, en.size()},                              // a stray FF
      {ru + "\xFF" + ru, ru.size()},                              // among Cyrillic
      {ru + "\xED\xA0\x80" + ru, ru.size()},                      // a lone surrogate
      {en + "\xED\xA0\xBD\xED\xB8\x80" + en, en.size()},          // CESU-8
      {ru + "\xC0\xAF" + ru, ru.size()},                          // overlong
      {ru + "caf\xE9 " + ru, ru.size() + 3},                       // one windows-1252 byte
  };
  for (const auto& [bytes, offset] : cases) {
    Diagnostics d;
    try {
      const Decoded wrong = decode(bytes, {}, d);
      ADD_FAILURE() << "decoded as " << wrong.encoding;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::input);
      EXPECT_EQ(*e.offset(), offset) << e.what();
      EXPECT_NE(std::string(e.what()).find("invalid UTF-8 byte sequence"), std::string::npos) << e.what();
    }
    Diagnostics r;
    const Decoded replaced = decode(bytes, {"", OnInvalid::replace}, r);
    EXPECT_EQ(replaced.encoding, "UTF-8");
    EXPECT_GE(replaced.replaced, 1u);
    EXPECT_NE(replaced.text.find("\xEF\xBF\xBD"), std::string::npos);
    ASSERT_FALSE(r.empty());
    EXPECT_EQ(r.warnings()[0].code, "replaced-invalid-bytes");
  }
}

TEST(Decode, SevenBitEncodingsByTheirEscapes) {
  const std::string ja = read_file(fixture("articles/ja-tokyo-disaster-plan.txt"));
  const std::string ko = read_file(fixture("articles/ko-seoul-subway.txt"));
  const std::string zh = "国家统计局发布十月份国民经济运行数据，工业生产稳定增长。\n";
  const std::string ru = "Правительство объявило о новых мерах поддержки.\n";
  for (const auto& [text, encoding] : std::vector<std::pair<std::string, const char*>>{
           {ja, "ISO-2022-JP"}, {ko, "ISO-2022-KR"}, {zh, "ISO-2022-CN"}, {zh, "HZ-GB-2312"}, {ru, "UTF-7"}}) {
    const Decoded d = detect(encode(text, encoding));
    EXPECT_EQ(d.encoding, encoding);
    EXPECT_EQ(d.text, text) << encoding;
  }
  // Plain ASCII with a '+' or a '~{' stays ASCII.
  EXPECT_EQ(detect("C++ and 2+2=4, x~{y}, +1 555 0100.\n").encoding, "UTF-8");
}

TEST(Decode, WideFormatsWithoutBom) {
  const std::string zh = kShanghai;
  const std::string ru = "Правительство России объявило о новых мерах поддержки экономики.\n";
  for (const char* encoding : {"UTF-32LE", "UTF-32BE", "UTF-16LE", "UTF-16BE"}) {
    for (const std::string& text : {zh, ru}) {
      const Decoded d = detect(encode(text, encoding));
      EXPECT_EQ(d.encoding, encoding);
      EXPECT_EQ(d.text, text) << encoding;
    }
  }
}

TEST(Decode, AnEncodingTheTextDeclaresIsTakenWhenTheBytesReadInIt) {
  // Dutch with few accented letters: statistics alone took it for ISO-8859-2 (» as ť).
  const std::string dutch =
      "Title: Ontboezemingen\n\nLanguage: Dutch\n\nCharacter set encoding: ISO-8859-1\n\n"
      "IN »POETS-CORNER\" en de evolutiën van Gabriël, één brief over het Ëiland, "
      "à propos, de rôle en de flûte; hij zeî het zóó, niet anders, en ging heen.\n";
  const Decoded latin = detect(encode(dutch, "ISO-8859-1"));
  EXPECT_EQ(latin.text, dutch);
  EXPECT_EQ(latin.method, "in-text");
  EXPECT_EQ(latin.encoding, "windows-1252");  // ISO-8859-1 read as its WHATWG superset
  const std::string polish = "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>\n<p>Rząd przyjął w środę projekt "
                             "ustawy o wsparciu małych firm.</p>\n";
  EXPECT_EQ(detect(encode(polish, "ISO-8859-2")).text, polish);
  EXPECT_EQ(detect(encode(polish, "ISO-8859-2")).encoding, "ISO-8859-2");
  // A declaration the bytes contradict, or that names no encoding, leaves it to detection.
  const std::string french = "<meta charset=\"Shift_JIS\">\nLe ministre a déclaré à la fin du mois qu'il "
                             "préférait attendre les élections régionales avant de décider.\n";
  const Decoded contradicted = detect(encode(french, "windows-1252"));
  EXPECT_EQ(contradicted.text, french);
  EXPECT_EQ(contradicted.method, "detected");
  const std::string unknown = "Content-Type: text/plain; charset=no-such-code\nLe ministre a déclaré à la fin "
                              "du mois qu'il préférait attendre les élections régionales.\n";
  EXPECT_EQ(detect(encode(unknown, "windows-1252")).method, "detected");
}

TEST(EncodingDeclaration, NamesWhatTheTextSaysItIsIn) {
  const std::vector<std::pair<std::string, std::optional<std::string>>> cases = {
      {"Release Date: May 1\nCharacter set encoding: ISO-8859-1\n", "ISO-8859-1"},
      {"<?xml version='1.0' encoding='windows-1250'?>", "windows-1250"},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "gb2312"},
      {"<META CHARSET=\"Big5\">", "Big5"},
      {"# -*- coding: koi8-r -*-\n", "koi8-r"},
      {"The encoding: is described below.", std::nullopt},  // no name after the marker
      {"Nothing declared here at all.", std::nullopt},
      {std::string(unicode::kEncodingDeclarationWindow, 'x') + "\ncharset=Big5", std::nullopt},  // too far in
  };
  for (const auto& [text, name] : cases) EXPECT_EQ(unicode::declared_encoding(text), name) << text;
}

TEST(Decode, WhatwgSupersetsAndNoC1Controls) {
  // 0x93/0x94 are quotes in windows-1252, C1 controls in ISO-8859-1.
  Diagnostics d;
  EXPECT_EQ(decode("\x93quoted\x94", {"ISO-8859-1", OnInvalid::error}, d).text, "\u201Cquoted\u201D");
  EXPECT_EQ(decode("\x93quoted\x94", {"ISO-8859-1", OnInvalid::error}, d).encoding, "windows-1252");
  const std::string fr = "Le ministre a déclaré : “Le plan est prêt”, à la fin du mois, après les élections régionales.\n";
  const Decoded latin = detect(encode(fr, "windows-1252"));
  EXPECT_EQ(latin.text, fr);
  EXPECT_EQ(latin.text.find("\xC2\x93"), std::string::npos);
  // A Japanese label whose table lacks a character: its JIS X 0213 superset.
  const std::string ja = "東京都の新しい計画では、𠀋の字も使われる。\n";
  EXPECT_EQ(decode(encode(ja, "Shift_JISX0213"), {"Shift_JIS", OnInvalid::error}, d).text, ja);
}

TEST(Decode, FamiliesIcuLacksGoThroughIconv) {
  const std::string ro = "Declarația Universală a Drepturilor Omului, adoptată și proclamată de Adunarea Generală, "
                         "își propune să asigure recunoașterea și respectarea drepturilor.\n";
  const std::string vi = "Tuyên ngôn toàn thế giới về nhân quyền được Đại hội đồng Liên Hợp Quốc thông qua.\n";
  const std::string ka = "ადამიანის უფლებათა საყოველთაო დეკლარაცია, რომელიც მიიღო გენერალურმა ასამბლეამ.\n";
  const std::string ko = read_file(fixture("articles/ko-seoul-subway.txt"));
  for (const auto& [text, encoding] : std::vector<std::pair<std::string, const char*>>{
           {ro, "ISO-8859-16"}, {vi, "VISCII"}, {ka, "GEORGIAN-PS"}, {ko, "JOHAB"}}) {
    EXPECT_TRUE(is_known_encoding(encoding));
    Diagnostics d;
    EXPECT_EQ(decode(encode(text, encoding), {encoding, OnInvalid::error}, d).text, text) << encoding;
    EXPECT_EQ(detect(encode(text, encoding)).text, text) << encoding;
  }
}

TEST(Decode, DosAndMacCodePages) {
  const std::string ru = "Правительство России объявило о новых мерах поддержки экономики и малого бизнеса. "
                         "Министр сообщил, что программа начнёт работать в следующем году.\n";
  const std::string de = "Die Bundesregierung hat am Mittwoch über neue Maßnahmen für Familien beraten. "
                         "Künftig sollen Städte und Gemeinden mehr Geld für Schulen erhalten, hieß es.\n";
  const std::string pl = "Rząd przyjął w środę projekt ustawy o wsparciu małych firm. Minister powiedział, "
                         "że pieniądze trafią do przedsiębiorców już w przyszłym miesiącu.\n";
  for (const auto& [text, encoding] : std::vector<std::pair<std::string, const char*>>{
           {ru, "IBM866"}, {ru, "x-mac-cyrillic"}, {de, "IBM850"}, {de, "macintosh"}, {pl, "IBM852"},
           {pl, "x-mac-centraleurroman"}, {pl, "windows-1250"}, {pl, "ISO-8859-2"}}) {
    EXPECT_EQ(detect(encode(text, encoding)).text, text) << encoding;
  }
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

// display_width reads most code points from a table filled from
// code_point_width: the two agree on every code point (but U+4000–U+9FFF,
// which display_width counts wide without looking: the ideographs, and the
// 64 Yijing hexagrams among them), and malformed bytes (overlong forms,
// surrogates, truncated sequences) count as U+FFFD does.
TEST(Text, WidthAgreesWithCodePointWidthEverywhere) {
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string s;
    unicode::append_utf8(s, c);
    const int expected = c >= 0x4000 && c <= 0x9FFF ? 2 : unicode::code_point_width(c);
    ASSERT_EQ(unicode::display_width(s), expected) << std::hex << static_cast<std::uint32_t>(c);
  }
  for (const std::string malformed : {"\xE0\x80\x80", "\xED\xA0\x80", "\xC0\xAF", "\xE4\xB8", "\xC3", "\xF0\x9F\x98",
                                      "\x80", "\xE3\x81\xC0"}) {
    int expected = 0;
    for (std::size_t pos = 0; pos < malformed.size();)
      expected += unicode::code_point_width(unicode::next_code_point(malformed, pos));
    EXPECT_EQ(unicode::display_width(malformed), expected);
    EXPECT_EQ(unicode::display_width("a" + malformed + "中"), expected + 3);
  }
}

// append_utf8 writes every scalar value as next_code_point reads it back,
// and U+FFFD for a surrogate or a value past U+10FFFF.
TEST(Text, AppendUtf8RoundTrips) {
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    std::string s;
    unicode::append_utf8(s, c);
    const bool scalar = c < 0xD800 || c > 0xDFFF;
    const std::size_t expected_size = !scalar ? 3 : c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    ASSERT_EQ(s.size(), expected_size) << std::hex << static_cast<std::uint32_t>(c);
    std::size_t pos = 0;
    ASSERT_EQ(unicode::next_code_point(s, pos), scalar ? c : U'\uFFFD') << std::hex << static_cast<std::uint32_t>(c);
  }
  std::string past;
  unicode::append_utf8(past, 0x110000);
  EXPECT_EQ(past, "\uFFFD");
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
  // ASCII before the first other character: it is checked from the last ASCII one
  EXPECT_TRUE(unicode::is_nfc("plain ASCII, long enough for a word at a time"));
  EXPECT_FALSE(unicode::is_nfc("a long ASCII opening, then e\xCC\x81"));
  EXPECT_FALSE(unicode::is_nfc("e\xCC\x81"));
  EXPECT_TRUE(unicode::is_nfc("a long ASCII opening, then \xC3\xA9 and more"));
  EXPECT_FALSE(unicode::is_nfc("a long ASCII opening, then \xC3\xA9\xCC\xA3"));  // é, dot below: ẹ́
  EXPECT_EQ(unicode::normalize_line_endings("a\r\nb\rc\nd"), "a\nb\nc\nd");
  EXPECT_EQ(unicode::normalize_line_endings("no ending to replace\n"), "no ending to replace\n");
  EXPECT_EQ(unicode::normalize_line_endings("“a”\xC2\xA0" "b\xC2\x85" "c\u2028d\u2029e\r"), "“a”\xC2\xA0" "b\nc\nd\ne\n");
}

TEST(Text, TrimAndCleanInline) {
  EXPECT_EQ(unicode::trim("\u3000 abc\xC2\xA0 "), "abc");
  std::string s = "a \t b\x01" "c\xE2\x80\x8B" "d";
  EXPECT_EQ(unicode::clean_inline(s), 2u);
  EXPECT_EQ(s, "a bcd");
}

// A bulletin board's colour codes are no text: the whole sequence goes, not
// just its ESC (which left "[1;31m" in the paragraph).
TEST(Text, StripTerminalEscapesRemovesWholeSequences) {
  struct Case {
    std::string in, out;
    std::size_t removed;
  };
  const Case cases[] = {
      {"no escape here", "no escape here", 0},
      {"\x1b[1;31m推 \x1b[33mindium111\x1b[m: text \x1b[37m 12/21", "推 indium111: text  12/21", 4},
      {"\x1b[2J\x1b[H\x1b[?25lscreen", "screen", 3},                  // clear, home, private parameters
      {"\x1b]0;window title\x07" "after", "after", 1},                   // OSC ended by BEL
      {"\x1b]8;;https://a.example/\x1b\\link\x1b]8;;\x1b\\", "link", 2},  // OSC ended by ST
      {"\x1b(Bplain", "plain", 1},                                     // a character set chosen
      {"\x1bThe ESC before a word stays", "\x1bThe ESC before a word stays", 0},
      {"lone \x1b at the end\x1b", "lone \x1b at the end\x1b", 0},
      {"\x1b[31中文", "\x1b[31中文", 0},                                // no final byte
      {"\x1b[" + std::string(80, '1') + "m", "\x1b[" + std::string(80, '1') + "m", 0},  // too long to be one
      {"中文\x1b[0m標題", "中文標題", 1},
  };
  for (const Case& c : cases) {
    std::string s = c.in;
    EXPECT_EQ(unicode::strip_terminal_escapes(s), c.removed) << c.in;
    EXPECT_EQ(s, c.out) << c.in;
  }
}

TEST(Text, LineBreaksFollowUax14) {
  const std::string s = "中文。好";
  const auto breaks = unicode::line_break_opportunities(s);
  // No break before 。 (a closing punctuation mark).
  EXPECT_EQ(std::count(breaks.begin(), breaks.end(), std::string("中文").size()), 0);
  EXPECT_EQ(breaks.back(), s.size());
}

// fits_width accepts a line no longer in bytes than the limit without
// measuring it: no code point is wider than its UTF-8 bytes. It must agree
// with display_width everywhere, invalid bytes and zero-width marks included.
TEST(Text, FitsWidthAgreesWithDisplayWidth) {
  const std::vector<std::string> lines = {"", "abc", "新聞報道", "ＡＢＣ", "e\u0301\u0301\u0301", "\xFF\xFE\xC0",
                                          "한국어 기사", "😀😀", "a\tb", "\u200B\u200B\u200Bx"};
  for (const std::string& line : lines)
    for (int limit = 0; limit <= 14; ++limit)
      EXPECT_EQ(unicode::fits_width(line, limit), unicode::display_width(line) <= limit) << line << " " << limit;
  // ASCII is measured eight bytes at a time: control characters and other
  // scripts at every offset of longer lines
  for (const std::string piece : {"\t", "\x01", "\x7F", "中", "é", "\xCC\x81", "\xFF"})
    for (std::size_t at = 0; at <= 24; ++at) {
      std::string line = "an ASCII line that is long enough";
      line.insert(at, piece);
      int expected = 0;
      for (std::size_t pos = 0; pos < line.size();) expected += unicode::code_point_width(unicode::next_code_point(line, pos));
      EXPECT_EQ(unicode::display_width(line), expected) << line;
      for (int limit = 0; limit <= 40; ++limit)
        EXPECT_EQ(unicode::fits_width(line, limit), expected <= limit) << line << " " << limit;
    }
}

}  // namespace
}  // namespace artconv
