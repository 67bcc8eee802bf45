// SUMMARY/COMMENT/NOTE openers and closers, and mentions of the classifier line, as the grammar reads them
// (grammar/asides.hpp): variants real cables write, what the model holds, and what P803 and C508 then say.
#include <catch2/catch.hpp>

#include <algorithm>

#include "helpers.hpp"

using namespace cablelint;

namespace {

std::string seed() { return testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"); }

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
    const auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

struct Parsed {
    Source src;
    Document doc;
    explicit Parsed(std::string text) : src("", std::move(text)), doc(parse_document(src)) {}
};

// The asides of a text as "opens SUMMARY [at]" lines.
std::vector<std::string> asides_of(const std::string& text) {
    Parsed p(text);
    std::vector<std::string> out;
    constexpr const char* kinds[] = {"SUMMARY", "COMMENT", "NOTE"};
    for (const Aside& a : p.doc.text.asides) {
        out.push_back(std::string(a.role == Aside::Role::opens ? "opens " : "closes ") + kinds[static_cast<int>(a.kind)] +
                      (a.begin ? " begin" : "") + " [" + std::string(a.at) + "]");
    }
    return out;
}

std::vector<Finding> lint_only(const std::string& text, const char* code) {
    Selection only;
    only.select = {code};
    return testing::lint_text(text, only);
}

// A short cable text around `body` (the seed's head block, one paragraph).
std::string cable_with(const std::string& body) {
    const std::string s = seed();
    const auto at = s.find("1. (C) SUMMARY:");
    REQUIRE(at != std::string::npos);
    return s.substr(0, at) + body + "\nHOAGLAND\n";
}

}  // namespace

TEST_CASE("the seed's asides are read in order: one summary, three comments, each closed") {
    using V = std::vector<std::string>;
    CHECK(asides_of(seed()) == V{"opens SUMMARY [SUMMARY]", "closes SUMMARY [END SUMMARY]",
                                 "opens COMMENT [(COMMENT]", "closes COMMENT [END COMMENT]",
                                 "opens COMMENT [(COMMENT]", "closes COMMENT [END COMMENT]",
                                 "opens COMMENT [(COMMENT]", "closes COMMENT [END COMMENT]"});
    CHECK(lint_only(seed(), "P803").empty());
}

TEST_CASE("opener and closer forms real cables write") {
    using V = std::vector<std::string>;
    SECTION("a heading naming two asides opens both, and one END closes both") {
        CHECK(asides_of(cable_with("1. (C) Summary and comment: Text.\nMore text. END SUMMARY AND COMMENT.\n")) ==
              V{"opens SUMMARY [Summary and comment]", "opens COMMENT [Summary and comment]",
                "closes SUMMARY [END SUMMARY AND COMMENT]", "closes COMMENT [END SUMMARY AND COMMENT]"});
    }
    SECTION("BEGIN, a lead word, a bracket, END OF, and END at the end of a line") {
        CHECK(asides_of(cable_with("2. (C) BEGIN SUMMARY. Text. END OF SUMMARY.\n3. (C) Embassy comment: text [Note: a\n"
                                   "remark.] Text. End\ncomment.\n")) ==
              V{"opens SUMMARY begin [BEGIN SUMMARY]", "closes SUMMARY [END OF SUMMARY]", "opens COMMENT [Embassy comment]",
                "opens NOTE [[Note]", "closes COMMENT [End\ncomment]"});
    }
    SECTION("at a line's start after its number and mark, in any case") {
        CHECK(asides_of(cable_with("4. (SBU) comment follows.\n")) == V{"opens COMMENT [comment]"});
    }
    SECTION("a word of a sentence is no aside") {
        CHECK(asides_of(cable_with("5. (C) He made a summary of the note and a comment on it.\n")).empty());
        CHECK(asides_of(cable_with("5. (C) Notes, comments and summaries.\n")).empty());
    }
}

TEST_CASE("P803 judges the order of the asides") {
    SECTION("an END with nothing before it that opens") {
        const auto fs = lint_only(cable_with("1. (C) The Minister spoke. END COMMENT.\n"), "P803");
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].message ==
              "`END COMMENT` ends a COMMENT that was never opened: no COMMENT (`COMMENT:`, `(COMMENT:`) comes before it");
    }
    SECTION("a BEGIN that is never ended") {
        const auto fs = lint_only(cable_with("1. (C) BEGIN SUMMARY. The Minister spoke.\n"), "P803");
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].message == "`BEGIN SUMMARY` is never ended: no END SUMMARY follows it");
    }
    SECTION("a Comment: paragraph without its END, and a closed (Note: …), are the usual forms") {
        CHECK(lint_only(cable_with("1. (C) Comment: The Minister spoke.\n2. (C) (Note: he did.) Text.\n"), "P803").empty());
    }
    SECTION("one END closing a compound opener") {
        CHECK(lint_only(cable_with("1. (C) SUMMARY AND COMMENT: Text. END SUMMARY AND COMMENT.\n"), "P803").empty());
    }
}

TEST_CASE("the classifier line written where the field grammar does not take it is a mention, and C508 is silent") {
    const std::string no_field = replace_once(seed(), "Classified By: Ambassador Richard E. Hoagland, 1.4 (b/d)\n", "");
    const std::string bare = replace_once(no_field, "Classified By: Ambassador Richard E. Hoagland, 1.4 (b/d)\n", "");
    REQUIRE(lint_only(bare, "C508").size() == 1);
    for (const char* line : {"Classfied By: Ambassador Richard E. Hoagland, 1.4 (b/d)\n",
                             "Derived from: DSCG 05-1, B, D\n", "2. (U) Classified by Ambassador Hoagland, 1.4 (b)\n"}) {
        const std::string text = replace_once(bare, "1. (C) SUMMARY:", std::string(line) + "1. (C) SUMMARY:");
        INFO(line);
        Parsed p(text);
        REQUIRE(p.doc.text.classifier_mentions.size() == 1);
        CHECK(lint_only(text, "C508").empty());
    }
    // Declassified by, or a mention after the third paragraph, is none.
    CHECK(Parsed(replace_once(bare, "1. (C) SUMMARY:", "1. (C) Declassified by the Department. SUMMARY:"))
              .doc.text.classifier_mentions.empty());
}
