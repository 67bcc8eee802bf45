// The body of the text (grammar/text.hpp, grammar/markings.hpp): banners, paragraphs and sub-items with their
// portion marks, page markers, compiled apart.
#include "apart.hpp"

CABLELINT_APART_BODY(CABLELINT_COMPILE_APART)
