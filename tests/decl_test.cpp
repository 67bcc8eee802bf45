// Unit tests of the reading of the declassification instruction (src/decl_instruction.hpp), on E.O.
// lines built by hand (fields view into the line as the parser's would).
#include <catch2/catch.hpp>

#include <string>

#include "checks/decl_instruction.hpp"
#include "decl_instruction.hpp"

using namespace cablelint;

namespace {

// An EoLine over `line` with label/number/instruction split the simple way: label, number, then the rest.
EoLine eo_of(const std::string& line) {
    EoLine eo;
    eo.line = line;
    std::size_t i = 0;
    while (i < line.size() && (line[i] < '0' || line[i] > '9')) ++i;
    eo.label = std::string_view(line).substr(0, i);
    std::size_t j = i;
    while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
    eo.number = std::string_view(line).substr(i, j - i);
    while (j < line.size() && (line[j] == ':' || line[j] == ' ')) ++j;
    eo.instruction = std::string_view(line).substr(j);
    return eo;
}

decl::Instruction read_line(const std::string& line) { return read_decl_instruction(eo_of(line)); }

}  // namespace

TEST_CASE("DECL instruction kinds") {
    using decl::Kind;
    static const std::string lines[] = {
        "E.O. 12958: DECL: 08/10/2019",
        "EO 12958 DECL: 2019/09/22 ",
        "E.O. 12958: N/A",
        "E.O. 12958: DECL: MR",
        "E.O. 12958: DECL: 25X1",
        "E.O. 13526: DECL: 50X1-HUM",
        "E.O.12356: DECL:OADR ",
        "E.O. 11652: GDS ",
        "E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P ",
        "E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006 ",
        "E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009 ",
        "EO 12958 XXXXXXXXXXXXX ",
        "EO 12958 DECL: CLOSURE OF ICTY ",
        "E.O. 12958: DECL: ",
        "E.O. 12958",
        "E.O. 12958: DECL: 011/2/2019",
        "E.O. 12958: DECLl: 05/12/2018 ",
        "E.O. 12958: 07/22/2019 ",
        "E.O. 12958: Declassify on 8/31/2034 ",
        "E.O. 12958: DNG: CO 01/26/2021",
        "E.O. 12958: DECL: 02/14/2018 TAGS: BR PREL MARR",
        "E.O. 12958: DECL: 08/10/2019 <br>",
        "E.o. 12958: decl: 07/01/2034",
        "E.o. 12958: decl: after korean unification",
    };
    const Kind kinds[] = {Kind::date,     Kind::date,      Kind::na,       Kind::manual,   Kind::exemption,
                          Kind::exemption, Kind::oadr,     Kind::gds,      Kind::date,     Kind::remarked,
                          Kind::remarked, Kind::redacted,  Kind::event,    Kind::empty,    Kind::none,
                          Kind::malformed, Kind::date,     Kind::date,     Kind::date,     Kind::date,
                          Kind::date,     Kind::date,      Kind::date,     Kind::event};
    for (std::size_t i = 0; i < std::size(lines); ++i) {
        INFO(lines[i]);
        CHECK(static_cast<int>(read_line(lines[i]).kind) == static_cast<int>(kinds[i]));
    }
}

TEST_CASE("DECL instruction details") {
    const std::string l1 = "E.O. 12958: DECL: 02/14/2018 TAGS: BR PREL MARR";
    auto in = read_line(l1);
    REQUIRE(in.date);
    CHECK(in.date_field == "02/14/2018");
    CHECK(in.label == "DECL:");

    const std::string l2 = "E.O. 12958: DECLl: 05/12/2018 ";
    in = read_line(l2);
    CHECK(in.label_misspelled);
    CHECK(in.label == "DECLl:");
    CHECK(in.date->date() == Date{2018, 5, 12});

    const std::string l3 = "E.O. 12958: DNG: CO 01/26/2021";
    in = read_line(l3);
    CHECK(in.downgrade);
    CHECK(in.date_field == "01/26/2021");

    const std::string l4 = "E.O. 12958: DECL: 25X1 08/10/2034";
    in = read_line(l4);
    CHECK(in.kind == decl::Kind::exemption);
    CHECK(in.exemption_25x);
    CHECK(in.date_field == "08/10/2034");

    const std::string l5 = "E.O. 12958: DECL: X1";
    in = read_line(l5);
    CHECK(in.kind == decl::Kind::exemption);
    CHECK_FALSE(in.exemption_25x);

    const std::string l6 = "E.O. 12958: DECL: 02/30/2019";
    in = read_line(l6);
    CHECK(in.kind == decl::Kind::date);
    CHECK_FALSE(in.date->valid());

    const std::string l7 = "E.O. 12958: Declassify on 8/31/2034 ";
    in = read_line(l7);
    CHECK(in.label == "Declassify on");

    // A bare date lacks its label; a GDS schedule's date does not.
    const std::string l8 = "E.O. 12958: 07/22/2019";
    in = read_line(l8);
    CHECK(in.kind == decl::Kind::date);
    CHECK(in.label_missing);
    const std::string l9 = "E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P";
    in = read_line(l9);
    CHECK(in.kind == decl::Kind::date);
    CHECK_FALSE(in.label_missing);
    CHECK(in.date_field == "8/12/85");

    // A digit typed into the label; an exemption anywhere in the value.
    const std::string l10 = "E.O. 12958: DECL1: 05/12/2018";
    in = read_line(l10);
    CHECK(in.label_misspelled);
    CHECK(in.label == "DECL1:");
    CHECK(in.kind == decl::Kind::date);
    const std::string l11 = "E.O. 12958: DECL: 08/10/2034, 50X1-HUM";
    in = read_line(l11);
    CHECK(in.kind == decl::Kind::date);
    CHECK(in.exemption_25x);
    CHECK(in.value == "08/10/2034, 50X1-HUM");
    // "25Y" is no exemption, and the value's exemptions only count.
    const std::string l12 = "E.O. 12958: DECL: 08/10/2034 25Y1";
    CHECK_FALSE(read_line(l12).exemption_25x);
}

TEST_CASE("spans between dates") {
    CHECK(decl::describe_span(Date{2009, 8, 10}, Date{2019, 8, 10}) == "10 years");
    CHECK(decl::describe_span(Date{2007, 11, 8}, Date{2032, 11, 9}) == "25 years and 1 day");
    CHECK(decl::describe_span(Date{2006, 12, 18}, Date{2036, 8, 18}) == "29 years and 8 months");
    CHECK(decl::describe_span(Date{2009, 5, 11}, Date{2050, 10, 20}) == "41 years, 5 months and 9 days");
}
