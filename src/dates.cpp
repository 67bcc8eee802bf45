#include "dates.hpp"

#include <cstdio>

namespace cablelint {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t'; }

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

std::string month_problem(int year, int month, int day) {
    if (month < 1 || month > 12) return "there is no month " + std::to_string(month);
    if (day < 1) return "there is no day " + std::to_string(day);
    return std::string(month_abbrev(month)) + " " + std::to_string(year) + " has " +
           std::to_string(days_in_month(year, month)) + " days";
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

DtgValues dtg_values(const Dtg& dtg) {
    DtgValues v;
    if (present(dtg.day)) v.day = digits_value(dtg.day);
    if (present(dtg.hour)) v.hour = digits_value(dtg.hour);
    if (present(dtg.minute)) v.minute = digits_value(dtg.minute);
    if (present(dtg.zone) && dtg.zone.size() == 1) v.zone = dtg.zone[0];
    if (present(dtg.month)) {
        const int m = month_number(dtg.month);
        if (m != 0) v.month = m;
    }
    if (present(dtg.year)) {
        if (auto y = digits_value(dtg.year)) {
            v.two_digit_year = dtg.year.size() <= 2;
            v.year = v.two_digit_year ? expand_year(*y) : *y;
        }
    }
    return v;
}

std::optional<Dtg> split_dtg(std::string_view text) {
    Dtg d;
    std::size_t i = 0;
    while (i < text.size() && is_space(text[i])) ++i;
    const std::size_t start = i;
    if (text.size() < i + 7) return std::nullopt;
    for (std::size_t k = 0; k < 6; ++k) {
        if (!is_digit(text[i + k])) return std::nullopt;
    }
    d.day = text.substr(i, 2);
    d.hour = text.substr(i + 2, 2);
    d.minute = text.substr(i + 4, 2);
    i += 6;
    const char z = text[i];
    if (!((z >= 'A' && z <= 'Z') || (z >= 'a' && z <= 'z'))) return std::nullopt;
    d.zone = text.substr(i, 1);
    ++i;
    if (i >= text.size() || !is_space(text[i])) return std::nullopt;
    while (i < text.size() && is_space(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && ((text[j] >= 'A' && text[j] <= 'Z') || (text[j] >= 'a' && text[j] <= 'z'))) ++j;
    if (j - i != 3) return std::nullopt;
    d.month = text.substr(i, 3);
    i = j;
    if (i >= text.size() || !is_space(text[i])) return std::nullopt;
    while (i < text.size() && is_space(text[i])) ++i;
    j = i;
    while (j < text.size() && is_digit(text[j])) ++j;
    if (j - i != 2 && j - i != 4) return std::nullopt;
    if (j < text.size() && !is_space(text[j]) && text[j] != '\r' && text[j] != '\n') return std::nullopt;
    d.year = text.substr(i, j - i);
    d.whole = text.substr(start, j - start);
    return d;
}

std::string dtg_problem(const DtgValues& v) {
    if (!v.month) return "the month is not JAN…DEC";
    if (v.day && v.year && !valid_date(*v.year, *v.month, *v.day)) {
        if (*v.day == 0) return "there is no day 00";
        return month_problem(*v.year, *v.month, *v.day);
    }
    if (v.hour && *v.hour > 23) return "hour " + two(*v.hour) + " is after 23";
    if (v.minute && *v.minute > 59) return "minute " + two(*v.minute) + " is after 59";
    return "";
}

std::optional<Date> dtg_date(const Dtg& dtg) {
    const DtgValues v = dtg_values(dtg);
    if (!v.day || !v.month || !v.year || !valid_date(*v.year, *v.month, *v.day)) return std::nullopt;
    return Date{*v.year, *v.month, *v.day};
}

std::optional<DateTime> dtg_instant(const Dtg& dtg) {
    const DtgValues v = dtg_values(dtg);
    const auto date = dtg_date(dtg);
    if (!date || !v.hour || !v.minute || *v.hour > 23 || *v.minute > 59) return std::nullopt;
    const char zone = v.zone == 0 ? 'Z' : static_cast<char>(v.zone >= 'a' && v.zone <= 'z' ? v.zone - 32 : v.zone);
    const auto offset = zone_offset_hours(zone);
    if (!offset) return std::nullopt;
    // Local time − offset = UTC.
    const long m = days_from_civil(*date) * 1440L + *v.hour * 60L + *v.minute - *offset * 60L;
    const long days = m >= 0 ? m / 1440 : -((-m + 1439) / 1440);
    const long rem = m - days * 1440;
    DateTime t;
    t.date = civil_from_days(days);
    t.hour = static_cast<int>(rem / 60);
    t.minute = static_cast<int>(rem % 60);
    return t;
}

// ---------------------------------------------------------------------------------------------------------------

std::optional<JulianTime> parse_julian(std::string_view text) {
    if (text.size() != 7) return std::nullopt;
    for (char c : text) {
        if (!is_digit(c)) return std::nullopt;
    }
    return JulianTime{*digits_value(text.substr(0, 3)), *digits_value(text.substr(3, 2)), *digits_value(text.substr(5, 2))};
}

// ---------------------------------------------------------------------------------------------------------------

std::optional<DateTime> parse_created(std::string_view text) {
    text = trim(text);
    // YYYY-MM-DD HH:MM[:SS]
    if (text.size() != 16 && text.size() != 19) return std::nullopt;
    auto num = [&](std::size_t at, std::size_t n) { return digits_value(text.substr(at, n)); };
    if (text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':') return std::nullopt;
    if (text.size() == 19 && text[16] != ':') return std::nullopt;
    const auto y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2);
    const auto s = text.size() == 19 ? num(17, 2) : std::optional<int>(0);
    if (!y || !mo || !d || !h || !mi || !s) return std::nullopt;
    if (!valid_date(*y, *mo, *d) || *h > 23 || *mi > 59 || *s > 59) return std::nullopt;
    return DateTime{Date{*y, *mo, *d}, *h, *mi, *s};
}

// ---------------------------------------------------------------------------------------------------------------

std::string DateText::problem() const {
    if (valid()) return "";
    return month_problem(year, month, day);
}

std::optional<DateText> read_date(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && is_space(text[i])) ++i;
    const std::size_t start = i;
    // Up to three digit groups joined by one separator kind.
    std::string_view groups[3];
    char sep = 0;
    for (int g = 0; g < 3; ++g) {
        std::size_t j = i;
        while (j < text.size() && is_digit(text[j])) ++j;
        if (j == i || j - i > 4) return std::nullopt;
        groups[g] = text.substr(i, j - i);
        i = j;
        if (g < 2) {
            if (i >= text.size() || (text[i] != '/' && text[i] != '-')) return std::nullopt;
            if (sep == 0) sep = text[i];
            if (text[i] != sep) return std::nullopt;
            ++i;
        }
    }
    if (i < text.size()) {
        const char c = text[i];
        if (!(is_space(c) || c == '\r' || c == '\n' || c == '.' || c == ',' || c == ';' || c == ')')) return std::nullopt;
        // "08/10/2019." is fine, "08/10/2019.5" is not.
        if (c == '.' && i + 1 < text.size() && is_digit(text[i + 1])) return std::nullopt;
    }
    DateText d;
    d.text = text.substr(start, i - start);
    if (groups[0].size() == 4) {
        // YYYY/MM/DD or YYYY-MM-DD: month and day with one or two digits.
        if (groups[1].size() > 2 || groups[2].size() > 2) return std::nullopt;
        d.form = sep == '/' ? DateForm::ymd_slash : DateForm::ymd_dash;
        d.year = *digits_value(groups[0]);
        d.month = *digits_value(groups[1]);
        d.day = *digits_value(groups[2]);
        d.padded = groups[1].size() == 2 && groups[2].size() == 2;
        return d;
    }
    // M/D/YYYY, MM/DD/YYYY, M/D/YY (slashes only).
    if (sep != '/' || groups[0].size() > 2 || groups[1].size() > 2) return std::nullopt;
    if (groups[2].size() != 2 && groups[2].size() != 4) return std::nullopt;
    d.form = DateForm::mdy;
    d.month = *digits_value(groups[0]);
    d.day = *digits_value(groups[1]);
    const int y = *digits_value(groups[2]);
    d.two_digit_year = groups[2].size() == 2;
    d.year = d.two_digit_year ? expand_year(y) : y;
    d.padded = groups[0].size() == 2 && groups[1].size() == 2;
    return d;
}

std::optional<DateText> parse_date(std::string_view text) {
    text = trim(text);
    auto d = read_date(text);
    if (!d || d->text.size() != text.size()) return std::nullopt;
    return d;
}

}  // namespace cablelint
