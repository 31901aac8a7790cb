// Mutated articles through decode -> read -> every writer: each ends in an
// artconv::Error or in well-formed output, never a crash (the second pass of
// scripts/test runs this under AddressSanitizer and UBSan).
#include <gtest/gtest.h>

#include <random>

#include "registry.hpp"
#include "support.hpp"

namespace artconv {
namespace {

std::string mutate(const std::string& original, std::mt19937& rng) {
  std::string s = original;
  std::uniform_int_distribution<int> kind(0, 7);
  const int edits = 1 + static_cast<int>(rng() % 8);
  for (int e = 0; e < edits && !s.empty(); ++e) {
    const std::size_t at = rng() % s.size();
    switch (kind(rng)) {
      case 0: s[at] = static_cast<char>(rng()); break;                          // any byte
      case 1: s.resize(at); break;                                              // truncated
      case 2: s.insert(at, 1, static_cast<char>(rng() % 32)); break;            // control byte
      case 3: s.insert(at, "\xEF\xBF\xBF\xEF\xBF\xBE"); break;                  // U+FFFF U+FFFE
      case 4: s.insert(at, "\r\r\n\n\xE2\x80\xA8\t\xE3\x80\x80"); break;         // line-ending noise
      case 5: s.insert(at, std::string(1, '\0')); break;                        // NUL
      case 6: s.insert(at, "<&]]>\"'"); break;                                  // markup
      case 7: s.insert(at, "\xC3\x28\xE2\x82"); break;                          // invalid UTF-8
    }
  }
  return s;
}

TEST(Robustness, MutatedArticlesEndInAnErrorOrWellFormedOutput) {
  std::mt19937 rng(20261127);  // fixed: a failure can be replayed
  const auto articles = testing::all_articles();
  plaintext::Reader reader;
  std::size_t converted = 0, rejected = 0;
  for (int round = 0; round < 300; ++round) {
    const std::string input = mutate(testing::read_file(articles[static_cast<std::size_t>(round) % articles.size()]), rng);
    for (const OnInvalid mode : {OnInvalid::error, OnInvalid::replace}) {
      ConvertOptions options;
      options.decode.on_invalid = mode;
      try {
        Conversion c = read_input(reader, input, "mutated.txt", options);
        for (const Writer& w : writers()) {
          const std::string out = w.render({&c.document, 1}, {}, c.diagnostics);
          ASSERT_FALSE(out.empty()) << w.name << " round " << round;
          if (w.name == "docbook" || w.name == "jats") {
            EXPECT_NO_THROW(testing::xpath(out, "/*")) << w.name << " round " << round;
          } else if (w.name == "epub") {
            for (const auto& [name, data] : testing::zip_entries(out)) {
              if (name.ends_with(".xhtml") || name.ends_with(".opf")) {
                EXPECT_NO_THROW(testing::xpath(data, "/*")) << name << " round " << round;
              }
            }
          } else if (w.name == "json") {
            EXPECT_TRUE(nlohmann::json::accept(out)) << "round " << round;
          }
        }
        ++converted;
      } catch (const Error&) {
        ++rejected;
      }
    }
  }
  EXPECT_GT(converted, 300u);  // most mutations still read as articles
  EXPECT_GT(rejected, 10u);    // and the broken ones are refused, not mangled
}

TEST(Robustness, DegenerateInputs) {
  plaintext::Reader reader;
  for (const std::string& input :
       {std::string("x"), std::string("\n\n\nTitle only"), std::string(100000, '\n') + "T",
        std::string(5000, '(') + ")", std::string("\xEF\xBB\xBF"), std::string("\xFF\xFE"),
        std::string(3000, '|') + ":", std::string("A\n") + std::string(10000, '>'), std::string(70000, ' ') + "x"}) {
    try {
      Conversion c = read_input(reader, input, "degenerate.txt", {});
      for (const Writer& w : writers()) EXPECT_FALSE(w.render({&c.document, 1}, {}, c.diagnostics).empty());
    } catch (const Error&) {
    }
  }
}

}  // namespace
}  // namespace artconv
