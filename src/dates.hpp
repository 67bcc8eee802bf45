// Calendar arithmetic on the typed date values of the model (src/date_values.hpp): days and years, days of the
// year, UTC instants of DTGs and filing times, renderings for messages. All instants are UTC, proleptic Gregorian.
//
// No text is parsed here: the grammar's date productions (grammar/dates.hpp) are the one reading of each date field,
// and the parser's actions call dtg_value() once to compute a DTG's numbers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "document.hpp"
#include "util.hpp"

namespace cablelint {

Date add_days(const Date& d, long days);
// The same month and day `years` later (29 FEB → 28 FEB in a common year).
Date add_years(const Date& d, int years);
// The date of day-of-year `doy` (1..366) of `year`; nullopt when the year has no such day.
std::optional<Date> date_from_day_of_year(int year, int doy);
// "10 AUG 09" (DTG style) and "2009-08-10" (ISO) renderings.
std::string dtg_style(const Date& d);
std::string iso_date(const Date& d);
std::string iso_date_time(const DateTime& t);   // "2009-08-10 14:02"
// "there is no month 13", "APR 2019 has 30 days" (empty when the date exists).
std::string date_problem(int year, int month, int day);

// The UTC offset in hours of a military time-zone letter (`Z` 0, `A` +1 … `M` +12 without J, `N` −1 … `Y` −12);
// nullopt for J, lower case and anything else.
std::optional<int> zone_offset_hours(char zone);

// The numbers, date and UTC instant of a DTG from the groups the grammar matched (computed once, by the parser).
DtgValue dtg_value(const Dtg& dtg);

// The instant of a DE filing time: its day of year in the DTG's year, or in the next or previous year when that is
// nearer to the DTG (a DTG on 31 DEC filed on day 001). nullopt when no such day or time exists.
std::optional<DateTime> filing_instant(const FilingTime& filed, const DateTime& dtg);

// A DECL date at the start of `text` (leading white space skipped), read by the grammar's `decl_date` production
// (defined in src/parse.cpp, beside the grammar's actions); nullopt when `text` does not start with one. For the
// dates an instruction carries after other words (`GDS 8/12/85`, `25X1, 10/10/2034`).
std::optional<DeclDate> read_decl_date(std::string_view text);

}  // namespace cablelint
