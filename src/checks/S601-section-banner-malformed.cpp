// S601 section-banner-malformed: SECTION N OF M with N > M, N = 0 or M = 0, or a first banner that is not
// section 01 (R29); a SECTION phrase the grammar could not read.
#include "cable_text.hpp"

namespace cablelint::check_S601 {
namespace {

void check_section(CheckContext& ctx, const Banner& b, bool first) {
    if (!present(b.section_n) || !present(b.section_m)) return;
    const auto& n = b.section_no;
    const auto& m = b.section_total;
    if (!n || !m) return;
    const Args args = {{"section", collapse_spaces(b.section)}, {"n", std::string(b.section_n)},
                       {"m", std::string(b.section_m)}};
    if (*m == 0) {
        ctx.report(b.section_m, args, {}, "zero_total");
    } else if (*n == 0) {
        ctx.report(b.section_n, args, {}, "zero");
    } else if (*n > *m) {
        ctx.report(b.section_n, args, {ctx.related(b.section_m, "the total is " + std::string(b.section_m))},
                   "beyond");
    } else if (first && *n != 1) {
        ctx.report(b.section_n, args, {}, "first");
    }
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    for (const SyntaxError& e : doc.errors) {
        if (e.kind != SyntaxError::Kind::section || !present(e.line)) continue;
        const Field line = trim(e.line);
        const std::uint32_t base = ctx.src.span_of(line).begin;
        std::uint32_t at = e.at >= base ? e.at - base : e.at;
        if (at >= line.size()) at = line.empty() ? 0 : static_cast<std::uint32_t>(line.size() - 1);
        ctx.report(line.substr(at), {{"line", collapse_spaces(line)}, {"problem", e.message}}, {}, "syntax");
    }
    check_section(ctx, doc.text.banner, true);
    for (const Banner& b : doc.text.later_banners) check_section(ctx, b, false);
}

}  // namespace
CABLELINT_CHECK("S601", check)
}  // namespace cablelint::check_S601
