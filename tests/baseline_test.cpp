// Baselines (--write-baseline, --baseline): written on the real corpus they silence it, survive lines inserted above
// every finding, still report a newly injected defect, and say when entries no longer match.
#include <catch2/catch.hpp>

#include <fstream>

#include <nlohmann/json.hpp>

#include "engine.hpp"
#include "helpers.hpp"

namespace fs = std::filesystem;

namespace {

// A copy of the corpus to write into.
struct CorpusCopy : testing::TempDir {
    CorpusCopy() : TempDir("cablelint-baseline-") { fs::copy(testing::corpus(), dir / "corpus", fs::copy_options::recursive); }
    std::string baseline() const { return path("baseline.json"); }
    std::string corpus() const { return path("corpus"); }
    std::string seed() const { return path("corpus/seed/09ASTANA1366.txt"); }
};

void rewrite(const std::string& path, const std::string& from, const std::string& to) {
    std::string text = testing::read_file(path);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::ofstream(path, std::ios::binary) << text;
}

nlohmann::json summary_of(const testing::Run& r) { return nlohmann::json::parse(r.out)["summary"]; }

}  // namespace

TEST_CASE("a baseline written on the corpus silences it") {
    CorpusCopy c;
    const auto w = testing::cli({c.corpus(), "--no-config", "--write-baseline", c.baseline()});
    CHECK(w.code == 0);
    CHECK(w.err.find("cablelint: recorded ") == 0);
    const auto plain = summary_of(testing::cli({c.corpus(), "--no-config", "--format", "json"}));
    const std::size_t all = plain["errors"].get<std::size_t>() + plain["warnings"].get<std::size_t>() + plain["infos"].get<std::size_t>();
    REQUIRE(all > 1000);
    CHECK(w.err.find("recorded " + std::to_string(all) + " findings") != std::string::npos);

    const auto r = testing::cli({c.corpus(), "--no-config", "--baseline", c.baseline(), "--format", "json"});
    CHECK(r.code == 0);
    const auto s = summary_of(r);
    CHECK(s["errors"] == 0);
    CHECK(s["warnings"] == 0);
    CHECK(s["infos"] == 0);
    CHECK(s["baselined"] == all);
    CHECK(s["baselineUnmatched"] == 0);

    SECTION("it survives lines inserted above every finding") {
        for (const auto& e : fs::recursive_directory_iterator(c.corpus())) {
            if (e.path().extension() != ".txt") continue;
            const std::string text = testing::read_file(e.path());
            std::ofstream(e.path(), std::ios::binary) << "\n\n" << text;
        }
        const auto moved = testing::cli({c.corpus(), "--no-config", "--baseline", c.baseline(), "--format", "json"});
        INFO(moved.out.substr(0, 3000));
        CHECK(moved.code == 0);
        CHECK(summary_of(moved)["baselined"] == all);
        CHECK(summary_of(moved)["baselineUnmatched"] == 0);
    }
    SECTION("it survives edits beside a finding on its line") {
        // P801 points at the wrapped "7." of line 100; a typo fixed later on the line does not bring it back.
        rewrite(c.seed(), "7. The Ambassador congratulated", "7. The Ambassador congratulatd");
        const auto edited = testing::cli({c.seed(), "--no-config", "--baseline", c.baseline(), "-q"});
        CHECK(edited.out.empty());
        CHECK(edited.code == 0);
    }
    SECTION("it still reports a new defect of a rule the file already has") {
        // The seed has a P802 (a blank line inside a sentence) in the baseline; a second one is new.
        rewrite(c.seed(), "Minister of Defense\nAdilbek", "Minister of\n\nDefense Adilbek");
        const auto r2 = testing::cli({c.seed(), "--no-config", "--baseline", c.baseline(), "-q"});
        CHECK(r2.out == c.seed() + ":65:1: info: blank line inside a sentence: `…with Minister of` goes on in "
                                   "`Defense Adilbek Dzhaksybekov…` after it; a transcription artifact (a page break "
                                   "turned into a blank line): join the two lines [P802 paragraph-split] [*]\n");
    }
    SECTION("entries that no longer match are counted, so the baseline can shrink") {
        rewrite(c.seed(), "\"logistics base\" for\n\nU.S. troops", "\"logistics base\" for\nU.S. troops");
        const auto fixed = testing::cli({c.corpus(), "--no-config", "--baseline", c.baseline()});
        CHECK(fixed.code == 0);
        CHECK(fixed.out.find("; 1 baseline entry no longer matches (fixed since: --write-baseline shrinks it).\n") !=
              std::string::npos);
    }
    SECTION("its paths are relative to it, so it works from another directory") {
        const auto text = testing::read_file(c.baseline());
        CHECK(text.find("\"file\":\"corpus/seed/09ASTANA1366.txt\"") != std::string::npos);
        CHECK(text.find(c.dir.string()) == std::string::npos);
    }
}

TEST_CASE("a baseline that is not one is an error with exit 2") {
    testing::TempDir tmp("cablelint-baseline-");
    const std::string cable = (testing::repo() / "fixtures/seed/09ASTANA1366.txt").string();
    const auto missing = testing::cli({cable, "--baseline", tmp.path("none.json")});
    CHECK(missing.code == 2);
    CHECK(missing.err == "cablelint: cannot read the baseline " + tmp.path("none.json") + ": No such file or directory\n");
    const auto garbled = testing::cli({cable, "--baseline", tmp.write("garbled.json", "{\"version\": 1,")});
    CHECK(garbled.code == 2);
    CHECK(garbled.err.find(": not a baseline: invalid JSON (parse error at line 1") != std::string::npos);
    CHECK(garbled.err.find("json.exception") == std::string::npos);
    // A baseline that cannot be written is an error, not a crash.
    const auto unwritable = testing::cli({cable, "--write-baseline", tmp.path("no/such/dir/b.json")});
    CHECK(unwritable.code == 2);
    CHECK(unwritable.err.find("cannot write the baseline " + tmp.path("no/such/dir/b.json") + ": No such file or directory") !=
          std::string::npos);
    const auto bad = testing::cli({cable, "--baseline", tmp.write("bad.json", "{\"findings\": 3}")});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("not a baseline of this cablelint") != std::string::npos);
    const auto huge = testing::cli({cable, "--baseline", tmp.write("huge.json", "{\"version\": 1e99999, \"findings\": []}")});
    CHECK(huge.code == 2);
    CHECK(huge.err.find("not a baseline: invalid JSON (") != std::string::npos);
    const auto entry = testing::cli({cable, "--baseline", tmp.write("entry.json", "{\"version\": 1, \"findings\": [{\"code\": \"P801\"}]}")});
    CHECK(entry.code == 2);
    CHECK(entry.err.find("a baseline entry needs file, code and fingerprint") != std::string::npos);
}

TEST_CASE("a page wrapper after blank lines is still the wrapper") {
    const std::string seed = testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    cablelint::Source src("t.txt", "\n\n" + seed);
    const cablelint::Document doc = cablelint::parse_document(src);
    CHECK(doc.wrapper.present);
    CHECK(std::string(doc.wrapper.identifier).find("09ASTANA1366") != std::string::npos);
}

TEST_CASE("the configuration that docs/adoption.md shows loads") {
    const std::string page = testing::read_file(testing::repo() / "docs/adoption.md");
    const auto open = page.find("```yaml\nrules:");
    REQUIRE(open != std::string::npos);
    const std::string yaml = page.substr(open + 8, page.find("```", open + 8) - open - 8);
    testing::TempDir tmp("cablelint-adoption-");
    const auto config = cablelint::Config::load(tmp.write(".cablelint.yaml", yaml));
    CHECK(config->setting(*config->catalogue().find("F902")).severity == cablelint::Severity::off);
}
