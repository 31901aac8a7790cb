#include "plaintext/reader.hpp"

#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {

Reader::Reader() : matcher_(std::make_unique<RuleMatcher>()) {}
Reader::~Reader() = default;

Document Reader::read(std::string_view input, Diagnostics& diagnostics) {
  return read(std::string(input), diagnostics);
}

Document Reader::read(std::string&& input, Diagnostics& diagnostics) {
  unicode::normalize_line_endings(input);
  // Before anything is measured: a colour code is no text, and its bytes would
  // widen the line it sits on.
  if (const std::size_t escapes = unicode::strip_terminal_escapes(input))
    diagnostics.warn("removed-terminal-escapes", std::to_string(escapes) + " terminal escape sequence" +
                                                     (escapes == 1 ? "" : "s") + " (colour codes) removed from the text");
  Draft draft;
  draft.text = unicode::into_nfc(std::move(input));
  if (draft.text.compare(0, 3, "\xEF\xBB\xBF") == 0) draft.text.erase(0, 3);
  draft.matcher = matcher_.get();
  draft.diagnostics = &diagnostics;
  draft.lines = split_lines(draft.text, &draft.skipped_blank_lines);
  if (draft.lines.empty()) throw Error(ErrorKind::input, "no text: the input holds only white space");
  draft.layout = measure_layout(draft.lines);

  classify_lines(draft);
  join_wraps(draft);
  etext_headers(draft);
  split_run_in(draft);
  form_fields(draft);
  find_title(draft);
  extract_header(draft);
  captions_and_credits(draft);
  footers_and_contributors(draft);
  related_links(draft);
  code_ads_surveys(draft);
  lists(draft);
  headings(draft);
  Document document = finalize(std::move(draft), diagnostics);
  // Nothing is lost (the lines are in `removed`), but an empty article is
  // rarely what the user meant: say so (an error under --strict).
  if (document.blocks.empty() && document.meta.title.empty())
    diagnostics.warn("no-content", "no paragraph or title: every line was read as metadata or boilerplate "
                                   "(see \"removed\" in -t json)");
  return document;
}

}  // namespace artconv::plaintext
