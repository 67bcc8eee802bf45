// H204 de-section-mismatch (R32): a banner `SECTION 01 OF M` goes with `/01` on the DE line (722 of 723 cables);
// a DE line without `/nn` goes with a single-section banner (155 of 156). `/01` on a single-section cable is normal
// (spec §2.5) and not reported; a `/nn` other than the banner's section number is.
//
// Two fields: the DE line (a copy of the section being sent, R32) is pointed at, the banner is related, and the
// message says why. The page markers, when present, confirm a multi-section cable and are related too. A text that is
// another cable's is W108's one finding, which lists the sections and stands this one down.
#include "check.hpp"
#include "checks/cable_text.hpp"
#include "checks/majority.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_H204 {
namespace {

void check(CheckContext& ctx) {
    const DeLine& de = ctx.doc.header.de;
    const Banner& b = ctx.doc.text.banner;
    if (!present(de.line) || !present(de.ssn) || !present(b.line)) return;
    const bool sectioned = present(b.section_n) && !b.section_n.empty();
    const bool de_section = present(de.section) && !de.section.empty();
    const std::string banner_str = wrapper_header::shown(b.line);
    std::vector<Related> rel = {ctx.related(present(b.section) && sectioned ? b.section : b.line, "banner " + banner_str)};
    const auto& markers = ctx.doc.text.markers;
    if (!markers.empty()) rel.push_back(ctx.related(markers.front().text, "page marker " + collapse_spaces(markers.front().text)));

    if (sectioned && !de_section) {
        const Span at = wrapper_header::at_offset(ctx.src.span_of(de.ssn).end);
        ctx.report(at, {{"de", wrapper_header::shown(de.line)}, {"section", wrapper_header::shown(b.section)}, {"n", std::string(b.section_n)}},
                   rel, "missing");
        return;
    }
    if (!de_section) return;
    const auto& dn = de.section_no;
    if (!dn) return;   // H201
    if (!sectioned) {
        if (*dn == 1) return;   // /01 on a single-section cable: normal (spec §2.5)
        ctx.report(de.section, {{"de", wrapper_header::shown(de.line)}, {"nn", std::string(de.section)}}, rel, "unsectioned");
        return;
    }
    const auto& bn = b.section_no;
    if (bn && *bn != *dn) {
        ctx.report(de.section, {{"de", wrapper_header::shown(de.line)}, {"nn", std::string(de.section)},
                                {"section", wrapper_header::shown(b.section)}, {"n", std::string(b.section_n)}},
                   rel, "differs");
    }
}

}  // namespace
CABLELINT_CHECK("H204", check)
}  // namespace cablelint::check_H204
