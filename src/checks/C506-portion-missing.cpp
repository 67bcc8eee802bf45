// C506 portion-missing: a numbered paragraph of a classified cable without a portion mark (R22).
//
// What is a numbered paragraph: a line that continues the paragraph count, as P801 reads it (the walk is shared,
// paragraph_sequence.hpp). Numbers wrapped from the previous line ("…on August" / "7. The Ambassador…"), the items
// of a numbered list inside a paragraph (1, 2, 3 after paragraph 4, then paragraph 5) and stray numbers are no
// paragraphs. A malformed mark (`(SNF)`) is C507's; a mark placed after a heading (`1. SUMMARY (C): …`) is
// reported one step softer. A numbered heading whose sub-items carry the marks (`5. Political Situation`, then
// `A. (C) …`) needs none of its own. When no paragraph at all is marked, one finding says so; cables marked as a
// whole (`1. CONFIDENTIAL - ENTIRE TEXT.`, older practice) are left alone.
#include "checks/decl_instruction.hpp"
#include "paragraph_sequence.hpp"
#include "portion_marks.hpp"

namespace cablelint::check_C506 {
namespace {

// "CONFIDENTIAL - ENTIRE TEXT", "(C) ENTIRE TEXT": the whole cable has one marking, noted in its head or at the
// start of paragraph 1.
bool entire_text(const Document& doc) {
    const Paragraph* first = doc.text.paragraphs.empty() ? nullptr : &doc.text.paragraphs.front();
    if (first != nullptr && first->mark.entire_text) return true;
    for (Field note : doc.text.entire_text) {
        if (first == nullptr || note.data() < first->line.data()) return true;
        if (note.data() >= first->line.data() && note.data() + note.size() <= first->line.data() + std::min<std::size_t>(first->line.size(), 60))
            return true;
    }
    return false;
}

// Numbered lines that carry no content of their own to mark:
//  - "3. XXXXXXXXXXXX …": the text starts with a redaction, which may have taken the mark with it;
//  - "1. Classified by …": the classification line, numbered;
//  - a heading ("1. Key Points:", "5. Political Situation") whose sub-items carry the marks ("-- (S/NF) During …").
bool not_a_content_paragraph(const Document& doc, const Paragraph& p) {
    const Field t = p.text;
    if (!t.empty() && doc.redacted(t.substr(0, 1))) return true;   // a redaction run (doc.text.redactions), any case
    // A classifier mention (grammar/asides.hpp) where the text starts, perhaps after "(U)".
    Field c = t;
    if (istarts_with(c, "(U)")) c = trim(c.substr(3));
    for (Field m : doc.text.classifier_mentions)
        if (!c.empty() && m.data() == c.data()) return true;
    const bool heading = !t.empty() && t.size() <= 60 && t.back() != '.';
    return heading && p.items_follow;
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    if (!doc.classified()) return;
    const std::vector<para::Item> items = para::walk(doc);
    // Portion marking of every paragraph came with E.O. 12065 (1 Dec 1978): older cables are not held to it.
    if (const auto& origin = ctx.facts.origination; origin && origin->date.year < 1979) return;
    std::vector<const Paragraph*> paragraphs;
    bool restarted = false;   // the count went back to 1: what follows unmarked is a numbered list (P801 says so)
    for (std::size_t i = 0; i < items.size(); ++i) {
        const para::Item& it = items[i];
        if (i > 0 && it.n == 1 && !it.p->mark.found()) restarted = true;
        if (it.role != para::Role::paragraph) continue;
        if (restarted && !it.p->mark.found()) continue;
        paragraphs.push_back(it.p);
    }
    if (paragraphs.empty() || entire_text(doc)) return;
    const std::string level = level_name(doc.level());
    const std::string letter = portion::level_letter(doc.level());
    std::vector<const Paragraph*> missing;
    std::size_t marked = 0;
    for (const Paragraph* p : paragraphs) {
        if (p->mark.found()) {
            ++marked;   // a malformed mark is C507's
            continue;
        }
        if (not_a_content_paragraph(doc, *p)) continue;
        missing.push_back(p);
    }
    if (missing.empty()) return;
    const std::string first_number(trim(missing.front()->number));
    bool any_late = false;
    for (const Paragraph* p : missing) any_late = any_late || p->late_mark.found();
    if (marked == 0 && !any_late && missing.size() > 1) {
        std::vector<Related> related;
        if (present(doc.text.banner.level)) related.push_back(ctx.related(doc.text.banner.level, "the banner says " + level));
        ctx.report(missing.front()->number,
                   {{"count", std::to_string(missing.size())}, {"level", level}, {"number", first_number}, {"letter", letter}},
                   std::move(related), "none");
        return;
    }
    for (const Paragraph* p : missing) {
        const std::string number(trim(p->number));
        if (p->late_mark.found()) {
            const Field late = p->late_mark.whole;
            const char* after_dot = p->number.data() + p->number.size() + 1;
            const std::string before = collapse_spaces(Field(after_dot, static_cast<std::size_t>(late.data() - after_dot)));
            ctx.report(late, {{"number", number}, {"mark", std::string(late)}, {"before", before}}, {}, "late", true);
            continue;
        }
        std::vector<Related> related;
        if (present(doc.text.banner.level)) related.push_back(ctx.related(doc.text.banner.level, "the banner says " + level));
        ctx.report(p->number, {{"number", number}, {"level", level}, {"letter", letter}}, std::move(related));
    }
}

}  // namespace
CABLELINT_CHECK("C506", check)
}  // namespace cablelint::check_C506
