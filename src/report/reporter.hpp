// Output formats. One reporter per format (text.cpp, json.cpp, …); all take positions from Source, the one place
// that turns byte offsets into lines and columns.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cable_origin.hpp"
#include "finding.hpp"
#include "source.hpp"

namespace cablelint {

struct FileReport {
    std::string path;                  // as given on the command line (or --stdin-filename)
    std::unique_ptr<Source> source;    // null when the file could not be read
    std::vector<Finding> findings;
    std::string error;                 // why the file could not be linted ("" when it was)
    std::string unwritten;             // --fix: why the fixed text could not be written back; the file is as it was
                                       // and the findings are those of the file as it is
    std::size_t fixed = 0;             // --fix: findings fixed (the findings are what is left)
    std::string diff;                  // --diff: the fixes as a unified diff
    std::string skipped;               // why a file found in a directory walk was not linted (not a cable)
    CableOrigin origin;
    std::optional<std::string> rendered;   // the reporter's part for this file, when a worker rendered it

    // The error every reporter shows for this file: why it was not linted, or why --fix could not write it back
    // (then its findings follow). "" when there is none.
    std::string problem() const {
        if (!error.empty()) return error;
        if (!unwritten.empty()) return "the fixes were not written: " + unwritten;
        return {};
    }
};

struct Summary {
    std::size_t files = 0;
    std::size_t errors = 0, warnings = 0, infos = 0;
    std::size_t unreadable = 0;
    std::size_t unwritten = 0;        // --fix: linted files whose fixes could not be written back
    std::size_t skipped = 0;          // files of a directory walk that are not cables
    std::size_t fixable = 0;          // findings the chosen fixes (--fix, or with --unsafe-fixes) would fix
    std::size_t unsafe_fixable = 0;   // more findings --unsafe-fixes would fix
    std::size_t fixed = 0, fixed_files = 0;   // --fix
    std::size_t baselined = 0;            // --baseline: findings not shown, recorded in it
    std::size_t baseline_unmatched = 0;   // its entries for the linted files that matched nothing (fixed since)
};

class Reporter {
public:
    virtual ~Reporter() = default;
    virtual void begin() {}
    virtual void file(const FileReport& report) = 0;
    virtual void end(const Summary& summary) = 0;
    // A reporter whose part for a file depends on that file alone says so: the workers that lint the files then render
    // the parts, in parallel (FileReport::rendered), and file() writes them in order. render() reads no state that
    // file() changes.
    virtual bool renders_files() const { return false; }
    virtual std::string render(const FileReport&) const { return {}; }
};

struct TextOptions {
    bool color = false;
    bool quiet = false;    // findings only: no source excerpt, no summary
    bool unsafe_fixes = false;   // mark (and count) unsafe fixes as fixable too
};

class Catalogue;

struct HtmlOptions {
    std::size_t max_findings = 10000;          // findings the page embeds (the worst files' first); counts are whole
    std::size_t max_listed_problems = 1000;    // files not read, not written back or skipped, by name (of each)
    bool unsafe_fixes = false;                 // --unsafe-fixes: its fixes count as fixable
    std::vector<std::string> paths;            // what was linted (the command line's paths), for the page's title
};

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, TextOptions options);
std::unique_ptr<Reporter> make_json_reporter(std::ostream& out);
// SARIF 2.1.0 for code scanning; the catalogue describes the rules (custom rules are added as they appear).
std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out, const Catalogue& catalogue);
// GitHub Actions workflow commands (::error file=…::message), one ::group:: per file.
std::unique_ptr<Reporter> make_github_reporter(std::ostream& out);
// One self-contained HTML page of the whole run: summary, charts, tables (docs/report.md).
std::unique_ptr<Reporter> make_html_reporter(std::ostream& out, const Catalogue& catalogue, HtmlOptions options);
// --statistics: findings per rule (count, files), written after the normal output.
// FIXABLE counts the findings the chosen fixes (the safe ones, or with --unsafe-fixes all) would fix.
std::unique_ptr<Reporter> make_statistics_reporter(std::ostream& out, bool unsafe_fixes);

}  // namespace cablelint
