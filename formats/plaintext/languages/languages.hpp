// One Vocabulary per language, each defined in its own file here.
#pragma once

#include "plaintext/vocabulary.hpp"

namespace artconv::plaintext::languages {

extern const Vocabulary english;
extern const Vocabulary chinese;  // Traditional and Simplified
extern const Vocabulary japanese;
extern const Vocabulary korean;
extern const Vocabulary french;
extern const Vocabulary german;
extern const Vocabulary spanish;
extern const Vocabulary italian;
extern const Vocabulary portuguese;
extern const Vocabulary russian;
extern const Vocabulary latvian;
extern const Vocabulary bulgarian;
extern const Vocabulary finnish;

}  // namespace artconv::plaintext::languages
