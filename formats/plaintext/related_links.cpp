// Pass 8: related-link blocks leave the body: a "相關新聞：" or "Related
// articles" line, and the short link lines right under it up to the next
// blank line; so do teasers closing with the link's label ("… Read More"),
// wrapped or not. So do inserts that repeat the article: the headline set again
// over the body, and pull quotes that repeat a sentence of a paragraph.
#include <algorithm>
#include <iterator>
#include <vector>

#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

// The text without the quotation marks a pull quote is set in.
std::string_view unquoted(std::string_view s) {
  static constexpr std::string_view kMarks[] = {"\"", "“", "”", "「", "」", "『", "』", "«", "»", "'"};
  for (bool again = true; again && !s.empty();) {
    again = false;
    for (std::string_view m : kMarks) {
      if (s.starts_with(m)) s.remove_prefix(m.size()), again = true;
      if (s.ends_with(m)) s.remove_suffix(m.size()), again = true;
    }
  }
  return unicode::trim(s);
}

void repeats(Draft& draft) {
  Units& units = draft.units;
  const std::string_view title = unicode::trim(draft.meta.title);
  // Pull quotes are looked for in articles, not in books of thousands of paragraphs.
  constexpr std::size_t kMostUnits = 400;
  constexpr int kShortestQuote = 20, kWidestQuote = 240;
  // (books have no pull quotes: a refrain or "と書いてありました。" said again is the text)
  const bool look_for_quotes = units.size() <= kMostUnits && !draft.book;
  for (Unit& u : units) {
    if (u.role != UnitRole::paragraph || u.kind != LineKind::text) continue;
    const std::string_view text = unicode::trim(u.text);
    if (!title.empty() && text == title) {
      u.role = UnitRole::boilerplate;
      continue;
    }
    if (!look_for_quotes || !unicode::fits_width(text, kWidestQuote)) continue;
    const std::string_view quote = unquoted(text);
    if (unicode::display_width(quote) < kShortestQuote) continue;
    const bool repeated = std::any_of(units.begin(), units.end(), [&](const Unit& other) {
      return &other != &u && other.role == UnitRole::paragraph && other.kind == LineKind::text &&
             other.text.size() > u.text.size() &&
             other.text.find(quote) != std::string::npos;
    });
    if (repeated) u.role = UnitRole::boilerplate;
  }
}

// A teaser wrapped over lines is known only once joined: "In a recently
// resurfaced interview, …" / "… beautiful. Read More".
constexpr std::string_view kTeaserRules[] = {"teaser", "teaser_ellipsis"};

// "… what he learned from playing a woman. Read More": a teaser under a
// related-links head ends with the link's label. (A paragraph of a story may
// end so too - Reuters' "… with alarm. read more" - so only under a head.)
constexpr std::string_view kLinkLabels[] = {"read more", "continue reading"};

bool ends_with_link_label(std::string_view text) {
  text = unicode::trim(text);
  for (std::string_view mark : {std::string_view("»"), std::string_view("›"), std::string_view(">")})
    if (text.ends_with(mark)) text = unicode::trim(text.substr(0, text.size() - mark.size()));
  for (std::string_view label : kLinkLabels)
    if (text.size() > label.size() && equal_ignoring_ascii_case(text.substr(text.size() - label.size()), label))
      return true;
  return false;
}

void wrapped_teasers(Draft& draft) {
  constexpr int kWidestTeaser = 800;
  std::vector<const Rule*> teasers;
  for (const Rule& r : line_rules())
    if (std::find(std::begin(kTeaserRules), std::end(kTeaserRules), r.name) != std::end(kTeaserRules))
      teasers.push_back(&r);
  const auto is_teaser = [&](const Unit& u) {
    const Match& ev = draft.evidence(u);
    return u.kind == LineKind::related_link && ev.rule != nullptr &&
           std::find(teasers.begin(), teasers.end(), ev.rule) != teasers.end();
  };
  static constexpr std::u32string_view kSentenceEnds = U".!?\"”’)。！？";
  Units& units = draft.units;
  for (std::size_t i = 0; i < units.size(); ++i) {
    Unit& u = units[i];
    // its last line alone read as a teaser: the lines over it that end no sentence are its start
    if (is_teaser(u) && i > 0) {
      Unit& above = units[i - 1];
      if (above.role == UnitRole::paragraph && above.kind == LineKind::text && above.last + 1 == u.first &&
          kSentenceEnds.find(unicode::last_code_point(above.text)) == std::u32string_view::npos)
        above.role = UnitRole::boilerplate;
      continue;
    }
    if (u.role != UnitRole::paragraph || u.kind != LineKind::text || u.first == u.last ||
        !unicode::fits_width(u.text, kWidestTeaser))
      continue;
    for (const Rule* r : teasers)
      if (draft.matcher->match(*r, u.text, draft.diagnostics)) {
        u.kind = LineKind::related_link;
        u.role = UnitRole::boilerplate;
        break;
      }
  }
}

// The mark a link line under a related-links head opens with, a space after it: "» …", "&gt; …" (a
// flattened page's escaped ">"), "• …".
constexpr std::string_view kLinkMarks[] = {"»", "›", ">", "&gt;", "•", "■"};

std::string_view link_mark(std::string_view text) {
  for (std::string_view m : kLinkMarks)
    if (text.starts_with(m) && (text.substr(m.size()).starts_with(" ") || text.substr(m.size()).starts_with("\u00A0")))
      return m;
  return {};
}

// Links a page sets with no head over them ("'A nightmare' - The battle over Warner Bros …" /
// "Five takeaways from …" between two paragraphs; the related stories, topic tags and "More from
// the BBC" closing a page): a run of lines under a blank line, once the body has begun, two or more
// of them a link's short line ending no sentence on a letter or digit; a teaser's one-sentence blurb
// may stand between two links, and lines already removed (an advertisement) may stand among them. A list
// under its lead-in ("… include:") is no such run. A long run after the article, holding a page's
// head or an advertisement, takes the page's furniture after it too, when no long paragraph follows.
constexpr int kWidestRunLink = 120, kWidestRunBlurb = 250, kWidestFurniture = 400;
constexpr std::size_t kFewestRunLinks = 2, kFewestTailLines = 6;

bool link_shaped(const Unit& u) {
  if (u.first != u.last || !unicode::fits_width(u.text, kWidestRunLink)) return false;
  // (a headline may close on a quoted word: "… to stop users from 'misuse'")
  std::string_view text = u.text;
  for (std::string_view quote : {std::string_view("'"), std::string_view("’"), std::string_view("\""), std::string_view("”")})
    if (text.size() > quote.size() && text.ends_with(quote)) {
      text.remove_suffix(quote.size());
      break;
    }
  const char32_t last = unicode::last_code_point(text);
  return (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || (last >= '0' && last <= '9');
}

void unheaded_link_runs(Draft& draft) {
  // (in a hard-wrapped text short lines run together are the ends of wrapped sentences)
  if (draft.book || draft.layout.hard_wrapped) return;
  Units& units = draft.units;
  const auto is_body = [](const Unit& u) { return u.role == UnitRole::paragraph && u.kind == LineKind::text; };
  const auto removed = [](const Unit& u) {
    // (a teaser's date is a metadata line: "20 Feb 2026")
    return u.role == UnitRole::boilerplate || u.role == UnitRole::metadata || u.kind == LineKind::code_ad ||
           u.kind == LineKind::boilerplate || u.kind == LineKind::related_link || u.kind == LineKind::label_line;
  };
  bool body_begun = false;
  for (std::size_t i = 0; i < units.size();) {
    Unit& u = units[i];
    const bool opens_run = body_begun && i > 0 && is_body(u) && link_shaped(u) && u.first > units[i - 1].last + 1 &&
                           unicode::last_code_point(units[i - 1].text) != ':';
    if (!opens_run) {
      if (is_body(u) && !unicode::fits_width(u.text, kWidestRunLink)) body_begun = true;
      ++i;
      continue;
    }
    std::size_t links = 0, j = i;
    for (std::size_t line = u.first; j < units.size() && units[j].first == line; line = units[j].last + 1, ++j) {
      const Unit& v = units[j];
      const bool link = link_shaped(v) && (is_body(v) || v.kind == LineKind::text || v.kind == LineKind::related_link);
      // (a blurb sits between two links: a paragraph under the run's last link is the story's)
      const bool blurb = is_body(v) && v.first == v.last && unicode::fits_width(v.text, kWidestRunBlurb) && j > i &&
                         link_shaped(units[j - 1]) && is_body(units[j - 1]) && j + 1 < units.size() &&
                         units[j + 1].first == v.last + 1 && link_shaped(units[j + 1]);
      if (link) ++links;
      else if (!blurb && !removed(v)) break;
    }
    if (links < kFewestRunLinks) {
      ++i;
      continue;
    }
    for (std::size_t k = i; k < j; ++k)
      if (units[k].role == UnitRole::paragraph) units[k].role = UnitRole::boilerplate;
    // after the article: the rest is the page's when the run holds a page's head or an advertisement
    // ("Related", "More from the BBC", "ADVERTISEMENT") and no paragraph of body length follows
    const bool page_tail =
        j - i >= kFewestTailLines &&
        std::any_of(units.begin() + static_cast<std::ptrdiff_t>(i), units.begin() + static_cast<std::ptrdiff_t>(j),
                    [](const Unit& v) { return v.kind == LineKind::related_link || v.kind == LineKind::code_ad; });
    if (page_tail && std::all_of(units.begin() + static_cast<std::ptrdiff_t>(j), units.end(),
                                 [](const Unit& v) { return unicode::fits_width(v.text, kWidestFurniture); }))
      for (std::size_t k = j; k < units.size(); ++k)
        if (units[k].role == UnitRole::paragraph) units[k].role = UnitRole::boilerplate;
    i = j;
  }
}

}  // namespace

void related_links(Draft& draft) {
  wrapped_teasers(draft);
  constexpr int kWidestLink = 100, kWidestMarkedLink = 200;
  constexpr std::size_t kMostHeadlines = 6;
  constexpr int kWidestHeadline = 140;
  for (std::size_t i = 0; i < draft.units.size(); ++i) {
    Unit& u = draft.units[i];
    if (u.role != UnitRole::paragraph || u.kind != LineKind::related_link) continue;
    u.role = UnitRole::boilerplate;
    // A shop's product box: the product's name and maker set right over the seller's line.
    if (draft.evidence(u).rule != nullptr && draft.evidence(u).rule->name == std::string_view("ja_shop_widget") &&
        u.text.starts_with("販売元")) {
      constexpr std::size_t kMostBoxLines = 2;
      constexpr int kWidestBoxLine = 120;
      std::size_t line = u.first;
      for (std::size_t j = i, taken = 0; j-- > 0 && taken < kMostBoxLines; ++taken) {
        Unit& above = draft.units[j];
        const char32_t end = unicode::last_code_point(above.text);
        if (above.last + 1 != line || above.role != UnitRole::paragraph || above.kind != LineKind::text ||
            !unicode::fits_width(above.text, kWidestBoxLine) || end == U'。' || end == U'！' || end == U'？' ||
            end == '.')
          break;
        above.role = UnitRole::boilerplate;
        line = above.first;
      }
      continue;
    }
    // Only a heading line ("相關新聞：") lists links under it; a link itself
    // ("欧佩克会议召开在即2015/06/01") does not.
    if (draft.evidence(u).rule != nullptr && draft.evidence(u).rule->name != "related_link") continue;
    const char32_t last = unicode::last_code_point(u.text);
    const bool bare = last == ':' || last == U'：' || (u.text.find(':') == std::string::npos &&
                                                                 u.text.find("：") == std::string::npos);
    if (!bare) continue;
    std::size_t line = u.last;
    std::size_t j = i + 1;
    // Links that open with a mark ("» …", "&gt; …") are the lines that open with it, blank lines
    // between them or not: a short paragraph right under them is not one.
    const std::string_view mark = j < draft.units.size() ? link_mark(draft.units[j].text) : std::string_view();
    for (; j < draft.units.size(); ++j) {
      Unit& next = draft.units[j];
      if ((mark.empty() && next.first != line + 1) || next.role != UnitRole::paragraph || next.kind != LineKind::text ||
          !unicode::fits_width(next.text, mark.empty() ? kWidestLink : kWidestMarkedLink) ||
          (!mark.empty() && !next.text.starts_with(mark)))
        break;
      next.role = UnitRole::boilerplate;
      line = next.last;
    }
    // nothing run under the head: the headlines under it, blank lines between them, each a short line
    // that ends no sentence ("Leia Também" / "" / "Atual prefeito … em São Luís" / "" / …)
    if (j == i + 1 && mark.empty()) {
      static constexpr std::u32string_view kSentenceEnds = U".!?:;\"”’)。！？";
      for (std::size_t taken = 0; j < draft.units.size() && taken < kMostHeadlines; ++j, ++taken) {
        Unit& next = draft.units[j];
        if (next.role != UnitRole::paragraph || next.kind != LineKind::text || next.first != next.last ||
            !unicode::fits_width(next.text, kWidestHeadline) ||
            kSentenceEnds.find(unicode::last_code_point(next.text)) != std::u32string_view::npos)
          break;
        next.role = UnitRole::boilerplate;
      }
    }
    // teasers under the head, blank lines between them, each closing with the link's label
    for (; j < draft.units.size() && draft.units[j].role == UnitRole::paragraph &&
           draft.units[j].kind == LineKind::text && ends_with_link_label(draft.units[j].text);
         ++j)
      draft.units[j].role = UnitRole::boilerplate;
  }
  // A short line that ends no sentence over two or more link lines heads them
  // ("註：《華盛頓郵報》和《紐約時報》新聞戰相關報道" / "（1） [… ](https://…)" / …).
  constexpr int kWidestHead = 80;
  constexpr std::size_t kFewestLinks = 2;
  static constexpr std::u32string_view kSentenceEnds = U"。．.！!？?";
  for (std::size_t i = 0; i + kFewestLinks < draft.units.size(); ++i) {
    Unit& u = draft.units[i];
    if (u.role != UnitRole::paragraph || u.kind != LineKind::text || u.first != u.last ||
        !unicode::fits_width(u.text, kWidestHead) ||
        kSentenceEnds.find(unicode::last_code_point(u.text)) != std::u32string_view::npos)
      continue;
    std::size_t links = 0;
    for (std::size_t j = i + 1; j < draft.units.size() && draft.units[j].kind == LineKind::related_link &&
                                draft.units[j].role == UnitRole::boilerplate;
         ++j)
      ++links;
    if (links >= kFewestLinks) u.role = UnitRole::boilerplate;
  }
  unheaded_link_runs(draft);
  repeats(draft);
}

}  // namespace artconv::plaintext
