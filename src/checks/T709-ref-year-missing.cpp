// T709 ref-year-missing: a reference to the cable's own origin without a year, whose serial is not lower than the
// cable's own (R16). Serials count per station per calendar year, and a reference without a year means the cable's
// own year: a same-year reference is older, so its serial is lower. "REF: B. MADRID 4012" in MADRID 3914 is a cable
// of an earlier year that should be written "08 MADRID 4012" (or "MADRID 4012 (08)"). The grammar reads the
// references of the REF items (year before, origin, serial, year or date after).
#include "check.hpp"
#include "util.hpp"

namespace cablelint::check_T709 {
namespace {

bool own_origin(Field ref_origin, Field banner_origin) {
    const std::string o = collapse_spaces(ref_origin), b = collapse_spaces(banner_origin);
    return iequals(o, b) || (iequals(b, "STATE") && iequals(o, "SECSTATE"));
}

void check(CheckContext& ctx) {
    const Banner& b = ctx.doc.text.banner;
    if (!present(b.origin) || !present(b.serial)) return;
    const auto& own = b.serial_no;
    if (!own || *own == 0) return;
    for (const RefItem& it : ctx.doc.text.ref.items) {
        for (const CableRef& c : it.cables) {
            if (!own_origin(c.origin, b.origin)) continue;
            if (present(c.year) || present(c.year_after) || present(c.dated)) continue;
            const auto& n = c.serial_no;
            if (!n || *n < *own) continue;
            std::string item = collapse_spaces(std::string(c.origin) + " " + std::string(c.serial));
            if (present(it.enumeration)) item = std::string(it.enumeration) + " " + item;
            ctx.report(c.serial, {{"item", item}, {"serial", std::to_string(*n)}, {"own", std::to_string(*own)}},
                       {ctx.related(b.serial, "this cable's serial, " + std::string(trim(b.serial)))});
        }
    }
}

}  // namespace
CABLELINT_CHECK("T709", check)
}  // namespace cablelint::check_T709
