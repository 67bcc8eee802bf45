// The page wrapper's values as the grammar types them (grammar/wrapper.hpp, grammar/fields.hpp): the Identifier's
// parts and the Classification's level and controls, read once for every check.
#include <catch2/catch.hpp>

#include "helpers.hpp"

using namespace cablelint;

namespace {

std::string seed() { return testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"); }

std::string with_line(const std::string& from, const std::string& to) {
    std::string s = seed();
    const auto at = s.find("\n" + from + "\n");
    REQUIRE(at != std::string::npos);
    return s.replace(at + 1, from.size(), to);
}

struct Parsed {
    Source src;
    Document doc;
    explicit Parsed(std::string text) : src("", std::move(text)), doc(parse_document(src)) {}
};

}  // namespace

TEST_CASE("the page Identifier's parts") {
    Parsed p(seed());
    REQUIRE(p.doc.wrapper.id);
    CHECK(std::string(p.doc.wrapper.id->yy) == "09");
    CHECK(std::string(p.doc.wrapper.id->origin) == "ASTANA");
    CHECK(std::string(p.doc.wrapper.id->serial) == "1366");
    // A malformed identifier has no parts (W102 reports it).
    Parsed bad(with_line("09ASTANA1366", "09ASTANA1366X"));
    CHECK(std::string(bad.doc.wrapper.identifier) == "09ASTANA1366X");
    CHECK_FALSE(bad.doc.wrapper.id);
}

TEST_CASE("the page Classification's level and controls") {
    {
        Parsed p(seed());
        REQUIRE(p.doc.wrapper.page_class);
        CHECK(p.doc.wrapper.page_class->rank == 1);
        CHECK(std::string(p.doc.wrapper.page_class->base) == "CONFIDENTIAL");
        CHECK_FALSE(present(p.doc.wrapper.page_class->suffix));
    }
    struct Case {
        const char* value;
        int rank;
        const char* suffix;
        bool noforn, fouo;
    };
    for (const Case& c : {Case{"SECRET//NOFORN", 2, "//NOFORN", true, false},
                          Case{"UNCLASSIFIED//FOR OFFICIAL USE ONLY", 0, "//FOR OFFICIAL USE ONLY", false, true},
                          Case{"UNCLASSIFIED//FOUO", 0, "//FOUO", false, true},
                          Case{"TOP SECRET", 3, "", false, false}}) {
        INFO(c.value);
        Parsed p(with_line("CONFIDENTIAL", c.value));
        REQUIRE(p.doc.wrapper.page_class);
        CHECK(p.doc.wrapper.page_class->rank == c.rank);
        CHECK(std::string(p.doc.wrapper.page_class->suffix) == c.suffix);
        CHECK(p.doc.wrapper.page_class->noforn == c.noforn);
        CHECK(p.doc.wrapper.page_class->fouo == c.fouo);
    }
    // A page string without a level of its own, or words after the level: the value is there, with no level.
    for (const char* value : {"LIMITED OFFICIAL USE", "SECRET NOFORN"}) {
        INFO(value);
        Parsed p(with_line("CONFIDENTIAL", value));
        CHECK(std::string(p.doc.wrapper.classification) == value);
        CHECK_FALSE(p.doc.wrapper.page_class);
    }
}

TEST_CASE("the post the FM line and the page Origin name") {
    {
        Parsed p(seed());
        const PostName& fm = p.doc.header.fm_post;
        CHECK(std::string(fm.name) == "AMEMBASSY ASTANA");
        CHECK(std::string(fm.prefix) == "AMEMBASSY");
        CHECK(std::string(fm.post) == "ASTANA");
        CHECK_FALSE(present(fm.office));
        const PostName& page = p.doc.wrapper.origin_post;
        CHECK(std::string(page.name) == "Embassy Astana");
        CHECK(std::string(page.prefix) == "Embassy");
        CHECK(std::string(page.post) == "Astana");
    }
    struct Case {
        const char* line;
        const char* name;
        const char* prefix;
        const char* post;
        const char* office;
    };
    for (const Case& c : {Case{"FM AMEMBASSY ASTANA//POL//", "AMEMBASSY ASTANA", "AMEMBASSY", "ASTANA", "//POL//"},
                          Case{"FM  AMEMBASSY   ASTANA  //  POL  ", "AMEMBASSY   ASTANA", "AMEMBASSY", "ASTANA", "//  POL"},
                          Case{"FM USMISSION USUN NEW YORK", "USMISSION USUN NEW YORK", "USMISSION", "USUN NEW YORK", ""},
                          Case{"FM SECSTATE WASHDC", "SECSTATE WASHDC", "", "SECSTATE WASHDC", ""},
                          Case{"FM AMCONSUL CASABLANCA", "AMCONSUL CASABLANCA", "AMCONSUL", "CASABLANCA", ""},
                          Case{"FM amembassy astana", "amembassy astana", "amembassy", "astana", ""},
                          // A prefix with no post after it is the post.
                          Case{"FM AMEMBASSY", "AMEMBASSY", "", "AMEMBASSY", ""}}) {
        INFO(c.line);
        Parsed p(with_line("FM AMEMBASSY ASTANA", c.line));
        const PostName& fm = p.doc.header.fm_post;
        CHECK(std::string(fm.name) == c.name);
        CHECK(std::string(fm.prefix) == c.prefix);
        CHECK(std::string(fm.post) == c.post);
        CHECK(std::string(fm.office) == c.office);
    }
    // A PLA that is no post name is kept whole, with no post.
    Parsed odd(with_line("FM AMEMBASSY ASTANA", "FM //ASTANA"));
    CHECK(std::string(odd.doc.header.fm) == "//ASTANA");
    CHECK_FALSE(present(odd.doc.header.fm_post.post));
    // Vocabulary spellings are read by the same production.
    const PostName v = read_post_name("AMEMBASSY ALMATY");
    CHECK(std::string(v.prefix) == "AMEMBASSY");
    CHECK(std::string(v.post) == "ALMATY");
    CHECK_FALSE(present(read_post_name("//").post));
}

TEST_CASE("W110 and H207 compare the posts whatever the prefix and office") {
    for (const char* fm : {"FM AMEMBASSY ASTANA//POL//", "FM AMEMBASSY  ASTANA", "FM USMISSION ASTANA"}) {
        INFO(fm);
        for (const Finding& f : testing::lint_text(with_line("FM AMEMBASSY ASTANA", fm))) {
            CHECK(f.code != "W110");
            CHECK(f.code != "H207");
        }
    }
    for (const char* origin : {"US Mission Astana", "EMBASSY ASTANA", "Astana"}) {
        INFO(origin);
        for (const Finding& f : testing::lint_text(with_line("Embassy Astana", origin))) CHECK(f.code != "W110");
    }
    // A different post is still told.
    int w110 = 0;
    for (const Finding& f : testing::lint_text(with_line("FM AMEMBASSY ASTANA", "FM AMEMBASSY ALMATY//POL//")))
        w110 += f.code == "W110";
    CHECK(w110 == 1);
}
