// The walk over named paths: the order of the files, a directory at a time.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "input_walk.hpp"
#include "helpers.hpp"

namespace fs = std::filesystem;
using namespace cablelint;

namespace {

std::vector<std::string> walked(const std::vector<std::string>& paths) {
    ConfigResolver resolver(std::nullopt, true);
    InputWalk walk(paths, "", resolver, false);
    std::vector<std::string> out;
    while (auto input = walk.next()) out.push_back(input->path);
    return out;
}

}  // namespace

TEST_CASE("a directory walk gives the files in the order of their paths, read a directory at a time") {
    testing::TempDir box("cablelint-walk-");
    // Names around "/" in byte order ("-" and "." sort before it, "0" and letters after) and a directory that is a
    // prefix of a file's name: the order of a sorted list of the whole tree is the order within each directory of
    // names, a directory's name followed by "/".
    const std::vector<std::string> names = {"a.txt",     "a/b.txt",   "a/b/c.txt", "a-b.txt",  "a0.txt",   "a.b/c.txt",
                                            "a-c/x/y.txt", "a-c.txt", "A/q.txt",   "z/1.txt",  "_.txt",    "a b.txt",
                                            "\xc3\xa9.txt", "ab/d.txt", "ab.txt",  "a/b-.txt", "a/b/.txt", "a/b0/e.txt"};
    for (const auto& n : names) box.write(n, "UNCLASSIFIED\n");
    box.write("notes.md", "not a cable");
    box.write(".hidden/h.txt", "UNCLASSIFIED\n");
    box.write("ignored/i.txt", "UNCLASSIFIED\n");
    box.write(".gitignore", "ignored/\n");
    const std::string root = box.dir.string();
    std::vector<std::string> sorted;
    for (const auto& n : names) sorted.push_back(root + "/" + n);
    std::sort(sorted.begin(), sorted.end());

    CHECK(walked({root}) == sorted);
    SECTION("roots are walked in the order named, each sorted; files named are given as named") {
        std::vector<std::string> expected = {root + "/z/1.txt", root + "/ab.txt"};
        for (const auto& p : sorted) {
            if (p.starts_with(root + "/a/")) expected.push_back(p);
        }
        CHECK(walked({root + "/z", root + "/ab.txt", root + "/a"}) == expected);
    }
    SECTION("a path spelled with ./ and .. is shown normalised, in the same order") {
        const auto spelled = walked({root + "/./z/../"});
        REQUIRE(spelled.size() == sorted.size());
        CHECK(spelled == sorted);
    }
}

TEST_CASE("a file is given once however often it is named") {
    testing::TempDir box("cablelint-walk-");
    for (const char* n : {"d/a.txt", "d/b.txt", "d/sub/c.txt", "e.txt"}) box.write(n, "UNCLASSIFIED\n");
    const std::string d = box.path("d"), e = box.path("e.txt");
    const std::vector<std::string> all_d = {d + "/a.txt", d + "/b.txt", d + "/sub/c.txt"};
    // Twice, or in two spellings: the first.
    CHECK(walked({e, e}) == std::vector<std::string>{e});
    CHECK(walked({e, box.path("d/../e.txt")}) == std::vector<std::string>{e});
    CHECK(walked({d, d}) == all_d);
    // Named, and in a named directory: where it is named, before or after the directory's other files.
    CHECK(walked({d, d + "/a.txt"}) == std::vector<std::string>{d + "/b.txt", d + "/sub/c.txt", d + "/a.txt"});
    CHECK(walked({d + "/a.txt", d}) == std::vector<std::string>{d + "/a.txt", d + "/b.txt", d + "/sub/c.txt"});
    // A link in a named directory to a file named: the file, given where it is named.
    std::filesystem::create_symlink("../e.txt", box.path("d/link-to-e.txt"));
    CHECK(walked({e, d}) == std::vector<std::string>{e, d + "/a.txt", d + "/b.txt", d + "/sub/c.txt"});
    std::filesystem::remove(box.path("d/link-to-e.txt"));
    // A directory inside a named one: walked where it is named, and passed over by the outer walk.
    CHECK(walked({d + "/sub", d}) == std::vector<std::string>{d + "/sub/c.txt", d + "/a.txt", d + "/b.txt"});
    CHECK(walked({d, d + "/sub"}) == all_d);
    // Even when the outer walk would leave it out (hidden): named, it is walked.
    box.write("d/.hidden/h.txt", "UNCLASSIFIED\n");
    CHECK(walked({d, d + "/.hidden"}) == std::vector<std::string>{d + "/a.txt", d + "/b.txt", d + "/sub/c.txt", d + "/.hidden/h.txt"});
    // A path that does not exist: one error.
    CHECK(walked({box.path("no.txt"), box.path("./no.txt")}) == std::vector<std::string>{box.path("no.txt")});
    // Standard input: read and reported once.
    const auto twice = testing::cli({"-", "-", "--no-config", "--format", "json"}, "UNCLASSIFIED\n");
    CHECK(nlohmann::json::parse(twice.out)["files"].size() == 1);
}
