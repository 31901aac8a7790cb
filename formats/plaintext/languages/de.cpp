// German.
#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext::languages {
namespace {

constexpr Label kLabels[] = {
    {"Titel", Field::title}, {"Überschrift", Field::title}, {"Inhalt", Field::body},
    {"Autor", Field::contributor, Role::author}, {"Autorin", Field::contributor, Role::author},
    {"Redaktion", Field::contributor, Role::editor}, {"Redakteur", Field::contributor, Role::editor},
    {"Foto", Field::contributor, Role::photographer}, {"Fotos", Field::contributor, Role::photographer},
    {"Übersetzung", Field::contributor, Role::translator}, {"Quelle", Field::source},
    {"Datum", Field::date}, {"Veröffentlicht", Field::date}, {"Aktualisiert", Field::date},
};
constexpr MonthName kMonths[] = {
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"april", 4}, {"mai", 5}, {"juni", 6},
    {"juli", 7}, {"august", 8}, {"september", 9}, {"oktober", 10}, {"november", 11}, {"dezember", 12},
};
constexpr std::string_view kConjunctions[] = {" und "};
constexpr std::string_view kBylineWords[] = {"Von", "VON"};
constexpr std::string_view kFunctionWords[] = {"der", "die", "das", "und", "ist", "nicht", "mit", "dem", "den",
                                               "ein", "eine", "zu", "von", "sich", "auf", "für", "dass"};

}  // namespace

const Vocabulary german{"de", kLabels, kMonths, kConjunctions, kBylineWords, {}, {}, kFunctionWords, {}, {}, {}};

}  // namespace artconv::plaintext::languages
