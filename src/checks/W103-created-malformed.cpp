// W103 created-malformed: the page Created value is not `YYYY-MM-DD HH:MM[:SS]` (the grammar's strict sub-grammar
// records where it failed) or names a date or time that does not exist (31 Feb, hour 24, minute 60).
#include "check.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint {
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
    if (!present(created)) {
        // A Created value in a shape the grammar did not take for one (`2009/08/10 14:02`): the value line right
        // after the identifier that starts with a digit and is not recognised as anything else.
        const Wrapper& w = ctx.doc.wrapper;
        for (std::size_t i = 0; i + 1 < w.values.size(); ++i) {
            if (w.values[i].kind != Wrapper::ValueKind::identifier) continue;
            const Wrapper::Value& next = w.values[i + 1];
            const Field v = wrapper_header::trimmed(next.line);
            if (next.kind != Wrapper::ValueKind::origin || v.empty() || !wrapper_header::is_digit(v[0])) break;
            if (wrapper_header::parse_page_classification(v)) break;
            const auto [at, expected] = wrapper_header::created_shape_error(v);
            if (at == std::string_view::npos) break;
            const std::uint32_t off = ctx.src.span_of(v).begin + static_cast<std::uint32_t>(at);
            ctx.report(Span{off, off + 1}, {{"created", wrapper_header::shown(v)}, {"problem", std::string("expected ") + expected}});
            break;
        }
        return;
    }
    const auto c = wrapper_header::parse_created(created);
    if (!c) return;   // the grammar accepted a shape this check does not know: leave it to the grammar
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
}  // namespace cablelint
