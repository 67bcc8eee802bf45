// C504 portion-exceeds-banner: a portion mark above the overall classification (R19).
#include "cable_text.hpp"

namespace cablelint {
namespace {

// A leading "(C)" of the SUBJECT text, or a trailing one on its last line.
Field subject_mark(const Subject& s) {
    if (present(s.first)) {
        const Field f = trim(s.first);
        if (!f.empty() && f.front() == '(') {
            const auto close = f.find(')');
            if (close != Field::npos && close <= 12) return f.substr(0, close + 1);
        }
    }
    if (!s.lines.empty()) {
        const Field last = trim(s.lines.back());
        if (!last.empty() && last.back() == ')') {
            const auto open = last.rfind('(');
            if (open != Field::npos && last.size() - open <= 12) return last.substr(open);
        }
    }
    return {};
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const Level level = doc.level();
    const int banner_rank = level_rank(level);
    if (banner_rank < 0) return;
    const Field banner_at = present(doc.text.banner.level) ? doc.text.banner.level : doc.text.banner.line;
    auto check_mark = [&](Field mark, const std::string& where) {
        if (!present(mark)) return;
        std::string token;
        const int rank = cable_text::portion_rank(mark, &token);
        if (rank <= banner_rank) return;
        ctx.report(mark,
                   {{"mark", std::string(trim(mark))},
                    {"portion", rank == 3 ? "TOP SECRET" : rank == 2 ? "SECRET" : "CONFIDENTIAL"},
                    {"where", where},
                    {"banner", level_name(level)}},
                   {ctx.related(banner_at, std::string("the banner says ") + level_name(level))});
    };
    check_mark(subject_mark(doc.text.subject), "the SUBJECT");
    for (const Paragraph& p : doc.text.paragraphs) {
        check_mark(p.mark, "paragraph " + std::string(p.number));
    }
}

}  // namespace
CABLELINT_CHECK("C504", check)
}  // namespace cablelint
