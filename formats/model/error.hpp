// One root exception for everything that crosses a module boundary. The kind
// decides the exit code; only converters/ prints.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace artconv {

enum class ErrorKind {
  usage,     // bad command line: exit 2
  input,     // unreadable or unusable input (empty, binary, undecodable): exit 1
  output,    // could not write an output: exit 1
  internal,  // a library call failed unexpectedly: exit 1
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message, std::optional<std::uint64_t> offset = {})
      : std::runtime_error(std::move(message)), kind_(kind), offset_(offset) {}
  ErrorKind kind() const noexcept { return kind_; }
  // Byte offset in the input the error refers to, when there is one.
  std::optional<std::uint64_t> offset() const noexcept { return offset_; }

 private:
  ErrorKind kind_;
  std::optional<std::uint64_t> offset_;
};

// Lossy or doubtful things that are not failures (low-confidence decoding,
// characters XML cannot carry). `--strict` turns them into errors.
struct Warning {
  std::string code;     // stable, machine-readable: "low-confidence-encoding"
  std::string message;  // one line for people
  friend bool operator==(const Warning&, const Warning&) = default;
};

class Diagnostics {
 public:
  void warn(std::string code, std::string message) {
    Warning w{std::move(code), std::move(message)};
    for (const Warning& seen : warnings_)
      if (seen == w) return;
    warnings_.push_back(std::move(w));
  }
  const std::vector<Warning>& warnings() const noexcept { return warnings_; }
  bool empty() const noexcept { return warnings_.empty(); }

 private:
  std::vector<Warning> warnings_;
};

}  // namespace artconv
