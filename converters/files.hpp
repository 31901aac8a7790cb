// Inputs on disk: expanding folders and lists of paths, reading with a size
// limit, and naming a path in messages and JSON.
#pragma once

#include <cstdint>
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

inline constexpr std::uint64_t kDefaultMaxInputSize = 256ull << 20;  // --max-input-size

// Whole file, or all of stdin for "-", at most `max_size` bytes (more is an
// error, found without reading past the limit: /dev/zero is refused, not
// read). An interrupted read is an error, never a short success. Throws
// Error{input}.
std::string read_bytes(const std::string& path, std::uint64_t max_size = kDefaultMaxInputSize);

// A path as UTF-8 for messages, JSON and the manifest: "-" is "<stdin>",
// bytes that are not UTF-8 and control characters (newline, ESC, C1) are
// written \xNN and a backslash \\ (so a name that is not UTF-8 still
// converts, keeps a message on one line, and can be told from any other).
std::string display_path(std::string_view path);

}  // namespace artconv
