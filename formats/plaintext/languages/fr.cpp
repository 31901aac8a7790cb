// French.
#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext::languages {
namespace {

constexpr Label kLabels[] = {
    {"Titre", Field::title}, {"Contenu", Field::body}, {"Texte", Field::body},
    {"Auteur", Field::contributor, Role::author}, {"Auteurs", Field::contributor, Role::author},
    {"Rédaction", Field::contributor, Role::editor}, {"Photo", Field::contributor, Role::photographer},
    {"Traduction", Field::contributor, Role::translator}, {"Publié le", Field::date},
    {"Mis à jour le", Field::date},
};
constexpr MonthName kMonths[] = {
    {"janvier", 1}, {"février", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12},
};
constexpr std::string_view kConjunctions[] = {" et "};
constexpr std::string_view kBylineWords[] = {"Par", "PAR"};
constexpr std::string_view kFunctionWords[] = {"le", "la", "les", "de", "des", "du", "et", "est", "une", "un",
                                               "que", "qui", "dans", "pour", "pas", "sur", "au", "avec"};

}  // namespace

const Vocabulary french{"fr", kLabels, kMonths, kConjunctions, kBylineWords, {}, {}, kFunctionWords, {}, {}, {}};

}  // namespace artconv::plaintext::languages
