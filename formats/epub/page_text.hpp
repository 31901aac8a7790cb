// The words an e-book page prints around the article, per language: the
// table of contents heading, the original-title label, contributor roles.
#pragma once

#include <string_view>

#include "model/document.hpp"

namespace artconv::epub {

struct PageText {
  std::string_view language;  // BCP 47 prefix this row serves ("" = fallback)
  std::string_view contents;
  std::string_view original_title;
  std::string_view label_separator;  // between a label and its value
  std::string_view author, editor, responsible_editor, reporter, photographer, translator;

  std::string_view role(Role r) const;
};

const PageText& page_text(std::string_view language);

}  // namespace artconv::epub
