// Every rule's fixtures: fixtures/rules/<CODE>/fail.txt must produce exactly the findings of that code written in
// fail.expected, whole: code, span, severity, message and related locations (the format is testing::rendered, see
// CONTRIBUTING.md); pass.txt must produce none of that code and no error at all.
// CABLELINT_UPDATE_EXPECTED=1 rewrites the fail.expected files from the current output instead (keeping their
// leading # comments): read the diff before committing it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>

#include "catalogue.hpp"
#include "helpers.hpp"

using namespace cablelint;

namespace {

// The lines of an expected file without comments, blank lines and trailing white space.
std::vector<std::string> expected_lines(const std::filesystem::path& p) {
    std::vector<std::string> out;
    std::istringstream in(testing::read_file(p));
    std::string line;
    while (std::getline(in, line)) {
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
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
        for (std::string& line : testing::rendered(src, f)) out.push_back(std::move(line));
    }
    return out;
}

void rewrite_expected(const std::filesystem::path& p, const std::vector<std::string>& lines) {
    std::string comments;
    std::istringstream in(testing::read_file(p));
    for (std::string line; std::getline(in, line) && !line.empty() && line[0] == '#';) comments += line + "\n";
    std::ofstream out(p, std::ios::binary);
    out << comments;
    for (const std::string& line : lines) out << line << "\n";
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
    const bool update = std::getenv("CABLELINT_UPDATE_EXPECTED") != nullptr;
    for (const RuleInfo& r : builtin_catalogue().rules()) {
        const auto dir = testing::repo() / "fixtures" / "rules" / r.code;
        if (!std::filesystem::exists(dir / "fail.expected")) continue;
        DYNAMIC_SECTION(r.code << " " << r.name) {
            const auto actual = actual_lines(dir / "fail.txt", r.code);
            if (update) rewrite_expected(dir / "fail.expected", actual);
            const auto expected = expected_lines(dir / "fail.expected");
            REQUIRE_FALSE(expected.empty());
            // Line by line, so that a failure shows the one line that differs.
            for (std::size_t i = 0; i < std::max(expected.size(), actual.size()); ++i) {
                INFO((dir / "fail.expected").string() << ", finding line " << i + 1);
                CHECK((i < actual.size() ? actual[i] : "(none)") == (i < expected.size() ? expected[i] : "(none)"));
            }
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
    const bool update = std::getenv("CABLELINT_UPDATE_EXPECTED") != nullptr;
    for (const RuleInfo& r : builtin_catalogue().rules()) {
        const auto dir = testing::repo() / "fixtures" / "rules" / r.code;
        if (!std::filesystem::exists(dir)) continue;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            const auto p = entry.path();
            const std::string name = p.filename().string();
            if (p.extension() != ".txt" || name == "fail.txt" || name == "pass.txt") continue;
            INFO(p);
            if (name.starts_with("fail-")) {
                const auto expected_path = p.parent_path() / (p.stem().string() + ".expected");
                const auto actual = actual_lines(p, r.code);
                if (update) rewrite_expected(expected_path, actual);
                const auto expected = expected_lines(expected_path);
                REQUIRE_FALSE(expected.empty());
                CHECK(actual == expected);
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
