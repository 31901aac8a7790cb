// Pass 5: metadata in the opening units and wherever it stands alone: label
// lines ("2017-08-04|來源:新民晚報|編輯:彭麗"), bylines ("By Jane Smith,
// Reuters"), reporter lines ("（記者 張三）"); and the dateline that opens the
// first paragraph ("LONDON (Reuters) -", "新華社北京8月4日電（記者 張三）"),
// which stays in the paragraph but fills source, dateline and people.
#include <algorithm>
#include <cctype>
#include <array>
#include <iterator>
#include <optional>
#include <string>

#include "plaintext/dates.hpp"
#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

// A label line in the body must be short and made only of labelled fields.
constexpr int kWidestBodyMetadata = 80;
// How many of the first text units may open with the dateline.
constexpr int kDatelineUnits = 3;
constexpr int kShortLine = 40;
constexpr int kWidestDatedLine = 120;
constexpr int kOpeningParagraphs = 3;
// A date broken over short lines: at most this many pieces of at most this many bytes.
constexpr std::size_t kDatePieces = 4;
constexpr std::size_t kDatePieceBytes = 12;
// Bounds on how far the opening and the search for the dateline go, whatever the lines.
constexpr std::size_t kOpeningUnits = 40;
constexpr int kDatelineTries = 12;
constexpr int kLongParagraph = 120;

bool all_labelled(const LabelLine& l) {
  for (const ParsedField& f : l.fields)
    if (!f.label) return false;
  return true;
}

// The paper speaking of itself: no outlet's name ("新闻网讯" is a school site's "news site").
constexpr std::array<std::string_view, 8> kOwnPaper = {"本報", "本报", "本刊", "本台", "本網", "本网", "新聞網", "新闻网"};

bool own_paper(std::string_view source) {
  return std::find(kOwnPaper.begin(), kOwnPaper.end(), source) != kOwnPaper.end();
}

// The people a match names, in the role its role word says (or the rule's).
void add_named(Metadata& meta, const Match& m) {
  const Role role = role_named(m[Group::role]).value_or(m.rule->role);
  for (const Contributor& c : split_credits(m[Group::name], role)) add_contributor(meta, c.name, c.role);
}

// "THE ASSOCIATED PRESS", "Associated Press Writer": an outlet alone, or with
// its writer's job title, and nothing else.
bool names_outlet_alone(std::string_view text) {
  static constexpr std::string_view kJobs[] = {"Writer", "Staff Writer", "Correspondent", "Reporter", "Staff"};
  constexpr int kWidestLine = 48;
  text = unicode::trim(text);
  if (!unicode::fits_width(text, kWidestLine)) return false;
  if (is_known_outlet(text)) return true;
  const std::string_view outlet = outlet_at_start(text);
  if (outlet.empty()) return false;
  const std::string_view job = unicode::trim(text.substr(outlet.size()));
  return std::any_of(std::begin(kJobs), std::end(kJobs),
                     [&](std::string_view j) { return equal_ignoring_ascii_case(job, j); });
}

// "Chief football news reporter", "Political correspondent": a job title alone, its last
// word the role (a line of a few words, no sentence).
std::optional<Role> job_title_role(std::string_view text) {
  static constexpr std::pair<std::string_view, Role> kJobWords[] = {
      {"reporter", Role::reporter}, {"correspondent", Role::correspondent}, {"editor", Role::editor},
      {"writer", Role::writer}, {"columnist", Role::author}, {"photographer", Role::photographer}};
  constexpr int kWidestJob = 48;
  text = unicode::trim(text);
  if (!unicode::fits_width(text, kWidestJob) || text.find_first_of(".,:;!?\"()0123456789") != std::string_view::npos)
    return std::nullopt;
  const std::size_t space = text.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  for (const auto& [word, role] : kJobWords)
    if (equal_ignoring_ascii_case(last, word)) return role;
  return std::nullopt;
}

// "BBC Sport Scotland": a known outlet's name, alone or with its desk, and nothing else.
bool names_outlet_line(std::string_view text) {
  constexpr int kWidestLine = 48;
  text = unicode::trim(text);
  if (!unicode::fits_width(text, kWidestLine) || text.find_first_of(".,:;!?\"()0123456789") != std::string_view::npos)
    return false;
  return is_known_outlet(text) || !outlet_at_start(text).empty();
}

// Extracted pages keep "&nbsp;" entities and indents before the dateline.
std::string_view without_leading_spaces(std::string_view text) {
  for (bool more = true; more;) {
    more = false;
    text = unicode::trim(text);
    if (starts_with_ignoring_ascii_case(text, "&nbsp;")) {
      text.remove_prefix(6);
      more = true;
    }
  }
  return text;
}

// The opening of a paragraph (or a byline inside it): true when it named
// the outlet, the place or people.
bool read_dateline(Draft& draft, std::string_view text) {
  RuleMatcher& m = *draft.matcher;
  Metadata& meta = draft.meta;
  text = without_leading_spaces(text);
  if (Match w = m.match(wire_dateline_rule(), text, draft.diagnostics)) {
    if (meta.dateline.empty()) meta.dateline = w[Group::place];
    if (meta.source.empty()) meta.source = w[Group::source];
    return true;
  }
  if (Match c = m.match(chinese_dateline_rule(), text, draft.diagnostics)) {
    const std::string_view source = c[Group::source].empty() ? c[Group::outlet] : c[Group::source];
    if (meta.source.empty() && !own_paper(source)) meta.source = source;
    if (meta.dateline.empty()) meta.dateline = c[Group::place];
    if (!meta.published) meta.published = parse_date(c[Group::marker]);  // with its year only
    add_named(meta, c);
    return true;
  }
  for (const Rule& rule : inline_byline_rules()) {
    const Match b = m.match(rule, text, draft.diagnostics);
    if (!b) continue;
    if (meta.source.empty() && !b[Group::source].empty() && !own_paper(b[Group::source])) meta.source = b[Group::source];
    if (meta.dateline.empty()) meta.dateline = b[Group::place];
    if (!meta.published) meta.published = parse_date(b[Group::marker]);
    add_named(meta, b);
    // the headline a scraper glued to the lead
    // (or the whole line was taken for the headline: it keeps the headline only)
    if (!b[Group::text].empty() && (meta.title.empty() || meta.title == unicode::trim(text)))
      meta.title = unicode::trim(b[Group::text]);
    return true;
  }
  return false;
}

// Words that stand before the date of a metadata line without a colon:
// "Updated July 23, 2012, 7:10 p.m. ET", "Posted, August 9th, 2012, By Amelia Rose",
// "입력 2019.03.05 15:01  수정 2019.03.06 09:30" (a Korean page's stamps: posted, revised).
constexpr std::array<std::string_view, 14> kDateWords = {
    "Last updated", "Updated on", "Published on", "Posted on", "Updated", "Published", "Posted",
    "기사입력",   "최종수정",     "입력",      "수정",    "등록",      "승인",  "송고"};

// A share button's label a flattened page glued before the date: "Tweet Nov 5 2012, 5:50 PM ET".
constexpr std::array<std::string_view, 4> kButtonLabels = {"Tweet", "Share", "Email", "Print"};

// The date after a date word, up to the next one ("Published July 3, 2012 Updated July 4").
std::string_view without_date_word(std::string_view text) {
  for (std::string_view b : kButtonLabels)
    if (text.size() > b.size() + 1 && text.starts_with(b) && text[b.size()] == ' ') {
      text = unicode::trim(text.substr(b.size()));
      break;
    }
  for (std::string_view w : kDateWords)
    if (starts_with_ignoring_ascii_case(text, w) && text.size() > w.size() &&
        (text[w.size()] == ' ' || text[w.size()] == ',' || text[w.size()] == ':')) {
      text.remove_prefix(w.size());
      while (!text.empty() && (text.front() == ',' || text.front() == ':' || text.front() == ' ')) text.remove_prefix(1);
      for (std::string_view next : kDateWords)
        for (std::size_t at = text.find(next); at != std::string_view::npos; at = text.find(next, at + 1))
          if (at > 0 && text[at - 1] == ' ') {
            text = text.substr(0, at);
            break;
          }
      // "Last updated at 4:32 PM on 15th February 2012": the time, then the day
      if (const std::size_t on = text.find(" on "); on != std::string_view::npos && starts_with_ignoring_ascii_case(text, "at "))
        text = text.substr(on + 4);
      return unicode::trim(text);
    }
  if (starts_with_ignoring_ascii_case(text, "On ")) return unicode::trim(text.substr(3));
  return text;
}

// A date with separators left around it: "November 12, 2012 |", "August 6th, 2012,",
// "August 9, 2012 · Leave a Comment" (the first of its parts).
std::optional<DateTime> loose_date(std::string_view text) {
  text = unicode::trim(text);
  while (!text.empty() && (text.back() == '|' || text.back() == ',' || text.back() == ' ')) text.remove_suffix(1);
  while (!text.empty() && (text.front() == '|' || text.front() == ',' || text.front() == ' ')) text.remove_prefix(1);
  if (auto date = parse_date(text)) return date;
  for (std::string_view sep : {std::string_view(" · "), std::string_view(" | ")})
    if (const std::size_t at = text.find(sep); at != std::string_view::npos)
      if (auto date = parse_date(text.substr(0, at))) return date;
  return std::nullopt;
}

// "PHILADELPHIA July 24, 2012 (AP)", "July 24, 2012 (AP)": a wire date line, with the
// place before the date and the agency after it.
bool read_wire_date_line(Metadata& meta, std::string_view text) {
  if (!text.ends_with(")")) return false;
  const std::size_t open = text.rfind('(');
  if (open == std::string_view::npos || open == 0) return false;
  const std::string_view agency = text.substr(open + 1, text.size() - open - 2);
  if (!is_known_outlet(agency)) return false;
  std::string_view rest = unicode::trim(text.substr(0, open));
  std::string_view place;
  std::size_t caps = 0;  // the leading words in capitals
  while (caps < rest.size() && ((rest[caps] >= 'A' && rest[caps] <= 'Z') || rest[caps] == ' ' || rest[caps] == '.' ||
                                rest[caps] == ','))
    ++caps;
  auto date = parse_date(rest);
  if (!date && caps > 2) {
    const std::size_t cut = rest.rfind(' ', caps);
    if (cut != std::string_view::npos && cut > 0) {
      date = parse_date(rest.substr(cut + 1));
      place = unicode::trim(rest.substr(0, cut));
      while (!place.empty() && place.back() == ',') place.remove_suffix(1);
    }
  }
  if (!date) return false;
  if (!meta.published) meta.published = date;
  if (meta.source.empty()) meta.source = agency;
  if (meta.dateline.empty()) meta.dateline = place;
  return true;
}

// "2 novembre 2012. - Plusieurs milliers de personnes …": the date opening the text.
std::optional<DateTime> date_opening(std::string_view text) {
  constexpr std::size_t kLongestDate = 50;
  for (std::string_view dash : {std::string_view(" - "), std::string_view(" – "), std::string_view(" — ")}) {
    const std::size_t at = text.find(dash);
    if (at == std::string_view::npos || at > kLongestDate) continue;
    std::string_view head = unicode::trim(text.substr(0, at));
    if (head.ends_with(".")) head.remove_suffix(1);
    if (auto date = parse_date(head)) return date;
  }
  return std::nullopt;
}

// "## Radio \\| Skaidras ziņas \\| Otrdiena, 2023. gada 14. novembris", "Main | Friday,
// November 09, 2012": a section line closing with the date after a bar.
std::optional<DateTime> date_after_bar(std::string_view text) {
  const std::size_t bar = text.rfind('|');
  if (bar == std::string_view::npos) return std::nullopt;
  return loose_date(text.substr(bar + 1));
}

// "by Blaine Blontz on Aug 9, 2012 1:07 PM EDT", "by Noah Rothman | 2:23 pm, August 9th, 2012",
// "August 6th, 2012 by Steve Cypher", "Updated July 23, 2012, 7:10 p.m. ET": a short
// line that is a date, or a byline and a date. Both must read, or nothing is taken.
bool read_dated_line(Metadata& meta, std::string_view text) {
  if (!unicode::fits_width(text, kWidestDatedLine)) return false;
  text = without_date_word(unicode::trim(text));
  if (read_wire_date_line(meta, text)) return true;
  // "Press Trust of India" on a line of its own: the outlet
  if (is_known_outlet(text)) {
    if (meta.source.empty()) meta.source = text;
    return true;
  }
  if (auto date = loose_date(text)) {
    if (!meta.published) meta.published = date;
    return true;
  }
  static constexpr std::array<std::string_view, 3> kBy = {"by ", "By ", "BY "};
  static constexpr std::array<std::string_view, 3> kSpacedBy = {" by ", " By ", " BY "};
  for (std::size_t b = 0; b < kBy.size(); ++b) {
    const std::string_view by = kBy[b];
    if (text.starts_with(by)) {  // names, then the date after a separator
      const std::string_view rest = text.substr(by.size());
      for (std::string_view sep : {std::string_view(" | "), std::string_view(" on "), std::string_view(" · "),
                                   std::string_view(", ")})
        for (std::size_t at = rest.find(sep); at != std::string_view::npos; at = rest.find(sep, at + 1)) {
          const std::string_view after = unicode::trim(rest.substr(at + sep.size()));
          auto date = loose_date(after);
          // "by Bill McBride on 8/09/2012 12:13:00 PM": a date the reader cannot tell
          // (month or day first) still ends the names
          const bool numeric = !after.empty() && after.front() >= '0' && after.front() <= '9' && sep == " on ";
          if (!date && !numeric) continue;
          Metadata trial;
          if (!apply_byline(trial, rest.substr(0, at))) return false;
          apply_byline(meta, rest.substr(0, at));
          if (!meta.published && date) meta.published = date;
          return true;
        }
    }
    const std::size_t at = text.find(kSpacedBy[b]);
    if (at != std::string_view::npos) {  // the date, then the names
      auto date = loose_date(text.substr(0, at));
      if (!date) continue;
      Metadata trial;
      const std::string_view names = text.substr(at + 1 + by.size());
      if (!apply_byline(trial, names)) return false;
      apply_byline(meta, names);
      if (!meta.published) meta.published = date;
      return true;
    }
  }
  if (auto date = date_after_bar(text)) {
    if (!meta.published) meta.published = date;
    return true;
  }
  return false;
}

// "Jennifer Van Grove": two to four capitalised words of a Latin script, no
// outlet, no kicker, nothing a sentence would hold.
bool is_author_line(std::string_view text) {
  text = unicode::trim(text);
  const auto words = 1 + std::count(text.begin(), text.end(), ' ');
  return words >= 2 && words <= 4 && text.find_first_of(".,:;!?\"()0123456789") == std::string_view::npos &&
         looks_like_name(text) && !is_known_outlet(text) && !is_kicker(text);
}

// "Marc Cieslak,AI correspondentandMatt Murphy,BBC Verify": bylines' cards run together, each a
// name glued by a comma (no space) to its job title or its outlet, the cards glued by "and" (a
// lowercase letter before it, a capital after it). Every card must be one, or the line is text.
bool read_glued_byline_cards(Metadata& meta, std::string_view text) {
  constexpr int kWidestLine = 160;
  text = unicode::trim(text);
  if (!unicode::fits_width(text, kWidestLine) || text.find(", ") != std::string_view::npos ||
      text.find(',') == std::string_view::npos)
    return false;
  std::vector<std::string_view> cards;
  for (std::size_t start = 0;;) {
    std::size_t glue = std::string_view::npos;
    for (std::size_t at = text.find("and", start); at != std::string_view::npos; at = text.find("and", at + 1))
      if (at > start && at + 3 < text.size() && text[at - 1] >= 'a' && text[at - 1] <= 'z' && text[at + 3] >= 'A' &&
          text[at + 3] <= 'Z' && text.substr(start, at - start).find(',') != std::string_view::npos) {
        glue = at;
        break;
      }
    cards.push_back(text.substr(start, glue == std::string_view::npos ? std::string_view::npos : glue - start));
    if (glue == std::string_view::npos) break;
    start = glue + 3;
  }
  struct Card {
    std::string_view name;
    Role role;
    std::string_view outlet;
  };
  std::vector<Card> read;
  for (std::string_view card : cards) {
    const std::size_t comma = card.find(',');
    if (comma == std::string_view::npos) return false;
    const std::string_view name = unicode::trim(card.substr(0, comma));
    const std::string_view job = unicode::trim(card.substr(comma + 1));
    if (!is_author_line(name)) return false;
    if (const std::optional<Role> role = job_title_role(job)) {
      read.push_back({name, *role, {}});
    } else if (names_outlet_line(job)) {
      read.push_back({name, Role::author, is_known_outlet(job) ? job : outlet_at_start(job)});
    } else {
      return false;
    }
  }
  for (const Card& c : read) {
    add_contributor(meta, c.name, c.role);
    if (meta.source.empty() && !c.outlet.empty()) meta.source = c.outlet;
  }
  return true;
}


// An RFC's header: "Network Working Group   L. Masinter" / "Request for Comments: 2324
// 1 April 1998": its right column names the authors ("L. Masinter") and the date.
constexpr std::array<std::string_view, 3> kRfcHeaders = {"Network Working Group", "Request for Comments:",
                                                         "Internet Engineering Task Force"};

bool is_initials_and_surname(std::string_view s) {  // "R. Rivest", "J. K. Reynolds"
  std::size_t i = 0, initials = 0;
  while (i + 1 < s.size() && s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] == '.') {
    ++initials;
    i += 2;
    while (i < s.size() && s[i] == ' ') ++i;
  }
  if (initials == 0 || i >= s.size() || s[i] < 'A' || s[i] > 'Z') return false;
  for (++i; i < s.size(); ++i)
    if (!std::isalpha(static_cast<unsigned char>(s[i])) && s[i] != '-' && s[i] != '\'') return false;
  return true;
}

void read_rfc_header(Draft& draft) {
  std::size_t first = 0;
  while (first < draft.lines.size() && draft.lines[first].blank()) ++first;
  if (first == draft.lines.size() ||
      std::none_of(kRfcHeaders.begin(), kRfcHeaders.end(), [&](std::string_view h) { return draft.lines[first].text.starts_with(h); }))
    return;
  for (std::size_t i = first; i < draft.lines.size() && !draft.lines[i].blank(); ++i) {
    const std::string_view text = draft.lines[i].text;
    const std::size_t gap = text.rfind("   ");
    const std::string_view right = unicode::trim(gap == std::string_view::npos ? text : text.substr(gap));
    if (const std::string_view name = without_affiliation(right); is_initials_and_surname(name))
      add_contributor(draft.meta, name, Role::author);
    if (!draft.meta.published)
      if (auto date = parse_date(right)) draft.meta.published = date;
  }
}

bool is_byline_word(std::string_view text) {
  text = unicode::trim(text);
  for (const Vocabulary* v : vocabularies())
    for (std::string_view w : v->byline_words)
      if (equal_ignoring_ascii_case(text, w)) return true;
  return false;
}

// "24" / "Jul" / "2012" / "9:05am, EDT": a date broken over short lines (a
// page's date widget) is read joined; its lines leave the body.
bool read_date_pieces(Draft& draft, std::size_t index) {
  const Unit& u = draft.units[index];
  if (u.text.size() > kDatePieceBytes || u.text.find_first_of("0123456789") == std::string::npos) return false;
  std::string joined(u.text);
  std::size_t end = index;
  std::optional<DateTime> date;
  std::size_t date_end = index;
  while (end + 1 < draft.units.size() && end < index + kDatePieces - 1 &&
         draft.units[end + 1].role == UnitRole::paragraph && draft.units[end + 1].text.size() <= kDatePieceBytes) {
    ++end;
    joined += ' ';
    joined += draft.units[end].text;
    if (auto d = loose_date(joined)) {
      date = d;
      date_end = end;
    }
  }
  if (!date) return false;
  draft.meta.published = date;
  for (std::size_t k = index; k <= date_end; ++k) draft.units[k].role = UnitRole::metadata;
  return true;
}

constexpr std::array<std::string_view, 7> kCjkStops = {"。", "，", "、", "：", "；", "！", "？"};

// "신용카드", "国际", "Politics": a section's keyword alone on a line: one short word,
// no figure, no stop.
bool is_keyword_line(std::string_view text) {
  constexpr int kWidestKeyword = 16;
  text = unicode::trim(text);
  return !text.empty() && unicode::fits_width(text, kWidestKeyword) &&
         text.find_first_of(" \t0123456789.,:;!?") == std::string_view::npos &&
         std::none_of(kCjkStops.begin(), kCjkStops.end(), [&](std::string_view p) { return text.find(p) != std::string_view::npos; });
}

// "간편지급 … 대세 - 전자신문": a page's title closes with the site's name. The name
// leaves the headline when it names the outlet: the source read, a known outlet,
// or a line of the header that says it again; it then names the source. A news
// portal's name leaves it too, and the provider bracketed before it is the source.
void site_name_in_title(Draft& draft, std::size_t header_end) {
  static constexpr std::array<std::string_view, 4> kSeparators = {" - ", " | ", " – ", " — "};
  constexpr int kWidestSiteName = 24;
  Metadata& meta = draft.meta;
  if (const auto portal = portal_title(meta.title)) {
    if (!portal->provider.empty() && meta.source.empty()) meta.source = std::string(portal->provider);
    meta.title = std::string(portal->headline);
    return;
  }
  for (std::string_view sep : kSeparators) {
    const std::size_t at = meta.title.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    const std::string_view site = unicode::trim(std::string_view(meta.title).substr(at + sep.size()));
    if (site.empty() || !unicode::fits_width(site, kWidestSiteName)) continue;
    const bool said_again = std::any_of(draft.units.begin(), draft.units.begin() + static_cast<long>(header_end),
                                        [&](const Unit& u) { return u.role == UnitRole::paragraph && u.text == site; });
    if (site != meta.source && !is_known_outlet(site) && !said_again) continue;
    if (meta.source.empty()) meta.source = std::string(site);
    meta.title = std::string(unicode::trim(std::string_view(meta.title).substr(0, at)));
    return;
  }
}

}  // namespace

void extract_header(Draft& draft) {
  read_rfc_header(draft);
  bool in_header = true;
  bool dateline_read = false;
  int text_units = 0;
  // Extracted pages put bylines and date lines among the opening lines, after
  // a kicker or a caption: the opening lasts until the third long paragraph.
  int long_paragraphs = 0;
  int tried_units = 0;
  bool after_date_line = false;  // the unit before was a date line read as metadata
  std::size_t date_line_end = 0;  // its last line
  for (std::size_t index = 0; index < draft.units.size(); ++index) {
    Unit& u = draft.units[index];
    const bool in_opening = long_paragraphs < kOpeningParagraphs && index < kOpeningUnits;
    // A title run together with the opening ("…(종합)\t(서울=연합뉴스) 박재현 기자 ="), or
    // an opening taken for the title where the text has none.
    // "Posted by Max Fisher on October 31, 2012 at 5:27 pm" or "Updated July 23, 2012,
    // 7:10 p.m. ET" taken for the title: its people and date are still the article's
    if (u.role == UnitRole::title && !draft.meta.published) {
      Metadata trial;
      if (read_dated_line(trial, u.text) && (!trial.contributors.empty() || trial.published)) {
        for (const Contributor& c : trial.contributors) add_contributor(draft.meta, c.name, c.role);
        draft.meta.published = trial.published;
      }
    }
    // "VON" then "FRANZ KAFKA": a byline word alone, the name on the next line
    if (u.role == UnitRole::paragraph && in_opening && is_byline_word(u.text) && index + 1 < draft.units.size()) {
      Unit& next = draft.units[index + 1];
      if (next.role == UnitRole::paragraph && next.first == next.last && is_author_line(next.text)) {
        add_contributor(draft.meta, next.text, Role::author);
        u.role = UnitRole::metadata;
        next.role = UnitRole::metadata;
        continue;
      }
    }
    // "Jack Herrall" / "BBC Sport Scotland" (or "Chief football news reporter") over the text: a
    // byline without its "By", the outlet or the job under the name
    if (u.role == UnitRole::paragraph && in_opening && u.first == u.last && index + 2 < draft.units.size() &&
        is_author_line(u.text)) {
      Unit& under = draft.units[index + 1];
      const bool stacked = under.role == UnitRole::paragraph && under.first == under.last &&
                           under.first == u.last + 1 && draft.units[index + 2].role == UnitRole::paragraph;
      const std::optional<Role> job = stacked ? job_title_role(under.text) : std::nullopt;
      const bool outlet = stacked && !job && names_outlet_line(under.text);
      if (job || outlet) {
        add_contributor(draft.meta, u.text, job.value_or(Role::author));
        if (outlet && draft.meta.source.empty()) draft.meta.source = unicode::trim(under.text);
        u.role = UnitRole::metadata;
        under.role = UnitRole::metadata;
        continue;
      }
    }
    // "Marc Cieslak,AI correspondentandMatt Murphy,BBC Verify": the same cards copied as one line,
    // each name glued by a comma to its job or its outlet, the cards glued by "and"
    if (u.role == UnitRole::paragraph && in_opening && u.first == u.last && read_glued_byline_cards(draft.meta, u.text)) {
      u.role = UnitRole::metadata;
      continue;
    }
    if (u.role == UnitRole::title && !draft.meta.published && unicode::fits_width(u.text, kWidestDatedLine)) {
      draft.meta.published = date_after_bar(u.text);
      // "… border India, Posted on Nov 06, 2012 at 08:38pm IST"
      if (const std::size_t at = u.text.find("Posted on "); !draft.meta.published && at != std::string::npos)
        draft.meta.published = loose_date(std::string_view(u.text).substr(at + 10));
    }
    if (u.role == UnitRole::title && !dateline_read) {
      const std::size_t tab = u.text.find('\t');
      dateline_read = read_dateline(draft, tab == std::string::npos ? std::string_view(u.text)
                                                                    : std::string_view(u.text).substr(tab + 1));
    }
    if (u.role != UnitRole::paragraph) continue;
    const Line& line = draft.first_line(u);
    switch (u.kind) {
      case LineKind::label_line: {
        const LabelLine& fields = draft.label_lines[static_cast<std::size_t>(u.label)];
        const bool dates_only = std::all_of(fields.fields.begin(), fields.fields.end(),
                                            [](const ParsedField& f) { return f.date.has_value(); });
        if (in_header || (all_labelled(fields) && unicode::fits_width(u.text, kWidestBodyMetadata)) ||
            (in_opening && dates_only && !draft.meta.published)) {
          apply_fields(draft.meta, fields.fields);
          u.role = UnitRole::metadata;
          after_date_line = in_opening && dates_only;
          date_line_end = u.last;
          continue;
        }
        break;
      }
      case LineKind::reporter_line: {
        const Match& ev = draft.evidence_of(line);
        // "社會中心／綜合報導": a desk's compiled report, a byline that names nobody
        if (ev[Group::name].empty() && ev[Group::source].empty()) {
          u.role = UnitRole::metadata;
          continue;
        }
        // a reporter line names someone ("Ảnh minh họa" has the shape of a name, not its capitals)
        const auto named = split_credits(ev[Group::name], ev.rule->role);
        if (std::none_of(named.begin(), named.end(), [](const Contributor& c) { return looks_like_name(c.name); })) {
          u.kind = LineKind::text;
          break;
        }
        add_named(draft.meta, ev);
        // "本报记者…发自上海": the city the reporters filed from
        if (draft.meta.dateline.empty()) draft.meta.dateline = ev[Group::place];
        const std::string_view outlet = ev[Group::source];
        if (draft.meta.source.empty() && !outlet.empty() && !own_paper(outlet)) draft.meta.source = outlet;
        // "KBS 뉴스 임승창입니다.": the reporter's spoken sign-off is part of the script
        if (ev.rule->name == std::string_view("ko_broadcast_sign_off")) {
          u.kind = LineKind::text;
          break;
        }
        u.role = UnitRole::metadata;
        continue;
      }
      case LineKind::byline: {
        // "By DAVE CARPENTER" / "THE ASSOCIATED PRESS": the outlet alone on the line under the
        // byline is the byline's, as if after a comma
        std::string names(draft.evidence_of(line)[Group::name]);
        // "By " / "Mark Duell": the byline word alone, the names on the line joined under it
        if (names.empty() && u.last > u.first) names = unicode::trim(std::string_view(u.text).substr(line.text.size()));
        // "By " / "Daily Mail Reporter": the outlet's staff, nobody named
        if ((in_header || in_opening) && names_outlet_alone(names)) {
          const std::string_view outlet = is_known_outlet(names) ? known_outlet(names) : outlet_at_start(names);
          if (draft.meta.source.empty()) draft.meta.source = outlet;
          // "Washington CNN —": the dateline's place before the outlet's credit
          if (draft.meta.dateline.empty()) draft.meta.dateline = draft.evidence_of(line)[Group::place];
          u.role = UnitRole::metadata;
          continue;
        }
        Unit* outlet_line = index + 1 < draft.units.size() ? &draft.units[index + 1] : nullptr;
        if (outlet_line && !(outlet_line->role == UnitRole::paragraph && outlet_line->kind == LineKind::text &&
                             outlet_line->first == outlet_line->last && outlet_line->first == u.last + 1 &&
                             names_outlet_alone(outlet_line->text)))
          outlet_line = nullptr;
        if (outlet_line) names += ", " + std::string(outlet_line->text);
        if ((in_header || in_opening) && apply_byline(draft.meta, names)) {
          u.role = UnitRole::metadata;
          if (outlet_line) outlet_line->role = UnitRole::metadata;
          // a byline row may capture the date after the names ("… . PUBLISHED: . 08:01 EST, 24 October 2013")
          if (const std::string_view when = draft.evidence_of(line)[Group::text]; !draft.meta.published && !when.empty())
            draft.meta.published = loose_date(when);
          continue;
        }
        u.kind = LineKind::text;  // "By the end of the day …" is prose
        break;
      }
      case LineKind::boilerplate:
        // a bare time stamp ("Updated July 23, 2012, 7:10 p.m. ET") in the opening dates the
        // article; so do the pieces of a date the counter row took ("24" / "Jul" / "2012")
        if (in_opening && !draft.meta.published && draft.evidence(u).rule == &stamp_rule() &&
            read_dated_line(draft.meta, u.text)) {
          u.role = UnitRole::metadata;
          after_date_line = draft.meta.published.has_value();
          date_line_end = u.last;
          continue;
        }
        if (in_opening && !draft.meta.published && read_date_pieces(draft, index)) continue;
        break;
      case LineKind::text:
        if (in_opening && read_dated_line(draft.meta, u.text)) {
          u.role = UnitRole::metadata;
          after_date_line = draft.meta.published.has_value();
          date_line_end = u.last;
          continue;
        }
        if (in_opening && !draft.meta.published && read_date_pieces(draft, index)) continue;
        // "October 30, 2012 2:36 PM" then "Jennifer Van Grove": a name alone right under a
        // date line (no blank line between), on a line of its own or joined to it
        if (in_opening && after_date_line && u.first == u.last && u.first == date_line_end + 1 &&
            is_author_line(u.text)) {
          add_contributor(draft.meta, u.text, Role::author);
          u.role = UnitRole::metadata;
          continue;
        }
        // "2024-09-23" then "신용카드": a section's keyword right under the date line
        if (in_opening && after_date_line && u.first == u.last && u.first == date_line_end + 1 &&
            is_keyword_line(u.text)) {
          u.role = UnitRole::metadata;
          continue;
        }
        if (in_opening && u.last == u.first + 1 && is_author_line(draft.lines[u.last].text)) {
          Metadata trial;
          if (read_dated_line(trial, draft.lines[u.first].text) && trial.published) {
            if (!draft.meta.published) draft.meta.published = trial.published;
            add_contributor(draft.meta, draft.lines[u.last].text, Role::author);
            u.role = UnitRole::metadata;
            continue;
          }
        }
        // The dateline opens one of the first paragraphs (a caption or a
        // stray metadata line may come before it).
        if (!dateline_read && text_units < kDatelineUnits && tried_units < kDatelineTries) {
          if (!draft.meta.published) draft.meta.published = date_opening(without_leading_spaces(u.text));
          dateline_read = read_dateline(draft, u.text);
          // a headline joined to the lede: the dateline opens one of the unit's lines
          for (std::size_t l = u.first + 1; !dateline_read && l <= u.last && l <= u.first + 3; ++l)
            dateline_read = read_dateline(draft, draft.lines[l].text);
          // short lines (a caption, a kicker, stray markup) do not use up the count
          if (!unicode::fits_width(u.text, kShortLine)) ++text_units;
          ++tried_units;
        }
        break;
      default: break;
    }
    if (u.kind == LineKind::text || u.kind == LineKind::quote) in_header = false;
    after_date_line = false;
    if (u.kind == LineKind::text && !unicode::fits_width(u.text, kLongParagraph)) ++long_paragraphs;
  }
  // The header: the units before the first paragraph of text longer than a short line
  // (a page's address is no text).
  std::size_t header_end = 0;
  while (header_end < draft.units.size() &&
         !(draft.units[header_end].role == UnitRole::paragraph && draft.units[header_end].kind == LineKind::text &&
           !unicode::fits_width(draft.units[header_end].text, kShortLine)))
    ++header_end;
  site_name_in_title(draft, header_end);
  // "전자신문", "이데일리": the outlet's name alone on a line of the header
  if (!draft.meta.source.empty())
    for (std::size_t k = 0; k < header_end; ++k) {
      Unit& u = draft.units[k];
      if (u.role == UnitRole::paragraph && u.first == u.last && u.text == draft.meta.source) u.role = UnitRole::metadata;
    }
}

}  // namespace artconv::plaintext
