// Japanese.
#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext::languages {
namespace {

constexpr Label kLabels[] = {
    {"タイトル", Field::title}, {"見出し", Field::title}, {"本文", Field::body},
    {"出典", Field::source}, {"配信元", Field::source}, {"公開日", Field::date}, {"配信日", Field::date},
    {"掲載日", Field::date}, {"更新日", Field::date}, {"原題", Field::original_title},
    {"編集", Field::contributor, Role::editor}, {"著者", Field::contributor, Role::author},
    {"筆者", Field::contributor, Role::author}, {"記者", Field::contributor, Role::reporter},
    {"特派員", Field::contributor, Role::correspondent}, {"撮影", Field::contributor, Role::photographer},
    {"写真", Field::contributor, Role::photographer}, {"イラスト", Field::contributor, Role::illustrator},
    {"翻訳", Field::contributor, Role::translator}, {"校正", Field::contributor, Role::proofreader},
    {"記事執筆", Field::contributor, Role::writer}, {"執筆", Field::contributor, Role::writer},
    {"文", Field::contributor, Role::writer}, {"取材・文", Field::contributor, Role::writer},
};
constexpr std::string_view kConjunctions[] = {"と"};

}  // namespace

const Vocabulary japanese{"ja", kLabels, {}, kConjunctions, {}, {}, {}, {}, {}, {}, {}};

}  // namespace artconv::plaintext::languages
