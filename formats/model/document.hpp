// The shared document model: what the reader decides and every writer renders.
// Plain value types, UTF-8 strings in NFC, no I/O.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace artconv {

enum class Role {
  author,
  editor,
  responsible_editor,
  reporter,
  photographer,
  translator,
  correspondent,
  contributor,
  writer,
  illustrator,
  infographics,
  producer,
  proofreader,
};

// Stable lowercase names ("responsible_editor") used by JSON and the text layout.
std::string_view role_name(Role role);
std::optional<Role> role_from_name(std::string_view name);

// The roles of the people who wrote the text: author, reporter, correspondent,
// writer. Writers list them as the creators (EPUB dc:creator with the MARC
// relator aut, DocBook <author>, JATS contrib-type="author"); everyone else is
// a contributor with their own role.
bool is_creator(Role role);

struct Contributor {
  std::string name;
  Role role = Role::author;
  friend bool operator==(const Contributor&, const Contributor&) = default;
};

// A date-time as the article states it. Fields the article does not give are
// absent; `written` keeps the original spelling for display and provenance.
struct DateTime {
  int year = 0, month = 0, day = 0;
  std::optional<int> hour, minute, second;
  std::optional<int> utc_offset_minutes;
  std::string written;
  // The offset was not written but implied by where the article comes from
  // (imply_utc_offset): used for instants, left out of content identifiers.
  bool offset_implied = false;

  // "2017-08-04", "2017-08-04 08:36:55", "2017-08-04 08:36+08:00".
  std::string iso() const;
  // "2017-08-04T08:36:55Z"-style instant for dcterms:modified; time defaults to 00:00:00.
  std::string iso_instant() const;
  std::string date_only() const;  // "2017-08-04"
  // ISO 8601 with a "T": "2017-08-04T08:36:55+08:00" (for XML attributes and metadata).
  std::string iso8601() const;
  friend bool operator==(const DateTime&, const DateTime&) = default;
};

// The UTC offset of local times in articles of `language` when one offset
// covers everywhere that language's news comes from: Chinese +08:00
// (mainland, Taiwan, Hong Kong, Macau, Singapore), Japanese and Korean +09:00.
// Otherwise none.
std::optional<int> implied_utc_offset_minutes(std::string_view language);

// Gives a date with a time of day and no written offset the offset its
// language implies (offset_implied), so that "08:36" in a Shanghai paper is
// not taken for 08:36 UTC.
void imply_utc_offset(std::optional<DateTime>& published, std::string_view language);

struct Metadata {
  std::string title;  // empty when the article has no headline (never made up)
  std::string original_title;
  std::string source;    // the outlet: 新民晚報, Xinhua, BBC News
  std::string dateline;  // place line of a wire story: "BEIJING"
  std::vector<Contributor> contributors;
  std::optional<DateTime> published;
  std::string language;    // BCP 47: zh-Hant, zh-Hans, ja, ko, en …
  std::string identifier;  // urn:uuid derived from the content
};

// `line` is the 1-based source line the block starts on: provenance for
// diagnostics and the nothing-lost check; not part of a block's identity.
struct Paragraph {
  std::string text;
  std::size_t line = 0;
};
struct Heading {
  std::string text;
  std::size_t line = 0;
};
// A placeholder where the feed had an image (圖片默認標題_fororder_3, [Image]).
// An image's place in the text: the placeholder as written and its caption.
// A figure without a caption offers no words for the image (a CMS token such
// as 圖片默認標題_fororder_3 says nothing a reader should see or hear): writers
// keep the figure but give it no caption or alt text (the normalized text
// keeps the line as written, to read back the same); the caption is the alt text.
struct Figure {
  std::string placeholder;
  std::string caption;
  std::size_t line = 0;
};
// A photo or image credit as printed: "(圖片攝影 劉歆)", with the name it gives.
struct Credit {
  std::string text;
  std::string name;
  std::size_t line = 0;
};
struct Quote {
  std::string text;
  std::size_t line = 0;
};
// A bulleted, numbered or run-of-fragments list: items without their markers.
struct List {
  std::vector<std::string> items;
  bool ordered = false;
  std::size_t line = 0;
};

using Block = std::variant<Paragraph, Heading, Figure, Credit, Quote, List>;
struct Document;

std::string_view block_type_name(const Block& block);  // "paragraph", "figure" …
// The text a reader sees; a list's items one per line.
std::string block_text(const Block& block);
// The same text viewed in place, for every block but a List (its items are
// joined only by block_text): a large block's text is not copied to be read.
std::string_view block_text_view(const Block& block);
std::size_t block_line(const Block& block);
// Calls `f` on every string of every block: paragraphs, headings, quotes, list
// items, figure placeholders and captions, credit lines and credited names.
void for_each_block_text(Document& document, const std::function<void(std::string&)>& f);

// metadata: the line was read into Metadata (kept here verbatim, labels and all);
// boilerplate: share bars, navigation, copyright notices.
enum class RemovalReason { metadata, boilerplate };
std::string_view reason_name(RemovalReason reason);

// A source line the reader did not keep as content, and why: nothing is lost silently.
struct Removed {
  std::string text;
  RemovalReason reason = RemovalReason::boilerplate;
  std::size_t line = 0;
};

// Where the text came from and how it was decoded (reported, never re-detected).
struct Provenance {
  std::string file;      // as named on the command line; "-" for stdin
  std::string encoding;  // "UTF-8", "Big5" …
  double confidence = 0;
  std::string method;    // "bom", "declared", "detected"
};

struct Document {
  Provenance provenance;
  Metadata meta;
  std::vector<Block> blocks;
  std::vector<Removed> removed;
};

// For formats that require a title: the article's, or else (it has no
// headline) its file name without folders and extension, or "Untitled".
std::string title_or_file_name(const Document& document);

// The language most of `documents` are in (ties: the alphabetically first), or "".
std::string most_common_language(std::span<const Document> documents);

}  // namespace artconv
