#include "epub/zip_writer.hpp"

#include <zip.h>

#include <deque>
#include <exception>

#include "model/error.hpp"

namespace artconv::epub {
namespace {

// 1980-01-01 00:00:00, the first moment a DOS timestamp can hold. Set as a DOS
// date directly: libzip converts time_t through the local time zone.
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t kDosTime = 0;
constexpr zip_uint32_t kRegularFile = 0100644u << 16;

[[noreturn]] void fail(const char* what, zip_error_t* error) {
  throw Error(ErrorKind::internal, std::string("libzip: ") + what + ": " + zip_error_strerror(error));
}

// libzip's side of an EntrySource: a C callback that must not let an
// exception through; the first one is kept for finish() to rethrow.
struct StreamedEntry {
  std::unique_ptr<EntrySource> source;
  std::exception_ptr& failure;
  zip_error_t error{};

  static zip_int64_t call(void* user, void* data, zip_uint64_t length, zip_source_cmd_t command) {
    auto* self = static_cast<StreamedEntry*>(user);
    try {
      switch (command) {
        case ZIP_SOURCE_OPEN:
          self->source->open();
          return 0;
        case ZIP_SOURCE_READ:
          return static_cast<zip_int64_t>(self->source->read(static_cast<char*>(data), length));
        case ZIP_SOURCE_CLOSE:
          self->source->close();
          return 0;
        case ZIP_SOURCE_STAT: {
          auto* st = static_cast<zip_stat_t*>(data);
          zip_stat_init(st);
          st->size = self->source->size();
          st->valid |= ZIP_STAT_SIZE;
          return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR:
          return zip_error_to_data(&self->error, data, length);
        case ZIP_SOURCE_FREE:
          zip_error_fini(&self->error);
          delete self;
          return 0;
        case ZIP_SOURCE_SUPPORTS:
          return ZIP_SOURCE_SUPPORTS_READABLE;
        default:
          zip_error_set(&self->error, ZIP_ER_OPNOTSUPP, 0);
          return -1;
      }
    } catch (...) {
      if (!self->failure) self->failure = std::current_exception();
      zip_error_set(&self->error, ZIP_ER_INTERNAL, 0);
      return -1;
    }
  }
};

void set_attributes(zip_t* za, zip_uint64_t index, bool store) {
  if (zip_set_file_compression(za, index, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 1) < 0 ||
      zip_file_set_dostime(za, index, kDosTime, kDosDate, 0) < 0 ||
      zip_file_set_external_attributes(za, index, 0, ZIP_OPSYS_UNIX, kRegularFile) < 0)
    fail("cannot set entry attributes", zip_get_error(za));
}

zip_uint64_t add_entry(zip_t* za, std::string_view name, zip_source_t* source) {
  if (!source) fail("cannot add an entry", zip_get_error(za));
  const std::string entry(name);
  const zip_int64_t index = zip_file_add(za, entry.c_str(), source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(source);  // ownership passes to libzip only on success
    fail("cannot add an entry", zip_get_error(za));
  }
  return static_cast<zip_uint64_t>(index);
}

}  // namespace

struct ZipWriter::Impl {
  zip_error_t error;
  zip_source_t* buffer = nullptr;
  zip_t* archive = nullptr;
  std::deque<std::string> contents;  // libzip reads them at zip_close
  std::exception_ptr failure;        // what an EntrySource threw inside zip_close

  Impl() { zip_error_init(&error); }
  ~Impl() {
    if (archive) zip_discard(archive);
    if (buffer) zip_source_free(buffer);
    zip_error_fini(&error);
  }
};

ZipWriter::ZipWriter() : impl_(std::make_unique<Impl>()) {
  impl_->buffer = zip_source_buffer_create(nullptr, 0, 0, &impl_->error);
  if (!impl_->buffer) fail("cannot create a buffer", &impl_->error);
  impl_->archive = zip_open_from_source(impl_->buffer, ZIP_TRUNCATE, &impl_->error);
  if (!impl_->archive) fail("cannot open an archive", &impl_->error);
  zip_source_keep(impl_->buffer);  // the bytes must outlive zip_close
}

ZipWriter::~ZipWriter() = default;

void ZipWriter::add(std::string_view name, std::string bytes, bool stored) {
  zip_t* za = impl_->archive;
  const std::string& data = impl_->contents.emplace_back(std::move(bytes));
  const zip_uint64_t index = add_entry(za, name, zip_source_buffer(za, data.data(), data.size(), 0));
  // Deflating a small entry costs more (zlib sets up ~256 KB of state) than it saves.
  constexpr std::size_t kSmallestDeflated = 2048;
  set_attributes(za, index, stored || data.size() < kSmallestDeflated);
}

void ZipWriter::add(std::string_view name, std::unique_ptr<EntrySource> source) {
  zip_t* za = impl_->archive;
  auto* entry = new StreamedEntry{std::move(source), impl_->failure};
  zip_error_init(&entry->error);
  zip_source_t* zs = zip_source_function(za, &StreamedEntry::call, entry);
  if (!zs) {
    zip_error_fini(&entry->error);
    delete entry;
  }
  set_attributes(za, add_entry(za, name, zs), false);
}

std::string ZipWriter::finish() {
  if (zip_close(impl_->archive) < 0) {
    if (impl_->failure) std::rethrow_exception(impl_->failure);
    fail("cannot write the archive", zip_get_error(impl_->archive));
  }
  impl_->archive = nullptr;
  zip_source_t* src = impl_->buffer;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(src, &st) < 0 || zip_source_open(src) < 0) fail("cannot read the archive", zip_source_error(src));
  std::string out(static_cast<std::size_t>(st.size), '\0');
  const zip_int64_t n = zip_source_read(src, out.data(), st.size);
  zip_source_close(src);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) fail("cannot read the archive", zip_source_error(src));
  return out;
}

}  // namespace artconv::epub
