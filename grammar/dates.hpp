// Date productions (spec §1, §2.7, §3.4): the date-time group, the page's Created value and the calendar dates of
// declassification instructions. Each is the one reading of its field: the parser's actions (src/parse/*.hpp) turn
// the groups matched here into the typed values of src/date_values.hpp.
#pragma once

#include "basics.hpp"

namespace cablelint::grammar {

// ---- Date-time group (spec §2.7): DD HH MM zone SP MON SP YY, e.g. 101402Z AUG 09 -------------------------
// Read leniently where real cables vary: a lower-case month (`291359Z Nov 00`, partial extracts), a four-digit
// year (later military samples: read, D301 reports the form). D302 judges the values.
struct dtg_day : digit2 {};
struct dtg_hour : digit2 {};
struct dtg_minute : digit2 {};
struct dtg_zone : alpha {};                 // Z in practice; D302 judges the letter
struct dtg_gap : one<' '> {};
struct dtg_month : rep<3, alpha> {};        // JAN … DEC in any case; D302 judges the name
struct dtg_year : sor<digit4, digit2> {};   // two digits; four are read and reported by D301
struct dtg_year_end : not_at<alnum> {};
struct dtg : seq<dtg_day, must<dtg_hour>, must<dtg_minute>, must<dtg_zone>, must<dtg_gap>, must<dtg_month>,
                 must<dtg_gap>, must<dtg_year>, must<dtg_year_end>> {};

// ---- Calendar dates in DECL instructions (spec §3.4) ----------------------------------------------------------
// Month first: M/D/YYYY, MM/DD/YYYY, MM/DD/YY; year first: YYYY/MM/DD, YYYY-MM-DD. The separator is `/`, `-` or
// `.` (`08.10.2019`): these three are the only ones. Once digits and a separator lead, the rest must follow.
struct date_sep : one<'/', '-', '.'> {};
struct date_year4 : digit4 {};                          // YYYY of a year-first date
struct date_first : seq<digit, opt<digit>> {};          // M or MM of a month-first date
struct date_middle : seq<digit, opt<digit>> {};         // D or DD (month-first), M or MM (year-first)
struct date_last : seq<digit2, opt<digit2>> {};         // YY or YYYY (month-first)
struct date_ymd_day : seq<digit, opt<digit>> {};        // D or DD (year-first)
// No more digits, and no further `.5` or `/3` part.
struct date_end : not_at<sor<alnum, seq<date_sep, digit>>> {};
struct date_ymd : seq<date_year4, date_sep, must<date_middle>, must<date_sep>, must<date_ymd_day>, must<date_end>> {};
struct date_mdy : seq<date_first, must<date_sep>, must<date_middle>, must<date_sep>, must<date_last>,
                      must<date_end>> {};
struct date_lead : seq<plus<digit>, date_sep> {};
struct decl_date : seq<at<date_lead>, sor<date_ymd, date_mdy>> {};

// ---- Created (spec §1): YYYY-MM-DD HH:MM[:SS], UTC ----------------------------------------------------------
// A wrapper value that starts with a digit and is not an identifier is meant to be Created: the first character
// that breaks the shape is reported (W103).
struct created_date_sep : one<'-'> {};
struct created_gap : one<' '> {};
struct created_time_sep : one<':'> {};
struct created_year_digit : digit {};
struct created_year : seq<digit, must<created_year_digit>, must<created_year_digit>, must<created_year_digit>> {};
struct created_month : digit2 {};
struct created_day : digit2 {};
struct created_hour : digit2 {};
struct created_minute : digit2 {};
struct created_second : digit2 {};
struct created_end : field_end {};
struct created_lead : digit {};
struct created : seq<at<created_lead>, created_year, must<created_date_sep>, must<created_month>,
                     must<created_date_sep>, must<created_day>, must<created_gap>, must<created_hour>,
                     must<created_time_sep>, must<created_minute>,
                     opt<created_time_sep, must<created_second>>, must<created_end>> {};

}  // namespace cablelint::grammar
