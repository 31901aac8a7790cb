// Before anything is written: no output of a run may overwrite one of its
// inputs or another of its outputs.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "files.hpp"

namespace artconv {

struct PlannedOutput {
  std::filesystem::path path;
  std::string what;  // for messages: "the text output of a.txt", "the manifest"
};

// Compares every planned output with every other and with every input: by
// device and inode where the file exists (so links and other spellings of
// one file are caught), by the path with its folders resolved otherwise.
// Standard input and output, devices, FIFOs and sockets are not files and
// are not compared. Throws Error{usage} naming both sides of a collision.
void check_output_plan(const std::vector<InputFile>& inputs, const std::vector<PlannedOutput>& outputs);

}  // namespace artconv
