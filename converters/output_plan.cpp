#include "output_plan.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <unordered_map>

#include "model/error.hpp"

namespace artconv {
namespace fs = std::filesystem;

namespace {

std::string inode_key(const struct stat& st) {
  if (!S_ISREG(st.st_mode)) return {};
  return "i:" + std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino);
}

// What identifies a file: "i:<dev>:<ino>" for one that exists, "p:<path>"
// (folders and links resolved) for one that does not yet; empty for what is
// not a regular file and so cannot be lost by being written.
class FileKeys {
 public:
  // `descriptor`: what "-" stands for (0 among inputs, 1 among outputs).
  std::string key(fs::path path, int descriptor) {
    if (path.empty()) return {};
    struct stat st {};
    if (path == "-") return ::fstat(descriptor, &st) == 0 ? inode_key(st) : std::string();
    // A link to a file that does not exist yet: the file it would create.
    constexpr int kMostLinks = 40;  // as the kernel's ELOOP
    for (int hops = 0; ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode) && hops < kMostLinks; ++hops) {
      std::error_code ec;
      const fs::path target = fs::read_symlink(path, ec);
      if (ec) break;
      path = target.is_absolute() ? target : path.parent_path() / target;
    }
    if (::stat(path.c_str(), &st) == 0) return inode_key(st);
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

std::string spelled(const fs::path& path) { return path == "-" ? "standard output" : display_path(path.string()); }

}  // namespace

void check_output_plan(const std::vector<InputFile>& inputs, const std::vector<PlannedFile>& side_inputs,
                       const std::vector<PlannedFile>& outputs) {
  FileKeys keys;
  // what each file read is, for messages: "the input a.txt", "the --css file style.css"
  std::unordered_map<std::string, std::string> read_keys;
  for (const InputFile& input : inputs)
    if (std::string k = keys.key(input.path, STDIN_FILENO); !k.empty())
      read_keys.emplace(std::move(k), input.path == "-" ? "the input read from standard input"
                                                         : "the input " + display_path(input.path));
  for (const PlannedFile& side : side_inputs)
    if (std::string k = keys.key(side.path, STDIN_FILENO); !k.empty())
      read_keys.emplace(std::move(k), side.what + " " + display_path(side.path.string()));
  std::unordered_map<std::string, const PlannedFile*> output_keys;
  std::unordered_map<std::string, const PlannedFile*> planned_paths;  // outputs still to be created, resolved
  for (const PlannedFile& output : outputs) {
    std::string k = keys.key(output.path, STDOUT_FILENO);
    if (k.empty()) continue;
    if (auto it = read_keys.find(k); it != read_keys.end()) {
      const std::string& read = it->second;
      std::string message = output.what;
      message += " would overwrite ";
      message += read;
      // (a link or another spelling of the file: say which)
      if (output.path != "-" && !read.ends_with(display_path(output.path.string()))) {
        message += " through ";
        message += spelled(output.path);
      }
      throw Error(ErrorKind::usage, message);
    }
    if (k.starts_with("p:")) planned_paths.emplace(k.substr(2), &output);
    auto [it, added] = output_keys.emplace(std::move(k), &output);
    if (!added)
      throw Error(ErrorKind::usage, it->second->what + " and " + output.what + " would both be written to " +
                                        (it->second->path == output.path ? spelled(output.path)
                                                                         : spelled(it->second->path) + " and " +
                                                                               spelled(output.path) + ", one file"));
  }
  // "out/a.txt" (from x/a) and "out/a.txt/b.txt" (from y/a.txt/b.txt): one output would need
  // the other's name for a folder.
  for (const auto& [path, output] : planned_paths)
    for (fs::path folder = fs::path(path).parent_path(); folder.has_relative_path(); folder = folder.parent_path())
      if (auto it = planned_paths.find(folder.string()); it != planned_paths.end())
        throw Error(ErrorKind::usage, it->second->what + " would be written to " + spelled(it->second->path) +
                                          ", a folder " + output->what + " needs");
}

}  // namespace artconv
