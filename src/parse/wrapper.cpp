// The page wrapper and the e-mail/database wrapper (grammar/wrapper.hpp, grammar/mail.hpp), compiled apart.
#include "apart.hpp"

CABLELINT_APART_WRAPPER(CABLELINT_COMPILE_APART)
