// Every rule's fixtures: fixtures/rules/<CODE>/fail.txt must produce exactly the findings of that code listed in
// fail.expected ("CODE LINE:COL severity", one per line, in order); pass.txt must produce none of that code and no
// error at all.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "catalogue.hpp"
#include "helpers.hpp"

using namespace cablelint;

namespace {

std::vector<std::string> expected_lines(const std::filesystem::path& p) {
    std::vector<std::string> out;
    std::istringstream in(testing::read_file(p));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        out.push_back(line);
    }
    return out;
}

std::vector<std::string> actual_lines(const std::filesystem::path& p, const std::string& code) {
    Source src(p.string(), testing::read_file(p));
    Selection sel;   // all enabled rules, plus this one even if it is off by default
    for (const auto& r : Config::defaults()->catalogue().rules()) {
        if (Config::defaults()->setting(r).severity != Severity::off || r.code == code) sel.select.insert(r.code);
    }
    std::vector<std::string> out;
    for (const Finding& f : lint(src, *Config::defaults(), sel)) {
        if (f.code != code) continue;
        const Position pos = src.position(f.span.begin);
        out.push_back(f.code + " " + std::to_string(pos.line) + ":" + std::to_string(pos.column) + " " +
                      severity_name(f.severity));
    }
    return out;
}

}  // namespace

TEST_CASE("every rule has a failing and a passing fixture") {
    for (const RuleInfo& r : builtin_catalogue().rules()) {
        const auto dir = testing::repo() / "fixtures" / "rules" / r.code;
        INFO(r.code);
        CHECK(std::filesystem::exists(dir / "fail.txt"));
        CHECK(std::filesystem::exists(dir / "fail.expected"));
        CHECK(std::filesystem::exists(dir / "pass.txt"));
    }
}

TEST_CASE("rule fixtures produce exactly their expected findings") {
    for (const RuleInfo& r : builtin_catalogue().rules()) {
        const auto dir = testing::repo() / "fixtures" / "rules" / r.code;
        if (!std::filesystem::exists(dir / "fail.expected")) continue;
        DYNAMIC_SECTION(r.code << " " << r.name) {
            const auto expected = expected_lines(dir / "fail.expected");
            REQUIRE_FALSE(expected.empty());
            CHECK(actual_lines(dir / "fail.txt", r.code) == expected);
            CHECK(actual_lines(dir / "pass.txt", r.code).empty());
            for (const Finding& f : testing::lint_file(dir / "pass.txt")) {
                INFO(dir / "pass.txt" << ": " << f.code << " " << f.message);
                CHECK(f.severity != Severity::error);
            }
        }
    }
}

// Variants beside a rule's main fixtures: `fail-<name>.txt` with `fail-<name>.expected`, and `pass-<name>.txt`
// (forms the format allows that must not be reported, e.g. D302/pass-leap-day.txt), held to the same terms.
TEST_CASE("rule fixture variants produce exactly their expected findings") {
    for (const RuleInfo& r : builtin_catalogue().rules()) {
        const auto dir = testing::repo() / "fixtures" / "rules" / r.code;
        if (!std::filesystem::exists(dir)) continue;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            const auto p = entry.path();
            const std::string name = p.filename().string();
            if (p.extension() != ".txt" || name == "fail.txt" || name == "pass.txt") continue;
            INFO(p);
            if (name.starts_with("fail-")) {
                const auto expected = expected_lines(p.parent_path() / (p.stem().string() + ".expected"));
                REQUIRE_FALSE(expected.empty());
                CHECK(actual_lines(p, r.code) == expected);
            } else if (name.starts_with("pass-")) {
                CHECK(actual_lines(p, r.code).empty());
                for (const Finding& f : testing::lint_file(p)) {
                    INFO(f.code << " " << f.message);
                    CHECK(f.severity != Severity::error);
                }
            }
        }
    }
}
