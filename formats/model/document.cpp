#include "model/document.hpp"

#include <array>
#include <cstdio>
#include <map>
#include <type_traits>
#include <utility>

namespace artconv {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 13> kRoleNames{{
    {Role::author, "author"},
    {Role::editor, "editor"},
    {Role::responsible_editor, "responsible_editor"},
    {Role::reporter, "reporter"},
    {Role::photographer, "photographer"},
    {Role::translator, "translator"},
    {Role::correspondent, "correspondent"},
    {Role::contributor, "contributor"},
    {Role::writer, "writer"},
    {Role::illustrator, "illustrator"},
    {Role::infographics, "infographics"},
    {Role::producer, "producer"},
    {Role::proofreader, "proofreader"},
}};

std::string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

}  // namespace

std::string_view role_name(Role role) {
  for (const auto& [r, name] : kRoleNames)
    if (r == role) return name;
  return "author";
}

std::optional<int> implied_utc_offset_minutes(std::string_view language) {
  static constexpr std::array<std::pair<std::string_view, int>, 3> kOffsets{{{"zh", 8 * 60}, {"ja", 9 * 60}, {"ko", 9 * 60}}};
  const std::string_view primary = language.substr(0, language.find('-'));
  for (const auto& [code, minutes] : kOffsets)
    if (primary == code) return minutes;
  return std::nullopt;
}

void imply_utc_offset(std::optional<DateTime>& published, std::string_view language) {
  if (!published || !published->hour || published->utc_offset_minutes) return;
  published->utc_offset_minutes = implied_utc_offset_minutes(language);
  published->offset_implied = published->utc_offset_minutes.has_value();
}

bool is_creator(Role role) {
  return role == Role::author || role == Role::reporter || role == Role::correspondent || role == Role::writer;
}

std::optional<Role> role_from_name(std::string_view name) {
  for (const auto& [r, n] : kRoleNames)
    if (n == name) return r;
  return std::nullopt;
}

std::string DateTime::date_only() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string DateTime::iso() const {
  std::string out = date_only();
  if (hour && minute) {
    out += ' ' + two(*hour) + ':' + two(*minute);
    if (second) out += ':' + two(*second);
    if (utc_offset_minutes) {
      const int off = *utc_offset_minutes;
      if (off == 0) {
        out += 'Z';
      } else {
        const int a = off < 0 ? -off : off;
        out += (off < 0 ? '-' : '+') + two(a / 60) + ':' + two(a % 60);
      }
    }
  }
  return out;
}

std::string DateTime::iso8601() const {
  std::string out = iso();
  if (out.size() > 10) out[10] = 'T';
  return out;
}

std::string DateTime::iso_instant() const {
  // Convert to UTC when the offset is known; otherwise the local time stands.
  int y = year, mo = month, d = day;
  int h = hour.value_or(0), mi = minute.value_or(0);
  const int s = second.value_or(0);
  int total = h * 60 + mi - utc_offset_minutes.value_or(0);
  int day_shift = 0;
  while (total < 0) total += 1440, --day_shift;
  while (total >= 1440) total -= 1440, ++day_shift;
  h = total / 60;
  mi = total % 60;
  if (day_shift != 0) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    auto days_in = [](int yy, int mm) {
      const bool leap = (yy % 4 == 0 && yy % 100 != 0) || yy % 400 == 0;
      return mm == 2 && leap ? 29 : kDays[mm - 1];
    };
    d += day_shift;
    if (d < 1) {
      if (--mo < 1) mo = 12, --y;
      d = days_in(y, mo);
    } else if (d > days_in(y, mo)) {
      d = 1;
      if (++mo > 12) mo = 1, ++y;
    }
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, d, h, mi, s);
  return buf;
}

std::string_view block_type_name(const Block& block) {
  struct Name {
    std::string_view operator()(const Paragraph&) const { return "paragraph"; }
    std::string_view operator()(const Heading&) const { return "heading"; }
    std::string_view operator()(const Figure&) const { return "figure"; }
    std::string_view operator()(const Credit&) const { return "credit"; }
    std::string_view operator()(const Quote&) const { return "quote"; }
    std::string_view operator()(const List&) const { return "list"; }
  };
  return std::visit(Name{}, block);
}

std::string block_text(const Block& block) {
  struct Text {
    std::string operator()(const Paragraph& b) const { return b.text; }
    std::string operator()(const Heading& b) const { return b.text; }
    std::string operator()(const Figure& b) const { return b.placeholder; }
    std::string operator()(const Credit& b) const { return b.text; }
    std::string operator()(const Quote& b) const { return b.text; }
    std::string operator()(const List& b) const {
      std::string out;
      for (const std::string& item : b.items) {
        if (!out.empty()) out += '\n';
        out += item;
      }
      return out;
    }
  };
  return std::visit(Text{}, block);
}

std::string_view block_text_view(const Block& block) {
  return std::visit(
      [](const auto& b) -> std::string_view {
        using B = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<B, Figure>) {
          return b.placeholder;
        } else if constexpr (std::is_same_v<B, List>) {
          return {};
        } else {
          return b.text;
        }
      },
      block);
}

std::size_t block_line(const Block& block) {
  return std::visit([](const auto& b) { return b.line; }, block);
}

void for_each_block_text(Document& document, const std::function<void(std::string&)>& f) {
  struct Texts {
    const std::function<void(std::string&)>& f;
    void operator()(Paragraph& b) const { f(b.text); }
    void operator()(Heading& b) const { f(b.text); }
    void operator()(Quote& b) const { f(b.text); }
    void operator()(Figure& b) const {
      f(b.placeholder);
      f(b.caption);
    }
    void operator()(Credit& b) const {
      f(b.text);
      f(b.name);
    }
    void operator()(List& b) const {
      for (std::string& item : b.items) f(item);
    }
  };
  for (Block& b : document.blocks) std::visit(Texts{f}, b);
}

std::string_view reason_name(RemovalReason reason) {
  switch (reason) {
    case RemovalReason::metadata: return "metadata";
    case RemovalReason::boilerplate: return "boilerplate";
  }
  return "boilerplate";
}

std::string title_or_file_name(const Document& d) {
  if (!d.meta.title.empty()) return d.meta.title;
  std::string_view file = d.provenance.file;
  if (const std::size_t slash = file.find_last_of('/'); slash != std::string_view::npos) file.remove_prefix(slash + 1);
  if (const std::size_t dot = file.rfind('.'); dot != std::string_view::npos && dot > 0) file = file.substr(0, dot);
  if (file.empty() || file == "-") return "Untitled";
  return std::string(file);
}

std::string most_common_language(std::span<const Document> documents) {
  std::map<std::string, int> counts;
  for (const Document& d : documents)
    if (!d.meta.language.empty()) ++counts[d.meta.language];
  std::string best;
  int n = 0;
  for (const auto& [language, count] : counts)
    if (count > n) best = language, n = count;
  return best;
}

}  // namespace artconv
