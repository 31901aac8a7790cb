// Russian.
#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext::languages {
namespace {

constexpr Label kLabels[] = {
    {"Заголовок", Field::title}, {"Название", Field::title}, {"Текст", Field::body},
    {"Автор", Field::contributor, Role::author}, {"Редактор", Field::contributor, Role::editor},
    {"Фото", Field::contributor, Role::photographer}, {"Перевод", Field::contributor, Role::translator},
    {"Источник", Field::source}, {"Дата", Field::date}, {"Опубликовано", Field::date},
};
// Genitive, as dates write them.
constexpr MonthName kMonths[] = {
    {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6},
    {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11}, {"декабря", 12},
};
constexpr std::string_view kConjunctions[] = {" и "};

}  // namespace

const Vocabulary russian{"ru", kLabels, kMonths, kConjunctions, {}, {}, {}, {}, {}, {}, {}};

}  // namespace artconv::plaintext::languages
