// Lints one source: parse into a document, run every enabled rule, return the findings in position order.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "cable_origin.hpp"
#include "config.hpp"
#include "document.hpp"
#include "finding.hpp"
#include "source.hpp"

namespace cablelint {

// Command-line narrowing of the rule set. Entries are rule codes, names, or code prefixes ("W", "D30").
struct Selection {
    std::set<std::string> select;   // empty = every rule that is not off
    std::set<std::string> ignore;
    Severity min_severity = Severity::info;
};
// Does a selector name this rule (code, name, or code prefix; case-insensitive on codes)?
bool selector_matches(std::string_view selector, const RuleInfo& rule);

// The post a spelling names ("AMEMBASSY ALMATY" -> prefix AMEMBASSY, post ALMATY), read by the grammar's
// post_name: for spellings from vocabularies; a cable's own FM line and page Origin are read by parse_document.
PostName read_post_name(std::string_view spelling);
// The captions vocabulary types the caption words (rules/data/captions.yaml, extended by a user's config).
Document parse_document(const Source& src, const Vocabularies& vocab = builtin_vocabularies());
// What the linted text was, besides its findings.
struct LintInfo {
    bool cable = true;   // Document::recognisable(), or binary (F907 speaks of it)
    CableOrigin origin;   // for the HTML report's charts by year and post
};
std::vector<Finding> lint(const Source& src, const Config& config, const Selection& selection = {},
                          LintInfo* info = nullptr);

}  // namespace cablelint
