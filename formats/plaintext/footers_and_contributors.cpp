// Pass 7: footers name the people who made the article and the outlet:
// "(Reporting by Ana Lee; Writing by Sam Ruiz; Editing by Kay Moss)",
// "Network reporters Jo Kim and Raj Patel contributed to this report.",
// "Follow Dana Voss on Twitter @dvoss", "Original article on Daily Orbit.",
// "声明：…", and a closing "（李明）" or "[Lena Ortiz]". They leave the body.
#include <algorithm>
#include <cctype>

#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

// "Ana Lee in Bergen" -> "Ana Lee": a place after the names is not a name.
std::string_view without_place(std::string_view names) {
  for (std::string_view marker : {std::string_view(" in "), std::string_view(" from ")}) {
    const std::size_t at = names.find(marker);
    if (at != std::string_view::npos) names = names.substr(0, at);
  }
  return unicode::trim(names);
}

// "Reporting by Ana Lee; Writing by Sam Ruiz and Li Wei": role phrases
// from every vocabulary, people after each.
void read_wire_footer(Metadata& meta, std::string_view text) {
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view end : {std::string_view(")"), std::string_view("."), std::string_view("）")})
      if (text.ends_with(end)) {
        text = unicode::trim(text.substr(0, text.size() - end.size()));
        trimmed = true;
      }
  }
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(';', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view part = unicode::trim(text.substr(start, end - start));
    start = end + 1;
    for (const Vocabulary* v : vocabularies()) {
      bool done = false;
      for (const Contribution& c : v->contributions_before) {
        if (!starts_with_ignoring_ascii_case(part, c.phrase)) continue;
        for (const std::string& name : split_names(without_place(part.substr(c.phrase.size()))))
          if (looks_like_name(name)) add_contributor(meta, name, c.role);
        done = true;
        break;
      }
      if (done) break;
    }
  }
}

// "Network reporters Jo Kim and Raj Patel": the trailing run of capitalised
// words and conjunctions.
void read_contributed(Metadata& meta, std::string_view text, Role role) {
  std::size_t names_start = 0;
  for (std::size_t w = 0; w < text.size();) {
    std::size_t e = text.find(' ', w);
    if (e == std::string_view::npos) e = text.size();
    const std::string_view word = text.substr(w, e - w);
    const auto first = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
    const bool capital = first >= 0x80 || std::isupper(first);
    const bool joiner = word == "and" || word == "&" || word.empty();
    if (!capital && !joiner) names_start = e + 1;
    w = e + 1;
  }
  if (names_start >= text.size()) return;
  for (const std::string& name : split_names(text.substr(names_start)))
    if (looks_like_name(name)) add_contributor(meta, name, role);
}

// "… four behind leaders. (Reporting by Angel Krasimirov; Editing by Tony
// Jimenez)": the footer closing a paragraph becomes a unit of its own.
void split_closing_footers(Draft& draft) {
  const bool any = std::any_of(draft.units.begin(), draft.units.end(), [](const Unit& u) {
    return u.role == UnitRole::paragraph && u.kind == LineKind::text && u.text.ends_with(")");
  });
  if (!any) return;
  std::vector<Unit> out;
  out.reserve(draft.units.size() + 1);
  for (Unit& u : draft.units) {
    const bool candidate = u.role == UnitRole::paragraph && u.kind == LineKind::text && u.text.ends_with(")");
    const std::size_t open = candidate ? u.text.rfind('(') : std::string::npos;
    if (open == std::string::npos || open == 0) {
      out.push_back(std::move(u));
      continue;
    }
    const std::string_view tail = std::string_view(u.text).substr(open);
    Match m = draft.matcher->classify(tail, draft.diagnostics);
    if (!m || m.rule->name != std::string_view("wire_footer")) {
      out.push_back(std::move(u));
      continue;
    }
    Unit footer;
    footer.text.assign(tail);
    footer.first = footer.last = u.last;
    footer.kind = LineKind::footer;
    footer.role = UnitRole::metadata;
    read_wire_footer(draft.meta, m[Group::text]);
    u.text = std::string(unicode::trim(std::string_view(u.text).substr(0, open)));
    out.push_back(std::move(u));
    out.push_back(std::move(footer));
  }
  draft.units = std::move(out);
}

}  // namespace

void footers_and_contributors(Draft& draft) {
  split_closing_footers(draft);
  // The trailing zone: a closing bracketed name counts only after the last
  // paragraph (credits, placeholders and removed lines may follow it).
  std::size_t last_paragraph = draft.units.size();
  for (std::size_t i = draft.units.size(); i-- > 0;)
    if (draft.units[i].role == UnitRole::paragraph && draft.units[i].kind == LineKind::text) {
      last_paragraph = i;
      break;
    }
  for (std::size_t i = 0; i < draft.units.size(); ++i) {
    Unit& u = draft.units[i];
    if (u.role != UnitRole::paragraph || u.kind != LineKind::footer) continue;
    const Match& ev = draft.evidence(u);
    const std::string_view rule = ev.rule->name;
    if (rule == "bracketed_name") {
      const std::string_view name = ev[Group::name];
      const bool closing = last_paragraph == draft.units.size() || i > last_paragraph;
      if (!closing) {
        u.kind = LineKind::text;
        continue;
      }
      if (is_known_outlet(name)) {
        if (draft.meta.source.empty()) draft.meta.source = name;
      } else if (looks_like_name(name)) {
        add_contributor(draft.meta, name, Role::author);
      } else {
        u.kind = LineKind::text;
        continue;
      }
      u.role = UnitRole::metadata;
      continue;
    }
    if (rule == "wire_footer") {
      read_wire_footer(draft.meta, ev[Group::text]);
    } else if (rule == "contributed") {
      read_contributed(draft.meta, ev[Group::text], ev.rule->role);
    } else if (rule == "contact") {
      // "Follow NAME on …" (name), "Email NAME at …" (text), "Original article on OUTLET" (source)
      for (Group g : {Group::name, Group::text})
        if (looks_like_name(ev[g])) add_contributor(draft.meta, ev[g], Role::author);
      for (Group g : {Group::source, Group::caption})
        if (draft.meta.source.empty() && !ev[g].empty()) draft.meta.source = ev[g];
    }
    u.role = UnitRole::metadata;
  }
}

}  // namespace artconv::plaintext
