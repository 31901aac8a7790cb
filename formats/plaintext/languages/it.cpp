// Italian.
#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext::languages {
namespace {

constexpr Label kLabels[] = {
    {"Titolo", Field::title}, {"Contenuto", Field::body}, {"Testo", Field::body},
    {"Autore", Field::contributor, Role::author}, {"Redazione", Field::contributor, Role::editor},
    {"Foto", Field::contributor, Role::photographer}, {"Traduzione", Field::contributor, Role::translator},
    {"Fonte", Field::source}, {"Data", Field::date}, {"Pubblicato", Field::date},
};
constexpr MonthName kMonths[] = {
    {"gennaio", 1}, {"febbraio", 2}, {"marzo", 3}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6},
    {"luglio", 7}, {"agosto", 8}, {"settembre", 9}, {"ottobre", 10}, {"novembre", 11}, {"dicembre", 12},
};
constexpr std::string_view kConjunctions[] = {" e "};
constexpr std::string_view kBylineWords[] = {"Di"};
constexpr std::string_view kFunctionWords[] = {"il", "della", "che", "di", "non", "per", "gli", "sono", "con"};

}  // namespace

const Vocabulary italian{"it", kLabels, kMonths, kConjunctions, kBylineWords, {}, {}, kFunctionWords, {}, {}, {}};

}  // namespace artconv::plaintext::languages
