// Configuration and output users can see and trust (issue 9): rules and rule read the nearest config, rules in JSON,
// --show-settings, directory walks that skip hidden and git-ignored directories and non-cables, --force-exclude,
// --output-file, --stdin-filename alone, parse -, --statistics per severity.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "gitignore.hpp"
#include "helpers.hpp"

namespace fs = std::filesystem;

namespace {

std::string seed_text() { return testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"); }

// Runs the command line with the working directory set to `dir` (rules and rule read the config found from it).
testing::Run cli_in(const fs::path& dir, const std::vector<std::string>& args) {
    const fs::path before = fs::current_path();
    fs::current_path(dir);
    testing::Run r = testing::cli(args);
    fs::current_path(before);
    return r;
}

const char* kConfig =
    "rules:\n  P801: error\n  E402: {options: {short_form: report}}\n"
    "custom-rules:\n  - {code: X001, name: no-marker, kind: forbidden, pattern: 'XXBADXX', severity: error, message: \"marker {value}\"}\n"
    "exclude: [\"drafts/*\"]\n"
    "per-file-ignores:\n  \"old/*.txt\": [W107]\n";

}  // namespace

TEST_CASE("rules and rule read the nearest config: custom rules and configured severities") {
    testing::TempDir tmp("cablelint-settings-");
    tmp.write(".cablelint.yaml", kConfig);
    fs::create_directories(tmp.dir / "sub");
    const auto list = cli_in(tmp.dir / "sub", {"rules"});
    CHECK(list.code == 0);
    CHECK(list.out.find("X001  no-marker") != std::string::npos);
    CHECK(list.out.find("P801  paragraph-sequence            error*") != std::string::npos);
    CHECK(list.out.find("C502  banner-malformed              error    *   ") != std::string::npos);
    CHECK(list.out.find("SEVERITY: * set by the configuration: " + (tmp.dir / ".cablelint.yaml").string()) != std::string::npos);
    CHECK(list.out.find("FIX: * a safe fix (--fix), (*) an unsafe one (--unsafe-fixes).") != std::string::npos);
    const auto one = cli_in(tmp.dir, {"rule", "X001"});
    CHECK(one.code == 0);
    CHECK(one.out.find("# X001 no-marker") != std::string::npos);
    const auto p801 = cli_in(tmp.dir, {"rule", "P801"});
    CHECK(p801.out.find("## In this configuration\n\nSeverity error; options none") != std::string::npos);
    // --no-config: the built-in catalogue alone.
    CHECK(cli_in(tmp.dir, {"rules", "--no-config"}).out.find("X001") == std::string::npos);
}

TEST_CASE("rules in JSON: every rule with its configured and default severity, options and fix") {
    testing::TempDir tmp("cablelint-settings-");
    tmp.write(".cablelint.yaml", kConfig);
    const auto r = cli_in(tmp.dir, {"rules", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["configFiles"] == nlohmann::json::array({(tmp.dir / ".cablelint.yaml").string()}));
    const auto find = [&](const std::string& code) {
        for (const auto& x : j["rules"])
            if (x["code"] == code) return x;
        return nlohmann::json();
    };
    CHECK(find("P801")["severity"] == "error");
    CHECK(find("P801")["defaultSeverity"] == "warning");
    CHECK(find("E402")["options"] == nlohmann::json({{"short_form", "report"}}));
    CHECK(find("F905")["fix"] == "safe");
    CHECK(find("W106")["fix"] == "unsafe");
    CHECK(find("P801")["fix"].is_null());
    CHECK(find("X001")["custom"] == true);
    CHECK(find("E408")["options"]["max_years"].is_number_integer());
}

TEST_CASE("show-settings prints what applies to one file") {
    testing::TempDir tmp("cablelint-settings-");
    tmp.write("base.yaml", "rules:\n  P802: off\n");
    tmp.write(".cablelint.yaml", std::string("extends: base.yaml\n") + kConfig);
    const std::string cable = tmp.write("old/a.txt", seed_text());
    const auto r = testing::cli({"--show-settings", cable});
    CHECK(r.code == 0);
    CHECK(r.out.starts_with("Settings for " + cable + "\n\nConfig files (a later one overrides an earlier one):\n  " +
                            (tmp.dir / "base.yaml").string() + "\n  " + (tmp.dir / ".cablelint.yaml").string() + "\n"));
    CHECK(r.out.find("Linted in a directory walk: yes (include *.txt, *.TXT; exclude drafts/*)\n") != std::string::npos);
    CHECK(r.out.find("Rules ignored for this file (per-file-ignores): W107\n") != std::string::npos);
    CHECK(r.out.find("E402  eo-malformed                  warning  warning  {short_form: report}\n") != std::string::npos);
    CHECK(r.out.find("P802  paragraph-split               off      info     none\n") != std::string::npos);
    CHECK(r.out.find("X001  no-marker                     error    custom   none\n") != std::string::npos);
    const auto j = nlohmann::json::parse(testing::cli({"--show-settings", cable, "--format", "json"}).out);
    CHECK(j["ignoredRules"] == nlohmann::json::array({"W107"}));
    CHECK(j["included"] == true);
    CHECK(j["configFiles"].size() == 2);
    const auto broken = testing::cli({"--show-settings", cable, "--config", tmp.write("bad.yaml", "rules: [")});
    CHECK(broken.code == 2);
}

TEST_CASE("directory walks skip hidden directories, git-ignored paths and non-cables") {
    testing::TempDir tmp("cablelint-walk-");
    fs::create_directories(tmp.dir / ".git");
    for (const char* name : {"a.txt", ".hidden/b.txt", "build/c.txt", "sub/d.txt", "sub/e.txt", "sub/keep/f.txt"})
        tmp.write(name, seed_text());
    tmp.write(".gitignore", "# generated\nbuild/\n/sub/d.txt\n");
    tmp.write("sub/.gitignore", "keep/*\n!keep/f.txt\n");
    tmp.write("LICENSE.txt", "MIT License\n\nCopyright (c) 2026 The cablelint authors\n");
    const auto r = testing::cli({tmp.dir.string(), "--no-config", "--format", "json"});
    const auto j = nlohmann::json::parse(r.out);
    std::vector<std::string> files;
    for (const auto& f : j["files"]) files.push_back(fs::path(f["path"].get<std::string>()).lexically_relative(tmp.dir).string());
    CHECK(files == std::vector<std::string>{"LICENSE.txt", "a.txt", "sub/e.txt", "sub/keep/f.txt"});
    CHECK(j["files"][0]["skipped"].get<std::string>().starts_with("not a cable ("));
    CHECK(j["summary"]["skipped"] == 1);
    CHECK(r.code == 0);
    // The text output says so, and counts it.
    const auto t = testing::cli({tmp.dir.string(), "--no-config"});
    CHECK(t.out.find((tmp.dir / "LICENSE.txt").string() + ": note: skipped: not a cable") != std::string::npos);
    CHECK(t.out.find("Linted 3 files: 0 errors, 3 warnings, 6 infos; 1 file skipped (not a cable).\n") != std::string::npos);
    // Named on the command line, the non-cable is linted (F908) and an ignored file is read.
    const auto named = testing::cli({tmp.path("LICENSE.txt"), tmp.path("build/c.txt"), "--no-config", "-q"});
    CHECK(named.code == 1);
    CHECK(named.out.find("[F908 not-a-cable]") != std::string::npos);
    CHECK(named.out.find("build/c.txt:100:1") != std::string::npos);
}

TEST_CASE("gitignore patterns: anchoring, directories, negation, double stars") {
    const fs::path root = fs::absolute("/tmp/cablelint-gitignore-unit");
    const auto f = cablelint::IgnoreFile::parse(root, "*.bak\n/top.txt\nout/\n**/drafts/*.txt\n!keep.bak\nlogs/**/x.txt\n\\#hash.txt\n");
    const cablelint::IgnoreChain chain = {f};
    CHECK(cablelint::ignored(chain, root / "a/b/c.bak", false));
    CHECK_FALSE(cablelint::ignored(chain, root / "a/keep.bak", false));
    CHECK(cablelint::ignored(chain, root / "top.txt", false));
    CHECK_FALSE(cablelint::ignored(chain, root / "a/top.txt", false));
    CHECK(cablelint::ignored(chain, root / "x/out", true));
    CHECK_FALSE(cablelint::ignored(chain, root / "x/out", false));
    CHECK(cablelint::ignored(chain, root / "drafts/a.txt", false));
    CHECK(cablelint::ignored(chain, root / "p/q/drafts/a.txt", false));
    CHECK(cablelint::ignored(chain, root / "logs/x.txt", false));
    CHECK(cablelint::ignored(chain, root / "logs/1/2/x.txt", false));
    CHECK(cablelint::ignored(chain, root / "#hash.txt", false));
    CHECK_FALSE(cablelint::ignored(chain, root / "cable.txt", false));
    CHECK_FALSE(cablelint::ignored(chain, fs::path("/elsewhere/a.bak"), false));
}

TEST_CASE("force-exclude applies exclude globs to files named on the command line") {
    testing::TempDir tmp("cablelint-exclude-");
    tmp.write(".cablelint.yaml", "exclude: [\"drafts/*\"]\n");
    const std::string draft = tmp.write("drafts/a.txt", "not a cable at all\n");
    CHECK(testing::cli({draft}).code == 1);   // named: linted (F908)
    const auto r = testing::cli({draft, "--force-exclude"});
    CHECK(r.code == 0);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("cablelint: no files to lint: what was named is excluded"));
}

TEST_CASE("with no files to lint the machine formats still write their empty document") {
    testing::TempDir tmp("cablelint-empty-");
    fs::create_directories(tmp.dir / "empty");
    const std::string dir = tmp.path("empty");
    const auto j = testing::cli({dir, "--no-config", "--format", "json"});
    CHECK(j.code == 0);
    CHECK(j.err.starts_with("cablelint: no files to lint: "));
    const auto doc = nlohmann::json::parse(j.out);
    CHECK(doc["files"] == nlohmann::json::array());
    CHECK(doc["summary"]["files"] == 0);
    const auto sarif = nlohmann::json::parse(testing::cli({dir, "--no-config", "--format", "sarif"}).out);
    CHECK(sarif["runs"][0]["results"] == nlohmann::json::array());
    CHECK(testing::cli({dir, "--no-config", "--format", "html"}).out.starts_with("<!DOCTYPE html>"));
    const auto text = testing::cli({dir, "--no-config"});   // text: the message alone
    CHECK(text.code == 0);
    CHECK(text.out.empty());
}

TEST_CASE("output-file writes any format to a file") {
    testing::TempDir tmp("cablelint-output-");
    const std::string seed = (testing::repo() / "fixtures/seed/09ASTANA1366.txt").string();
    for (const char* format : {"text", "json", "sarif", "github"}) {
        INFO(format);
        const auto to_stdout = testing::cli({seed, "--no-config", "--format", format});
        const auto to_file = testing::cli({seed, "--no-config", "--format", format, "--output-file", tmp.path("out")});
        CHECK(to_file.code == to_stdout.code);
        CHECK(to_file.out.empty());
        CHECK(testing::read_file(tmp.path("out")) == to_stdout.out);
    }
    const auto bad = testing::cli({seed, "--output-file", tmp.path("no/such/dir/out")});
    CHECK(bad.code == 2);
    CHECK(bad.err.starts_with("cablelint: cannot write the output file "));
}

TEST_CASE("the output file is never a cable to lint and is left out of the walk") {
    testing::TempDir tmp("cablelint-output-");
    const std::string cable = testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    const std::string named = tmp.write("d/cable.txt", cable);
    // Opening the output empties it: not when it is a file to lint, or a cable.
    for (const std::vector<std::string>& args : {std::vector<std::string>{named, "-o", named},
                                                 std::vector<std::string>{tmp.path("d"), "-o", named}}) {
        const auto r = testing::cli([&] { auto a = args; a.push_back("--no-config"); return a; }());
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find("cablelint: the output file " + named + " ") == 0);
        CHECK(r.err.find(": opening it would empty it; write the output elsewhere\n") != std::string::npos);
        CHECK(testing::read_file(named) == cable);
    }
    // A long cable is told from its start; a long report is written over.
    std::string long_cable = cable;
    for (int i = 0; i < 5000; ++i) long_cable.insert(long_cable.find("\nHOAGLAND\n"), "\nMore text of the cable.");
    REQUIRE(long_cable.size() > 100 * 1024);
    const std::string long_named = tmp.write("long.txt", long_cable);
    const auto long_run = testing::cli({named, "--no-config", "-o", long_named});
    CHECK(long_run.code == 2);
    CHECK(long_run.err == "cablelint: the output file " + long_named + " holds a cable: opening it would empty it; write the output elsewhere\n");
    CHECK(testing::read_file(long_named) == long_cable);
    // Also with bare CR line ends, and after 100 KB of blank lines and lines of spaces (found by a new-user review).
    std::string cr_cable = long_cable;
    std::replace(cr_cable.begin(), cr_cable.end(), '\n', '\r');
    std::string late_cable;
    for (int i = 0; i < 1000; ++i) late_cable += i % 2 == 0 ? std::string(100, ' ') + "\n" : "\n";
    late_cable += long_cable;
    // UTF-16 after more than 64 KB of blank lines, with a byte-order mark and without (found by a second review).
    using testing::utf16;
    std::string ascii_cable = cable;
    std::erase_if(ascii_cable, [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    const std::string u16le = "\xFF\xFE" + utf16(std::string(40000, '\n') + ascii_cable, true);
    const std::string u16be = utf16(std::string(100000, ' ') + ascii_cable, false);
    for (const auto& [name, text] : {std::pair{"cr.txt", cr_cable}, std::pair{"late.txt", late_cable},
                                     std::pair{"u16le.txt", u16le}, std::pair{"u16be.txt", u16be}}) {
        INFO(name);
        const std::string kept = tmp.write(name, text);
        REQUIRE(testing::cli({kept, "--no-config", "--select", "F908"}).code == 0);   // it is a cable
        const auto r = testing::cli({named, "--no-config", "-o", kept});
        CHECK(r.code == 2);
        CHECK(r.err.find(" holds a cable: ") != std::string::npos);
        CHECK(testing::read_file(kept) == text);
    }
    const std::string report = tmp.write("report.json", std::string(200 * 1024, ' ') + "{}\n");
    CHECK(testing::cli({named, "--no-config", "-q", "-o", report}).code == 0);   // warnings and infos only
    CHECK(testing::read_file(report).find(named + ":") == 0);
    // A new output file in the directory linted is not one of its files, nor is it the next time (written over).
    for (int run = 0; run < 2; ++run) {
        const auto r = testing::cli({tmp.path("d"), "--no-config", "--format", "json", "-o", tmp.path("d/report.txt")});
        CHECK(r.code == 0);
        const auto j = nlohmann::json::parse(testing::read_file(tmp.path("d/report.txt")));
        REQUIRE(j["files"].size() == 1);
        CHECK(j["files"][0]["path"] == named);
    }
    // An empty file name is a usage error, not standard output.
    const auto empty_name = testing::cli({named, "--no-config", "-o", ""});
    CHECK(empty_name.code == 2);
    CHECK(empty_name.out.empty());
    CHECK(empty_name.err == "cablelint: --output-file needs a file name (without it the output goes to standard output)\n");
    // Options that would be ignored are usage errors.
    const auto seed = (testing::repo() / "fixtures/seed/09ASTANA1366.txt").string();
    for (const std::vector<std::string>& args : {std::vector<std::string>{"rules", "-o", tmp.path("r.out")},
                                                 std::vector<std::string>{"rule", "D302", "-o", tmp.path("r.out")},
                                                 std::vector<std::string>{"parse", seed, "-o", tmp.path("r.out")},
                                                 std::vector<std::string>{"--show-settings", seed, seed},
                                                 std::vector<std::string>{"--stdin-filename", "x.txt", seed}}) {
        const auto r = testing::cli(args, cable);
        INFO(args[0]);
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK_FALSE(r.err.empty());
        CHECK_FALSE(std::filesystem::exists(tmp.path("r.out")));
    }
}

TEST_CASE("stdin is read with --stdin-filename alone, and by parse -") {
    const auto r = testing::cli({"--stdin-filename", "cables/09ASTANA1366.txt", "--no-config", "-q"}, seed_text());
    CHECK(r.out.find("cables/09ASTANA1366.txt:100:1: warning:") != std::string::npos);
    const auto p = testing::cli({"parse", "-"}, seed_text());
    REQUIRE(p.code == 0);
    CHECK(nlohmann::json::parse(p.out)["wrapper"]["identifier"]["text"].get<std::string>().find("09ASTANA1366") == 0);
}

TEST_CASE("statistics count each rule's findings per severity and the fixable ones") {
    const auto r = testing::cli({(testing::corpus() / "seed").string(), "--no-config", "--statistics", "-q"});
    CHECK(r.out.find("COUNT  FILES  CODE  NAME                          ERROR  WARNING  INFO  FIXABLE\n") != std::string::npos);
    CHECK(r.out.find("1      1      P801  paragraph-sequence            0      1        0     0\n") != std::string::npos);
    CHECK(r.out.find("1      1      P802  paragraph-split               0      0        1     1\n") != std::string::npos);
}

TEST_CASE("show-settings says why a walk would leave a file out, and takes only a file") {
    testing::TempDir tmp("cablelint-verdict-");
    fs::create_directories(tmp.dir / ".git");
    tmp.write(".cablelint.yaml", "exclude: [\"drafts/*\"]\n");
    tmp.write(".gitignore", "ignored/\n");
    const auto verdict = [&](const std::string& name) {
        const auto r = testing::cli({"--show-settings", tmp.path(name)});
        const auto at = r.out.find("Linted in a directory walk: ");
        return at == std::string::npos ? r.err : r.out.substr(at + 28, r.out.find(" (include", at) - at - 28);
    };
    CHECK(verdict(tmp.write("a.txt", seed_text()).substr(tmp.dir.string().size() + 1)) == "yes");
    tmp.write("drafts/b.txt", seed_text());
    CHECK(verdict("drafts/b.txt") == "no: excluded by `exclude`");
    tmp.write("notes.md", seed_text());
    CHECK(verdict("notes.md") == "no: not matched by `include`");
    tmp.write(".hidden/c.txt", seed_text());
    CHECK(verdict(".hidden/c.txt") == "no: in a hidden directory");
    tmp.write("ignored/d.txt", seed_text());
    CHECK(verdict("ignored/d.txt") == "no: ignored by .gitignore");
    tmp.write("LICENSE.txt", "MIT License\n");
    CHECK(verdict("LICENSE.txt") == "no: not a cable (skipped with a note)");
    const auto dir = testing::cli({"--show-settings", tmp.dir.string()});
    CHECK(dir.code == 2);
    CHECK(dir.err == "cablelint: " + tmp.dir.string() + ": not a file: --show-settings takes one cable file\n");
    CHECK(testing::cli({"--show-settings", tmp.path("none.txt")}).code == 2);
}

TEST_CASE("arguments and options that do not apply are usage errors") {
    const std::string seed = (testing::repo() / "fixtures/seed/09ASTANA1366.txt").string();
    const auto parse = testing::cli({"parse", seed, seed});
    CHECK(parse.code == 2);
    CHECK(parse.err.starts_with("cablelint: unexpected argument `" + seed + "`: parse reads one file\n"));
    CHECK(testing::cli({"rules", "--format", "sarif"}).code == 2);
    const auto diff = testing::cli({seed, "--diff", "--format", "json"});
    CHECK(diff.code == 2);
    CHECK(diff.err == "cablelint: --diff prints a unified diff; --format does not apply to it\n");
    CHECK(testing::cli({seed, "--baseline", "a.json", "--write-baseline", "b.json"}).code == 2);
    const auto none = testing::cli({});
    CHECK(none.code == 2);
    CHECK(none.err.starts_with("cablelint: no files to lint (name files or directories; - or --stdin-filename reads standard input)\n"));
}

TEST_CASE("standard input under an excluded name is skipped with --force-exclude, and --fix gives it back") {
    testing::TempDir tmp("cablelint-stdin-");
    tmp.write(".cablelint.yaml", "exclude: [\"drafts/*\"]\n");
    const std::string name = tmp.path("drafts/x.txt");
    const std::string bad = "not a cable\n";
    CHECK(testing::cli({"-", "--stdin-filename", name}, bad).code == 1);   // linted: F908
    const auto skipped = testing::cli({"-", "--stdin-filename", name, "--force-exclude"}, bad);
    CHECK(skipped.code == 0);
    CHECK(skipped.out.empty());
    CHECK(skipped.err.starts_with("cablelint: no files to lint: what was named is excluded"));
    const auto fixed = testing::cli({"-", "--stdin-filename", name, "--force-exclude", "--fix"}, bad);
    CHECK(fixed.code == 0);
    CHECK(fixed.out == bad);
    // Paths without `-`: --stdin-filename would name nothing read; a usage error, and standard input is not read at all
    // (it could be a terminal): nothing is given back.
    const std::string other = tmp.write("other.txt", "not a cable\n");
    const auto not_named = testing::cli({other, "--stdin-filename", name, "--force-exclude", "--fix"}, "STDIN BUFFER\n");
    CHECK(not_named.code == 2);
    CHECK(not_named.out.find("STDIN BUFFER") == std::string::npos);
}

TEST_CASE("paths found in a walk of ./ are shown without ./") {
    testing::TempDir tmp("cablelint-dot-");
    tmp.write("a.txt", seed_text());
    const fs::path before = fs::current_path();
    fs::current_path(tmp.dir);
    const auto r = testing::cli({".", "--no-config", "-q"});
    fs::current_path(before);
    CHECK(r.out.starts_with("a.txt:"));
}
