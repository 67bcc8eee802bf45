// H203 de-serial-mismatch (R5): the DE line's station serial `#SSSS` is the banner serial modulo 10 000 (1120 of
// 1120 cables).
//
// Majority blame (majority.hpp): the page Identifier's serial and the page markers vote. When they side with the DE
// serial, the banner is the odd one out (the text below the header is another cable's) and is pointed at; when they
// side with the banner, the DE serial is. With no witness either way the DE serial, which is derived from the cable
// serial (R5), is pointed at and the message says why.
#include "check.hpp"
#include "checks/majority.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_H203 {
namespace {

std::string pad4(long n) {
    std::string s = std::to_string(n);
    while (s.size() < 4) s.insert(s.begin(), '0');
    return s;
}

std::string confirmed(const std::vector<majority::Witness>& ws) {
    return ws.empty() ? "" : ", which " + majority::names(ws) + (ws.size() == 1 ? " confirms" : " confirm");
}

void check(CheckContext& ctx) {
    const DeLine& de = ctx.doc.header.de;
    const Banner& b = ctx.doc.text.banner;
    if (!present(de.ssn) || !present(b.serial)) return;
    const majority::Serials s = majority::serials(ctx);
    if (!s.de || !s.banner) return;   // H201 / C502
    const long expected = s.banner->value % 10000;
    if (s.de->value == expected) return;

    std::vector<const majority::SerialVoter*> voters;
    if (s.id) voters.push_back(&*s.id);
    const auto markers = majority::markers_voter(s);
    if (markers) voters.push_back(&*markers);
    const auto for_de = majority::serial_witnesses(voters, *s.de, *s.banner);
    const auto for_banner = majority::serial_witnesses(voters, *s.banner, *s.de);

    Args args = {{"ssn", std::string(de.ssn)}, {"serial", std::string(b.serial)}, {"expected", pad4(expected)},
                 {"identifier", present(ctx.doc.wrapper.identifier) ? wrapper_header::shown(ctx.doc.wrapper.identifier) : ""}};
    // A text that is another cable's altogether is W108's one finding (it stands this one down).
    const majority::Blame blame = majority::decide(for_de, for_banner);
    if (blame == majority::Blame::b) {
        args.push_back({"why", confirmed(for_de)});
        std::vector<Related> rel = {ctx.related(de.ssn, "DE serial #" + std::string(de.ssn))};
        for (const Related& r : majority::related(ctx, for_de)) rel.push_back(r);
        ctx.report(b.serial, args, rel, "banner");
        return;
    }
    args.push_back({"why", blame == majority::Blame::a
                               ? confirmed(for_banner)
                               : "; the DE serial is derived from the cable serial (R5), so it is the likelier error"});
    std::vector<Related> rel = {ctx.related(b.serial, "banner serial " + std::string(b.serial))};
    for (const Related& r : majority::related(ctx, for_banner)) rel.push_back(r);
    ctx.report(de.ssn, args, rel);
}

}  // namespace
CABLELINT_CHECK("H203", check)
}  // namespace cablelint::check_H203
