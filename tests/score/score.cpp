#include "score.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <utility>

#include "unicode/text.hpp"

namespace artconv::score {
namespace {

constexpr std::array<MetricInfo, kMetrics> kInfo{{
    {Metric::title, "title", "title", false},
    {Metric::made_up_title, "made_up_title", "made-up", true},
    {Metric::paragraphs, "paragraphs", "para =", false},
    {Metric::paragraphs_near, "paragraphs_near", "para ±1", false},
    {Metric::source, "source", "source", false},
    {Metric::date, "date", "date", false},
    {Metric::people, "people", "people", false},
    {Metric::roles, "roles", "roles", false},
    {Metric::language, "language", "lang", false},
    {Metric::first_paragraph, "first_paragraph", "first", false},
    {Metric::last_paragraph, "last_paragraph", "last", false},
    {Metric::etext_paragraphs, "etext_paragraphs", "e-text ±10%", false},
}};

constexpr std::array<std::string_view, 5> kGroups{"zh-Hant", "zh-Hans", "en", "ja", "ko"};
constexpr std::array<std::string_view, 8> kShapes{"portal", "wire", "news", "extracted",
                                                  "etext", "aozora", "wikipedia", "rfc"};
// Metadata flags by which a document may say it has no title of its own.
constexpr std::array<std::string_view, 6> kNoTitleFlags{"no_title",       "untitled",       "title_missing",
                                                        "title_absent",   "title_invented", "title_made_up"};

std::size_t index(Metric m) { return static_cast<std::size_t>(m); }

// The truth's optional string field: nullopt when null or absent (`present` tells which).
std::optional<std::string> truth_string(const Json& truth, const char* key, bool& present) {
  present = truth.contains(key);
  if (!present || truth[key].is_null()) return std::nullopt;
  if (!truth[key].is_string()) throw std::invalid_argument(std::string("\"") + key + "\" is neither a string nor null");
  return truth[key].get<std::string>();
}

// "text" in quotes (appended piecewise: GCC 12 warns falsely on "…" + std::string).
std::string in_quotes(std::string_view s, std::string_view after = "") {
  std::string out = "\"";
  out += s;
  out += after;
  out += '"';
  return out;
}

std::string show(const std::optional<std::string>& s) { return s ? in_quotes(*s) : "null"; }

std::string show_people(const std::vector<Person>& people) {
  if (people.empty()) return "none";
  std::string out;
  for (const Person& p : people) {
    if (!out.empty()) out += ", ";
    out += p.name + " (" + p.role + ")";
  }
  return out;
}

std::string json_string(const Json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_string()) return {};
  return j[key].get<std::string>();
}

int width(std::string_view s) { return unicode::display_width(s); }

std::string pad(const std::string& s, int w, bool right) {
  const int fill = std::max(0, w - width(s));
  return right ? std::string(static_cast<std::size_t>(fill), ' ') + s : s + std::string(static_cast<std::size_t>(fill), ' ');
}

}  // namespace

std::span<const MetricInfo> metrics() { return kInfo; }
const MetricInfo& info(Metric m) { return kInfo[index(m)]; }

// ---- text comparison ------------------------------------------------------

std::string collapse(std::string_view utf8) {
  const std::string nfc = unicode::to_nfc(utf8);
  std::string out;
  bool space = false;
  std::size_t pos = 0;
  while (pos < nfc.size()) {
    const char32_t c = unicode::next_code_point(nfc, pos);
    if (unicode::is_space(c)) {
      space = true;
      continue;
    }
    if (unicode::is_invisible(c)) continue;
    if (space && !out.empty()) out += ' ';
    space = false;
    unicode::append_utf8(out, c);
  }
  return out;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string name_key(std::string_view utf8) {
  std::string out;
  for (char c : collapse(utf8))
    if (c != ' ') out += c;
  return ascii_lower(out);
}

bool starts_with_collapsed(std::string_view paragraph, std::string_view prefix) {
  return collapse(paragraph).starts_with(collapse(prefix));
}

bool title_matches(const std::optional<std::string>& truth, const std::optional<std::string>& got) {
  if (!truth) return !got;
  return got && collapse(*got) == collapse(*truth);
}

bool within_one(std::size_t got, std::size_t expected) { return got + 1 >= expected && got <= expected + 1; }

bool within_tenth(std::size_t got, std::size_t expected) {
  const std::size_t diff = got > expected ? got - expected : expected - got;
  return diff * 10 <= expected;
}

std::string date_part(std::string_view published) {
  std::string d(published.substr(0, std::min<std::size_t>(published.find_first_of(" T"), published.size())));
  // "YYYY-MM-DD": zero parts are the ones the text did not give.
  if (d.size() == 10 && d.ends_with("-00")) d.resize(7);
  if (d.size() == 7 && d.ends_with("-00")) d.resize(4);
  return d;
}

std::string language_group(std::string_view bcp47) {
  for (std::string_view g : kGroups)
    if (ascii_lower(g) == ascii_lower(bcp47)) return std::string(g);
  return "other";
}

// ---- one file ---------------------------------------------------------------

Output read_output(const Json& j) {
  Output out;
  const Json empty = Json::object();
  const Json& meta = j.contains("metadata") && j["metadata"].is_object() ? j["metadata"] : empty;
  std::string title(unicode::trim(json_string(meta, "title")));
  bool no_title = title.empty();
  for (std::string_view flag : kNoTitleFlags) {
    const std::string key(flag);
    if (meta.contains(key) && meta[key].is_boolean() && meta[key].get<bool>()) no_title = true;
  }
  if (meta.contains("has_title") && meta["has_title"].is_boolean() && !meta["has_title"].get<bool>()) no_title = true;
  if (!no_title) out.title = std::move(title);
  out.source = json_string(meta, "source");
  out.language = json_string(meta, "language");
  out.date = date_part(json_string(meta, "published"));
  if (meta.contains("contributors") && meta["contributors"].is_array())
    for (const Json& c : meta["contributors"]) out.people.push_back({json_string(c, "name"), json_string(c, "role")});
  if (j.contains("blocks") && j["blocks"].is_array())
    for (const Json& b : j["blocks"]) {
      const std::string type = json_string(b, "type");
      if (type == "paragraph" || type == "quote") out.paragraphs.push_back(json_string(b, "text"));
    }
  return out;
}

namespace {

// The parts of a truth file that are scored, checked.
struct Truth {
  std::string group, shape;
  bool has_title = false, has_source = false, has_date = false;
  std::optional<std::string> title, source, date, first, last;
  std::string language;
  std::optional<std::size_t> paragraphs;
  std::vector<Person> people;
};

Truth parse_truth(const Json& j) {
  if (!j.is_object()) throw std::invalid_argument("not a JSON object");
  Truth t;
  bool present = false;
  const auto language = truth_string(j, "language", present);
  if (!language) throw std::invalid_argument("\"language\" missing");
  t.language = *language;
  t.group = language_group(t.language);
  const auto shape = truth_string(j, "shape", present);
  if (!shape) throw std::invalid_argument("\"shape\" missing");
  t.shape = *shape;
  t.title = truth_string(j, "title", t.has_title);
  t.source = truth_string(j, "source", t.has_source);
  t.date = truth_string(j, "date", t.has_date);
  t.first = truth_string(j, "first_paragraph", present);
  t.last = truth_string(j, "last_paragraph", present);
  if (j.contains("paragraphs") && !j["paragraphs"].is_null()) {
    if (!j["paragraphs"].is_number_unsigned() && !(j["paragraphs"].is_number_integer() && j["paragraphs"].get<long long>() >= 0))
      throw std::invalid_argument("\"paragraphs\" is not a count");
    t.paragraphs = j["paragraphs"].get<std::size_t>();
  }
  if (j.contains("people") && !j["people"].is_null()) {
    if (!j["people"].is_array()) throw std::invalid_argument("\"people\" is not an array");
    for (const Json& p : j["people"]) {
      if (!p.is_object() || !p.contains("name") || !p["name"].is_string())
        throw std::invalid_argument("a person without a \"name\"");
      t.people.push_back({p["name"].get<std::string>(), json_string(p, "role")});
    }
  }
  return t;
}

bool is_etext(const std::string& shape) { return shape == "etext" || shape == "aozora"; }

}  // namespace

FileScore score_file(const Json& truth_json, const Output& got, std::string id) {
  Truth t;
  try {
    t = parse_truth(truth_json);
  } catch (const std::exception& e) {
    throw std::invalid_argument(id + ": " + e.what());
  } catch (...) {
    throw std::invalid_argument(id + ": malformed ground truth");
  }
  FileScore s;
  s.id = std::move(id);
  s.group = t.group;
  s.shape = t.shape;
  auto mismatch = [&s](Metric m, std::string expected, std::string got_text) {
    s.mismatches.push_back({std::string(info(m).key), std::move(expected), std::move(got_text)});
  };
  auto set = [&](Metric m, bool ok, std::string expected, std::string got_text) {
    s[m] = ok;
    if (!ok) mismatch(m, std::move(expected), std::move(got_text));
  };

  if (t.has_title) {
    std::string shown = show(got.title);
    // Today's reader falls back to the file name; say so, it is no headline.
    if (got.title && *got.title == s.id.substr(s.id.rfind('/') + 1)) shown += " (the file name)";
    set(Metric::title, title_matches(t.title, got.title), show(t.title), shown);
    if (!t.title) s[Metric::made_up_title] = got.title.has_value();  // reported under "title" already
  }
  if (t.has_source) {
    const bool ok = t.source ? ascii_lower(collapse(*t.source)) == ascii_lower(collapse(got.source))
                             : collapse(got.source).empty();
    set(Metric::source, ok, show(t.source), got.source.empty() ? "none" : show(got.source));
  }
  if (t.has_date) {
    const bool ok = t.date ? collapse(*t.date) == got.date : got.date.empty();
    set(Metric::date, ok, show(t.date), got.date.empty() ? "none" : got.date);
  }
  if (!t.people.empty()) {
    bool found = true, roles = true;
    for (const Person& p : t.people) {
      const std::string key = name_key(p.name);
      const bool name_there = std::any_of(got.people.begin(), got.people.end(),
                                          [&](const Person& g) { return name_key(g.name) == key; });
      const bool role_there = std::any_of(got.people.begin(), got.people.end(), [&](const Person& g) {
        return name_key(g.name) == key && ascii_lower(g.role) == ascii_lower(p.role);
      });
      found = found && name_there;
      roles = roles && role_there;
    }
    s[Metric::people] = found;
    s[Metric::roles] = roles;
    if (!found || !roles)
      mismatch(found ? Metric::roles : Metric::people, show_people(t.people), show_people(got.people));
  } else if (!got.people.empty()) {
    // Not scored, but worth seeing: people the truth does not name.
    s.mismatches.push_back({"people (extra, not scored)", "none", show_people(got.people)});
  }
  set(Metric::language, ascii_lower(t.language) == ascii_lower(got.language), t.language,
      got.language.empty() ? "none" : got.language);
  if (t.paragraphs) {
    const std::size_t n = got.paragraphs.size();
    const bool exact = n == *t.paragraphs;
    s[Metric::paragraphs] = exact;
    s[Metric::paragraphs_near] = within_one(n, *t.paragraphs);
    if (!exact) mismatch(Metric::paragraphs, std::to_string(*t.paragraphs), std::to_string(n));
    if (is_etext(t.shape)) s[Metric::etext_paragraphs] = within_tenth(n, *t.paragraphs);
  }
  auto paragraph_start = [&](Metric m, const std::optional<std::string>& expected, bool first) {
    if (!expected || collapse(*expected).empty()) return;
    const std::string* p = got.paragraphs.empty() ? nullptr : first ? &got.paragraphs.front() : &got.paragraphs.back();
    const bool ok = p && starts_with_collapsed(*p, *expected);
    std::string shown = p ? collapse(*p) : "no paragraph";
    // Enough of the paragraph to see the difference, not all of it.
    const std::size_t limit = collapse(*expected).size() + 40;
    if (shown.size() > limit) {
      std::size_t cut = limit;
      while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
      shown.resize(cut);
      shown += "…";
    }
    set(m, ok, in_quotes(collapse(*expected), "…"), p ? in_quotes(shown) : shown);
  };
  paragraph_start(Metric::first_paragraph, t.first, true);
  paragraph_start(Metric::last_paragraph, t.last, false);
  return s;
}

FileScore failed_file(const Json& truth, std::string id, std::string error) {
  Output nothing;
  FileScore s = score_file(truth, nothing, std::move(id));
  for (auto& o : s.outcome)
    if (o) o = false;  // for made_up_title: nothing was made up
  s.mismatches = {{"reader", "a document", error}};
  s.error = std::move(error);
  return s;
}

// ---- tallies ------------------------------------------------------------------

std::vector<Row> tabulate(std::span<const FileScore> files) {
  std::vector<std::string> labels(kGroups.begin(), kGroups.end());
  labels.emplace_back("other");
  for (std::string_view shape : kShapes) labels.emplace_back(shape);
  std::vector<std::string> unknown;
  for (const FileScore& f : files)
    if (std::find(labels.begin(), labels.end(), f.shape) == labels.end() &&
        std::find(unknown.begin(), unknown.end(), f.shape) == unknown.end())
      unknown.push_back(f.shape);
  std::sort(unknown.begin(), unknown.end());
  labels.insert(labels.end(), unknown.begin(), unknown.end());
  labels.emplace_back("all");

  std::vector<Row> rows;
  for (const std::string& label : labels) {
    Row row;
    row.label = label;
    for (const FileScore& f : files) {
      if (label != "all" && label != f.group && label != f.shape) continue;
      ++row.n;
      for (std::size_t m = 0; m < kMetrics; ++m)
        if (f.outcome[m]) {
          ++row.figures[m].of;
          if (*f.outcome[m]) ++row.figures[m].hits;
        }
    }
    if (row.n > 0 || label == "all") rows.push_back(std::move(row));
  }
  return rows;
}

std::string cell(const Figure& f) {
  if (f.of == 0) return "–";
  return std::to_string(100 * f.hits / f.of) + "% " + std::to_string(f.hits) + "/" + std::to_string(f.of);
}

std::string format_table(std::span<const Row> rows) {
  std::vector<std::vector<std::string>> grid;
  std::vector<std::string> header{"", "n"};
  for (const MetricInfo& m : kInfo) header.emplace_back(m.header);
  grid.push_back(header);
  for (const Row& r : rows) {
    std::vector<std::string> line{r.label, std::to_string(r.n)};
    for (const Figure& f : r.figures) line.push_back(cell(f));
    grid.push_back(std::move(line));
  }
  std::vector<int> widths(header.size(), 0);
  for (const auto& line : grid)
    for (std::size_t i = 0; i < line.size(); ++i) widths[i] = std::max(widths[i], width(line[i]));
  std::string out;
  for (std::size_t l = 0; l < grid.size(); ++l) {
    if (l + 1 == grid.size() && grid.size() > 2) {  // a rule above "all"
      std::string rule;
      for (std::size_t i = 0; i < widths.size(); ++i) rule += (i ? "  " : "") + std::string(static_cast<std::size_t>(widths[i]), '-');
      out += rule + "\n";
    }
    std::string text;
    for (std::size_t i = 0; i < grid[l].size(); ++i) text += (i ? "  " : "") + pad(grid[l][i], widths[i], i > 0);
    out += text + "\n";
  }
  return out;
}

std::string format_markdown(std::span<const Row> rows) {
  std::string out = "| | n |";
  std::string rule = "|---|---:|";
  for (const MetricInfo& m : kInfo) {
    out.append(" ").append(m.header).append(" |");
    rule += "---:|";
  }
  out.append("\n").append(rule).append("\n");
  for (const Row& r : rows) {
    out.append("| ").append(r.label == "all" ? "**all**" : r.label).append(" | ").append(std::to_string(r.n)).append(" |");
    for (const Figure& f : r.figures) out.append(" ").append(cell(f)).append(" |");
    out += "\n";
  }
  return out;
}

std::string format_details(std::span<const FileScore> files) {
  std::string out;
  for (const FileScore& f : files) {
    if (f.mismatches.empty()) continue;
    out += f.id + " (" + f.group + ", " + f.shape + ")\n";
    for (const Mismatch& m : f.mismatches)
      out += "  " + m.field + ": expected " + m.expected + ", got " + m.got + "\n";
  }
  return out;
}

Json to_json(std::span<const Row> rows, std::span<const FileScore> files) {
  Json table = Json::object();
  for (const Row& r : rows) {
    Json figures = Json::object();
    for (std::size_t m = 0; m < kMetrics; ++m) {
      const Figure& f = r.figures[m];
      figures[std::string(kInfo[m].key)] = {{"hits", f.hits},
                                            {"of", f.of},
                                            {"percent", f.of ? Json(100.0 * static_cast<double>(f.hits) / static_cast<double>(f.of)) : Json(nullptr)}};
    }
    table[r.label] = {{"n", r.n}, {"figures", std::move(figures)}};
  }
  Json list = Json::array();
  for (const FileScore& f : files) {
    Json fields = Json::object();
    for (std::size_t m = 0; m < kMetrics; ++m)
      fields[std::string(kInfo[m].key)] = f.outcome[m] ? Json(*f.outcome[m]) : Json(nullptr);
    Json mismatches = Json::array();
    for (const Mismatch& m : f.mismatches) mismatches.push_back({{"field", m.field}, {"expected", m.expected}, {"got", m.got}});
    Json entry = {{"id", f.id}, {"group", f.group}, {"shape", f.shape}, {"fields", std::move(fields)}, {"mismatches", std::move(mismatches)}};
    if (!f.error.empty()) entry["error"] = f.error;
    list.push_back(std::move(entry));
  }
  return {{"table", std::move(table)}, {"files", std::move(list)}};
}

// ---- floors -------------------------------------------------------------------

Json make_floors(std::span<const Row> rows) {
  Json floors = Json::object(), ceilings = Json::object();
  for (const Row& r : rows)
    for (std::size_t m = 0; m < kMetrics; ++m) {
      const Figure& f = r.figures[m];
      if (f.of == 0) continue;
      if (kInfo[m].lower_is_better) {
        const std::size_t up = (100 * f.hits + f.of - 1) / f.of;  // rounded up
        ceilings[r.label][std::string(kInfo[m].key)] = std::min<std::size_t>(100, up + 1);
      } else {
        const std::size_t down = 100 * f.hits / f.of;  // rounded down
        floors[r.label][std::string(kInfo[m].key)] = down == 0 ? 0 : down - 1;
      }
    }
  return {{"comment",
           "Written by `scripts/score --write-floors`: per row and field, the lowest accepted percentage (floors) "
           "or, for made-up titles, the highest (ceilings). `ctest -R score.floors` fails when a figure crosses one."},
          {"floors", std::move(floors)},
          {"ceilings", std::move(ceilings)}};
}

std::vector<std::string> check_floors(std::span<const Row> rows, const Json& floors) {
  std::vector<std::string> problems;
  if (!floors.is_object()) return {"the floors file is not a JSON object"};
  for (const char* kind : {"floors", "ceilings"}) {
    if (!floors.contains(kind)) continue;
    const Json& limits = floors[kind];
    if (!limits.is_object()) {
      problems.push_back(std::string("\"") + kind + "\" is not an object");
      continue;
    }
    const bool ceiling = std::string_view(kind) == "ceilings";
    for (const auto& [label, fields] : limits.items()) {
      const auto row = std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return r.label == label; });
      if (!fields.is_object()) {
        problems.push_back(label + ": not an object of figures");
        continue;
      }
      for (const auto& [key, limit] : fields.items()) {
        const auto m = std::find_if(kInfo.begin(), kInfo.end(), [&](const MetricInfo& i) { return i.key == key; });
        const std::string what = label + " " + key;
        if (m == kInfo.end()) {
          problems.push_back(what + ": no such figure");
          continue;
        }
        if (!limit.is_number()) {
          problems.push_back(what + ": the recorded limit is not a number");
          continue;
        }
        const double bound = limit.get<double>();
        if (row == rows.end() || row->figures[index(m->metric)].of == 0) {
          problems.push_back(what + ": " + (ceiling ? "ceiling " : "floor ") + limit.dump() +
                             "% recorded, but the corpus no longer measures it");
          continue;
        }
        const Figure& f = row->figures[index(m->metric)];
        const double percent = 100.0 * static_cast<double>(f.hits) / static_cast<double>(f.of);
        if (ceiling ? percent > bound : percent < bound)
          problems.push_back(what + ": " + cell(f) + (ceiling ? " above its ceiling " : " below its floor ") +
                             limit.dump() + "%");
      }
    }
  }
  return problems;
}

}  // namespace artconv::score
