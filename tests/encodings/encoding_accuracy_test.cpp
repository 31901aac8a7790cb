// Accuracy of detection on the labelled corpus (fixtures/encodings), per
// encoding and overall, against the floors recorded in FLOORS.tsv: a change
// that makes any encoding worse fails here. scripts/score-encodings prints
// the full figures and the calibration table.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "corpus.hpp"
#include "../support.hpp"

namespace artconv {
namespace {

TEST(EncodingCorpus, EveryEncodingStaysAboveItsFloor) {
  const auto dir = testing::fixture("encodings");
  const auto items = encodings::load_manifest(dir);
  ASSERT_GT(items.size(), 500u);
  const auto outcomes = encodings::score(dir, items);
  const auto all = encodings::tally(outcomes, "");
  std::ifstream floors(dir / "FLOORS.tsv");
  ASSERT_TRUE(floors) << "fixtures/encodings/FLOORS.tsv";
  int checked = 0;
  for (std::string line; std::getline(floors, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string encoding;
    double floor = 0;
    int max_silent = 0;
    fields >> encoding >> floor >> max_silent;
    const auto t = all.find(encoding);
    ASSERT_NE(t, all.end()) << encoding;
    EXPECT_GE(t->second.accuracy() + 1e-9, floor) << encoding << ": " << t->second.right << "/" << t->second.files;
    EXPECT_LE(t->second.wrong_silent, max_silent) << encoding << ": wrong without a warning";
    ++checked;
  }
  EXPECT_GT(checked, 40);
}

}  // namespace
}  // namespace artconv
