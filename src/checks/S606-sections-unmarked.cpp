// S606 sections-unmarked: a banner `SECTION 01 OF M` with M > 1, but no page marker and no repeated banner in the
// text of a relay (XRO) copy: the section breaks are lost (R33).
#include "text_scan.hpp"

namespace cablelint::check_S606 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const Banner& b = doc.text.banner;
    if (!present(b.section) || !present(b.section_m)) return;
    const auto& m = b.section_total;
    if (!m || *m <= 1) return;
    if (!doc.text.later_banners.empty()) return;
    if (!doc.text.markers.empty()) return;
    // Markers are what relay (XRO) copies show at section breaks (620 of the 628 cables with markers); web (XYZ)
    // copies, older printouts and extracts never had them, so their absence says nothing there.
    if (!iequals(trim(doc.header.fl1.channel), "XRO")) return;
    ctx.report(b.section, {{"section", collapse_spaces(b.section)}, {"m", std::to_string(*m)}});
}

}  // namespace
CABLELINT_CHECK("S606", check)
}  // namespace cablelint::check_S606
