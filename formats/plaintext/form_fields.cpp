// Pass 3 (after split_run_in): a form's labels alone on their lines, each over its value: a
// bulletin board's news form ("1.媒體來源:" over "TVBS", "2.記者署名:" over the
// reporter, "3.完整新聞標題:" over the headline), an export's "Source:" over
// the outlet. The value fills its field and both leave the body; the text
// under a body label ("4.完整新聞內文:") stays. A numbered form's remark label
// ("6.備註:") closes the article: what follows is the poster's, not the story's.
#include <algorithm>
#include <array>

#include "plaintext/dates.hpp"
#include "plaintext/passes.hpp"
#include "plaintext/people.hpp"
#include "plaintext/vocabulary.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

// A numbered form's last fields: the poster's own remarks, under the story.
constexpr std::array<std::string_view, 5> kRemarkLabels = {"備註", "备注", "心得", "心得/評論", "心得/评论"};

struct FormLabel {
  const Label* label = nullptr;  // null: a remark label
  bool numbered = false;         // "1.媒體來源:", "6.備註:"
};

// "1.媒體來源:", "5.完整新聞連結 (或短網址):", "Source:": a label and its colon
// alone, maybe numbered, maybe with an aside in brackets before the colon.
std::optional<FormLabel> form_label(std::string_view text) {
  constexpr std::size_t kLongestLabel = 48;  // bytes, number and aside included
  if (text.size() > kLongestLabel) return std::nullopt;
  std::size_t colon = 0;
  if (text.ends_with(":")) colon = 1;
  else if (text.ends_with("：")) colon = 3;
  else return std::nullopt;
  std::string_view name = unicode::trim(text.substr(0, text.size() - colon));
  FormLabel form;
  // "1." "6、" "2．"
  std::size_t digits = 0;
  while (digits < name.size() && digits < 2 && name[digits] >= '0' && name[digits] <= '9') ++digits;
  if (digits > 0) {
    std::string_view rest = unicode::trim(name.substr(digits));
    for (std::string_view dot : {".", "、", "．"})
      if (rest.starts_with(dot)) {
        name = unicode::trim(rest.substr(dot.size()));
        form.numbered = true;
        break;
      }
    if (!form.numbered) return std::nullopt;
  }
  // "完整新聞連結 (或短網址)": the aside goes
  for (std::string_view open : {"(", "（"})
    if (const std::size_t at = name.find(open); at != std::string_view::npos && at > 0 &&
                                                 (name.ends_with(")") || name.ends_with("）"))) {
      name = unicode::trim(name.substr(0, at));
      break;
    }
  if (form.numbered && std::find(kRemarkLabels.begin(), kRemarkLabels.end(), name) != kRemarkLabels.end())
    return form;
  form.label = find_label(name);
  if (!form.label) return std::nullopt;
  return form;
}

// A value is one short line: an outlet, a name, a headline, a date, an address
// (not a label line of fields of its own, unless it is a date alone).
bool is_value(const Draft& draft, const Unit& u) {
  constexpr int kWidestValue = 120;
  return u.role == UnitRole::paragraph && u.first == u.last && unicode::fits_width(u.text, kWidestValue) &&
         !form_label(u.text) && (draft.lines[u.first].kind != LineKind::label_line || parse_date(u.text));
}

void apply_value(Draft& draft, const Label& label, std::string_view value) {
  if (value.starts_with("http://") || value.starts_with("https://")) return;  // an address names nothing
  ParsedField f{&label, std::string(value), std::nullopt};
  if (const auto date = parse_date(value)) {
    // "2020/12/21 18:45:00" under a reporter's name: the story's time
    f.date = date;
    f.label = nullptr;
  } else if (label.field == Field::date) {
    return;
  }
  apply_fields(draft.meta, {f});
}

}  // namespace

void form_fields(Draft& draft) {
  Units& units = draft.units;
  bool in_form = false;  // a numbered form's field came before: a remark label closes that form
  for (std::size_t i = 0; i < units.size(); ++i) {
    Unit& u = units[i];
    if (u.role != UnitRole::paragraph || u.first != u.last) continue;
    const auto form = form_label(u.text);
    if (!form) continue;
    if (!form->label && !in_form) continue;  // "3. 備註:" in a numbered list of the text's own
    in_form = in_form || form->numbered;
    if (!form->label) {
      // the poster's remarks, to the end: none of it is the story's
      u.role = UnitRole::boilerplate;
      for (std::size_t j = i + 1; j < units.size(); ++j)
        if (units[j].content()) units[j].role = UnitRole::boilerplate;
      return;
    }
    const Field field = form->label->field;
    // A body label heads the text; the text stays.
    if (field == Field::body) {
      u.role = UnitRole::metadata;
      continue;
    }
    // Outside a numbered form a label takes one line, and only one that reads as its value
    // ("Source:" over "Reuters", "Editor:" over a name); "Title:" over the headline is find_title's.
    if (!form->numbered && (field == Field::title || field == Field::category ||
                            !(i + 1 < units.size() && is_value(draft, units[i + 1])) ||
                            (field == Field::contributor && !looks_like_name(units[i + 1].text))))
      continue;
    // Values: the short lines under the label, up to the next label or text.
    std::size_t j = i + 1;
    for (; j < units.size() && is_value(draft, units[j]) && (form->numbered || j == i + 1); ++j) {
      if (field != Field::category) apply_value(draft, *form->label, units[j].text);
      units[j].role = UnitRole::metadata;
    }
    if (j == i + 1) continue;  // no value: a label alone is for a later pass to judge
    u.role = UnitRole::metadata;
    i = j - 1;
  }
}

}  // namespace artconv::plaintext
