// The transmission header (grammar/header.hpp), compiled apart.
#include "apart.hpp"

CABLELINT_APART_HEADER(CABLELINT_COMPILE_APART)
