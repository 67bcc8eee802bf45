#include "dates.hpp"

#include <cstdio>
#include <cstdlib>

namespace cablelint {

namespace {

std::optional<int> digits_value(std::string_view s) {
    const auto v = to_int(s);
    if (!v) return std::nullopt;
    return static_cast<int>(*v);
}

// Inverse of days_from_civil (Howard Hinnant's algorithm).
Date civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Date{static_cast<int>(m <= 2 ? y + 1 : y), static_cast<int>(m), static_cast<int>(d)};
}

std::string two(int v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", v % 100);
    return buf;
}

}  // namespace

long DateTime::minutes() const { return days_from_civil(date) * 1440L + hour * 60L + minute; }

Date add_days(const Date& d, long days) { return civil_from_days(days_from_civil(d) + days); }

Date add_years(const Date& d, int years) {
    Date r{d.year + years, d.month, d.day};
    const int dim = days_in_month(r.year, r.month);
    if (r.day > dim) r.day = dim;
    return r;
}

std::optional<Date> date_from_day_of_year(int year, int doy) {
    if (doy < 1 || doy > (is_leap(year) ? 366 : 365)) return std::nullopt;
    return add_days(Date{year, 1, 1}, doy - 1);
}

std::string dtg_style(const Date& d) { return two(d.day) + " " + month_abbrev(d.month) + " " + two(d.year); }

std::string iso_date(const Date& d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string iso_date_time(const DateTime& t) {
    char buf[16];
    std::snprintf(buf, sizeof buf, " %02d:%02d", t.hour, t.minute);
    return iso_date(t.date) + buf;
}

// ---------------------------------------------------------------------------------------------------------------

std::optional<int> zone_offset_hours(char z) {
    if (z == 'Z') return 0;
    if (z >= 'A' && z <= 'I') return z - 'A' + 1;    // A +1 … I +9
    if (z >= 'K' && z <= 'M') return z - 'K' + 10;   // K +10 … M +12
    if (z >= 'N' && z <= 'Y') return -(z - 'N' + 1); // N −1 … Y −12
    return std::nullopt;
}

DtgValue dtg_value(const Dtg& dtg) {
    DtgValue v;
    if (present(dtg.day)) v.day = digits_value(dtg.day);
    if (present(dtg.hour)) v.hour = digits_value(dtg.hour);
    if (present(dtg.minute)) v.minute = digits_value(dtg.minute);
    if (present(dtg.zone) && dtg.zone.size() == 1) v.zone = dtg.zone[0];
    if (present(dtg.month)) {
        if (const int m = month_number(dtg.month); m != 0) v.month = m;
    }
    if (present(dtg.year)) {
        if (const auto y = digits_value(dtg.year)) {
            v.four_digit_year = dtg.year.size() == 4;
            v.year = v.four_digit_year ? *y : expand_year(*y);
        }
    }
    if (!v.day || !v.month || !v.year || !valid_date(*v.year, *v.month, *v.day)) return v;
    v.date = Date{*v.year, *v.month, *v.day};
    if (!v.hour || !v.minute || *v.hour > 23 || *v.minute > 59) return v;
    // A lower-case zone in a lower-cased transcription is the same letter; no zone at all is read as Z.
    const char zone = v.zone == 0 ? 'Z' : static_cast<char>(v.zone >= 'a' && v.zone <= 'z' ? v.zone - 32 : v.zone);
    const auto offset = zone_offset_hours(zone);
    if (!offset) return v;
    // Local time − offset = UTC.
    const long m = days_from_civil(*v.date) * 1440L + *v.hour * 60L + *v.minute - *offset * 60L;
    const long days = m >= 0 ? m / 1440 : -((-m + 1439) / 1440);
    const long rem = m - days * 1440;
    DateTime t;
    t.date = civil_from_days(days);
    t.hour = static_cast<int>(rem / 60);
    t.minute = static_cast<int>(rem % 60);
    v.instant = t;
    v.day_of_year = day_of_year(t.date);
    return v;
}

std::optional<DateTime> filing_instant(const FilingTime& filed, const DateTime& dtg) {
    if (!filed.valid_time()) return std::nullopt;
    std::optional<DateTime> best;
    for (int y : {dtg.date.year, dtg.date.year + 1, dtg.date.year - 1}) {
        if (const auto d = date_from_day_of_year(y, filed.day_of_year)) {
            const DateTime cand{*d, filed.hour, filed.minute, 0};
            if (!best || std::labs(cand.minutes() - dtg.minutes()) < std::labs(best->minutes() - dtg.minutes())) {
                best = cand;
            }
        }
    }
    return best;
}

// ---------------------------------------------------------------------------------------------------------------

std::string date_problem(int year, int month, int day) {
    if (valid_date(year, month, day)) return "";
    if (month < 1 || month > 12) return "there is no month " + std::to_string(month);
    if (day < 1) return "there is no day " + std::to_string(day);
    return std::string(month_abbrev(month)) + " " + std::to_string(year) + " has " +
           std::to_string(days_in_month(year, month)) + " days";
}

std::string DeclDate::problem() const { return date_problem(year, month, day); }

std::string DeclDate::form() const {
    // The written text with each digit replaced by the letter of its group: "8/10/19" → "M/DD/YY".
    std::string out;
    int group = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            const char letters[2][3] = {{'M', 'D', 'Y'}, {'Y', 'M', 'D'}};
            out.push_back(letters[order == Order::ymd ? 1 : 0][group]);
        } else {
            out.push_back(c);
            ++group;
        }
    }
    return out;
}

}  // namespace cablelint
