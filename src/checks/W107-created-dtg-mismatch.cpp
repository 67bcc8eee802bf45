// W107 created-dtg-mismatch (R1): the page Created value (UTC) equals the DTG instant. Option `compare` sets how
// much of it: `date`, `hour` (default: one published page layout shows the 12-hour clock hour in the minutes field)
// or `minute`. The finding points at the first differing group of Created, unless the DE line's filing day and time
// agree with Created and not with the DTG: then the DTG is the odd one out and is pointed at.
#include "check.hpp"
#include "checks/wh_support.hpp"

namespace cablelint {
namespace {

enum class Granularity { date, hour, minute };

void check(CheckContext& ctx) {
    const Field created = ctx.doc.wrapper.created;
    const Dtg& g = ctx.doc.header.dtg.dtg;
    if (!present(created) || !present(g.whole)) return;
    const auto c = wh::parse_created(created);
    if (!c || !wh::created_valid(*c)) return;            // W103
    const auto d = wh::dtg_value(g);
    if (!d) return;                                      // D301/D302

    const std::string mode = ctx.option_string("compare", "hour");
    const Granularity gran = iequals(mode, "date") ? Granularity::date
                             : iequals(mode, "minute") ? Granularity::minute
                                                       : Granularity::hour;

    // Created vs the DTG in UTC, group by group.
    struct Group { const char* name; int created, dtg; Field created_text; };
    const Group groups[] = {
        {"year", c->y, d->utc_date.year, c->year},
        {"month", c->mo, d->utc_date.month, c->month},
        {"day", c->d, d->utc_date.day, c->day},
        {"hour", c->h, d->utc_hour, c->hour},
        {"minute", c->mi, d->utc_minute, c->minute},
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

    const std::string utc = wh::iso(d->utc_date) + " " + wh::two(d->utc_hour) + ":" + wh::two(d->utc_minute);
    const std::string created_str = wh::shown(created);
    const std::string dtg_str = wh::shown(g.whole);
    const Args args = {{"created", created_str}, {"dtg", dtg_str}, {"utc", utc}, {"part", groups[first].name}};

    // Tie-break with the DE line's filing time (day of year + HHMM of the DTG year): when it agrees with Created
    // (to the compared granularity) but not with the DTG, the DTG is the field in error.
    const DeLine& de = ctx.doc.header.de;
    if (present(de.julian) && present(de.time) && first <= 3) {
        const auto jday = to_int(de.julian), hhmm = to_int(de.time);
        if (jday && hhmm && de.time.size() == 4) {
            const int de_doy = static_cast<int>(*jday), de_h = static_cast<int>(*hhmm / 100);
            const int c_doy = day_of_year(Date{c->y, c->mo, c->d});
            const bool year_ok = c->y == d->utc_date.year;
            const bool de_matches_created = year_ok && de_doy == c_doy && (gran == Granularity::date || de_h == c->h);
            if (de_matches_created) {
                // Point at the DTG group that differs: day, hour (or month/year).
                Field at = g.whole;
                if (first == 0) at = g.year;
                else if (first == 1) at = g.month;
                else if (first == 2) at = g.day;
                else if (first == 3) at = g.hour;
                if (!present(at)) at = g.whole;
                Args a2 = args;
                a2.push_back({"de", wh::shown(de.line)});
                ctx.report(at, a2,
                           {ctx.related(created, "page Created " + created_str),
                            ctx.related(de.line, "DE filing time " + std::string(de.julian) + std::string(de.time))},
                           "dtg");
                return;
            }
        }
    }
    ctx.report(groups[first].created_text, args, {ctx.related(g.whole, "DTG " + dtg_str + " = " + utc + " UTC")});
}

}  // namespace
CABLELINT_CHECK("W107", check)
}  // namespace cablelint
