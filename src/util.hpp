// Small helpers on fields and dates shared by the checks. Dates are proleptic Gregorian, UTC.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablelint {

// Upper case of ASCII letters, other bytes as they are: what std::toupper does in the "C" locale cablelint runs in,
// without a call per character.
constexpr char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - ('a' - 'A')) : c; }
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
std::string_view trim(std::string_view s);                 // spaces, tabs, CR and no-break spaces at both ends
std::string collapse_spaces(std::string_view s);           // runs of white space → one space, trimmed
// Typographic punctuation a web page or word processor substitutes (’ “ ” – — … and the no-break space) as the ASCII
// a cable writes: for comparing a page's copy of a text with the cable's own.
std::string fold_typography(std::string_view s);
std::optional<long> to_int(std::string_view digits);       // only ASCII digits; nullopt when empty or not digits
std::size_t edit_distance(std::string_view a, std::string_view b);   // Levenshtein, case-insensitive
// The candidate at most two edits from `unknown` (the nearest), for "did you mean"; empty when none is.
std::string closest(std::string_view unknown, const std::vector<std::string>& candidates);
bool all_digits(std::string_view s);                       // non-empty, ASCII digits only
// The file descriptor a stream reads from: std::cin's (its buffer is libstdc++'s stdio_filebuf once
// sync_with_stdio(false)), or -1 for other streams (a string stream has all its input at hand).
int descriptor_of(std::istream& in);

struct Date {
    int year = 0, month = 0, day = 0;
    int yyyymmdd() const { return year * 10000 + month * 100 + day; }
    bool operator==(const Date&) const = default;
};
bool is_leap(int year);
int days_in_month(int year, int month);                    // 0 for a month outside 1..12
bool valid_date(int year, int month, int day);
int day_of_year(const Date& d);                            // 1..366
long days_from_civil(const Date& d);                       // days since 1970-01-01
int month_number(std::string_view mon);                    // "AUG"/"aug" → 8; 0 when unknown
const char* month_abbrev(int month);                        // 8 → "AUG"
int expand_year(int two_digit);                            // DTG/REF two-digit year: 66 → 1966, 09 → 2009 (pivot 50)

}  // namespace cablelint
