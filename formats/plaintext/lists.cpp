// Pass 10: two or more list items in a row (" - item", "1. item", "• item")
// make a list; a lone "- item" stays a paragraph as written (a dash may open
// speech), a lone "* item" or "• item" is a list of one. A run of three
// or more short fragments on consecutive lines at one indent makes one too
// ("越秀区六榕街", "海珠区素社街", …): names, places or table cells set one
// per line, not sentences; a longer line of the same block that ends no
// sentence, next to such a run, is its first or last item. Lines closing with
// semicolons under a line closing with a colon are items too. So are a
// summary box's points under its head ("At a glance"), and a page's labelled
// key points run together under theirs ("In Iran" / "Strikes: The US …").
#include <algorithm>
#include <array>
#include <string_view>

#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

// A short line that is no sentence and does not continue one: an item. The
// last item of a run may close it with a full stop ("Accelerating innovation.").
bool fragment(const Unit& u, bool last = false) {
  constexpr int kWidestFragment = 60;
  if (u.role != UnitRole::paragraph || u.kind != LineKind::text || u.first != u.last) return false;
  if (!unicode::fits_width(u.text, kWidestFragment)) return false;
  static constexpr std::u32string_view kPunctuation = U"。．.！!？?；;：:，,、…—-\"'”’」』)）";
  const char32_t end = unicode::last_code_point(u.text);
  // "Die Blutserumtherapie (1892)": a bracket closing a title's note, not a whole bracketed line
  const bool noted = end == ')' && u.text.find(" (") != std::string::npos;
  if (kPunctuation.find(end) != std::u32string_view::npos && !(last && (end == '.' || end == U'。')) && !noted)
    return false;
  static constexpr std::string_view kInner[] = {"。", "！", "？", "，", ", ", "! ", "? "};  // "St. Elizabeth" may be an item
  for (std::string_view inner : kInner)
    if (u.text.find(inner) != std::string::npos) return false;
  const char32_t first = unicode::first_code_point(u.text);
  return !(first >= 'a' && first <= 'z');  // "and went on": a line broken mid-sentence
}

// A line of the same block next to a run of fragments, longer but ending no
// sentence ("The Homestead Strike (1892), the direct impetus for …"): an item too.
bool neighbour_item(const Unit& u) {
  constexpr int kWidestItem = 300;
  if (u.role != UnitRole::paragraph || u.kind != LineKind::text || u.first != u.last) return false;
  if (!unicode::fits_width(u.text, kWidestItem)) return false;
  static constexpr std::u32string_view kEnders = U"。．.！!？?；;：:，,、…—-\"”’」』";
  const char32_t first = unicode::first_code_point(u.text);
  return kEnders.find(unicode::last_code_point(u.text)) == std::u32string_view::npos && !(first >= 'a' && first <= 'z');
}

}  // namespace

namespace {

// "– Det är ju bara att beklaga, säger Pär Aronsson.": a dash opening a
// sentence that ends; in a text that opens a lone paragraph so, the dash marks
// speech, and such paragraphs a blank line apart are no list.
bool speech_dash(const Draft& draft, const Unit& u) {
  const std::string_view marker = draft.evidence(u)[Group::marker];
  static constexpr std::u32string_view kEnders = U".!?…:";  // ":" leads on into more speech
  return u.kind == LineKind::list_item && (marker == "\u2013" || marker == "\u2014") &&
         kEnders.find(unicode::last_code_point(u.text)) != std::u32string_view::npos && u.text.find(", ") != std::string::npos;
}

// "3.", "12)": an item's number, 0 for a bullet.
int number_of(std::string_view marker) {
  constexpr std::size_t kLongestNumber = 3;
  int n = 0;
  std::size_t digits = 0;
  for (; digits < marker.size() && digits < kLongestNumber && marker[digits] >= '0' && marker[digits] <= '9'; ++digits)
    n = n * 10 + (marker[digits] - '0');
  return digits > 0 ? n : 0;
}

}  // namespace

void lists(Draft& draft) {
  Units& units = draft.units;
  const auto item = [&](std::size_t k) { return units[k].role == UnitRole::paragraph && units[k].kind == LineKind::list_item; };
  bool speech = false;  // a lone dash-opened sentence: the text's mark of speech
  for (std::size_t k = 0; k < units.size() && !speech; ++k)
    speech = item(k) && speech_dash(draft, units[k]) && (k == 0 || !item(k - 1)) && (k + 1 == units.size() || !item(k + 1));
  for (std::size_t i = 0; i < units.size();) {
    std::size_t j = i, count = 0;  // the run's end, and how many items it holds
    while (j < units.size()) {
      if (item(j)) {
        ++j;
        ++count;
        continue;
      }
      // (an example set under a numbered item, code that left, keeps the list going to the item
      // numbered next: an RFC's numbered rules, "1.", example, "2.", example …; looked for only
      // after an item, so that a long run of removed lines is walked once)
      if (count == 0) break;
      std::size_t next = j;
      while (next < units.size() && units[next].role == UnitRole::boilerplate && units[next].kind != LineKind::list_item)
        ++next;
      if (next == j || next == units.size() || !item(next) ||
          number_of(draft.evidence(units[next])[Group::marker]) != number_of(draft.evidence(units[j - 1])[Group::marker]) + 1 ||
          number_of(draft.evidence(units[j - 1])[Group::marker]) == 0)
        break;
      j = next;
    }
    bool spoken = speech && count >= 2 && count == j - i;
    for (std::size_t k = i; spoken && k < j; ++k)
      spoken = units[k].first == units[k].last && (k == i || units[k].first > units[k - 1].last + 1) &&
               draft.evidence(units[k])[Group::marker] == draft.evidence(units[i])[Group::marker] &&
               (speech_dash(draft, units[k]) || (unicode::last_code_point(units[k].text) == '.' && k > i));
    if (spoken) {
      for (std::size_t k = i; k < j; ++k) units[k].kind = LineKind::text;
      i = j;
      continue;
    }
    static constexpr std::array<std::string_view, 3> kBullets = {"*", "•", "◦"};
    const bool lone_bullet = j - i == 1 && std::find(kBullets.begin(), kBullets.end(),
                                                     draft.evidence(units[i])[Group::marker]) != kBullets.end();
    if (count >= 2 || lone_bullet) {
      for (std::size_t k = i; k < j; ++k) {
        if (!item(k)) continue;
        const Match& ev = draft.evidence(units[k]);
        units[k].detail.assign(ev[Group::marker]);
        // The item without its marker (a wrapped item keeps its continuation).
        const std::size_t marker_end = units[k].text.find(ev[Group::text].substr(0, 1));
        if (!ev[Group::text].empty() && marker_end != std::string::npos) units[k].text.remove_prefix(marker_end);
        units[k].role = UnitRole::list_item;
      }
    } else if (j > i) {
      units[i].kind = LineKind::text;
    }
    i = j > i ? j : i + 1;
  }
  // A summary box: its head ("At a glance"), then its points, a line each and none a sentence.
  constexpr int kWidestPoint = 160;
  for (std::size_t i = 0; i + 1 < units.size(); ++i) {
    if ((units[i].role != UnitRole::paragraph && units[i].role != UnitRole::heading) || !is_summary_head(units[i].text))
      continue;
    units[i].role = UnitRole::heading;
    for (std::size_t k = i + 1; k < units.size(); ++k) {
      Unit& point = units[k];
      static constexpr std::u32string_view kEnders = U"。．.！!？?";
      if (point.role != UnitRole::paragraph || point.kind != LineKind::text || point.first != point.last ||
          !unicode::fits_width(point.text, kWidestPoint) ||
          kEnders.find(unicode::last_code_point(point.text)) != std::u32string_view::npos)
        break;
      point.role = UnitRole::list_item;
    }
  }
  // Runs of fragments, one per line with no blank line between them.
  constexpr std::size_t kShortestRun = 3;
  for (std::size_t i = 0; i < units.size();) {
    std::size_t j = i;
    const auto follows = [&](std::size_t k) {
      return k == i || (units[k].first == units[k - 1].last + 1 &&
                        draft.first_line(units[k]).indent == draft.first_line(units[i]).indent);
    };
    while (j < units.size() && fragment(units[j]) && follows(j)) ++j;
    if (j > i && j < units.size() && fragment(units[j], true) && follows(j)) ++j;
    if (j - i >= kShortestRun) {
      const auto adjacent = [&](const Unit& above, const Unit& below) {
        return above.last + 1 == below.first && draft.first_line(above).indent == draft.first_line(below).indent;
      };
      if (i > 0 && neighbour_item(units[i - 1]) && adjacent(units[i - 1], units[i])) units[i - 1].role = UnitRole::list_item;
      if (j < units.size() && neighbour_item(units[j]) && adjacent(units[j - 1], units[j])) units[j++].role = UnitRole::list_item;
      for (std::size_t k = i; k < j; ++k) units[k].role = UnitRole::list_item;
    }
    i = j > i ? j : i + 1;
  }
  // "… including:" then "A monthly subscription;" / "A trial period;" / "A share of the
  // profit.": lines one per line closing with semicolons after a colon are items.
  constexpr int kWidestItem = 300;
  const auto item_line = [&](const Unit& u, std::size_t above) {
    return u.role == UnitRole::paragraph && u.kind == LineKind::text && u.first == u.last &&
           u.first == units[above].last + 1 && unicode::fits_width(u.text, kWidestItem);
  };
  for (std::size_t i = 0; i + 2 < units.size(); ++i) {
    if (units[i].role != UnitRole::paragraph || !units[i].text.ends_with(':')) continue;
    std::size_t j = i + 1;
    while (j < units.size() && item_line(units[j], j - 1) && units[j].text.ends_with(';')) ++j;
    if (j - i < 3) continue;  // two items closing with semicolons at least
    if (j < units.size() && item_line(units[j], j - 1) && units[j].text.ends_with('.')) ++j;  // the last item
    for (std::size_t k = i + 1; k < j; ++k) units[k].role = UnitRole::list_item;
    i = j - 1;
  }
  // A page's key points, their bullets lost ("In Iran" / "Intensifying strikes: The US and …" /
  // "Casualties and damage: …"): two or more lines run together, each a short label, a colon and
  // its sentence, right under their head (a short line ending no sentence, or a lead-in closing with
  // a colon; removed lines such as an advertisement may stand between).
  if (!draft.layout.hard_wrapped && !draft.book) {
    constexpr std::size_t kFewestPoints = 2, kMostLabelWords = 6, kLongestLabel = 60;
    constexpr int kWidestLabelledPoint = 600, kWidestHead = 60;
    static constexpr std::u32string_view kSentenceEnds = U".!?;,\"”’)";
    const auto point = [&](const Unit& u) {
      if (u.role != UnitRole::paragraph || u.kind != LineKind::text || u.first != u.last ||
          !unicode::fits_width(u.text, kWidestLabelledPoint))
        return false;
      const std::string_view t = u.text;
      const std::size_t colon = t.find(": ");
      if (colon == std::string_view::npos || colon == 0 || colon > kLongestLabel) return false;
      const std::string_view label = t.substr(0, colon);
      if (label.find_first_of(".!?;") != std::string_view::npos ||
          static_cast<std::size_t>(std::count(label.begin(), label.end(), ' ')) >= kMostLabelWords)
        return false;
      const char32_t first = unicode::first_code_point(t);
      return !(first >= 'a' && first <= 'z') && t.size() > colon + 2 + 20;
    };
    const auto head = [&](const Unit& u) {
      if (u.role != UnitRole::paragraph || u.kind != LineKind::text || u.first != u.last) return false;
      const char32_t last = unicode::last_code_point(u.text);
      return last == ':' || (unicode::fits_width(u.text, kWidestHead) && kSentenceEnds.find(last) == std::u32string_view::npos);
    };
    for (std::size_t i = 1; i < units.size(); ++i) {
      if (!point(units[i])) continue;
      // its head: the line right above, over any removed lines between them
      std::size_t h = i - 1;
      while (h > 0 && (units[h].role == UnitRole::boilerplate || units[h].role == UnitRole::metadata) &&
             units[h].last + 1 == units[h + 1].first)
        --h;
      if (units[h].last + 1 != units[h + 1].first || !head(units[h])) continue;
      std::size_t j = i + 1;
      while (j < units.size() && point(units[j]) && units[j].first == units[j - 1].last + 1) ++j;
      if (j - i < kFewestPoints) continue;
      for (std::size_t k = i; k < j; ++k) units[k].role = UnitRole::list_item;
      i = j - 1;
    }
  }
  // Lines one per line set deeper than the paragraphs before and after them
  // (bullets an extractor lost): a list. Not in hard-wrapped texts, where an
  // indent opens a paragraph or a quotation, nor in CJK text, where a page's
  // indents are a paragraph's opening.
  if (draft.layout.hard_wrapped) return;
  // (an ideographic space opens a CJK paragraph: its lines are paragraphs, however set)
  const auto single = [&](const Unit& u) {
    return u.role == UnitRole::paragraph && u.kind == LineKind::text && u.first == u.last &&
           !draft.first_line(u).wide_indent && !unicode::is_unspaced_script(unicode::first_code_point(u.text));
  };
  const auto indent = [&](const Unit& u) { return draft.first_line(u).indent; };
  int before = -1;  // the indent of the last paragraph; -1: none yet
  for (std::size_t i = 0; i < units.size();) {
    if (!single(units[i]) || before < 0 || indent(units[i]) <= before) {
      if (units[i].role == UnitRole::paragraph) before = indent(units[i]);
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < units.size() && single(units[j]) && units[j].first == units[j - 1].last + 1 &&
           indent(units[j]) == indent(units[i]))
      ++j;
    std::size_t next = j;
    while (next < units.size() && units[next].role != UnitRole::paragraph) ++next;
    if (j - i >= 2 && next < units.size() && indent(units[next]) < indent(units[i]))
      for (std::size_t k = i; k < j; ++k) units[k].role = UnitRole::list_item;
    else
      before = indent(units[i]);
    i = j;
  }
}

}  // namespace artconv::plaintext
