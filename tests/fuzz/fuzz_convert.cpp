// Fuzz target: any bytes through decode -> read -> every writer, in both
// --on-invalid modes. Build with clang -fsanitize=fuzzer (ARTCONV_FUZZ=ON)
// to fuzz; replay_main.cpp replays a corpus under GCC and ctest.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pipeline.hpp"
#include "registry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static artconv::plaintext::Reader reader;  // one per process, as a worker thread has
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const artconv::OnInvalid mode : {artconv::OnInvalid::error, artconv::OnInvalid::replace}) {
    artconv::ConvertOptions options;
    options.decode.on_invalid = mode;
    try {
      artconv::Conversion c = artconv::read_input(reader, bytes, "fuzz.txt", options);
      for (const artconv::Writer& w : artconv::writers()) {
        artconv::WriterOptions wrapped;
        wrapped.wrap = 40;
        (void)w.render({&c.document, 1}, wrapped, c.diagnostics);
      }
    } catch (const artconv::Error&) {
      // A clear error is a correct answer to bad input.
    }
  }
  return 0;
}
