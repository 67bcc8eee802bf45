// F908 not-a-cable: no wrapper, header, banner, E.O., TAGS or SUBJECT line anywhere.
#include "cable_text.hpp"

namespace cablelint::check_F908 {
namespace {

void check(CheckContext& ctx) {
    if (ctx.doc.binary) return;   // F907 already says "not a text file"
    if (ctx.doc.recognisable()) return;
    const std::string_view s = ctx.src.text();
    if (s.empty()) {
        ctx.report(Span{0, 0}, {{"problem", "the file is empty"}});
        return;
    }
    if (trim(s).empty()) {
        ctx.report(Span{0, 0}, {{"problem", "the file contains only white space"}});
        return;
    }
    // Point at the first non-blank line.
    std::uint32_t line = 1;
    while (line < ctx.src.line_count() && trim(ctx.src.line_text(line)).empty()) ++line;
    const std::string_view text = ctx.src.line_text(line);
    const std::uint32_t b = ctx.src.line_start(line);
    ctx.report(Span{b, static_cast<std::uint32_t>(b + text.size())},
               {{"problem", "no page wrapper, transmission header, classification banner, E.O., TAGS or SUBJECT line"}});
}

}  // namespace
CABLELINT_CHECK("F908", check)
}  // namespace cablelint::check_F908
