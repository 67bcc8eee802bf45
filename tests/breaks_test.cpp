// Runs of blank lines between lines of text (TextBreak, issue 7 §2): what the grammar records, and what P802 then
// judges (a blank line inside a sentence, not a paragraph break, an item or a page break).
#include <catch2/catch.hpp>

#include "helpers.hpp"

using namespace cablelint;

namespace {

std::string seed() { return testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"); }

// The seed's head block, then `body` as its text, then the signature.
std::string cable_with(const std::string& body) {
    const std::string s = seed();
    const auto at = s.find("1. (C) SUMMARY:");
    REQUIRE(at != std::string::npos);
    return s.substr(0, at) + body + "HOAGLAND\n";
}

std::vector<Finding> p802(const std::string& text) {
    Selection only;
    only.select = {"P802"};
    return testing::lint_text(text, only);
}

}  // namespace

TEST_CASE("a run of blank lines is a break between the lines around it") {
    const std::string text = cable_with("1. (C) The Minister spoke of the\n\n\nneed for reform.\n");
    const Source src("", text);
    const Document doc = parse_document(src);
    REQUIRE_FALSE(doc.text.breaks.empty());
    const TextBreak& b = doc.text.breaks.back();
    CHECK(std::string(b.before) == "1. (C) The Minister spoke of the");
    CHECK(std::string(b.after) == "need for reform.");
    CHECK(b.blank_lines == 2);
    CHECK(b.before_item);
    CHECK_FALSE(b.after_item);
    const auto fs = p802(text);
    REQUIRE(fs.size() == 1);
    CHECK(src.position(fs[0].span.begin).line == src.position(src.span_of(b.blank).begin).line);
}

TEST_CASE("P802: breaks that are not a sentence split") {
    SECTION("a page marker between the lines") {
        const std::string text =
            cable_with("1. (C) The Minister spoke of the\n\nASTANA 00001366 002 OF 003\n\nneed for reform.\n");
        const Source doc_src("", text);   // outlives the document, which views into it
        const Document doc = parse_document(doc_src);
        for (const TextBreak& b : doc.text.breaks) CHECK(std::string(b.after) != "need for reform.");
        CHECK(p802(text).empty());
    }
    SECTION("the next line starts an item") {
        for (const char* item : {"7. The Ambassador", "-- the Minister", "(a) the Minister", "b) the Minister", "o the Minister"}) {
            INFO(item);
            CHECK(p802(cable_with(std::string("1. (C) The Minister spoke of the\n\n") + item + " spoke.\n")).empty());
        }
    }
    SECTION("a list ending in '; and'") {
        CHECK(p802(cable_with("1. (C) Posts should:\n-- report the vote; and\n\nPosts should also report.\n")).empty());
    }
    SECTION("three blank lines, a heading, a sentence end") {
        CHECK(p802(cable_with("1. (C) The Minister spoke of the\n\n\n\nneed for reform.\n")).empty());
        CHECK(p802(cable_with("1. (C) The Minister spoke of the\n\nNEED FOR REFORM\n")).empty());
        CHECK(p802(cable_with("1. (C) The Minister spoke.\n\nThe need for reform.\n")).empty());
    }
    SECTION("a comma and a lower-case continuation is one") {
        CHECK(p802(cable_with("1. (C) The Minister spoke,\n\nand the Ambassador answered.\n")).size() == 1);
    }
}
