// H202 header-order: the format lines of a transmission header come in the order of ACP 127 (spec §2.1): FL1
// VZCZC…, FL2 routing, FL3 DE, FL4 ZNY/ZNR, FL5 DTG, FL6 FM, FL7 TO, FL8 INFO; and a header with an FL1 line
// (families A, B, H and other VZCZC copies, §2.10) has FL2–FL5 as well. Missing FM/TO lines are H209's; families
// C–G start later and are not asked for FL1–FL4.
#include "check.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_H202 {
namespace {

struct Line {
    Field at;
    const char* name;
};

void check(CheckContext& ctx) {
    const Header& h = ctx.doc.header;
    const Line lines[] = {
        {h.fl1.line, "the VZCZC line (FL1)"}, {h.routing.line, "the routing line (FL2)"},
        {h.de.line, "the DE line (FL3)"},     {h.security.line, "the security line (FL4)"},
        {h.dtg.line, "the DTG line (FL5)"},   {h.fm_line, "the FM line"},
        {h.to_line, "the TO line"},           {h.info_line, "the INFO line"},
    };
    // Order: each present line must come after every present line that precedes it in ACP 127 order.
    const Line* latest = nullptr;
    for (const Line& l : lines) {
        if (!present(l.at)) continue;
        if (latest != nullptr && l.at.data() < latest->at.data()) {
            ctx.report(l.at, {{"line", l.name}, {"after", latest->name}, {"shown", wrapper_header::shown(l.at)}},
                       {ctx.related(latest->at, wrapper_header::shown(latest->at))}, "order");
            continue;   // keep `latest`: one finding per misplaced line
        }
        latest = &l;
    }
    // Lines the family needs: with FL1, FL2–FL5.
    if (!present(h.fl1.line)) return;
    // A malformed format line is H201's, not a missing one.
    auto malformed = [&](SyntaxError::FormatLine line) {
        for (const SyntaxError& e : ctx.doc.errors)
            if (e.format_line == line) return true;
        return false;
    };
    bool dtg_error = false;
    for (const SyntaxError& e : ctx.doc.errors)
        if (e.kind == SyntaxError::Kind::dtg) dtg_error = true;
    struct Need { Field at; const char* name; bool broken; };
    const Need needs[] = {
        {h.routing.line, "routing line (FL2: prosign and routing indicators)", malformed(SyntaxError::FormatLine::routing)},
        {h.de.line, "DE line (FL3)", malformed(SyntaxError::FormatLine::de)},
        {h.security.line, "security line (FL4: ZNY/ZNR)", malformed(SyntaxError::FormatLine::security)},
        {h.dtg.line, "DTG line (FL5)", dtg_error},
    };
    for (const Need& n : needs) {
        if (present(n.at) || n.broken) continue;
        ctx.report(h.fl1.line, {{"line", n.name}, {"fl1", wrapper_header::shown(h.fl1.line)}}, {}, "missing");
    }
}

}  // namespace
CABLELINT_CHECK("H202", check)
}  // namespace cablelint::check_H202
