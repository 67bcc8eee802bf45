#include "engine.hpp"

#include <algorithm>

#include "check.hpp"
#include "util.hpp"

namespace cablelint {

bool selector_matches(std::string_view selector, const RuleInfo& rule) {
    return selector == rule.name || istarts_with(rule.code, selector);
}

static bool any_matches(const std::set<std::string>& selectors, const RuleInfo& rule) {
    for (const auto& s : selectors) {
        if (selector_matches(s, rule)) return true;
    }
    return false;
}

std::vector<Finding> lint(const Source& src, const Config& config, const Selection& selection) {
    const Document doc = parse_document(src, config.vocabularies());
    const Facts facts = derive_facts(doc);
    std::vector<Finding> findings;
    for (const RuleInfo& rule : config.catalogue().rules()) {
        const RuleSetting& setting = config.setting(rule);
        const bool selected = selection.select.empty() ? setting.severity != Severity::off
                                                       : any_matches(selection.select, rule);
        if (!selected || any_matches(selection.ignore, rule)) continue;
        // A rule selected by name runs even when off by default, at its catalogue severity (or warning).
        Severity severity = setting.severity;
        if (severity == Severity::off) severity = rule.severity == Severity::off ? Severity::warning : rule.severity;
        if (severity < selection.min_severity) continue;
        CheckFn fn = rule.kind == "builtin" ? find_check(rule.code) : find_kind(rule.kind);
        if (fn == nullptr) continue;
        // Binary input is not parsed: F907 says so, and nothing else is said about its bytes.
        if (doc.binary && rule.code != "F907") continue;
        CheckContext ctx(src, doc, facts, rule, config.vocabularies(), severity, setting.options, findings);
        fn(ctx);
    }
    if (!src.path().empty()) {
        std::erase_if(findings, [&](const Finding& f) { return config.ignored(f.code, src.path()); });
    }
    std::erase_if(findings, [&](const Finding& f) { return f.severity < selection.min_severity; });
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
        return a.code < b.code;
    });
    return findings;
}

}  // namespace cablelint
