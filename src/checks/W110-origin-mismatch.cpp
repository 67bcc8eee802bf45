// W110 origin-mismatch (R9): the page Origin, the FM line's PLA and the banner origin name one post. Spellings are
// mapped to stations with rules/data/origins.yaml (AMEMBASSY KIEV / Embassy Kyiv / KIEV), else compared without
// their usual prefixes; USEU and RPO naming differences are accepted (majority.hpp `same_post`).
//
// Majority blame: of three, the one that names another post than the other two is pointed at, the two as related
// locations. With only two (no page wrapper, no header, or all three differ) the banner is pointed at when it is
// one of them: R9's disagreements in real cables are texts of another cable under a page and header (and
// USEU/RPO naming); the message says so. Page Origin against FM alone points at the page Origin.
#include "check.hpp"
#include "checks/majority.hpp"

namespace cablelint::check_W110 {
namespace {

struct Voice {
    Field at;
    std::vector<std::string> posts;
    std::string label;   // "page Origin Embassy Paris"
    std::string name;    // "the page Origin"
    bool ok() const { return present(at) && !posts.empty(); }
};

void check(CheckContext& ctx) {
    using majority::OriginKind;
    const Document& doc = ctx.doc;
    Voice page, fm, banner;
    if (doc.wrapper.present && present(doc.wrapper.origin)) {
        page.at = wrapper_header::trimmed(doc.wrapper.origin);
        page.posts = majority::stations(ctx, OriginKind::page, doc.wrapper.origin_post);
        page.label = "page Origin `" + wrapper_header::shown(page.at) + "`";
        page.name = "the page Origin";
    }
    if (present(doc.header.fm) && !doc.header.fm.empty()) {
        fm.at = wrapper_header::trimmed(doc.header.fm);
        fm.posts = majority::stations(ctx, OriginKind::fm, doc.header.fm_post);
        fm.label = "FM line `" + wrapper_header::shown(fm.at) + "`";
        fm.name = "the FM line";
    }
    if (present(doc.text.banner.origin) && !doc.text.banner.origin.empty()) {
        banner.at = wrapper_header::trimmed(doc.text.banner.origin);
        banner.posts = majority::stations(ctx, OriginKind::banner, banner.at);
        banner.label = "banner origin `" + wrapper_header::shown(banner.at) + "`";
        banner.name = "the banner";
    }
    std::vector<Voice*> v;
    for (Voice* x : {&page, &fm, &banner})
        if (x->ok()) v.push_back(x);
    if (v.size() < 2) return;
    auto agree = [](const Voice* a, const Voice* b) { return majority::same_post(a->posts, b->posts); };

    Voice* odd = nullptr;
    std::vector<Voice*> others;
    std::string why;
    if (v.size() == 3) {
        const bool pf = agree(&page, &fm), pb = agree(&page, &banner), fb = agree(&fm, &banner);
        if (pf && pb && fb) return;
        if (pf && !pb && !fb) odd = &banner, others = {&page, &fm};
        else if (pb && !pf && !fb) odd = &fm, others = {&page, &banner};
        else if (fb && !pf && !pb) odd = &page, others = {&fm, &banner};
        else if (!pf && !pb && !fb) {
            odd = &banner, others = {&page, &fm};
            why = "; all three differ";
        } else {
            return;   // one name agrees with both others (a naming variant): no disagreement to report
        }
    } else {
        if (agree(v[0], v[1])) return;
        if (v[0] == &banner || v[1] == &banner) {
            odd = &banner;
            others = {v[0] == &banner ? v[1] : v[0]};
            why = "; with nothing else to decide, the banner is the likelier odd one: R9's disagreements in real "
                  "cables are texts of another cable (and USEU/RPO naming)";
        } else {
            odd = &page;
            others = {&fm};
            why = "; with no banner to decide, the page Origin (page metadata) is the likelier error";
        }
    }
    std::string values;
    for (std::size_t i = 0; i < others.size(); ++i) {
        values += (i ? " and the " : "the ") + others[i]->label;
    }
    if (why.empty()) why = ", which agree with each other";
    std::vector<Related> rel;
    for (Voice* o : others) rel.push_back(ctx.related(o->at, o->label));
    ctx.report(odd->at, {{"field", odd->label}, {"others", values}, {"why", why}}, rel);
}

}  // namespace
CABLELINT_CHECK("W110", check)
}  // namespace cablelint::check_W110
