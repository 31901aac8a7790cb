// Runs the reader's passes on a text up to a given one, for the table-driven
// tests of each pass.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "plaintext/passes.hpp"

namespace artconv::plaintext::testing {

enum class Upto {
  classify_lines,
  join_wraps,
  etext_headers,
  split_run_in,
  form_fields,
  find_title,
  extract_header,
  captions_and_credits,
  footers_and_contributors,
  related_links,
  code_ads_surveys,
  lists,
  headings,
};

struct Prepared {
  std::string text;  // the lines are views into it
  RuleMatcher matcher;
  Diagnostics diagnostics;
  Draft draft;
};

inline std::unique_ptr<Prepared> prepare(std::string_view input, Upto last) {
  auto p = std::make_unique<Prepared>();
  p->text.assign(input);
  Draft& d = p->draft;
  d.matcher = &p->matcher;
  d.diagnostics = &p->diagnostics;
  d.lines = split_lines(p->text);
  d.layout = measure_layout(d.lines);
  using Pass = void (*)(Draft&);
  constexpr Pass kPasses[] = {classify_lines, join_wraps,   etext_headers, split_run_in, form_fields, find_title,
                              extract_header, captions_and_credits, footers_and_contributors,
                              related_links,  code_ads_surveys, lists, headings};
  for (std::size_t i = 0; i <= static_cast<std::size_t>(last); ++i) kPasses[i](d);
  return p;
}

// "role:text" for every unit, for compact expectations.
inline std::vector<std::string> roles(const Draft& d) {
  std::vector<std::string> out;
  for (const Unit& u : d.units) out.push_back(std::string(unit_role_name(u.role)) + ":" + std::string(u.text));
  return out;
}

}  // namespace artconv::plaintext::testing
