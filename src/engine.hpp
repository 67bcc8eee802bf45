// Lints one source: parse into a document, run every enabled rule, return the findings in position order.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "config.hpp"
#include "document.hpp"
#include "finding.hpp"
#include "source.hpp"

namespace cablelint {

// Command-line narrowing of the rule set (codes, upper case).
struct Selection {
    std::set<std::string> select;   // empty = all enabled rules
    std::set<std::string> ignore;
    Severity min_severity = Severity::info;
};

Document parse_document(const Source& src);
std::vector<Finding> lint(const Source& src, const Config& config, const Selection& selection = {});

}  // namespace cablelint
