// D302 dtg-invalid: DTG values that cannot be (R12): a day the month does not have in that year, hour > 23,
// minute > 59, a month that is not JAN…DEC, a zone letter that is not a military time zone. A real zone letter
// other than Z is a soft finding: every State cable uses Z.
#include "check.hpp"
#include "dates.hpp"
#include "util.hpp"

namespace cablelint::check_D302 {
namespace {


std::string two(long v) {
    std::string s = std::to_string(v);
    return s.size() < 2 ? "0" + s : s;
}

void check(CheckContext& ctx) {
    const Dtg& dtg = ctx.doc.header.dtg.dtg;
    if (!present(dtg.whole)) return;
    const std::string whole = collapse_spaces(dtg.whole);
    const DtgValue& v = dtg.value;   // the grammar gives each group its shape (D301); the values are judged here

    if (!v.month) {
        ctx.report(dtg.month, {{"dtg", whole}, {"problem", "`" + std::string(dtg.month) + "` is not a month (JAN…DEC)"}});
    }
    if (v.day) {
        const int day = *v.day;
        if (day == 0) {
            ctx.report(dtg.day, {{"dtg", whole}, {"problem", "there is no day 00"}});
        } else if (day > 31) {
            ctx.report(dtg.day, {{"dtg", whole}, {"problem", "no month has " + two(day) + " days"}});
        } else if (v.month && v.year && !v.date) {
            std::string problem = std::string(month_abbrev(*v.month)) + " " + std::to_string(*v.year) + " has " +
                                  std::to_string(days_in_month(*v.year, *v.month)) + " days";
            if (*v.month == 2 && day == 29) problem += " (" + std::to_string(*v.year) + " is not a leap year)";
            ctx.report(dtg.day, {{"dtg", whole}, {"problem", problem}});
        }
    }
    if (v.hour && *v.hour > 23) {
        ctx.report(dtg.hour, {{"dtg", whole}, {"problem", "hour " + two(*v.hour) + " is after 23"}});
    }
    if (v.minute && *v.minute > 59) {
        ctx.report(dtg.minute, {{"dtg", whole}, {"problem", "minute " + two(*v.minute) + " is after 59"}});
    }
    if (v.zone != 0) {
        const char z = v.zone;
        if (z == 'Z') {
            // the norm
        } else if (z >= 'a' && z <= 'z') {
            // lower case zone in a lower-cased transcription: the letter itself is judged upper-cased
            const char up = static_cast<char>(z - 32);
            if (up != 'Z' && !zone_offset_hours(up)) {
                ctx.report(dtg.zone, {{"dtg", whole}, {"zone", std::string(1, z)}}, {}, "zone-unknown");
            } else if (up != 'Z') {
                const int off = *zone_offset_hours(up);
                ctx.report(dtg.zone, {{"dtg", whole}, {"zone", std::string(1, z)},
                                      {"offset", (off >= 0 ? "+" : "") + std::to_string(off)}},
                           {}, "zone", true);
            }
        } else if (auto off = zone_offset_hours(z)) {
            ctx.report(dtg.zone, {{"dtg", whole}, {"zone", std::string(1, z)},
                                  {"offset", (*off >= 0 ? "+" : "") + std::to_string(*off)}},
                       {}, "zone", true);
        } else {
            ctx.report(dtg.zone, {{"dtg", whole}, {"zone", std::string(1, z)}}, {}, "zone-unknown");
        }
    }
}

}  // namespace
CABLELINT_CHECK("D302", check)
}  // namespace cablelint::check_D302
