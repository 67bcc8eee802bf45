#include "checks/decl_instruction.hpp"

#include "util.hpp"

namespace cablelint::decl {

std::string describe_span(const Date& from, const Date& to) {
    int years = to.year - from.year;
    if (add_years(from, years).yyyymmdd() > to.yyyymmdd()) --years;
    const Date base = add_years(from, years);
    int months = 0;
    auto add_months = [](const Date& d, int m) {
        int y = d.year + (d.month - 1 + m) / 12;
        int mo = (d.month - 1 + m) % 12 + 1;
        Date r{y, mo, std::min(d.day, days_in_month(y, mo))};
        return r;
    };
    while (months < 12 && add_months(base, months + 1).yyyymmdd() <= to.yyyymmdd()) ++months;
    const long days = days_from_civil(to) - days_from_civil(add_months(base, months));
    std::string out = std::to_string(years) + (years == 1 ? " year" : " years");
    if (months > 0) out += (days > 0 ? ", " : " and ") + std::to_string(months) + (months == 1 ? " month" : " months");
    if (days > 0) out += " and " + std::to_string(days) + (days == 1 ? " day" : " days");
    return out;
}

}  // namespace cablelint::decl
