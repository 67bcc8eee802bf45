// H209 address-missing: a transmission header names its originator (FM) and its action addressees (TO): a header
// that has format lines (VZCZC, routing, DE, security or a DTG line) but no FM line or no TO line lost them.
// Partial extracts (a bare DTG after the notice, spec §2.10 E) and pages without a header are not checked.
#include "check.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_H209 {
namespace {

void check(CheckContext& ctx) {
    const Header& h = ctx.doc.header;
    if (h.family == HeaderFamily::partial_extract || h.family == HeaderFamily::none) return;
    const bool format_lines = present(h.fl1.line) || present(h.routing.line) || present(h.de.line) ||
                              present(h.security.line) || present(h.dtg.line);
    if (!format_lines) return;
    // Where a missing line belongs: after the DTG line (else the last format line seen).
    Field after = h.dtg.line;
    for (Field f : {h.security.line, h.de.line, h.routing.line, h.fl1.line})
        if (!present(after)) after = f;
    const Span at = wrapper_header::at_offset(ctx.src.span_of(after).end);
    const std::string dtg = present(h.dtg.line) ? wrapper_header::shown(h.dtg.line) : wrapper_header::shown(after);
    if (!present(h.fm_line)) {
        ctx.report(at, {{"line", "FM"}, {"what", "the originator"}, {"after", dtg}},
                   {ctx.related(after, wrapper_header::shown(after))});
    }
    if (!present(h.to_line)) {
        const Span to_at = present(h.fm_line) ? wrapper_header::at_offset(ctx.src.span_of(h.fm_line).end) : at;
        std::vector<Related> rel;
        if (present(h.info_line)) rel.push_back(ctx.related(h.info_line, "INFO addressees only"));
        ctx.report(to_at, {{"line", "TO"}, {"what", "the action addressees"}, {"after", dtg}}, rel);
    }
}

}  // namespace
CABLELINT_CHECK("H209", check)
}  // namespace cablelint::check_H209
