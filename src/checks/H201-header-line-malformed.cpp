// H201 header-line-malformed: a line recognisable as a format line (VZCZC, precedence + RIs, DE, ZNY/ZNR, DTG line,
// FM/TO/INFO) that does not follow its grammar. The grammar records where its strict sub-grammar failed; the
// finding points at that first wrong character and names what was found there.
#include "check.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_H201 {
namespace {

// The text of `line` from `from` up to the next white space ("end of line" when there is none).
std::string found_at(Field line, std::size_t from) {
    std::size_t e = from;
    while (e < line.size() && line[e] != ' ' && line[e] != '\t') ++e;
    if (e == from) return from >= line.size() ? "end of line" : " ";
    return std::string(line.substr(from, std::min<std::size_t>(e - from, 30)));
}

void check(CheckContext& ctx) {
    for (const SyntaxError& e : ctx.doc.errors) {
        if (e.kind != SyntaxError::Kind::header_line) continue;
        // Messages start in lower case ("security line …", "DE line …").
        const std::string w = e.what && *e.what ? e.what : "header line";
        // Where the grammar stopped, within the line it recorded.
        const std::uint32_t line_begin = present(e.line) ? ctx.src.span_of(e.line).begin : e.at;
        const std::size_t from = e.at >= line_begin ? e.at - line_begin : 0;
        const Field line = present(e.line) ? e.line : Field();
        const std::uint32_t end = from < line.size() ? e.at + 1 : e.at;
        ctx.report(Span{e.at, end},
                   {{"what", w}, {"problem", e.message}, {"found", found_at(line, from)},
                    {"line", present(e.line) ? wrapper_header::shown(e.line) : ""}});
    }
}

}  // namespace
CABLELINT_CHECK("H201", check)
}  // namespace cablelint::check_H201
