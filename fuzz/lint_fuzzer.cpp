// libFuzzer harness: lints a buffer exactly as the CLI lints stdin (built-in catalogue, every rule at its default
// severity, config files ignored), once per output format, so that the parser, every check and every reporter see
// it. A crash, a sanitizer report, an uncaught exception or a hang is a defect; findings and exit codes are not.
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <sstream>
#include <string>

#include "cli.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (const char* format : {"text", "json", "sarif", "github"}) {
        std::istringstream in(text);
        std::ostringstream out, err;
        const char* argv[] = {"cablelint", "--no-config", "-j",       "1",   "--color", "always", "--statistics",
                              "--format",  format,        "--stdin-filename", "fuzz input.txt", "-"};
        cablelint::run_cli(static_cast<int>(std::size(argv)), argv, in, out, err);
    }
    return 0;
}
