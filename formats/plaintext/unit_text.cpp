#include "plaintext/unit_text.hpp"

#include <functional>

namespace artconv::plaintext {
namespace {

bool part_of(std::string_view part, std::string_view whole) {
  const std::less_equal<const char*> at_or_before;
  return at_or_before(whole.data(), part.data()) && at_or_before(part.data() + part.size(), whole.data() + whole.size());
}

}  // namespace

UnitText UnitText::viewing(std::string_view text) {
  UnitText t;
  t.view_ = text;
  return t;
}

UnitText::UnitText(const UnitText& other) { *this = other; }

UnitText& UnitText::operator=(const UnitText& other) {
  if (this == &other) return *this;
  if (other.owned_) {
    own(std::string(other.view_));
  } else {
    owned_.reset();
    view_ = other.view_;
  }
  return *this;
}

UnitText& UnitText::assign(std::string_view text) {
  if (part_of(text, view_)) {
    view_ = text;
  } else {
    own(std::string(text));
  }
  return *this;
}

UnitText& UnitText::operator=(std::string&& text) {
  own(std::move(text));
  return *this;
}

UnitText& UnitText::operator+=(std::string_view more) {
  if (owned_ && view_.data() == owned_->data() && view_.size() == owned_->size()) {
    owned_->append(more);
    view_ = *owned_;
  } else {
    std::string joined;
    joined.reserve(view_.size() + more.size());
    joined.append(view_).append(more);
    own(std::move(joined));
  }
  return *this;
}

std::string UnitText::take() && {
  if (owned_ && view_.data() == owned_->data() && view_.size() == owned_->size()) return std::move(*owned_);
  return std::string(view_);
}

void UnitText::own(std::string&& text) {
  owned_ = std::make_unique<std::string>(std::move(text));
  view_ = *owned_;
}

}  // namespace artconv::plaintext
