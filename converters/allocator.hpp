// Process-wide allocator tuning for a converter that makes many similar,
// short-lived allocations (zlib's 256 KB deflate state per EPUB entry, whole
// articles): keep freed memory in the process instead of returning it to the
// kernel and faulting it back in for the next article. Call once from main().
#pragma once

namespace artconv {

void tune_allocator();

}  // namespace artconv
