// The catalogue conforms to the rule catalogue of the specification, kept in the repository as
// fixtures/spec/rules.md: every code there is shipped with its name and default severity, has a docs page that
// `cablelint rule` prints, and a summary.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <regex>

#include "catalogue.hpp"
#include "vocabulary.hpp"
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

namespace {
std::string flow_yaml(const YAML::Node& n) {
    YAML::Emitter e;
    e << YAML::Flow << n;
    return e.c_str();
}
}  // namespace

// The catalogue is compiled into the binary at build time (cmake/builtin_data.cpp) so that start-up reads no YAML;
// the YAML stays the source. Loaded the way custom rules are, it must give the very same catalogue.
TEST_CASE("the compiled-in catalogue is the one the catalogue YAML describes") {
    const Catalogue from_yaml = catalogue_from_yaml();
    const Catalogue& compiled = builtin_catalogue();
    REQUIRE(compiled.rules().size() == from_yaml.rules().size());
    for (std::size_t i = 0; i < compiled.rules().size(); ++i) {
        const RuleInfo& a = compiled.rules()[i];
        const RuleInfo& b = from_yaml.rules()[i];
        INFO(b.code);
        CHECK(a.code == b.code);
        CHECK(a.name == b.name);
        CHECK(a.severity == b.severity);
        CHECK(a.summary == b.summary);
        CHECK(a.relation == b.relation);
        CHECK(a.kind == b.kind);
        CHECK(a.messages == b.messages);
        CHECK(flow_yaml(a.options) == flow_yaml(b.options));
        CHECK(flow_yaml(a.option_values) == flow_yaml(b.option_values));
        CHECK(a.docs == b.docs);
        CHECK(a.fix == b.fix);
        CHECK(a.fix_title == b.fix_title);
        CHECK(a.fix_unsafe_when == b.fix_unsafe_when);
        REQUIRE(a.explains.size() == b.explains.size());
        for (std::size_t k = 0; k < a.explains.size(); ++k) {
            CHECK(a.explains[k].when == b.explains[k].when);
            CHECK(a.explains[k].rules == b.explains[k].rules);
            CHECK(a.explains[k].why == b.explains[k].why);
        }
        CHECK_FALSE(a.custom);
    }
}

TEST_CASE("the compiled-in vocabularies are the ones the data YAML describes") {
    const Vocabularies from_yaml = vocabularies_from_yaml();
    const Vocabularies& compiled = builtin_vocabularies();
    CHECK(compiled.lists == from_yaml.lists);
    CHECK(compiled.maps == from_yaml.maps);
    REQUIRE(compiled.orders.size() == from_yaml.orders.size());
    for (std::size_t i = 0; i < compiled.orders.size(); ++i) {
        CHECK(compiled.orders[i].number == from_yaml.orders[i].number);
        CHECK(compiled.orders[i].in_force_from == from_yaml.orders[i].in_force_from);
        CHECK(compiled.orders[i].in_force_to == from_yaml.orders[i].in_force_to);
    }
    CHECK(compiled.lists.size() >= 8);
    CHECK(compiled.maps.count("routing-indicators") == 1);
}

TEST_CASE("vocabularies a config adds to: words kept sorted once and in capitals and a copy that outlives its source") {
    auto source = std::make_unique<Vocabularies>(builtin_vocabularies());
    const std::size_t builtin_ris = source->list("routing-indicators")->size();
    source->load("routing-indicators", YAML::Load("words: [ruehzz, RUEHAST, RUEHZZ]\nmap: {ruehzz: ZED | ZEE}\n"));
    source->load("my-list", YAML::Load("words: [delta, Alpha, charlie, alpha]\n"));
    source->load("my-map", YAML::Load("map: {b: one, a: two, B: three, c: five}\n"));
    source->load("my-map", YAML::Load("map: {C: six}\n"));   // a later file's value replaces an earlier one's
    const Vocabularies copy = *source;
    source.reset();   // the copy's words are views into strings the copy still holds

    const WordList* mine = copy.list("my-list");
    REQUIRE(mine != nullptr);
    CHECK(std::vector<std::string_view>(mine->begin(), mine->end()) == std::vector<std::string_view>{"ALPHA", "CHARLIE", "DELTA"});
    CHECK(copy.contains("my-list", "Charlie"));
    CHECK_FALSE(copy.contains("my-list", "bravo"));
    // One new routing indicator (RUEHAST is built in, RUEHZZ given twice), and the built-in ones still found.
    CHECK(copy.list("routing-indicators")->size() == builtin_ris + 1);
    CHECK(std::is_sorted(copy.list("routing-indicators")->begin(), copy.list("routing-indicators")->end()));
    CHECK(copy.contains("routing-indicators", "RUEHZZ"));
    CHECK(copy.contains("routing-indicators", "RUEHAST"));
    REQUIRE(copy.lookup("routing-indicators", "RUEHZZ") != nullptr);
    CHECK(*copy.lookup("routing-indicators", "RUEHZZ") == "ZED | ZEE");
    // A key given twice keeps its last value, as YAML reads it.
    const std::string_view* b = copy.lookup("my-map", "b");
    REQUIRE(b != nullptr);
    CHECK(*b == "three");
    REQUIRE(copy.lookup("my-map", "c") != nullptr);
    CHECK(*copy.lookup("my-map", "c") == "six");
    CHECK(copy.maps.at("my-map").size() == 3);
    CHECK(copy.maps.at("my-map").begin()->first == "A");

    // `replace: true` drops the built-in words of the list.
    Vocabularies replaced = builtin_vocabularies();
    replaced.load("routing-indicators", YAML::Load("words: [RUEHZZ]\nreplace: true\n"));
    CHECK(replaced.list("routing-indicators")->size() == 1);
    CHECK_FALSE(replaced.contains("routing-indicators", "RUEHAST"));
    CHECK(builtin_vocabularies().contains("routing-indicators", "RUEHAST"));
}
