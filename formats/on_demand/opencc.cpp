// The OpenCC functions unicode/chinese_script.cpp calls, for the artconv
// command only: OpenCC (and its libmarisa) is opened when --chinese first
// needs it (on_demand/library.hpp); loading it cost about 0.4 ms at every
// start. Debian ships no static OpenCC to link instead.
#include <opencc.h>

#include "on_demand/library.hpp"

namespace {

void* libopencc() {
  static void* const library = artconv::on_demand::open(ARTCONV_OPENCC_SONAME, "--chinese");
  return library;
}

}  // namespace

#define ARTCONV_OPENCC(name) artconv::on_demand::function<&name, libopencc>(#name)

extern "C" {

opencc_t opencc_open(const char* config_file) { return ARTCONV_OPENCC(opencc_open)(config_file); }
int opencc_close(opencc_t converter) { return ARTCONV_OPENCC(opencc_close)(converter); }
char* opencc_convert_utf8(opencc_t converter, const char* input, size_t length) {
  return ARTCONV_OPENCC(opencc_convert_utf8)(converter, input, length);
}
void opencc_convert_utf8_free(char* text) { ARTCONV_OPENCC(opencc_convert_utf8_free)(text); }
const char* opencc_error(void) { return ARTCONV_OPENCC(opencc_error)(); }

}  // extern "C"
