#include "model/identifier.hpp"

#include <nettle/sha1.h>

#include <cstdio>

namespace artconv {

std::string name_based_uuid(const std::vector<std::string_view>& parts) {
  // artconv's own namespace UUID; the parts follow, each ended by a newline.
  static constexpr uint8_t kNamespace[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                             0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
  sha1_ctx ctx;
  sha1_init(&ctx);
  sha1_update(&ctx, sizeof kNamespace, kNamespace);
  for (std::string_view p : parts) {
    sha1_update(&ctx, p.size(), reinterpret_cast<const uint8_t*>(p.data()));
    sha1_update(&ctx, 1, reinterpret_cast<const uint8_t*>("\n"));
  }
  uint8_t d[SHA1_DIGEST_SIZE];
  sha1_digest(&ctx, SHA1_DIGEST_SIZE, d);
  d[6] = static_cast<uint8_t>((d[6] & 0x0F) | 0x50);  // version 5
  d[8] = static_cast<uint8_t>((d[8] & 0x3F) | 0x80);  // RFC 4122 variant
  char out[64];
  std::snprintf(out, sizeof out,
                "urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", d[0], d[1], d[2],
                d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12], d[13], d[14], d[15]);
  return out;
}

}  // namespace artconv
