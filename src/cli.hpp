// The command-line program as a function, so that tests run it in-process.
#pragma once

#include <istream>
#include <ostream>

namespace cablelint {

// Exit codes: 0 no failing findings, 1 findings that fail (errors, or warnings over --max-warnings),
// 2 usage, config or I/O error (the other files are still linted and reported).
int run_cli(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace cablelint
