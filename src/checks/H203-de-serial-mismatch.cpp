// H203 de-serial-mismatch (R5): the DE line's station serial `#SSSS` is the banner serial modulo 10 000 (1120 of
// 1120 cables). The DE serial is pointed at, unless it agrees with the page identifier's serial and the banner does
// not: then the banner serial is the wrong one.
#include "check.hpp"
#include "checks/wh_support.hpp"

namespace cablelint {
namespace {

std::string pad4(long n) {
    std::string s = std::to_string(n);
    while (s.size() < 4) s.insert(s.begin(), '0');
    return s;
}

void check(CheckContext& ctx) {
    const DeLine& de = ctx.doc.header.de;
    const Banner& b = ctx.doc.text.banner;
    if (!present(de.ssn) || !present(b.serial)) return;
    const auto ssn = to_int(de.ssn);
    const auto serial = to_int(b.serial);
    if (!ssn || !serial) return;   // H201 / C502
    const long expected = *serial % 10000;
    if (*ssn == expected) return;

    const Args args = {{"ssn", std::string(de.ssn)}, {"serial", std::string(b.serial)},
                       {"expected", pad4(expected)},
                       {"identifier", present(ctx.doc.wrapper.identifier) ? wh::shown(ctx.doc.wrapper.identifier) : ""}};
    if (const auto id = wh::parse_identifier(ctx.doc.wrapper.identifier)) {
        const auto id_serial = to_int(id->serial);
        if (id_serial && *id_serial % 10000 == *ssn && *id_serial != *serial) {
            ctx.report(b.serial, args,
                       {ctx.related(de.ssn, "DE serial #" + std::string(de.ssn)),
                        ctx.related(id->serial, "identifier serial " + std::string(id->serial))},
                       "banner");
            return;
        }
    }
    ctx.report(de.ssn, args, {ctx.related(b.serial, "banner serial " + std::string(b.serial))});
}

}  // namespace
CABLELINT_CHECK("H203", check)
}  // namespace cablelint
