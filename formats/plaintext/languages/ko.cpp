// Korean.
#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext::languages {
namespace {

constexpr Label kLabels[] = {
    {"제목", Field::title}, {"본문", Field::body}, {"내용", Field::body},
    {"출처", Field::source}, {"입력", Field::date}, {"수정", Field::date}, {"등록", Field::date},
    {"편집", Field::contributor, Role::editor}, {"기자", Field::contributor, Role::reporter},
    {"특파원", Field::contributor, Role::correspondent}, {"사진", Field::contributor, Role::photographer},
    {"번역", Field::contributor, Role::translator},
    {"자료 제공", Field::source}, {"자료제공", Field::source},
};

}  // namespace

const Vocabulary korean{"ko", kLabels, {}, {}, {}, {}, {}, {}, {}, {}, {}};

}  // namespace artconv::plaintext::languages
