// W102 identifier-malformed: the page Identifier is not `YY` + origin token + serial (spec §4). The grammar's strict
// identifier sub-grammar records where it failed; this reports it at the first wrong character.
#include "check.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_W102 {
namespace {

void check(CheckContext& ctx) {
    for (const SyntaxError& e : ctx.doc.errors) {
        if (e.kind != SyntaxError::Kind::identifier) continue;
        const Field value = present(ctx.doc.wrapper.identifier) ? ctx.doc.wrapper.identifier : e.line;
        ctx.report(Span{e.at, e.at + 1}, {{"identifier", wrapper_header::shown(value)}, {"problem", e.message}});
    }
}

}  // namespace
CABLELINT_CHECK("W102", check)
}  // namespace cablelint::check_W102
