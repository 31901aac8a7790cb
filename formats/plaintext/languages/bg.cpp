// Bulgarian.
#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext::languages {
namespace {

constexpr Label kLabels[] = {
    {"Автор", Field::contributor, Role::author}, {"Снимка", Field::contributor, Role::photographer},
    {"Снимки", Field::contributor, Role::photographer}, {"Източник", Field::source},
};
constexpr MonthName kMonths[] = {
    {"януари", 1}, {"февруари", 2}, {"март", 3},      {"април", 4},    {"май", 5},       {"юни", 6},
    {"юли", 7},    {"август", 8},   {"септември", 9}, {"октомври", 10}, {"ноември", 11}, {"декември", 12},
};
constexpr std::string_view kConjunctions[] = {" и "};

}  // namespace

const Vocabulary bulgarian{"bg", kLabels, kMonths, kConjunctions, {}, {}, {}, {}, {}, {}, {}};

}  // namespace artconv::plaintext::languages
