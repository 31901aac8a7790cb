#include "output_plan.hpp"

#include <sys/stat.h>

#include <unordered_map>

#include "model/error.hpp"

namespace artconv {
namespace fs = std::filesystem;

namespace {

// What identifies a file: "i:<dev>:<ino>" for one that exists, "p:<path>"
// (folders resolved) for one that does not yet; empty for what is not a
// regular file and so cannot be lost by being written.
class FileKeys {
 public:
  std::string key(const fs::path& path) {
    if (path.empty() || path == "-") return {};
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
      if (!S_ISREG(st.st_mode)) return {};
      return "i:" + std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino);
    }
    return "p:" + (resolved_folder(path.parent_path()) / path.filename()).string();
  }

 private:
  // Folders repeat across a batch's outputs: resolve each once.
  const fs::path& resolved_folder(const fs::path& folder) {
    auto [it, added] = folders_.try_emplace(folder.string());
    if (added) {
      std::error_code ec;
      fs::path absolute = fs::absolute(folder.empty() ? fs::path(".") : folder, ec);
      fs::path resolved = ec ? absolute : fs::weakly_canonical(absolute, ec);
      it->second = ec ? absolute.lexically_normal() : resolved;
    }
    return it->second;
  }

  std::unordered_map<std::string, fs::path> folders_;
};

}  // namespace

void check_output_plan(const std::vector<InputFile>& inputs, const std::vector<PlannedOutput>& outputs) {
  FileKeys keys;
  std::unordered_map<std::string, const InputFile*> input_keys;
  for (const InputFile& input : inputs)
    if (std::string k = keys.key(input.path); !k.empty()) input_keys.emplace(std::move(k), &input);
  std::unordered_map<std::string, const PlannedOutput*> output_keys;
  for (const PlannedOutput& output : outputs) {
    std::string k = keys.key(output.path);
    if (k.empty()) continue;
    if (auto it = input_keys.find(k); it != input_keys.end()) {
      const std::string& input = it->second->path;
      const std::string through = output.path.string() == input ? "" : " through " + display_path(output.path.string());
      throw Error(ErrorKind::usage, output.what + " would overwrite the input " + display_path(input) + through);
    }
    auto [it, added] = output_keys.emplace(std::move(k), &output);
    if (!added)
      throw Error(ErrorKind::usage, it->second->what + " and " + output.what + " would both be written to " +
                                        display_path(output.path.string()));
  }
}

}  // namespace artconv
