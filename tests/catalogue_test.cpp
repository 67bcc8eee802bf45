// The catalogue conforms to the rule catalogue of the specification, kept in the repository as
// fixtures/spec/rules.md: every code there is shipped with its name and default severity, has a docs page that
// `cablelint rule` prints, and a summary.
#include <catch2/catch.hpp>

#include <regex>

#include "catalogue.hpp"
#include "helpers.hpp"

using namespace cablelint;

TEST_CASE("every rule of the specification is in the catalogue with its name and default severity") {
    const auto spec = testing::read_file(testing::repo() / "fixtures/spec/rules.md");
    REQUIRE_FALSE(spec.empty());
    const std::regex row(R"(\| ([WHDECSTPF]\d{3}) \| ([a-z0-9-]+) \| (error|warning|info|off) \|)");
    std::size_t n = 0;
    for (auto it = std::sregex_iterator(spec.begin(), spec.end(), row); it != std::sregex_iterator(); ++it, ++n) {
        const std::string code = (*it)[1], name = (*it)[2], severity = (*it)[3];
        INFO(code);
        const RuleInfo* r = builtin_catalogue().find(code);
        REQUIRE(r != nullptr);
        CHECK(r->name == name);
        CHECK(severity_name(r->severity) == severity);
        CHECK_FALSE(r->summary.empty());
        CHECK(r->docs.rfind("# " + code + " " + name, 0) == 0);   // the docs page, embedded
    }
    CHECK(n == 74);   // the rows of the specification's tables
    CHECK(builtin_catalogue().rules().size() == n);
}

TEST_CASE("messages share one style: a lower-case start and values quoted in backticks") {
    // A message may start with an acronym or a label as the cable or its page writes it (DTG, E.O., TAGS,
    // Identifier, Created, Classified By); any other first word is in lower case.
    const std::set<std::string> labels = {"Identifier", "Created", "Classified"};
    for (const RuleInfo& r : builtin_catalogue().rules()) {
        for (const auto& [variant, text] : r.messages) {
            INFO(r.code << " " << variant << ": " << text);
            REQUIRE_FALSE(text.empty());
            const std::string first = text.substr(0, text.find_first_of(" :`"));
            const bool acronym = std::none_of(first.begin(), first.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            CHECK((acronym || labels.count(first) || !(text[0] >= 'A' && text[0] <= 'Z')));
            // Values are quoted with backticks, never with double quotes.
            CHECK(text.find("\"{") == std::string::npos);
            CHECK(text.find("}\"") == std::string::npos);
        }
    }
}
