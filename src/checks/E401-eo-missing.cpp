// E401 eo-missing: the text has no E.O. line. An E.O. line run onto another line ("DEPT FOR WHA/BSC E.O. 12958:
// DECL: …", a head block reflowed onto one line) is one: the grammar reads it there (spec §6).
#include "check.hpp"
#include "util.hpp"

namespace cablelint::check_E401 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const Text& t = doc.text;
    if (present(t.eo.line)) return;
    // Only a cable text can miss its E.O. line: something of a cable must be there (a file that is no cable at all
    // is F908's).
    const bool cable = present(t.banner.line) || present(t.tags.line) || present(t.subject.line) ||
                       doc.wrapper.present ||
                       (doc.header.family != HeaderFamily::none && doc.header.family != HeaderFamily::email);
    if (!cable || (!present(t.region) && !present(t.banner.line))) return;
    // Point where the E.O. line belongs: at the TAGS line it should precede, else SUBJECT, else the banner.
    Field at;
    std::string where;
    if (present(t.tags.line)) {
        at = t.tags.line;
        where = "before the TAGS line";
    } else if (present(t.subject.line)) {
        at = t.subject.line;
        where = "before the SUBJECT line";
    } else if (present(t.banner.line)) {
        at = t.banner.line;
        where = "after the banner";
    } else if (present(t.first_line)) {
        at = t.first_line;
        where = "in the head of the text";
    } else {
        return;
    }
    std::vector<Related> related;
    if (present(t.banner.line) && at.data() != t.banner.line.data()) {
        related.push_back(ctx.related(t.banner.line, "the text starts here"));
    }
    ctx.report(trim(at), {{"where", where}}, std::move(related));
}

}  // namespace
CABLELINT_CHECK("E401", check)
}  // namespace cablelint::check_E401
