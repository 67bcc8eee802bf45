// Dates: the calendar library (src/dates.hpp), the typed values the grammar's date productions give the model
// (src/date_values.hpp), the facts derived from them (src/facts.hpp), and the D/E/W checks on variants of the seed
// cable that the format allows (four-digit DTG year, lower-case month, every DECL date form, leap days, New Year).
#include <catch2/catch.hpp>

#include <algorithm>

#include "dates.hpp"
#include "facts.hpp"
#include "helpers.hpp"

using namespace cablelint;

namespace {

std::string seed() { return testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"); }

// The seed with every occurrence of `from` replaced by `to` (the head block is printed twice).
std::string variant(std::string text, const std::vector<std::pair<std::string, std::string>>& edits) {
    for (const auto& [from, to] : edits) {
        std::size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        for (; at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
    }
    return text;
}

// "CODE severity" of each finding of the rules `select` on `text`.
std::vector<std::string> findings(const std::string& text, std::set<std::string> select) {
    Selection sel;
    sel.select = std::move(select);
    std::vector<std::string> out;
    for (const Finding& f : testing::lint_text(text, sel)) out.push_back(f.code + " " + severity_name(f.severity));
    return out;
}

const std::set<std::string> date_rules = {"D", "E404", "E405", "E406", "E407", "E408", "E409", "E410", "W103",
                                          "W107", "W108"};

}  // namespace

TEST_CASE("date arithmetic") {
    CHECK(add_days(Date{2009, 12, 31}, 1) == Date{2010, 1, 1});
    CHECK(add_days(Date{2008, 2, 28}, 1) == Date{2008, 2, 29});
    CHECK(add_days(Date{2009, 3, 1}, -1) == Date{2009, 2, 28});
    CHECK(add_years(Date{2009, 8, 10}, 10) == Date{2019, 8, 10});
    CHECK(add_years(Date{2008, 2, 29}, 1) == Date{2009, 2, 28});
    CHECK(add_years(Date{2008, 2, 29}, 4) == Date{2012, 2, 29});
    CHECK(date_from_day_of_year(2009, 222) == Date{2009, 8, 10});
    CHECK(date_from_day_of_year(2008, 366) == Date{2008, 12, 31});
    CHECK(date_from_day_of_year(2008, 60) == Date{2008, 2, 29});
    CHECK_FALSE(date_from_day_of_year(2009, 366).has_value());
    CHECK_FALSE(date_from_day_of_year(2009, 0).has_value());
    CHECK(dtg_style(Date{2009, 3, 24}) == "24 MAR 09");
    CHECK(iso_date(Date{2009, 3, 4}) == "2009-03-04");
    CHECK(DateTime{Date{1970, 1, 2}, 1, 30, 0}.minutes() == 1440 + 90);
    CHECK(iso_date_time(DateTime{Date{2009, 8, 10}, 14, 2, 0}) == "2009-08-10 14:02");
    CHECK(date_problem(2019, 2, 30) == "FEB 2019 has 28 days");
    CHECK(date_problem(2019, 13, 1) == "there is no month 13");
    CHECK(date_problem(2012, 2, 29).empty());
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

TEST_CASE("filing instants across New Year") {
    const DateTime dtg{Date{2008, 12, 31}, 23, 50, 0};
    CHECK(filing_instant(FilingTime{1, 0, 5}, dtg) == DateTime{Date{2009, 1, 1}, 0, 5, 0});
    CHECK(filing_instant(FilingTime{366, 23, 55}, dtg) == DateTime{Date{2008, 12, 31}, 23, 55, 0});
    const DateTime jan{Date{2009, 1, 1}, 0, 5, 0};
    CHECK(filing_instant(FilingTime{366, 23, 55}, jan) == DateTime{Date{2008, 12, 31}, 23, 55, 0});
    CHECK_FALSE(filing_instant(FilingTime{222, 24, 0}, dtg));
}

TEST_CASE("the seed's dates are typed once, by the grammar") {
    const Source src("seed", seed());
    const Document d = parse_document(src);
    const DtgValue& v = d.header.dtg.dtg.value;
    CHECK(v.day == 10);
    CHECK(v.hour == 14);
    CHECK(v.minute == 2);
    CHECK(v.month == 8);
    CHECK(v.year == 2009);
    CHECK(v.zone == 'Z');
    CHECK_FALSE(v.four_digit_year);
    CHECK(v.instant == DateTime{Date{2009, 8, 10}, 14, 2, 0});
    CHECK(v.day_of_year == 222);
    REQUIRE(d.header.de.filed);
    CHECK(d.header.de.filed->day_of_year == 222);
    CHECK(d.header.de.filed->hour == 14);
    CHECK(d.header.de.filed->minute == 2);
    REQUIRE(d.wrapper.created_value);
    const CreatedValue& c = *d.wrapper.created_value;
    CHECK(c.instant == DateTime{Date{2009, 8, 10}, 14, 2, 0});
    CHECK(c.minute == "02");
    CHECK(src.position(src.span_of(c.hour).begin).column == 12);
    REQUIRE(d.text.eo.decl_date_value);
    CHECK(d.text.eo.decl_date_value->date() == Date{2019, 8, 10});
    CHECK(d.text.eo.decl_date_value->canonical());

    const Facts f = derive_facts(d);
    CHECK(f.cable_year == 2009);
    REQUIRE(f.origination);
    CHECK(f.origination->from == Origination::From::dtg);
    CHECK(f.origination->date == Date{2009, 8, 10});
    CHECK(f.origination->name == "DTG 101402Z AUG 09");
    CHECK(f.filed == DateTime{Date{2009, 8, 10}, 14, 2, 0});
    CHECK(f.section_count == 3);
    CHECK_FALSE(f.kind.truncation.truncated());
    CHECK(f.kind.retransmission);   // the seed's ZDK
}

TEST_CASE("the seed's dates give no date finding") {
    CHECK(findings(seed(), date_rules).empty());
}

TEST_CASE("a DTG with a four-digit year is read, and only D301 reports its form") {
    const std::string text = variant(seed(), {{"R 101402Z AUG 09 ZDK", "R 101402Z AUG 2009 ZDK"}});
    const Source d_src("v", text);   // outlives the document, which views into it
    const Document d = parse_document(d_src);
    CHECK(d.header.dtg.dtg.value.four_digit_year);
    CHECK(d.header.dtg.dtg.value.instant == DateTime{Date{2009, 8, 10}, 14, 2, 0});
    CHECK(findings(text, date_rules) == std::vector<std::string>{"D301 error"});
}

TEST_CASE("a DTG with a lower-case month or zone is read and passes") {
    for (const char* dtg : {"R 101402Z Aug 09 ZDK", "R 101402z aug 09 ZDK"}) {
        INFO(dtg);
        const std::string text = variant(seed(), {{"R 101402Z AUG 09 ZDK", dtg}});
        const Source d_src("v", text);   // outlives the document, which views into it
        const Document d = parse_document(d_src);
        CHECK(d.header.dtg.dtg.value.instant == DateTime{Date{2009, 8, 10}, 14, 2, 0});
        CHECK(findings(text, date_rules).empty());
    }
    // The partial extract's bare DTG.
    const Source px_src("px", "This record is a partial extract of the original cable. The full "
                              "text of the original cable is not available.\n\n291359Z Nov 00\n");
    const Document px = parse_document(px_src);
    CHECK(px.header.dtg.dtg.value.date == Date{2000, 11, 29});
}

TEST_CASE("leap days: 29 FEB in a leap year passes, in a common year it is impossible") {
    const std::string leap = variant(seed(), {{"2009-08-10 14:02:00", "2008-02-29 14:02:00"},
                                              {"2221402", "0601402"},
                                              {"R 101402Z AUG 09 ZDK", "R 291402Z FEB 08 ZDK"},
                                              {"DECL: 08/10/2019", "DECL: 02/29/2028"}});
    const Source d_src("v", leap);   // outlives the document, which views into it
    const Document d = parse_document(d_src);
    CHECK(d.header.dtg.dtg.value.day_of_year == 60);
    CHECK(findings(leap, {"D", "E406", "E407", "E408", "W103", "W107"}).empty());

    const std::string common = variant(leap, {{"R 291402Z FEB 08 ZDK", "R 291402Z FEB 09 ZDK"}});
    CHECK(findings(common, {"D302"}) == std::vector<std::string>{"D302 error"});
    const std::string decl = variant(seed(), {{"DECL: 08/10/2019", "DECL: 02/29/2019"}});
    CHECK(findings(decl, {"E406"}) == std::vector<std::string>{"E406 error"});
}

TEST_CASE("a DTG on New Year's Eve filed after midnight: the DE day is the next year's") {
    const std::string text = variant(seed(), {{"2009-08-10 14:02:00", "2008-12-31 23:50:00"},
                                              {"2221402", "0010005"},
                                              {"R 101402Z AUG 09 ZDK", "R 312350Z DEC 08 ZDK"}});
    const Source src("v", text);
    const Document d = parse_document(src);
    CHECK(d.header.dtg.dtg.value.day_of_year == 366);
    CHECK(derive_facts(d).filed == DateTime{Date{2009, 1, 1}, 0, 5, 0});
    // R10's midnight case (a warning), and no D304: the filing is 15 minutes after the DTG.
    CHECK(findings(text, {"D303", "D304", "W107"}) == std::vector<std::string>{"D303 warning"});
}

TEST_CASE("every DECL date form is read by the one production") {
    struct Case { const char* decl; Date date; bool canonical; const char* form; };
    const Case cases[] = {
        {"08/10/2019", {2019, 8, 10}, true, "MM/DD/YYYY"},
        {"8/10/19", {2019, 8, 10}, false, "M/DD/YY"},
        {"2019/08/10", {2019, 8, 10}, false, "YYYY/MM/DD"},
        {"2019-08-10", {2019, 8, 10}, false, "YYYY-MM-DD"},
        {"08.10.2019", {2019, 8, 10}, false, "MM.DD.YYYY"},
        {"08-10-2019", {2019, 8, 10}, false, "MM-DD-YYYY"},
        {"2019/8/1", {2019, 8, 1}, false, "YYYY/M/D"},
    };
    for (const Case& c : cases) {
        INFO(c.decl);
        const std::string text = variant(seed(), {{"DECL: 08/10/2019", std::string("DECL: ") + c.decl}});
        const Source d_src("v", text);   // outlives the document, which views into it
        const Document d = parse_document(d_src);
        REQUIRE(d.text.eo.decl_date_value);
        const DeclDate& v = *d.text.eo.decl_date_value;
        CHECK(v.text == c.decl);
        CHECK(v.date() == c.date);
        CHECK(v.canonical() == c.canonical);
        CHECK(v.form() == c.form);
        // Read the same way outside the document.
        const auto again = read_decl_date(c.decl);
        REQUIRE(again);
        CHECK(again->date() == c.date);
        // A date, after the DTG, within 25 years: only E410's note on a non-canonical form.
        const auto found = findings(text, date_rules);
        if (c.canonical) CHECK(found.empty());
        else CHECK(found == std::vector<std::string>{"E410 info"});
    }
    CHECK_FALSE(read_decl_date("011/2/2019"));
    CHECK_FALSE(read_decl_date("08/10/201"));
    CHECK_FALSE(read_decl_date("08/10/2019.5"));
    CHECK_FALSE(read_decl_date("1.6X1"));
    CHECK_FALSE(read_decl_date("CLOSURE OF ICTY"));
    CHECK(read_decl_date("  8/31/2034 TAGS: PGOV")->text == "8/31/2034");
    CHECK(read_decl_date("08/10/2019.")->text == "08/10/2019");
    CHECK(read_decl_date("2019/08-10")->mixed_separators);
}

TEST_CASE("a lower-cased E.O. line reads its DECL date") {
    const std::string text = variant(seed(), {{"E.O. 12958: DECL: 08/10/2019", "E.o. 12958: decl: 01/07/2014"}});
    const Source d_src("v", text);   // outlives the document, which views into it
    const Document d = parse_document(d_src);
    REQUIRE(d.text.eo.decl_date_value);
    CHECK(d.text.eo.decl_date_value->date() == Date{2014, 1, 7});
    CHECK(d.text.eo.decl_label == "decl:");
    CHECK(findings(text, {"E406", "E407", "E408", "E410"}).empty());
}

TEST_CASE("a DECL date without its label is read and reported") {
    const std::string text = variant(seed(), {{"E.O. 12958: DECL: 08/10/2019", "E.O. 12958: 07/21/2019"}});
    const Source d_src("v", text);   // outlives the document, which views into it
    const Document d = parse_document(d_src);
    REQUIRE(d.text.eo.decl_date_value);
    CHECK(d.text.eo.decl_date_value->date() == Date{2019, 7, 21});
    CHECK(findings(text, {"E405", "E406", "E407", "E408"}) == std::vector<std::string>{"E406 warning"});
}

TEST_CASE("Created values: the grammar reads every digit-led value and says where it breaks") {
    for (const char* created : {"2009/08/10 14:02", "09-08-10 14:02", "2009-08-10T14:02:00", "20090810 1402"}) {
        INFO(created);
        const std::string text = variant(seed(), {{"2009-08-10 14:02:00", created}});
        CHECK(findings(text, {"W103"}) == std::vector<std::string>{"W103 error"});
    }
    const std::string no_seconds = variant(seed(), {{"2009-08-10 14:02:00", "2009-08-10 14:02"}});
    CHECK(findings(no_seconds, {"W103", "W107"}).empty());
    const std::string leap = variant(seed(), {{"2009-08-10 14:02:00", "2009-02-29 14:02:00"}});
    CHECK(findings(leap, {"W103"}) == std::vector<std::string>{"W103 error"});
}

TEST_CASE("dates read the same with CRLF line ends") {
    std::string crlf;
    for (char c : seed()) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    const Source d_src("crlf", crlf);   // outlives the document, which views into it
    const Document d = parse_document(d_src);
    CHECK(d.header.dtg.dtg.value.instant == DateTime{Date{2009, 8, 10}, 14, 2, 0});
    REQUIRE(d.header.de.filed);
    CHECK(d.header.de.filed->day_of_year == 222);
    REQUIRE(d.wrapper.created_value);
    CHECK(d.wrapper.created_value->instant == DateTime{Date{2009, 8, 10}, 14, 2, 0});
    REQUIRE(d.text.eo.decl_date_value);
    CHECK(d.text.eo.decl_date_value->text == "08/10/2019");
    CHECK(findings(crlf, date_rules).empty());
}
