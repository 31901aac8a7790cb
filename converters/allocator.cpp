#include "allocator.hpp"

#include <malloc.h>

namespace artconv {

void tune_allocator() {
  // Freed memory up to this much stays in the process: far above what one
  // article needs, far below the RSS budget.
  constexpr int kKeep = 64 << 20;
  // Blocks from this size up (only huge inputs make them: the input, its
  // decoded text, an output) are mapped on their own and go back to the
  // kernel when freed, so that one stage's buffer is not still resident when
  // the next stage peaks. zlib's 256 KB state and whole ordinary articles stay
  // below it, warm. (A fixed threshold also stops glibc's dynamic one.)
  constexpr int kMapFrom = 4 << 20;
  mallopt(M_MMAP_THRESHOLD, kMapFrom);
  mallopt(M_TRIM_THRESHOLD, kKeep);
}

}  // namespace artconv
