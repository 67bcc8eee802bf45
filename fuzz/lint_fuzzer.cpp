// libFuzzer harness: lints a buffer exactly as the CLI lints stdin (built-in catalogue, every rule at its default
// severity, config files ignored), so that the parser, every check and a reporter see it. The input's length picks
// what is run, so that a run covers all of it without paying for every mode on each input: one of the four output
// formats, `--diff --unsafe-fixes`, or `--fix --unsafe-fixes`, which is run twice: fixing the fixed text must change
// nothing (fixes are idempotent). A crash, a sanitizer report, an uncaught exception, a hang or a second fix that
// changes the text is a defect; findings and exit codes are not.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <sstream>
#include <string>

#include "cli.hpp"

namespace {

std::string run(const char* mode, const char* extra, const std::string& input) {
    std::istringstream in(input);
    std::ostringstream out, err;
    const char* argv[] = {"cablelint", "--no-config", "-j", "1", "--color", "always", "--statistics", mode, extra,
                          "--stdin-filename", "fuzz input.txt", "-"};
    cablelint::run_cli(static_cast<int>(std::size(argv)), argv, in, out, err);
    return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    switch (size % 6) {
        case 0: run("--format", "text", input); break;
        case 1: run("--format", "json", input); break;
        case 2: run("--format", "sarif", input); break;
        case 3: run("--format", "github", input); break;
        case 4: run("--diff", "--unsafe-fixes", input); break;
        default: {
            const std::string fixed = run("--fix", "--unsafe-fixes", input);
            if (run("--fix", "--unsafe-fixes", fixed) != fixed) {
                std::fputs("lint_fuzzer: a second --fix changed the fixed text (fixes must be idempotent)\n", stderr);
                std::abort();
            }
        }
    }
    return 0;
}
