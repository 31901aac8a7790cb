// Portuguese.
#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext::languages {
namespace {

constexpr Label kLabels[] = {
    {"Título", Field::title}, {"Conteúdo", Field::body}, {"Texto", Field::body},
    {"Autor", Field::contributor, Role::author}, {"Redação", Field::contributor, Role::editor},
    {"Foto", Field::contributor, Role::photographer}, {"Tradução", Field::contributor, Role::translator},
    {"Fonte", Field::source}, {"Data", Field::date}, {"Publicado", Field::date},
};
constexpr MonthName kMonths[] = {
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"abril", 4}, {"maio", 5}, {"junho", 6}, {"julho", 7},
    {"agosto", 8}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
};
constexpr std::string_view kConjunctions[] = {" e "};
constexpr std::string_view kBylineWords[] = {"Por", "POR"};
constexpr std::string_view kFunctionWords[] = {"o", "os", "da", "do", "não", "uma", "com", "para", "que"};

}  // namespace

const Vocabulary portuguese{"pt", kLabels, kMonths, kConjunctions, kBylineWords, {}, {}, kFunctionWords, {}, {}, {}};

}  // namespace artconv::plaintext::languages
