// The head fields of the text (grammar/text.hpp, grammar/head.hpp): E.O., TAGS, SUBJECT, REF, Classified By,
// compiled apart.
#include "apart.hpp"

CABLELINT_APART_HEAD(CABLELINT_COMPILE_APART)
