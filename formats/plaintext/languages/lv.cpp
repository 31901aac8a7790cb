// Latvian.
#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext::languages {
namespace {

constexpr Label kLabels[] = {
    {"Autors", Field::contributor, Role::author}, {"Foto", Field::contributor, Role::photographer},
    {"Fotoattēls", Field::contributor, Role::photographer}, {"Avots", Field::source},
};
// Nominative ("2023. gada 14. novembris") and genitive ("14. novembra").
constexpr MonthName kMonths[] = {
    {"janvāris", 1},   {"februāris", 2}, {"marts", 3},      {"aprīlis", 4},    {"maijs", 5},     {"jūnijs", 6},
    {"jūlijs", 7},     {"augusts", 8},   {"septembris", 9}, {"oktobris", 10},  {"novembris", 11}, {"decembris", 12},
    {"janvāra", 1},    {"februāra", 2},  {"marta", 3},      {"aprīļa", 4},     {"maija", 5},     {"jūnija", 6},
    {"jūlija", 7},     {"augusta", 8},   {"septembra", 9},  {"oktobra", 10},   {"novembra", 11}, {"decembra", 12},
};
constexpr std::string_view kConjunctions[] = {" un "};

}  // namespace

const Vocabulary latvian{"lv", kLabels, kMonths, kConjunctions, {}, {}, {}, {}, {}, {}, {}};

}  // namespace artconv::plaintext::languages
