// The small text helpers that checks and the parse share (util.hpp).
#include <catch2/catch.hpp>

#include "util.hpp"

using cablelint::collapse_spaces;
using cablelint::trim;

TEST_CASE("trim drops white space and no-break spaces at both ends", "[util]") {
    CHECK(trim("") == "");
    CHECK(trim(" \t\r\n") == "");
    CHECK(trim("\xc2\xa0 SUBJECT: X \xc2\xa0\r") == "SUBJECT: X");
    CHECK(trim("caf\xc3\xa9") == "caf\xc3\xa9");
}

TEST_CASE("collapse_spaces makes each run of white space one space and trims", "[util]") {
    CHECK(collapse_spaces("") == "");
    CHECK(collapse_spaces("   ") == "");
    CHECK(collapse_spaces("\xc2\xa0") == "");
    CHECK(collapse_spaces("A") == "A");
    CHECK(collapse_spaces("  R 101402Z\t AUG   09  ") == "R 101402Z AUG 09");
    CHECK(collapse_spaces("CONFIDENTIAL\r\nSECTION 01\nOF 02") == "CONFIDENTIAL SECTION 01 OF 02");
    CHECK(collapse_spaces("E.O.\xc2\xa0\xc2\xa0" "12958:\xc2\xa0 DECL") == "E.O. 12958: DECL");
    CHECK(collapse_spaces("caf\xc3\xa9  \xe2\x80\x9cX\xe2\x80\x9d") == "caf\xc3\xa9 \xe2\x80\x9cX\xe2\x80\x9d");
    CHECK(collapse_spaces(std::string_view("A \0 B", 5)) == std::string("A \0 B", 5));   // NUL is no space
    CHECK(collapse_spaces("\xc2 A") == "\xc2 A");   // a lone lead byte stays
}
