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

// The page layout prints the head block twice (P806); rules read the first copy, so their fixes edit only it and a
// --fix would leave the copies different (P806 then warns). Where the second copy is the first line for line (but for
// white space at their ends), an edit within a line of the first copy is made in the same line of the second too, unless
// its rule reported in the second copy itself (the F rules read every line, and fix each copy with its own finding).
void mirror_fixes_into_duplicate_head(const Source& src, const Document& doc, std::vector<Finding>& findings) {
    const Text& t = doc.text;
    if (!present(t.duplicate_head) || !present(t.first_head) || t.duplicate_head_differs) return;
    const std::string_view bytes = src.text();
    const Span first = src.span_of(t.first_head), second = src.span_of(t.duplicate_head);
    // The lines of a copy, by the source's line index: [begin, end) without the line end, at most `most` of them.
    auto lines_of = [&](Span s, std::size_t most) {
        std::vector<Span> out;
        for (std::uint32_t n = src.line_of(s.begin); s.begin < s.end && n <= src.line_count() && out.size() < most; ++n) {
            const std::uint32_t begin = std::max(src.line_start(n), s.begin);
            if (begin >= s.end) break;
            const auto end = static_cast<std::uint32_t>(src.line_start(n) + src.line_text(n).size());
            out.push_back(Span{begin, std::min(end, s.end)});
        }
        return out;
    };
    const std::vector<Span> b = lines_of(second, SIZE_MAX);
    const std::vector<Span> a = lines_of(first, b.size());
    if (a.size() != b.size()) return;
    auto text_of = [&](Span l) { return trim(bytes.substr(l.begin, l.end - l.begin)); };
    for (std::size_t i = 0; i < a.size(); ++i)
        if (text_of(a[i]) != text_of(b[i])) return;
    // The line of the first copy an edit lies within, by index; the same bytes up to its end in the second.
    auto mirrored = [&](Span e) -> std::optional<Span> {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (e.begin < a[i].begin || e.end > a[i].end) continue;
            const std::uint32_t end_in_line = e.end - a[i].begin;
            if (b[i].begin + end_in_line > b[i].end ||
                bytes.substr(a[i].begin, end_in_line) != bytes.substr(b[i].begin, end_in_line))
                return std::nullopt;
            return Span{e.begin - a[i].begin + b[i].begin, e.end - a[i].begin + b[i].begin};
        }
        return std::nullopt;
    };
    std::set<std::string_view> read_second;   // codes that reported inside the second copy
    for (const Finding& f : findings)
        if (f.span.begin >= second.begin && f.span.begin < second.end) read_second.insert(f.code);
    for (Finding& f : findings) {
        if (!f.fix || f.fix->edits.empty() || read_second.count(f.code) > 0) continue;
        std::vector<Edit> copies;
        for (const Edit& e : f.fix->edits) {
            const auto to = mirrored(e.span);
            if (!to) break;
            copies.push_back(e);
            copies.back().span = *to;
        }
        if (copies.size() != f.fix->edits.size()) continue;   // all or none
        f.fix->edits.insert(f.fix->edits.end(), copies.begin(), copies.end());
    }
}

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
    mirror_fixes_into_duplicate_head(src, doc, findings);
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
