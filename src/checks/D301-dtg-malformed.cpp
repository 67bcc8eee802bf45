// D301 dtg-malformed: the DTG is not DDHHMMZ MON YY. Reports the grammar's DTG syntax errors at the first wrong
// character, and a four-digit year (which the grammar reads, so that the date checks still run) at its third digit,
// where a two-digit year would have ended.
#include <set>

#include "check.hpp"
#include "util.hpp"

namespace cablelint::check_D301 {
namespace {

void check(CheckContext& ctx) {
    std::set<std::uint32_t> reported;
    const Dtg& dtg = ctx.doc.header.dtg.dtg;

    for (const SyntaxError& e : ctx.doc.errors) {
        if (e.kind != SyntaxError::Kind::dtg) continue;
        if (!reported.insert(e.at).second) continue;
        const std::string shown = present(dtg.whole) ? collapse_spaces(dtg.whole) : collapse_spaces(e.line);
        ctx.report(ctx.src.token_at(e.at), {{"dtg", shown}, {"problem", e.message}}, {}, "syntax");
    }
    if (present(dtg.whole) && dtg.value.four_digit_year) {
        ctx.report(dtg.year.substr(2), {{"dtg", collapse_spaces(dtg.whole)},
                                        {"problem", "the year of a date-time group has two digits"}});
    }
}

}  // namespace
CABLELINT_CHECK("D301", check)
}  // namespace cablelint::check_D301
