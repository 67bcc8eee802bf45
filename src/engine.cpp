#include "engine.hpp"

#include <algorithm>
#include <optional>

#include "check.hpp"
#include "profile.hpp"
#include "document_kind.hpp"
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

namespace {

bool overlaps(Span a, Span b) {
    if (a.begin == a.end) return b.begin <= a.begin && a.begin <= b.end;
    if (b.begin == b.end) return a.begin <= b.begin && b.begin <= a.end;
    return a.begin < b.end && b.begin < a.end;
}

// Does finding `e` of an explained rule fall under the explaining finding `x` by the entry's condition?
bool explained(const Explains& ex, const std::string& field, const Finding& x, const Finding& e, const DocumentKind& kind) {
    switch (ex.when) {
        case Explains::When::same_cable: return true;
        case Explains::When::field_cut: return kind.truncation.removed_field(field);
        case Explains::When::same_field:
            if (overlaps(e.span, x.span)) return true;
            return std::any_of(x.related.begin(), x.related.end(), [&](const Related& r) { return overlaps(e.span, r.span); });
    }
    return false;
}

// One cause, one finding (catalogue `explains:`): each finding of an explaining rule stands down the findings of
// the rules it explains, in the order the rules ran; a finding stood down explains nothing.
void stand_down(const Catalogue& cat, const DocumentKind& kind, std::vector<Finding>& findings) {
    std::vector<bool> down(findings.size(), false);
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (down[i]) continue;
        const RuleInfo* r = cat.find(findings[i].code);
        if (r == nullptr) continue;
        for (const Explains& ex : r->explains) {
            for (std::size_t j = 0; j < findings.size(); ++j) {
                if (j == i || down[j]) continue;
                for (const auto& [code, field] : ex.rules) {
                    if (code == findings[j].code && explained(ex, field, findings[i], findings[j], kind)) down[j] = true;
                }
            }
        }
    }
    std::vector<Finding> kept;
    for (std::size_t i = 0; i < findings.size(); ++i)
        if (!down[i]) kept.push_back(std::move(findings[i]));
    findings = std::move(kept);
}

bool explains_any(const RuleInfo& rule, const std::set<std::string, std::less<>>& codes) {
    for (const Explains& ex : rule.explains)
        for (const auto& [code, field] : ex.rules)
            if (codes.count(code)) return true;
    return false;
}

// Which rules run on a file, at what severity, and whose findings are shown: the same for every file of one
// configuration and selection, so worked out once per thread for the last pair seen (not once per file).
struct RulePlan {
    const RuleInfo* rule;
    Severity severity;
    CheckFn fn;
    const YAML::Node* options;
};
struct LintPlan {
    std::uint64_t config = 0;   // Config::identity()
    Selection selection;
    std::vector<RulePlan> run;
    std::set<std::string, std::less<>> shown_codes;
};

void make_plan(const Config& config, const Selection& selection, LintPlan& plan) {
    plan.config = config.identity();
    plan.selection = selection;
    plan.run.clear();
    plan.shown_codes.clear();
    const Catalogue& cat = config.catalogue();
    // The rules whose findings are shown, with their severity.
    std::vector<std::pair<const RuleInfo*, Severity>> shown;
    for (const RuleInfo& rule : cat.rules()) {
        const RuleSetting& setting = config.setting(rule);
        const bool selected = selection.select.empty() ? setting.severity != Severity::off
                                                       : any_matches(selection.select, rule);
        if (!selected || any_matches(selection.ignore, rule)) continue;
        // A rule selected by name runs even when off by default, at its catalogue severity (or warning).
        Severity severity = setting.severity;
        if (severity == Severity::off) severity = rule.severity == Severity::off ? Severity::warning : rule.severity;
        if (severity < selection.min_severity) continue;
        shown.push_back({&rule, severity});
        plan.shown_codes.insert(rule.code);
    }
    // A rule that explains a shown rule runs too, whether or not its own findings are shown: the cause stands its
    // consequences down however the rules are selected (`--select E401` on a cut text says nothing either).
    std::vector<std::pair<const RuleInfo*, Severity>> run = shown;
    for (const RuleInfo& rule : cat.rules()) {
        if (plan.shown_codes.count(rule.code) || !explains_any(rule, plan.shown_codes)) continue;
        run.push_back({&rule, rule.severity == Severity::off ? Severity::warning : rule.severity});
    }
    for (const auto& [rule, severity] : run) {
        CheckFn fn = rule->kind == "builtin" ? find_check(rule->code) : find_kind(rule->kind);
        if (fn == nullptr) continue;
        plan.run.push_back({rule, severity, fn, &config.setting(*rule).options});
    }
}

CableOrigin origin_of(const Document& doc, const Facts& facts) {
    CableOrigin o;
    o.year = facts.cable_year;
    // The FM line's post, else the page Origin's, else the banner's origin (a bare cable's only one).
    Field post = doc.header.fm_post.post;
    if (post.empty()) post = doc.wrapper.origin_post.post;
    if (post.empty()) post = doc.text.banner.origin;
    o.post = collapse_spaces(post);
    for (char& c : o.post) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return o;
}

const LintPlan& plan_for(const Config& config, const Selection& selection) {
    thread_local LintPlan plan;
    const bool same = plan.config == config.identity() && plan.selection.select == selection.select &&
                      plan.selection.ignore == selection.ignore && plan.selection.min_severity == selection.min_severity;
    if (!same) make_plan(config, selection, plan);
    return plan;
}

}  // namespace

std::vector<Finding> lint(const Source& src, const Config& config, const Selection& selection, LintInfo* info) {
    std::optional<profile::Timer> phase(std::in_place, profile::Phase::parse);
    const Document doc = parse_document(src, config.vocabularies());
    if (info != nullptr) info->cable = doc.binary || doc.recognisable();
    phase.emplace(profile::Phase::facts);
    const Facts facts = derive_facts(doc);
    if (info != nullptr) info->origin = origin_of(doc, facts);
    phase.emplace(profile::Phase::checks);
    const DocumentKind& kind = facts.kind;
    const Catalogue& cat = config.catalogue();
    const LintPlan& plan = plan_for(config, selection);
    std::vector<Finding> findings;
    for (const RulePlan& r : plan.run) {
        // Binary input is not parsed: F907 says so, and nothing else is said about its bytes.
        if (doc.binary && r.rule->code != "F907") continue;
        CheckContext ctx(src, doc, facts, *r.rule, config.vocabularies(), r.severity, *r.options, findings);
        r.fn(ctx);
    }
    stand_down(cat, kind, findings);
    std::erase_if(findings, [&](const Finding& f) { return !plan.shown_codes.count(f.code); });
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
