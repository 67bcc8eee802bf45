// W107 created-dtg-mismatch (R1): the page Created value (UTC) equals the DTG instant. Option `compare` sets how
// much of it: `date`, `hour` (default: one published page layout shows the 12-hour clock hour in the minutes field)
// or `minute`. Majority blame: the DE line's filing day and hour vote. The finding points at the first differing
// group of Created, with the DTG (and the DE line when it agrees with the DTG) as related locations, unless the DE
// line agrees with Created and not with the DTG: then the DTG is the odd one out and is pointed at. With no DE vote,
// Created (derived from the DTG, R1) is pointed at and the message says so.
#include "check.hpp"
#include "checks/wrapper_header.hpp"
#include "dates.hpp"

namespace cablelint::check_W107 {
namespace {

enum class Granularity { date, hour, minute };

void check(CheckContext& ctx) {
    const Field created = ctx.doc.wrapper.created;
    const Dtg& g = ctx.doc.header.dtg.dtg;
    if (!present(created) || !present(g.whole)) return;
    const auto& c = ctx.doc.wrapper.created_value;
    if (!c || !c->instant) return;                       // W103
    const auto& utc_at = g.value.instant;
    if (!utc_at) return;                                 // D301/D302

    const std::string mode = ctx.option_string("compare", "hour");
    const Granularity gran = iequals(mode, "date") ? Granularity::date
                             : iequals(mode, "minute") ? Granularity::minute
                                                       : Granularity::hour;

    // Created vs the DTG in UTC, group by group.
    struct Group { const char* name; int created, dtg; Field created_text; };
    const Group groups[] = {
        {"year", c->y, utc_at->date.year, c->year},
        {"month", c->mo, utc_at->date.month, c->month},
        {"day", c->d, utc_at->date.day, c->day},
        {"hour", c->h, utc_at->hour, c->hour},
        {"minute", c->mi, utc_at->minute, c->minute},
    };
    const int n = gran == Granularity::date ? 3 : gran == Granularity::hour ? 4 : 5;
    int first = -1;
    for (int i = 0; i < n; ++i) {
        if (groups[i].created != groups[i].dtg) {
            first = i;
            break;
        }
    }
    if (first < 0) return;

    const std::string utc = iso_date_time(*utc_at);
    const std::string created_str = wrapper_header::shown(created);
    const std::string dtg_str = wrapper_header::shown(g.whole);
    Args args = {{"created", created_str}, {"dtg", dtg_str}, {"utc", utc}, {"part", groups[first].name}};

    // Majority blame: the DE line's filing time (day of year + HHMM of the DTG year) votes, to the compared
    // granularity (date or hour; its minutes legitimately differ, R11).
    const DeLine& de = ctx.doc.header.de;
    bool de_created = false, de_dtg = false;
    const std::string jjjhhmm = present(de.julian) ? std::string(de.julian) + (present(de.time) ? std::string(de.time) : "") : "";
    if (de.filed && first <= 3) {
        const int de_doy = de.filed->day_of_year, de_h = de.filed->hour;
        const int c_doy = day_of_year(c->instant->date);
        const int d_doy = *g.value.day_of_year;
        de_created = c->y == utc_at->date.year && de_doy == c_doy && (gran == Granularity::date || de_h == c->h);
        de_dtg = de_doy == d_doy && (gran == Granularity::date || de_h == utc_at->hour);
    }
    const std::string de_str = present(de.line) ? wrapper_header::shown(de.line) : "";
    const std::string de_label = "DE filing time " + jjjhhmm;
    if (de_created && !de_dtg) {
        // Point at the DTG group that differs: day, hour (or month/year).
        Field at = g.whole;
        if (first == 0) at = g.year;
        else if (first == 1) at = g.month;
        else if (first == 2) at = g.day;
        else if (first == 3) at = g.hour;
        if (!present(at)) at = g.whole;
        args.push_back({"de", de_str});
        ctx.report(at, args, {ctx.related(created, "page Created " + created_str), ctx.related(de.julian, de_label)},
                   "dtg");
        return;
    }
    std::vector<Related> rel = {ctx.related(g.whole, "DTG " + dtg_str + " = " + utc + " UTC")};
    if (de_dtg && !de_created) {
        args.push_back({"why", ", which the DE filing time (" + de_str + ") confirms"});
        rel.push_back(ctx.related(de.julian, de_label));
    } else {
        args.push_back({"why", "; Created is derived from the DTG (R1), so it is the likelier error"});
    }
    ctx.report(groups[first].created_text, args, rel);
}

}  // namespace
CABLELINT_CHECK("W107", check)
}  // namespace cablelint::check_W107
