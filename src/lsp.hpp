// The language server (`cablelint lsp`): JSON-RPC over the given streams until `exit`.
#pragma once

#include <chrono>
#include <functional>
#include <istream>
#include <ostream>

namespace cablelint {

// Waits up to the given time for more input; true when some came (or the input ended).
using WaitForInput = std::function<bool(std::chrono::microseconds)>;

// Whether the descriptor has input (or has ended) within `timeout`.
bool input_within(int fd, std::chrono::microseconds timeout);

// Returns the process exit code: 0 after shutdown (then exit, or the end of input), 1 when exit or the end of input
// comes without shutdown, or the input cannot be read.
// `wait_for_input` is how the server waits for the next change before it lints (a burst of changes is linted once);
// without it, a stream on a file descriptor is waited on with ppoll(2), and any other is not waited on.
int run_language_server(std::istream& in, std::ostream& out, std::ostream& err, WaitForInput wait_for_input = {});

}  // namespace cablelint
