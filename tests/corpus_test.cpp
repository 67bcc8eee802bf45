// The real corpus (fixtures/corpus, in the repository: 797 page-text cables, 50 bare ones, the seed),
// linted with the defaults. Every finding class there was reviewed against the cables: docs/corpus-review.md records,
// per rule and severity, how many findings and cables, and why they are genuine. This test holds the corpus to that
// table, so that a regression in either direction (a new false alarm, a lost finding) fails.
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>

#include "helpers.hpp"

using namespace cablelint;

namespace {

struct Count {
    std::size_t findings = 0;
    std::set<std::string> cables;
};

// Rows of the review table: | CODE | severity | findings | cables | …
std::map<std::string, std::pair<std::size_t, std::size_t>> reviewed() {
    const std::string doc = testing::read_file(testing::repo() / "docs/corpus-review.md");
    const std::regex row(R"(\n\| ([WHDECSTPF]\d{3}) \| (error|warning|info) \| (\d+) \| (\d+) \|)");
    std::map<std::string, std::pair<std::size_t, std::size_t>> out;
    for (auto it = std::sregex_iterator(doc.begin(), doc.end(), row); it != std::sregex_iterator(); ++it) {
        out[(*it)[1].str() + " " + (*it)[2].str()] = {std::stoul((*it)[3]), std::stoul((*it)[4])};
    }
    return out;
}

}  // namespace

TEST_CASE("the real corpus gives exactly the reviewed findings") {
    const auto expected = reviewed();
    REQUIRE(expected.size() > 20);
    std::map<std::string, Count> actual;
    std::size_t files = 0;
    for (const char* dir : {"cablegate", "bare", "seed"}) {
        for (const auto& e : std::filesystem::directory_iterator(testing::corpus() / dir)) {
            if (e.path().extension() != ".txt") continue;
            ++files;
            for (const Finding& f : testing::lint_file(e.path())) {
                Count& c = actual[f.code + " " + severity_name(f.severity)];
                ++c.findings;
                c.cables.insert(std::string(dir) + "/" + e.path().filename().string());
            }
        }
    }
    CHECK(files == 848);
    std::set<std::string> keys;
    for (const auto& [k, v] : expected) keys.insert(k);
    for (const auto& [k, v] : actual) keys.insert(k);
    for (const auto& k : keys) {
        INFO(k << " (docs/corpus-review.md)");
        const auto e = expected.count(k) ? expected.at(k) : std::pair<std::size_t, std::size_t>{0, 0};
        const auto a = actual.count(k) ? std::pair<std::size_t, std::size_t>{actual.at(k).findings, actual.at(k).cables.size()}
                                       : std::pair<std::size_t, std::size_t>{0, 0};
        CHECK(a.first == e.first);     // findings
        CHECK(a.second == e.second);   // cables
    }
}

TEST_CASE("the seed has no error-level finding") {
    for (const Finding& f : testing::lint_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt")) {
        INFO(f.code << " " << f.message);
        CHECK(f.severity != Severity::error);
    }
}
