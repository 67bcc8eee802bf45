// --statistics: how many findings each rule produced and in how many files, most frequent first.
#include <algorithm>
#include <iomanip>
#include <map>
#include <set>

#include "reporter.hpp"

namespace cablelint {

namespace {

class StatisticsReporter : public Reporter {
public:
    explicit StatisticsReporter(std::ostream& out) : out_(out) {}

    void file(const FileReport& r) override {
        for (const Finding& f : r.findings) {
            Row& row = rows_[f.code];
            row.name = f.name;
            row.severity = f.severity;
            ++row.count;
            row.files.insert(r.path);
        }
    }

    void end(const Summary&) override {
        std::vector<std::pair<std::string, const Row*>> sorted;
        for (const auto& [code, row] : rows_) sorted.emplace_back(code, &row);
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto& a, const auto& b) { return a.second->count > b.second->count; });
        out_ << std::left << std::setw(7) << "COUNT" << std::setw(7) << "FILES" << std::setw(6) << "CODE" << std::setw(30)
             << "NAME" << "SEVERITY\n";
        for (const auto& [code, row] : sorted) {
            out_ << std::left << std::setw(7) << row->count << std::setw(7) << row->files.size() << std::setw(6) << code
                 << std::setw(30) << row->name << severity_name(row->severity) << "\n";
        }
    }

private:
    struct Row {
        std::string name;
        Severity severity = Severity::warning;
        std::size_t count = 0;
        std::set<std::string> files;
    };
    std::ostream& out_;
    std::map<std::string, Row> rows_;
};

}  // namespace

std::unique_ptr<Reporter> make_statistics_reporter(std::ostream& out) {
    return std::make_unique<StatisticsReporter>(out);
}

}  // namespace cablelint
