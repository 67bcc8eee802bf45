// Autofix (--fix, --diff, --unsafe-fixes): every fixable rule turns its failing fixture into fixtures/rules/<CODE>/
// fail.fixed and leaves nothing of its own to fix there; fixes keep the file's encoding, line ends and permissions,
// are idempotent, and are written atomically. CABLELINT_UPDATE_EXPECTED=1 rewrites the fail.fixed files.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "catalogue.hpp"
#include "diff.hpp"
#include "fix.hpp"
#include "helpers.hpp"

using namespace cablelint;
namespace fs = std::filesystem;

namespace {

Selection only(const std::string& code) {
    Selection sel;
    sel.select.insert(code);
    return sel;
}

FixOutcome fix_bytes(const std::string& bytes, const Selection& sel = {}, FixLevel level = FixLevel::safe) {
    return fix_source("test.txt", bytes, *Config::defaults(), sel, level);
}

// The test text with one line-end style and one encoding.
std::string crlf(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}
std::string utf16le(std::string_view ascii) {
    std::string out = "\xFF\xFE";
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

const char* kCable =
    "UNCLASSIFIED\n"
    "\n"
    "E.O. 12958: N/A\n"
    "TAGS: PREL, PGOV\n"
    "SUBJECT: TEST   \n"
    "\n"
    "1. Text \xE2\x80\x9Cquoted\xE2\x80\x9D &amp; more.\n";

}  // namespace

TEST_CASE("a rule has a fixed fixture exactly when its catalogue entry has a fix") {
    for (const RuleInfo& r : builtin_catalogue().rules()) {
        INFO(r.code);
        const bool fixed_fixture = fs::exists(testing::repo() / "fixtures/rules" / r.code / "fail.fixed");
        CHECK(fixed_fixture == (r.fix != RuleInfo::FixKind::none));
        if (r.fix != RuleInfo::FixKind::none) CHECK_FALSE(r.fix_title.empty());
    }
}

// A check may pass safe=false for one finding of a rule whose fix is safe (E410: a two-digit year's century is a
// guess); the catalogue then says when, so that `rules` and editors do not call every one of its fixes safe.
TEST_CASE("a safe rule makes a fix unsafe only where its catalogue entry says when") {
    std::set<std::string> demoted;
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(testing::corpus()))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    for (const auto& e : fs::directory_iterator(testing::repo() / "fixtures/rules")) files.push_back(e.path() / "fail.txt");
    for (const fs::path& p : files) {
        for (const Finding& f : testing::lint_file(p)) {
            const RuleInfo* rule = builtin_catalogue().find(f.code);
            if (!f.fix || f.fix->safe || rule == nullptr || rule->fix != RuleInfo::FixKind::safe) continue;
            INFO(p.string() << ": " << f.code);
            CHECK_FALSE(rule->fix_unsafe_when.empty());
            demoted.insert(f.code);
        }
    }
    for (const RuleInfo& r : builtin_catalogue().rules()) {
        INFO(r.code);
        if (!r.fix_unsafe_when.empty()) CHECK(demoted.count(r.code) == 1);   // the corpus has such a finding
    }
    CHECK(demoted.count("E410") == 1);
}

TEST_CASE("each fixable rule's fixes turn its failing fixture into its fixed fixture") {
    const bool update = std::getenv("CABLELINT_UPDATE_EXPECTED") != nullptr;
    for (const RuleInfo& r : builtin_catalogue().rules()) {
        if (r.fix == RuleInfo::FixKind::none) continue;
        DYNAMIC_SECTION(r.code << " " << r.name) {
            const fs::path dir = testing::repo() / "fixtures/rules" / r.code;
            const FixOutcome o = fix_bytes(testing::read_file(dir / "fail.txt"), only(r.code), FixLevel::unsafe);
            if (update) std::ofstream(dir / "fail.fixed", std::ios::binary) << o.bytes;
            CHECK(o.changed);
            CHECK(o.fixed > 0);
            CHECK(o.bytes == testing::read_file(dir / "fail.fixed"));
            // Nothing of the rule's is left to fix, and a second run changes nothing.
            for (const Finding& f : o.remaining) {
                INFO(f.code << " " << f.message);
                CHECK_FALSE(f.fix.has_value());
            }
            const FixOutcome again = fix_bytes(o.bytes, only(r.code), FixLevel::unsafe);
            CHECK_FALSE(again.changed);
            CHECK(again.bytes == o.bytes);
        }
    }
}

TEST_CASE("fixes of every rule leave the rule's fixture variants with nothing to fix and are idempotent") {
    for (const RuleInfo& r : builtin_catalogue().rules()) {
        if (r.fix == RuleInfo::FixKind::none) continue;
        const fs::path dir = testing::repo() / "fixtures/rules" / r.code;
        for (const auto& entry : fs::directory_iterator(dir)) {
            if (entry.path().extension() != ".txt") continue;
            INFO(entry.path());
            const std::string before = testing::read_file(entry.path());
            const FixOutcome o = fix_bytes(before, only(r.code), FixLevel::unsafe);
            for (const Finding& f : o.remaining) CHECK_FALSE(f.fix.has_value());
            CHECK_FALSE(fix_bytes(o.bytes, only(r.code), FixLevel::unsafe).changed);
            // A passing variant has nothing of the rule's: fixing changes nothing.
            if (entry.path().filename().string().starts_with("pass")) CHECK(o.bytes == before);
        }
    }
}

TEST_CASE("safe fixes leave unsafe ones alone unless asked") {
    const fs::path fail = testing::repo() / "fixtures/rules/W106/fail.txt";
    const std::string bytes = testing::read_file(fail);
    const FixOutcome safe = fix_bytes(bytes, only("W106"), FixLevel::safe);
    CHECK_FALSE(safe.changed);
    REQUIRE_FALSE(safe.remaining.empty());
    REQUIRE(safe.remaining.front().fix.has_value());
    CHECK_FALSE(safe.remaining.front().fix->safe);
    CHECK(fix_bytes(bytes, only("W106"), FixLevel::unsafe).changed);
}

TEST_CASE("a fix keeps the file's line ends and encoding and byte-order mark") {
    Selection sel;
    sel.select = {"F902", "F903", "F905"};
    const FixOutcome lf = fix_bytes(kCable, sel);
    const std::string expected =
        "UNCLASSIFIED\n\nE.O. 12958: N/A\nTAGS: PREL, PGOV\nSUBJECT: TEST\n\n1. Text \"quoted\" & more.\n";
    CHECK(lf.bytes == expected);
    SECTION("CRLF stays CRLF") { CHECK(fix_bytes(crlf(kCable), sel).bytes == crlf(expected)); }
    SECTION("a UTF-8 byte-order mark stays") {
        CHECK(fix_bytes("\xEF\xBB\xBF" + std::string(kCable), sel).bytes == "\xEF\xBB\xBF" + expected);
    }
    SECTION("UTF-16 stays UTF-16") {
        const std::string ascii = "UNCLASSIFIED\n\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: TEST   \n\n1. A &amp; B.\n";
        const FixOutcome o = fix_bytes(utf16le(ascii), sel);
        CHECK(o.bytes == utf16le("UNCLASSIFIED\n\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: TEST\n\n1. A & B.\n"));
    }
    SECTION("Windows-1252 stays Windows-1252") {
        const std::string text = "UNCLASSIFIED\n\nE.O. 12958: N/A\nSUBJECT: CAF\xE9   \n\n1. \x93Quoted\x94.\n";
        const FixOutcome o = fix_bytes(text, sel);
        CHECK(o.bytes == "UNCLASSIFIED\n\nE.O. 12958: N/A\nSUBJECT: CAF\xE9\n\n1. \"Quoted\".\n");
    }
}

TEST_CASE("F904's fix writes LF line ends and expands tabs") {
    const FixOutcome o = fix_bytes(crlf("UNCLASSIFIED\n\nE.O. 12958: N/A\nSUBJECT: A\tB\n\n1. Text.\n"), only("F904"));
    CHECK(o.bytes == "UNCLASSIFIED\n\nE.O. 12958: N/A\nSUBJECT: A      B\n\n1. Text.\n");
    const FixOutcome mixed = fix_bytes("UNCLASSIFIED\r\n\nE.O. 12958: N/A\r\nSUBJECT: A\n\r\n1. Text.\n", only("F904"));
    CHECK(mixed.bytes == "UNCLASSIFIED\n\nE.O. 12958: N/A\nSUBJECT: A\n\n1. Text.\n");
}

TEST_CASE("fixes that overlap are applied in rounds") {
    // Two findings of one span: one fix per round, and the second is found again (or gone) on the fixed text.
    const std::string text = "UNCLASSIFIED\n\nE.O. 12958: N/A\nSUBJECT: A&amp;amp;B\n\n1. Text.\n";
    const FixOutcome o = fix_bytes(text, only("F903"));
    CHECK(o.bytes == "UNCLASSIFIED\n\nE.O. 12958: N/A\nSUBJECT: A&B\n\n1. Text.\n");
    CHECK(o.fixed == 2);
    std::size_t applied = 0;
    Source src("t.txt", "abcdef");
    const Fix a{{{Span{1, 3}, "X"}}, true, ""}, b{{{Span{2, 4}, "Y"}}, true, ""}, c{{{Span{4, 5}, "Z"}}, true, ""};
    CHECK(apply_fixes(src, "abcdef", {&a, &b, &c}, applied) == "aXdZf");
    CHECK(applied == 2);
    // An insertion where a replacement starts waits for the next round (their order is unknown).
    const Fix insert{{{Span{1, 1}, "I"}}, true, ""};
    CHECK(apply_fixes(src, "abcdef", {&a, &insert}, applied) == "aXdef");
    CHECK(applied == 1);
    CHECK(apply_fixes(src, "abcdef", {&insert, &a}, applied) == "aIbcdef");
    CHECK(applied == 1);
}

TEST_CASE("F903 lets its regex decide where a non-ASCII character follows < or & (its case folding reads ſ as s)") {
    const std::string text = "UNCLASSIFIED\n\nE.O. 12958: N/A\nSUBJECT: A <\xC5\xBFpan>B\n\n1. Text.\n";
    const FixOutcome o = fix_bytes(text, only("F903"));
    CHECK(o.bytes == "UNCLASSIFIED\n\nE.O. 12958: N/A\nSUBJECT: A B\n\n1. Text.\n");
    CHECK(o.fixed == 1);
}

TEST_CASE("a fix in the first copy of a head block printed twice is made in the second copy too") {
    const std::string fail = testing::read_file(testing::repo() / "fixtures/rules/T702/fail.txt");
    auto count = [](const std::string& text, const std::string& what) {
        std::size_t n = 0;
        for (std::size_t p = 0; (p = text.find(what, p)) != std::string::npos; ++p) ++n;
        return n;
    };
    REQUIRE(count(fail, "\nTAGES: ") == 2);   // both copies misspelt, the first with a trailing space on its banner
    const FixOutcome both = fix_bytes(fail, only("T702"));
    CHECK(count(both.bytes, "\nTAGES: ") == 0);
    CHECK(count(both.bytes, "\nTAGS: ") == 2);
    CHECK(both.fixed == 1);
    // Copies that differ elsewhere are left as they are: P806 says how they differ.
    std::string differ = fail;
    differ.replace(differ.rfind("ABOUT U.S.-KAZAKHSTANI"), 5, "ABOVE");
    const FixOutcome first_only = fix_bytes(differ, only("T702"));
    CHECK(count(first_only.bytes, "\nTAGES: ") == 1);
    CHECK(first_only.bytes.find("\nTAGS: ") < first_only.bytes.find("\nTAGES: "));
}

TEST_CASE("unified diffs are what diff -u writes") {
    CHECK(unified_diff("f", "a\nb\n", "a\nb\n").empty());
    CHECK(unified_diff("f", "a\nb\nc\n", "a\nB\nc\n") == "--- f\n+++ f\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
    CHECK(unified_diff("f", "a\n", "a\nb") == "--- f\n+++ f\n@@ -1 +1,2 @@\n a\n+b\n\\ No newline at end of file\n");
    CHECK(unified_diff("f", "", "x\n") == "--- f\n+++ f\n@@ -0,0 +1 @@\n+x\n");
    // Changes far apart are separate hunks with three lines of context.
    std::string before, after;
    for (int i = 1; i <= 20; ++i) {
        before += std::to_string(i) + "\n";
        after += (i == 2 || i == 18 ? "x" : std::to_string(i)) + "\n";
    }
    CHECK(unified_diff("f", before, after) ==
          "--- f\n+++ f\n@@ -1,5 +1,5 @@\n 1\n-2\n+x\n 3\n 4\n 5\n@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+x\n 19\n 20\n");
}

TEST_CASE("fixing in place (--fix) keeps the permissions and --diff changes nothing") {
    testing::TempDir tmp("cablelint-fix-");
    const std::string path = tmp.write("cable.txt", kCable);
    ::chmod(path.c_str(), 0640);
    const auto d = testing::cli({path, "--diff", "--no-config"});
    CHECK(d.code == 1);
    CHECK(d.out.starts_with("--- " + path + "\n+++ " + path + "\n@@ "));
    CHECK(d.err == "cablelint: 3 fixes in 1 file would be applied (--fix applies them)\n");
    CHECK(testing::read_file(path) == kCable);
    // With the unsafe fixes shown, the command that applies what was shown.
    const auto u = testing::cli({path, "--diff", "--unsafe-fixes", "--no-config"});
    CHECK(u.err == "cablelint: 3 fixes in 1 file would be applied (--fix --unsafe-fixes applies them)\n");
    CHECK(testing::read_file(path) == kCable);

    const auto f = testing::cli({path, "--fix", "--no-config", "--select", "F902,F903"});
    CHECK(f.out.find("Applied 3 fixes in 1 file.\n") != std::string::npos);
    CHECK(testing::read_file(path) == "UNCLASSIFIED\n\nE.O. 12958: N/A\nTAGS: PREL, PGOV\nSUBJECT: TEST   \n\n1. Text \"quoted\" & more.\n");
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
    // Nothing is left beside it.
    CHECK(std::distance(fs::directory_iterator(tmp.dir), fs::directory_iterator()) == 1);
    const auto again = testing::cli({path, "--diff", "--no-config", "--select", "F902,F903"});
    CHECK(again.code == 0);
    CHECK(again.out.empty());
    CHECK(again.err == "cablelint: no fixes to apply\n");
}

TEST_CASE("the diff of a UTF-16 file is its text in UTF-8 with its encoding named") {
    testing::TempDir tmp("cablelint-fix-");
    const std::string text = "UNCLASSIFIED\n\nE.O. 12958: N/A\nTAGS: PREL, PGOV\nSUBJECT: TEST\n\n1. A &amp; B.\n";
    const std::string path = tmp.write("cable.txt", utf16le(text));
    const auto d = testing::cli({path, "--diff", "--no-config", "--select", "F903"});
    CHECK(d.code == 1);
    const std::string label = path + "\t(UTF-16LE, shown as UTF-8)\n";
    CHECK(d.out == "--- " + label + "+++ " + label +
                       "@@ -4,4 +4,4 @@\n TAGS: PREL, PGOV\n SUBJECT: TEST\n \n-1. A &amp; B.\n+1. A & B.\n");
    CHECK(testing::read_file(path) == utf16le(text));
    // A file in one byte a character is shown as its bytes, as `diff -u` shows it.
    const std::string w1252 = tmp.write("w1252.txt", "UNCLASSIFIED\n\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: TEST\n\n1. Caf\xE9 &amp; B.\n");
    const auto w = testing::cli({w1252, "--diff", "--no-config", "--select", "F903"});
    CHECK(w.out == "--- " + w1252 + "\n+++ " + w1252 + "\n@@ -4,4 +4,4 @@\n TAGS: PREL\n SUBJECT: TEST\n \n-1. Caf\xE9 &amp; B.\n+1. Caf\xE9 & B.\n");
}

TEST_CASE("fixes that cannot be written back leave the file as it was and report its findings as it is") {
    testing::TempDir tmp("cablelint-fix-");
    // Writing beside the file fails even for root: its temporary name (".NAME.cablelint-XXXXXX") is too long.
    const std::string path = tmp.write(std::string(240, 'x') + ".txt", kCable);
    const std::string why = "cannot write beside the file: File name too long";
    const auto plain = testing::cli({path, "--no-config", "-q"});
    REQUIRE(plain.out.find("[F903 markup-leftover] [*]\n") != std::string::npos);
    const auto f = testing::cli({path, "--fix", "--no-config", "-q"});
    CHECK(f.code == 2);
    CHECK(f.out == path + ": error: the fixes were not written: " + why + "\n" + plain.out);
    CHECK(testing::read_file(path) == kCable);
    CHECK(std::distance(fs::directory_iterator(tmp.dir), fs::directory_iterator()) == 1);
    const auto summary = testing::cli({path, "--fix", "--no-config"});
    CHECK(summary.out.find("Linted 1 file: ") != std::string::npos);
    CHECK(summary.out.find("; the fixes of 1 file could not be written.\n") != std::string::npos);
    CHECK(summary.out.find("Applied") == std::string::npos);

    const auto as_is = nlohmann::json::parse(testing::cli({path, "--no-config", "--format", "json"}).out);
    const auto j = nlohmann::json::parse(testing::cli({path, "--fix", "--no-config", "--format", "json"}).out);
    CHECK(j["files"][0]["unwritten"] == why);
    CHECK(j["files"][0]["findings"] == as_is["files"][0]["findings"]);
    CHECK(j["summary"]["unwritten"] == 1);
    CHECK(j["summary"]["fixed"] == 0);
    CHECK(j["summary"]["fixable"] == as_is["summary"]["fixable"]);
    const auto sarif = nlohmann::json::parse(testing::cli({path, "--fix", "--no-config", "--format", "sarif"}).out);
    CHECK(sarif["runs"][0]["results"].size() == as_is["files"][0]["findings"].size());
    CHECK(sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] ==
          path + ": the fixes were not written: " + why);
}

TEST_CASE("fixing (--fix) through a symbolic link rewrites the target and keeps the link") {
    testing::TempDir tmp("cablelint-fix-");
    const std::string target = tmp.write("real.txt", kCable);
    fs::create_symlink("real.txt", tmp.dir / "link.txt");
    testing::cli({tmp.path("link.txt"), "--fix", "--no-config", "--select", "F903"});
    CHECK(fs::is_symlink(tmp.dir / "link.txt"));
    CHECK(testing::read_file(target).find("&amp;") == std::string::npos);
}

TEST_CASE("fixing (--fix) standard input writes the fixed text to stdout and the findings to stderr") {
    const auto r = testing::cli({"-", "--fix", "--no-config", "--select", "F903"}, kCable);
    CHECK(r.out == "UNCLASSIFIED\n\nE.O. 12958: N/A\nTAGS: PREL, PGOV\nSUBJECT: TEST   \n\n1. Text \xE2\x80\x9Cquoted\xE2\x80\x9D & more.\n");
    CHECK(r.err.find("Applied 1 fix in 1 file.") != std::string::npos);
}

TEST_CASE("text output marks fixable findings and counts them") {
    const auto r = testing::cli({"-", "--no-config", "--select", "F902,W106"}, kCable);
    CHECK(r.out.find("[F902 non-ascii] [*]\n") != std::string::npos);
    CHECK(r.out.find("[*] 2 fixable with --fix.\n") != std::string::npos);
    const fs::path w106 = testing::repo() / "fixtures/rules/W106/fail.txt";
    const auto u = testing::cli({w106.string(), "--no-config", "--select", "W106"});
    CHECK(u.out.find("[*]") == std::string::npos);
    CHECK(u.out.find("more is fixable with --unsafe-fixes") != std::string::npos);
    const auto uu = testing::cli({w106.string(), "--no-config", "--select", "W106", "--unsafe-fixes"});
    CHECK(uu.out.find("[W106 tags-mismatch] [*]") != std::string::npos);
}

TEST_CASE("each fixable rule's docs page shows its fix as cablelint writes it") {
    for (const RuleInfo& r : builtin_catalogue().rules()) {
        const std::string page = testing::read_file(testing::repo() / "docs/rules" / (r.code + "-" + r.name + ".md"));
        const auto at = page.find("\n## Fix\n");
        INFO(r.code);
        if (r.fix == RuleInfo::FixKind::none) {
            CHECK(at == std::string::npos);
            continue;
        }
        REQUIRE(at != std::string::npos);
        const std::string section = page.substr(at, page.find("\n## ", at + 1) - at);
        CHECK(section.find(r.fix_title) != std::string::npos);
        CHECK(section.find(r.fix == RuleInfo::FixKind::safe ? "`cablelint --fix` applies it" : "--unsafe-fixes") !=
              std::string::npos);
        // The diff shown is the start of what --diff prints on the rule's failing fixture (CRs aside: F904's page
        // cannot show them).
        const auto open = section.find("```diff\n");
        REQUIRE(open != std::string::npos);
        const std::string shown = section.substr(open + 8, section.find("```", open + 8) - open - 8);
        const std::string fixture = "fixtures/rules/" + r.code + "/fail.txt";
        const auto run = testing::cli({(testing::repo() / fixture).string(), "--no-config", "--select", r.code,
                                       "--unsafe-fixes", "--diff"});
        std::string diff = run.out;
        std::erase(diff, '\r');
        const std::string prefix = (testing::repo() / fixture).string();
        for (std::size_t p = diff.find(prefix); p != std::string::npos; p = diff.find(prefix)) diff.replace(p, prefix.size(), fixture);
        CHECK(diff.starts_with(shown));
    }
}

TEST_CASE("fixing standard input keeps stdout for the fixed text alone, statistics go to stderr") {
    const auto r = testing::cli({"-", "--fix", "--no-config", "--statistics", "--select", "F903"}, kCable);
    CHECK(r.out == "UNCLASSIFIED\n\nE.O. 12958: N/A\nTAGS: PREL, PGOV\nSUBJECT: TEST   \n\n1. Text \xE2\x80\x9Cquoted\xE2\x80\x9D & more.\n");
    CHECK(r.err.find("COUNT  FILES") != std::string::npos);
    const auto d = testing::cli({"-", "--diff", "--no-config", "--statistics", "--select", "F903"}, kCable);
    CHECK(d.out.find("COUNT") == std::string::npos);
}
