// Bytes in any common encoding -> UTF-8: BOM first, then an explicit
// --encoding, then detection (ICU's detector and uchardet, candidates scored by
// strict decodability, detector confidence and plausibility of the text).
#pragma once

#include <string>
#include <string_view>

#include "model/error.hpp"

namespace artconv {

enum class OnInvalid { error, replace };

struct DecodeOptions {
  std::string encoding;  // empty: detect
  OnInvalid on_invalid = OnInvalid::error;
};

struct Decoded {
  std::string text;      // UTF-8, BOM removed; line endings and NFC untouched
  std::string encoding;  // IANA/MIME name of what was used: "UTF-8", "Big5" …
  double confidence = 0;  // 0..1
  std::string method;     // "bom", "declared", "detected"
  std::size_t replaced = 0;  // bytes sequences replaced by U+FFFD
};

// Detected encodings below this confidence always come with the warning
// `low-confidence-encoding` (an error under --strict). Calibrated on
// fixtures/encodings: see scripts/score-encodings and README.md.
inline constexpr double kLowConfidence = 0.7;

// Throws Error{input} for empty or binary input and for undecodable bytes
// (naming the byte offset) unless options.on_invalid == replace.
Decoded decode(std::string_view bytes, const DecodeOptions& options, Diagnostics& diagnostics);
// decode(), taking the bytes: input that is already valid UTF-8 (the common
// case) becomes the decoded text without a copy. `bytes` is left empty or
// unspecified, never needed again.
Decoded decode_in_place(std::string&& bytes, const DecodeOptions& options, Diagnostics& diagnostics);

// Whether ICU has a converter of that name (or alias).
bool is_known_encoding(const std::string& name);

// Encodes UTF-8 text into `encoding` (for tests and fixtures); throws on
// characters the encoding cannot represent.
std::string encode(std::string_view utf8, std::string_view encoding);

}  // namespace artconv
