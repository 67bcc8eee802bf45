// Compiled regular expressions (RE2), kept for the life of the process: for patterns known only at run time
// (users' custom rules, a cable's own origin), so that each is compiled once, not once per file.
#pragma once

#include <string>

#include <re2/re2.h>

namespace cablelint {

// The compiled pattern, or nullptr when it does not compile. Thread-safe.
const RE2* cached_regex(const std::string& pattern);

}  // namespace cablelint
