// Writing outputs so that nothing is ever lost: a regular file is replaced
// whole through a temporary file and a rename, a device, FIFO or socket is
// written directly, a symbolic link is followed, and every write is checked.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace artconv {

// Writes `bytes` to `path`:
// - a character device, a FIFO or a socket (also /dev/stdout, /dev/fd/N) is
//   opened and written directly: no temporary file, no rename;
// - a folder or a block device is refused;
// - anything else is a file: a symbolic link is followed to its final target
//   (the link stays), the bytes go to a temporary file with an unpredictable
//   name in the target's folder (created with O_EXCL, never through a link),
//   which is renamed over the target; an existing target keeps its
//   permission bits (and, for root, its owner); a missing folder is created.
// Throws Error{output} naming what failed; nothing is then left under `path`
// that is not the old or the new content, whole.
void write_output(const std::filesystem::path& path, std::string_view bytes);

// A file that appears under its final name only when it is complete: appends
// go to a temporary file beside it, commit() renames it into place, and the
// destructor removes it if commit() was never reached.
struct ResolvedTarget;

class AtomicFile {
 public:
  explicit AtomicFile(const std::filesystem::path& path);  // throws Error{output}
  explicit AtomicFile(const ResolvedTarget& target);        // a path already resolved (output.cpp)
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void append(std::string_view bytes);  // throws Error{output}
  void commit();                        // throws Error{output}
  const std::filesystem::path& path() const noexcept { return target_; }

 private:
  std::filesystem::path target_;  // the final name, links resolved
  std::string temporary_;
  int fd_ = -1;
  bool keep_mode_ = false;
  unsigned mode_ = 0, uid_ = 0, gid_ = 0;
};

// An output that appears only at commit(), as write_output() says: a file's
// bytes go to its temporary file as they are appended (so they need not be
// held in memory), a device's, FIFO's or socket's are held until commit().
// Destroyed without commit(), it leaves nothing.
class StagedOutput {
 public:
  explicit StagedOutput(const std::filesystem::path& path);  // throws Error{output}
  void append(std::string_view bytes);                      // throws Error{output}
  void commit();                                            // throws Error{output}

 private:
  enum class Kind { file, descriptor, device, socket };
  std::filesystem::path path_;
  Kind kind_ = Kind::file;
  std::optional<AtomicFile> file_;
  std::string held_;
};

// Writes all of `bytes` to `fd`, retrying short writes and EINTR. Throws
// Error{output} "cannot write <what>: <reason>".
void write_all(int fd, std::string_view bytes, const std::string& what);

// Removes every temporary file this process has open right now. For an
// emergency stop (a signal that cannot wait for the work under way); after
// it, no output may be committed, so the caller must exit at once.
void remove_temporaries_for_exit() noexcept;

}  // namespace artconv
