// The labelled encoding corpus of fixtures/encodings (MANIFEST.tsv): every
// file decoded without a hint and compared with the text it was made from.
// Shared by the accuracy test and the score-encodings program.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace artconv::encodings {

struct Item {
  std::string file, truth, encoding, split, expect;  // expect: "text" or "error"
};

struct Outcome {
  const Item* item = nullptr;
  bool right = false;   // the text, NFC, equals the truth (or the expected error came)
  bool warned = false;  // a warning (or an error) said the answer may be wrong
  bool failed = false;  // decode threw
  double confidence = 0;
  std::string method, got;  // what decode() reported
};

struct Tally {
  int files = 0, right = 0, wrong_silent = 0, failed = 0;
  double accuracy() const { return files ? static_cast<double>(right) / files : 1.0; }
};

std::vector<Item> load_manifest(const std::filesystem::path& dir);
std::vector<Outcome> score(const std::filesystem::path& dir, const std::vector<Item>& items);
// By encoding, and under the key "*" all files.
std::map<std::string, Tally> tally(const std::vector<Outcome>& outcomes, const std::string& split);

}  // namespace artconv::encodings
