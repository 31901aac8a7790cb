// --vertical: which digit runs stand upright (text-combine-upright, 縦中横).
#include <gtest/gtest.h>

#include <string>

#include "epub/upright_digits.hpp"

namespace artconv::epub {
namespace {

// The runs with the upright ones in brackets: "[5]月[3]日".
std::string marked(std::string_view text) {
  std::string out;
  for (const TextRun& run : upright_digit_runs(text)) {
    if (run.upright) out += '[';
    out += run.text;
    if (run.upright) out += ']';
  }
  return out;
}

TEST(UprightDigits, ShortRunsInCjkTextStandUpright) {
  const std::pair<const char*, const char*> cases[] = {
      {"5月3日", "[5]月[3]日"},
      {"第12屆", "第[12]屆"},
      {"約 12 公里", "約 [12] 公里"},
      {"全12冊", "全[12]冊"},
      {"「3」", "「[3]」"},
      {"12", "12"},                              // no CJK neighbour
      {"2021年", "2021年"},                      // four digits lie sideways
      {"第100次", "第100次"},                    // so do three
      {"COVID-19疫情", "COVID-19疫情"},          // part of a Latin word
      {"時間10:30開始", "時間10:30開始"},        // a time is one token
      {"共1,000人", "共1,000人"},
      {"A3紙", "A3紙"},
      {"3D打印", "3D打印"},
      {"I have 3 cats", "I have 3 cats"},        // Latin text
      {"得分3.5分", "得分3.5分"},
      {"", ""},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(marked(in), out) << in;
}

TEST(UprightDigits, RunsCoverTheTextExactly) {
  for (const char* text : {"5月3日，第12屆", "無數字", "2021年5月3日", ""}) {
    std::string joined;
    for (const TextRun& run : upright_digit_runs(text)) joined += run.text;
    EXPECT_EQ(joined, text);
  }
}

}  // namespace
}  // namespace artconv::epub
