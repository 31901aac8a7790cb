#include "files.hpp"

#include <fcntl.h>
#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "model/error.hpp"

namespace artconv {
namespace fs = std::filesystem;

namespace {

// A relative path inside the working folder keeps its folders below -d (so
// shards of one corpus converted separately land in one tree); any other
// path keeps only its name.
fs::path output_relative_path(const std::string& arg) {
  if (arg == "-") return "stdin";
  const fs::path p = fs::path(arg).lexically_normal();
  if (p.is_relative() && !p.empty() && *p.begin() != "..") return p;
  return p.filename();
}

}  // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& arguments, const std::string& include) {
  std::vector<InputFile> out;
  for (const std::string& arg : arguments) {
    std::error_code ec;
    if (arg != "-" && fs::is_directory(arg, ec)) {
      std::vector<InputFile> found;
      for (auto it = fs::recursive_directory_iterator(arg, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        const std::string name = it->path().filename().string();
        if (!include.empty() && fnmatch(include.c_str(), name.c_str(), 0) != 0) continue;
        found.push_back({it->path().string(), it->path().lexically_relative(arg)});
      }
      std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
      std::move(found.begin(), found.end(), std::back_inserter(out));
    } else {
      out.push_back({arg, output_relative_path(arg)});
    }
  }
  return out;
}

std::vector<std::string> read_file_list(const std::string& list, bool nul_separated) {
  const std::string bytes = read_bytes(list);
  std::vector<std::string> out;
  const char separator = nul_separated ? '\0' : '\n';
  std::size_t start = 0;
  while (start < bytes.size()) {
    std::size_t end = bytes.find(separator, start);
    if (end == std::string::npos) end = bytes.size();
    std::string path = bytes.substr(start, end - start);
    if (!nul_separated && !path.empty() && path.back() == '\r') path.pop_back();
    if (!path.empty()) out.push_back(std::move(path));
    start = end + 1;
  }
  return out;
}

std::string read_bytes(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return std::move(ss).str();
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw Error(ErrorKind::input, "is a folder, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::input, std::string("cannot open: ") + std::strerror(errno));
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error(ErrorKind::input, std::string("cannot read: ") + std::strerror(errno));
  return bytes;
}

namespace {

// A name no other writer uses: process id and a per-process counter, so that
// O_EXCL creation succeeds at once (and retries if a stale file is in the way).
std::string temporary_name(const fs::path& path) {
  static std::atomic<unsigned long> counter{0};
  std::string name(".");  // built piecewise: GCC 12 warns falsely (-Wrestrict) on "." + string
  name += path.filename().string();
  name += '.';
  name += std::to_string(::getpid());
  name += '.';
  name += std::to_string(counter.fetch_add(1));
  name += ".tmp";
  return name;
}

// Creates the temporary file with the permissions of any new file (0666 less
// the umask), making the folder if it is missing.
int create_temporary(const fs::path& dir, const fs::path& path, std::string& temp) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    temp = (dir / temporary_name(path)).string();
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) return fd;
    if (errno == ENOENT && attempt == 0) {
      std::error_code ec;
      fs::create_directories(dir, ec);
      if (ec) throw Error(ErrorKind::output, "cannot create folder " + dir.string() + ": " + ec.message());
    } else if (errno != EEXIST) {
      break;
    }
  }
  throw Error(ErrorKind::output, "cannot create a file in " + dir.string() + ": " + std::strerror(errno));
}

}  // namespace

void write_atomically(const fs::path& path, std::string_view bytes, const fs::path& input) {
  struct stat target {}, source {};
  if (!input.empty() && input != "-" && ::stat(path.c_str(), &target) == 0 && ::stat(input.c_str(), &source) == 0 &&
      target.st_dev == source.st_dev && target.st_ino == source.st_ino)
    throw Error(ErrorKind::output, "refusing to overwrite the input with " + path.string());
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::string temp;
  const int fd = create_temporary(dir, path, temp);
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(temp.c_str());
      throw Error(ErrorKind::output, "cannot write " + path.string() + ": " + why);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0 || std::rename(temp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(temp.c_str());
    throw Error(ErrorKind::output, "cannot write " + path.string() + ": " + why);
  }
}

}  // namespace artconv
