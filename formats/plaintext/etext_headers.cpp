// Pass 3: the headers and licences that e-texts and extracts wrap around
// the work, read and taken out of the body:
//   - front matter: "---" / "title: …" / "author: …" / "---" (Markdown, YAML);
//   - Project Gutenberg: "The Project Gutenberg eBook of X", the "Title:",
//     "Author:", "Translator:" header and the licence up to "*** START OF …"
//     and from "*** END OF …" on;
//   - Aozora Bunko: title (and subtitle) and author lines above the ruby
//     legend "【テキスト中に現れる記号について】" between dashed rules; the
//     "底本：" colophon at the end;
//   - RFCs: the "Network Working Group" / "Request for Comments:" header
//     block, then the centred title;
//   - a table of contents ("Contents" and the short lines under it);
//   - sections that are no part of the work's text: "See also", "References",
//     "External links" of an encyclopedia extract, "Status of this Memo",
//     "Author's Address" of an RFC.
// Fields go to the metadata (title, authors, translators); the header lines
// are metadata, licences and legends boilerplate.
#include <algorithm>
#include <array>
#include <cctype>

#include <unicode/uchar.h>

#include "plaintext/dates.hpp"
#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

constexpr std::array<std::string_view, 4> kGutenbergOpenings = {
    "The Project Gutenberg eBook of ", "The Project Gutenberg EBook of ", "The Project Gutenberg Etext of ",
    "Project Gutenberg's "};
constexpr std::array<std::string_view, 2> kGutenbergStart = {"*** START OF", "***START OF"};
// (an older file says "End of the Project Gutenberg EBook of X, by Y" or "End of Project
// Gutenberg's X" over the marker: the work has ended there too)
constexpr std::array<std::string_view, 4> kGutenbergEnd = {"*** END OF", "***END OF", "End of the Project Gutenberg",
                                                           "End of Project Gutenberg"};
constexpr std::string_view kAozoraLegend = "【テキスト中に現れる記号について】";
constexpr std::array<std::string_view, 4> kAozoraColophon = {"底本：", "底本:", "翻訳底本：", "翻訳底本:"};
constexpr std::array<std::string_view, 58> kBackMatterSections = {
    "See also", "References", "Notes", "Footnotes", "Bibliography", "External links", "Further reading",
    "Sources", "Citations", "Notes and references", "Normative References", "Informative References",
    "Status of this Memo", "Status of This Memo",
    "Copyright Notice", "Table of Contents", "Author's Address", "Authors' Addresses", "Author's Addresses",
    "Full Copyright Statement", "Intellectual Property", "Intellectual Property Statement", "Disclaimer of Validity",
    // an RFC's last section, the RFC Editor's funding (its own "Acknowledgements" stay)
    "Acknowledgement", "Voir aussi", "Références", "Notes et références", "Liens externes",
    "Siehe auch", "Einzelnachweise", "Weblinks", "Literatur", "Véase también", "Referencias",
    "Enlaces externos", "Vedi anche", "Collegamenti esterni", "Ver também", "Ligações externas",
    "関連項目", "脚注", "外部リンク", "参见", "外部链接",
    // the same sections in other languages' encyclopedias
    "Bibliographie", "Articles connexes", "Notas", "Bibliografía", "Artículos relacionados", "Anmerkungen",
    "Quellen", "Referências", "Bibliografia", "参考文献", "出典",
    // a dump's summary over the text, which repeats its lede (or under it: "## Ringkasan")
    "摘要", "Summary", "Ringkasan"};
// (an Internet-Draft's header names its working group, then "Internet-Draft" on the line under it)
constexpr std::array<std::string_view, 4> kRfcHeaderMarks = {"Network Working Group", "Request for Comments:",
                                                             "Internet Engineering Task Force", "Internet-Draft"};
// A repository's note and a Markdown code fence may stand over the text ("**Important:** Read
// CONTRIBUTING.md …" / "```"): the header may start that many units down.
constexpr std::size_t kWrapperUnits = 2;
constexpr std::array<std::string_view, 13> kContentsWords = {
    "Contents", "Table of Contents", "Índice", "Indice", "Table des matières", "Inhalt", "Inhaltsverzeichnis",
    "Nilalaman", "Mga Nilalaman", "目次", "目录", "目錄",
    // (an old reader's contents are its "INDEX." of chapters and pages)
    "Index"};

constexpr std::array<std::string_view, 15> kChapterWords = {
    "Chapter", "Part ", "Book ", "Capítulo", "Capitulo", "Chapitre", "Kapitel", "Kabanata", "Prologue", "Preface",
    "Introduction", "Prefacio", "Préface", "Vorwort",
    // "PARTE PRIMA" (Italian, Portuguese, Spanish)
    "Parte "};

constexpr std::size_t kHeaderUnits = 60;  // how far into the text a header may end

bool starts_with_any(std::string_view text, std::span<const std::string_view> prefixes) {
  for (std::string_view p : prefixes)
    if (starts_with_ignoring_ascii_case(text, p)) return true;
  return false;
}

bool is_rule_line(std::string_view text) {
  constexpr std::size_t kShortestRule = 10;
  return text.size() >= kShortestRule && text.find_first_not_of('-') == std::string_view::npos;
}

// "CHAPTER I", "THE SISTERS", "Chapter I. The Cyclone", "Capítulo primero. Que
// trata de …": a chapter word opening a line of no sentence, or a short line
// in capitals.
bool is_chapter_head(std::string_view text) {
  constexpr int kWidestHead = 60, kWidestChapterHead = 120;
  if (!unicode::fits_width(text, kWidestChapterHead)) return false;
  const char32_t last = unicode::last_code_point(text);
  if (starts_with_any(text, kChapterWords) && last != ',' && last != ';') return true;
  if (!unicode::fits_width(text, kWidestHead)) return false;
  bool letters = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = unicode::next_code_point(text, pos);
    if (c >= 'a' && c <= 'z') return false;
    letters = letters || (c >= 'A' && c <= 'Z');
  }
  return letters;
}

void set_roles(Draft& draft, std::size_t from, std::size_t to, UnitRole role) {
  for (std::size_t i = from; i < to && i < draft.units.size(); ++i)
    if (draft.units[i].role == UnitRole::paragraph) draft.units[i].role = role;
}

// "Gabriël (AKA  Carel van Nievelt)": an alias after the name the work is signed with.
constexpr std::array<std::string_view, 3> kAliasMarks = {"(AKA ", "(a.k.a. ", "(also known as "};

// The words an export writes for a field it had no value for: "author: None" (Python), "null", "~" (YAML).
constexpr std::string_view kEmptyValues[] = {"None", "none", "null", "Null", "NULL", "~", "nil", "N/A", "n/a"};

// "title: \"X\"", "Author: A and B": a labelled field, applied (titles and
// people; dates only when `dates`, as a release date is not a publication).
bool apply_field(Draft& draft, std::string_view text, bool dates) {
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return false;
  const Label* label = find_label(unicode::trim(text.substr(0, colon)));
  if (!label) return false;
  std::string_view value = unicode::trim(text.substr(colon + 1));
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
    value = value.substr(1, value.size() - 2);
  if (value.empty() || std::find(std::begin(kEmptyValues), std::end(kEmptyValues), value) != std::end(kEmptyValues))
    return true;
  if (label->field == Field::contributor)
    for (std::string_view mark : kAliasMarks)
      for (std::size_t at = value.find('('); at != std::string_view::npos; at = value.find('(', at + 1))
        if (at > 0 && starts_with_ignoring_ascii_case(value.substr(at), mark)) {
          value = unicode::trim(value.substr(0, at));
          break;
        }
  // "source: https://…": an address names no outlet (nor a headline, nor a person)
  if (label->field != Field::date && (starts_with_ignoring_ascii_case(value, "http://") ||
                                      starts_with_ignoring_ascii_case(value, "https://")))
    return true;
  ParsedField f{label, std::string(value), std::nullopt};
  switch (label->field) {
    case Field::title:
    case Field::contributor:
    case Field::source: apply_fields(draft.meta, {f}); break;
    case Field::date:
      if (!dates) break;
      f.date = parse_date(value);
      // "2018-05-29 09:55:49 +0800", and a script's time stamp with its milliseconds ("2024-01-03T11:30:26.000Z")
      if (!f.date) f.date = parse_date(value.substr(0, value.find_first_of(" .")));
      if (f.date) apply_fields(draft.meta, {f});
      break;
    default: break;
  }
  return true;
}

// YAML's block scalar indicators: the value is on the lines indented under the key.
constexpr std::string_view kBlockScalars[] = {">", ">-", ">+", "|", "|-", "|+"};

bool ends_with_year(std::string_view text);
bool is_roman_numeral_head(std::string_view text);

// "---" … "---" at the top: the fields are metadata.
void front_matter(Draft& draft) {
  Units& units = draft.units;
  if (units.empty() || units[0].text != "---") return;
  for (std::size_t i = 1; i < units.size() && i < kHeaderUnits; ++i) {
    if (units[i].text == "---") {
      for (std::size_t j = 1; j < i; ++j) {
        std::string field(units[j].text);
        // "title: >-" / "  A defense official reveals how …" / "  decisions": a YAML block
        // scalar, its value on the lines indented under its key, read as one line
        const std::size_t colon = field.find(':');
        if (colon != std::string::npos &&
            std::find(std::begin(kBlockScalars), std::end(kBlockScalars), unicode::trim(std::string_view(field).substr(colon + 1))) !=
                std::end(kBlockScalars)) {
          field.resize(colon + 1);
          for (; j + 1 < i && draft.first_line(units[j + 1]).indent > 0; ++j) {
            field += ' ';
            field += units[j + 1].text;
          }
        }
        apply_field(draft, field, true);
      }
      set_roles(draft, 0, i + 1, UnitRole::metadata);
      return;
    }
  }
}

// Returns whether the text is a Project Gutenberg e-book.
bool gutenberg(Draft& draft) {
  Units& units = draft.units;
  std::size_t start = units.size();
  for (std::size_t i = 0; i < units.size() && i < kHeaderUnits; ++i)
    if (starts_with_any(units[i].text, kGutenbergStart)) {
      start = i;
      break;
    }
  if (start == units.size()) return false;
  bool named = false;
  for (std::size_t i = 0; i < start; ++i) {
    const std::string_view text = units[i].text;
    for (std::string_view o : kGutenbergOpenings)
      if (starts_with_ignoring_ascii_case(text, o) && draft.meta.title.empty()) {
        std::string_view title = text.substr(o.size());
        if (const std::size_t by = title.rfind(", by "); by != std::string_view::npos) title = title.substr(0, by);
        draft.meta.title = unicode::trim(title);
        named = true;
      }
    if (named && starts_with_ignoring_ascii_case(text, "Title:")) draft.meta.title.clear();  // the header's wins
    // "Author: Jacob Grimm" / "        Wilhelm Grimm": the field goes on in the names indented under it
    if (i > 0 && units[i].first == units[i - 1].last + 1 && draft.first_line(units[i]).indent > 0 &&
        text.find(':') == std::string_view::npos && looks_like_name(text)) {
      const std::string_view above = units[i - 1].text;
      const std::size_t colon = above.find(':');
      const Label* label =
          colon == std::string_view::npos ? nullptr : find_label(unicode::trim(above.substr(0, colon)));
      const Contributor* last = draft.meta.contributors.empty() ? nullptr : &draft.meta.contributors.back();
      if (label && label->field == Field::contributor && last) {
        add_contributor(draft.meta, text, last->role);
        continue;
      }
    }
    apply_field(draft, text, false);
  }
  set_roles(draft, 0, start + 1, UnitRole::metadata);
  // Under the marker: the producers' credits and the transcriber's notes in
  // brackets ("[Transcriber's note: …]", "[Paliwanag ng Tagapagsalin: …]").
  static constexpr std::array<std::string_view, 4> kProducers = {"Produced by", "E-text prepared by",
                                                                 "Transcribed by", "Prepared by"};
  constexpr std::size_t kLongestNote = 10;  // units
  auto past_notes = [&](std::size_t body) {
    while (body < units.size()) {
      if (starts_with_any(units[body].text, kProducers)) {
        units[body++].role = UnitRole::metadata;
        continue;
      }
      if (!units[body].text.starts_with("[")) break;
      std::size_t close = body;
      while (close < units.size() && close < body + kLongestNote && !units[close].text.ends_with("]")) ++close;
      if (close == units.size() || !units[close].text.ends_with("]")) break;
      set_roles(draft, body, close + 1, UnitRole::boilerplate);
      body = close + 1;
    }
    return body;
  };
  std::size_t body = past_notes(start + 1);
  // The title page: short lines (title, author, translator, publisher) up to
  // the contents, the first chapter or the first paragraph. Its printing
  // history ("Since reprinted March 1895; … January 1908.") is wider, but ends
  // in a year and has the contents or the first chapter after it.
  constexpr int kWidestTitlePageLine = 70, kWidestImprintLine = 200;
  auto contents_or_chapter = [](std::string_view text) {
    bool found = starts_with_any(text, kChapterWords) || is_roman_numeral_head(text);
    for (std::string_view w : kContentsWords) found = found || equal_ignoring_ascii_case(text, w);
    return found;
  };
  // The contents, when the book has them near its start: all before them is front matter,
  // unless a paragraph of prose stands there (a preface or a dedication that is the text's).
  constexpr std::size_t kFrontMatterUnits = 200;  // lists of impressions and of the series: short lines, many
  constexpr int kWidestFrontMatter = 300;
  for (std::size_t i = body; i < units.size() && i < body + kFrontMatterUnits; ++i) {
    if (!unicode::fits_width(units[i].text, kWidestFrontMatter) && !ends_with_year(units[i].text)) break;
    std::string_view name = units[i].text;  // "CONTENTS", "Contents:"
    while (!name.empty() && (name.back() == '.' || name.back() == ':')) name.remove_suffix(1);
    if (std::none_of(kContentsWords.begin(), kContentsWords.end(),
                     [&](std::string_view w) { return equal_ignoring_ascii_case(name, w); }))
      continue;
    set_roles(draft, body, i, UnitRole::boilerplate);
    body = i;  // the contents and what follows them are read as before
    break;
  }
  // (a block of short lines goes on in a line that wrap joined to the one above it: "Paris, J. Hetzel & Cie,
  // 18, rue Jacob," / "et A. Quantin & Cie, …" in the producer's "Source:" block)
  auto short_lines = [&](std::size_t u) {
    if (unicode::fits_width(units[u].text, kWidestTitlePageLine)) return true;
    if (u == body || units[u].first != units[u - 1].last + 1) return false;
    for (std::size_t l = units[u].first; l <= units[u].last; ++l)
      if (!unicode::fits_width(draft.lines[l].text, kWidestTitlePageLine)) return false;
    return true;
  };
  std::size_t end = body;
  while (end < units.size() && !contents_or_chapter(units[end].text) &&
         (short_lines(end) ||
          (ends_with_year(units[end].text) && unicode::fits_width(units[end].text, kWidestImprintLine))))
    ++end;
  const bool imprint_then_chapter = end < units.size() && contents_or_chapter(units[end].text);
  std::size_t i = body;
  for (; i < end; ++i) {
    if (!imprint_then_chapter && !short_lines(i)) break;
    if (units[i].role == UnitRole::paragraph) units[i].role = UnitRole::boilerplate;
  }
  // (the transcriber's note may come under the title page)
  if (i > body && i == end) past_notes(end);
  return true;
}

// In a Gutenberg text a blank line ends a paragraph: lines with none between
// them that the wraps did not join (a stanza's lines, a verse quoted, a line
// set short) are one paragraph, unless the line is indented deeper to open
// one, as a text without blank lines marks its paragraphs. (Aozora Bunko sets
// a paragraph on each line.)
void blank_separated_paragraphs(Draft& draft) {
  Units& units = draft.units;
  auto prose = [](const Unit& u) { return u.role == UnitRole::paragraph && u.kind == LineKind::text; };
  for (std::size_t i = 1; i < units.size();) {
    Unit& prev = units[i - 1];
    const Line& opening = draft.first_line(units[i]);
    if (!prose(prev) || !prose(units[i]) || units[i].first != prev.last + 1 || opening.wide_indent ||
        opening.indent > draft.lines[prev.last].indent) {
      ++i;
      continue;
    }
    if (!unicode::joins_without_space(unicode::last_code_point(prev.text), unicode::first_code_point(units[i].text)))
      prev.text += " ";
    prev.text += units[i].text;
    prev.last = units[i].last;
    units.erase(units.begin() + static_cast<long>(i));
  }
}

// A paginated text's paragraph that a page break cut: the footer and header
// lines between its halves (page furniture), the first half ending no
// sentence, the second going on in lowercase.
void across_page_breaks(Draft& draft) {
  Units& units = draft.units;
  static constexpr std::u32string_view kEnders = U".!?:;\"”)]";
  auto prose = [](const Unit& u) { return u.role == UnitRole::paragraph && u.kind == LineKind::text; };
  for (std::size_t i = 0; i + 1 < units.size(); ++i) {
    if (!prose(units[i]) || kEnders.find(unicode::last_code_point(units[i].text)) != std::u32string_view::npos) continue;
    std::size_t next = i + 1;
    while (next < units.size() && units[next].kind == LineKind::boilerplate) ++next;
    if (next == i + 1 || next == units.size() || !prose(units[next]) ||
        !u_islower(static_cast<UChar32>(unicode::first_code_point(units[next].text))))
      continue;
    units[i].text += " ";
    units[i].text += units[next].text;
    units[i].last = units[next].last;
    units.erase(units.begin() + static_cast<long>(next));
  }
}

// "*** END OF THE PROJECT GUTENBERG EBOOK …" and the licence after it.
void gutenberg_licence(Draft& draft) {
  Units& units = draft.units;
  for (std::size_t i = 0; i < units.size(); ++i)
    if (starts_with_any(units[i].text, kGutenbergEnd)) {
      set_roles(draft, i, units.size(), UnitRole::boilerplate);
      return;
    }
}

// "Chicago, April, 1900.", "（大正十三年六月）"
bool ends_with_year(std::string_view text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ')')) text.remove_suffix(1);
  if (text.size() < 4) return false;
  for (char c : text.substr(text.size() - 4))
    if (c < '0' || c > '9') return false;
  return true;
}

// "Bristol, 1 de janeiro de 1880.", "Chicago, April, 1900.": a place, a comma, and a date ending in its year.
bool place_and_date(std::string_view text) {
  constexpr int kWidestPlaceAndDate = 60;
  constexpr std::size_t kLongestPlace = 30;
  const std::size_t comma = text.find(", ");
  return unicode::fits_width(text, kWidestPlaceAndDate) && ends_with_year(text) && comma != std::string_view::npos &&
         comma > 0 && comma <= kLongestPlace && u_isupper(static_cast<UChar32>(unicode::first_code_point(text))) &&
         text.substr(0, comma).find_first_of("0123456789") == std::string_view::npos;
}

// "_Eça do Queiroz._", "*J. S.*": a name set in Markdown or Gutenberg emphasis, its stop after it.
std::string_view without_emphasis(std::string_view text) {
  while (!text.empty() && (text.front() == '_' || text.front() == '*')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == '_' || text.back() == '*' || text.back() == '.')) text.remove_suffix(1);
  return text;
}

// "STERNE.", "-- Goethe", "— Horace": the name an epigraph is attributed to, its dash and stop left out.
std::string_view attributed(std::string_view text) {
  for (std::string_view dash : {"--", "—", "–", "-"})
    if (text.starts_with(dash)) {
      text = unicode::trim(text.substr(dash.size()));
      break;
    }
  while (!text.empty() && text.back() == '.') text.remove_suffix(1);
  return text;
}

// Chapter heads of a book: "CHAPTER I", "THE SISTERS", "Chapter I. The Cyclone".
// A short line right under a head ("Chapter I." / "Fyodor Pavlovitch
// Karamazov") is the chapter's name.
//
// The book's title repeated over its first chapter is a heading; the
// author's name alone (a preface's signature) and the place and date under
// it ("Chicago, April, 1900.") are metadata.
void chapter_heads(Draft& draft) {
  constexpr int kWidestName = 60, kRightAligned = 20;
  constexpr std::size_t kEpigraphLines = 6;
  Units& units = draft.units;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (units[i].role != UnitRole::paragraph) continue;
    if (units[i].text == draft.meta.title) {
      units[i].role = UnitRole::heading;
      continue;
    }
    bool signature = false;
    for (const Contributor& c : draft.meta.contributors) signature = signature || units[i].text == c.name;
    if (signature) {
      units[i].role = UnitRole::metadata;
      if (i + 1 < units.size() && units[i + 1].role == UnitRole::paragraph &&
          unicode::fits_width(units[i + 1].text, kWidestName) && ends_with_year(units[i + 1].text))
        units[++i].role = UnitRole::metadata;
      continue;
    }
    // An epigraph: a few lines quoted, then its author's name set far to the right ("STERNE.",
    // "-- Goethe"): no part of the book's text.
    if (i + 1 < units.size() && units[i].last - units[i].first < kEpigraphLines &&
        draft.first_line(units[i + 1]).indent >= kRightAligned && units[i + 1].first == units[i + 1].last &&
        unicode::fits_width(units[i + 1].text, kWidestName) && looks_like_name(attributed(units[i + 1].text))) {
      units[i].role = units[i + 1].role = UnitRole::boilerplate;
      ++i;
      continue;
    }
    // "Bristol, 1 de janeiro de 1880." / "_Eça do Queiroz._": the place and the date that close a
    // preface, the name it is signed with under them (as the author signed it, in italics perhaps)
    if (i + 1 < units.size() && units[i + 1].role == UnitRole::paragraph && place_and_date(units[i].text) &&
        unicode::fits_width(units[i + 1].text, kWidestName) && looks_like_name(without_emphasis(units[i + 1].text))) {
      units[i].role = units[i + 1].role = UnitRole::metadata;
      ++i;
      continue;
    }
    if (units[i].role != UnitRole::paragraph || !is_chapter_head(units[i].text)) continue;
    units[i].role = UnitRole::heading;
    if (i + 1 < units.size() && units[i + 1].role == UnitRole::paragraph &&
        unicode::fits_width(units[i + 1].text, kWidestName) && !is_chapter_head(units[i + 1].text)) {
      const char32_t last = unicode::last_code_point(units[i + 1].text);
      // (an exclamation or a question under a bare number opens the chapter: "III" / "Condamné à mort !")
      static constexpr std::u32string_view kSentenceEnds = U".,;:。!?！？";
      if (kSentenceEnds.find(last) == std::u32string_view::npos) units[++i].role = UnitRole::heading;
    }
  }
}

// A title page: "DIE VERWANDLUNG" / "VON" / "FRANZ KAFKA": the title, a
// byline word alone, and the author's name under it. Returns whether there
// was one.
bool title_page_byline(Draft& draft) {
  constexpr std::size_t kOpeningUnits = 5;
  constexpr int kWidestName = 40;
  Units& units = draft.units;
  for (std::size_t i = 1; i + 1 < units.size() && i < kOpeningUnits; ++i) {
    bool byline_word = false;
    for (const Vocabulary* v : vocabularies())
      for (std::string_view w : v->byline_words) byline_word = byline_word || equal_ignoring_ascii_case(units[i].text, w);
    if (!byline_word || units[i].role != UnitRole::paragraph || !unicode::fits_width(units[i + 1].text, kWidestName))
      continue;
    add_contributor(draft.meta, units[i + 1].text, Role::author);
    units[i].role = units[i + 1].role = UnitRole::metadata;
    // (the title opens the page, a subtitle may stand between it and the byline: "Quer durch Borneo" /
    // "Ergebnisse seiner Reisen" / "Von" / "Dr. A.W. Nieuwenhuis")
    if (draft.meta.title.empty() && units[0].role == UnitRole::paragraph) {
      draft.meta.title = units[0].text;
      units[0].role = UnitRole::title;
      set_roles(draft, 1, i, UnitRole::metadata);
    }
    return true;
  }
  return false;
}

// "CHAPTER II.", "Chapter i.", "Kapitel 3": a chapter word and its number,
// nothing else. Two of them make a book of a text that has no header.
constexpr std::array<std::string_view, 6> kChapterNumberWords = {"Chapter ", "Kapitel ", "Capítulo ",
                                                                 "Capitulo ", "Chapitre ", "Глава "};

bool is_numbered_chapter_head(std::string_view text) {
  constexpr std::size_t kLongestNumber = 8;  // "XXXVIII."
  for (std::string_view word : kChapterNumberWords) {
    if (!starts_with_ignoring_ascii_case(text, word)) continue;
    std::string_view number = unicode::trim(text.substr(word.size()));
    while (!number.empty() && (number.back() == '.' || number.back() == ':')) number.remove_suffix(1);
    if (number.empty() || number.size() > kLongestNumber) return false;
    const bool digits = number.find_first_not_of("0123456789") == std::string_view::npos;
    const bool roman = number.find_first_not_of("IVXLCDMivxlcdm") == std::string_view::npos;
    return digits || roman;
  }
  return false;
}

bool numbered_chapters(const Draft& draft) {
  constexpr std::size_t kFewestHeads = 2;
  return static_cast<std::size_t>(std::count_if(draft.units.begin(), draft.units.end(), [](const Unit& u) {
           return u.role == UnitRole::paragraph && is_numbered_chapter_head(u.text);
         })) >= kFewestHeads;
}

// "Pride and Prejudice" / "By Jane Austen", "ARSÈNE LUPIN" / "Gentleman-Cambrioleur" / "Par Maurice
// Leblanc" over a hard-wrapped text: a book whose header was stripped opens with its title (a
// subtitle under it perhaps), then the byline, its word and the author's name on one line.
bool title_then_byline(Draft& draft) {
  constexpr std::size_t kOpeningUnits = 4;
  constexpr int kWidestTitle = 60;
  Units& units = draft.units;
  if (!draft.layout.hard_wrapped || !draft.meta.title.empty() || units.size() < 3) return false;
  for (std::size_t i = 1; i < units.size() && i < kOpeningUnits; ++i) {
    const Unit& u = units[i];
    if (u.role != UnitRole::paragraph || u.first != u.last) return false;
    std::string_view name;
    for (const Vocabulary* v : vocabularies())
      for (std::string_view w : v->byline_words)
        if (name.empty() && u.text.size() > w.size() + 1 && starts_with_ignoring_ascii_case(u.text, w) &&
            u.text[w.size()] == ' ')
          name = unicode::trim(std::string_view(u.text).substr(w.size() + 1));
    if (name.empty()) continue;
    if (!looks_like_name(name)) return false;
    // (a page's date line over the headline is no title: "April 2, 1998" / "Time, economy …" / "By …")
    for (std::size_t j = 0; j < i; ++j)
      if (units[j].role != UnitRole::paragraph || units[j].kind != LineKind::text ||
          !unicode::fits_width(draft.first_line(units[j]).text, kWidestTitle) ||
          starts_with_any(units[j].text, kChapterWords) || parse_date(units[j].text))
        return false;
    add_contributor(draft.meta, name, Role::author);
    draft.meta.title = draft.first_line(units[0]).text;
    units[0].role = UnitRole::title;
    set_roles(draft, 1, i + 1, UnitRole::metadata);
    return true;
  }
  return false;
}

// "I.", "XIV", "iv.": a Roman numeral alone heads a chapter.
bool is_roman_numeral_head(std::string_view text) {
  constexpr std::size_t kLongestNumber = 8;  // "XXXVIII."
  while (!text.empty() && text.back() == '.') text.remove_suffix(1);
  return !text.empty() && text.size() <= kLongestNumber && text.find_first_not_of("IVXLCivxlc") == std::string_view::npos;
}

// "Heinrich Mann" / "Der Vater" over a hard-wrapped text: the author's full
// name alone opens the work, and its title stands under it (a news page's
// paragraphs are not hard-wrapped: there a name over a headline is a topic).
bool author_over_title(Draft& draft) {
  constexpr int kWidestTitle = 60;
  Units& units = draft.units;
  if (!draft.layout.hard_wrapped || units.size() < 3 || !draft.meta.title.empty()) return false;
  const Unit &author = units[0], &title = units[1];
  if (author.role != UnitRole::paragraph || title.role != UnitRole::paragraph || author.first != author.last ||
      title.first != title.last || std::string_view(author.text).find(' ') == std::string_view::npos ||
      // (a one-word title, "L'UMORISMO", may look like a name; a name of two words over it is the author's)
      !looks_like_name(author.text) ||
      (looks_like_name(title.text) && std::string_view(title.text).find(' ') != std::string_view::npos) ||
      !unicode::fits_width(title.text, kWidestTitle) || starts_with_any(title.text, kChapterWords) ||
      is_roman_numeral_head(title.text))
    return false;
  const char32_t last = unicode::last_code_point(title.text);
  static constexpr std::u32string_view kSentenceMarks = U".,;:!?)]";  // a title ends no sentence or note
  if (kSentenceMarks.find(last) != std::u32string_view::npos) return false;
  add_contributor(draft.meta, author.text, Role::author);
  draft.meta.title = title.text;
  units[0].role = UnitRole::metadata;
  units[1].role = UnitRole::title;
  return true;
}

// "O crime do padre Amaro" / "scenas da vida devota" / "José Maria Eça de
// Queirós" over a hard-wrapped text: a book whose header was stripped opens
// with its title (a subtitle on the line under it), then, a blank line down,
// its author's full name alone.
bool title_over_author(Draft& draft) {
  constexpr int kWidestTitle = 60;
  constexpr std::size_t kTitleLines = 2, kLongestParticle = 4;
  Units& units = draft.units;
  if (!draft.layout.hard_wrapped || units.size() < 3 || !draft.meta.title.empty()) return false;
  const Unit &title = units[0], &author = units[1];
  const std::string_view first = draft.first_line(title).text;
  // "Kritik der reinen Vernunft" / "von" / "Immanuel Kant": the byline word alone between the title and
  // the name, no blank line between them
  // (the wraps may have joined the three lines, or the first two: "… Vernunft von" / "Immanuel Kant")
  const std::size_t name_line = title.first + 2;
  const bool joined_three = title.last == name_line,
             name_apart = title.last == title.first + 1 && author.first == name_line && author.last == name_line &&
                          author.role == UnitRole::paragraph;
  if (title.role == UnitRole::paragraph && (joined_three || name_apart) && unicode::fits_width(first, kWidestTitle)) {
    const std::string_view middle = draft.lines[title.first + 1].text, name = draft.lines[name_line].text;
    bool byline_word = false;
    for (const Vocabulary* v : vocabularies())
      for (std::string_view w : v->byline_words) byline_word = byline_word || equal_ignoring_ascii_case(middle, w);
    if (byline_word && name.find(' ') != std::string_view::npos && looks_like_name(name)) {
      add_contributor(draft.meta, name, Role::author);
      draft.meta.title = first;
      units[0].role = UnitRole::title;
      if (name_apart) units[1].role = UnitRole::metadata;
      return true;
    }
  }
  // "Amor de Perdição" / "de Camilo Castelo Branco": the name on the title's second line, after a
  // particle in lower case ("de", "by", "von", "di")
  // (the wraps may have joined the two lines, or left them two units)
  const bool two_lines = title.last == title.first + 1,
             two_units = title.first == title.last && author.first == title.last + 1 && author.first == author.last &&
                         author.role == UnitRole::paragraph;
  // (a title may look like a name, "Amor de Perdição": the particle says which line is the author's)
  if (title.role == UnitRole::paragraph && (two_lines || two_units) && unicode::fits_width(first, kWidestTitle)) {
    const std::string_view second = draft.lines[two_lines ? title.last : author.first].text;
    const std::size_t space = second.find(' ');
    const std::string_view name = space == std::string_view::npos ? std::string_view{} : second.substr(space + 1);
    if (space != std::string_view::npos && space <= kLongestParticle &&
        second.substr(0, space).find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos &&
        name.find(' ') != std::string_view::npos && looks_like_name(name)) {
      add_contributor(draft.meta, name, Role::author);
      draft.meta.title = first;
      units[0].role = UnitRole::title;
      if (two_units) units[1].role = UnitRole::metadata;
      return true;
    }
  }
  if (title.role != UnitRole::paragraph || author.role != UnitRole::paragraph || title.last - title.first >= kTitleLines ||
      author.first != author.last || author.first == title.last + 1 || !unicode::fits_width(first, kWidestTitle) ||
      looks_like_name(first) || starts_with_any(first, kChapterWords) || is_roman_numeral_head(first) || std::string_view(author.text).find(' ') == std::string_view::npos ||
      !looks_like_name(author.text))
    return false;
  static constexpr std::u32string_view kSentenceMarks = U".,;:!?)]";  // a title ends no sentence or note
  if (kSentenceMarks.find(unicode::last_code_point(first)) != std::u32string_view::npos) return false;
  add_contributor(draft.meta, author.text, Role::author);
  draft.meta.title = first;
  units[0].role = UnitRole::title;
  units[1].role = UnitRole::metadata;
  return true;
}

// Under the title and the author's name of a book whose header was stripped,
// the rest of its title page: short lines, a few to a block (the edition, the
// place, the publisher and the year; the author's other works), up to the
// first chapter head or the first paragraph of prose (more lines, or lines
// that end a sentence). No body under them: they stay.
void stripped_title_page(Draft& draft, std::size_t from) {
  constexpr std::size_t kMostUnits = 40, kMostLines = 3;
  constexpr int kWidestLine = 72;
  static constexpr std::u32string_view kSentenceEnds = U".!?…";
  Units& units = draft.units;
  std::size_t end = from;
  for (; end < units.size() && end < from + kMostUnits; ++end) {
    const Unit& u = units[end];
    if (u.role != UnitRole::paragraph) continue;
    bool head = starts_with_any(u.text, kChapterWords) || is_roman_numeral_head(u.text);
    for (std::string_view w : kContentsWords) head = head || equal_ignoring_ascii_case(u.text, w);
    if (head) break;
    const std::size_t lines = u.last - u.first + 1;
    if (lines > kMostLines ||
        (lines > 1 && kSentenceEnds.find(unicode::last_code_point(u.text)) != std::u32string_view::npos))
      break;
    bool short_lines = true;
    for (std::size_t l = u.first; l <= u.last; ++l)
      short_lines = short_lines && unicode::fits_width(draft.lines[l].text, kWidestLine);
    if (!short_lines) break;
  }
  if (end == units.size() || end == from + kMostUnits) return;
  set_roles(draft, from, end, UnitRole::boilerplate);
}

// "url: https://…", "revision: 1234": the other keys of an extract's header.
bool is_extract_key(std::string_view text) {
  static constexpr std::array<std::string_view, 8> kKeys = {"url:",  "revision:", "pageid:", "oldid:",
                                                            "lang:", "timestamp:", "source:", "link:"};
  return starts_with_any(text, kKeys);
}

// "Title: 火星の記憶(Kasei no kioku) (The Memory of Mars)" / "Author: …" /
// "Translator: …" opening the text, and under it the title page: the title
// as the book prints it ("火星の記憶") and the author's name.
bool label_header(Draft& draft) {
  constexpr int kWidestTitlePageLine = 40;
  constexpr std::size_t kTitlePageLines = 2;
  Units& units = draft.units;
  if (units.empty() || !starts_with_ignoring_ascii_case(units[0].text, "Title:")) return false;
  const std::string header_title(unicode::trim(std::string_view(units[0].text).substr(6)));
  std::size_t i = 0;
  bool author = false;
  while (i < units.size() && units[i].role == UnitRole::paragraph &&
         (apply_field(draft, units[i].text, false) || is_extract_key(units[i].text))) {
    author = author || draft.meta.contributors.size() > 0;
    units[i].role = UnitRole::metadata;
    ++i;
  }
  // A book's header: the title page under it may print the title anew.
  if (i < 2 || !author) return false;
  for (std::size_t n = 0; n < kTitlePageLines && i < units.size(); ++n, ++i) {
    Unit& u = units[i];
    if (u.role != UnitRole::paragraph || !unicode::fits_width(u.text, kWidestTitlePageLine)) break;
    if (header_title.starts_with(u.text)) {
      draft.meta.title = u.text;
      u.role = UnitRole::title;
    } else {
      u.role = UnitRole::metadata;
    }
  }
  return true;
}

bool is_aozora_note(std::string_view text) {
  return text.starts_with("［＃") && text.ends_with("］") && text.find("］") == text.size() - 3;
}

// Aozora layout notes: "［＃ここから４字下げ、…罫囲み］" … "［＃ここで字下げ終わり］"
// frame a boxed block (a signboard): its lines are one paragraph and the
// notes leave; an indented block ("［＃ここから３字下げ］", a notice) keeps its
// lines, one paragraph each, as Aozora lines are; a note alone on its line, or opening a right-aligned
// line ("［＃地から１字上げ］（大正十三年六月）", a date or a signature), is
// no content either.
void aozora_notes(Draft& draft) {
  static constexpr std::array<std::string_view, 2> kRightAligned = {"［＃地から", "［＃地付き"};
  Units& units = draft.units;
  for (std::size_t i = 0; i < units.size(); ++i) {
    Unit& u = units[i];
    if (u.role != UnitRole::paragraph) continue;
    if (starts_with_any(u.text, kRightAligned)) {
      u.role = UnitRole::metadata;
      continue;
    }
    if (!is_aozora_note(u.text)) continue;
    u.role = UnitRole::boilerplate;
    if (!u.text.starts_with("［＃ここから")) continue;
    // only a boxed block (a signboard) joins; an indented one keeps its lines, as Aozora lines are kept
    if (u.text.find("罫囲み") == std::string::npos) continue;
    std::size_t end = i + 1;  // the closing note
    while (end < units.size() && end < i + 12 && !units[end].text.starts_with("［＃ここで")) ++end;
    if (end >= units.size() || !units[end].text.starts_with("［＃ここで") || end < i + 3) continue;
    Unit& block = units[i + 1];
    for (std::size_t j = i + 2; j < end; ++j) {
      block.text += units[j].text;
      block.last = units[j].last;
    }
    units[end].role = UnitRole::boilerplate;
    units.erase(units.begin() + static_cast<long>(i) + 2, units.begin() + static_cast<long>(end));
    i += 2;
  }
}

// A Japanese book copied without the legend and the colophon: its title and
// its author's name on the two lines that open it, then the prose, whose
// paragraphs begin with an ideographic space.
bool japanese_book_opening(const Draft& draft) {
  constexpr int kWidestTitle = 40;
  const Units& units = draft.units;
  return units.size() >= 3 && units[1].first == units[0].last + 1 && units[0].first == units[0].last &&
         units[1].first == units[1].last && unicode::fits_width(units[0].text, kWidestTitle) &&
         unicode::is_unspaced_script(unicode::first_code_point(units[1].text)) && looks_like_name(units[1].text) &&
         draft.first_line(units[2]).wide_indent;
}

void aozora(Draft& draft) {
  Units& units = draft.units;
  bool found = false;
  // The legend between two dashed rules, under the title and author lines.
  for (std::size_t i = 0; i + 1 < units.size() && i < kHeaderUnits; ++i) {
    // (a wrap may have joined the rule and the legend)
    const bool legend = units[i + 1].text == kAozoraLegend || units[i].text.ends_with(kAozoraLegend);
    if (!is_rule_line(draft.first_line(units[i]).text) || !legend) continue;
    std::size_t end = i + 1;
    while (end < units.size() && !is_rule_line(draft.first_line(units[end]).text) &&
           !is_rule_line(draft.lines[units[end].last].text))
      ++end;
    if (end == units.size()) break;
    set_roles(draft, i, end + 1, UnitRole::boilerplate);
    found = true;
    if (i >= 2 && draft.meta.title.empty()) {
      std::string title;
      for (std::size_t j = 0; j + 1 < i; ++j) {
        if (!title.empty()) title += ' ';
        title += units[j].text;
        units[j].role = UnitRole::title;
      }
      draft.meta.title = title;
      add_contributor(draft.meta, units[i - 1].text, Role::author);
      units[i - 1].role = UnitRole::metadata;
    }
    break;
  }
  // The colophon closes the text.
  for (std::size_t i = units.size(); i-- > 0;)
    if (starts_with_any(units[i].text, kAozoraColophon)) {
      set_roles(draft, i, units.size(), UnitRole::boilerplate);
      found = true;
      break;
    }
  // (a legend without its closing rule still says what the file is)
  found = found || std::any_of(units.begin(), units.end(), [](const Unit& u) { return u.text == kAozoraLegend; });
  found = found || japanese_book_opening(draft);
  if (!found) return;
  draft.book = true;
  // Without the legend's rules, the title (perhaps with a subtitle) and the
  // author still open the text: short lines with no blank between them, the
  // author last.
  constexpr int kWidestName = 40;
  constexpr std::size_t kMostOpeningLines = 4;
  std::size_t opening = 0;
  while (opening < units.size() && opening < kMostOpeningLines && units[opening].role == UnitRole::paragraph &&
         unicode::fits_width(units[opening].text, kWidestName) &&
         (opening == 0 || units[opening].first == units[opening - 1].last + 1))
    ++opening;
  if (draft.meta.title.empty() && opening >= 2 && units.size() > opening) {
    std::string title;
    for (std::size_t j = 0; j + 1 < opening; ++j) {
      if (!title.empty()) title += ' ';
      title += units[j].text;
      units[j].role = UnitRole::title;
    }
    draft.meta.title = title;
    add_contributor(draft.meta, units[opening - 1].text, Role::author);
    units[opening - 1].role = UnitRole::metadata;
  }
  aozora_notes(draft);
}

// "Network Working Group          R. Rivest": the right column, after a wide
// gap; a line standing in the right column alone ("May 1983") is all of it.
std::string_view right_column(const Line& line) {
  const std::size_t gap = line.text.rfind("  ");
  if (gap != std::string_view::npos) return unicode::trim(line.text.substr(gap));
  return line.indent > 0 ? line.text : std::string_view{};
}

// "#define PROTOTYPES 0", "/* UINT4 defines a four byte word */", "} MD5_CTX;", "if ((context->count[0] …",
// "else", "MD5_memcpy", "0x80, 0, 0, …"
bool looks_like_code(std::string_view text) {
  static constexpr std::array<std::string_view, 7> kCodeMarks = {"/*", "*/", "#define", "#if", "#endif", "#include",
                                                                 "typedef "};
  // a C statement's keyword opens the line
  static constexpr std::array<std::string_view, 10> kStatements = {"if (", "for (", "while (", "switch (", "else",
                                                                   "return ", "case ", "static ", "unsigned ", "0x"};
  for (std::string_view m : kCodeMarks)
    if (text.find(m) != std::string_view::npos) return true;
  if (text.empty()) return false;
  for (std::string_view k : kStatements)
    if (text.starts_with(k) && (k != "else" || text.size() == k.size() || text[k.size()] == ' ')) return true;
  // a function's name alone: one word joined by underscores ("MD5_memcpy")
  if (text.find(' ') == std::string_view::npos && text.find('_') != std::string_view::npos &&
      text.find_first_of(".,;:!?") == std::string_view::npos)
    return true;
  const char last = text.back();
  return last == ';' || last == '{' || last == '}' || last == '\\' || text.front() == '}' || text.front() == '{';
}

// "pot-designator = \"pot-\" integer", "coffee-url  =  coffee-scheme \":\" …": a
// grammar's rule, one name (letters, digits, hyphens) then " = ".
bool grammar_rule(std::string_view text) {
  std::size_t name = 0;
  while (name < text.size() &&
         (std::isalnum(static_cast<unsigned char>(text[name])) || text[name] == '-' || text[name] == '_'))
    ++name;
  std::size_t eq = name;
  while (eq < text.size() && text[eq] == ' ') ++eq;
  return name > 0 && eq > name && eq + 1 < text.size() && text[eq] == '=' && text[eq + 1] == ' ';
}

// "S: Listen on port 37 (45 octal).", "C: a001 LOGIN": a line of a protocol
// exchange, an example set in the text.
bool exchange_line(std::string_view text) {
  return text.size() > 3 && text[0] >= 'A' && text[0] <= 'Z' && text[1] == ':' && text[2] == ' ';
}

// "When used via TCP the time service works as follows:", "For example:": a
// sentence that introduces what follows, not a label ("Time:") that heads it.
bool introduces(std::string_view text) {
  static constexpr std::array<std::string_view, 4> kIntroducers = {"For example:", "For instance:", "That is:",
                                                                   "Namely:"};
  constexpr long kFewestWords = 4;
  if (!text.ends_with(':')) return false;
  for (std::string_view w : kIntroducers)
    if (equal_ignoring_ascii_case(text, w)) return true;
  return std::count(text.begin(), text.end(), ' ') + 1 >= kFewestWords;
}

// "the time  2,208,988,800 corresponds to 00:00  1 Jan 1970 GMT,": a line set
// in columns (two spaces or more inside it, not after a sentence's stop nor
// after a bullet's mark, "o  Use NTP") is a display or a table's row.
bool set_in_columns(std::string_view text) {
  constexpr std::size_t kWidestMark = 2;
  for (std::size_t at = text.find("  "); at != std::string_view::npos; at = text.find("  ", at + 2))
    if (at > kWidestMark && std::string_view(".?!:;").find(text[at - 1]) == std::string_view::npos) return true;
  return false;
}

// "2.2.1.1 The \"safe\" response header field.": a section number, then the head.
bool numbered_head(std::string_view text) {
  std::size_t i = 0, dots = 0;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) dots += text[i++] == '.';
  return i > 0 && dots > 0 && i < text.size() && text[i] == ' ' && text[0] != '.';
}

// "1 April 1998", and "April 1992" (no day: the day stays 0).
std::optional<DateTime> month_and_year(std::string_view text) {
  if (auto date = parse_date(text)) return date;
  const std::size_t space = text.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  const int month = month_from_name(text.substr(0, space));
  const std::string_view year = unicode::trim(text.substr(space + 1));
  if (month == 0 || year.size() != 4 || year.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  DateTime d;
  d.year = std::stoi(std::string(year));
  d.month = month;
  d.written = std::string(text);
  return d;
}

// Returns whether the text is an RFC.
bool rfc(Draft& draft) {
  Units& units = draft.units;
  if (units.empty()) return false;
  // The mark opens the header's first line or the one under it.
  auto marked_at = [&](std::size_t top) {
    for (std::string_view mark : kRfcHeaderMarks)
      if (units[top].text.starts_with(mark) || (top + 1 < units.size() && units[top + 1].first == units[top].last + 1 &&
                                               units[top + 1].text.starts_with(mark)))
        return true;
    return false;
  };
  std::size_t top = 0;
  while (top < units.size() && top <= kWrapperUnits && !marked_at(top)) ++top;
  if (top == units.size() || top > kWrapperUnits) return false;
  set_roles(draft, 0, top, UnitRole::boilerplate);
  // The header block runs to the first blank line: the author in the right
  // column of its first line, the date in the right column of one below.
  std::size_t title = top + 1;
  while (title < units.size() && units[title].first == units[title - 1].last + 1) ++title;
  for (std::size_t i = top; i < title; ++i)
    for (std::size_t l = units[i].first; l <= units[i].last; ++l) {
      const std::string_view right = right_column(draft.lines[l]);
      if (right.empty()) continue;
      if (l == units[top].first) add_contributor(draft.meta, without_affiliation(right), Role::author);
      else if (auto date = month_and_year(right); date && !draft.meta.published) draft.meta.published = date;
    }
  set_roles(draft, top, title, UnitRole::metadata);
  // The centred title, perhaps on two lines.
  if (title < units.size() && draft.first_line(units[title]).indent > 0 && draft.meta.title.empty()) {
    draft.meta.title = units[title].text;
    units[title].role = UnitRole::title;
  }
  // Section heads start at the margin, the text under them is indented, and
  // grammars, code and figures deeper still.
  constexpr int kWidestHead = 72;
  std::array<int, 16> indents{};
  for (std::size_t i = title + 1; i < units.size(); ++i)
    if (const int in = draft.first_line(units[i]).indent; in > 0 && in < static_cast<int>(indents.size())) ++indents[static_cast<std::size_t>(in)];
  const int body = static_cast<int>(std::max_element(indents.begin(), indents.end()) - indents.begin());
  // (a C comment's lines under its "/*", up to its "*/", are code)
  bool in_comment = false;
  for (std::size_t i = title + 1; i < units.size(); ++i) {
    Unit& u = units[i];
    const std::string_view text = u.text;
    const bool was_in_comment = in_comment;
    if (const std::size_t open = text.rfind("/*"); open != std::string_view::npos)
      in_comment = text.find("*/", open) == std::string_view::npos;
    else if (in_comment && text.find("*/") != std::string_view::npos)
      in_comment = false;
    if (u.role != UnitRole::paragraph || u.kind == LineKind::boilerplate || u.kind == LineKind::code_ad) continue;
    const int indent = draft.first_line(u).indent;
    if (was_in_comment || looks_like_code(u.text) || grammar_rule(u.text) || (indent > 0 && exchange_line(u.text)) ||
        (indent > 0 && u.first == u.last && set_in_columns(u.text))) {
      u.role = UnitRole::boilerplate;
      continue;
    }
    const char32_t last = unicode::last_code_point(u.text);
    if (u.first == u.last && indent == 0 && unicode::fits_width(u.text, kWidestHead) && !introduces(u.text) &&
        ((last != '.' && last != ',' && last != ';') || numbered_head(u.text)))
      u.role = UnitRole::heading;
    else if (body > 0 && indent > body + 2)
      u.role = UnitRole::boilerplate;
  }
  return true;
}

// "== See also ==", "References", "Status of this Memo": the section leaves,
// up to the next heading of a section that belongs to the text.
// "=== Bibliographie ===" under "== Voir aussi ==": a wiki heading's level, 0 for any other heading.
std::size_t wiki_level(const Draft& draft, const Unit& u) {
  const std::string_view line = unicode::trim(draft.lines[u.first].text);
  std::size_t level = 0;
  while (level < line.size() && line[level] == '=') ++level;
  return level >= 2 && line.ends_with(line.substr(0, level)) ? level : 0;
}

void back_matter(Draft& draft) {
  bool removing = false;
  std::size_t removing_level = 0;  // the back-matter section's wiki level: deeper sections are part of it
  for (Unit& u : draft.units) {
    // a crawler's section label ("### 正文") opens a section too
    const Match& ev = draft.evidence(u);
    const bool section_label = ev && ev.rule->name == std::string_view("markdown_section_label");
    const bool heading = u.kind == LineKind::heading || u.role == UnitRole::heading || section_label;
    if (heading) {
      std::string_view name = u.text;  // "11.  Full Copyright Statement:", "### 摘要"
      while (!name.empty() && ((name.front() >= '0' && name.front() <= '9') || name.front() == '.' || name.front() == ' ' ||
                               name.front() == '#'))
        name.remove_prefix(1);
      while (!name.empty() && (name.back() == ':' || name.back() == ' ')) name.remove_suffix(1);
      const std::size_t level = wiki_level(draft, u);
      if (removing && removing_level > 0 && level > removing_level) {
        u.role = UnitRole::boilerplate;
        continue;
      }
      removing = false;
      for (std::string_view s : kBackMatterSections) removing = removing || equal_ignoring_ascii_case(name, s);
      removing_level = removing ? level : 0;
    }
    if (removing && (u.role == UnitRole::paragraph || u.role == UnitRole::heading)) u.role = UnitRole::boilerplate;
  }
}

// "Contents" and the short lines of chapter names under it.
void contents(Draft& draft) {
  constexpr int kWidestEntry = 80;
  Units& units = draft.units;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (units[i].role != UnitRole::paragraph) continue;
    std::string_view name = units[i].text;  // "INDICE.", "Contents:"
    while (!name.empty() && (name.back() == '.' || name.back() == ':')) name.remove_suffix(1);
    bool is_contents = false;
    for (std::string_view w : kContentsWords) is_contents = is_contents || equal_ignoring_ascii_case(name, w);
    if (!is_contents) continue;
    auto entry = [&](const Unit& u) {
      for (std::size_t l = u.first; l <= u.last; ++l)
        if (draft.lines[l].width > kWidestEntry) return false;
      // "Páh." over the page numbers, or a row of column heads ending in one ("Chap.      Page.")
      constexpr int kWidestAbbreviation = 8;
      const std::string_view last_word = std::string_view(u.text).substr(u.text.rfind(' ') + 1);
      return u.role == UnitRole::paragraph &&
             (unicode::last_code_point(u.text) != U'.' || unicode::fits_width(last_word, kWidestAbbreviation));
    };
    // Entries stand on lines of their own, a blank line apart at most (two under the word).
    std::size_t end = i + 1;
    while (end < units.size() && entry(units[end]) &&
           units[end].first <= units[end - 1].last + (end == i + 1 ? 3 : 2))
      ++end;
    constexpr std::size_t kFewestEntries = 3;
    if (end - i > kFewestEntries) set_roles(draft, i, end, UnitRole::boilerplate);
    return;
  }
}

}  // namespace

void etext_headers(Draft& draft) {
  front_matter(draft);
  const bool gutenberg_text = gutenberg(draft);
  bool book = gutenberg_text;
  book = label_header(draft) || book;
  // (a title page opening a book whose header was stripped: the lines under its title and author leave)
  const bool opening =
      title_page_byline(draft) || title_then_byline(draft) || author_over_title(draft) || title_over_author(draft);
  // (a hard-wrapped book's: a news page's one-line paragraphs are short lines too)
  if (opening && !gutenberg_text && draft.layout.hard_wrapped) {
    constexpr std::size_t kOpeningUnits = 6;
    std::size_t from = 0;
    for (std::size_t i = 0; i < draft.units.size() && i < kOpeningUnits; ++i)
      if (draft.units[i].role == UnitRole::title || draft.units[i].role == UnitRole::metadata) from = i + 1;
    stripped_title_page(draft, from);
  }
  book = opening || book;
  book = numbered_chapters(draft) || book;
  gutenberg_licence(draft);
  aozora(draft);
  const bool rfc_text = rfc(draft);
  contents(draft);
  draft.book = draft.book || book;
  if (book) chapter_heads(draft);
  if (gutenberg_text || rfc_text) blank_separated_paragraphs(draft);
  if (rfc_text) across_page_breaks(draft);
  back_matter(draft);
}

}  // namespace artconv::plaintext
