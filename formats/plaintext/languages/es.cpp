// Spanish.
#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext::languages {
namespace {

constexpr Label kLabels[] = {
    {"Título", Field::title}, {"Titular", Field::title}, {"Contenido", Field::body}, {"Texto", Field::body},
    {"Autor", Field::contributor, Role::author}, {"Redacción", Field::contributor, Role::editor},
    {"Foto", Field::contributor, Role::photographer}, {"Traducción", Field::contributor, Role::translator},
    {"Fuente", Field::source}, {"Fecha", Field::date}, {"Publicado", Field::date},
};
constexpr MonthName kMonths[] = {
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
    {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
};
constexpr std::string_view kConjunctions[] = {" y "};
constexpr std::string_view kBylineWords[] = {"Por", "POR"};
constexpr std::string_view kFunctionWords[] = {"el", "los", "las", "del", "que", "en", "y", "por", "con", "para",
                                               "una", "es", "se", "no"};

}  // namespace

const Vocabulary spanish{"es", kLabels, kMonths, kConjunctions, kBylineWords, {}, {}, kFunctionWords, {}, {}, {}};

}  // namespace artconv::plaintext::languages
