// --metadata-file FILE: the -M keys in a YAML or JSON file, the way pandoc
// users keep a book's metadata beside its text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "batch.hpp"

namespace artconv {

enum class MetadataSyntax { detect, yaml, json };

// The file's entries in file order, as -M KEY=VALUE overrides: a mapping of
// -M keys to text (numbers are taken as written), and for contributor keys
// (author, editor, …) a list of names as well. The syntax follows the file
// name (.yaml/.yml, .json), else the content ('{' first: JSON; else YAML).
// Throws Error{usage} naming `path` and what is wrong.
std::vector<MetadataOverride> read_metadata_file(const std::string& path);
std::vector<MetadataOverride> parse_metadata_file(std::string_view text, const std::string& path,
                                                  MetadataSyntax syntax = MetadataSyntax::detect);

// The file's entries with every key the command line also sets left out
// (-M, --title … win over the file: a file's authors are replaced, not added
// to), followed by the command line's.
std::vector<MetadataOverride> merge_metadata(const std::vector<MetadataOverride>& from_file,
                                             const std::vector<MetadataOverride>& from_command_line);

}  // namespace artconv
