#pragma once

#include <artconv/version.hpp>  // generated from project(VERSION)

namespace artconv {
inline constexpr const char* kVersion = ARTCONV_VERSION;
}
