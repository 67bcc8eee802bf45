// Unit tests of src/dates.hpp: DTG, DE filing time, Created and DECL date parsing.
#include <catch2/catch.hpp>

#include "dates.hpp"

using namespace cablelint;

TEST_CASE("date arithmetic") {
    CHECK(add_days(Date{2009, 12, 31}, 1) == Date{2010, 1, 1});
    CHECK(add_days(Date{2008, 2, 28}, 1) == Date{2008, 2, 29});
    CHECK(add_days(Date{2009, 3, 1}, -1) == Date{2009, 2, 28});
    CHECK(add_years(Date{2009, 8, 10}, 10) == Date{2019, 8, 10});
    CHECK(add_years(Date{2008, 2, 29}, 1) == Date{2009, 2, 28});
    CHECK(date_from_day_of_year(2009, 222) == Date{2009, 8, 10});
    CHECK(date_from_day_of_year(2008, 366) == Date{2008, 12, 31});
    CHECK_FALSE(date_from_day_of_year(2009, 366).has_value());
    CHECK_FALSE(date_from_day_of_year(2009, 0).has_value());
    CHECK(dtg_style(Date{2009, 3, 24}) == "24 MAR 09");
    CHECK(iso_date(Date{2009, 3, 4}) == "2009-03-04");
    CHECK(DateTime{Date{1970, 1, 2}, 1, 30, 0}.minutes() == 1440 + 90);
    CHECK(iso_date_time(DateTime{Date{2009, 8, 10}, 14, 2, 0}) == "2009-08-10 14:02");
}

TEST_CASE("zone letters") {
    CHECK(zone_offset_hours('Z') == 0);
    CHECK(zone_offset_hours('A') == 1);
    CHECK(zone_offset_hours('I') == 9);
    CHECK(zone_offset_hours('K') == 10);
    CHECK(zone_offset_hours('M') == 12);
    CHECK(zone_offset_hours('N') == -1);
    CHECK(zone_offset_hours('Y') == -12);
    CHECK_FALSE(zone_offset_hours('J').has_value());
    CHECK_FALSE(zone_offset_hours('z').has_value());
    CHECK_FALSE(zone_offset_hours('1').has_value());
}

TEST_CASE("DTG splitting and values") {
    const auto d = split_dtg("101402Z AUG 09");
    REQUIRE(d);
    CHECK(d->whole == "101402Z AUG 09");
    CHECK(d->day == "10");
    CHECK(d->hour == "14");
    CHECK(d->minute == "02");
    CHECK(d->zone == "Z");
    CHECK(d->month == "AUG");
    CHECK(d->year == "09");
    CHECK(dtg_date(*d) == Date{2009, 8, 10});
    const auto t = dtg_instant(*d);
    REQUIRE(t);
    CHECK(*t == DateTime{Date{2009, 8, 10}, 14, 2, 0});

    // Partial extracts write the month in mixed case; trailing signals are not part of the DTG.
    const auto px = split_dtg("291359Z Nov 00");
    REQUIRE(px);
    CHECK(dtg_date(*px) == Date{2000, 11, 29});
    const auto sig = split_dtg("  101402Z AUG 09 ZDK");
    REQUIRE(sig);
    CHECK(sig->whole == "101402Z AUG 09");
    CHECK(split_dtg("242145Z MAR 66")->year == "66");
    CHECK(dtg_date(*split_dtg("242145Z MAR 66")) == Date{1966, 3, 24});

    CHECK_FALSE(split_dtg("10140Z AUG 09"));
    CHECK_FALSE(split_dtg("101402 AUG 09"));
    CHECK_FALSE(split_dtg("101402Z AUGUST 09"));
    CHECK_FALSE(split_dtg("101402Z AUG 9"));
}

TEST_CASE("DTG problems") {
    auto problem = [](const char* text) { return dtg_problem(dtg_values(*split_dtg(text))); };
    CHECK(problem("101402Z AUG 09").empty());
    CHECK(problem("311402Z APR 09") == "APR 2009 has 30 days");
    CHECK(problem("291402Z FEB 09") == "FEB 2009 has 28 days");
    CHECK(problem("291402Z FEB 08").empty());
    CHECK(problem("001402Z FEB 08") == "there is no day 00");
    CHECK(problem("102402Z AUG 09") == "hour 24 is after 23");
    CHECK(problem("101460Z AUG 09") == "minute 60 is after 59");
    CHECK(problem("101402Z AUX 09") == "the month is not JAN…DEC");
    CHECK_FALSE(dtg_date(*split_dtg("311402Z APR 09")));
    CHECK_FALSE(dtg_instant(*split_dtg("102402Z AUG 09")));
    CHECK_FALSE(dtg_instant(*split_dtg("101402J AUG 09")));
}

TEST_CASE("DTG instant applies the zone offset") {
    // 01:30 in zone B (UTC+2) is 23:30 UTC the day before.
    const auto t = dtg_instant(*split_dtg("010130B JAN 09"));
    REQUIRE(t);
    CHECK(*t == DateTime{Date{2008, 12, 31}, 23, 30, 0});
    const auto r = dtg_instant(*split_dtg("312330R DEC 09"));   // UTC−5
    REQUIRE(r);
    CHECK(*r == DateTime{Date{2010, 1, 1}, 4, 30, 0});
}

TEST_CASE("DE filing time") {
    const auto j = parse_julian("2221402");
    REQUIRE(j);
    CHECK(j->day_of_year == 222);
    CHECK(j->hour == 14);
    CHECK(j->minute == 2);
    CHECK_FALSE(parse_julian("222140"));
    CHECK_FALSE(parse_julian("22214O2"));
}

TEST_CASE("Created") {
    CHECK(parse_created("2009-08-10 14:02:00") == DateTime{Date{2009, 8, 10}, 14, 2, 0});
    CHECK(parse_created("2009-08-10 14:02") == DateTime{Date{2009, 8, 10}, 14, 2, 0});
    CHECK(parse_created(" 2009-08-10 14:02:00 ") == DateTime{Date{2009, 8, 10}, 14, 2, 0});
    CHECK_FALSE(parse_created("2009-02-30 14:02:00"));
    CHECK_FALSE(parse_created("2009-08-10 24:02:00"));
    CHECK_FALSE(parse_created("2009/08/10 14:02:00"));
    CHECK_FALSE(parse_created("2009-08-10"));
}

TEST_CASE("DECL dates in every observed form") {
    auto d = parse_date("08/10/2019");
    REQUIRE(d);
    CHECK(d->form == DateForm::mdy);
    CHECK(d->date() == Date{2019, 8, 10});
    CHECK(d->canonical());

    d = parse_date("8/1/2019");
    REQUIRE(d);
    CHECK(d->date() == Date{2019, 8, 1});
    CHECK_FALSE(d->padded);
    CHECK_FALSE(d->canonical());

    d = parse_date("12/31/15");
    REQUIRE(d);
    CHECK(d->two_digit_year);
    CHECK(d->date() == Date{2015, 12, 31});
    CHECK(parse_date("8/12/85")->date() == Date{1985, 8, 12});

    d = parse_date("2019/09/22");
    REQUIRE(d);
    CHECK(d->form == DateForm::ymd_slash);
    CHECK(d->date() == Date{2019, 9, 22});

    d = parse_date("2019-09-22");
    REQUIRE(d);
    CHECK(d->form == DateForm::ymd_dash);
    CHECK(d->date() == Date{2019, 9, 22});
}

TEST_CASE("DECL dates: shape versus validity") {
    auto d = parse_date("02/30/2019");
    REQUIRE(d);
    CHECK_FALSE(d->valid());
    CHECK(d->problem() == "FEB 2019 has 28 days");
    d = parse_date("13/01/2019");
    REQUIRE(d);
    CHECK(d->problem() == "there is no month 13");
    d = parse_date("02/29/2012");
    REQUIRE(d);
    CHECK(d->valid());

    CHECK_FALSE(parse_date("011/2/2019"));
    CHECK_FALSE(parse_date("08/10/201"));
    CHECK_FALSE(parse_date("08-10-2019"));   // dashes only in YYYY-MM-DD
    CHECK_FALSE(parse_date("2019/09-22"));
    CHECK_FALSE(parse_date("08/10"));
    CHECK_FALSE(parse_date("MR"));
    CHECK_FALSE(parse_date(""));
}

TEST_CASE("reading a date at the start of a value") {
    auto d = read_date("08/10/2019 TAGS: PGOV");
    REQUIRE(d);
    CHECK(d->text == "08/10/2019");
    d = read_date("  8/31/2034");
    REQUIRE(d);
    CHECK(d->text == "8/31/2034");
    CHECK(read_date("08/10/2019.")->text == "08/10/2019");
    CHECK_FALSE(read_date("08/10/2019X"));
    CHECK_FALSE(read_date("08/10/2019.5"));
    CHECK_FALSE(read_date("CLOSURE OF ICTY"));
}
