// Inputs and outputs on disk: expanding folders, reading, and writing each
// output under a temporary name renamed into place, so that no failure ever
// leaves half a file and no input is ever overwritten.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace artconv {

struct InputFile {
  std::string path;               // as given or as found in a folder; "-" for stdin
  std::filesystem::path relative;  // where its outputs go below -d DIR (extension kept)
};

// Files stay as given; folders are walked recursively in sorted order, taking
// the files whose name matches `include` (a glob such as "*.txt"). Below -d,
// a folder's files keep their path inside it, a relative file path (without
// "..") keeps its folders, and other files keep only their name.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& arguments, const std::string& include);

// One path per line (or per NUL with `nul_separated`), from a file or "-".
std::vector<std::string> read_file_list(const std::string& list, bool nul_separated);

// Whole file, or all of stdin for "-". Throws Error{input}.
std::string read_bytes(const std::string& path);

// Writes `bytes` to a hidden temporary file beside `path` (".<name>.<pid>.<n>.tmp"),
// then renames it over `path`. Refuses to replace `input`. Throws Error{output}.
void write_atomically(const std::filesystem::path& path, std::string_view bytes,
                      const std::filesystem::path& input);

}  // namespace artconv
