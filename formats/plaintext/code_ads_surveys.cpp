// Pass 9: scripts, page markup, advertisements and calls to action leave the
// body; so do what the header pass left of a page's furniture: a front-matter
// block ("---" / "title: …" / "---") opening the text, and lines that are
// only a time stamp ("Time: 2019/03/27 05:38"); a short box under a rule
// closing the text (an author's bio, a subscription appeal); and what follows
// the end mark of a press release ("-end-", "- 30 -"); and the highlights
// closing a CNN/Daily Mail ".story" file; and the readers' comments under the
// head that counts them.
#include <algorithm>

#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

bool is_separator(const Draft& draft, const Line& l) {
  return l.kind == LineKind::boilerplate && draft.evidence_of(l).rule != nullptr &&
         draft.evidence_of(l).rule->name == "separator";
}

// The line that closes a front-matter block opened by the first line, or 0.
std::size_t front_matter_end(const Draft& draft) {
  constexpr std::size_t kLongestFrontMatter = 60;
  const std::vector<Line>& lines = draft.lines;
  std::size_t first = 0;
  while (first < lines.size() && lines[first].blank()) ++first;
  if (first == lines.size() || lines[first].text != "---") return 0;
  for (std::size_t i = first + 1; i < lines.size() && i <= first + kLongestFrontMatter; ++i)
    if (lines[i].text == "---" && is_separator(draft, lines[i])) return i;
  return 0;
}

// A rule drawn under the article with a few short lines below it: an author
// box, a subscription appeal ("---" / "**博客 | 安思危**" / "【安思危】…").
// Boxes may stack, each under its own rule. A learners' glossary under a rule
// ("野球(やきゅう)" / "チーム" / …) is such a box, however long.
void closing_boxes(Draft& draft) {
  Units& units = draft.units;
  constexpr std::size_t kMostBoxUnits = 3, kFewestBodyParagraphs = 3;
  constexpr int kWidestBox = 400, kWidestWord = 16;
  std::size_t end = units.size();
  // paragraphs above `end`, kept as boxes are taken (counting them again for each box was quadratic)
  auto above_end = static_cast<std::size_t>(
      std::count_if(units.begin(), units.end(), [](const Unit& u) { return u.role == UnitRole::paragraph; }));
  while (end > 0) {
    std::size_t rule = end;
    for (std::size_t i = end; i-- > 0;)
      if (is_separator(draft, draft.first_line(units[i]))) {
        rule = i;
        break;
      }
    if (rule == end) return;
    std::size_t box = 0, body = 0, removed = 0;
    int width = 0;
    bool words = true;  // every line left in the box is a word, not a sentence
    for (std::size_t i = rule + 1; i < end; ++i)
      if (units[i].role == UnitRole::paragraph) {
        ++box;
        width += unicode::fits_width(units[i].text, kWidestBox + 1) ? unicode::display_width(units[i].text)
                                                                     : kWidestBox + 1;
        words = words && unicode::fits_width(units[i].text, kWidestWord);
      } else if (units[i].role == UnitRole::boilerplate) {
        ++removed;
      }
    body = above_end - box - (units[rule].role == UnitRole::paragraph ? 1 : 0);
    // a glossary box: most of its lines already read as entries, the rest are bare words
    const bool glossary = words && removed > box;
    if ((box > kMostBoxUnits && !glossary) || width > kWidestBox || body < kFewestBodyParagraphs) return;
    for (std::size_t i = rule + 1; i < end; ++i)
      if (units[i].role == UnitRole::paragraph) units[i].role = UnitRole::boilerplate;
    above_end = body;
    end = rule;
  }
}

// "-end-", "- 30 -" closing a press release: the few units under it are the
// issuer's boilerplate ("About …", where to learn more), however wide. Many
// units under it make it a break inside the story.
void closing_after_end_mark(Draft& draft) {
  constexpr std::size_t kMostUnitsAfter = 5, kFewestBodyParagraphs = 3;
  Units& units = draft.units;
  std::size_t mark = units.size();
  for (std::size_t i = units.size(); i-- > 0 && units.size() - i <= kMostUnitsAfter + 1;) {
    const Match& ev = draft.evidence(units[i]);
    if (units[i].kind == LineKind::boilerplate && ev.rule != nullptr && ev.rule->name == std::string_view("end_mark")) {
      mark = i;
      break;
    }
  }
  if (mark == units.size()) return;
  const auto body = std::count_if(units.begin(), units.begin() + static_cast<std::ptrdiff_t>(mark),
                                  [](const Unit& u) { return u.role == UnitRole::paragraph; });
  if (static_cast<std::size_t>(body) < kFewestBodyParagraphs) return;
  for (std::size_t i = mark + 1; i < units.size(); ++i)
    if (units[i].role == UnitRole::paragraph) units[i].role = UnitRole::boilerplate;
}

// "@highlight" / "Storm slams into the coast": a CNN/Daily Mail story's
// highlights, each the unit under its mark, are the dataset's summary.
void story_highlights(Draft& draft) {
  Units& units = draft.units;
  for (std::size_t i = 0; i + 1 < units.size(); ++i) {
    const Match& ev = draft.evidence(units[i]);
    if (units[i].kind == LineKind::boilerplate && ev.rule != nullptr &&
        ev.rule->name == std::string_view("highlight_mark") && units[i + 1].role == UnitRole::paragraph)
      units[i + 1].role = UnitRole::boilerplate;
  }
}

// The rules whose line opens the readers' comments, and how many paragraphs of
// text must stand above it (a count of comments over the story is a page's
// furniture near the top; a bulletin board's signature closes every post).
struct CommentsOpening {
  std::string_view rule;
  std::size_t fewest_body_paragraphs;
};
constexpr CommentsOpening kCommentsOpenings[] = {{"comments_head", 2}, {"bbs_signature", 1}};

// "4 Kommentare" / "<h6>caruso</h6> …" / "Endlich eine erfreuliche Nachricht!": a page's readers'
// comments under the head that counts them are not the article's, nor a bulletin board's pushes
// (and the lines they wrapped onto) under a post's signature.
void closing_comments(Draft& draft) {
  Units& units = draft.units;
  std::size_t body = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const Match& ev = draft.evidence(units[i]);
    const auto opening = std::find_if(std::begin(kCommentsOpenings), std::end(kCommentsOpenings),
                                      [&](const CommentsOpening& o) { return ev.rule != nullptr && ev.rule->name == o.rule; });
    if (units[i].kind == LineKind::boilerplate && opening != std::end(kCommentsOpenings) &&
        body >= opening->fewest_body_paragraphs) {
      for (std::size_t j = i + 1; j < units.size(); ++j)
        if (units[j].role != UnitRole::metadata) units[j].role = UnitRole::boilerplate;
      return;
    }
    if (units[i].role == UnitRole::paragraph) ++body;
  }
}

}  // namespace

void code_ads_surveys(Draft& draft) {
  const std::size_t front_end = front_matter_end(draft);
  for (Unit& u : draft.units) {
    if (u.role != UnitRole::paragraph && u.role != UnitRole::quote) continue;
    const Match& ev = draft.evidence(u);
    if (ev.rule == &stamp_rule()) {
      u.role = UnitRole::metadata;  // a date line, even one nobody could read
    } else if (u.kind == LineKind::code_ad || u.kind == LineKind::boilerplate || (front_end > 0 && u.last <= front_end)) {
      u.role = UnitRole::boilerplate;
    } else if (u.kind == LineKind::label_line && draft.matcher->match(stamp_rule(), u.text, draft.diagnostics)) {
      // (text lines were tried when classified)
      u.role = UnitRole::metadata;
    }
  }
  closing_boxes(draft);
  closing_after_end_mark(draft);
  closing_comments(draft);
  story_highlights(draft);
}

}  // namespace artconv::plaintext
