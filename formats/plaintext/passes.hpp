// The reader is a sequence of small passes over one Draft, in this order
// (reader.cpp). Each pass lives in its own file and has its own tests.
//
//   classify_lines          every line once: a LineKind and its evidence
//   join_wraps              lines -> units: blank lines, indents and hard wraps
//   etext_headers           front matter, Gutenberg/Aozora/RFC headers, licences, contents
//   split_run_in            "　　" inside one line starts a new paragraph
//   form_fields             a form's labels alone over their values ("1.媒體來源:" / "TVBS")
//   find_title              the headline, skipping kickers; none when there is none
//   extract_header          label lines, bylines, reporter lines, datelines
//   captions_and_credits    placeholders, captions, photo credits -> figures, credits
//   footers_and_contributors "(Reporting by …)", "… contributed", closing "（李明）"
//   related_links           related-link blocks and embedded posts -> removed
//   code_ads_surveys        scripts, ads, calls to action -> removed
//   lists                   runs of list items -> list blocks
//   headings                short unpunctuated lines between paragraphs
//   finalize                Document: blocks, removed lines, language, identifier
#pragma once

#include "plaintext/draft.hpp"

namespace artconv::plaintext {

void classify_lines(Draft& draft);
void join_wraps(Draft& draft);
void etext_headers(Draft& draft);
void split_run_in(Draft& draft);
void form_fields(Draft& draft);
void find_title(Draft& draft);
void extract_header(Draft& draft);
void captions_and_credits(Draft& draft);
void footers_and_contributors(Draft& draft);
void related_links(Draft& draft);
void code_ads_surveys(Draft& draft);
void lists(Draft& draft);
void headings(Draft& draft);
Document finalize(Draft&& draft, Diagnostics& diagnostics);

// Recomputes what depends on the final metadata: the identifier. Called by
// finalize, and again after --metadata overrides.
void refresh_identifier(Document& document);

}  // namespace artconv::plaintext
