// Pass 12: the Document. Units become blocks in order (runs of list items one
// List); removed units keep their text and why; the language comes from the
// text; the identifier is computed last, from the final metadata.
#include <algorithm>
#include <deque>
#include <variant>

#include "model/identifier.hpp"
#include "plaintext/language.hpp"
#include "plaintext/passes.hpp"
#include "plaintext/reader.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {

std::string_view unit_role_name(UnitRole role) {
  switch (role) {
    case UnitRole::paragraph: return "paragraph";
    case UnitRole::heading: return "heading";
    case UnitRole::figure: return "figure";
    case UnitRole::credit: return "credit";
    case UnitRole::quote: return "quote";
    case UnitRole::list_item: return "list_item";
    case UnitRole::title: return "title";
    case UnitRole::metadata: return "metadata";
    case UnitRole::boilerplate: return "boilerplate";
  }
  return "paragraph";
}

namespace {

// "<em>深圳佳士工人維權事件…</em>": a blog post's paragraph set wholly in one inline
// tag (an italic standfirst, a bold subhead) keeps its text, not the tag (nothing
// else in it is markup).
void unwrap_inline_tag(std::string& text) {
  static constexpr std::pair<std::string_view, std::string_view> kTags[] = {
      {"<em>", "</em>"}, {"<i>", "</i>"}, {"<strong>", "</strong>"}, {"<b>", "</b>"}};
  for (const auto& [open, close] : kTags) {
    if (text.size() <= open.size() + close.size() || !text.starts_with(open) || !text.ends_with(close)) continue;
    const std::string_view inner =
        unicode::trim(std::string_view(text).substr(open.size(), text.size() - open.size() - close.size()));
    if (inner.empty() || inner.find('<') != std::string_view::npos) return;
    text = std::string(inner);
    return;
  }
}

}  // namespace

Document finalize(Draft&& draft, Diagnostics& diagnostics) {
  Document doc;
  doc.meta = std::move(draft.meta);
  std::size_t invisible = unicode::clean_inline(doc.meta.title);
  // The lines are not needed for their numbers (line_number: a unit's index
  // and the blank lines not kept), nor are the matches: free them before the
  // blocks are made. The text stays until then: most units view it.
  std::vector<Line>().swap(draft.lines);
  std::vector<Match>().swap(draft.matches);
  // Room for every block at once: growing by doubling would hold the old and
  // the new array together, half as much again as the blocks themselves.
  doc.blocks.reserve(static_cast<std::size_t>(std::count_if(draft.units.begin(), draft.units.end(), [](const Unit& u) {
    return !u.text.empty() && u.role != UnitRole::title && u.role != UnitRole::metadata &&
           u.role != UnitRole::boilerplate;
  })));
  List* open_list = nullptr;
  // Each unit is freed once its block is made (a deque gives its memory back
  // as it empties from the front).
  for (; !draft.units.empty(); draft.units.pop_front()) {
    Unit& u = draft.units.front();
    std::string text = std::move(u.text).take();
    invisible += unicode::clean_inline(text);
    const std::size_t line = line_number(u.first, draft.skipped_blank_lines);  // its first line's
    if (u.role != UnitRole::list_item) open_list = nullptr;
    if (text.empty()) continue;
    if (u.role == UnitRole::paragraph || u.role == UnitRole::heading || u.role == UnitRole::quote)
      unwrap_inline_tag(text);
    switch (u.role) {
      case UnitRole::title: break;
      case UnitRole::metadata: doc.removed.push_back({std::move(text), RemovalReason::metadata, line}); break;
      case UnitRole::boilerplate: doc.removed.push_back({std::move(text), RemovalReason::boilerplate, line}); break;
      case UnitRole::paragraph: doc.blocks.emplace_back(Paragraph{std::move(text), line}); break;
      case UnitRole::heading: doc.blocks.emplace_back(Heading{std::move(text), line}); break;
      case UnitRole::quote: doc.blocks.emplace_back(Quote{std::move(text), line}); break;
      case UnitRole::figure:
        doc.blocks.emplace_back(Figure{std::move(text), std::string(unicode::trim(u.detail)), line});
        break;
      case UnitRole::credit: doc.blocks.emplace_back(Credit{std::move(text), std::move(u.detail).take(), line}); break;
      case UnitRole::list_item:
        if (!open_list) {
          const bool ordered = !u.detail.empty() && (std::isdigit(static_cast<unsigned char>(u.detail[0])) ||
                                                     u.detail[0] == '(' || u.detail.starts_with("（"));
          open_list = &std::get<List>(doc.blocks.emplace_back(List{{}, ordered, line}));
        }
        open_list->items.push_back(std::move(text));
        break;
    }
  }
  // The text the units viewed is spent (copied into the blocks): free it
  // before the language and the identifier are computed.
  Units().swap(draft.units);
  std::string().swap(draft.text);
  if (invisible > 0)
    diagnostics.warn("removed-invisible-characters",
                     std::to_string(invisible) + (invisible == 1 ? " invisible or control character"
                                                                 : " invisible or control characters") +
                         " removed from the text");
  doc.meta.language = detect_language(doc);
  imply_utc_offset(doc.meta.published, doc.meta.language);
  refresh_identifier(doc);
  return doc;
}

std::string content_identifier(const Document& doc) {
  // An implied offset is a reading, not the text: identifiers stay what they were without it.
  std::string date;
  if (doc.meta.published) {
    DateTime as_written = *doc.meta.published;
    if (as_written.offset_implied) as_written.utc_offset_minutes.reset();
    date = as_written.iso();
  }
  // Each block's text as block_text() gives it, viewed in place: only a list's
  // items are joined into a new string (a copy of every text doubled the
  // memory of a long article).
  std::deque<std::string> joined;
  std::vector<std::string_view> parts{"artconv-article", doc.meta.title, date};
  parts.reserve(parts.size() + doc.blocks.size());
  for (const Block& b : doc.blocks) {
    if (std::holds_alternative<List>(b)) {
      parts.push_back(joined.emplace_back(block_text(b)));
      continue;
    }
    parts.push_back(block_text_view(b));
  }
  return name_based_uuid(parts);
}

void refresh_identifier(Document& document) { document.meta.identifier = content_identifier(document); }

}  // namespace artconv::plaintext
