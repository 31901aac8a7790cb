// The libzip functions zip_writer.cpp calls, for the artconv command only
// (cmake/ArtconvDependencies.cmake): each opens libzip at its first call and
// forwards to it. Only EPUB output uses libzip, and loading it with the
// libcrypto it needs cost about 1 ms at every start, a fifth of a one-article
// run in any format. Debian ships no static libzip to link instead.
#include <dlfcn.h>
#include <zip.h>

#include <string>

#include "model/error.hpp"

namespace {

void* libzip() {
  // (A failed dlopen throws, and the next call tries again.)
  static void* const handle = [] {
    void* h = ::dlopen(ARTCONV_LIBZIP_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!h)
      throw artconv::Error(artconv::ErrorKind::internal,
                           std::string("EPUB output needs libzip (" ARTCONV_LIBZIP_SONAME "): ") + ::dlerror());
    return h;
  }();
  return handle;
}

// libzip's `Function`, looked up once; `Function` (this file's forwarder of
// the same name) gives only the type.
template <auto Function>
decltype(Function) real(const char* name) {
  static const auto function = [name] {
    void* symbol = ::dlsym(libzip(), name);
    if (!symbol) throw artconv::Error(artconv::ErrorKind::internal, std::string("libzip lacks ") + name);
    return reinterpret_cast<decltype(Function)>(symbol);
  }();
  return function;
}

}  // namespace

#define ARTCONV_LIBZIP(name) real<&name>(#name)

extern "C" {

int zip_close(zip_t* za) { return ARTCONV_LIBZIP(zip_close)(za); }
void zip_discard(zip_t* za) { ARTCONV_LIBZIP(zip_discard)(za); }
void zip_error_fini(zip_error_t* error) { ARTCONV_LIBZIP(zip_error_fini)(error); }
void zip_error_init(zip_error_t* error) { ARTCONV_LIBZIP(zip_error_init)(error); }
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
