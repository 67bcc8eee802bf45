// H201 header-line-malformed: a line recognisable as a format line (VZCZC, precedence + RIs, DE, ZNY/ZNR, DTG line,
// FM/TO/INFO) that does not follow its grammar. The grammar records where its strict sub-grammar failed; the
// finding points at that first wrong character and names what was found there.
#include "check.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint {
namespace {

// The text at `at` up to the next white space ("end of line" when there is none).
std::string found_at(std::string_view text, std::uint32_t at) {
    std::size_t e = at;
    while (e < text.size() && text[e] != '\n' && text[e] != ' ' && text[e] != '\t') ++e;
    if (e == at) {
        if (at >= text.size() || text[at] == '\n') return "end of line";
        return " ";
    }
    std::string s(text.substr(at, std::min<std::size_t>(e - at, 30)));
    return s;
}

void check(CheckContext& ctx) {
    const std::string_view text = ctx.src.text();
    for (const SyntaxError& e : ctx.doc.errors) {
        if (e.kind != SyntaxError::Kind::header_line) continue;
        const std::string what = e.what && *e.what ? e.what : "Header line";
        std::string w = what;
        if (!w.empty()) w[0] = wrapper_header::upper(w[0]);
        const std::uint32_t at = std::min<std::uint32_t>(e.at, static_cast<std::uint32_t>(text.size()));
        const std::uint32_t end = at < text.size() && text[at] != '\n' ? at + 1 : at;
        ctx.report(Span{at, end},
                   {{"what", w}, {"problem", e.message}, {"found", found_at(text, at)},
                    {"line", present(e.line) ? wrapper_header::shown(e.line) : ""}});
    }
}

}  // namespace
CABLELINT_CHECK("H201", check)
}  // namespace cablelint
