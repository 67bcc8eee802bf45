// W108 identifier-mismatch (R2–R4): the page Identifier is derived from the cable: its year is the DTG's two-digit
// year, its origin the banner origin without spaces, its serial the banner serial without leading zeros. A
// difference means the page carries the body of another cable (88BAGHDAD28, 09HAVANA132) or a garbled id.
// Each differing part of the id is reported, with the text's value as related location; when the header's DE
// serial matches the id and not the banner, the banner (the start of the foreign text) is pointed at instead.
#include "check.hpp"
#include "checks/wh_support.hpp"

namespace cablelint {
namespace {

void check(CheckContext& ctx) {
    const Field idf = ctx.doc.wrapper.identifier;
    if (!present(idf)) return;
    for (const SyntaxError& e : ctx.doc.errors)
        if (e.kind == SyntaxError::Kind::identifier) return;   // W102
    const auto id = wh::parse_identifier(idf);
    if (!id) return;
    const std::string ident(wh::trimmed(idf));

    // R2: year.
    const Dtg& g = ctx.doc.header.dtg.dtg;
    if (present(g.year) && (g.year.size() == 2 || g.year.size() == 4) && to_int(g.year)) {
        const Field yy = g.year.substr(g.year.size() - 2);
        if (yy != id->yy) {
            ctx.report(id->yy,
                       {{"identifier", ident}, {"yy", std::string(id->yy)}, {"dtg_yy", std::string(yy)},
                        {"dtg", wh::shown(g.whole)}, {"problem", "year"}},
                       {ctx.related(g.year, "DTG " + wh::shown(g.whole))}, "year");
        }
    }

    const Banner& b = ctx.doc.text.banner;
    // When the header's DE serial is the id's serial and not the banner's, header and page belong together and
    // the text below them is another cable's: the banner is pointed at.
    bool body_differs = false;
    const Field ssn = ctx.doc.header.de.ssn;
    if (present(ssn) && present(b.serial)) {
        const auto s = to_int(ssn), bs = to_int(b.serial), is = to_int(id->serial);
        body_differs = s && bs && is && *s == *is % 10000 && *s != *bs % 10000;
    }
    const std::string de_str = present(ssn) ? "DE #" + std::string(ssn) : "";
    // R3: origin.
    if (present(b.origin) && !b.origin.empty()) {
        const std::string token = wh::origin_token(b.origin);
        if (!token.empty() && to_upper(id->origin) != token) {
            const Args args = {{"identifier", ident}, {"origin", std::string(id->origin)},
                               {"banner_origin", wh::shown(b.origin)}, {"banner_token", token}, {"de", de_str},
                               {"problem", "origin"}};
            if (body_differs) {
                ctx.report(b.origin, args,
                           {ctx.related(id->origin, "identifier " + ident), ctx.related(ssn, de_str)},
                           "banner_origin");
            } else {
                ctx.report(id->origin, args, {ctx.related(b.origin, "banner origin " + wh::shown(b.origin))}, "origin");
            }
        }
    }
    // R4: serial.
    if (present(b.serial) && !b.serial.empty()) {
        const auto bs = to_int(b.serial), is = to_int(id->serial);
        if (bs && is && *bs != *is) {
            const Args args = {{"identifier", ident}, {"serial", std::string(id->serial)},
                               {"banner_serial", std::string(b.serial)}, {"banner_value", std::to_string(*bs)},
                               {"de", de_str}, {"problem", "serial"}};
            if (body_differs) {
                ctx.report(b.serial, args,
                           {ctx.related(id->serial, "identifier " + ident), ctx.related(ssn, de_str)},
                           "banner_serial");
            } else {
                ctx.report(id->serial, args, {ctx.related(b.serial, "banner serial " + std::string(b.serial))},
                           "serial");
            }
        }
    }
}

}  // namespace
CABLELINT_CHECK("W108", check)
}  // namespace cablelint
