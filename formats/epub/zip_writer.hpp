// A ZIP archive built in memory with libzip, for EPUB: entries in the order
// added, fixed timestamps and attributes, so the same entries give the same bytes.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace artconv::epub {

// An entry's bytes made while libzip reads them, so that a large entry is
// never held whole: libzip opens it once, when finish() writes the archive.
class EntrySource {
 public:
  virtual ~EntrySource() = default;
  virtual std::size_t size() const = 0;  // what the reads will give in all
  virtual void open() = 0;
  // Up to `capacity` next bytes into `out`; 0 at the end.
  virtual std::size_t read(char* out, std::size_t capacity) = 0;
  virtual void close() = 0;
};

class ZipWriter {
 public:
  ZipWriter();
  ~ZipWriter();
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  // `stored`: no compression (the EPUB mimetype entry must be stored).
  void add(std::string_view name, std::string bytes, bool stored = false);
  // An entry deflated from `source`'s bytes; the same bytes added whole give
  // the same archive. What the source throws, finish() rethrows.
  void add(std::string_view name, std::unique_ptr<EntrySource> source);
  // Closes the archive and returns its bytes. The writer is spent afterwards.
  std::string finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace artconv::epub
