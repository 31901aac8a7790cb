#include "json/json_reader.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "unicode/text.hpp"

namespace artconv::json {
namespace {

using Json = nlohmann::json;

[[noreturn]] void fail(const std::string& where, const std::string& what) {
  throw Error(ErrorKind::input, "not artconv JSON: " + where + ": " + what);
}

std::string field(const std::string& where, const char* key) { return where.empty() ? key : where + "." + key; }

const Json* member(const Json& object, const std::string& where, const char* key) {
  if (!object.is_object()) fail(where, "must be an object");
  const auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

// Control characters a JSON string may escape ("\u0000", "\u001b") are no
// text: removed (as the text reader removes them), and counted for a warning.
thread_local std::size_t controls_removed = 0;

std::string without_controls(std::string s) {
  const auto control = [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b < 0x20 && b != '\n' && b != '\t') || b == 0x7F;
  };
  const auto n = static_cast<std::size_t>(std::count_if(s.begin(), s.end(), control));
  if (n == 0) return s;
  controls_removed += n;
  s.erase(std::remove_if(s.begin(), s.end(), control), s.end());
  return s;
}

std::string text(const Json& object, const std::string& where, const char* key) {
  const Json* v = member(object, where, key);
  if (v == nullptr) return {};
  if (!v->is_string()) fail(field(where, key), "must be a string");
  return without_controls(unicode::to_nfc(v->get_ref<const std::string&>()));
}

const Json& array(const Json& object, const std::string& where, const char* key) {
  static const Json kEmpty = Json::array();
  const Json* v = member(object, where, key);
  if (v == nullptr) return kEmpty;
  if (!v->is_array()) fail(field(where, key), "must be an array");
  return *v;
}

bool digits(std::string_view s, std::size_t at, std::size_t n, int& out) {
  if (at + n > s.size()) return false;
  out = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

// "YYYY-MM-DD[( |T)HH:MM[:SS]][Z|±HH:MM]", as DateTime::iso() writes it.
std::optional<DateTime> parse_iso(std::string_view s) {
  DateTime d;
  if (!digits(s, 0, 4, d.year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, d.month) || s[7] != '-' ||
      !digits(s, 8, 2, d.day))
    return std::nullopt;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > kDays[d.month - 1] || (d.month == 2 && d.day == 29 && !leap))
    return std::nullopt;
  std::size_t at = 10;
  if (at == s.size()) return d;
  int h = 0, mi = 0, sec = 0;
  if ((s[at] != ' ' && s[at] != 'T') || !digits(s, at + 1, 2, h) || s.size() < at + 6 || s[at + 3] != ':' ||
      !digits(s, at + 4, 2, mi) || h > 23 || mi > 59)
    return std::nullopt;
  d.hour = h;
  d.minute = mi;
  at += 6;
  if (at < s.size() && s[at] == ':') {
    if (!digits(s, at + 1, 2, sec) || sec > 60) return std::nullopt;
    d.second = sec;
    at += 3;
  }
  if (at == s.size()) return d;
  if (s[at] == 'Z' && at + 1 == s.size()) {
    d.utc_offset_minutes = 0;
    return d;
  }
  int oh = 0, om = 0;
  if ((s[at] != '+' && s[at] != '-') || s.size() != at + 6 || !digits(s, at + 1, 2, oh) || s[at + 3] != ':' ||
      !digits(s, at + 4, 2, om) || oh > 14 || om > 59)
    return std::nullopt;
  d.utc_offset_minutes = (s[at] == '-' ? -1 : 1) * (oh * 60 + om);
  return d;
}

std::size_t line_number(const Json& object, const std::string& where) {
  const Json* v = member(object, where, "line");
  if (v == nullptr) return 0;
  if (!v->is_number_unsigned()) fail(where + ".line", "must be a line number");
  return v->get<std::size_t>();
}

Metadata metadata(const Json& j) {
  const std::string where = "metadata";
  Metadata m;
  m.title = text(j, where, "title");
  m.original_title = text(j, where, "original_title");
  m.source = text(j, where, "source");
  m.dateline = text(j, where, "dateline");
  const std::string published = text(j, where, "published");
  if (!published.empty()) {
    m.published = parse_iso(published);
    if (!m.published)
      fail("metadata.published", "'" + published + "' is not a date (YYYY-MM-DD[ HH:MM[:SS]][Z|±HH:MM])");
    m.published->written = text(j, where, "published_as_written");
    if (m.published->written.empty()) m.published->written = published;
  }
  m.language = text(j, where, "language");
  m.identifier = text(j, where, "identifier");
  const Json& contributors = array(j, where, "contributors");
  for (std::size_t i = 0; i < contributors.size(); ++i) {
    const std::string at = where + ".contributors[" + std::to_string(i) + "]";
    const std::string role = text(contributors[i], at, "role");
    const std::optional<Role> r = role_from_name(role);
    if (!r)
      fail(at + ".role", "unknown role '" + role +
                             "' (author, reporter, correspondent, contributor, writer, editor, responsible_editor, "
                             "photographer, illustrator, infographics, producer, translator, proofreader)");
    m.contributors.push_back({text(contributors[i], at, "name"), *r});
  }
  return m;
}

Block block(const Json& j, const std::string& where) {
  const std::string type = text(j, where, "type");
  std::string body = text(j, where, "text");
  if (type == "paragraph") return Paragraph{std::move(body), 0};
  if (type == "heading") return Heading{std::move(body), 0};
  if (type == "quote") return Quote{std::move(body), 0};
  if (type == "figure") return Figure{std::move(body), text(j, where, "caption"), 0};
  if (type == "credit") return Credit{std::move(body), text(j, where, "name"), 0};
  if (type == "list") {
    List list;
    const Json& items = array(j, where, "items");
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!items[i].is_string()) fail(where + ".items[" + std::to_string(i) + "]", "not a string");
      list.items.push_back(items[i].get<std::string>());
    }
    if (j.contains("ordered")) {
      if (!j["ordered"].is_boolean()) fail(where + ".ordered", "not true or false");
      list.ordered = j["ordered"].get<bool>();
    }
    return list;
  }
  fail(where + ".type", "unknown block type '" + type + "' (paragraph, heading, figure, credit, quote, list)");
}

}  // namespace

Document read(std::string_view utf8, Diagnostics& diagnostics) {
  Json j;
  try {
    j = Json::parse(utf8);
  } catch (const Json::parse_error& e) {
    std::string what = e.what();
    if (const std::size_t at = what.find("parse error"); at != std::string::npos) what = what.substr(at);
    throw Error(ErrorKind::input, "not valid JSON: " + what, e.byte > 0 ? std::optional<std::uint64_t>(e.byte - 1)
                                                                        : std::nullopt);
  }
  if (j.is_array()) fail("the top level", "an array of documents; give one document per file");
  if (!j.is_object()) fail("the top level", "must be a document object (as written by artconv -t json)");
  if (member(j, "", "metadata") == nullptr && member(j, "", "blocks") == nullptr)
    fail("the top level", "has neither \"metadata\" nor \"blocks\" (not written by artconv -t json?)");
  controls_removed = 0;
  Document d;
  if (const Json* source = member(j, "", "source")) {
    d.provenance.file = text(*source, "source", "file");
    d.provenance.encoding = text(*source, "source", "encoding");
    d.provenance.method = text(*source, "source", "method");
    if (const Json* c = member(*source, "source", "confidence")) {
      if (!c->is_number()) fail("source.confidence", "must be a number");
      d.provenance.confidence = c->get<double>();
    }
  }
  if (const Json* m = member(j, "", "metadata")) d.meta = metadata(*m);
  const Json& blocks = array(j, "", "blocks");
  for (std::size_t i = 0; i < blocks.size(); ++i) d.blocks.push_back(block(blocks[i], "blocks[" + std::to_string(i) + "]"));
  const Json& removed = array(j, "", "removed");
  for (std::size_t i = 0; i < removed.size(); ++i) {
    const std::string at = "removed[" + std::to_string(i) + "]";
    const std::string reason = text(removed[i], at, "reason");
    RemovalReason r = RemovalReason::boilerplate;
    if (reason == "metadata") {
      r = RemovalReason::metadata;
    } else if (reason != "boilerplate") {
      fail(at + ".reason", "unknown reason '" + reason + "' (metadata, boilerplate)");
    }
    d.removed.push_back({text(removed[i], at, "text"), r, line_number(removed[i], at)});
  }
  const Json& warnings = array(j, "", "warnings");
  for (std::size_t i = 0; i < warnings.size(); ++i) {
    const std::string at = "warnings[" + std::to_string(i) + "]";
    diagnostics.warn(text(warnings[i], at, "code"), text(warnings[i], at, "message"));
  }
  if (controls_removed > 0)
    diagnostics.warn("removed-invisible-characters",
                     std::to_string(controls_removed) +
                         (controls_removed == 1 ? " control character removed" : " control characters removed") +
                         " from the document's strings");
  return d;
}

}  // namespace artconv::json
