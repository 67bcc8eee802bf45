// W103 created-malformed: the page Created value is not `YYYY-MM-DD HH:MM[:SS]` (the grammar's strict sub-grammar
// records where it failed; any wrapper value that starts with a digit and is no identifier is read as Created) or
// names a date or time that does not exist (31 Feb, hour 24, minute 60).
#include "check.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_W103 {
namespace {

void check(CheckContext& ctx) {
    const Field created = ctx.doc.wrapper.created;
    bool syntax = false;
    for (const SyntaxError& e : ctx.doc.errors) {
        if (e.kind != SyntaxError::Kind::created) continue;
        syntax = true;
        const Field value = present(created) ? created : e.line;
        ctx.report(Span{e.at, e.at + 1}, {{"created", wrapper_header::shown(value)}, {"problem", e.message}});
    }
    if (syntax) return;
    const auto& c = ctx.doc.wrapper.created_value;
    if (!c || c->instant) return;   // absent, or a real date and time
    const std::string shown = wrapper_header::shown(created);
    auto bad = [&](Field at, std::string problem) {
        ctx.report(at, {{"created", shown}, {"problem", std::move(problem)}}, {}, "invalid");
    };
    if (c->mo < 1 || c->mo > 12) {
        bad(c->month, "there is no month " + std::string(c->month));
    } else if (!valid_date(c->y, c->mo, c->d)) {
        bad(c->day, std::string(month_abbrev(c->mo)) + " " + std::to_string(c->y) + " has " +
                        std::to_string(days_in_month(c->y, c->mo)) + " days, not day " + std::string(c->day));
    }
    if (c->h > 23) bad(c->hour, "hour " + std::string(c->hour) + " is above 23");
    if (c->mi > 59) bad(c->minute, "minute " + std::string(c->minute) + " is above 59");
    if (present(c->second) && c->s > 59) bad(c->second, "second " + std::string(c->second) + " is above 59");
}

}  // namespace
CABLELINT_CHECK("W103", check)
}  // namespace cablelint::check_W103
