// S604 page-marker-mismatch: a page marker's serial or origin differs from the banner (R6). The marker origin is
// the banner origin cut to 10 characters; RPO DUBAI cables use DUBAI (the post without its "RPO" prefix).
//
// Majority blame (majority.hpp): the page Identifier, the DE serial and the other page markers vote. A marker that
// disagrees with the banner and the others is pointed at, with the banner and its witnesses as related locations.
// When the witnesses side with the marker, the banner is the odd one out: it is pointed at once (not at every
// marker). With no witness either way the marker, which repeats the banner (R6), is pointed at and the message
// says why.
#include "checks/cable_text.hpp"
#include "checks/majority.hpp"

namespace cablelint::check_S604 {
namespace {

std::string marker_text(const PageMarker& m) {
    return collapse_spaces(m.text);
}

std::string confirmed(const std::vector<majority::Witness>& ws) {
    return ws.empty() ? "" : ", which " + majority::names(ws) + (ws.size() == 1 ? " confirms" : " confirm");
}

bool origin_fits(const std::string& marker, const std::string& banner) {
    if (marker.empty() || banner.empty()) return true;
    std::string cut = banner.substr(0, std::min<std::size_t>(banner.size(), 10));
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    if (marker == cut || marker == banner) return true;
    // "RPO DUBAI" → "DUBAI": the last word of a multi-word origin whose first word is a prefix (RPO, USEU, …).
    const auto sp = banner.rfind(' ');
    if (sp != std::string::npos && marker == banner.substr(sp + 1) && banner.substr(0, 3) == "RPO") return true;
    return false;
}

void check(CheckContext& ctx) {
    const std::vector<PageMarker>& all_markers = ctx.doc.text.markers;
    const Banner& b = ctx.doc.text.banner;
    if (!present(b.line)) return;
    const majority::Serials s = majority::serials(ctx);
    const std::string origin = present(b.origin) ? cable_text::upper(collapse_spaces(b.origin)) : std::string();
    const std::string id_token = [&] {
        const auto id = ctx.doc.wrapper.id;
        return id ? to_upper(id->origin) : std::string();
    }();
    bool banner_serial_reported = false, banner_origin_reported = false;
    for (std::size_t i = 0; i < all_markers.size(); ++i) {
        const PageMarker& m = all_markers[i];
        // Serial: the markers vote in the order they stand (majority::serials).
        const majority::SerialVoter* mv = i < s.markers.size() ? &s.markers[i] : nullptr;
        if (s.banner && mv != nullptr && mv->value != s.banner->value) {
            std::vector<const majority::SerialVoter*> voters;
            if (s.id) voters.push_back(&*s.id);
            if (s.de) voters.push_back(&*s.de);
            auto others = majority::markers_voter(s, mv);
            if (others) others->name = "the other page markers";
            if (others) voters.push_back(&*others);
            const auto for_marker = majority::serial_witnesses(voters, *mv, *s.banner);
            const auto for_banner = majority::serial_witnesses(voters, *s.banner, *mv);
            Args args = {{"marker_serial", std::string(m.serial)}, {"serial", std::string(b.serial)},
                         {"marker", marker_text(m)}};
            const majority::Blame blame = majority::decide(for_marker, for_banner);
            if (blame == majority::Blame::b) {
                if (!banner_serial_reported) {
                    banner_serial_reported = true;
                    args.push_back({"why", confirmed(for_marker)});
                    std::vector<Related> rel = {ctx.related(m.serial, "page marker " + marker_text(m))};
                    for (const Related& r : majority::related(ctx, for_marker)) rel.push_back(r);
                    ctx.report(b.serial, args, rel, "banner_serial");
                }
            } else {
                args.push_back({"why", blame == majority::Blame::a
                                           ? confirmed(for_banner)
                                           : "; a page marker repeats the banner serial (R6), so the marker is the likelier error"});
                std::vector<Related> rel = {ctx.related(b.serial, "the banner serial is " + std::string(b.serial))};
                for (const Related& r : majority::related(ctx, for_banner)) rel.push_back(r);
                ctx.report(m.serial, args, rel, "default");
            }
        }
        // Origin.
        if (!origin.empty() && present(m.origin)) {
            const std::string mo = cable_text::upper(collapse_spaces(m.origin));
            if (!origin_fits(mo, origin)) {
                std::string expected = origin.substr(0, std::min<std::size_t>(origin.size(), 10));
                while (!expected.empty() && expected.back() == ' ') expected.pop_back();
                std::vector<majority::Witness> for_marker, for_banner;
                const std::string mt = wrapper_header::origin_token(mo), bt = wrapper_header::origin_token(origin);
                if (!id_token.empty()) {
                    const bool a = majority::origin_tokens_agree(mt, true, id_token, false);
                    const bool bb = id_token == bt;
                    const majority::Witness w{ctx.doc.wrapper.id->origin,
                                              "identifier " + wrapper_header::shown(ctx.doc.wrapper.identifier), "the page Identifier"};
                    if (a && !bb) for_marker.push_back(w);
                    else if (bb && !a) for_banner.push_back(w);
                }
                for (const PageMarker& o : all_markers) {
                    if (&o == &m || !present(o.origin)) continue;
                    const std::string oo = cable_text::upper(collapse_spaces(o.origin));
                    const majority::Witness w{trim(o.origin), "page marker " + marker_text(o), "the other page markers"};
                    if (oo == mo && !origin_fits(oo, origin)) for_marker.push_back(w);
                    else if (oo != mo && origin_fits(oo, origin)) for_banner.push_back(w);
                    break;   // the other markers count once
                }
                Args args = {{"marker_origin", collapse_spaces(m.origin)}, {"origin", origin},
                             {"expected", expected}, {"marker", marker_text(m)}};
                const majority::Blame blame = majority::decide(for_marker, for_banner);
                if (blame == majority::Blame::b) {
                    if (!banner_origin_reported) {
                        banner_origin_reported = true;
                        args.push_back({"why", confirmed(for_marker)});
                        std::vector<Related> rel = {ctx.related(trim(m.origin), "page marker " + marker_text(m))};
                        for (const Related& r : majority::related(ctx, for_marker)) rel.push_back(r);
                        ctx.report(b.origin, args, rel, "banner_origin");
                    }
                } else {
                    args.push_back({"why", blame == majority::Blame::a
                                               ? confirmed(for_banner)
                                               : "; a page marker repeats the banner origin (R6), so the marker is the likelier error"});
                    std::vector<Related> rel = {ctx.related(b.origin, "the banner origin is " + collapse_spaces(b.origin))};
                    for (const Related& r : majority::related(ctx, for_banner)) rel.push_back(r);
                    ctx.report(trim(m.origin), args, rel, "origin");
                }
            }
        }
    }
}

}  // namespace
CABLELINT_CHECK("S604", check)
}  // namespace cablelint::check_S604
