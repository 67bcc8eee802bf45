// libFuzzer harness: feeds a buffer to the language server as its whole input stream: the Content-Length framing,
// the JSON-RPC messages and the dispatcher behind them. The server must answer or ignore anything and return when
// the input ends; a crash, a sanitizer report, an uncaught exception or a hang is a defect.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "lsp.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    std::ostringstream out, err;
    (void)cablelint::run_language_server(in, out, err);
    return 0;
}
