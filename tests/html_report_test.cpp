// The HTML report (--format html): the numbers it embeds, the limit on listed findings, that no text of a cable or
// path can break out of the page's script element, and where a cable's year and post come from. The page itself is
// tested in Chromium by tests/integration/html_report.py.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "helpers.hpp"
#include "report/reporter.hpp"

using namespace cablelint;
using json = nlohmann::json;

namespace {

// The report-data JSON of a page.
json data_of(const std::string& page) {
    const std::string open = R"(<script type="application/json" id="report-data">)";
    const std::size_t begin = page.find(open);
    REQUIRE(begin != std::string::npos);
    const std::size_t end = page.find("</script>", begin);
    REQUIRE(end != std::string::npos);
    return json::parse(page.substr(begin + open.size(), end - begin - open.size()));
}

Finding finding(const std::string& code, Severity severity, std::uint32_t begin) {
    Finding f;
    f.code = code;
    f.name = "test-rule";
    f.severity = severity;
    f.message = "message";
    f.span = Span{begin, begin + 1};
    return f;
}

// A file with `errors` errors and `warnings` warnings.
FileReport file(const std::string& path, int errors, int warnings, std::optional<int> year = 2009, std::string post = "ASTANA") {
    FileReport r;
    r.path = path;
    r.source = std::make_unique<Source>(path, std::string(200, 'x') + "\n");
    for (int i = 0; i < errors; ++i) r.findings.push_back(finding("D302", Severity::error, static_cast<std::uint32_t>(i)));
    for (int i = 0; i < warnings; ++i) r.findings.push_back(finding("W105", Severity::warning, static_cast<std::uint32_t>(100 + i)));
    r.origin.year = year;
    r.origin.post = std::move(post);
    return r;
}

std::string render(std::vector<FileReport> files, HtmlOptions options = {}) {
    std::ostringstream out;
    auto reporter = make_html_reporter(out, builtin_catalogue(), options);
    reporter->begin();
    Summary s;
    for (const FileReport& r : files) {
        ++s.files;
        if (!r.error.empty()) ++s.unreadable;
        for (const Finding& f : r.findings) (f.severity == Severity::error ? s.errors : s.warnings) += 1;
        reporter->file(r);
    }
    reporter->end(s);
    return out.str();
}

std::vector<std::string> listed_paths(const json& data) {
    std::vector<std::string> paths;
    for (const json& f : data["files"]) paths.push_back(f["path"]);
    return paths;
}

}  // namespace

TEST_CASE("html report: the numbers per rule, family, year, post and year x family") {
    std::vector<FileReport> files;
    files.push_back(file("a.txt", 2, 1, 2009, "ASTANA"));
    files.push_back(file("b.txt", 0, 3, 2010, "PARIS"));
    files.push_back(file("c.txt", 1, 0, std::nullopt, ""));
    files.push_back(file("clean.txt", 0, 0));
    const json data = data_of(render(std::move(files)));
    CHECK(data["summary"]["files"] == 4);
    CHECK(data["summary"]["clean"] == 1);
    CHECK(data["summary"]["withFindings"] == 3);
    CHECK(data["summary"]["findings"] == 7);
    // Most findings first; the catalogue's name and docs excerpt.
    REQUIRE(data["rules"].size() == 2);
    CHECK(data["rules"][0]["code"] == "W105");
    CHECK(data["rules"][0]["name"] == "title-mismatch");
    CHECK(data["rules"][0]["warning"] == 4);
    CHECK(data["rules"][0]["files"] == 2);
    CHECK(data["rules"][0]["docs"].get<std::string>().starts_with("The page's Cable title equals the SUBJECT text"));
    CHECK(data["rules"][1]["code"] == "D302");
    CHECK(data["rules"][1]["error"] == 3);
    CHECK(data["families"] == json::parse(R"([
        {"family": "D", "title": "date-time groups", "error": 3, "warning": 0, "info": 0, "total": 3, "files": 2, "fixable": 0, "unsafeFixable": 0},
        {"family": "W", "title": "page wrapper", "error": 0, "warning": 4, "info": 0, "total": 4, "files": 2, "fixable": 0, "unsafeFixable": 0}])"));
    // Years in order, the unknown year last; posts by findings.
    REQUIRE(data["years"].size() == 3);
    CHECK(data["years"][0]["year"] == 2009);
    CHECK(data["years"][1]["year"] == 2010);
    CHECK(data["years"][2]["year"].is_null());
    CHECK(data["years"][2]["total"] == 1);
    REQUIRE(data["posts"].size() == 3);
    CHECK(data["posts"][0]["post"] == "ASTANA");
    CHECK(data["posts"][1]["post"] == "PARIS");
    CHECK(data["posts"][2]["post"].is_null());
    CHECK(data["heat"] == json::parse(R"({"years": [2009, 2010, null], "families": ["D", "W"],
                                          "counts": [[2, 1], [0, 3], [1, 0]]})"));
    // The worst file first, with its findings' excerpts.
    CHECK(listed_paths(data) == std::vector<std::string>{"a.txt", "c.txt", "b.txt"});
    const json& first = data["files"][0]["findings"][0];
    CHECK(first["code"] == "D302");
    CHECK(first["line"] == 1);
    CHECK(first["excerpt"]["marked"] == "x");
    CHECK(first["excerpt"]["after"].get<std::string>().ends_with("\u2026"));   // the 200-character line is cut
}

TEST_CASE("html report: the limit lists the worst files whose findings fit, and counts the rest") {
    std::vector<FileReport> files;
    files.push_back(file("two-errors.txt", 2, 0));
    files.push_back(file("huge.txt", 50, 0));          // alone over the limit: left out, the others still listed
    files.push_back(file("one-warning.txt", 0, 1));
    files.push_back(file("three-errors.txt", 3, 0));
    files.push_back(file("one-error.txt", 1, 0));
    files.push_back(file("four-warnings.txt", 0, 4));
    HtmlOptions options;
    options.max_findings = 6;
    const json data = data_of(render(std::move(files), options));
    // Worst first: three-errors (3), two-errors (2), one-error (1) = 6; four-warnings would pass the limit, and no
    // file less bad than it is listed (one-warning would fit, but the list is the worst files').
    CHECK(listed_paths(data) == std::vector<std::string>{"three-errors.txt", "two-errors.txt", "one-error.txt"});
    CHECK(data["limit"]["maxFindings"] == 6);
    CHECK(data["limit"]["omittedFiles"] == 3);
    CHECK(data["limit"]["omittedFindings"] == 55);
    // Every number still counts every finding.
    CHECK(data["summary"]["findings"] == 61);
    CHECK(data["rules"][0]["code"] == "D302");
    CHECK(data["rules"][0]["error"] == 56);

    HtmlOptions none;
    none.max_findings = 0;
    std::vector<FileReport> again;
    again.push_back(file("a.txt", 1, 0));
    const json nothing = data_of(render(std::move(again), none));
    CHECK(nothing["files"].empty());
    CHECK(nothing["limit"]["omittedFiles"] == 1);
}

TEST_CASE("html report: no path, message or cable text can close the script element it is in") {
    FileReport r = file("</script><script>alert(1)</script>.txt", 1, 0);
    r.findings[0].message = "a <b>message</b> with </script>";
    const std::string text = "<!-- </SCRIPT> --> 1 < 2\n";
    r.source = std::make_unique<Source>(r.path, text);
    std::vector<FileReport> files;
    files.push_back(std::move(r));
    const std::string page = render(std::move(files));
    // The page's own three scripts: the data, Chart.js and the report's script.
    std::size_t closings = 0;
    for (std::size_t at = page.find("</script>"); at != std::string::npos; at = page.find("</script>", at + 1)) ++closings;
    CHECK(closings == 3);
    CHECK(page.find("</SCRIPT>") == std::string::npos);
    const json data = data_of(page);
    CHECK(data["files"][0]["path"] == "</script><script>alert(1)</script>.txt");
    CHECK(data["files"][0]["findings"][0]["message"] == "a <b>message</b> with </script>");
    CHECK(data["files"][0]["findings"][0]["excerpt"]["marked"] == "<");
    // Every part is filled in, Chart.js among them, and nothing is loaded from elsewhere.
    CHECK(page.find("@DATA@") == std::string::npos);
    CHECK(page.find("@SCRIPT@") == std::string::npos);
    CHECK(page.find("Chart.js v3.9.1") != std::string::npos);
    CHECK(page.find("<script src") == std::string::npos);
    CHECK(page.find("default-src 'none'") != std::string::npos);
}

TEST_CASE("html report: files that could not be linted are listed by name") {
    FileReport bad;
    bad.path = "missing.txt";
    bad.error = "cannot open: No such file or directory";
    std::vector<FileReport> files;
    files.push_back(std::move(bad));
    const json data = data_of(render(std::move(files)));
    CHECK(data["summary"]["notLinted"] == 1);
    CHECK(data["notLinted"] == json::parse(R"([{"path": "missing.txt", "error": "cannot open: No such file or directory"}])"));
    CHECK(data["files"].empty());
    CHECK(data["rules"].empty());
}

TEST_CASE("html report: files of a walk skipped as not cables are listed by name with why") {
    FileReport notes;
    notes.path = "notes.txt";
    notes.skipped = "not a cable";
    std::vector<FileReport> files;
    files.push_back(std::move(notes));
    files.push_back(file("a.txt", 1, 0));
    const json data = data_of(render(std::move(files)));
    CHECK(data["skipped"] == json::parse(R"([{"path": "notes.txt", "reason": "not a cable"}])"));
    CHECK(data["notLinted"].empty());
    CHECK(data["summary"]["linted"] == 1);
}

TEST_CASE("html report: a cable's year is its DTG's and its post the FM line's, else the page's or the banner's") {
    auto origin = [](const std::filesystem::path& p) {
        Source src(p.string(), testing::read_file(p));
        LintInfo info;
        lint(src, *Config::defaults(), {}, &info);
        return info.origin;
    };
    // Page and header: DTG 101402Z AUG 09 (Created 2009-08-10), FM AMEMBASSY ASTANA.
    const CableOrigin seed = origin(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    CHECK(seed.year == 2009);
    CHECK(seed.post == "ASTANA");
    // Without a header the page's Origin names the post ("Embassy Astana") and Created the year.
    testing::TempDir dir("html-origin-");
    const std::string page = testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    const std::size_t header = page.find("VZCZC");
    const std::size_t text = page.find("C O N F I D E N T I A L");
    REQUIRE(header != std::string::npos);
    REQUIRE(text != std::string::npos);
    const CableOrigin wrapped = origin(dir.write("no-header.txt", page.substr(0, header) + page.substr(text)));
    CHECK(wrapped.year == 2009);
    CHECK(wrapped.post == "ASTANA");
    // A bare cable without its header: the banner's origin.
    const std::size_t banner = page.find("C O N F I D E N T I A L");
    const CableOrigin bare = origin(dir.write("bare.txt", page.substr(banner)));
    CHECK(bare.post == "ASTANA");
    // A text that names none.
    const CableOrigin none = origin(dir.write("note.txt", "SUBJECT: A NOTE\n\n1. TEXT.\n"));
    CHECK_FALSE(none.year.has_value());
    CHECK(none.post.empty());
}

TEST_CASE("html report: --format html writes the page and --html-max-findings takes a count") {
    testing::TempDir dir("html-cli-");
    const std::string out = dir.path("report.html");
    const auto run = testing::cli({"--no-config", "--format", "html", "-o", out, (testing::repo() / "fixtures/seed/09ASTANA1366.txt").string()});
    CHECK(run.code <= 1);
    CHECK(run.out.empty());
    const json data = data_of(testing::read_file(out));
    CHECK(data["summary"]["files"] == 1);
    const auto bad = testing::cli({"--format", "html", "--html-max-findings", "-3", "x.txt"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("--html-max-findings: `-3` is not a count (a whole number, 0 or more)") != std::string::npos);
    const auto elsewhere = testing::cli({"--html-max-findings", "5", "x.txt"});
    CHECK(elsewhere.code == 2);
    CHECK(elsewhere.err == "cablelint: --html-max-findings applies to --format html\n");
    // Where no report is written, --format html is refused rather than leaving an empty file.
    const auto baseline = testing::cli({"--format", "html", "-o", out, "--write-baseline", dir.path("b.json"), "x.txt"});
    CHECK(baseline.code == 2);
    CHECK(baseline.err == "cablelint: --write-baseline records the findings and reports none; --format does not apply to it\n");
    const auto fix_stdin = testing::cli({"--format", "html", "--fix", "-"}, "TEXT\n");
    CHECK(fix_stdin.code == 2);
    CHECK(fix_stdin.err == "cablelint: --fix of standard input writes the fixed text; --format html does not apply to it\n");
}

TEST_CASE("html report: fixes that --fix could not write and --unsafe-fixes are counted as the summary counts them") {
    FileReport unwritten = file("read-only.txt", 1, 1);
    unwritten.unwritten = "cannot write: Read-only file system";
    unwritten.findings[1].fix = Fix{};
    unwritten.findings[1].fix->safe = false;
    std::vector<FileReport> files;
    files.push_back(std::move(unwritten));
    Summary s;
    s.files = 1;
    s.unwritten = 1;
    s.errors = 1;
    s.warnings = 1;
    s.fixed = 3;
    s.fixed_files = 1;
    for (const bool unsafe : {false, true}) {
        std::ostringstream out;
        HtmlOptions options;
        options.unsafe_fixes = unsafe;
        auto reporter = make_html_reporter(out, builtin_catalogue(), options);
        reporter->begin();
        reporter->file(files[0]);
        reporter->end(s);
        const json data = data_of(out.str());
        CHECK(data["summary"]["linted"] == 1);
        CHECK(data["summary"]["withFindings"] == 1);
        CHECK(data["summary"]["clean"] == 0);
        CHECK(data["summary"]["fixed"] == 3);
        CHECK(data["unsafeFixes"] == unsafe);
        CHECK(data["rules"].size() == 2);
        CHECK(data["notLinted"][0]["error"] == "the fixes were not written: cannot write: Read-only file system");
        CHECK(data["summary"]["notLinted"] == 1);
        const json& w105 = data["rules"][0]["code"] == "W105" ? data["rules"][0] : data["rules"][1];
        CHECK(w105["fixable"] == (unsafe ? 1 : 0));
        CHECK(w105["unsafeFixable"] == (unsafe ? 0 : 1));
        CHECK(data["files"][0]["fixable"] == (unsafe ? 1 : 0));
    }
}

TEST_CASE("html report: a rule of a configuration keeps its findings' name and has no docs link") {
    FileReport r = file("a.txt", 0, 0);
    Finding f = finding("X901", Severity::info, 0);
    f.name = "house-style";
    r.findings.push_back(f);
    std::vector<FileReport> files;
    files.push_back(std::move(r));
    const json data = data_of(render(std::move(files)));
    REQUIRE(data["rules"].size() == 1);
    CHECK(data["rules"][0]["name"] == "house-style");
    CHECK(data["rules"][0]["url"].is_null());
    CHECK(data["rules"][0]["info"] == 1);
    CHECK(data["rules"][0]["family"] == "custom");
    CHECK(data["families"][0]["family"] == "custom");
    CHECK(data["families"][0]["title"] == "rules of the configuration");
}
