// C509 reason-invalid: the classification reason of the Classified By line (R15). The section must be one of
// rules/data/classification-reasons.yaml (1.5 for E.O. 12958 cables before 25 Mar 2003, 1.4 after, and under
// E.O. 13526) and fit the cable's date; its letters must be categories of that section (a–g for 1.5, a–h for 1.4).
// The grammar reads the section and its letters (grammar/head.hpp clby): "(b) and (d)", "(b/d)", "b, c and d",
// "(B) a" / "nd (D)" (a word split by the page layout).
#include "check.hpp"
#include "dates.hpp"
#include "util.hpp"

namespace cablelint::check_C509 {
namespace {

char up(char c) { return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c; }

struct Section {
    std::string letters;
    int from = 0, to = 0;   // yyyymmdd, 0 = open
};

std::optional<Section> section_info(const Vocabularies& v, std::string_view section) {
    const std::string_view* s = v.lookup("classification-reasons", section);
    if (!s) return std::nullopt;
    Section out;
    const auto parts = [&] {
        std::vector<std::string> p;
        std::string cur;
        for (char c : *s) {
            if (c == ' ') { if (!cur.empty()) p.push_back(cur); cur.clear(); }
            else cur.push_back(c);
        }
        if (!cur.empty()) p.push_back(cur);
        return p;
    }();
    if (parts.empty()) return std::nullopt;
    out.letters = to_upper(parts[0]);
    auto date = [](const std::string& d) {
        if (d.size() != 10) return 0;
        return std::stoi(d.substr(0, 4)) * 10000 + std::stoi(d.substr(5, 2)) * 100 + std::stoi(d.substr(8, 2));
    };
    if (parts.size() > 1) out.from = date(parts[1]);
    if (parts.size() > 2) out.to = date(parts[2]);
    return out;
}

std::string show_date(int ymd) { return iso_date(Date{ymd / 10000, ymd / 100 % 100, ymd % 100}); }

void check(CheckContext& ctx) {
    const ClassifiedBy& cb = ctx.doc.text.classified_by;
    if (!present(cb.line) || cb.lines.empty()) return;
    // A section that is none ("1/4 (B)", "1.6 (d)"): the grammar's malformed_section.
    const Field section_at = present(cb.reasons_section) ? cb.reasons_section : cb.malformed_section;
    if (!present(section_at)) return;
    std::string section;
    for (char c : section_at) {
        if (c != ' ' && c != '\n' && c != '\t') section.push_back(c);   // "1." / "4" wrapped
    }
    if (!ctx.vocab.lookup("classification-reasons", section)) {
        // "1/4": a typo of 1.4 (spec §6 lists it among the typos to report softly).
        std::string fixed = section;
        for (char& c : fixed) {
            if (c == '/' || c == ',') c = '.';
        }
        const bool typo = fixed != section && ctx.vocab.lookup("classification-reasons", fixed) != nullptr;
        ctx.report(section_at, {{"section", section}, {"hint", typo ? "; probably a typo of " + fixed : ""}}, {}, "unknown",
                   typo);
        return;
    }
    const auto info = section_info(ctx.vocab, section);
    if (!info) return;
    // The letters, unless the reason is cut or redacted.
    const char* from = section_at.data() + section_at.size();
    const char* block_end = cb.lines.back().data() + cb.lines.back().size();
    if (from <= block_end) {
        const Field t = trim(Field(from, static_cast<std::size_t>(block_end - from)));
        if (t.starts_with("..") || t.starts_with("…") || (!t.empty() && ctx.doc.redacted(t.substr(0, 1)))) return;
    }
    const std::vector<ReasonLetter>& letters = cb.letters;
    std::string allowed;
    for (std::size_t k = 0; k < info->letters.size(); ++k) {
        allowed += std::string(k ? (k + 1 == info->letters.size() ? " and " : ", ") : "") + char(info->letters[k] - 'A' + 'a');
    }
    bool any = false;
    for (const ReasonLetter& l : letters) {
        if (info->letters.find(up(l.at[0])) != std::string::npos) {
            any = true;
            continue;
        }
        // A letter outside the categories: certain inside parentheses or in a list with valid ones.
        if (l.in_parens || any) {
            ctx.report(l.at, {{"section", section}, {"letter", std::string(l.at)}, {"letters", allowed}});
            any = true;
        }
    }
    if (!any) ctx.report(section_at, {{"section", section}}, {}, "none");
    // The date.
    const auto& origin = ctx.facts.origination;
    if (!origin) return;
    const int ymd = origin->date.yyyymmdd();
    const bool fits = (info->from == 0 || ymd >= info->from) && (info->to == 0 || ymd <= info->to);
    if (fits) return;
    // The section that fits the date; none before the first one (older orders had other sections).
    std::string expected;
    const auto* map = ctx.vocab.maps.count("classification-reasons") ? &ctx.vocab.maps.at("classification-reasons") : nullptr;
    if (map) {
        for (const auto& [name, _] : *map) {
            const auto other = section_info(ctx.vocab, name);
            if (other && (other->from == 0 || ymd >= other->from) && (other->to == 0 || ymd <= other->to)) expected = name;
        }
    }
    if (expected.empty()) return;
    const std::string period = info->to == 0 ? "from " + show_date(info->from)
                               : info->from == 0 ? "up to " + show_date(info->to)
                                                 : show_date(info->from) + " to " + show_date(info->to);
    ctx.report(section_at,
               {{"section", section}, {"period", period}, {"origin", origin->name}, {"expected", expected}},
               {ctx.related(origin->where, "the cable is dated " + iso_date(origin->date))}, "period");
}

}  // namespace
CABLELINT_CHECK("C509", check)
}  // namespace cablelint::check_C509
