// C506 portion-missing: a numbered paragraph of a classified cable without a portion mark (R22).
//
// What is a numbered paragraph: a line that continues the paragraph count, as P801 reads it (the walk is shared,
// paragraph_sequence.hpp). Numbers wrapped from the previous line ("…on August" / "7. The Ambassador…"), the items
// of a numbered list inside a paragraph (1, 2, 3 after paragraph 4, then paragraph 5) and stray numbers are no
// paragraphs. A malformed mark (`(SNF)`) is C507's; a mark placed after a heading (`1. SUMMARY (C): …`) is
// reported one step softer. When no paragraph at all is marked, one finding says so; cables marked as a whole
// (`1. CONFIDENTIAL - ENTIRE TEXT.`, older practice) are left alone.
#include <re2/re2.h>

#include "paragraph_sequence.hpp"
#include "portion_marks.hpp"

namespace cablelint {
namespace {

// "CONFIDENTIAL - ENTIRE TEXT", "(C) ENTIRE TEXT", "SECRET ENTIRE TEXT": the whole cable has one marking.
bool entire_text(const Document& doc) {
    static const RE2 re(R"((?i)ENTIRE\s+TEXT)");
    const Field head = cable_text::text_head(doc);
    if (present(head) && RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), re)) return true;
    for (const Paragraph& p : doc.text.paragraphs) {
        if (RE2::PartialMatch(re2::StringPiece(p.line.data(), std::min<std::size_t>(p.line.size(), 60)), re)) return true;
        break;
    }
    return false;
}

// A mark a few words after the number: "1. SUMMARY (C): …", "2. Summary. (S) …".
Field late_mark(const Vocabularies& v, Field rest) {
    const Field head = rest.substr(0, std::min<std::size_t>(rest.size(), 40));
    std::size_t open = head.find('(');
    while (open != Field::npos) {
        const auto close = rest.find(')', open);
        if (close == Field::npos || close - open > 25) return {};
        const Field group = rest.substr(open, close - open + 1);
        if (portion::judge(v, group).kind == portion::Verdict::valid) return group;
        open = head.find('(', open + 1);
    }
    return {};
}

// Numbered lines that carry no content of their own to mark:
//  - "3. XXXXXXXXXXXX …": the text starts with a redaction, which may have taken the mark with it;
//  - "1. Classified by …": the classification line, numbered;
//  - "1. Key Points:" followed by bullets that carry the marks ("-- (S/NF) During …").
bool not_a_content_paragraph(const Source& src, const Paragraph& p, Field rest) {
    static const RE2 redaction(R"(^\s*[Xx]{4,})");
    static const RE2 classified_by(R"((?i)^\s*(\(U\)\s*)?classified\s+by)");
    static const RE2 marked_bullet(R"(^[ \t]*(?:-{1,3}|[A-Za-z][.)]|\*)?[ \t]*\((?:U|C|S|SBU|TS)(?:/{1,2}[A-Za-z ,]+)?\))");
    const re2::StringPiece r(rest.data(), rest.size());
    if (RE2::PartialMatch(r, redaction) || RE2::PartialMatch(r, classified_by)) return true;
    const Field t = trim(rest);
    if (!t.empty() && t.back() == ':' && t.size() <= 40) {
        // The next non-blank line.
        const std::string_view text = src.text();
        std::size_t at = src.span_of(p.line).end;
        while (at < text.size()) {
            if (text[at] == '\n') ++at;
            std::size_t e = text.find('\n', at);
            if (e == std::string_view::npos) e = text.size();
            const std::string_view line = text.substr(at, e - at);
            at = e;
            if (trim(line).empty()) continue;
            return RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), marked_bullet);
        }
    }
    return false;
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    if (!doc.classified()) return;
    const std::vector<para::Item> items = para::walk(ctx.src, doc);
    // Portion marking of every paragraph came with E.O. 12065 (1 Dec 1978): older cables are not held to it.
    if (const auto& origin = ctx.facts.origination; origin && origin->date.year < 1979) return;
    std::vector<const Paragraph*> paragraphs;
    bool restarted = false;   // the count went back to 1: what follows unmarked is a numbered list (P801 says so)
    for (std::size_t i = 0; i < items.size(); ++i) {
        const para::Item& it = items[i];
        if (i > 0 && it.n == 1 && !present(it.p->mark)) restarted = true;
        if (it.role != para::Role::paragraph) continue;
        if (restarted && !present(it.p->mark)) continue;
        paragraphs.push_back(it.p);
    }
    if (paragraphs.empty() || entire_text(doc)) return;
    const std::string level = level_name(doc.level());
    const std::string letter = portion::level_letter(doc.level());
    struct Missing { const Paragraph* p; Field late; };
    std::vector<Missing> missing;
    std::size_t marked = 0;
    for (const Paragraph* p : paragraphs) {
        if (present(p->mark)) {
            ++marked;
            continue;
        }
        const Field rest = portion::after_number(*p);
        const Field group = portion::leading_group(rest);
        std::string problem, expected;
        if ((present(group) && portion::judge(ctx.vocab, group, letter).kind != portion::Verdict::not_a_mark) ||
            present(portion::broken_mark(rest, problem, expected))) {
            ++marked;   // a malformed mark: C507
            continue;
        }
        if (not_a_content_paragraph(ctx.src, *p, rest)) continue;
        missing.push_back({p, late_mark(ctx.vocab, rest)});
    }
    if (missing.empty()) return;
    const std::string first_number(trim(missing.front().p->number));
    bool any_late = false;
    for (const Missing& m : missing) any_late = any_late || present(m.late);
    if (marked == 0 && !any_late && missing.size() > 1) {
        std::vector<Related> related;
        if (present(doc.text.banner.level)) related.push_back(ctx.related(doc.text.banner.level, "the banner says " + level));
        ctx.report(missing.front().p->number,
                   {{"count", std::to_string(missing.size())}, {"level", level}, {"number", first_number}, {"letter", letter}},
                   std::move(related), "none");
        return;
    }
    for (const Missing& m : missing) {
        const std::string number(trim(m.p->number));
        if (present(m.late)) {
            const Field rest = portion::after_number(*m.p);
            const std::string before = collapse_spaces(rest.substr(0, static_cast<std::size_t>(m.late.data() - rest.data())));
            ctx.report(m.late, {{"number", number}, {"mark", std::string(m.late)}, {"before", before}}, {}, "late", true);
            continue;
        }
        std::vector<Related> related;
        if (present(doc.text.banner.level)) related.push_back(ctx.related(doc.text.banner.level, "the banner says " + level));
        ctx.report(m.p->number, {{"number", number}, {"level", level}, {"letter", letter}}, std::move(related));
    }
}

}  // namespace
CABLELINT_CHECK("C506", check)
}  // namespace cablelint
