// Typed date values of the model (src/document.hpp): what the grammar's date productions (grammar/dates.hpp) read,
// computed once by the parser's actions. Each value keeps the spans of its groups (views into the file) next to
// their numbers, so that checks can point at a group without re-reading the text. Calendar arithmetic is in
// src/dates.hpp.
#pragma once

#include <optional>
#include <string>

#include "util.hpp"

namespace cablelint {

using Field = std::string_view;

// A date with a time of day (UTC unless said otherwise).
struct DateTime {
    Date date;
    int hour = 0, minute = 0, second = 0;
    long minutes() const;   // minutes since 1970-01-01 00:00 (negative before)
    bool operator==(const DateTime&) const = default;
};

// The numbers of a date-time group (DD HH MM zone MON YY), each absent when its group is missing or not a number
// (the month not JAN…DEC in any case). Ranges are not checked here: day 31 of APR comes back as 31.
struct DtgValue {
    std::optional<int> day, hour, minute, month, year;   // year expanded: 09 → 2009, 66 → 1966
    char zone = 0;                                       // the zone letter as written (0 when absent)
    bool four_digit_year = false;                        // `2009` (D301: the DTG writes two digits)
    std::optional<Date> date;                            // the calendar date as written, when it exists
    std::optional<DateTime> instant;                     // the UTC instant (zone applied), when all is possible
    std::optional<int> day_of_year;                      // of the UTC instant's date (R10 compares the DE day to it)
};

// The DE line's filing time JJJHHMM: day of year, hour and minute as written (UTC, in the DTG's year).
struct FilingTime {
    int day_of_year = 0, hour = 0, minute = 0;
    bool valid_time() const { return hour <= 23 && minute <= 59; }
};

// The page's Created value YYYY-MM-DD HH:MM[:SS]: each group's span and number.
struct CreatedValue {
    Field year, month, day, hour, minute, second;   // second absent when not written
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    std::optional<DateTime> instant;                // when the date and time exist (W103 reports when not)
};

// A calendar date of a declassification instruction as written: `08/10/2019`, `8/10/19`, `2019/08/10`,
// `2019-08-10`, `08.10.2019` (grammar/dates.hpp `decl_date`: the separators `/ - .` are the grammar's).
struct DeclDate {
    enum class Order { mdy, ymd };
    Field text;                        // the date's characters
    Order order = Order::mdy;
    char separator = '/';              // the first separator
    bool mixed_separators = false;     // `2019/08-10`
    int year = 0, month = 0, day = 0;  // as written; a two-digit year expanded (15 → 2015)
    bool two_digit_year = false;
    bool padded = true;                // month and day both written with two digits
    bool valid() const { return valid_date(year, month, day); }
    Date date() const { return Date{year, month, day}; }
    // MM/DD/YYYY, the form of the format (spec §3.4); E410 reports the others.
    bool canonical() const {
        return order == Order::mdy && separator == '/' && !mixed_separators && padded && !two_digit_year;
    }
    std::string form() const;     // the written form: "YYYY/MM/DD", "M/D/YY", "MM.DD.YYYY"
    std::string problem() const;  // when not valid(): why ("there is no month 13", "APR 2019 has 30 days")
};

}  // namespace cablelint
