// Before anything is written: no output of a run may overwrite one of its
// inputs, a file an option reads, or another of its outputs.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "files.hpp"

namespace artconv {

// A file a run reads or writes, named for messages: "the text output of
// a.txt", "the manifest", "the --css file". The path "-" is standard input
// among the files read, standard output among the outputs.
struct PlannedFile {
  std::filesystem::path path;
  std::string what;
};

// Compares every planned output with every other, with every input and with
// every file an option reads (`side_inputs`: --css, --metadata-file, …): by
// device and inode where the file exists (so links and other spellings of
// one file are caught), by the path with its folders and links resolved
// otherwise (a dangling link is followed to the file it would create).
// Standard input and output count when they are regular files; devices,
// FIFOs and sockets are not files and are not compared. Throws Error{usage}
// naming both sides of a collision.
void check_output_plan(const std::vector<InputFile>& inputs, const std::vector<PlannedFile>& side_inputs,
                       const std::vector<PlannedFile>& outputs);

}  // namespace artconv
