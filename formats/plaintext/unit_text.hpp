// The text of a unit (a paragraph candidate). Most units are one line as
// written, so their text is a view into the reader's normalized input
// (Draft::text) and the input is not copied once more per unit; a text the
// passes build (lines joined, a part split off) is owned. A part of the text
// itself (trimmed, a prefix cut off) is again a view of the same storage.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace artconv::plaintext {

class UnitText {
 public:
  UnitText() = default;
  // A view of `text`, which outlives the unit (Draft::text: the input).
  static UnitText viewing(std::string_view text);

  UnitText(const UnitText& other);
  UnitText& operator=(const UnitText& other);
  UnitText(UnitText&&) noexcept = default;
  UnitText& operator=(UnitText&&) noexcept = default;

  // `text` may be a part of this text (then it stays a view); anything else is copied.
  UnitText& assign(std::string_view text);
  UnitText& operator=(std::string_view text) { return assign(text); }
  UnitText& operator=(std::string&& text);
  UnitText& operator+=(std::string_view more);
  void remove_prefix(std::size_t bytes) { view_.remove_prefix(bytes); }
  // The text as a string of its own, for the Document (moved out when owned whole).
  std::string take() &&;

  operator std::string_view() const { return view_; }  // NOLINT: used wherever a string_view is
  std::string_view view() const { return view_; }
  bool empty() const { return view_.empty(); }
  std::size_t size() const { return view_.size(); }
  const char* data() const { return view_.data(); }
  auto begin() const { return view_.begin(); }
  auto end() const { return view_.end(); }
  char operator[](std::size_t i) const { return view_[i]; }
  char front() const { return view_.front(); }
  char back() const { return view_.back(); }
  std::string_view substr(std::size_t pos, std::size_t n = std::string_view::npos) const { return view_.substr(pos, n); }
  template <typename T>
  std::size_t find(const T& what, std::size_t pos = 0) const { return view_.find(what, pos); }
  template <typename T>
  std::size_t rfind(const T& what, std::size_t pos = std::string_view::npos) const { return view_.rfind(what, pos); }
  template <typename T>
  std::size_t find_first_of(const T& what, std::size_t pos = 0) const { return view_.find_first_of(what, pos); }
  template <typename T>
  bool starts_with(const T& what) const { return view_.starts_with(what); }
  template <typename T>
  bool ends_with(const T& what) const { return view_.ends_with(what); }
  friend bool operator==(const UnitText& a, std::string_view b) { return a.view_ == b; }

 private:
  void own(std::string&& text);

  std::string_view view_;
  std::unique_ptr<std::string> owned_;  // what view_ is part of, when not Draft::text
};

}  // namespace artconv::plaintext
