// E409 decl-classification-mismatch: the E.O. line's instruction contradicts the banner (R23): `N/A` on a
// classified cable, or a declassification instruction on an unclassified one. Points at the instruction, with
// the banner as related location. Re-marked cables (`AS AMENDED; DECLASSIFIED …`, `DECLASSIFIED BY NARA …`) and
// cables without a banner are not judged.
#include "check.hpp"
#include "checks/decl_instruction.hpp"
#include "util.hpp"

namespace cablelint::check_E409 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const EoLine& eo = doc.text.eo;
    if (!present(eo.line) || doc.level() == Level::none) return;
    const decl::Instruction in = decl::read(eo);
    const std::string level = level_name(doc.level());
    const Field banner = present(doc.text.banner.level) ? doc.text.banner.level : doc.text.banner.line;
    std::vector<Related> related;
    if (present(banner)) related.push_back(ctx.related(banner, "the banner says " + level));

    if (doc.classified()) {
        if (in.kind != decl::Kind::na) return;
        Field at = present(eo.na) ? eo.na : in.value;
        ctx.report(at, {{"level", level}, {"value", std::string(at)}}, std::move(related));
        return;
    }
    switch (in.kind) {
        case decl::Kind::date:
        case decl::Kind::manual:
        case decl::Kind::exemption:
        case decl::Kind::oadr:
        case decl::Kind::gds:
        case decl::Kind::event: {
            Field at = present(in.label) ? Field(in.text.data(), static_cast<std::size_t>(in.value.data() + in.value.size() - in.text.data()))
                                         : in.value;
            ctx.report(at, {{"level", level}, {"value", collapse_spaces(at)}}, std::move(related), "unclassified");
            break;
        }
        default:
            break;
    }
}

}  // namespace
CABLELINT_CHECK("E409", check)
}  // namespace cablelint::check_E409
