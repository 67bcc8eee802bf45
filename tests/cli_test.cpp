// The command line end to end: formats, exit codes, configuration files, custom rules, bad input.
#include <catch2/catch.hpp>

#include <regex>

#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "helpers.hpp"

namespace fs = std::filesystem;

namespace {

using testing::cli;
using testing::Run;

std::string seed_path() { return (testing::repo() / "fixtures/seed/09ASTANA1366.txt").string(); }

// A fresh directory with the seed in it, and optionally a .cablelint.yaml.
struct Sandbox : testing::TempDir {
    explicit Sandbox(const std::string& config = "") : TempDir("cablelint-test-") {
        fs::copy_file(seed_path(), dir / "seed.txt");
        if (!config.empty()) write(".cablelint.yaml", config);
    }
};

nlohmann::json findings_of(const Run& r) {
    const auto j = nlohmann::json::parse(r.out);
    nlohmann::json all = nlohmann::json::array();
    for (const auto& f : j["files"]) {
        for (const auto& x : f.value("findings", nlohmann::json::array())) all.push_back(x);
    }
    return all;
}

std::vector<std::string> codes_of(const Run& r) {
    std::vector<std::string> codes;
    for (const auto& f : findings_of(r)) codes.push_back(f["code"]);
    return codes;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

nlohmann::json only(const nlohmann::json& findings, const std::string& code) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& f : findings) {
        if (f["code"] == code) out.push_back(f);
    }
    return out;
}

}  // namespace

TEST_CASE("the seed lints with one P801 warning at the wrapped 7., no error, and exit 0") {
    const Run r = cli({seed_path(), "--no-config"});
    CHECK(r.code == 0);
    const Run j = cli({seed_path(), "--no-config", "--format", "json"});
    CHECK(only(findings_of(j), "P801").size() == 1);
    for (const auto& f : findings_of(j)) CHECK(f["severity"] != "error");
    CHECK(r.out.find("09ASTANA1366.txt:100:1: warning: ") != std::string::npos);
    CHECK(r.out.find("probably a wrapped number") != std::string::npos);
    CHECK(r.out.find("[P801 paragraph-sequence]") != std::string::npos);
    CHECK(r.out.find(" error:") == std::string::npos);
    CHECK(r.out.find("Linted 1 file: 0 errors") != std::string::npos);
}

TEST_CASE("JSON output follows the documented contract") {
    const Run r = cli({seed_path(), "--no-config", "--format", "json", "--select", "P801"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["version"] == 1);
    CHECK(j["tool"]["name"] == "cablelint");
    REQUIRE(j["files"].size() == 1);
    const auto& f = j["files"][0]["findings"];
    REQUIRE(f.size() == 1);
    CHECK(f[0]["code"] == "P801");
    CHECK(f[0]["name"] == "paragraph-sequence");
    CHECK(f[0]["severity"] == "warning");
    CHECK(f[0]["line"] == 100);
    CHECK(f[0]["column"] == 1);
    CHECK(f[0]["endLine"] == 100);
    CHECK(f[0]["endColumn"].get<int>() > 1);
    CHECK(f[0]["endOffset"].get<int>() > f[0]["offset"].get<int>());
    CHECK(f[0]["related"].size() == 1);
    CHECK(j["summary"] == nlohmann::json({{"files", 1}, {"errors", 0}, {"warnings", 1}, {"infos", 0}, {"fixable", 0}, {"unsafeFixable", 0}, {"fixed", 0}, {"baselined", 0}, {"baselineUnmatched", 0}, {"skipped", 0}, {"unwritten", 0}}));
}

TEST_CASE("rules and rule subcommands list and explain the catalogue") {
    const Run list = cli({"rules"});
    CHECK(list.code == 0);
    CHECK(list.out.find("P801  paragraph-sequence") != std::string::npos);
    const Run one = cli({"rule", "P801"});
    CHECK(one.code == 0);
    CHECK(one.out.find("# P801 paragraph-sequence") != std::string::npos);
    const Run by_name = cli({"rule", "paragraph-sequence"});
    CHECK(by_name.out == one.out);
    const Run unknown = cli({"rule", "P810"});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.find("did you mean") != std::string::npos);
}

TEST_CASE("rule and parse without their argument say what they want") {
    const Run rule = cli({"rule"});
    CHECK(rule.code == 2);
    CHECK(rule.out.empty());
    CHECK(rule.err == "cablelint rule: which rule? Name one by code or name: `cablelint rule D302`, `cablelint rule "
                      "dtg-invalid` (`cablelint rules` lists them)\n");
    const Run parse = cli({"parse"});
    CHECK(parse.code == 2);
    CHECK(parse.err == "cablelint parse: which cable? Name one file (or - for standard input): `cablelint parse cable.txt`\n");
    const Run option = cli({"--jobs"});   // other missing arguments keep CLI11's words
    CHECK(option.code == 2);
    CHECK(option.err.starts_with("cablelint: --jobs: 1 required"));
}

TEST_CASE("a config turns a rule off, changes a severity, sets options") {
    SECTION("off") {
        Sandbox box("rules:\n  P801: off\n");
        const Run r = cli({box.path("seed.txt"), "--format", "json"});
        CHECK(r.code == 0);
        CHECK_FALSE(has(codes_of(r), "P801"));
        CHECK_FALSE(codes_of(r).empty());   // the other rules still run
    }
    SECTION("severity by name") {
        Sandbox box("rules:\n  paragraph-sequence: error\n");
        const Run r = cli({box.path("seed.txt"), "--format", "json"});
        CHECK(r.code == 1);
        REQUIRE(only(findings_of(r), "P801").size() == 1);
        CHECK(only(findings_of(r), "P801")[0]["severity"] == "error");
    }
    SECTION("--no-config ignores it") {
        Sandbox box("rules:\n  P801: off\n");
        CHECK(has(codes_of(cli({box.path("seed.txt"), "--format", "json", "--no-config"})), "P801"));
    }
    SECTION("found from a subdirectory, and extends") {
        Sandbox box("extends: base.yaml\n");
        box.write("base.yaml", "rules:\n  P801: off\n");
        box.write("sub/deeper/cable.txt", testing::read_file(seed_path()));
        const Run r = cli({box.path("sub"), "--format", "json"});
        CHECK(r.code == 0);
        CHECK(nlohmann::json::parse(r.out)["files"].size() == 1);
        CHECK_FALSE(has(codes_of(r), "P801"));
    }
    SECTION("a path through another directory: the config of the directories the file is in and globs against them") {
        Sandbox box("per-file-ignores:\n  \"x/b/*.txt\": [P802]\n");
        box.write("x/a/.cablelint.yaml", "rules:\n  P801: off\n");   // passed through by a/../b: not the file's
        box.write("x/b/cable.txt", testing::read_file(seed_path()));
        const Run r = cli({box.path("x/a/../b/cable.txt"), "--format", "json"});
        REQUIRE(nlohmann::json::parse(r.out)["files"].size() == 1);
        CHECK(has(codes_of(r), "P801"));
        CHECK_FALSE(has(codes_of(r), "P802"));
    }
    SECTION("per-file ignores") {
        Sandbox box("per-file-ignores:\n  \"archive/*.txt\": [P801]\n");
        box.write("archive/old.txt", testing::read_file(seed_path()));
        const Run r = cli({box.dir.string(), "--format", "json"});
        const auto j = nlohmann::json::parse(r.out);
        REQUIRE(j["files"].size() == 2);
        CHECK(only(j["files"][0]["findings"], "P801").empty());       // archive/old.txt
        CHECK(only(j["files"][1]["findings"], "P801").size() == 1);   // seed.txt
    }
}

TEST_CASE("config errors point at the YAML and exit 2") {
    SECTION("reported once for all the files under the config") {
        Sandbox box("rules:\n  P081: off\n");
        box.write("two.txt", testing::read_file(seed_path()));
        const Run r = cli({box.dir.string()});
        CHECK(r.code == 2);
        std::size_t n = 0;
        for (std::size_t p = 0; (p = r.err.find("unknown rule `P081`", p)) != std::string::npos; ++p) ++n;
        CHECK(n == 1);
    }
    SECTION("unknown rule code with a suggestion") {
        Sandbox box("rules:\n  P081: off\n");
        const Run r = cli({box.path("seed.txt")});
        CHECK(r.code == 2);
        CHECK(r.err.find(".cablelint.yaml:2:3: unknown rule `P081` (did you mean P801?)") != std::string::npos);
        CHECK(r.out.find("seed.txt: error: not linted: its configuration") != std::string::npos);
    }
    SECTION("malformed YAML") {
        Sandbox box("rules: [P801: off\n");
        const Run r = cli({box.path("seed.txt")});
        CHECK(r.code == 2);
        CHECK(r.err.find(".cablelint.yaml:") != std::string::npos);
    }
    SECTION("bad severity") {
        Sandbox box("rules:\n  P801: loud\n");
        const Run r = cli({box.path("seed.txt")});
        CHECK(r.code == 2);
        CHECK(r.err.find("unknown severity `loud`") != std::string::npos);
    }
    SECTION("--config with an unknown key") {
        Sandbox box;
        const auto cfg = box.write("x.yaml", "rulez: {}\n");
        const Run r = cli({box.path("seed.txt"), "--config", cfg});
        CHECK(r.code == 2);
        CHECK(r.err.find("x.yaml:1:1: unknown setting `rulez`") != std::string::npos);
    }
}

TEST_CASE("custom rules of every generic kind, written only in .cablelint.yaml") {
    Sandbox box(R"yaml(custom-rules:
  - code: X001
    name: sipdis-required
    kind: required
    field: captions
    pattern: '\bSIPDIS\b'
    when: classified
    severity: error
    message: "every classified cable must carry the SIPDIS caption ({field})"
  - code: X002
    name: origin-form
    kind: pattern
    field: banner.origin
    pattern: '[A-Z]{3,5}'
    message: "banner origin {value} is not 3 to 5 capitals"
  - code: X003
    name: no-ambassador
    kind: forbidden
    field: subject
    pattern: 'MINISTER'
    severity: info
    message: "subject says {value}"
  - code: X004
    name: our-posts
    kind: vocabulary
    field: wrapper.origin
    values: [Embassy Almaty, Embassy Bishkek]
    message: "Origin {value} is not one of our posts"
  - code: X005
    name: title-is-subject
    kind: equal
    field: wrapper.title
    other: banner.origin
    normalize: [case, space]
    message: "title {value} differs from {other_value}"
)yaml");
    const Run r = cli({box.path("seed.txt"), "--format", "json"});
    REQUIRE(r.err.empty());
    const auto f = findings_of(r);
    std::map<std::string, nlohmann::json> by_code;
    for (const auto& x : f) by_code[x["code"]] = x;
    CHECK_FALSE(by_code.count("X001"));   // the seed carries SIPDIS
    REQUIRE(by_code.count("X002"));
    CHECK(by_code["X002"]["message"] == "banner origin ASTANA is not 3 to 5 capitals");
    CHECK(by_code["X002"]["line"] == 37);
    CHECK(by_code["X002"]["column"] == 42);
    REQUIRE(by_code.count("X003"));
    CHECK(by_code["X003"]["severity"] == "info");
    CHECK(by_code["X003"]["line"] == 45);
    CHECK(by_code["X003"]["column"] == 26);
    REQUIRE(by_code.count("X004"));
    CHECK(by_code["X004"]["message"] == "Origin Embassy Astana is not one of our posts");
    CHECK(by_code["X004"]["line"] == 8);
    REQUIRE(by_code.count("X005"));
    CHECK(by_code["X005"]["related"].size() == 1);
    CHECK(r.code == 0);   // custom rules default to warning; none is an error here

    SECTION("and the required kind fires when no value matches its pattern") {
        std::string text = testing::read_file(seed_path());
        // A caption block without SIPDIS: the field is present, but no value matches the pattern.
        for (std::size_t p; (p = text.find("SIPDIS\n")) != std::string::npos;) text.replace(p, 6, "NOFORN");
        box.write("seed.txt", text);
        const Run r2 = cli({box.path("seed.txt"), "--format", "json", "--select", "X001"});
        CHECK(r2.code == 1);
        REQUIRE(findings_of(r2).size() == 1);
        CHECK(findings_of(r2)[0]["line"] == 37);
    }
    SECTION("custom rules are listed and explained") {
        const Run list = cli({"rules", "--config", box.path(".cablelint.yaml")});
        CHECK(list.out.find("X004  our-posts") != std::string::npos);
    }
}

TEST_CASE("a custom rule that does not fit its kind is a config error") {
    Sandbox box("custom-rules:\n  - {code: X001, name: bad, kind: pattern, field: banner.origin, pattern: '([A-Z'}\n");
    const Run r = cli({box.path("seed.txt")});
    CHECK(r.code == 2);
    CHECK(r.err.find("invalid regular expression") != std::string::npos);
    Sandbox box2("custom-rules:\n  - {code: X001, name: bad, kind: required, field: banner.colour}\n");
    CHECK(cli({box2.path("seed.txt")}).err.find("unknown field `banner.colour`") != std::string::npos);
    // Each parameter a misspelling would leave the rule checking something else than meant, located.
    const std::pair<const char*, const char*> mistakes[] = {
        {"{code: X001, name: a-b, kind: equal, field: wrapper.classification, other: banner.level, normalize: [alnum, cse]}",
         ".cablelint.yaml:2:113: unknown normalization `cse` (use case, space or alnum; did you mean case?)"},
        {"{code: X001, name: a-b, kind: pattern, field: banner.origin, pattern: x, normalize: [case]}",
         ".cablelint.yaml:2:89: `normalize` is a parameter of `equal` rules, not of `pattern` ones"},
        {"{code: X001, name: a-b, kind: vocabulary, field: wrapper.origin, list: our-post}\nvocabularies:\n  our-posts: [ASTANA]",
         ".cablelint.yaml:2:76: unknown vocabulary `our-post` (a list of rules/data or of `vocabularies:`; did you mean our-posts?)"},
        {"{code: X001, name: A_B, kind: forbidden, pattern: x}",
         ".cablelint.yaml:2:24: rule name `A_B` is not kebab-case (lower-case words joined by -, like sipdis-required)"},
        {"{code: X001, name: a-b, kind: vocabulary, field: wrapper.origin, values: [X], message: 'found {valeu}'}",
         ".cablelint.yaml:2:92: placeholder `{valeu}` is not one a `vocabulary` rule fills ({field}, {pattern}, {value}, "
         "{list}; did you mean {value}?)"},
        {"{code: X001, name: a-b, kind: required, field: banner.origin, messages: {default: '{value} missing'}}",
         ".cablelint.yaml:2:87: placeholder `{value}` is not one a `required` rule fills ({field}, {pattern})"},
        {"{code: X001, name: a-b, kind: forbidden, pattern: x, text: banner}",
         ".cablelint.yaml:2:58: unknown key `text` in a custom rule (docs/configuration.md lists the keys)"},
        {"{code: P801, name: a-b, kind: forbidden, pattern: x}",
         ".cablelint.yaml:2:12: code `P801` is taken by the built-in rule P801 (paragraph-sequence): a custom rule needs its own"},
        {"{code: X001, name: paragraph-sequence, kind: forbidden, pattern: x}",
         ".cablelint.yaml:2:24: name `paragraph-sequence` is taken by the built-in rule P801 (paragraph-sequence): a custom "
         "rule needs its own"},
    };
    for (const auto& [rule, message] : mistakes) {
        Sandbox bad(std::string("custom-rules:\n  - ") + rule + "\n");
        const Run r3 = cli({bad.path("seed.txt")});
        INFO(rule);
        CHECK(r3.code == 2);
        INFO(r3.err);
        CHECK(r3.err.find(std::string("/") + message + "\n") != std::string::npos);
    }
    // A list may come from any file of the config: here the rule is in the file extended, the list in the one extending.
    Sandbox good("extends: base.yaml\nvocabularies:\n  our-posts: [ASTANA]\n");
    good.write("base.yaml", "custom-rules:\n  - {code: X001, name: a-b, kind: vocabulary, field: banner.origin, "
                            "list: our-posts, message: '{value} is not in {list}'}\n");
    const Run ok = cli({good.path("seed.txt"), "--select", "X001"});
    CHECK(ok.code == 0);
    CHECK(ok.err.empty());
}

TEST_CASE("options select and ignore take codes, names and prefixes") {
    CHECK_FALSE(has(codes_of(cli({seed_path(), "--no-config", "--format", "json", "--ignore", "paragraph-sequence"})), "P801"));
    CHECK(codes_of(cli({seed_path(), "--no-config", "--format", "json", "--select", "P80"})) == std::vector<std::string>{"P806", "P801", "P802"});
    CHECK(codes_of(cli({seed_path(), "--no-config", "--format", "json", "--select", "D302,W"})).empty());
    CHECK(codes_of(cli({"--no-config", "--format", "json", "--select", "P801", seed_path()})) == std::vector<std::string>{"P801"});
    CHECK(codes_of(cli({"--no-config", "--format", "json", "--select", "D302", "--select", "P801", seed_path()})) ==
          std::vector<std::string>{"P801"});
    const Run bad = cli({seed_path(), "--select", "P8O1"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("unknown rule `P8O1`") != std::string::npos);
    for (const char* nothing : {"", " , "}) {   // not "every rule"
        const Run none = cli({seed_path(), "--no-config", "--select", nothing});
        CHECK(none.code == 2);
        CHECK(none.out.empty());
        CHECK(none.err == "cablelint: --select names no rule (codes, names or code prefixes, comma-separated: --select D302,W1)\n");
    }
    CHECK(cli({seed_path(), "--no-config", "-q", "--ignore", ""}).out == cli({seed_path(), "--no-config", "-q"}).out);
}

TEST_CASE("exit codes: --max-warnings, --min-severity, usage errors") {
    CHECK(cli({seed_path(), "--no-config", "--max-warnings", "0"}).code == 1);
    CHECK(cli({seed_path(), "--no-config", "--max-warnings", "1"}).code == 0);
    CHECK(cli({seed_path(), "--no-config", "--min-severity", "error", "--format", "json"}).out.find("P801") == std::string::npos);
    CHECK(cli({"--format", "xml", seed_path()}).code == 2);
    CHECK(cli({}).code == 2);
    CHECK(cli({"--help"}).code == 0);
    CHECK(cli({"--version"}).out.rfind("cablelint ", 0) == 0);
    // The release and the commit it was built from (cmake/commit.cmake).
    CHECK(std::regex_match(cli({"--version"}).out,
                           std::regex(R"(cablelint \d+\.\d+\.\d+ \(commit ([0-9a-f]{12}(-modified)?|unknown)\)\n)")));
}

TEST_CASE("stdin is linted under --stdin-filename") {
    const Run r = cli({"-", "--no-config", "--stdin-filename", "pasted/09ASTANA1366.txt"}, testing::read_file(seed_path()));
    CHECK(r.code == 0);
    CHECK(r.out.find("\npasted/09ASTANA1366.txt:100:1: warning:") != std::string::npos);
}

TEST_CASE("bad input: a clear message and a non-zero exit, other files still linted") {
    Sandbox box;
    SECTION("missing path") {
        const Run r = cli({box.path("nope.txt"), box.path("seed.txt"), "--no-config"});
        CHECK(r.code == 2);
        CHECK(r.out.find("nope.txt: error: no such file or directory") != std::string::npos);
        CHECK(r.out.find("seed.txt:100:1: warning") != std::string::npos);
    }
    SECTION("empty file") {
        const Run r = cli({box.write("empty.txt", ""), "--no-config", "--format", "json"});
        CHECK(r.code == 1);
        CHECK(has(codes_of(r), "F908"));
    }
    SECTION("binary file") {
        const Run r = cli({box.write("bin.txt", std::string("\x7f" "ELF\x02\x01\x00\x00", 8)), "--no-config", "--format", "json"});
        CHECK(r.code == 1);
        CHECK(has(codes_of(r), "F907"));
    }
    SECTION("invalid UTF-8") {
        const std::string clean = testing::read_file(seed_path());
        const std::size_t signature = clean.find("HOAGLAND\n");
        REQUIRE(signature != std::string::npos);
        std::string text;   // appended piecewise: g++ 12 at -O3 warns falsely on insert() (GCC bug 105651)
        text.append(clean, 0, signature).append(1, '\xff').append(clean, signature);
        for (const char* format : {"json", "sarif", "text", "github"}) {
            const Run r = cli({box.write("latin1.txt", text), "--no-config", "--format", format});
            CHECK(r.code == 1);
            CHECK(r.out.find("F901") != std::string::npos);
        }
    }
    SECTION("a huge line") {
        std::string text = testing::read_file(seed_path());
        text.insert(text.find("HOAGLAND\n"), std::string(5'000'000, 'A') + "\n");
        const Run r = cli({box.write("huge.txt", text), "--no-config", "--format", "json"});
        CHECK(r.code == 0);
    }
    // An unreadable file or directory: tests/integration/unreadable.sh, run as a non-root user (root reads anything,
    // so an in-process test here could only pass without testing).
}

TEST_CASE("output order does not depend on -j") {
    // The whole corpus: more files than the window of results waiting to be printed (cli.cpp), for any -j.
    const std::string dir = testing::corpus().string();
    const Run one = cli({dir, "--no-config", "--format", "json", "-j", "1"});
    const Run three = cli({dir, "--no-config", "--format", "json", "-j", "3"});
    const Run many = cli({dir, "--no-config", "--format", "json", "-j", "8"});
    CHECK(one.out == three.out);
    CHECK(one.out == many.out);
    CHECK(nlohmann::json::parse(one.out)["summary"]["files"] == 848);
}

TEST_CASE("the output file is never standard input") {
    // Found by a review: `-o X - < X` opened (emptied) X before reading standard input, and linted it as empty.
    testing::TempDir tmp("cablelint-stdin-out-");
    const std::string path = tmp.write("n.txt", "not a cable\n");
    const std::string bin = CABLELINT_BINARY;
    for (const std::string& args : {std::string(" -o n.txt - < n.txt"), std::string(" --stdin-filename n.txt -o n.txt < n.txt")}) {
        INFO(args);
        const std::string command = "cd '" + tmp.dir.string() + "' && " + bin + " --no-config" + args + " 2> err.txt";
        CHECK(WEXITSTATUS(std::system(command.c_str())) == 2);
        CHECK(testing::read_file(path) == "not a cable\n");
        CHECK(testing::read_file(tmp.path("err.txt")) ==
              "cablelint: the output file n.txt is standard input, the file to lint: opening it would empty it; write the output elsewhere\n");
    }
}

TEST_CASE("the installed binary runs and returns the exit code") {
    const std::string bin = CABLELINT_BINARY;
    CHECK(std::system((bin + " --no-config " + seed_path() + " > /dev/null").c_str()) == 0);
    CHECK(WEXITSTATUS(std::system((bin + " --no-config --max-warnings 0 " + seed_path() + " > /dev/null").c_str())) == 1);
    CHECK(WEXITSTATUS(std::system((bin + " --bogus > /dev/null 2>&1").c_str())) == 2);
}

TEST_CASE("a vocabulary defined in the config serves a custom rule, and include and exclude steer directory walks") {
    Sandbox box(R"yaml(vocabularies:
  our-posts: [Embassy Almaty]
exclude: ["drafts/*"]
custom-rules:
  - {code: X004, name: our-posts, kind: vocabulary, field: wrapper.origin, list: our-posts,
     message: "Origin {value} is not in {list}"}
)yaml");
    box.write("drafts/draft.txt", testing::read_file(seed_path()));
    box.write("notes.md", "not a cable");
    const Run r = cli({box.dir.string(), "--format", "json", "--select", "X004"});
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["files"].size() == 1);   // seed.txt only: drafts/ excluded, notes.md not *.txt
    REQUIRE(j["files"][0]["findings"].size() == 1);
    CHECK(j["files"][0]["findings"][0]["message"] == "Origin Embassy Astana is not in our-posts");
}

TEST_CASE("github format writes workflow commands with GitHub's escaping") {
    Sandbox box(R"yaml(custom-rules:
  - {code: X009, name: escapes, kind: forbidden, field: banner.origin, pattern: 'ASTANA', severity: error,
     message: "100% wrong: a, b"}
)yaml");
    const Run r = cli({box.path("seed.txt"), "--format", "github"});
    CHECK(r.code == 1);
    const std::string file = box.path("seed.txt");
    CHECK(r.out.find("::group::" + file + "\n") == 0);
    CHECK(r.out.find("::warning file=" + file + ",line=100,endLine=100,col=1,endColumn=2,title=P801 paragraph-sequence::") !=
          std::string::npos);
    CHECK(r.out.find("::error file=" + file + ",line=37,endLine=37,col=42,endColumn=48,title=X009 escapes::100%25 wrong: a, b\n") !=
          std::string::npos);
    CHECK(r.out.find("::endgroup::\n") != std::string::npos);
}

TEST_CASE("sarif format: rules, results, related locations, stable fingerprints") {
    const Run r = cli({seed_path(), "--no-config", "--format", "sarif", "--select", "P801"});
    REQUIRE(r.code == 0);
    const auto log = nlohmann::json::parse(r.out);
    CHECK(log["version"] == "2.1.0");
    const auto& run = log["runs"][0];
    CHECK(run["columnKind"] == "unicodeCodePoints");
    const auto& driver = run["tool"]["driver"];
    CHECK(driver["name"] == "cablelint");
    CHECK(driver["rules"].size() == cablelint::builtin_catalogue().rules().size());
    REQUIRE(run["results"].size() == 1);
    const auto& res = run["results"][0];
    CHECK(res["ruleId"] == "P801");
    CHECK(driver["rules"][res["ruleIndex"].get<int>()]["id"] == "P801");
    CHECK(res["level"] == "warning");
    CHECK(res["locations"][0]["physicalLocation"]["region"]["startLine"] == 100);
    CHECK(res["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 98);
    // The fingerprint does not move when lines are added above the finding.
    Sandbox box;
    const std::string shifted = box.write("shifted.txt", "\n\n" + testing::read_file(seed_path()));
    const auto log2 = nlohmann::json::parse(cli({shifted, "--no-config", "--format", "sarif", "--select", "P801"}).out);
    CHECK(log2["runs"][0]["results"][0]["partialFingerprints"] == res["partialFingerprints"]);
}

TEST_CASE("statistics option counts findings per rule after the output") {
    const Run r = cli({(testing::corpus() / "bare").string(), "--no-config", "--statistics", "--quiet"});
    const auto table = r.out.find("COUNT  FILES  CODE");
    REQUIRE(table != std::string::npos);
    CHECK(r.out.find("P801  paragraph-sequence", table) != std::string::npos);
    const Run j = cli({seed_path(), "--no-config", "--statistics", "--format", "json"});
    CHECK_NOTHROW(nlohmann::json::parse(j.out));   // the table goes to stderr, the JSON stays valid
    CHECK(j.err.find("P801") != std::string::npos);
}

TEST_CASE("statistics count as fixable what the chosen fixes fix as the summary does") {
    // 00HARARE6677: five safe fixes and E410's, unsafe for its two-digit year.
    const std::string cable = (testing::corpus() / "cablegate/00HARARE6677.txt").string();
    const Run safe = cli({cable, "--no-config", "--statistics"});
    CHECK(safe.out.find("[*] 5 fixable with --fix.\n") != std::string::npos);
    CHECK(safe.out.find("1      1      E410  decl-date-format              0      0        1     0\n") != std::string::npos);
    CHECK(safe.out.find("7      1      TOTAL (all rules)                   0      1        6     5\n") != std::string::npos);
    const Run unsafe = cli({cable, "--no-config", "--statistics", "--unsafe-fixes"});
    CHECK(unsafe.out.find("[*] 6 fixable with --fix --unsafe-fixes.\n") != std::string::npos);
    CHECK(unsafe.out.find("1      1      E410  decl-date-format              0      0        1     1\n") != std::string::npos);
    CHECK(unsafe.out.find("7      1      TOTAL (all rules)                   0      1        6     6\n") != std::string::npos);
}

TEST_CASE("a config extends a built-in vocabulary that a built-in rule reads") {
    std::string text = testing::read_file(seed_path());
    for (std::size_t p = 0; (p = text.find("PGOV PREL PINR MARR RS KZ", p)) != std::string::npos; p += 30) {
        text.replace(p, 25, "PGOV PREL PINR MARR RS KZ QQQQ");
    }
    Sandbox plain;
    const Run before = cli({plain.write("c.txt", text), "--no-config", "--format", "json", "--select", "T703"});
    REQUIRE(findings_of(before).size() == 1);
    CHECK(findings_of(before)[0]["message"].get<std::string>().find("QQQQ") != std::string::npos);
    Sandbox box("vocabularies:\n  program-tags: [QQQQ]\n");
    const Run after = cli({box.write("c.txt", text), "--format", "json", "--select", "T703"});
    CHECK(findings_of(after).empty());
}

TEST_CASE("a config replaces a built-in vocabulary") {
    Sandbox box("vocabularies:\n  page-classifications: {words: [SECRET], replace: true}\n");
    const Run r = cli({box.path("seed.txt"), "--format", "json", "--select", "W104"});
    REQUIRE(findings_of(r).size() == 1);
    CHECK(findings_of(r)[0]["line"] == 7);   // CONFIDENTIAL is no longer a known page classification
    Sandbox plain;
    CHECK(findings_of(cli({plain.path("seed.txt"), "--no-config", "--format", "json", "--select", "W104"})).empty());
}

TEST_CASE("a config sets a built-in rule's options") {
    std::string text = testing::read_file(seed_path());
    text.replace(text.find("2009-08-10 14:02:00"), 19, "2009-08-10 14:07:00");   // Created 5 minutes off the DTG
    Sandbox plain;
    CHECK(findings_of(cli({plain.write("c.txt", text), "--no-config", "--format", "json", "--select", "W107"})).empty());
    Sandbox box("rules:\n  created-dtg-mismatch: {options: {compare: minute}}\n");
    const Run r = cli({box.write("c.txt", text), "--format", "json", "--select", "W107"});
    REQUIRE(findings_of(r).size() == 1);
    CHECK(findings_of(r)[0]["line"] == 6);
    // The defaults of other configs (and of --no-config) are untouched.
    CHECK(findings_of(cli({plain.path("c.txt"), "--no-config", "--format", "json", "--select", "W107"})).empty());
    Sandbox bad("rules:\n  W107: {options: {comparison: minute}}\n");
    CHECK(cli({bad.path("seed.txt")}).err.find("rule W107 has no option `comparison`") != std::string::npos);
}

// ---- the documentation's CLI examples, run ------------------------------------------------------------------------

namespace {

// Runs the CLI from the repository root, as the docs' commands are written.
Run cli_in_repo(std::vector<std::string> args) {
    const fs::path before = fs::current_path();
    fs::current_path(testing::repo());
    Run r = cli(std::move(args));
    fs::current_path(before);
    return r;
}

// The doc's value with `…` in a string standing for any text; objects compare on the doc's keys.
bool doc_agrees(const nlohmann::json& doc, const nlohmann::json& actual) {
    if (doc.is_object()) {
        if (!actual.is_object()) return false;
        for (const auto& [k, v] : doc.items()) {
            if (!actual.contains(k) || !doc_agrees(v, actual[k])) return false;
        }
        return true;
    }
    if (doc.is_array()) {
        if (!actual.is_array() || actual.size() != doc.size()) return false;
        for (std::size_t i = 0; i < doc.size(); ++i) {
            if (!doc_agrees(doc[i], actual[i])) return false;
        }
        return true;
    }
    if (doc.is_string() && actual.is_string()) {
        const std::string d = doc, a = actual;
        const auto dots = d.find("\xE2\x80\xA6");
        if (dots != std::string::npos) return a.rfind(d.substr(0, dots), 0) == 0;
    }
    return doc == actual;
}

}  // namespace

TEST_CASE("the README's seed output is what cablelint prints") {
    const std::string readme = testing::read_file(testing::repo() / "README.md");
    const auto at = readme.find("tells you exactly which text is wrong and why:\n\n");
    REQUIRE(at != std::string::npos);
    // The indented block: pieces of the output, `…` where lines are left out.
    std::vector<std::vector<std::string>> pieces(1);
    std::istringstream block(readme.substr(readme.find("\n\n", at) + 2));
    for (std::string line; std::getline(block, line) && line.rfind("    ", 0) == 0;) {
        if (line == "    \xE2\x80\xA6") pieces.emplace_back();
        else pieces.back().push_back(line.substr(4));
    }
    REQUIRE(pieces.size() == 2);
    const Run r = cli_in_repo({"fixtures/seed/09ASTANA1366.txt", "--no-config", "--color", "never"});
    std::vector<std::string> out;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) out.push_back(line);
    // Each piece is a run of lines of the output, in order; the last one ends it.
    auto from = out.begin();
    for (const auto& piece : pieces) {
        INFO(r.out);
        const auto at = std::search(from, out.end(), piece.begin(), piece.end());
        REQUIRE(at != out.end());
        from = at + static_cast<std::ptrdiff_t>(piece.size());
    }
    CHECK(from == out.end());
}

TEST_CASE("the JSON example of docs/json-output.md is what cablelint prints") {
    const std::string doc = testing::read_file(testing::repo() / "docs/json-output.md");
    const auto begin = doc.find("```json\n") + 8;
    const auto example = nlohmann::json::parse(doc.substr(begin, doc.find("```", begin) - begin));
    const Run r = cli_in_repo({"--no-config", "--format", "json", "--select", "P801", "fixtures/seed/09ASTANA1366.txt",
                               "missing.txt"});
    CHECK(r.code == 2);
    const auto actual = nlohmann::json::parse(r.out);
    INFO(actual.dump(2));
    CHECK(doc_agrees(example, actual));
}
