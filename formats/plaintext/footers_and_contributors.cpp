// Pass 7: footers name the people who made the article and the outlet:
// "(Reporting by Ana Lee; Writing by Sam Ruiz; Editing by Kay Moss)",
// "Network reporters Jo Kim and Raj Patel contributed to this report.",
// "Follow Dana Voss on Twitter @dvoss", "Original article on Daily Orbit.",
// "声明：…", and a closing "（李明）" or "[Lena Ortiz]". They leave the body, as
// does a closing "*Meta is banned …" that an asterisk in the text points to,
// and an author's box glued to its name ("Wes OliverWes Oliver is …"). A
// closing "8 SIDOR/TT" (outlet and agency in capitals) names the source.
#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>

#include "plaintext/dates.hpp"
#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

// Job titles between an outlet and a name: "Associated Press Writer Gerald Imray".
constexpr std::string_view kJobTitles[] = {"Staff Writer", "Writer",      "Reporter",     "Correspondent",
                                           "Photographer", "Staff",       "Special Correspondent"};

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
        // "Khaled Yacoub Oweies in Amman and Suleiman Al-Khalidi in Antakya, Turkey": each
        // name has its place; the word after a place's comma is its country.
        bool after_place = false;
        for (const std::string& raw : split_names(part.substr(c.phrase.size()))) {
          const std::string_view name = without_place(raw);
          const bool country = after_place && raw.find(' ') == std::string::npos;
          after_place = name.size() < raw.size();
          if (!country && looks_like_name(name)) add_contributor(meta, name, c.role);
        }
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
  for (const std::string& part : split_names(text.substr(names_start))) {
    std::string_view name = part;
    // "—Steve Eder": the dash that sets the line off
    for (std::string_view dash : {std::string_view("—"), std::string_view("–"), std::string_view("-")})
      if (name.starts_with(dash)) name = unicode::trim(name.substr(dash.size()));
    if (looks_like_outlet(name)) continue;  // "The Associated Press and Reuters contributed"
    // "NBC News' Ayman Mohyeldin": the outlet's reporter
    for (std::string_view mark : {std::string_view("'s "), std::string_view("' "), std::string_view("’s "),
                                  std::string_view("’ ")})
      if (const std::size_t at = name.find(mark); at != std::string_view::npos && looks_like_outlet(name.substr(0, at))) {
        if (meta.source.empty()) meta.source = name.substr(0, at);
        name = unicode::trim(name.substr(at + mark.size()));
        break;
      }
    // "Associated Press Writer Gerald Imray": the outlet and the job before the name
    if (const std::string_view outlet = outlet_at_start(name); !outlet.empty()) {
      if (meta.source.empty()) meta.source = outlet;
      name = unicode::trim(name.substr(outlet.size()));
      for (std::string_view job : kJobTitles)
        if (starts_with_ignoring_ascii_case(name, job) && name.size() > job.size() && name[job.size()] == ' ') {
          name = unicode::trim(name.substr(job.size()));
          break;
        }
    }
    if (looks_like_name(name)) add_contributor(meta, name, role);
  }
}

// "… four behind leaders. (Reporting by Angel Krasimirov; Editing by Tony
// Jimenez)": the footer closing a paragraph becomes a unit of its own.
void split_closing_footers(Draft& draft) {
  const bool any = std::any_of(draft.units.begin(), draft.units.end(), [](const Unit& u) {
    return u.role == UnitRole::paragraph && u.kind == LineKind::text && u.text.ends_with(")");
  });
  if (!any) return;
  Units out;
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

// Sentence-final punctuation: a bracketed note after it closes the paragraph.
bool ends_sentence(std::string_view text) {
  for (std::string_view p : {"。", "！", "？", "」", "”", ".", "!", "?", "\""})
    if (text.ends_with(p)) return true;
  return false;
}

// "CBS/AP", "Reuters": outlets and nothing else.
bool outlets_only(std::string_view note) {
  for (std::size_t start = 0;;) {
    const std::size_t slash = note.find('/', start);
    if (!is_known_outlet(unicode::trim(note.substr(start, slash == std::string_view::npos ? std::string_view::npos
                                                                                          : slash - start))))
      return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

// A closing note with a slash: "林文彬／綜合外電報導", "記者王小明／台北報導" (the
// reporter before it), "オフィスエムツー／佐枝せつこ" (the agency, then the writer).
bool read_slashed_note(Metadata& meta, std::string_view note) {
  static constexpr std::string_view kSlashes[] = {"／", "/"};
  static constexpr std::string_view kReports[] = {"報導", "报道", "報道", "报导"};
  for (std::string_view slash : kSlashes) {
    const std::size_t at = note.find(slash);
    if (at == std::string_view::npos) continue;
    const std::string_view before = unicode::trim(note.substr(0, at));
    const std::string_view after = unicode::trim(note.substr(at + slash.size()));
    const bool report = std::any_of(std::begin(kReports), std::end(kReports),
                                    [&](std::string_view r) { return after.ends_with(r); });
    if (report) {
      bool any = false;
      for (const Contributor& c : split_credits(before, Role::reporter))
        if (looks_like_name(c.name)) {
          add_contributor(meta, c.name, c.role);
          any = true;
        }
      return any;
    }
    if (before.find_first_of("0123456789") == std::string_view::npos && looks_like_name(after) &&
        !looks_like_outlet(after)) {
      add_contributor(meta, after, Role::writer);
      return true;
    }
  }
  return false;
}

// "…有所支撐且逐季好轉。（編輯：李信寬）1080327", "…上榜的中国品牌。（李明）": the note
// closing the last paragraph names its editor or author (and CNA's date
// code the day); it leaves the paragraph as a metadata unit.
bool split_closing_note_at(Draft& draft, std::size_t last, bool very_last);

// The note closes one of the last paragraphs (related links, lists or code the
// later passes remove may follow it).
void split_closing_note(Draft& draft) {
  constexpr int kClosingParagraphs = 3;
  int seen = 0;
  for (std::size_t i = draft.units.size(); i-- > 0 && seen < kClosingParagraphs;)
    if (draft.units[i].role == UnitRole::paragraph && draft.units[i].kind == LineKind::text) {
      if (split_closing_note_at(draft, i, seen == 0)) return;
      ++seen;
    }
}

// A bare name ("（李明）") counts only at the very end: before, a bracket may hold anything.
bool split_closing_note_at(Draft& draft, std::size_t last, bool very_last) {
  Unit& u = draft.units[last];
  const std::string_view text = u.text;
  const std::size_t ascii = text.rfind('('), wide = text.rfind("（");
  const std::size_t open = ascii == std::string_view::npos ? wide
                           : wide == std::string_view::npos ? ascii
                                                            : std::max(ascii, wide);
  if (open == std::string_view::npos || open == 0) return false;
  const std::string_view before = unicode::trim(text.substr(0, open));
  if (!ends_sentence(before)) return false;
  const std::string_view tail = text.substr(open);
  if (!photo_credits(tail).empty()) return false;  // "(ED Jones/AFP/Getty Images)": a caption's credit
  const Match m = draft.matcher->match(closing_note_rule(), tail, draft.diagnostics);
  if (!m) return false;
  Metadata& meta = draft.meta;
  const std::string_view note = m[Group::text];
  bool read = false;
  if (auto fields = parse_metadata_line(note)) {
    bool people_only = true;
    for (const ParsedField& f : *fields) people_only = people_only && f.label && f.label->field == Field::contributor;
    if (people_only) {
      apply_fields(meta, *fields);
      read = true;
    }
  } else if (outlets_only(note)) {  // "(CBS/AP)": the outlets that share the story
    if (meta.source.empty()) meta.source = unicode::trim(note);
    read = true;
  } else if (read_slashed_note(meta, note)) {
    read = true;
  } else if (looks_like_outlet(note)) {
    if (meta.source.empty()) meta.source = unicode::trim(note);
    read = true;
  } else if (very_last && note.find_first_of(":/") == std::string_view::npos && looks_like_name(note)) {  // not "Ảnh: VGP"
    add_contributor(meta, note, Role::author);
    read = true;
  }
  if (!read) return false;
  if (!meta.published)
    if (auto date = parse_roc_date_code(m[Group::marker])) meta.published = date;
  Unit footer;
  footer.text.assign(tail);
  footer.first = footer.last = u.last;
  footer.kind = LineKind::footer;
  footer.role = UnitRole::metadata;
  u.text.assign(before);
  draft.units.insert(draft.units.begin() + static_cast<std::ptrdiff_t>(last) + 1, std::move(footer));
  return true;
}

// Sign-offs that may be run into the last paragraph: "… 확대할 방침이다. 조수연 기자",
// "… xác minh rõ sự việc. Thống Nhất".
constexpr std::string_view kRunInSignOffs[] = {"ko_reporter_sign", "vi_name_sign"};

// A sign-off run into the last paragraph leaves it as a metadata unit.
void split_closing_sign_off(Draft& draft, const Rule& sign_off);

// "…밝혔다.홍길동 기자 hong@example.kr": a Korean sign-off glued to the last sentence.
void split_glued_sign_off(Draft& draft) {
  for (std::size_t i = draft.units.size(); i-- > 0;) {
    Unit& u = draft.units[i];
    if (u.role != UnitRole::paragraph || u.kind != LineKind::text) continue;
    const std::string_view text = u.text;
    const Match g = draft.matcher->match(glued_sign_off_rule(), text, draft.diagnostics);
    if (!g) return;
    const auto at = static_cast<std::size_t>(g[Group::name].data() - text.data());
    add_contributor(draft.meta, g[Group::name], role_named(g[Group::role]).value_or(Role::reporter));
    Unit footer;
    footer.text.assign(text.substr(at));
    footer.first = footer.last = u.last;
    footer.kind = LineKind::footer;
    footer.role = UnitRole::metadata;
    u.text.assign(unicode::trim(text.substr(0, at)));
    draft.units.insert(draft.units.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(footer));
    return;
  }
}

void split_closing_sign_offs(Draft& draft) {
  split_glued_sign_off(draft);
  for (std::string_view name : kRunInSignOffs)
    for (const Rule& r : line_rules())
      if (r.name == name) split_closing_sign_off(draft, r);
}

void split_closing_sign_off(Draft& draft, const Rule& sign_off) {
  for (std::size_t i = draft.units.size(); i-- > 0;) {
    Unit& u = draft.units[i];
    if (u.role != UnitRole::paragraph || u.kind != LineKind::text) continue;
    const std::string_view text = u.text;
    const std::size_t stop = text.rfind(". ");
    if (stop == std::string_view::npos) return;
    const std::string_view tail = unicode::trim(text.substr(stop + 1));
    constexpr std::size_t kLongestSignOff = 80;
    if (tail.size() > kLongestSignOff) return;
    const Match m = draft.matcher->match(sign_off, tail, draft.diagnostics);
    if (!m || !looks_like_name(m[Group::name])) return;
    const Role role = role_named(m[Group::role]).value_or(sign_off.role);
    add_contributor(draft.meta, m[Group::name], role);
    Unit footer;
    footer.text.assign(tail);
    footer.first = footer.last = u.last;
    footer.kind = LineKind::footer;
    footer.role = UnitRole::metadata;
    u.text.assign(text.substr(0, stop + 1));
    draft.units.insert(draft.units.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(footer));
    return;
  }
}

// "… исключит Instagram* и Facebook* …" above, "*Meta признана экстремистской …"
// closing the text: the note an asterisk points to is no paragraph.
void asterisk_notes(Draft& draft) {
  const auto marks_a_word = [](std::string_view text) {
    for (std::size_t at = text.find('*'); at != std::string_view::npos; at = text.find('*', at + 1))
      if (at > 0 && text[at - 1] != ' ' && text[at - 1] != '*') return true;
    return false;
  };
  std::size_t i = draft.units.size();
  while (i > 0 && draft.units[i - 1].role != UnitRole::paragraph && draft.units[i - 1].role != UnitRole::list_item) --i;
  if (i == 0) return;
  Unit& note = draft.units[i - 1];
  if (note.role != UnitRole::paragraph || note.text.size() < 2 || note.text[0] != '*' || note.text[1] == ' ' ||
      note.text[1] == '*')
    return;
  for (std::size_t k = 0; k + 1 < i; ++k)
    if (draft.units[k].content() && marks_a_word(draft.units[k].text)) {
      note.role = UnitRole::boilerplate;
      return;
    }
}

// "[Footnote 1: Ik weet niet, …]": an e-text's footnote, bracketed where the
// transcriber put it (Project Gutenberg's convention), is no paragraph.
constexpr std::array<std::string_view, 5> kBracketedNoteOpenings = {"[Footnote ", "[Fußnote ", "[Note ", "[Noot ",
                                                                    "[Anmerkung "};

void bracketed_footnotes(Draft& draft) {
  for (Unit& u : draft.units) {
    if (u.role != UnitRole::paragraph || !u.text.ends_with(']')) continue;
    for (std::string_view opening : kBracketedNoteOpenings)
      if (u.text.starts_with(opening)) {
        u.role = UnitRole::boilerplate;
        break;
      }
  }
}

// "Wes OliverWes Oliver is a professor at …": an author's box flattened into
// the text, its name heading glued to the bio that opens with the same name.
bool glued_author_box(std::string_view text) {
  constexpr std::size_t kLongestName = 40;  // bytes
  for (std::size_t at = 1; at < text.size() && at <= kLongestName; ++at) {
    const char before = text[at - 1];
    if (text[at] < 'A' || text[at] > 'Z' || before < 'a' || before > 'z') continue;
    const std::string_view name = text.substr(0, at);
    const std::string_view rest = text.substr(at);
    if (name.find(' ') == std::string_view::npos || !rest.starts_with(name)) continue;
    const std::string_view bio = rest.substr(name.size());
    return bio.starts_with(" is ") || bio.starts_with(" was ") || bio.starts_with(" has ") || bio.starts_with(", ");
  }
  return false;
}

// "8 SIDOR/TT", "CBS/AP": the outlet and the agency it took the story from,
// in capitals, closing the text.
bool outlet_and_agency(std::string_view text) {
  constexpr std::size_t kLongest = 40;  // bytes
  const std::size_t slash = text.find('/');
  if (text.size() > kLongest || slash == std::string_view::npos || slash == 0 || slash + 1 == text.size() ||
      text.find('/', slash + 1) != std::string_view::npos)
    return false;
  bool letter = false;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') letter = true;
    else if (!(c >= '0' && c <= '9') && c != ' ' && c != '/' && c != '&' && c != '-' && c != '.') return false;
  }
  return letter;
}

void closing_outlet_and_agency(Draft& draft) {
  std::size_t i = draft.units.size();
  while (i > 0 && draft.units[i - 1].role != UnitRole::paragraph && draft.units[i - 1].role != UnitRole::list_item) --i;
  if (i < 2) return;  // the text's only paragraph is no sign-off
  Unit& u = draft.units[i - 1];
  if (u.role != UnitRole::paragraph || u.kind != LineKind::text || u.first != u.last || !outlet_and_agency(u.text))
    return;
  u.role = UnitRole::metadata;
  if (draft.meta.source.empty()) draft.meta.source = u.text;
}

}  // namespace

void footers_and_contributors(Draft& draft) {
  asterisk_notes(draft);
  bracketed_footnotes(draft);
  closing_outlet_and_agency(draft);
  for (Unit& u : draft.units)
    if (u.role == UnitRole::paragraph && u.kind == LineKind::text && glued_author_box(u.text))
      u.role = UnitRole::metadata;
  split_closing_footers(draft);
  split_closing_note(draft);
  split_closing_sign_offs(draft);
  // Agency-style photo credits in captions and short lines: "(AP Photo/Natacha Pisarenko)"
  constexpr std::size_t kCaptionBytes = 1000;  // longer units are no caption
  for (const Unit& u : draft.units) {
    if (u.role == UnitRole::metadata) continue;
    if (u.text.size() > kCaptionBytes) {
      // a caption run into the text ("… 2011. (AP Photo/Natacha Pisarenko) BUENOS AIRES …"):
      // only the bracketed credits of its opening
      std::string_view head = std::string_view(u.text).substr(0, std::min<std::size_t>(u.text.size(), kCaptionBytes));
      if (const std::size_t close = head.rfind(')'); close != std::string_view::npos) head = head.substr(0, close + 1);
      if (const std::size_t open = head.find('('); open != std::string_view::npos)
        for (const std::string& name : photo_credits(head.substr(open)))
          add_contributor(draft.meta, name, Role::photographer);
      continue;
    }
    for (const std::string& name : photo_credits(u.text)) add_contributor(draft.meta, name, Role::photographer);
    // "(图/张雅琦 文/蒋涛)": a credit line naming more than the photographer (not "（圖／記者王小明攝）")
    if (u.role == UnitRole::credit)
      if (auto fields = parse_metadata_line(u.text); fields && fields->size() > 1)
        if (std::all_of(fields->begin(), fields->end(),
                        [](const ParsedField& f) { return f.label && f.label->field == Field::contributor; }))
          apply_fields(draft.meta, *fields);
  }
  // Markdown images an extractor left: "![Caption. Foto: Silja Viitala / Yle](https://…)"
  for (const Unit& u : draft.units) {
    if (!u.text.starts_with("![") || (u.role != UnitRole::paragraph && u.role != UnitRole::figure)) continue;
    const std::size_t close = u.text.find("](");
    if (close == std::string::npos) continue;
    if (auto credit = caption_credit(std::string_view(u.text).substr(2, close - 2)))
      add_contributor(draft.meta, credit->name, credit->role);
  }
  // "< 저작권자 ⓒ 국방일보, 무단전재 및 재배포 금지 >", "請加入成為眾新聞的月費訂戶…": the outlet,
  // when nothing above named it
  for (const Unit& u : draft.units) {
    if (u.kind != LineKind::boilerplate || !draft.meta.source.empty()) continue;
    const Match& ev = draft.evidence(u);
    if (!ev || (ev.rule->name != std::string_view("copyright_outlet") &&
                ev.rule->name != std::string_view("cjk_subscription_appeal")))
      continue;
    const std::string_view outlet = ev[Group::source].empty() ? ev[Group::outlet] : ev[Group::source];
    if (!outlet.empty()) draft.meta.source = outlet;
  }
  // "Add Al Jazeera on Google", "CLICK HERE TO GET THE FOX NEWS APP", "More from the BBC": a page's
  // button, a call to get its app or the head over its other stories names an outlet we know
  static constexpr std::string_view kOutletButtons[] = {"add_on_google", "outlet_app", "more_from_outlet"};
  for (const Unit& u : draft.units) {
    if (!draft.meta.source.empty()) break;
    const Match& ev = draft.evidence(u);
    if (ev && std::find(std::begin(kOutletButtons), std::end(kOutletButtons), ev.rule->name) != std::end(kOutletButtons))
      draft.meta.source = known_outlet(ev[Group::source]);
  }
  // "© rthk.hk": a site's address names the outlet when the outlet is one we know
  for (const Unit& u : draft.units) {
    if (u.kind != LineKind::boilerplate || !draft.meta.source.empty()) continue;
    const Match& ev = draft.evidence(u);
    if (ev && ev.rule->name == std::string_view("copyright_domain"))
      draft.meta.source = known_outlet(ev[Group::outlet]);
  }
  // "在本期《哈佛商業評論》的…": a magazine naming its own issue (or itself, 本刊) names the outlet,
  // when nothing above did; a programme's episode ("本期《奔跑吧》") names none
  static constexpr std::string_view kOwnIssue[] = {"本期《", "本刊《"};
  static constexpr std::string_view kPeriodicals[] = {"評論", "评论", "週刊", "周刊", "雜誌", "杂志", "月刊",
                                                      "季刊", "旬刊", "畫報", "画报", "週報", "周报"};
  constexpr std::size_t kLongestName = 48;  // bytes: 16 CJK characters
  for (const Unit& u : draft.units) {
    if (!draft.meta.source.empty()) break;
    if (u.role != UnitRole::paragraph || u.kind != LineKind::text) continue;
    for (std::string_view mark : kOwnIssue) {
      const std::size_t at = u.text.find(mark);
      if (at == std::string::npos) continue;
      const std::size_t start = at + mark.size();
      const std::size_t close = u.text.find("》", start);
      if (close == std::string::npos || close - start > kLongestName) continue;
      const std::string_view name = std::string_view(u.text).substr(start, close - start);
      if (std::any_of(std::begin(kPeriodicals), std::end(kPeriodicals),
                      [&](std::string_view p) { return name.ends_with(p); })) {
        draft.meta.source = name;
        break;
      }
    }
  }
  // "本文为百略网授权网易财经《亦观察》发布": a rights notice names the outlet the piece was
  // licensed to (not "本站", this site), when nothing above did
  static constexpr std::string_view kLicensed[] = {"授权", "授權"};
  static constexpr std::string_view kPublished[] = {"发布", "發布", "刊发", "刊發", "首发", "首發"};
  constexpr std::size_t kLongestOutlet = 36;  // bytes: 12 CJK characters
  for (const Unit& u : draft.units) {
    if (!draft.meta.source.empty()) break;
    if (u.kind != LineKind::footer || !draft.evidence(u) || draft.evidence(u).rule->name != std::string_view("statement"))
      continue;
    const std::string_view text = u.text;
    for (std::string_view mark : kLicensed) {
      const std::size_t at = text.find(mark);
      if (at == std::string_view::npos) continue;
      std::string_view rest = text.substr(at + mark.size());
      std::size_t end = std::string_view::npos;
      for (std::string_view p : kPublished) end = std::min(end, rest.find(p));
      if (end == std::string_view::npos) continue;
      std::string_view outlet = rest.substr(0, end);
      if (const std::size_t title = outlet.find("《"); title != std::string_view::npos) outlet = outlet.substr(0, title);
      outlet = unicode::trim(outlet);
      if (outlet.size() >= 6 && outlet.size() <= kLongestOutlet && !outlet.starts_with("本") &&
          outlet.find_first_of("，,。") == std::string_view::npos)
        draft.meta.source = outlet;
      break;
    }
  }
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
      if (looks_like_outlet(name)) {
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
    if (rule == "author_note" || rule == "author_bio" || rule == "editors_note") {
      add_contributor(draft.meta, ev[Group::name], ev.rule->role);
    } else if (rule == "wire_footer") {
      read_wire_footer(draft.meta, ev[Group::text]);
    } else if (rule == "markup_credit_note") {
      // the note out of its markup names its people as a bare one would
      if (auto fields = parse_metadata_line(ev[Group::text])) apply_fields(draft.meta, *fields);
    } else if (rule == "contributed") {
      read_contributed(draft.meta, ev[Group::text], ev.rule->role);
    } else if (rule == "contact" || rule == "reach_reporter") {
      // "Follow NAME on …" (name), "Email NAME at …" (text), "Original article on OUTLET" (source);
      // "Follow Movieline on Twitter", "Follow GOAL.COM USA …": one word, a domain or a
      // known outlet is the outlet's account, not a person's
      for (Group g : {Group::name, Group::text}) {
        const std::string_view who = ev[g];
        const bool outlet = !who.empty() && (who.find(' ') == std::string_view::npos ||
                                             who.find('.') != std::string_view::npos || is_known_outlet(who));
        if (outlet && g == Group::name) {
          if (draft.meta.source.empty()) draft.meta.source = who;
        } else if (looks_like_name(who)) {
          add_contributor(draft.meta, who, ev.rule->role);
        }
      }
      for (Group g : {Group::source, Group::caption})
        if (draft.meta.source.empty() && !ev[g].empty()) draft.meta.source = ev[g];
    } else if (rule == "statement" && unicode::fits_width(u.text, 20)) {
      // "免责声明", "おことわり", "【取材協力弁護士】" alone, heading the note under it at the text's end:
      // the note (a few paragraphs at most) leaves with its head
      constexpr std::size_t kLongestNote = 4;
      std::size_t end = i + 1;
      while (end < draft.units.size() && end - i <= kLongestNote && draft.units[end].role == UnitRole::paragraph)
        ++end;
      const std::string_view head = u.text;
      if (end == draft.units.size() && head.find(':') == std::string_view::npos && head.find("：") == std::string_view::npos)
        for (std::size_t j = i + 1; j < end; ++j) draft.units[j].role = UnitRole::boilerplate;
    }
    u.role = UnitRole::metadata;
  }
}

}  // namespace artconv::plaintext
