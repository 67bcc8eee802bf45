// D301 dtg-malformed: the DTG is not DDHHMMZ MON YY. Reports the grammar's DTG syntax errors at the first wrong
// character, and checks the shape of each field the grammar did take (two-digit day, hour, minute and year, one zone
// letter, a three-letter month).
#include <set>

#include "check.hpp"
#include "dates.hpp"
#include "util.hpp"

namespace cablelint {
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
    if (!present(dtg.whole)) return;

    const std::string whole = collapse_spaces(dtg.whole);
    auto field = [&](Field f, bool ok, const std::string& problem) {
        if (!present(f) || ok) return;
        const std::uint32_t at = ctx.src.span_of(f).begin;
        if (!reported.insert(at).second) return;
        ctx.report(f, {{"dtg", whole}, {"problem", problem}});
    };
    field(dtg.day, dtg.day.size() == 2 && all_digits(dtg.day),
          "the day must be two digits, not `" + std::string(dtg.day) + "`");
    field(dtg.hour, dtg.hour.size() == 2 && all_digits(dtg.hour),
          "the hour must be two digits, not `" + std::string(dtg.hour) + "`");
    field(dtg.minute, dtg.minute.size() == 2 && all_digits(dtg.minute),
          "the minute must be two digits, not `" + std::string(dtg.minute) + "`");
    field(dtg.zone, dtg.zone.size() == 1 && all_letters(dtg.zone),
          "the zone must be one letter (Z), not `" + std::string(dtg.zone) + "`");
    field(dtg.month, dtg.month.size() == 3 && all_letters(dtg.month),
          "the month must be a three-letter abbreviation (JAN…DEC), not `" + std::string(dtg.month) + "`");
    if (present(dtg.year) && !(dtg.year.size() == 2 && all_digits(dtg.year))) {
        std::string problem = "the year must be two digits, not `" + std::string(dtg.year) + "`";
        if (dtg.year.size() == 4 && all_digits(dtg.year)) problem += " (write " + std::string(dtg.year.substr(2)) + ")";
        field(dtg.year, false, problem);
    }
    // A missing zone letter: the grammar may still have split the rest.
    if (!present(dtg.zone) && present(dtg.minute)) {
        const std::uint32_t at = ctx.src.span_of(dtg.minute).end;
        if (reported.insert(at).second) {
            ctx.report(Span{at, at + 1}, {{"dtg", whole}, {"problem", "the zone letter (Z) is missing after the minutes"}});
        }
    }
}

}  // namespace
CABLELINT_CHECK("D301", check)
}  // namespace cablelint
