#include "metadata_file.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "files.hpp"

namespace artconv {
namespace {

using Json = nlohmann::ordered_json;

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw Error(ErrorKind::usage, "--metadata-file " + display_path(path) + ": " + what);
}

// The one spelling of each -M key (apply_metadata takes both).
std::string canonical_key(const std::string& key) {
  if (key == "subtitle") return "original_title";
  if (key == "publisher") return "source";
  if (key == "language") return "lang";
  if (key == "published") return "date";
  return key;
}

bool is_single_key(const std::string& key) {
  static const char* const kKeys[] = {"title", "original_title", "source", "lang", "identifier", "date"};
  return std::find(std::begin(kKeys), std::end(kKeys), canonical_key(key)) != std::end(kKeys);
}

void check_key(const std::string& path, const std::string& key, bool list) {
  if (role_from_name(key)) return;
  if (!is_single_key(key))
    fail(path, "unknown key '" + key +
                   "' (title, original_title, source, lang, date, identifier, author, editor, responsible_editor, "
                   "reporter, photographer, translator)");
  if (list) fail(path, "'" + key + "' takes one value, not a list");
}

// An empty value ("title: \"\"", "author: []") is refused: it would set nothing,
// or blank what the article says.
void add_value(std::vector<MetadataOverride>& out, const std::string& path, const std::string& key,
               const std::string& value) {
  if (value.find_first_not_of(" \t\r\n") == std::string::npos) fail(path, "'" + key + "' has an empty value");
  out.push_back({key, value});
}

void require_items(const std::string& path, const std::string& key, std::size_t items) {
  if (items == 0) fail(path, "'" + key + "' is an empty list");
}

std::vector<MetadataOverride> from_yaml(std::string_view text, const std::string& path) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    fail(path, "not valid YAML: line " + std::to_string(e.mark.line + 1) + ", column " +
                   std::to_string(e.mark.column + 1) + ": " + e.msg);
  }
  if (!root.IsDefined() || root.IsNull()) fail(path, "no metadata in it (an empty file?)");
  if (!root.IsMap()) fail(path, "must be a mapping of keys to values (title: …, author: […])");
  std::vector<MetadataOverride> out;
  for (const auto& entry : root) {
    if (!entry.first.IsScalar()) fail(path, "a key must be text");
    const std::string key = entry.first.Scalar();
    const YAML::Node& value = entry.second;
    check_key(path, key, value.IsSequence());
    if (value.IsScalar()) {
      add_value(out, path, key, value.Scalar());
    } else if (value.IsSequence()) {
      require_items(path, key, value.size());
      for (const auto& item : value) {
        if (!item.IsScalar()) fail(path, "'" + key + "' must be a list of names");
        add_value(out, path, key, item.Scalar());
      }
    } else if (value.IsNull()) {
      fail(path, "'" + key + "' has no value");
    } else {
      fail(path, "'" + key + "' must be text" + (role_from_name(key) ? " or a list of names" : ""));
    }
  }
  return out;
}

std::string json_text(const std::string& path, const std::string& key, const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) return value.dump();
  if (value.is_null()) fail(path, "'" + key + "' has no value");
  fail(path, "'" + key + "' must be text" + (role_from_name(key) ? " or a list of names" : ""));
}

std::vector<MetadataOverride> from_json(std::string_view text, const std::string& path) {
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::parse_error& e) {
    std::string what = e.what();
    if (const std::size_t at = what.find("parse error"); at != std::string::npos) what = what.substr(at);
    fail(path, "not valid JSON: " + what);
  }
  if (!root.is_object()) fail(path, "must be a JSON object of keys to values ({\"title\": …, \"author\": […]})");
  std::vector<MetadataOverride> out;
  for (const auto& [key, value] : root.items()) {
    check_key(path, key, value.is_array());
    if (value.is_array()) {
      require_items(path, key, value.size());
      for (const Json& item : value) {
        if (!item.is_string()) fail(path, "'" + key + "' must be a list of names");
        add_value(out, path, key, item.get<std::string>());
      }
    } else {
      add_value(out, path, key, json_text(path, key, value));
    }
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != suffix[i]) return false;
  }
  return true;
}

}  // namespace

std::vector<MetadataOverride> parse_metadata_file(std::string_view text, const std::string& path,
                                                  MetadataSyntax syntax) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (syntax == MetadataSyntax::detect) {
    if (ends_with(path, ".json")) {
      syntax = MetadataSyntax::json;
    } else if (ends_with(path, ".yaml") || ends_with(path, ".yml")) {
      syntax = MetadataSyntax::yaml;
    } else {
      const std::size_t first = text.find_first_not_of(" \t\r\n");
      syntax = first != std::string_view::npos && text[first] == '{' ? MetadataSyntax::json : MetadataSyntax::yaml;
    }
  }
  return syntax == MetadataSyntax::json ? from_json(text, path) : from_yaml(text, path);
}

std::vector<MetadataOverride> read_metadata_file(const std::string& path) {
  std::string text;
  try {
    text = read_bytes(path, 16ull << 20);
  } catch (const Error& e) {
    fail(path, e.what());
  }
  return parse_metadata_file(text, path);
}

std::vector<MetadataOverride> merge_metadata(const std::vector<MetadataOverride>& from_file,
                                             const std::vector<MetadataOverride>& from_command_line) {
  std::vector<MetadataOverride> out;
  for (const MetadataOverride& f : from_file) {
    const bool overridden = std::any_of(from_command_line.begin(), from_command_line.end(),
                                        [&](const MetadataOverride& c) { return canonical_key(c.key) == canonical_key(f.key); });
    if (!overridden) out.push_back(f);
  }
  out.insert(out.end(), from_command_line.begin(), from_command_line.end());
  return out;
}

}  // namespace artconv
