// S604 page-marker-mismatch: a page marker's serial or origin differs from the banner (R6). The marker origin is
// the banner origin cut to 10 characters; RPO DUBAI cables use DUBAI (the post without its "RPO" prefix).
#include "cstp_common.hpp"

namespace cablelint {
namespace {

std::string marker_text(const PageMarker& m) {
    return collapse_spaces(m.line);
}

bool origin_fits(const std::string& marker, const std::string& banner) {
    if (marker.empty() || banner.empty()) return true;
    std::string cut = banner.substr(0, std::min<std::size_t>(banner.size(), 10));
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    if (marker == cut || marker == banner) return true;
    // A marker inside a reflowed sentence: the words before it are text ("… TO WASHINGTON BRASILIA").
    if (marker.size() > 10 && marker.size() > cut.size() && marker.ends_with(" " + cut)) return true;
    // "RPO DUBAI" → "DUBAI": the last word of a multi-word origin whose first word is a prefix (RPO, USEU, …).
    const auto sp = banner.rfind(' ');
    if (sp != std::string::npos && marker == banner.substr(sp + 1) && banner.substr(0, 3) == "RPO") return true;
    return false;
}

void check(CheckContext& ctx) {
    const std::vector<PageMarker> all_markers = cstp::page_markers(ctx.src, ctx.doc);
    const Banner& b = ctx.doc.text.banner;
    if (!present(b.line)) return;
    const auto serial = present(b.serial) ? to_int(b.serial) : std::nullopt;
    const std::string origin = present(b.origin) ? cstp::upper(collapse_spaces(b.origin)) : std::string();
    for (const PageMarker& m : all_markers) {
        if (serial && present(m.serial)) {
            const auto ms = to_int(m.serial);
            if (ms && *ms != *serial) {
                ctx.report(m.serial, {{"marker_serial", std::string(m.serial)}, {"serial", std::string(b.serial)},
                                      {"marker", marker_text(m)}},
                           {ctx.related(b.serial, "the banner serial is " + std::string(b.serial))}, "default");
            }
        }
        if (!origin.empty() && present(m.origin)) {
            const std::string mo = cstp::upper(collapse_spaces(m.origin));
            if (!origin_fits(mo, origin)) {
                std::string expected = origin.substr(0, std::min<std::size_t>(origin.size(), 10));
                while (!expected.empty() && expected.back() == ' ') expected.pop_back();
                ctx.report(trim(m.origin), {{"marker_origin", collapse_spaces(m.origin)}, {"origin", origin},
                                            {"expected", expected}, {"marker", marker_text(m)}},
                           {ctx.related(b.origin, "the banner origin is " + collapse_spaces(b.origin))}, "origin");
            }
        }
    }
}

}  // namespace
CABLELINT_CHECK("S604", check)
}  // namespace cablelint
