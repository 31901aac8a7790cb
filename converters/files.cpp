#include "files.hpp"

#include <fcntl.h>
#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iterator>

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
  // (errors name the list: "cannot open" alone does not say which file)
  const std::string named = "--files-from " + display_path(list) + ": ";
  std::string bytes;
  try {
    bytes = read_bytes(list);
  } catch (const Error& e) {
    throw Error(ErrorKind::usage, named + e.what());
  }
  if (!nul_separated && bytes.find('\0') != std::string::npos)
    throw Error(ErrorKind::usage, named + "holds NUL bytes (a NUL-separated list needs -0)");
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

namespace {

std::string size_text(std::uint64_t bytes) {
  if (bytes % (1ull << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

[[noreturn]] void too_large(std::uint64_t max_size) {
  throw Error(ErrorKind::input, "larger than the input size limit of " + size_text(max_size) +
                                    " (--max-input-size)");
}

}  // namespace

std::string read_bytes(const std::string& path, std::uint64_t max_size) {
  const bool standard_input = path == "-";
  const int fd = standard_input ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) throw Error(ErrorKind::input, std::string("cannot open: ") + std::strerror(errno));
  struct Closer {
    int fd;
    bool owned;
    ~Closer() {
      if (owned) ::close(fd);
    }
  } closer{fd, !standard_input};
  struct stat st {};
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) throw Error(ErrorKind::input, "is a folder, not a file");
    if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > max_size) too_large(max_size);
  }
  std::string bytes;
  // A regular file is read into exactly its size; only a file that grows
  // meanwhile (or a pipe) makes the string grow. The string never grows just
  // to find the end: that would double the input in memory.
  const bool sized = S_ISREG(st.st_mode) && st.st_size > 0;
  if (sized) bytes.reserve(static_cast<std::size_t>(st.st_size));
  std::size_t chunk = 64 * 1024;
  for (;;) {
    if (bytes.size() > max_size) too_large(max_size);
    const std::size_t used = bytes.size();
    if (sized && used == bytes.capacity()) {
      char probe[4096];
      const ssize_t n = ::read(fd, probe, sizeof probe);
      if (n < 0) {
        const int error = errno;
        if (error == EINTR) throw Error(ErrorKind::input, "interrupted while reading");
        throw Error(ErrorKind::input, std::string("cannot read: ") + std::strerror(error));
      }
      if (n == 0) break;
      bytes.append(probe, static_cast<std::size_t>(n));
      continue;
    }
    std::size_t room = static_cast<std::size_t>(std::min<std::uint64_t>(chunk, max_size + 1 - bytes.size()));
    if (sized) room = std::min(room, bytes.capacity() - used);
    bytes.resize(used + room);
    const ssize_t n = ::read(fd, bytes.data() + used, room);
    if (n < 0) {
      const int error = errno;
      bytes.resize(used);
      // A signal interrupts the read: whatever came so far is not the input.
      if (error == EINTR) throw Error(ErrorKind::input, "interrupted while reading");
      throw Error(ErrorKind::input, std::string("cannot read: ") + std::strerror(error));
    }
    bytes.resize(used + static_cast<std::size_t>(n));
    if (n == 0) break;
    chunk = std::min<std::size_t>(chunk * 2, 16u << 20);
  }
  if (bytes.size() > max_size) too_large(max_size);
  return bytes;
}

std::string display_path(std::string_view path) {
  if (path == "-") return "<stdin>";
  std::string out;
  out.reserve(path.size());
  const auto* s = reinterpret_cast<const std::uint8_t*>(path.data());
  const auto length = static_cast<std::int32_t>(path.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c == '\\') {
      out += "\\\\";  // so that "\xE9" written by a user is told from the byte E9
    } else if (c >= 0 && !(c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
      out.append(path.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    } else {
      // a byte that is no UTF-8, or a control character (a newline, an ESC) that would
      // break a message's line or drive the terminal
      for (std::int32_t b = start; b < i; ++b) {
        static constexpr char kHex[] = "0123456789ABCDEF";
        out += "\\x";
        out += kHex[s[b] >> 4];
        out += kHex[s[b] & 15];
      }
    }
  }
  return out;
}

}  // namespace artconv
