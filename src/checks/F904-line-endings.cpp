// F904 line-endings: CRLF or bare CR line endings (all CRLF: one finding; mixed: at the first line that differs
// from the majority) and tab characters (one finding at the first, with the count).
#include "text_scan.hpp"

namespace cablelint {
namespace {

void check(CheckContext& ctx) {
    const std::string_view s = ctx.src.text();
    long lf = 0, crlf = 0, cr = 0, tabs = 0;
    std::uint32_t first_lf = 0, first_crlf = 0, first_cr = 0, first_tab = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto at = static_cast<std::uint32_t>(i);
        if (s[i] == '\t') {
            if (tabs++ == 0) first_tab = at;
        } else if (s[i] == '\r') {
            if (i + 1 < s.size() && s[i + 1] == '\n') {
                if (crlf++ == 0) first_crlf = at;
                ++i;
            } else if (cr++ == 0) {
                first_cr = at;
            }
        } else if (s[i] == '\n') {
            if (lf++ == 0) first_lf = at;
        }
    }
    auto span2 = [](std::uint32_t at, std::uint32_t n) { return Span{at, at + n}; };
    if (crlf && !lf && !cr) {
        ctx.report(span2(first_crlf, 2), {{"count", std::to_string(crlf)}}, {}, "crlf");
    } else if ((crlf ? 1 : 0) + (lf ? 1 : 0) + (cr ? 1 : 0) > 1) {
        // The minority ending is the odd one out.
        struct E { long n; std::uint32_t at; std::uint32_t len; const char* name; };
        std::vector<E> e = {{lf, first_lf, 1, "LF"}, {crlf, first_crlf, 2, "CRLF"}, {cr, first_cr, 1, "CR"}};
        std::erase_if(e, [](const E& x) { return x.n == 0; });
        std::sort(e.begin(), e.end(), [](const E& a, const E& b) { return a.n > b.n; });
        for (std::size_t k = 1; k < e.size(); ++k) {
            ctx.report(span2(e[k].at, e[k].len),
                       {{"ending", e[k].name}, {"count", std::to_string(e[k].n)}, {"majority", e[0].name},
                        {"majority_count", std::to_string(e[0].n)}},
                       {}, "mixed");
        }
    } else if (cr) {
        ctx.report(span2(first_cr, 1), {{"count", std::to_string(cr)}}, {}, "cr");
    }
    if (tabs) {
        ctx.report(span2(first_tab, 1),
                   {{"count", std::to_string(tabs)}, {"times", tabs == 1 ? "" : " (" + std::to_string(tabs) + " tabs; first here)"}},
                   {}, "tab");
    }
}

}  // namespace
CABLELINT_CHECK("F904", check)
}  // namespace cablelint
