// H207 routing-indicator-unknown (R36): the routing indicators of the DE line and the TO/INFO address lines are in
// the reference tables (rules/data/routing-indicators.yaml: ACP 117 2010 edition, RIs
// observed on Cablegate address and DE lines); and the DE RI belongs to the FM station: rules/data/origins.yaml
// maps DE RIs to the posts observed sending with them, routing-indicators.yaml RIs to the names they serve. The
// DE check speaks only when both the RI and the FM post are known and no table links them (RIs are reassigned
// over time, so an unknown pairing is never asserted).
#include <set>

#include "check.hpp"
#include "checks/majority.hpp"
#include "engine.hpp"   // read_post_name

namespace cablelint::check_H207 {
namespace {

bool known(const CheckContext& ctx, Field ri) {
    return ctx.vocab.contains("routing-indicators", ri) || ctx.vocab.lookup("origins", "de:" + std::string(ri)) != nullptr;
}

// A token that looks like an RI at all: R + 3–7 letters (ZEN/… and other placeholders are not RIs).
bool ri_shaped(Field ri) {
    if (ri.size() < 4 || ri.size() > 8 || (ri[0] != 'R' && ri[0] != 'r')) return false;
    for (char c : ri)
        if (!wrapper_header::is_alpha(c)) return false;
    return true;
}

void check(CheckContext& ctx) {
    const Header& h = ctx.doc.header;
    std::set<std::string> seen;
    auto visit = [&](Field ri, const char* where) {
        if (!present(ri) || ri.empty() || !ri_shaped(ri)) return;
        if (known(ctx, ri)) return;
        const std::string up = to_upper(ri);
        if (!seen.insert(up).second) return;   // once per RI
        ctx.report(ri, {{"ri", std::string(ri)}, {"where", where}});
    };
    // R36 asks it of the DE and address RIs. Routing-line RIs of relay copies are member posts of collectives
    // that no table lists (RUEHIHL, RUEHMOS in 2006–2007 copies); on other copies they repeat the address RIs.
    visit(h.de.ri, "DE line");
    for (const Address& a : h.to) visit(a.ri, "TO line");
    for (const Address& a : h.info) visit(a.ri, "INFO line");

    // The DE RI and the FM station.
    const Field ri = h.de.ri;
    if (!present(ri) || ri.empty() || !present(h.fm) || h.fm.empty() || !known(ctx, ri)) return;
    const std::string fm = collapse_spaces(wrapper_header::trimmed(h.fm));
    const auto fm_posts = majority::stations(ctx, majority::OriginKind::fm, h.fm_post);
    const auto ri_posts = majority::stations(ctx, majority::OriginKind::de, ri);
    if (fm_posts.empty() || ri_posts.empty()) return;   // one side unknown: nothing asserted
    if (majority::same_post(fm_posts, ri_posts)) return;
    // The RI table's own names for it.
    std::string served;
    if (const std::string_view* names = ctx.vocab.lookup("routing-indicators", ri)) {
        for (std::string_view a : majority::alternatives(*names)) {
            const std::string n = collapse_spaces(a);
            if (majority::same_post(majority::stations(ctx, majority::OriginKind::fm, read_post_name(n)), fm_posts)) return;
            served += (served.empty() ? "" : ", ") + n;
        }
    }
    std::string posts;
    for (const std::string& p : ri_posts) posts += (posts.empty() ? "" : ", ") + p;
    ctx.report(ri, {{"ri", std::string(ri)}, {"fm", fm}, {"posts", posts}, {"served", served.empty() ? posts : served}},
               {ctx.related(wrapper_header::trimmed(h.fm), "FM " + fm)}, "de_station");
}

}  // namespace
CABLELINT_CHECK("H207", check)
}  // namespace cablelint::check_H207
