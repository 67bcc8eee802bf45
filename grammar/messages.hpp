// What the grammar expected at each point where a strict field can fail: one message per must<> part.
// The parser's control (src/parse.cpp) refuses to compile a must<> part without a message here.
#pragma once

#include "fields.hpp"
#include "text.hpp"

namespace cablelint::grammar {

template <typename Rule>
inline constexpr const char* error_message = nullptr;

#define CABLELINT_MESSAGE(rule, text) \
    template <>                       \
    inline constexpr const char* error_message<rule> = text;

// Date-time group
CABLELINT_MESSAGE(dtg_hour, "expected the two-digit hour after the day (DDHHMMZ)")
CABLELINT_MESSAGE(dtg_minute, "expected the two-digit minute after the hour (DDHHMMZ)")
CABLELINT_MESSAGE(dtg_zone, "expected the time-zone letter (Z) after the minutes")
CABLELINT_MESSAGE(dtg_gap, "expected one space between the parts of the date-time group")
CABLELINT_MESSAGE(dtg_month, "expected a three-letter month (JAN … DEC)")
CABLELINT_MESSAGE(dtg_year, "expected a two-digit year")
CABLELINT_MESSAGE(dtg_year_end, "the year of a date-time group has two digits")

// DECL dates
CABLELINT_MESSAGE(date_sep, "expected '/' (or '-', '.') between the parts of the date")
CABLELINT_MESSAGE(date_middle, "expected one or two digits for the day or month")
CABLELINT_MESSAGE(date_last, "expected the two- or four-digit year of the date")
CABLELINT_MESSAGE(date_ymd_day, "expected one or two digits for the day")
CABLELINT_MESSAGE(date_end, "too many digits at the end of the date")
CABLELINT_MESSAGE(decl_colon, "expected ':' after DECL")

// Reference id and Created
CABLELINT_MESSAGE(id_origin, "expected the origin (capital letters) after the two-digit year")
CABLELINT_MESSAGE(id_serial, "expected the serial number (digits) after the origin")
CABLELINT_MESSAGE(id_end, "expected the end of the identifier after the serial number")
CABLELINT_MESSAGE(created_year_digit, "expected a four-digit year (YYYY-MM-DD)")
CABLELINT_MESSAGE(created_date_sep, "expected '-' in the date YYYY-MM-DD")
CABLELINT_MESSAGE(created_month, "expected a two-digit month (YYYY-MM-DD)")
CABLELINT_MESSAGE(created_day, "expected a two-digit day (YYYY-MM-DD)")
CABLELINT_MESSAGE(created_gap, "expected one space between the date and the time")
CABLELINT_MESSAGE(created_hour, "expected a two-digit hour (HH:MM:SS)")
CABLELINT_MESSAGE(created_time_sep, "expected ':' in the time HH:MM:SS")
CABLELINT_MESSAGE(created_minute, "expected two-digit minutes (HH:MM:SS)")
CABLELINT_MESSAGE(created_second, "expected two-digit seconds (HH:MM:SS)")
CABLELINT_MESSAGE(created_end, "expected the end of the line after the time")

// Format lines
CABLELINT_MESSAGE(fl1_channel, "expected the three-letter channel designator after VZCZC")
CABLELINT_MESSAGE(fl1_number, "expected a three- or four-digit transmission number after the channel")
CABLELINT_MESSAGE(fl1_end, "expected the end of the line after the transmission number")
CABLELINT_MESSAGE(routing_gap, "expected one space between routing indicators")
CABLELINT_MESSAGE(routing_ri, "expected a routing indicator (R and 3 to 7 capital letters)")
CABLELINT_MESSAGE(routing_end, "expected only routing indicators on the routing line")
CABLELINT_MESSAGE(de_ri, "expected the originating station's routing indicator after DE")
CABLELINT_MESSAGE(de_gap, "expected one space")
CABLELINT_MESSAGE(de_hash, "expected '#' before the station serial number")
CABLELINT_MESSAGE(de_ssn, "expected a four-digit station serial number after '#'")
CABLELINT_MESSAGE(de_section, "expected a two-digit section number after '/'")
CABLELINT_MESSAGE(de_julian, "expected the three-digit day of the year of the filing time (JJJHHMM)")
CABLELINT_MESSAGE(de_time, "expected the four-digit filing time HHMM after the day of the year")
CABLELINT_MESSAGE(de_end, "expected the end of the DE line after the filing time")
CABLELINT_MESSAGE(security_letters, "expected the level letter five times (UUUUU, EEEEE, CCCCC, SSSSS or TTTTT)")
CABLELINT_MESSAGE(security_letter, "expected the level letter five times (UUUUU, EEEEE, CCCCC, SSSSS or TTTTT)")
CABLELINT_MESSAGE(security_letters_end, "the level letter stands five times, no more")
CABLELINT_MESSAGE(security_end, "unexpected text on the security line")

// Page markers
CABLELINT_MESSAGE(marker_page, "expected the three-digit page number after the serial")
CABLELINT_MESSAGE(marker_of, "expected ' OF ' between the page number and the total")
CABLELINT_MESSAGE(marker_total, "expected the three-digit total after OF")

#undef CABLELINT_MESSAGE

}  // namespace cablelint::grammar
