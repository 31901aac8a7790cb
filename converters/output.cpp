#include "output.hpp"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <optional>
#include <set>

#include "model/error.hpp"

namespace artconv {
namespace fs = std::filesystem;

namespace {

std::string reason() { return std::strerror(errno); }

[[noreturn]] void fail(const std::string& what) { throw Error(ErrorKind::output, what + ": " + reason()); }

// The temporary files under way. Process-wide because an emergency stop must
// find them all; renames happen under the same lock, so that once the stop
// holds it no output can appear under a final name any more.
struct Temporaries {
  std::mutex mutex;
  std::set<std::string> paths;
};
Temporaries& temporaries() {
  static Temporaries t;
  return t;
}

// 64 unpredictable bits as 16 hex digits: another process cannot plant the
// name in advance, and O_EXCL makes a collision a retry, never a failure.
std::string random_suffix() {
  unsigned char bytes[8];
  if (::getrandom(bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes)) {
    static std::atomic<unsigned long long> counter{0};
    const unsigned long long mix = static_cast<unsigned long long>(
                                       std::chrono::steady_clock::now().time_since_epoch().count()) ^
                                   (static_cast<unsigned long long>(::getpid()) << 32) ^ counter.fetch_add(1);
    std::memcpy(bytes, &mix, sizeof bytes);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s;
  for (unsigned char b : bytes) {
    s += kHex[b >> 4];
    s += kHex[b & 15];
  }
  return s;
}

}  // namespace

// The file a chain of symbolic links ends at (which need not exist yet), and
// what it is: the last lstat() of the chain is the target's stat().
struct ResolvedTarget {
  fs::path path;
  bool exists = false;
  struct stat st {};
};

namespace {

ResolvedTarget resolve(fs::path path) {
  for (int hops = 0; hops < 40; ++hops) {
    ResolvedTarget target;
    if (::lstat(path.c_str(), &target.st) != 0) {
      target.path = std::move(path);
      return target;
    }
    if (!S_ISLNK(target.st.st_mode)) {
      target.path = std::move(path);
      target.exists = true;
      return target;
    }
    std::error_code ec;
    const fs::path link = fs::read_symlink(path, ec);
    if (ec) throw Error(ErrorKind::output, "cannot read the link " + path.string() + ": " + ec.message());
    path = link.is_absolute() ? link : path.parent_path() / link;
  }
  throw Error(ErrorKind::output, "too many levels of symbolic links: " + path.string());
}

// /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N name a descriptor
// this process already has: write to it, never reopen or replace what it is.
std::optional<int> named_descriptor(const fs::path& path) {
  const std::string p = path.lexically_normal().string();
  if (p == "/dev/stdout") return 1;
  if (p == "/dev/stderr") return 2;
  for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (!p.starts_with(prefix)) continue;
    int fd = -1;
    const char* first = p.data() + prefix.size();
    const auto [end, ec] = std::from_chars(first, p.data() + p.size(), fd);
    if (ec == std::errc() && end == p.data() + p.size() && first != end) return fd;
  }
  return std::nullopt;
}

void close_checked(int fd, const std::string& what) {
  if (::close(fd) != 0 && errno != EINTR) fail("cannot write " + what);
}

// Writes and closes `fd`, which is closed whatever happens.
void write_and_close(int fd, std::string_view bytes, const std::string& what) {
  try {
    write_all(fd, bytes, what);
  } catch (...) {
    ::close(fd);
    throw;
  }
  close_checked(fd, what);
}

// A FIFO without a reader would block forever: open it non-blocking, which
// fails at once (ENXIO) when nobody reads, then write blocking.
void write_fifo_or_device(const fs::path& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    if (errno == ENXIO) throw Error(ErrorKind::output, "cannot write " + path.string() + ": no process reads it");
    fail("cannot open " + path.string());
  }
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  write_and_close(fd, bytes, path.string());
}

void write_socket(const fs::path& path, std::string_view bytes) {
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  if (path.native().size() >= sizeof address.sun_path)
    throw Error(ErrorKind::output, "cannot write " + path.string() + ": socket path too long");
  std::memcpy(address.sun_path, path.c_str(), path.native().size());
  const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) fail("cannot write " + path.string());
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    const std::string why = reason();
    ::close(fd);
    throw Error(ErrorKind::output, "cannot connect to the socket " + path.string() + ": " + why);
  }
  write_and_close(fd, bytes, path.string());
}

}  // namespace

void write_all(int fd, std::string_view bytes, const std::string& what) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("cannot write " + what);
    if (n == 0) throw Error(ErrorKind::output, "cannot write " + what + ": nothing was written");
    written += static_cast<std::size_t>(n);
  }
}

AtomicFile::AtomicFile(const fs::path& path) : AtomicFile(resolve(path)) {}

AtomicFile::AtomicFile(const ResolvedTarget& resolved) : target_(resolved.path) {
  if (resolved.exists && S_ISREG(resolved.st.st_mode)) {
    keep_mode_ = true;
    mode_ = resolved.st.st_mode & 07777;
    uid_ = resolved.st.st_uid;
    gid_ = resolved.st.st_gid;
  }
  const fs::path dir = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
  std::string prefix(".");  // built piecewise: GCC 12 warns falsely (-Wrestrict) on "." + string
  // ".<name>.<16 hex digits>.tmp" must fit in a file name (255 bytes) when the name itself
  // nearly fills one: the name is then cut, at a character's start.
  constexpr std::size_t kLongestName = 255, kAround = 1 + 1 + 16 + 4;
  std::string name = target_.filename().string();
  if (name.size() > kLongestName - kAround) {
    std::size_t cut = kLongestName - kAround;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    name.resize(cut);
  }
  prefix += name;
  prefix += '.';
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string temporary = (dir / (prefix + random_suffix() + ".tmp")).string();
    // Registered before it exists, so an emergency stop never misses it.
    {
      std::lock_guard lock(temporaries().mutex);
      temporaries().paths.insert(temporary);
    }
    fd_ = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd_ >= 0) {
      temporary_ = std::move(temporary);
      return;
    }
    const int error = errno;
    {
      std::lock_guard lock(temporaries().mutex);
      temporaries().paths.erase(temporary);
    }
    if (error == ENOENT && attempt == 0) {
      std::error_code ec;
      fs::create_directories(dir, ec);
      if (ec) throw Error(ErrorKind::output, "cannot create the folder " + dir.string() + ": " + ec.message());
    } else if (error != EEXIST) {
      errno = error;
      fail("cannot create a file in " + dir.string());
    }
  }
  throw Error(ErrorKind::output, "cannot create a file in " + dir.string() + ": every temporary name is taken");
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (temporary_.empty()) return;
  std::lock_guard lock(temporaries().mutex);
  ::unlink(temporary_.c_str());
  temporaries().paths.erase(temporary_);
}

void AtomicFile::append(std::string_view bytes) { write_all(fd_, bytes, target_.string()); }

void AtomicFile::commit() {
  // Owner first: chown clears the set-id bits that chmod then restores.
  if (keep_mode_ && ::geteuid() == 0) (void)::fchown(fd_, uid_, gid_);
  if (keep_mode_ && ::fchmod(fd_, mode_) != 0) fail("cannot set the permissions of " + target_.string());
  const int fd = fd_;
  fd_ = -1;
  close_checked(fd, target_.string());
  std::lock_guard lock(temporaries().mutex);
  if (std::rename(temporary_.c_str(), target_.c_str()) != 0) fail("cannot write " + target_.string());
  temporaries().paths.erase(temporary_);
  temporary_.clear();
}

StagedOutput::StagedOutput(const fs::path& path) : path_(path) {
  if (named_descriptor(path)) {
    kind_ = Kind::descriptor;
    return;
  }
  // One lstat() for the common case: a new file, or a file that is no link.
  const ResolvedTarget target = resolve(path);
  if (target.exists) {
    const mode_t mode = target.st.st_mode;
    if (S_ISDIR(mode)) throw Error(ErrorKind::output, "cannot write " + path.string() + ": it is a folder");
    if (S_ISBLK(mode)) throw Error(ErrorKind::output, "refusing to write to the block device " + path.string());
    if (S_ISCHR(mode) || S_ISFIFO(mode)) kind_ = Kind::device;
    if (S_ISSOCK(mode)) kind_ = Kind::socket;
  }
  if (kind_ == Kind::file) file_.emplace(target);
}

void StagedOutput::append(std::string_view bytes) {
  if (file_)
    file_->append(bytes);
  else
    held_.append(bytes);
}

void StagedOutput::commit() {
  switch (kind_) {
    case Kind::file: file_->commit(); break;
    case Kind::descriptor: write_all(*named_descriptor(path_), held_, path_.string()); break;
    case Kind::device: write_fifo_or_device(path_, held_); break;
    case Kind::socket: write_socket(path_, held_); break;
  }
  std::string().swap(held_);
}

void write_output(const fs::path& path, std::string_view bytes) {
  StagedOutput output(path);
  output.append(bytes);
  output.commit();
}

void remove_temporaries_for_exit() noexcept {
  Temporaries& t = temporaries();
  t.mutex.lock();  // kept: no rename may follow the removal
  for (const std::string& p : t.paths) ::unlink(p.c_str());
}

}  // namespace artconv
