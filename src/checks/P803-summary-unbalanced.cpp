// P803 summary-unbalanced: an `END SUMMARY` / `END COMMENT` / `END NOTE` with no opening `SUMMARY` / `COMMENT` /
// `NOTE` before it, or a `BEGIN SUMMARY` (…) that is never ended. A `Comment:` or `Summary:` paragraph without its
// END line is the usual form (the paragraph is the comment: 206 unended comments and 31 unended summaries in the
// corpus), and so is a parenthesised `(Note: …)` closed by its parenthesis: those are not reported.
//
// Openers are recognised generously, so that a closer is reported only when nothing before it opens: `SUMMARY:`,
// `Summary and comment:`, `SUMMARY AND INTRODUCTION.`, `(COMMENT:`, `[Note:`, `Embassy comment:`, `BEGIN SUMMARY`,
// an all-caps heading `SUMMARY`, `1. (C) Summary …` at the start of a paragraph. `END SUMMARY AND COMMENT` closes both.
// The grammar reads them (grammar/asides.hpp, `doc.text.asides`); this check judges their order.
#include "text_scan.hpp"

namespace cablelint::check_P803 {
namespace {

constexpr const char* kKind[] = {"SUMMARY", "COMMENT", "NOTE"};

void check(CheckContext& ctx) {
    const Field body = text_scan::text_body(ctx.src, ctx.doc);
    if (!present(body)) return;
    const char* const body_end = body.data() + body.size();
    struct Open { bool open = false; Field word; bool begin = false; };
    Open state[3];
    for (const Aside& a : ctx.doc.text.asides) {
        if (a.word.data() >= body_end) break;   // page chrome after the text
        const int k = static_cast<int>(a.kind);
        if (a.role == Aside::Role::opens) {
            state[k] = Open{true, a.word, a.begin};
        } else if (state[k].open) {
            state[k].open = false;
        } else {
            ctx.report(a.at, {{"closer", collapse_spaces(a.at)}, {"kind", kKind[k]}});
        }
    }
    for (int k = 0; k < 3; ++k) {
        if (state[k].open && state[k].begin)
            ctx.report(state[k].word, {{"opener", "BEGIN " + std::string(kKind[k])}, {"kind", kKind[k]}}, {}, "unclosed");
    }
}

}  // namespace
CABLELINT_CHECK("P803", check)
}  // namespace cablelint::check_P803
