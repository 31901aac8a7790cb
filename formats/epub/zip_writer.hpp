// A ZIP archive built in memory with libzip, for EPUB: entries in the order
// added, fixed timestamps and attributes, so the same entries give the same bytes.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace artconv::epub {

class ZipWriter {
 public:
  ZipWriter();
  ~ZipWriter();
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  // `stored`: no compression (the EPUB mimetype entry must be stored).
  void add(std::string_view name, std::string bytes, bool stored = false);
  // Closes the archive and returns its bytes. The writer is spent afterwards.
  std::string finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace artconv::epub
