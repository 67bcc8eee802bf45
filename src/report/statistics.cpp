// --statistics: how many findings each rule produced, of each severity (a rule's findings can differ: "…is a
// warning when…"), in how many files, and how many have a fix; most frequent first.
#include <algorithm>
#include <iomanip>
#include <map>
#include <set>

#include "reporter.hpp"

namespace cablelint {

namespace {

class StatisticsReporter : public Reporter {
public:
    StatisticsReporter(std::ostream& out, bool unsafe_fixes) : out_(out), unsafe_fixes_(unsafe_fixes) {}

    void file(const FileReport& r) override {
        for (const Finding& f : r.findings) {
            Row& row = rows_[f.code];
            row.name = f.name;
            ++row.count;
            ++row.by_severity[static_cast<int>(f.severity)];
            if (has_fix(f, unsafe_fixes_)) ++row.fixable;   // as the summary's "[*] N fixable" counts: the chosen fixes
            row.files.insert(r.path);
        }
    }

    void end(const Summary&) override {
        std::vector<std::pair<std::string, const Row*>> sorted;
        for (const auto& [code, row] : rows_) sorted.emplace_back(code, &row);
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto& a, const auto& b) { return a.second->count > b.second->count; });
        out_ << std::left << std::setw(7) << "COUNT" << std::setw(7) << "FILES" << std::setw(6) << "CODE" << std::setw(30)
             << "NAME" << std::setw(7) << "ERROR" << std::setw(9) << "WARNING" << std::setw(6) << "INFO" << "FIXABLE\n";
        Row total;
        total.name = "(all rules)";
        for (const auto& [code, row] : sorted) {
            put(code, *row);
            total.count += row->count;
            for (int s = 0; s < 4; ++s) total.by_severity[s] += row->by_severity[s];
            total.fixable += row->fixable;
            total.files.insert(row->files.begin(), row->files.end());
        }
        if (sorted.size() > 1) put("TOTAL", total);
    }

private:
    struct Row;
    void put(const std::string& code, const Row& row) {
        out_ << std::left << std::setw(7) << row.count << std::setw(7) << row.files.size() << std::setw(6) << code
             << std::setw(30) << row.name << std::setw(7) << row.by_severity[3] << std::setw(9) << row.by_severity[2]
             << std::setw(6) << row.by_severity[1] << row.fixable << "\n";
    }
    struct Row {
        std::string name;
        std::size_t count = 0;
        std::size_t by_severity[4] = {0, 0, 0, 0};   // by Severity: off, info, warning, error
        std::size_t fixable = 0;
        std::set<std::string> files;
    };
    std::ostream& out_;
    bool unsafe_fixes_;
    std::map<std::string, Row> rows_;
};

}  // namespace

std::unique_ptr<Reporter> make_statistics_reporter(std::ostream& out, bool unsafe_fixes) {
    return std::make_unique<StatisticsReporter>(out, unsafe_fixes);
}

}  // namespace cablelint
