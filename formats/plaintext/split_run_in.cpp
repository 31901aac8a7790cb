// Pass 3: some portal dumps lost their line breaks and kept only the
// full-width indent: "…結束了。　　第二段…". Two U+3000 after a sentence end
// start a new paragraph, and so does a long run of spaces after a Chinese one.
// A crawler's body label run into the text near the top ("正文: …",
// "Content: …") stands apart from it; in a flattened body, so does what the
// crawler put before the first indent (the time and the byline).
#include <algorithm>
#include <optional>

#include "plaintext/passes.hpp"
#include "plaintext/vocabulary.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

bool ends_sentence(std::string_view s) {
  const char32_t c = unicode::last_code_point(s);
  return c == U'。' || c == U'！' || c == U'？' || c == U'」' || c == U'”' || c == U'』' || c == '.' || c == '!' ||
         c == '?' || c == '"';
}

constexpr std::string_view kIndent = "\u3000\u3000";

// "…传统美德。<62 spaces>我们小组…": a writer pushed the next paragraph onto a new
// visual line with a run of spaces; it breaks after a Chinese sentence end, before
// CJK text.
constexpr std::size_t kSpaceRun = 16;

bool ends_cjk_sentence(std::string_view s) {
  const char32_t c = unicode::last_code_point(s);
  return c == U'。' || c == U'！' || c == U'？' || c == U'」' || c == U'”' || c == U'』';
}

struct Break {
  std::size_t at = 0;
  std::size_t length = 0;
};

// The next full-width indent or long run of spaces at or after from.
std::optional<Break> find_break(std::string_view text, std::size_t from) {
  static const std::string kSpaces(kSpaceRun, ' ');
  std::optional<Break> found;
  if (const std::size_t at = text.find(kIndent, from); at != std::string_view::npos) found = Break{at, kIndent.size()};
  for (std::size_t at = text.find(kSpaces, from); at != std::string_view::npos && (!found || at < found->at);
       at = text.find(kSpaces, at + 1)) {
    const std::size_t end = text.find_first_not_of(' ', at);
    if (end != std::string_view::npos && ends_cjk_sentence(text.substr(0, at)) &&
        unicode::is_cjk(unicode::first_code_point(text.substr(end)))) {
      found = Break{at, end - at};
      break;
    }
    if (end == std::string_view::npos) break;
    at = end;
  }
  return found;
}

// "正文: …": the length of the label with its colon, when a body label opens the text and text follows.
std::optional<std::size_t> body_label_length(std::string_view text) {
  constexpr std::size_t kLongestLabel = 24;  // bytes
  for (std::size_t i = 1; i < text.size() && i <= kLongestLabel; ++i) {
    const std::size_t colon = text[i] == ':' ? 1 : text.substr(i, 3) == "：" ? 3 : 0;
    if (colon == 0) continue;
    const Label* label = find_label(unicode::trim(text.substr(0, i)));
    if (!label || label->field != Field::body || unicode::trim(text.substr(i + colon)).empty()) return std::nullopt;
    return i + colon;
  }
  return std::nullopt;
}

}  // namespace

void split_run_in(Draft& draft) {
  constexpr std::size_t kHeaderUnits = 6;  // a crawler's labels come first
  auto labelled_at = [&](std::size_t i) {
    const Unit& u = draft.units[i];
    return i < kHeaderUnits && u.kind == LineKind::text ? body_label_length(u.text) : std::nullopt;
  };
  bool any = false;
  for (std::size_t i = 0; i < draft.units.size() && !any; ++i)
    any = (draft.units[i].kind == LineKind::text && find_break(draft.units[i].text, 0)) || labelled_at(i);
  if (!any) return;
  Units out;
  for (std::size_t i = 0; i < draft.units.size(); ++i) {
    Unit& u = draft.units[i];
    const std::optional<std::size_t> label = labelled_at(i);
    if (u.kind != LineKind::text || (!label && !find_break(u.text, 0))) {
      out.push_back(std::move(u));
      continue;
    }
    std::string_view text = u.text;
    std::vector<std::string> pieces;
    if (label) {
      pieces.emplace_back(unicode::trim(text.substr(0, *label)));
      text = unicode::trim(text.substr(*label));
      // "2019-06-09 08:23:23,环球网报道 实习记者 王博雅琪 　　据…": the crawler's head before the first indent
      if (const std::size_t at = text.find(kIndent); at != std::string_view::npos && at > 0) {
        pieces.emplace_back(unicode::trim(text.substr(0, at)));
        text = text.substr(at);
      }
    }
    std::size_t segment = 0;
    for (std::optional<Break> b = find_break(text, 0); b; b = find_break(text, b->at + b->length)) {
      const std::string_view before = unicode::trim(text.substr(segment, b->at - segment));
      if (!before.empty() && ends_sentence(before)) {
        pieces.emplace_back(before);
        segment = b->at;
      }
    }
    pieces.emplace_back(unicode::trim(text.substr(segment)));
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      Unit piece;
      piece.first = u.first;
      piece.last = u.last;
      piece.kind = u.kind;
      piece.role = u.role;  // what an earlier pass took out stays out
      // what stood behind a body label may be a metadata line of its own: "（原标题：…）"
      if (label && k > 0 && u.role == UnitRole::paragraph)
        if (auto fields = parse_metadata_line(pieces[k])) {
          piece.kind = LineKind::label_line;
          piece.label = static_cast<int>(draft.label_lines.size());
          draft.label_lines.push_back({std::move(*fields)});
        }
      piece.text = std::move(pieces[k]);
      out.push_back(std::move(piece));
    }
  }
  draft.units = std::move(out);
}

}  // namespace artconv::plaintext
