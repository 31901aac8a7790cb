// Pass 6: image placeholders and captions become figures, photo credits
// become credits (the photographer recorded), wherever they stand; a credit
// closing a paragraph ("…發言。(圖片攝影 劉歆)") is split off it; a short line
// right over a credit line is the picture's caption; so is a lone sentence
// over the paragraph an agency's dateline opens, and a credited caption glued
// in front of that dateline is split off. A video's blurb ("… NBC's Kate Snow
// reports.") is a caption; so is a gallery's caption set under each of its pictures.
#include <algorithm>
#include <iterator>

#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

// The byte offset of the last '(' or '（' in `s`, or npos.
std::size_t last_open_bracket(std::string_view s) {
  const std::size_t ascii = s.rfind('(');
  const std::size_t wide = s.rfind("（");
  if (ascii == std::string_view::npos) return wide;
  if (wide == std::string_view::npos) return ascii;
  return std::max(ascii, wide);
}

// "Samsung Galaxy Tab" set right over "(Credit: CNET)", no blank line
// between them: the short line is the picture's caption.
void captions_over_credits(Draft& draft) {
  constexpr int kWidestCaption = 160;
  for (std::size_t i = 1; i < draft.units.size(); ++i) {
    const Unit& credit = draft.units[i];
    Unit& above = draft.units[i - 1];
    if (credit.role != UnitRole::credit || credit.kind != LineKind::credit || above.role != UnitRole::paragraph ||
        above.kind != LineKind::text || above.last + 1 != credit.first || !unicode::fits_width(above.text, kWidestCaption))
      continue;
    above.role = UnitRole::figure;
    above.detail = above.text;
  }
}

// "… leading many to speculate about an insanity defense. NBC's Kate Snow
// reports.": a video's blurb closes with a sentence that only names the
// network's reporter (a possessive, then a first and a last name).
bool video_blurb(std::string_view text) {
  constexpr std::string_view kReports = " reports.";
  constexpr std::size_t kLongestBlurb = 400;  // bytes
  if (text.size() > kLongestBlurb || !text.ends_with(kReports)) return false;
  const std::string_view body = text.substr(0, text.size() - kReports.size());
  std::size_t stop = std::string_view::npos;
  for (std::string_view end : {". ", "? ", "! "})
    if (const std::size_t at = body.rfind(end);
        at != std::string_view::npos && (stop == std::string_view::npos || at > stop))
      stop = at;
  if (stop == std::string_view::npos) return false;
  const std::string_view sentence = body.substr(stop + 2);
  std::size_t owner = sentence.find("'s ");
  std::size_t mark = 3;
  if (owner == std::string_view::npos) {
    owner = sentence.find("\u2019s ");
    mark = 5;
  }
  if (owner == std::string_view::npos || owner == 0 || sentence.substr(0, owner).find(' ') != std::string_view::npos)
    return false;
  const auto capital = [](std::string_view w) { return !w.empty() && w.front() >= 'A' && w.front() <= 'Z'; };
  std::string_view name = sentence.substr(owner + mark);
  int words = 0;
  for (std::size_t at = 0; at <= name.size(); ++words) {
    const std::size_t space = std::min(name.find(' ', at), name.size());
    if (!capital(name.substr(at, space - at))) return false;
    at = space + 1;
  }
  return capital(sentence) && words >= 2 && words <= 3;
}

void video_blurbs(Draft& draft) {
  for (Unit& u : draft.units)
    if (u.role == UnitRole::paragraph && u.kind == LineKind::text && u.first == u.last && video_blurb(u.text)) {
      u.role = UnitRole::figure;
      u.detail = u.text;
    }
}

// "Emergency personnel work the scene …, in Wilson, N.Y." set between the
// headline and "(CBS/AP) WILSON, N.Y. - An early morning blast …": agency copy
// starts at its dateline, so a lone sentence over it is the picture's caption.
bool opens_with_agency_dateline(Draft& draft, std::string_view text) {
  if (draft.matcher->match(wire_dateline_rule(), text, draft.diagnostics)) return true;
  for (const Rule& rule : inline_byline_rules())
    if (rule.anchor == Anchor::prefix && draft.matcher->match(rule, text, draft.diagnostics)) return true;
  return false;
}

void caption_over_dateline(Draft& draft) {
  constexpr int kWidestCaption = 300;
  Units& units = draft.units;
  std::size_t first = 0;  // the first paragraph
  while (first < units.size() && units[first].role != UnitRole::paragraph) ++first;
  std::size_t next = first + 1;  // the next text, past metadata and furniture ("Updated at 11:31 a.m. ET")
  while (next < units.size() && (units[next].role == UnitRole::metadata || units[next].role == UnitRole::boilerplate ||
                                 units[next].kind == LineKind::boilerplate))
    ++next;
  if (next >= units.size() || units[next].role != UnitRole::paragraph) return;
  Unit& u = units[first];
  const char32_t last = unicode::last_code_point(u.text);
  if (u.kind != LineKind::text || u.first != u.last || last != '.' || !unicode::fits_width(u.text, kWidestCaption) ||
      unicode::is_unspaced_script(unicode::first_code_point(u.text)) || opens_with_agency_dateline(draft, u.text) ||
      !opens_with_agency_dateline(draft, units[next].text))
    return;
  u.role = UnitRole::figure;
  u.detail = u.text;
}

// "… Thursday March 31, 2011. (AP Photo/Natacha Pisarenko) BUENOS AIRES, Argentina
// (AP) - Canadian pop star …": a credited caption run into the first paragraph
// in front of its dateline is split off; the dateline names the source.
void caption_glued_before_dateline(Draft& draft) {
  constexpr std::size_t kLongestCaption = 600;  // bytes
  Units& units = draft.units;
  std::size_t first = 0;
  while (first < units.size() && units[first].role != UnitRole::paragraph) ++first;
  if (first == units.size() || units[first].kind != LineKind::text) return;
  const std::string_view text = units[first].text;
  const std::size_t photo = text.substr(0, kLongestCaption).find(" Photo/");
  if (photo == std::string_view::npos) return;
  const std::size_t close = text.find(") ", photo);
  if (close == std::string_view::npos || close > kLongestCaption) return;
  const std::string_view rest = unicode::trim(text.substr(close + 1));
  const Match dateline = draft.matcher->match(wire_dateline_rule(), rest, draft.diagnostics);
  if (!dateline) return;
  if (draft.meta.source.empty()) draft.meta.source = dateline[Group::source];
  if (draft.meta.dateline.empty()) draft.meta.dateline = dateline[Group::place];
  Unit caption = units[first];
  caption.text.assign(text.substr(0, close + 1));
  caption.role = UnitRole::figure;
  caption.detail = caption.text;
  units[first].text = std::string(rest);
  units.insert(units.begin() + static_cast<std::ptrdiff_t>(first), std::move(caption));
}

// "…抗議する藤川監督（右）＝撮影・西田忠信　ＮＰＢは１１日…": a Japanese page's photo caption
// with its credit, extracted with the first paragraph, is split off it; the credit names the
// photographer.
void credited_caption_glued_before_text(Draft& draft) {
  Units& units = draft.units;
  // the text's opening paragraphs (a page's address over them is still one here)
  constexpr std::size_t kOpeningParagraphs = 2;
  std::size_t first = 0, seen = 0;
  for (; first < units.size(); ++first) {
    if (units[first].role != UnitRole::paragraph) continue;
    if (++seen > kOpeningParagraphs) return;
    if (units[first].kind == LineKind::text && std::string_view(units[first].text).find("撮影・") != std::string_view::npos) break;
    if (units[first].kind == LineKind::text && std::string_view(units[first].text).find("【写真") != std::string_view::npos) break;
  }
  if (first == units.size()) return;
  const std::string_view text = units[first].text;
  for (const Rule& rule : inline_byline_rules()) {
    if (rule.name != std::string_view("ja_glued_photo_caption") &&
        rule.name != std::string_view("ja_glued_photo_caption_bracketed"))
      continue;
    const Match m = draft.matcher->match(rule, text, draft.diagnostics);
    if (!m || m.length >= text.size()) continue;
    add_contributor(draft.meta, m[Group::name], rule.role);
    Unit caption = units[first];
    caption.text.assign(m[Group::caption]);
    caption.role = UnitRole::figure;
    caption.detail = caption.text;
    units[first].text = std::string(unicode::trim(text.substr(m.length)));
    units.insert(units.begin() + static_cast<std::ptrdiff_t>(first), std::move(caption));
    return;
  }
}

// "Reuters Meta CEO Mark Zuckerberg on a stage …Reuters" / "Meta CEO Mark Zuckerberg in 2025
// demonstrating …": the line right under a picture's alt text (or a chart's description, or a
// video's running time: "0:55") is the caption the page shows under it, a sentence or not.
constexpr std::string_view kAltTextRules[] = {"glued_credit_alt_text", "chart_alt_text"};

// A video's running time alone on a line ("0:55", "01:25") over its caption.
bool running_time(std::string_view text) {
  text = unicode::trim(text);
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || text.size() != colon + 3) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ':' || (c >= '0' && c <= '9'); });
}

void captions_under_alt_text(Draft& draft) {
  constexpr int kWidestCaption = 300;
  Units& units = draft.units;
  for (std::size_t i = 0; i + 1 < units.size(); ++i) {
    const Match& ev = draft.evidence(units[i]);
    const bool alt_text = units[i].role == UnitRole::figure && ev &&
                          std::find(std::begin(kAltTextRules), std::end(kAltTextRules), ev.rule->name) !=
                              std::end(kAltTextRules);
    if (!alt_text && !running_time(units[i].text)) continue;
    if (!alt_text && units[i].role == UnitRole::paragraph) units[i].role = UnitRole::boilerplate;
    Unit& under = units[i + 1];
    if (under.role != UnitRole::paragraph || under.kind != LineKind::text || under.first != units[i].last + 1 ||
        under.first != under.last || !unicode::fits_width(under.text, kWidestCaption))
      continue;
    under.role = UnitRole::figure;
    under.detail = under.text;
  }
}

// A photo gallery flattened to text: its caption under every picture, the same line three times
// or more in a row, closing with its credit rather than a stop ("… em 2017. - Arquivo Câmara de
// Vereadores"). (Books repeat refrains and are left alone.)
void gallery_captions(Draft& draft) {
  if (draft.book) return;
  constexpr std::size_t kFewestRepeats = 3;
  constexpr int kWidestCaption = 300;
  Units& units = draft.units;
  static constexpr std::u32string_view kSentenceEnds = U".!?\"”’。！？";
  const auto caption_like = [&](const Unit& u) {
    return u.role == UnitRole::paragraph && u.kind == LineKind::text && u.first == u.last &&
           unicode::fits_width(u.text, kWidestCaption) &&
           kSentenceEnds.find(unicode::last_code_point(u.text)) == std::u32string_view::npos;
  };
  for (std::size_t i = 0; i < units.size();) {
    std::size_t end = i + 1;
    if (caption_like(units[i]))
      while (end < units.size() && caption_like(units[end]) &&
             std::string_view(units[end].text) == std::string_view(units[i].text))
        ++end;
    if (end - i >= kFewestRepeats) {
      // the gallery's first picture, captioned apart, closing with the same credit ("… - Arquivo X")
      const std::string_view text(units[i].text);
      const std::size_t dash = text.rfind(" - ");
      if (i > 0 && dash != std::string_view::npos && caption_like(units[i - 1]) &&
          std::string_view(units[i - 1].text).ends_with(text.substr(dash))) {
        units[i - 1].role = UnitRole::figure;
        units[i - 1].detail = units[i - 1].text;
      }
      for (std::size_t j = i; j < end; ++j) {
        units[j].role = UnitRole::figure;
        units[j].detail = units[j].text;
      }
    }
    i = end;
  }
}

}  // namespace

void captions_and_credits(Draft& draft) {
  const Rule* agency_caption = nullptr;  // "… in Aurora. (Jane Roe/AFP/Getty Images)"
  for (const Rule& r : line_rules())
    if (r.name == std::string_view("agency_credit_caption")) agency_caption = &r;
  Units out;  // only when a credit is split off a paragraph
  for (std::size_t i = 0; i < draft.units.size(); ++i) {
    Unit& u = draft.units[i];
    if (u.role != UnitRole::paragraph) {
      if (!out.empty()) out.push_back(std::move(u));
      continue;
    }
    const Match& ev = draft.evidence(u);
    switch (u.kind) {
      case LineKind::placeholder:
        u.role = UnitRole::figure;
        u.detail = ev[Group::caption].empty() ? ev[Group::text] : ev[Group::caption];
        break;
      case LineKind::caption:
        u.role = UnitRole::figure;
        u.detail = ev[Group::caption];
        if (!ev[Group::name].empty()) {
          add_contributor(draft.meta, ev[Group::name], ev.rule->role);
          if (draft.meta.source.empty() && !ev[Group::source].empty()) draft.meta.source = ev[Group::source];
        }
        break;
      case LineKind::credit: {
        u.role = UnitRole::credit;
        const std::string_view name = ev[Group::name].empty() ? ev[Group::caption] : ev[Group::name];
        u.detail = name;
        add_contributor(draft.meta, name, Role::photographer);
        break;
      }
      case LineKind::text: {
        // a credited caption wrapped over lines is known only once joined
        if (u.first != u.last && agency_caption != nullptr)
          if (const Match m = draft.matcher->match(*agency_caption, u.text, draft.diagnostics)) {
            u.role = UnitRole::figure;
            u.detail = u.text;
            add_contributor(draft.meta, m[Group::name], agency_caption->role);
            break;
          }
        const char32_t last = unicode::last_code_point(u.text);
        if (last != ')' && last != U'）') break;
        const std::size_t open = last_open_bracket(u.text);
        if (open == std::string_view::npos || open == 0) break;
        const std::string_view tail = std::string_view(u.text).substr(open);
        Match credit = draft.matcher->match(trailing_credit_rule(), tail, draft.diagnostics);
        if (!credit) break;
        Unit c;
        c.text.assign(tail);
        c.detail.assign(credit[Group::name]);
        c.first = c.last = u.last;
        c.kind = LineKind::credit;
        c.role = UnitRole::credit;
        add_contributor(draft.meta, c.detail, Role::photographer);
        u.text = std::string(unicode::trim(std::string_view(u.text).substr(0, open)));
        if (out.empty()) {
          std::move(draft.units.begin(), draft.units.begin() + static_cast<std::ptrdiff_t>(i), std::back_inserter(out));
        }
        out.push_back(std::move(u));
        out.push_back(std::move(c));
        continue;
      }
      default: break;
    }
    if (!out.empty()) out.push_back(std::move(u));
  }
  if (!out.empty()) draft.units = std::move(out);
  captions_over_credits(draft);
  captions_under_alt_text(draft);
  caption_over_dateline(draft);
  caption_glued_before_dateline(draft);
  credited_caption_glued_before_text(draft);
  video_blurbs(draft);
  gallery_captions(draft);
}

}  // namespace artconv::plaintext
