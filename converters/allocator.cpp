#include "allocator.hpp"

#include <malloc.h>

namespace artconv {

void tune_allocator() {
  constexpr int kKeep = 64 << 20;  // bytes: far above what one article needs, far below the RSS budget
  mallopt(M_MMAP_THRESHOLD, kKeep);
  mallopt(M_TRIM_THRESHOLD, kKeep);
}

}  // namespace artconv
