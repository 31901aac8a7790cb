// Pass 5: metadata in the opening units and wherever it stands alone: label
// lines ("2017-08-04|來源:新民晚報|編輯:彭麗"), bylines ("By Jane Smith,
// Reuters"), reporter lines ("（記者 張三）"); and the dateline that opens the
// first paragraph ("LONDON (Reuters) -", "新華社北京8月4日電（記者 張三）"),
// which stays in the paragraph but fills source, dateline and people.
#include <algorithm>
#include <array>

#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

// A label line in the body must be short and made only of labelled fields.
constexpr int kWidestBodyMetadata = 80;

bool all_labelled(const LabelLine& l) {
  for (const ParsedField& f : l.fields)
    if (!f.label) return false;
  return true;
}

void read_dateline(Draft& draft, const Unit& u) {
  RuleMatcher& m = *draft.matcher;
  Metadata& meta = draft.meta;
  if (Match w = m.match(wire_dateline_rule(), u.text, draft.diagnostics)) {
    if (meta.dateline.empty()) meta.dateline = w[Group::place];
    if (meta.source.empty()) meta.source = w[Group::source];
    return;
  }
  if (Match c = m.match(chinese_dateline_rule(), u.text, draft.diagnostics)) {
    static constexpr std::array<std::string_view, 6> kOwnPaper = {"本報", "本报", "本刊", "本台", "本網", "本网"};
    const std::string_view source = c[Group::source].empty() ? c[Group::outlet] : c[Group::source];
    bool own = false;
    for (std::string_view o : kOwnPaper) own = own || source == o;
    if (meta.source.empty() && !own) meta.source = source;
    if (meta.dateline.empty()) meta.dateline = c[Group::place];
    for (const std::string& name : split_names(c[Group::name])) add_contributor(meta, name, Role::reporter);
  }
}

}  // namespace

void extract_header(Draft& draft) {
  bool in_header = true;
  bool dateline_read = false;
  for (Unit& u : draft.units) {
    if (u.role != UnitRole::paragraph) continue;
    const Line& line = draft.first_line(u);
    switch (u.kind) {
      case LineKind::label_line: {
        const LabelLine& fields = draft.label_lines[static_cast<std::size_t>(u.label)];
        if (in_header || (all_labelled(fields) && unicode::fits_width(u.text, kWidestBodyMetadata))) {
          apply_fields(draft.meta, fields.fields);
          u.role = UnitRole::metadata;
          continue;
        }
        break;
      }
      case LineKind::reporter_line: {
        const Match& ev = draft.evidence_of(line);
        for (const std::string& name : split_names(ev[Group::name])) add_contributor(draft.meta, name, ev.rule->role);
        static constexpr std::array<std::string_view, 4> kOwnPaper = {"本報", "本报", "本刊", "本台"};
        const std::string_view outlet = ev[Group::source];
        if (draft.meta.source.empty() && !outlet.empty() &&
            std::find(kOwnPaper.begin(), kOwnPaper.end(), outlet) == kOwnPaper.end())
          draft.meta.source = outlet;
        u.role = UnitRole::metadata;
        continue;
      }
      case LineKind::byline:
        if (in_header && apply_byline(draft.meta, draft.evidence_of(line)[Group::name])) {
          u.role = UnitRole::metadata;
          continue;
        }
        u.kind = LineKind::text;  // "By the end of the day …" is prose
        break;
      case LineKind::text:
        if (!dateline_read) read_dateline(draft, u);
        dateline_read = true;
        break;
      default: break;
    }
    if (u.kind == LineKind::text || u.kind == LineKind::quote) in_header = false;
  }
}

}  // namespace artconv::plaintext
