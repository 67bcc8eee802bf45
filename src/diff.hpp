// A unified diff of a file before and after its fixes (--diff), as `diff -u` writes it, for `patch -p0` or review.
#pragma once

#include <string>
#include <string_view>

namespace cablelint {

// `--- path` / `+++ path` and hunks with `context` lines around each change; "" when the texts are equal. Lines keep
// their own line ends (a CRLF file's diff has CRs), and a last line without one is marked as diff marks it.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after, int context = 3);

}  // namespace cablelint
