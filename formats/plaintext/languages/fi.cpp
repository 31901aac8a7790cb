// Finnish.
#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext::languages {
namespace {

constexpr Label kLabels[] = {
    {"Kuva", Field::contributor, Role::photographer}, {"Kuvat", Field::contributor, Role::photographer},
    {"Teksti", Field::contributor, Role::writer},     {"Toimittaja", Field::contributor, Role::reporter},
    {"Lähde", Field::source},                         {"Julkaistu", Field::date},
    {"Päivitetty", Field::date},
};
// Partitive, as dates write them: "14. marraskuuta 2023".
constexpr MonthName kMonths[] = {
    {"tammikuuta", 1}, {"helmikuuta", 2}, {"maaliskuuta", 3}, {"huhtikuuta", 4}, {"toukokuuta", 5},  {"kesäkuuta", 6},
    {"heinäkuuta", 7}, {"elokuuta", 8},   {"syyskuuta", 9},   {"lokakuuta", 10}, {"marraskuuta", 11}, {"joulukuuta", 12},
};
constexpr std::string_view kConjunctions[] = {" ja "};

}  // namespace

const Vocabulary finnish{"fi", kLabels, kMonths, kConjunctions, {}, {}, {}, {}, {}, {}, {}};

}  // namespace artconv::plaintext::languages
