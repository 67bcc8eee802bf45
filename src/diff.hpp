// A unified diff of a file before and after its fixes (--diff), as `diff -u` writes it, for `patch -p0` or review.
#pragma once

#include <string>
#include <string_view>

#include "decode.hpp"

namespace cablelint {

// `--- path` / `+++ path` and hunks with `context` lines around each change; "" when the texts are equal. Lines keep
// their own line ends (a CRLF file's diff has CRs), and a last line without one is marked as diff marks it.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after, int context = 3);

// --diff of a file's bytes before and after its fixes, `encoding` being how the file is written. A UTF-16 file is
// shown as its text in UTF-8, its encoding named after the path: its own bytes put a NUL beside every character (`diff
// -u` calls such files binary) and cannot be read in a terminal or applied by `patch` anyway. Other files: their bytes.
std::string file_diff(std::string_view path, Encoding encoding, std::string_view before, std::string_view after);

}  // namespace cablelint
