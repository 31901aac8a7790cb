#pragma once

namespace artconv {
inline constexpr const char* kVersion = "0.1.0";
}
