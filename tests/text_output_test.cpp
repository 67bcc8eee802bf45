// The text reporter's excerpt: the line under a finding is cut to a window around it, so that output grows with the
// number of findings, not with findings × line length (an outside fuzzing run got 76 MB of output from 11 KB of
// control characters on one line, issue 13); control characters never reach the terminal.
#include <catch2/catch.hpp>

#include "helpers.hpp"
#include "report/reporter.hpp"

using namespace cablelint;

namespace {

std::string render(const std::string& path, const std::string& text, const std::vector<Finding>& findings) {
    std::ostringstream out;
    auto reporter = make_text_reporter(out, TextOptions{});
    FileReport r;
    r.path = path;
    r.source = std::make_unique<Source>(path, text);
    r.findings = findings;
    reporter->file(r);
    return out.str();
}

Finding at(std::uint32_t begin, std::uint32_t end) {
    Finding f;
    f.code = "X001";
    f.name = "test";
    f.severity = Severity::warning;
    f.message = "here";
    f.span = Span{begin, end};
    return f;
}

}  // namespace

TEST_CASE("text excerpt: a short line is shown whole, the span underlined") {
    const std::string out = render("a.txt", "abc def ghi\n", {at(4, 7)});
    CHECK(out == "a.txt:1:5: warning: here [X001 test]\n"
                 "     1 | abc def ghi\n"
                 "       |     ^^^\n");
}

TEST_CASE("text excerpt: a long line is cut to a window around the finding") {
    const std::string line = std::string(200, 'a') + "XYZ" + std::string(200, 'b');
    const std::string out = render("a.txt", line + "\n", {at(200, 203)});
    const std::string window = "\u2026" + std::string(60, 'a') + "XYZ" + std::string(60, 'b') + "\u2026";
    CHECK(out == "a.txt:1:201: warning: here [X001 test]\n"
                 "     1 | " + window + "\n"
                 "       | " + std::string(61, ' ') + "^^^\n");
}

TEST_CASE("text excerpt: a span longer than the window is marked up to 120 characters") {
    const std::string line(1000, 'x');
    const std::string out = render("a.txt", line + "\n", {at(0, 1000)});
    CHECK(out == "a.txt:1:1: warning: here [X001 test]\n"
                 "     1 | " + std::string(180, 'x') + "\u2026\n"
                 "       | " + std::string(120, '^') + "\n");
}

TEST_CASE("text excerpt: many findings on one long line of control characters give output linear in their number") {
    const std::string line(11000, '\x01');
    std::vector<Finding> findings;
    for (std::uint32_t i = 0; i < 11000; ++i) findings.push_back(at(i, i + 1));
    const std::string out = render("a.txt", line + "\n", findings);
    CHECK(out.size() < findings.size() * 250);
    CHECK(out.find('\x01') == std::string::npos);
}
