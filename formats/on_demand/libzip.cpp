// The libzip functions epub/zip_writer.cpp calls, for the artconv command
// only: libzip is opened when the first EPUB is written (on_demand/library.hpp).
// With the libcrypto it needs, loading it cost about 1.5 ms at every start,
// for EPUB output only; Debian ships no static libzip to link instead.
#include <zip.h>

#include "on_demand/library.hpp"

namespace {

void* libzip() {
  static void* const library = artconv::on_demand::open(ARTCONV_LIBZIP_SONAME, "EPUB output");
  return library;
}

}  // namespace

#define ARTCONV_LIBZIP(name) artconv::on_demand::function<&name, libzip>(#name)

extern "C" {

int zip_close(zip_t* za) { return ARTCONV_LIBZIP(zip_close)(za); }
void zip_discard(zip_t* za) { ARTCONV_LIBZIP(zip_discard)(za); }
void zip_error_fini(zip_error_t* error) { ARTCONV_LIBZIP(zip_error_fini)(error); }
void zip_error_init(zip_error_t* error) { ARTCONV_LIBZIP(zip_error_init)(error); }
void zip_error_set(zip_error_t* error, int ze, int se) { ARTCONV_LIBZIP(zip_error_set)(error, ze, se); }
zip_int64_t zip_error_to_data(const zip_error_t* error, void* data, zip_uint64_t length) {
  return ARTCONV_LIBZIP(zip_error_to_data)(error, data, length);
}
const char* zip_error_strerror(zip_error_t* error) { return ARTCONV_LIBZIP(zip_error_strerror)(error); }
zip_int64_t zip_file_add(zip_t* za, const char* name, zip_source_t* source, zip_flags_t flags) {
  return ARTCONV_LIBZIP(zip_file_add)(za, name, source, flags);
}
int zip_file_set_dostime(zip_t* za, zip_uint64_t index, zip_uint16_t time, zip_uint16_t date, zip_flags_t flags) {
  return ARTCONV_LIBZIP(zip_file_set_dostime)(za, index, time, date, flags);
}
int zip_file_set_external_attributes(zip_t* za, zip_uint64_t index, zip_flags_t flags, zip_uint8_t opsys,
                                     zip_uint32_t attributes) {
  return ARTCONV_LIBZIP(zip_file_set_external_attributes)(za, index, flags, opsys, attributes);
}
zip_error_t* zip_get_error(zip_t* za) { return ARTCONV_LIBZIP(zip_get_error)(za); }
zip_t* zip_open_from_source(zip_source_t* source, int flags, zip_error_t* error) {
  return ARTCONV_LIBZIP(zip_open_from_source)(source, flags, error);
}
int zip_set_file_compression(zip_t* za, zip_uint64_t index, zip_int32_t method, zip_uint32_t level) {
  return ARTCONV_LIBZIP(zip_set_file_compression)(za, index, method, level);
}
zip_source_t* zip_source_buffer(zip_t* za, const void* data, zip_uint64_t length, int free_when_done) {
  return ARTCONV_LIBZIP(zip_source_buffer)(za, data, length, free_when_done);
}
zip_source_t* zip_source_function(zip_t* za, zip_source_callback callback, void* user) {
  return ARTCONV_LIBZIP(zip_source_function)(za, callback, user);
}
zip_source_t* zip_source_buffer_create(const void* data, zip_uint64_t length, int free_when_done,
                                       zip_error_t* error) {
  return ARTCONV_LIBZIP(zip_source_buffer_create)(data, length, free_when_done, error);
}
int zip_source_close(zip_source_t* source) { return ARTCONV_LIBZIP(zip_source_close)(source); }
zip_error_t* zip_source_error(zip_source_t* source) { return ARTCONV_LIBZIP(zip_source_error)(source); }
void zip_source_free(zip_source_t* source) { ARTCONV_LIBZIP(zip_source_free)(source); }
void zip_source_keep(zip_source_t* source) { ARTCONV_LIBZIP(zip_source_keep)(source); }
int zip_source_open(zip_source_t* source) { return ARTCONV_LIBZIP(zip_source_open)(source); }
zip_int64_t zip_source_read(zip_source_t* source, void* data, zip_uint64_t length) {
  return ARTCONV_LIBZIP(zip_source_read)(source, data, length);
}
int zip_source_stat(zip_source_t* source, zip_stat_t* st) { return ARTCONV_LIBZIP(zip_source_stat)(source, st); }
void zip_stat_init(zip_stat_t* st) { ARTCONV_LIBZIP(zip_stat_init)(st); }

}  // extern "C"
