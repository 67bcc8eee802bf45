// F906 line-too-long: lines longer than `max` (default 69) columns, counted in code points (off by default:
// WikiLeaks pages often reflow a paragraph into one line). The finding spans the part beyond the limit.
#include "text_scan.hpp"

namespace cablelint::check_F906 {
namespace {

void check(CheckContext& ctx) {
    const Source& src = ctx.src;
    const long max = ctx.option_int("max", 69);
    if (max <= 0) return;
    for (std::uint32_t n = 1; n <= src.line_count(); ++n) {
        std::string_view line = src.line_text(n);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.size() <= static_cast<std::size_t>(max)) continue;   // bytes ≥ code points
        long columns = 0;
        std::size_t cut = line.size();
        for (std::size_t i = 0; i < line.size();) {
            std::size_t len = 1;
            text_scan::decode_utf8(line, i, len);
            if (columns == max) cut = i;
            ++columns;
            i += len;
        }
        if (columns <= max) continue;
        const std::uint32_t begin = src.line_start(n);
        ctx.report(Span{begin + static_cast<std::uint32_t>(cut), begin + static_cast<std::uint32_t>(line.size())},
                   {{"length", std::to_string(columns)}, {"max", std::to_string(max)}});
    }
}

}  // namespace
CABLELINT_CHECK("F906", check)
}  // namespace cablelint::check_F906
