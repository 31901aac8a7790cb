#include "epub/image_type.hpp"

#include <array>

namespace artconv::epub {
namespace {

bool starts_with(std::string_view bytes, std::string_view magic) { return bytes.substr(0, magic.size()) == magic; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// An XML document (after a BOM, an XML declaration, comments, a DOCTYPE)
// whose root element is svg, with or without a prefix.
bool is_svg(std::string_view bytes) {
  std::string_view s = bytes.substr(0, 4096);
  if (starts_with(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  for (;;) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    if (starts_with(s, "<?") || starts_with(s, "<!--") || starts_with(s, "<!")) {
      const std::string_view close = starts_with(s, "<?") ? "?>" : starts_with(s, "<!--") ? "-->" : ">";
      const std::size_t end = s.find(close);
      if (end == std::string_view::npos) return false;
      s.remove_prefix(end + close.size());
      continue;
    }
    if (!starts_with(s, "<")) return false;
    s.remove_prefix(1);
    const std::size_t colon = s.find(':');
    const std::size_t name_end = s.find_first_of(" \t\r\n/>");
    if (colon != std::string_view::npos && colon < name_end) s.remove_prefix(colon + 1);
    return starts_with(s, "svg") && s.size() > 3 && (is_space(s[3]) || s[3] == '>' || s[3] == '/');
  }
}

}  // namespace

std::optional<ImageType> sniff_image(std::string_view bytes) {
  if (starts_with(bytes, "\xFF\xD8\xFF")) return ImageType{"image/jpeg", ".jpg"};
  if (starts_with(bytes, "\x89PNG\r\n\x1A\n")) return ImageType{"image/png", ".png"};
  if (starts_with(bytes, "GIF87a") || starts_with(bytes, "GIF89a")) return ImageType{"image/gif", ".gif"};
  if (is_svg(bytes)) return ImageType{"image/svg+xml", ".svg"};
  return std::nullopt;
}

std::string_view describe_non_image(std::string_view bytes) {
  if (bytes.size() >= 12 && starts_with(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP") return "WebP";
  if (starts_with(bytes, "%PDF")) return "a PDF document";
  if (starts_with(bytes, "II*") || starts_with(bytes, "MM\0*")) return "TIFF";
  if (starts_with(bytes, "BM")) return "BMP";
  if (bytes.size() >= 12 && bytes.substr(4, 4) == "ftyp") return "HEIF/AVIF";
  return "not an image";
}

}  // namespace artconv::epub
