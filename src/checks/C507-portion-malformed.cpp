// C507 portion-malformed: a portion mark that is not a known form. Reads the group in parentheses after each
// paragraph number (and at the start or end of the SUBJECT): `(C NF)` (a space where the slash belongs), `(SNF)`
// (no slash), `(SECRET/REL FRANCE)` (the level spelled out), `(/Rel UK)` (no level), `( C )`, `(S/XYZ)` (an
// unknown control), `C)` and `(C XXXX…` (a parenthesis missing). Groups that are no mark at all (`(U.S.)`, `(Iran)`) are left alone; `(C - ENTIRE TEXT)`, the
// overall marking of older cables, is accepted. Tokens: rules/data/portion-marks.yaml.
#include "portion_marks.hpp"

namespace cablelint {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const std::string letter = portion::level_letter(doc.level());
    auto judge = [&](Field group, const std::string& where) {
        if (!present(group)) return;
        const portion::Verdict v = portion::judge(ctx.vocab, group, letter);
        if (v.kind != portion::Verdict::malformed) return;
        ctx.report(group, {{"mark", std::string(group)}, {"where", where}, {"problem", v.problem}, {"expected", v.expected}});
    };
    judge(portion::subject_mark(doc.text.subject), "the SUBJECT");
    for (const Paragraph& p : doc.text.paragraphs) {
        const std::string where = "paragraph " + std::string(trim(p.number));
        if (present(p.mark)) {
            judge(p.mark, where);
            continue;
        }
        const Field rest = portion::after_number(p);
        std::string problem, expected;
        if (const Field broken = portion::broken_mark(rest, problem, expected); present(broken)) {
            ctx.report(broken, {{"mark", std::string(broken)}, {"where", where}, {"problem", problem}, {"expected", expected}});
            continue;
        }
        judge(portion::leading_group(rest), where);
    }
}

}  // namespace
CABLELINT_CHECK("C507", check)
}  // namespace cablelint
