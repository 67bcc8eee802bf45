// libFuzzer harness: lints a buffer exactly as the CLI lints stdin (built-in catalogue, every rule at its default
// severity, config files ignored), so that the parser, every check and a reporter see it. The input's length picks
// the output format, so that a run renders all four without paying for four renderings of each input. A crash, a
// sanitizer report, an uncaught exception or a hang is a defect; findings and exit codes are not.
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <sstream>
#include <string>

#include "cli.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const char* const formats[] = {"text", "json", "sarif", "github"};
    const char* format = formats[size % std::size(formats)];
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    std::ostringstream out, err;
    const char* argv[] = {"cablelint", "--no-config", "-j",       "1",   "--color", "always", "--statistics",
                          "--format",  format,        "--stdin-filename", "fuzz input.txt", "-"};
    cablelint::run_cli(static_cast<int>(std::size(argv)), argv, in, out, err);
    return 0;
}
