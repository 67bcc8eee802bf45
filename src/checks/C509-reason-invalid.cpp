// C509 reason-invalid: the classification reason of the Classified By line (R15). The section must be one of
// rules/data/classification-reasons.yaml (1.5 for E.O. 12958 cables before 25 Mar 2003, 1.4 after, and under
// E.O. 13526) and fit the cable's date; its letters must be categories of that section (a–g for 1.5, a–h for 1.4).
// Letters are read from the text after the section, across the block's wrapped lines: "(b) and (d)", "(b/d)",
// "b, c and d", "(B) a" / "nd (D)" (a word split by the page layout); reading stops at the first other word.
#include <re2/re2.h>

#include "check.hpp"
#include "dates.hpp"
#include "util.hpp"

namespace cablelint {
namespace {

bool alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
char up(char c) { return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c; }

struct Letter {
    Field at;
    bool in_parens;
};

// The letters after the section: single letters, with "and" (also split: "an d", "a nd") skipped.
std::vector<Letter> read_letters(std::string_view s) {
    std::vector<Letter> out;
    std::size_t i = 0;
    int depth = 0;
    auto word_at = [&](std::size_t k) {
        std::size_t e = k;
        while (e < s.size() && alpha(s[e])) ++e;
        return s.substr(k, e - k);
    };
    auto skip_space = [&](std::size_t k) {
        while (k < s.size() && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r' || s[k] == '\n')) ++k;
        return k;
    };
    while (i < s.size()) {
        const char c = s[i];
        if (c == '(') { ++depth; ++i; continue; }
        if (c == ')') { if (depth > 0) --depth; ++i; continue; }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == '/' || c == '&' || c == ';' || c == ':' ||
            c == '.' || c == '-') { ++i; continue; }
        if (!alpha(c)) break;
        std::string_view w = word_at(i);
        std::string W;
        for (char x : w) W.push_back(up(x));
        if (W == "AND") { i += w.size(); continue; }
        // "an d", "a nd", "a n d": a split "and".
        if (W == "A" || W == "AN") {
            std::size_t k = skip_space(i + w.size());
            std::string rest = W;
            while (rest.size() < 3 && k < s.size() && alpha(s[k])) {
                const std::string_view w2 = word_at(k);
                for (char x : w2) rest.push_back(up(x));
                k = skip_space(k + w2.size());
            }
            if (rest == "AND") {
                i = k;
                continue;
            }
        }
        if (w.size() != 1) break;
        // "E.O.": a letter followed by a dot and another letter is an abbreviation, not a category.
        if (i + 2 < s.size() && s[i + 1] == '.' && alpha(s[i + 2])) break;
        out.push_back({s.substr(i, 1), depth > 0});
        ++i;
    }
    return out;
}

// The text the letters are read from: the rest of the section's line, and the following lines while the list
// visibly goes on ("(b) and" / "(d)", "(b)" / "and (d)", "(b) a" / "nd (d)", "(b" / ") and (d)"). A line such as
// "(U) This message has been coordinated …" after the reason is not part of it.
std::string_view letters_text(std::string_view s) {
    static const RE2 ends_open(R"((?i)(?:[,&(/]|\band|\ban|\ba)\s*$)");
    static const RE2 starts_on(R"((?i)^\s*(?:and\b|nd\b|d\s*\(|&|,|\)|\(?\s*[a-h]\s*(?:\)|,|/|$|and\b|&)))");
    std::size_t end = s.find('\n');
    while (end != std::string_view::npos) {
        const std::string_view line = s.substr(0, end);
        std::size_t next_end = s.find('\n', end + 1);
        const std::string_view next = s.substr(end + 1, (next_end == std::string_view::npos ? s.size() : next_end) - end - 1);
        const std::string_view last_line = line.substr(line.rfind('\n') == std::string_view::npos ? 0 : line.rfind('\n') + 1);
        const bool goes_on = RE2::PartialMatch(re2::StringPiece(last_line.data(), last_line.size()), ends_open) ||
                             RE2::PartialMatch(re2::StringPiece(next.data(), next.size()), starts_on);
        if (!goes_on && !trim(line).empty()) return line;   // nothing after the section yet: the letters follow
        end = next_end;
    }
    return s;
}

struct Section {
    std::string letters;
    int from = 0, to = 0;   // yyyymmdd, 0 = open
};

std::optional<Section> section_info(const Vocabularies& v, std::string_view section) {
    const std::string* s = v.lookup("classification-reasons", section);
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
    const char* end = cb.lines.back().data() + cb.lines.back().size();
    Field section_at = cb.reasons_section;
    if (!present(section_at)) {
        // A section the grammar did not read: wrapped ("1." / "4 (B)"), mistyped ("1/4 (B)"), unknown ("1.6 (d)").
        const std::string_view block(cb.line.data(), static_cast<std::size_t>(end - cb.line.data()));
        static const RE2 re(R"((?i)\b(1[./,]\s?\d)\s*\(\s*[a-h]\s*\))");
        re2::StringPiece in(block.data(), block.size()), sec;
        if (!RE2::PartialMatch(in, re, &sec)) return;
        section_at = Field(sec.data(), sec.size());
    }
    std::string section;
    for (char c : section_at) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') section.push_back(c);   // "1." / "4" wrapped
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
    // The letters.
    const char* from = section_at.data() + section_at.size();
    const std::string_view after = letters_text(std::string_view(from, static_cast<std::size_t>(end - from)));
    {
        const std::string_view t = trim(after);
        if (t.starts_with("..") || t.starts_with("…") || t.starts_with("XXX") || t.starts_with("xxx")) return;   // cut or redacted
    }
    const std::vector<Letter> letters = read_letters(after);
    std::string allowed;
    for (std::size_t k = 0; k < info->letters.size(); ++k) {
        allowed += std::string(k ? (k + 1 == info->letters.size() ? " and " : ", ") : "") + char(info->letters[k] - 'A' + 'a');
    }
    bool any = false;
    for (const Letter& l : letters) {
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
}  // namespace cablelint
