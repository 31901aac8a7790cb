// What kind of image a file is, told by its first bytes (never its name):
// the cover image formats an EPUB 3 reading system must show.
#pragma once

#include <optional>
#include <string_view>

namespace artconv::epub {

struct ImageType {
  std::string_view media_type;  // "image/png"
  std::string_view extension;   // ".png"
};

// JPEG, PNG, GIF or SVG (an XML document whose root is <svg>); nullopt for
// anything else, WebP included (not a core media type of EPUB 3.2, so
// reading systems need not show it and epubcheck refuses it without a fallback).
std::optional<ImageType> sniff_image(std::string_view bytes);

// What sniff_image saw, for an error message: "WebP", "a PDF document",
// "not an image".
std::string_view describe_non_image(std::string_view bytes);

}  // namespace artconv::epub
