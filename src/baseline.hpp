// A baseline: the findings an archive had when it adopted cablelint (--write-baseline FILE), reported no more
// (--baseline FILE) while new ones are. A finding matches an entry by file, rule and fingerprint (fingerprint.hpp:
// the text it points at, not its line), and each entry matches as many findings as it counted, so a new defect of
// the same rule in the same file is still reported. Cables carry no comments: this and per-file-ignores take the
// place of inline suppressions.
//
// The file is JSON, sorted, one entry per line, so that it diffs well in review:
//   {"version": 1, "findings": [
//   {"file": "cables/09ASTANA1366.txt", "code": "P801", "fingerprint": "…", "count": 1, "message": "…"}
//   ]}
// `file` is relative to the baseline's directory, so the baseline works from any working directory.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "finding.hpp"
#include "source.hpp"

namespace cablelint {

struct BaselineError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Baseline {
public:
    // An empty baseline whose paths are relative to `file`'s directory (for writing one).
    explicit Baseline(const std::filesystem::path& file);
    // Throws BaselineError: unreadable, not JSON, not a baseline.
    static Baseline load(const std::filesystem::path& file);

    // The key of a linted file: its path relative to the baseline's directory.
    std::string key_of(const std::filesystem::path& file) const;
    // Removes the findings the baseline records for the file; returns how many.
    std::size_t filter(const std::string& key, const Source& src, std::vector<Finding>& findings);
    // Entries of the files filtered so far that matched no finding: fixed since, so the baseline can shrink.
    std::size_t unmatched() const;

    // Records a file's findings (for writing).
    void record(const std::string& key, const Source& src, const std::vector<Finding>& findings);
    std::size_t recorded() const;
    std::string dump() const;

private:
    struct Entry {
        long count = 0;
        std::string message;
    };
    using Key = std::tuple<std::string, std::string, std::string>;   // file, code, fingerprint
    std::filesystem::path dir_;
    std::map<Key, Entry> entries_;
    std::set<std::string> filtered_files_;
};

}  // namespace cablelint
