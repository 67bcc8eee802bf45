// H208 routing-list-mismatch (R34, R35): on an original (non-relay) copy, FL1 neither VZCZCXRO nor VZCZCXYZ, the
// routing line lists the RIs of the TO then INFO lines, in order, repeats included (R34); a web copy (VZCZCXYZ)
// has exactly `<prosign> RUEHWEB` (R35). Relay copies (XRO) list other RIs and are not checked (spec §2.3).
#include "check.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_H208 {
namespace {

std::string join(const std::vector<Field>& v, std::size_t max = 12) {
    std::string s;
    for (std::size_t i = 0; i < v.size() && i < max; ++i) {
        if (i) s += ' ';
        s += v[i];
    }
    if (v.size() > max) s += " …";
    return s;
}

void check(CheckContext& ctx) {
    const Header& h = ctx.doc.header;
    if (!present(h.fl1.line) || !present(h.fl1.channel) || !present(h.routing.line)) return;
    const std::vector<Field>& ris = h.routing.ris;
    if (iequals(h.fl1.channel, "XRO")) return;
    if (iequals(h.fl1.channel, "XYZ")) {
        if (ris.size() == 1 && iequals(ris[0], "RUEHWEB")) return;
        Field at = h.routing.line;
        for (Field r : ris)
            if (!iequals(r, "RUEHWEB")) {
                at = r;
                break;
            }
        ctx.report(at, {{"routing", join(ris)}, {"fl1", wrapper_header::shown(h.fl1.line)}},
                   {ctx.related(h.fl1.line, wrapper_header::shown(h.fl1.line))}, "web");
        return;
    }
    // R34: the addressee RIs, TO then INFO.
    std::vector<Field> addr;
    for (const Address& a : h.to)
        if (present(a.ri) && !a.ri.empty()) addr.push_back(a.ri);
    for (const Address& a : h.info)
        if (present(a.ri) && !a.ri.empty()) addr.push_back(a.ri);
    if (addr.empty()) return;   // a copy without RIs on its address lines: nothing to compare
    std::size_t i = 0;
    while (i < ris.size() && i < addr.size() && iequals(ris[i], addr[i])) ++i;
    if (i == ris.size() && i == addr.size()) return;
    const Args args = {{"fl1", wrapper_header::shown(h.fl1.line)}, {"routing", join(ris)}, {"addressees", join(addr)},
                       {"position", std::to_string(i + 1)},
                       {"found", i < ris.size() ? std::string(ris[i]) : "the end of the list"},
                       {"expected", i < addr.size() ? std::string(addr[i]) : "the end of the list"}};
    if (i < ris.size()) {
        std::vector<Related> rel;
        if (i < addr.size()) rel.push_back(ctx.related(addr[i], "addressee RI " + std::string(addr[i])));
        ctx.report(ris[i], args, rel);
    } else {
        ctx.report(wrapper_header::at_offset(ctx.src.span_of(ris.empty() ? h.routing.line : ris.back()).end), args,
                   {ctx.related(addr[i], "addressee RI " + std::string(addr[i]))});
    }
}

}  // namespace
CABLELINT_CHECK("H208", check)
}  // namespace cablelint::check_H208
