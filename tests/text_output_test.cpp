// The text reporter's excerpt: the line under a finding is cut to a window around it, so that output grows with the
// number of findings, not with findings × line length (an outside fuzzing run got 76 MB of output from 11 KB of
// control characters on one line, issue 13); control characters never reach the terminal.
#include <catch2/catch.hpp>

#include "helpers.hpp"
#include "decode.hpp"
#include "report/excerpt.hpp"
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

TEST_CASE("text output stays UTF-8: each invalid byte of the file is shown as U+FFFD") {
    const std::string cable = "UNCLASSIFIED\n\nE.O. 12958: N/A\nTAGS: PREL, PGOV\nSUBJECT: caf\xC3( TEST \xE2\x80\x99 caf\xC3\xA9\n\n1. Text.\n";
    const auto r = testing::cli({"-", "--no-config", "--select", "F901,F902"}, cable);
    auto valid = [](std::string_view s) {
        for (std::size_t i = 0; i < s.size();) {
            const char* why = "";
            std::size_t skip = 1;
            const std::size_t n = static_cast<unsigned char>(s[i]) < 0x80 ? 1 : utf8_sequence(s, i, why, skip);
            if (n == 0) return false;
            i += n;
        }
        return true;
    };
    CHECK(valid(r.out));
    CHECK(r.out.find("     5 | SUBJECT: caf\xEF\xBF\xBD( TEST \xE2\x80\x99 caf\xC3\xA9\n"
                     "       |             ^\n") != std::string::npos);   // one column, as the position counts it
    std::ostringstream message;
    write_valid_utf8(message, "`caf\xC3(` and \xE2\x80\x99");
    CHECK(message.str() == "`caf\xEF\xBF\xBD(` and \xE2\x80\x99");
}
