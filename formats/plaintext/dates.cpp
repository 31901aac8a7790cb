#include "plaintext/dates.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>

#include "plaintext/regex.hpp"
#include "plaintext/vocabulary.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

constexpr std::string_view kZone =
    R"((?:\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|BST|EST|EDT|PST|PDT|HKT|JST|KST|CET|CEST|IST|ET|PT|CT|MT))?)";
// Month names come from the vocabularies; English ones match by their first
// three letters ("Sept.", "August").
std::string month_alternation() {
  std::string alt = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*+\\.?";
  for (const Vocabulary* v : vocabularies()) {
    if (v->language == "en") continue;
    for (const MonthName& m : v->months) {
      alt += '|';
      alt += m.name;
    }
  }
  alt.insert(alt.begin(), '(');
  alt += ')';
  return alt;
}
constexpr std::string_view kWeekday = R"((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?)";
// A weekday in any language before a date: "Martes", "Otrdiena,", "Segunda-feira,".
constexpr std::string_view kDayName = R"((?:\p{L}[\p{L}\-]{1,19},?\s+)?)";
constexpr std::string_view kClock =
    R"((?:,?\s*(?:at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?)";

// Which capture group holds each field (0: none); a named month is looked up.
struct Groups {
  int year, month, day, hour, minute, second, meridiem, zone;
  bool month_named;
};

enum class Layout {
  ymd,
  day_month_year,
  month_day_year,
  roc_ymd,
  year_day_month,
  day_month_year_numeric,
  month_day_clock_year
};
constexpr std::size_t kLayouts = 7;

// Years of the Republic of China calendar (Taiwan): 民國112年 is 2023.
constexpr int kRocEra = 1911;

constexpr std::array<Groups, kLayouts> kGroups{{
    {1, 2, 3, 5, 6, 7, 4, 8, false},  // ymd: 2017-08-04 [下午] 08:36[:55] [+08:00]
    {3, 2, 1, 4, 5, 6, 7, 8, true},   // day_month_year: 4 August 2017 [3:05 PM] [GMT]
    {3, 1, 2, 4, 5, 6, 7, 8, true},   // month_day_year: Aug. 4, 2017 [3:05 PM] [GMT]
    {1, 2, 3, 5, 6, 0, 4, 0, false},  // roc_ymd: 民國112年11月14日 [08:36], 112/11/14
    {1, 3, 2, 4, 5, 6, 7, 8, true},   // year_day_month: Otrdiena, 2023. gada 14. novembris
    {3, 2, 1, 4, 5, 6, 7, 8, false},  // day_month_year_numeric: Trešdiena, 22.11.2023 [10:30]
    {6, 1, 2, 3, 4, 5, 0, 7, true},   // month_day_clock_year (C's ctime): Mon Dec 21 19:45:20 2020
}};

struct DatePattern {
  Layout layout;
  std::string source;
};

const std::array<DatePattern, kLayouts>& date_patterns() {
  static const std::array<DatePattern, kLayouts> patterns{{
      {Layout::ymd,
       R"(^(\d{4})\s*[-/.年년]\s*(\d{1,2})\s*[-/.月월]\s*(\d{1,2})\s*[日일]?(?:\s*(?:\([^)]{1,4}\)|（[^）]{1,4}）|星期.|週.|周.)?\s*[T ]?\s*(上午|下午|午前|午後|오전|오후|AM|PM)?\s*(\d{1,2})\s*[:：時时点點시]\s*(\d{1,2})\s*[分분]?(?:\s*[:：]?\s*(\d{1,2})(?:[.,]\d{1,9})?\s*[秒초]?)?)?)" +
           std::string(kZone) + "$"},
      {Layout::day_month_year,
       "^" + std::string(kDayName) + R"((\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?)" + month_alternation() +
           R"(,?\s+(?:de\s+)?(\d{4})(?:\s*г\.?)?)" +
           std::string(kClock) + std::string(kZone) + "$"},
      {Layout::month_day_year,
       "^" + std::string(kWeekday) + month_alternation() + R"(\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))" +
           std::string(kClock) + std::string(kZone) + "$"},
      // a three-digit year, or 民國 before the year: never a Gregorian year
      {Layout::roc_ymd,
       R"(^(?:(?:民國|民国)\s*(?=\d{1,3}\s*年)|(?=\d{3}\s*[-/.]))(\d{1,3})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?)"
       R"((?:\s*(上午|下午|午前|午後|AM|PM)?\s*(\d{1,2})\s*[:：時时点點]\s*(\d{1,2}))?$)"},
      {Layout::year_day_month,
       "^" + std::string(kDayName) + R"((\d{4})\.\s*gada\s+(\d{1,2})\.\s*)" + month_alternation() +
           std::string(kClock) + std::string(kZone) + "$"},
      // day.month.year with dots only (slashes are read month first in the US)
      {Layout::day_month_year_numeric,
       "^" + std::string(kDayName) + R"((\d{1,2})\.(\d{1,2})\.(\d{4}))" + std::string(kClock) +
           std::string(kZone) + "$"},
      // C's ctime, as bulletin boards and mail headers stamp a post: the time before the year
      {Layout::month_day_clock_year,
       "^" + std::string(kWeekday) + month_alternation() + R"(\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(\d{4}))" +
           std::string(kZone) + "$"},
  }};
  return patterns;
}

// Each pattern compiles at its first candidate text: a process that reads one
// article seldom needs more than one or two of them.
struct CompiledDates {
  std::array<std::once_flag, kLayouts> once;
  std::array<std::optional<Regex>, kLayouts> patterns;
};

CompiledDates& compiled_dates() {
  static CompiledDates c;
  return c;
}

const Regex& compiled(std::size_t i) {
  CompiledDates& c = compiled_dates();
  std::call_once(c.once[i], [&] { c.patterns[i].emplace(date_patterns()[i].source); });
  return *c.patterns[i];
}

bool holds_four_digits(std::string_view text) {
  int run = 0;
  for (std::size_t pos = 0; pos < text.size() && run < 4;) {
    const auto b = static_cast<unsigned char>(text[pos]);
    const bool digit = b < 0x80 ? (++pos, b >= '0' && b <= '9')
                                : u_isdigit(static_cast<UChar32>(unicode::next_code_point(text, pos)));
    run = digit ? run + 1 : 0;
  }
  return run == 4;
}

// What a text must hold for a layout's pattern to match, read off the
// patterns above (never false where the pattern would match): a year, an ROC
// year or 民國 first (a non-ASCII digit is left to the pattern); "gada"; the
// dots of 22.11.2023.
char ascii_lower(unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); }

// Whether `text` may hold a month's name: some three ASCII letters in it
// (any case) open a month name of a vocabulary, or it holds a letter beyond
// ASCII (left to the pattern). A short line of words and one number ("line
// 12345.") then costs no run of the named layouts' long alternations.
bool may_name_a_month(std::string_view text) {
  constexpr std::size_t kTriples = 26 * 26 * 26;
  static const std::vector<bool> openings = [] {
    std::vector<bool> set(kTriples);
    const auto add = [&](std::string_view name) {
      if (name.size() < 3) return;
      std::size_t key = 0;
      for (std::size_t i = 0; i < 3; ++i) {
        const char c = ascii_lower(static_cast<unsigned char>(name[i]));
        if (c < 'a' || c > 'z') return;  // not ASCII: such text is left to the pattern anyway
        key = key * 26 + static_cast<std::size_t>(c - 'a');
      }
      set[key] = true;
    };
    for (const Vocabulary* v : vocabularies())
      for (const MonthName& m : v->months) add(m.name);
    for (std::string_view m : {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}) add(m);
    return set;
  }();
  std::size_t run = 0, key = 0;
  for (const char byte : text) {
    const auto b = static_cast<unsigned char>(byte);
    if (b >= 0x80) return true;
    const char c = ascii_lower(b);
    if (c < 'a' || c > 'z') {
      run = 0;
      continue;
    }
    key = (key * 26 + static_cast<std::size_t>(c - 'a')) % kTriples;
    if (++run >= 3 && openings[key]) return true;
  }
  return false;
}

bool may_be(Layout layout, std::string_view text) {
  const auto first = static_cast<unsigned char>(text.front());
  const bool digit_first = (first >= '0' && first <= '9') || first >= 0x80;
  // Every layout but the ROC one has a four-digit year: "\d{4}", digits of any script.
  if (layout != Layout::roc_ymd && !holds_four_digits(text)) return false;
  switch (layout) {
    case Layout::ymd:
    case Layout::roc_ymd: return digit_first;
    case Layout::year_day_month: {
      for (std::size_t at = text.find_first_of("gG"); at != std::string_view::npos && at + 4 <= text.size();
           at = text.find_first_of("gG", at + 1))
        if (equal_ignoring_ascii_case(text.substr(at, 4), "gada")) return true;
      return false;
    }
    case Layout::day_month_year_numeric: return std::count(text.begin(), text.end(), '.') >= 2;
    case Layout::day_month_year:
    case Layout::month_day_year:
    case Layout::month_day_clock_year: return may_name_a_month(text);
  }
  return true;
}

int month_number(const icu::UnicodeString& name) {
  std::string utf8;
  icu::UnicodeString lower(name);
  lower.toLower();
  lower.toUTF8String(utf8);
  return month_from_name(utf8);
}

std::optional<int> zone_offset(icu::UnicodeString zone) {
  zone.trim();
  if (zone.isEmpty()) return std::nullopt;
  std::string z;
  zone.toUTF8String(z);
  for (char& ch : z) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  static constexpr std::array<std::pair<std::string_view, int>, 14> kNamed{{
      {"Z", 0}, {"UTC", 0}, {"GMT", 0}, {"BST", 60}, {"EST", -300}, {"EDT", -240}, {"PST", -480},
      {"PDT", -420}, {"HKT", 480}, {"JST", 540}, {"KST", 540}, {"CET", 60}, {"CEST", 120}, {"IST", 330},
  }};
  for (const auto& [name, offset] : kNamed)
    if (z == name) return offset;
  std::string digits;
  char sign = '+';
  for (char ch : z) {
    if (ch == '+' || ch == '-') sign = ch;
    if (std::isdigit(static_cast<unsigned char>(ch))) digits += ch;
  }
  if (digits.empty()) return std::nullopt;
  int hours = 0, minutes = 0;
  if (digits.size() <= 2) {
    hours = std::stoi(digits);
  } else {
    hours = std::stoi(digits.substr(0, digits.size() - 2));
    minutes = std::stoi(digits.substr(digits.size() - 2));
  }
  if (hours > 14 || minutes > 59) return std::nullopt;
  const int total = hours * 60 + minutes;
  return sign == '-' ? -total : total;
}

int to_int(const icu::UnicodeString& s) {
  int v = 0;
  for (int32_t i = 0; i < s.length(); ++i) {
    const char16_t c = s.charAt(i);
    if (c >= u'0' && c <= u'9') v = v * 10 + (c - u'0');
  }
  return v;
}

bool starts_like_a_date(std::string_view text) {
  const auto first = static_cast<unsigned char>(text.front());
  if (first >= '0' && first <= '9') return true;
  if (text.starts_with("民國") || text.starts_with("民国")) return true;
  // a word (a weekday) and a number after it: "Martes 14 de noviembre de 2023"
  const std::size_t space = text.find(' ');
  if (space != std::string_view::npos && space <= 40) {
    std::size_t next = space + 1;
    while (next < text.size() && text[next] == ' ') ++next;
    if (next < text.size() && text[next] >= '0' && text[next] <= '9') return true;
  }
  static constexpr std::array<std::string_view, 19> kNames = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                                              "aug", "sep", "oct", "nov", "dec", "mon", "tue",
                                                              "wed", "thu", "fri", "sat", "sun"};
  if (text.size() < 3) return false;
  std::string head(text.substr(0, 3));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kNames.begin(), kNames.end(), head) != kNames.end();
}

// 2017年2月31日 names no day: it is not a date (and would make invalid EPUB and JATS).
int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

namespace {

std::optional<DateTime> parse_date_first(std::string_view text, bool* impossible = nullptr);

// "15:26 2019/09/12", "15:262019/09/12" (an extractor ran them together):
// the time of day before the date.
std::optional<DateTime> parse_time_then_date(std::string_view text) {
  std::size_t colon = text.find(':');
  if (colon == 0 || colon > 2 || text.size() < colon + 3) return std::nullopt;
  for (std::size_t i = 0; i < colon + 3; ++i)
    if (i != colon && !std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  std::string_view rest = text.substr(colon + 3);
  // "2:23 pm, August 9th, 2012"
  bool pm = false;
  for (std::string_view m : {"pm", "PM", "p.m.", "am", "AM", "a.m."})
    if (unicode::trim(rest).starts_with(m)) {
      pm = m.front() == 'p' || m.front() == 'P';
      rest = unicode::trim(rest).substr(m.size());
      break;
    }
  while (!rest.empty() && (rest.front() == ',' || rest.front() == ' ')) rest.remove_prefix(1);
  auto date = parse_date_first(rest);
  if (!date || date->hour) return std::nullopt;
  int hour = std::stoi(std::string(text.substr(0, colon)));
  if (pm && hour < 12) hour += 12;
  const int minute = std::stoi(std::string(text.substr(colon + 1, 2)));
  if (hour > 23 || minute > 59) return std::nullopt;
  date->hour = hour;
  date->minute = minute;
  date->written.assign(text);
  return date;
}

}  // namespace

namespace {

// A weekday's one letter: "二" (星期二), "화" (화요일), "火" (火曜日).
constexpr std::string_view kWeekdayLetters = "一二三四五六日天월화수목금토일月火水木金土";
// Words before the letter ("星期二", "周二") and after it ("화요일", "火曜日").
constexpr std::array<std::string_view, 5> kWeekdayBefore = {"星期", "礼拜", "禮拜", "周", "週"};
constexpr std::array<std::string_view, 2> kWeekdayAfter = {"요일", "曜日"};
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kWeekdayBrackets = {{{"（", "）"}, {"(", ")"}}};

std::size_t last_code_point_bytes(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && n < 4)
    if ((static_cast<unsigned char>(s[s.size() - ++n]) & 0xC0) != 0x80) break;
  return n;
}

bool is_weekday_letter(std::string_view letter) {
  return !letter.empty() && letter.size() == last_code_point_bytes(letter) &&
         kWeekdayLetters.find(letter) != std::string_view::npos;
}

// Where a weekday closing the text starts: "星期二" in "2019年3月5日 星期二", "화요일" in
// "2019년 3월 5일 화요일", "(화)" in "2019.03.05 (화)".
std::optional<std::size_t> closing_weekday(std::string_view text) {
  for (const auto& [open, close] : kWeekdayBrackets)
    if (text.ends_with(close)) {
      const std::size_t at = text.rfind(open);
      if (at == std::string_view::npos) return std::nullopt;
      const std::string_view inner = text.substr(at + open.size(), text.size() - close.size() - at - open.size());
      if (is_weekday_letter(inner) || closing_weekday(inner) == std::size_t{0}) return at;
      return std::nullopt;
    }
  const std::size_t letter = last_code_point_bytes(text);
  if (is_weekday_letter(text.substr(text.size() - letter)))
    for (std::string_view w : kWeekdayBefore)
      if (text.substr(0, text.size() - letter).ends_with(w)) return text.size() - letter - w.size();
  for (std::string_view w : kWeekdayAfter)
    if (text.ends_with(w)) {
      const std::string_view rest = text.substr(0, text.size() - w.size());
      const std::size_t n = last_code_point_bytes(rest);
      if (is_weekday_letter(rest.substr(rest.size() - n))) return rest.size() - n;
    }
  return std::nullopt;
}

}  // namespace

std::optional<DateTime> parse_date(std::string_view text) {
  text = unicode::trim(text);
  if (auto d = parse_date_first(text)) return d;
  if (auto d = parse_time_then_date(text)) return d;
  // "2019年3月5日 星期二": a weekday after the date
  const std::optional<std::size_t> weekday = closing_weekday(text);
  if (!weekday || *weekday == 0) return std::nullopt;
  auto d = parse_date_first(unicode::trim(text.substr(0, *weekday)));
  if (d) d->written.assign(text);
  return d;
}

namespace {

// `impossible`: set when a layout matched but the day, month or time it names does not exist.
std::optional<DateTime> parse_date_first(std::string_view text, bool* impossible) {
  const auto no_such_date = [&] {
    if (impossible) *impossible = true;
    return std::nullopt;
  };
  text = unicode::trim(text);
  if (text.size() < 6 || text.size() > 80) return std::nullopt;
  // Every layout starts with a digit (year, day) or a weekday or month name,
  // and holds a digit: anything else is not a date, without a regex.
  if (!starts_like_a_date(text) || text.find_first_of("0123456789") == std::string_view::npos) return std::nullopt;
  thread_local RegexMatch m;  // one per thread, reused: no allocation per call
  for (std::size_t i = 0; i < std::tuple_size_v<decltype(CompiledDates::patterns)>; ++i) {
    if (!may_be(date_patterns()[i].layout, text)) continue;
    if (m.match(compiled(i), text, Anchoring::whole) != RegexMatch::Result::matched) continue;
    auto group = [&](int g) {
      const std::string_view v = g == 0 ? std::string_view() : m.group(g);
      return icu::UnicodeString::fromUTF8(icu::StringPiece(v.data(), static_cast<int32_t>(v.size())));
    };
    const Groups& g = kGroups[static_cast<std::size_t>(date_patterns()[i].layout)];
    DateTime dt;
    dt.written.assign(text);
    dt.year = to_int(group(g.year));
    dt.month = g.month_named ? month_number(group(g.month)) : to_int(group(g.month));
    dt.day = to_int(group(g.day));
    if (date_patterns()[i].layout == Layout::roc_ymd) {
      if (dt.year < 1) return no_such_date();  // the Republic's years start at 1 (1912)
      dt.year += kRocEra;
    }
    const icu::UnicodeString meridiem = group(g.meridiem), hour = group(g.hour), minute = group(g.minute),
                             second = group(g.second), zone = group(g.zone);
    if (dt.year < 1800 || dt.year > 2200) return std::nullopt;  // no year of news: a number, not a date
    if (dt.month < 1 || dt.month > 12 || dt.day < 1 || dt.day > days_in_month(dt.year, dt.month))
      return no_such_date();
    if (!hour.isEmpty()) {
      int h = to_int(hour);
      icu::UnicodeString mer(meridiem);
      mer.toLower();
      const bool pm = mer.startsWith(u"p") || mer == u"下午" || mer == u"午後" || mer == u"오후";
      const bool am = mer.startsWith(u"a") || mer == u"上午" || mer == u"午前" || mer == u"오전";
      if (pm && h < 12) h += 12;
      if (am && h == 12) h = 0;
      const int mi = to_int(minute);
      if (h > 23 || mi > 59) return no_such_date();
      dt.hour = h;
      dt.minute = mi;
      if (!second.isEmpty()) {
        const int s = to_int(second);
        // (second 60, a leap second, is refused: EPUB's and JATS's date checkers refuse it)
        if (s > 59) return no_such_date();
        dt.second = s;
      }
      dt.utc_offset_minutes = zone_offset(zone);
      // "+25:00" is no offset: the time it qualifies is no time either
      if (!dt.utc_offset_minutes && (zone.indexOf(u'+') >= 0 || zone.indexOf(u'-') >= 0)) return no_such_date();
    }
    return dt;
  }
  return std::nullopt;
}

}  // namespace

bool names_no_such_date(std::string_view text) {
  bool impossible = false;
  if (parse_date_first(text, &impossible)) return false;
  if (impossible) return true;
  // "2017年2月31日 星期二": the same with a weekday after it
  const std::optional<std::size_t> weekday = closing_weekday(unicode::trim(text));
  return weekday && *weekday > 0 && !parse_date_first(unicode::trim(unicode::trim(text).substr(0, *weekday)), &impossible) &&
         impossible;
}

std::optional<DateTime> parse_roc_date_code(std::string_view code) {
  code = unicode::trim(code);
  if (code.size() != 7 || code.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  const int year = std::stoi(std::string(code.substr(0, 3))) + kRocEra;
  const int month = std::stoi(std::string(code.substr(3, 2)));
  const int day = std::stoi(std::string(code.substr(5, 2)));
  if (year < 1990 || year > 2200 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
    return std::nullopt;
  DateTime dt;
  dt.written.assign(code);
  dt.year = year;
  dt.month = month;
  dt.day = day;
  return dt;
}

}  // namespace artconv::plaintext
