// P803 summary-unbalanced: an `END SUMMARY` / `END COMMENT` / `END NOTE` with no opening `SUMMARY` / `COMMENT` /
// `NOTE` before it, or a `BEGIN SUMMARY` (…) that is never ended. A `Comment:` or `Summary:` paragraph without its
// END line is the usual form (the paragraph is the comment: 206 unended comments and 31 unended summaries in the
// corpus), and so is a parenthesised `(Note: …)` closed by its parenthesis: those are not reported.
//
// Openers are recognised generously, so that a closer is reported only when nothing before it opens: `SUMMARY:`,
// `Summary and comment:`, `SUMMARY AND INTRODUCTION.`, `(COMMENT:`, `[Note:`, `Embassy comment:`, `BEGIN SUMMARY`,
// an all-caps heading `SUMMARY`, `1. (C) Summary …` at the start of a paragraph. `END SUMMARY AND COMMENT` closes both.
#include <re2/re2.h>

#include "text_scan.hpp"

namespace cablelint {
namespace {

int kind_of(std::string_view word) {
    const std::string w = cable_text::upper(word);
    return w == "SUMMARY" ? 0 : w == "COMMENT" ? 1 : w == "NOTE" ? 2 : -1;
}
constexpr const char* kKind[] = {"SUMMARY", "COMMENT", "NOTE"};

bool title_or_upper(Field w) {
    if (w.empty() || !text_scan::is_upper(w[0])) return false;
    bool all_upper = true, rest_lower = true;
    for (std::size_t i = 1; i < w.size(); ++i) {
        all_upper = all_upper && text_scan::is_upper(w[i]);
        rest_lower = rest_lower && text_scan::is_lower(w[i]);
    }
    return all_upper || rest_lower;
}

void check(CheckContext& ctx) {
    const Field body = text_scan::text_body(ctx.src, ctx.doc);
    if (!present(body)) return;
    static const RE2 word(R"((?i)\b(SUMMARY|COMMENT|NOTE)\b)");
    static const RE2 end_before(R"((?i)\bEND\s+(?:OF\s+)?(?:(?:SUMMARY|COMMENT|NOTE)\s+(?:AND|&)\s+)?$)");
    static const RE2 line_start(R"((?:^|\n)[ \t]*(?:\x{00B6}[ \t]*)?(?:\d{1,3}[.,][ \t]*)*(?:\([A-Za-z/ ]{1,14}\)[ \t]*)?$)");
    static const RE2 open_before(R"((?i)(?:[(\[][ \t]*|\b(?:EMBASSY|POST|BEGIN|MISSION|USDEL|USUN|CONSULATE|CONGEN|EMBOFF|DEPARTMENT|DEPT|USEU|USNATO|AND)[ \t]+)$)");
    static const RE2 open_after(R"(^((?:[ \t]+(?:AND|&)[ \t]+[A-Za-z][A-Za-z ,/&]{0,40}?)?)[ \t]*(?::|\.|--|-|\)|\r?\n|$))");
    static const RE2 begin_before(R"((?i)\bBEGIN[ \t]+$)");
    struct Open { bool open = false; Field at; bool begin = false; };
    Open state[3];
    re2::StringPiece in(body.data(), body.size()), kw;
    while (RE2::FindAndConsume(&in, word, &kw)) {
        const Field w(kw.data(), kw.size());
        const int k = kind_of(w);
        const std::size_t pos = static_cast<std::size_t>(w.data() - body.data());
        const std::size_t from = pos > 60 ? pos - 60 : 0;
        const re2::StringPiece before(body.data() + from, pos - from);
        const std::size_t after_pos = pos + w.size();
        std::size_t eol = body.find('\n', after_pos);
        if (eol == Field::npos) eol = body.size();
        const re2::StringPiece after(body.data() + after_pos, std::min(body.size(), eol + 1) - after_pos);
        if (RE2::PartialMatch(before, end_before)) {
            // A closer: find where "END" starts, for the location.
            if (state[k].open) {
                state[k].open = false;
                continue;
            }
            const std::string b(before.data(), before.size());
            std::size_t e = b.size();
            for (std::size_t i = b.size(); i-- > 0;) {
                if ((b[i] == 'E' || b[i] == 'e') && i + 3 <= b.size() && iequals(std::string_view(b).substr(i, 3), "END") &&
                    (i == 0 || !text_scan::is_alpha(b[i - 1]))) {
                    e = i;
                    break;
                }
            }
            const Field closer(before.data() + e, static_cast<std::size_t>(w.data() + w.size() - (before.data() + e)));
            ctx.report(closer, {{"closer", collapse_spaces(closer)}, {"kind", kKind[k]}});
            continue;
        }
        re2::StringPiece compound;
        const bool after_ok = RE2::PartialMatch(after, open_after, &compound);
        const bool opener = (after_ok && title_or_upper(w)) || RE2::PartialMatch(before, line_start) ||
                            (RE2::PartialMatch(before, open_before) && (after_ok || title_or_upper(w)));
        if (!opener) continue;
        state[k] = Open{true, w, RE2::PartialMatch(before, begin_before)};
        // "Summary and comment:" opens both.
        re2::StringPiece cin = compound, kw2;
        while (RE2::FindAndConsume(&cin, word, &kw2)) {
            const int k2 = kind_of(std::string_view(kw2.data(), kw2.size()));
            state[k2] = Open{true, Field(kw2.data(), kw2.size()), state[k].begin};
        }
        if (!compound.empty()) in = re2::StringPiece(compound.data() + compound.size(), body.data() + body.size() - (compound.data() + compound.size()));
    }
    for (int k = 0; k < 3; ++k) {
        if (state[k].open && state[k].begin)
            ctx.report(state[k].at, {{"opener", "BEGIN " + std::string(kKind[k])}, {"kind", kKind[k]}}, {}, "unclosed");
    }
}

}  // namespace
CABLELINT_CHECK("P803", check)
}  // namespace cablelint
