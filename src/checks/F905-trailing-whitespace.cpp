// F905 trailing-whitespace: spaces, tabs or no-break spaces at the end of a line (off by default: real cables have
// them everywhere). One finding per line, spanning the trailing white space; the fix removes it.
#include "text_scan.hpp"

namespace cablelint::check_F905 {
namespace {

void check(CheckContext& ctx) {
    const Source& src = ctx.src;
    for (std::uint32_t n = 1; n <= src.line_count(); ++n) {
        const std::string_view line = src.line_text(n);
        std::size_t end = line.size();
        std::size_t k = end;
        while (k > 0) {
            if (line[k - 1] == ' ' || line[k - 1] == '\t' || line[k - 1] == '\r') --k;
            else if (k >= 2 && line[k - 2] == '\xC2' && line[k - 1] == '\xA0') k -= 2;
            else break;
        }
        if (k == end) continue;
        const std::uint32_t begin = src.line_start(n);
        const Span trailing{begin + static_cast<std::uint32_t>(k), begin + static_cast<std::uint32_t>(end)};
        ctx.report(trailing, {{"count", std::to_string(end - k)}});
        ctx.fix({{trailing, ""}});
    }
}

}  // namespace
CABLELINT_CHECK("F905", check)
}  // namespace cablelint::check_F905
