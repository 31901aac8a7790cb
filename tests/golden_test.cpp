// Every fixture x every format against fixtures/expected. UPDATE_GOLDEN=1
// rewrites the expected files; review the diff before committing.
#include <gtest/gtest.h>

#include <cstdlib>

#include "golden.hpp"
#include "registry.hpp"
#include "support.hpp"

namespace artconv {
namespace {

namespace fs = std::filesystem;

struct Variant {
  std::string suffix;  // added before the extension
  WriterOptions options;
};

std::vector<Variant> variants_of(const Writer& w) {
  std::vector<Variant> out{{"", {}}};
  if (w.name == "text") {
    WriterOptions wrapped;
    wrapped.wrap = 40;
    out.push_back({".wrap40", wrapped});
  }
  return out;
}

TEST(Golden, EveryFixtureInEveryFormat) {
  const bool update = std::getenv("UPDATE_GOLDEN") != nullptr;
  const fs::path articles = testing::fixture("articles");
  std::size_t compared = 0;
  for (const fs::path& path : testing::all_articles()) {
    const fs::path rel = fs::relative(path, articles);
    plaintext::Reader reader;
    Conversion c = read_input(reader, testing::read_file(path), rel.string(), {});
    for (const Writer& w : writers()) {
      for (const Variant& v : variants_of(w)) {
        Diagnostics diag = c.diagnostics;
        const std::string actual = w.render({&c.document, 1}, v.options, diag);
        const fs::path expected_path = testing::fixture("expected") / rel.parent_path() /
                                       (rel.stem().string() + v.suffix + std::string(w.extension));
        if (update) {
          testing::write_file(expected_path, actual);
          continue;
        }
        ASSERT_TRUE(fs::exists(expected_path)) << expected_path << " is missing; run with UPDATE_GOLDEN=1";
        EXPECT_TRUE(testing::same_output(w, testing::read_file(expected_path), actual))
            << expected_path << " differs; run with UPDATE_GOLDEN=1 and review the diff";
        ++compared;
      }
    }
  }
  if (!update) {
    EXPECT_GT(compared, 20u);
  }
}

}  // namespace
}  // namespace artconv
