// The grammar itself: no rule that can loop without consuming input, and the fields it locates in known cables.
#include <catch2/catch.hpp>

#include <tao/pegtl/contrib/analyze.hpp>

#include "../grammar/cable.hpp"
#include "engine.hpp"
#include "helpers.hpp"

using namespace cablelint;

TEST_CASE("the grammar has no problems PEGTL's analyzer can find") {
    CHECK(tao::pegtl::analyze<grammar::cable>(1) == 0);
}

namespace {
std::string at(const Source& src, Field f) {
    if (!present(f)) return "(absent)";
    const Position p = src.position(src.span_of(f).begin);
    return std::string(f) + "@" + std::to_string(p.line) + ":" + std::to_string(p.column);
}
}  // namespace

TEST_CASE("the seed cable is located field by field") {
    Source src("seed", testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"));
    const Document d = parse_document(src);
    CHECK(d.wrapper.present);
    CHECK(at(src, d.wrapper.identifier) == "09ASTANA1366@5:1");
    CHECK(at(src, d.wrapper.created) == "2009-08-10 14:02:00@6:1");
    CHECK(d.wrapper.tags.size() == 6);
    CHECK(d.header.family == HeaderFamily::relay);
    CHECK(at(src, d.header.fl1.number) == "8832@15:9");
    CHECK(d.header.routing.ris.size() == 13);
    CHECK(at(src, d.header.de.ssn) == "1366@18:12");
    CHECK(at(src, d.header.de.section) == "01@18:17");
    CHECK(at(src, d.header.de.julian) == "222@18:20");
    CHECK(at(src, d.header.security.letters) == "CCCCC@19:5");
    CHECK(at(src, d.header.dtg.dtg.whole) == "101402Z AUG 09@20:3");
    CHECK(at(src, d.header.dtg.signals) == "ZDK@20:18");
    CHECK(at(src, d.header.fm) == "AMEMBASSY ASTANA@21:4");
    REQUIRE(d.header.to.size() == 1);
    CHECK(at(src, d.header.to[0].mcn) == "5993@22:26");
    CHECK(d.header.info.size() == 14);
    CHECK(at(src, d.text.banner.section_m) == "03@37:39");
    CHECK(at(src, d.text.banner.serial) == "001366@37:49");
    CHECK(d.level() == Level::confidential);
    CHECK(d.text.captions.size() == 1);   // SIPDIS once: the duplicated head block is folded
    CHECK(at(src, d.text.eo.decl_date) == "08/10/2019@43:19");
    CHECK(d.text.tags.tags.size() == 6);
    CHECK(d.text.subject.lines.size() == 2);
    CHECK(at(src, d.text.classified_by.reasons_section) == "1.4@48:48");
    CHECK(present(d.text.duplicate_head));
    CHECK_FALSE(d.text.duplicate_head_differs);
    CHECK(d.text.paragraphs.size() == 10);
    CHECK(at(src, d.text.paragraphs[2].number) == "7@100:1");
    CHECK(d.text.markers.size() == 2);
    CHECK(at(src, d.text.signature.line) == "HOAGLAND@281:1");
    CHECK(std::string(d.text.signature.name) == "HOAGLAND");
    CHECK(d.errors.empty());
}

TEST_CASE("a malformed field is reported at its first wrong character") {
    Source src("t", "R 101402Z AUGUST 09\nFM AMEMBASSY X\nC O N F I D E N T I A L X 000001\n");
    const Document d = parse_document(src);
    REQUIRE(d.errors.size() == 1);
    CHECK(d.errors[0].kind == SyntaxError::Kind::dtg);
    CHECK(src.position(d.errors[0].at).column == 14);
    CHECK(d.errors[0].message == "expected one space between the parts of the date-time group");
}

TEST_CASE("CRLF line ends parse like LF") {
    std::string text = testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    std::string crlf;
    for (char c : text) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    Source src("crlf", crlf);
    const Document d = parse_document(src);
    CHECK(d.errors.empty());
    CHECK(std::string(d.header.de.ssn) == "1366");
    CHECK(d.text.paragraphs.size() == 10);
    CHECK(std::string(d.text.signature.line) == "HOAGLAND");
}

TEST_CASE("every real cable parses without a crash") {
    std::size_t n = 0;
    for (const char* dir : {"cablegate", "bare", "seed"}) {
        for (const auto& e : std::filesystem::directory_iterator(testing::corpus() / dir)) {
            if (e.path().extension() != ".txt") continue;
            Source src(e.path().string(), testing::read_file(e.path()));
            (void)parse_document(src);
            ++n;
        }
    }
    CHECK(n == 848);
}
