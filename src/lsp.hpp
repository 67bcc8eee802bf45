// The language server (`cablelint lsp`): JSON-RPC over the given streams until `exit`.
#pragma once

#include <istream>
#include <ostream>

namespace cablelint {

// Returns the process exit code: 0 after shutdown + exit, 1 when the input ends or exit comes without shutdown.
int run_language_server(std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace cablelint
