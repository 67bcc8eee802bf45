// Inputs that once took quadratic time (issue 13): a long run of white space inside a field made the grammar try
// the run again from each of its characters. Here each is linted at a size where that would take minutes, and must
// read as the seed does (same rules, same lines). The full sizes are in bench/. No timing is asserted: a regression
// shows as a test that runs for minutes.
#include <catch2/catch.hpp>

#include "helpers.hpp"

using namespace cablelint;

namespace {

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) s.replace(at, from.size(), to);
    return s;
}

std::vector<std::string> codes_and_lines(const std::string& text) {
    Source src("", text);
    std::vector<std::string> out;
    for (const Finding& f : lint(src, *Config::defaults())) out.push_back(f.code + ":" + std::to_string(src.position(f.span.begin).line));
    return out;
}

}  // namespace

TEST_CASE("a long run of spaces inside a field is read in linear time") {
    const std::string seed = testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    const std::string spaces(200000, ' ');
    const auto expected = codes_and_lines(seed);
    REQUIRE_FALSE(expected.empty());
    struct Case {
        const char* where;
        std::string text;
    };
    const Case cases[] = {
        {"TO address", replace_all(seed, "TO RUEHC/SECSTATE WASHDC", "TO RUEHC/SECSTATE" + spaces + "WASHDC")},
        {"E.O. line", replace_all(seed, "DECL: 08/10/2019", "DECL: 08/10/2019 X" + spaces + "Y")},
        {"SUBJECT", replace_all(seed, "SUBJECT: KAZAKHSTAN:", "SUBJECT: KAZAKHSTAN:" + spaces)},
        {"text line", replace_all(seed, "The Ambassador congratulated", "The" + spaces + "Ambassador congratulated")},
    };
    for (const Case& c : cases) {
        INFO(c.where);
        REQUIRE(c.text.size() > seed.size());
        CHECK(codes_and_lines(c.text) == expected);
    }
}
