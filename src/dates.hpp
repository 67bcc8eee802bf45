// Dates and instants as cables write them: the DTG (`101402Z AUG 09`), the DE line's filing time (`2221402`),
// the page's Created value (`2009-08-10 14:02:00`) and declassification dates (`08/10/2019`, `8/10/19`,
// `2019/08/10`, `2019-08-10`). Shared by the D, E and W rules. All instants are UTC, proleptic Gregorian.
//
// The parsers here work on text and separate *shape* from *validity*: a DECL date `02/30/2019` has the shape of a
// date but is not a calendar date; `011/2/2019` does not have the shape. Rules report the two differently.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "document.hpp"
#include "util.hpp"

namespace cablelint {

// A date with a time of day (UTC unless said otherwise).
struct DateTime {
    Date date;
    int hour = 0, minute = 0, second = 0;
    long minutes() const;   // minutes since 1970-01-01 00:00 (negative before)
    bool operator==(const DateTime&) const = default;
};

Date add_days(const Date& d, long days);
// The same month and day `years` later (29 FEB → 28 FEB in a common year).
Date add_years(const Date& d, int years);
// The date of day-of-year `doy` (1..366) of `year`; nullopt when the year has no such day.
std::optional<Date> date_from_day_of_year(int year, int doy);
// "10 AUG 09" (DTG style) and "2009-08-10" (ISO) renderings.
std::string dtg_style(const Date& d);
std::string iso_date(const Date& d);
std::string iso_date_time(const DateTime& t);   // "2009-08-10 14:02"

// ---------------------------------------------------------------------------------------------------------------
// DTG: DD HH MM zone SP MON SP YY

// The UTC offset in hours of a military time-zone letter (`Z` 0, `A` +1 … `M` +12 without J, `N` −1 … `Y` −12);
// nullopt for J, lower case and anything else.
std::optional<int> zone_offset_hours(char zone);

// The numbers of a DTG, each nullopt when its text is not all digits (or the month not a known abbreviation).
// Ranges are NOT checked: day 31 of APR comes back as 31.
struct DtgValues {
    std::optional<int> day, hour, minute, month, year;   // year expanded (09 → 2009, 66 → 1966)
    char zone = 0;                                       // the zone letter as written (0 when absent)
    bool two_digit_year = true;
};
DtgValues dtg_values(const Dtg& dtg);
// Parse a DTG text such as "101402Z AUG 09" or "291359Z Nov 00" (month case-insensitive, runs of spaces allowed)
// into fields viewing `text`; nullopt when it does not have that shape.
std::optional<Dtg> split_dtg(std::string_view text);

// The first impossibility of a DTG (day not in the month, hour > 23, minute > 59, unknown month), as a phrase for a
// message ("APR 2009 has 30 days"); empty when the values are possible. The zone letter is not judged here.
std::string dtg_problem(const DtgValues& v);

// The DTG's calendar date / UTC instant (zone offset applied); nullopt when any value is missing or impossible.
std::optional<Date> dtg_date(const Dtg& dtg);
std::optional<DateTime> dtg_instant(const Dtg& dtg);

// ---------------------------------------------------------------------------------------------------------------
// DE line filing time: JJJHHMM (day of year, hour, minute), in the year of the DTG.

struct JulianTime {
    int day_of_year = 0, hour = 0, minute = 0;
};
// "2221402" → {222, 14, 2}; nullopt unless exactly seven digits.
std::optional<JulianTime> parse_julian(std::string_view text);

// ---------------------------------------------------------------------------------------------------------------
// Page Created: YYYY-MM-DD HH:MM[:SS]

// nullopt when the shape is wrong or the values are impossible.
std::optional<DateTime> parse_created(std::string_view text);

// ---------------------------------------------------------------------------------------------------------------
// Declassification dates

enum class DateForm {
    mdy,        // M/D/YYYY or MM/DD/YYYY, and M/D/YY (two_digit_year)
    ymd_slash,  // YYYY/MM/DD
    ymd_dash,   // YYYY-MM-DD
};

struct DateText {
    std::string_view text;   // the characters the date was read from (a view into the input)
    DateForm form = DateForm::mdy;
    int year = 0, month = 0, day = 0;   // as written; year expanded when two digits (15 → 2015)
    bool two_digit_year = false;
    bool padded = true;                 // month and day both written with two digits
    bool valid() const { return valid_date(year, month, day); }
    Date date() const { return Date{year, month, day}; }
    bool canonical() const { return form == DateForm::mdy && padded && !two_digit_year; }   // MM/DD/YYYY
    // When not valid(): why, as a phrase ("there is no month 13", "APR 2019 has 30 days").
    std::string problem() const;
};

// Read a date of one of the DECL forms at the start of `text` (leading white space is skipped). The date must end
// at the end of `text`, at white space or at one of `.,;)`; nullopt when there is no such date. Shape only: the
// result may be invalid().
std::optional<DateText> read_date(std::string_view text);
// The whole of `text` (trimmed) is one date.
std::optional<DateText> parse_date(std::string_view text);

}  // namespace cablelint
