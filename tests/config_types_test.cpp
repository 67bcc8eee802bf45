// Every value of the wrong type anywhere in a config is a located config error (exit 2 from the CLI), never an
// uncaught yaml-cpp exception that ends the program. The configs are the ones an outside fuzzing run found aborting
// the loader (issue 13), plus the neighbours of each.
#include <catch2/catch.hpp>

#include "helpers.hpp"

using namespace cablelint;

namespace {

// The error a config gives, as "line:col: message"; "" when it loads.
std::string config_error(const std::string& yaml) {
    try {
        Config::parse(yaml, "test.yaml", testing::repo());
    } catch (const ConfigError& e) {
        return std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("config values of the wrong type are located errors") {
    struct Case {
        const char* yaml;
        const char* error;   // "line:col: message" start
    };
    const Case cases[] = {
        {"vocabularies:\n  a: b\n", "2:6: a vocabulary must be a map, not `b`"},
        {"vocabularies:\n  a: [{x: 1}]\n", "2:7: a word entry that is a map needs a `word`"},
        {"vocabularies:\n  a: {words: [x], replace: 5}\n", "2:28: `replace` must be true or false, not `5`"},
        {"vocabularies:\n  a: {map: {k: [v]}}\n", "2:16: a value of `map` must be a single value, not a list"},
        {"vocabularies:\n  [a]: [x]\n", "2:3: a vocabulary's name must be a single value, not a list"},
        {"custom-rules: x\n", "1:15: a custom rule must be a map, not `x`"},
        {"custom-rules:\n  - {code: X001, name: [a], kind: required, field: tags}\n",
         "2:24: `name` must be a single value, not a list"},
        {"custom-rules:\n  - {code: X001, name: n, kind: equal, field: tags, other: wrapper.tags, normalize: [[case]]}\n",
         "2:86: an entry of `normalize` must be a single value, not a list"},
        // Aliases that make the node graph cyclic (an outside fuzzing run's input): the walk for keys written twice
        // visits each node once, and the config is then read as usual.
        {"a: &a [x, x, x, x]\nb: &b [*a, *a, *a, vocabularies:b\xA1 &a, *b]\n", "1:1: unknown setting `a`"},
        // A key written twice, or a rule set by its code and by its name: one setting would silently win.
        {"rules:\n  P801: off\n  P801: error\n", "3:3: `P801` is written twice in this map (first on line 2)"},
        {"rules:\n  P801: {severity: off, severity: error}\n", "2:25: `severity` is written twice in this map (first on line 2)"},
        {"rules:\n  P801: off\n  paragraph-sequence: error\n",
         "3:3: rule P801 is set twice: as `P801` on line 2 and as `paragraph-sequence` here"},
        // A misspelt parameter is named, not ignored (the rule would check something else than meant).
        {"custom-rules:\n  - {code: X001, name: n, kind: forbidden, patern: x}\n",
         "2:44: unknown key `patern` in a custom rule (did you mean `pattern`?)"},
        {"custom-rules:\n  - {code: X001, name: n, kind: forbidden, pattern: x, colour: red}\n",
         "2:56: unknown key `colour` in a custom rule (docs/configuration.md lists the keys)"},
        // The generic kinds make no fixes: `rules` would list the rule as fixable and --fix would do nothing.
        {"custom-rules:\n  - {code: X001, name: n, kind: forbidden, pattern: x, fix: safe}\n",
         "2:56: a custom rule has no fix: its kind reports, it does not edit (remove `fix`)"},
        {"? [a]\n: 1\n", "1:3: a setting's name must be a single value, not a list"},
        {"rules:\n  P801: [off]\n", "2:9: a rule's setting is a severity or a map {severity, options}, not a list"},
        {"rules:\n  P801: {severity: [off]}\n", "2:20: `severity` must be a single value, not a list"},
        {"rules:\n  [P801]: off\n", "2:3: a rule's code or name must be a single value, not a list"},
        {"extends: [[a]]\n", "1:11: an `extends` entry must be a single value, not a list"},
        {"include: [{a: b}]\n", "1:11: an `include` glob must be a single value, not a map"},
        {"exclude: [[x]]\n", "1:11: an `exclude` glob must be a single value, not a list"},
        {"per-file-ignores:\n  \"*.txt\": [[W107]]\n", "2:13: a rule in `per-file-ignores` must be a single value, not a list"},
        {"per-file-ignores:\n  [a]: W107\n", "2:3: a `per-file-ignores` glob must be a single value, not a list"},
        {"rules:\n  F906: {options: {? [max] : 3}}\n", "2:22: an option's name must be a single value, not a list"},
        // Option values the rule does not accept (issue 8): words, whole numbers, minimums, unknown names.
        {"rules:\n  W107: {options: {compare: dates}}\n",
         "2:29: option `compare` of W107 must be one of date, hour, minute, not `dates` (did you mean date?)"},
        {"rules:\n  E408: {options: {max_years: abc}}\n", "2:31: option `max_years` of E408 must be a whole number, not `abc`"},
        {"rules:\n  E408: {options: {max_years: -5}}\n", "2:31: option `max_years` of E408 must be at least 1, not -5"},
        {"rules:\n  F906: {options: {max: 0}}\n", "2:25: option `max` of F906 must be at least 1, not 0"},
        {"rules:\n  E408: {options: {max_year: 30}}\n", "2:20: rule E408 has no option `max_year` (did you mean max_years?)"},
        {"rules:\n  E406: {options: {events: [report]}}\n", "2:28: option `events` of E406 must be a single value, not a list"},
        {"vocabularies:\n  executive-orders: {orders: [{eo: 12958, from: soon}]}\n",
         "2:49: `from` must be a date YYYY-MM-DD, not `soon`"},
    };
    for (const Case& c : cases) {
        INFO(c.yaml);
        const std::string e = config_error(c.yaml);
        CHECK_THAT(e, Catch::StartsWith(c.error));
    }
}

TEST_CASE("a custom rule whose list parameters are lists of values loads and lints") {
    const auto config = Config::parse(
        "custom-rules:\n  - {code: X001, name: n, kind: equal, field: tags, other: wrapper.tags, normalize: [case, space]}\n",
        "test.yaml", testing::repo());
    REQUIRE(config->catalogue().find("X001") != nullptr);
    cablelint::Source src("seed.txt", testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"));
    for (const auto& f : cablelint::lint(src, *config)) CHECK(f.code != "X001");   // the seed's tags agree
}

TEST_CASE("a config with many custom rules loads") {
    std::string yaml = "custom-rules:\n";
    for (int i = 0; i < 3000; ++i) {
        yaml += "  - {code: X" + std::to_string(10000 + i) + ", name: rule-" + std::to_string(i) +
                ", kind: required, field: tags}\n";
    }
    const auto config = Config::parse(yaml, "test.yaml", testing::repo());
    CHECK(config->catalogue().find("X12999") != nullptr);
    CHECK(config->catalogue().find("rule-2999") != nullptr);
    CHECK(config->catalogue().find("x10000") != nullptr);   // codes are case-insensitive
    CHECK(config->catalogue().find("RULE-1") == nullptr);   // names are not
}

// The linter works out which rules run once per configuration and selection (engine.cpp `plan_for`), not per file:
// alternating configurations and selections, and a configuration replaced by another at the same address, must
// each be linted by their own rules.
TEST_CASE("each configuration and selection is linted by its own rules, however they alternate") {
    std::string text = testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    text.replace(text.find("R 101402Z AUG 09"), 16, "R 311402Z APR 09");
    const Source src("cable.txt", text);
    const auto count = [](const std::vector<Finding>& fs, const std::string& code) {
        return std::count_if(fs.begin(), fs.end(), [&](const Finding& f) { return f.code == code; });
    };
    auto quiet = Config::parse("rules:\n  D302: off\n", "quiet.yaml", testing::repo());
    const auto loud = Config::parse("rules:\n  D302: error\n", "loud.yaml", testing::repo());
    Selection only_d;
    only_d.select = {"D"};
    for (int round = 0; round < 2; ++round) {
        CHECK(count(lint(src, *loud), "D302") == 1);
        CHECK(count(lint(src, *quiet), "D302") == 0);
        CHECK(count(lint(src, *loud, only_d), "D302") == 1);
        CHECK(count(lint(src, *loud, only_d), "P801") == 0);
        CHECK(count(lint(src, *loud), "P801") == 1);
    }
    // A new config where the old one was (the allocator may well reuse the address).
    quiet.reset();
    const auto again = Config::parse("rules:\n  D302: warning\n", "again.yaml", testing::repo());
    const auto fs = lint(src, *again);
    REQUIRE(count(fs, "D302") == 1);
    CHECK(std::find_if(fs.begin(), fs.end(), [](const Finding& f) { return f.code == "D302"; })->severity == Severity::warning);
}
