// E405 decl-missing: a classified cable whose E.O. line carries no declassification instruction (R23): nothing
// after the order number, or a DECL label with nothing after it. No E.O. line at all is E401's; `N/A` on a
// classified cable is E409's; a redacted instruction (XXXXXXXX) is the publisher's, not the cable's.
#include "check.hpp"
#include "checks/decl_instruction.hpp"
#include "util.hpp"

namespace cablelint::check_E405 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const EoLine& eo = doc.text.eo;
    if (!present(eo.line) || !doc.classified()) return;
    const decl::Instruction in = decl::read(eo);
    if (in.kind != decl::Kind::none && in.kind != decl::Kind::empty) return;
    const std::string level = level_name(doc.level());
    std::vector<Related> related;
    if (present(doc.text.banner.level)) related.push_back(ctx.related(doc.text.banner.level, "the banner says " + level));
    if (in.kind == decl::Kind::empty) {
        ctx.report(in.label, {{"level", level}, {"eo", collapse_spaces(eo.line)}}, std::move(related), "empty");
        return;
    }
    ctx.report(trim(eo.line), {{"level", level}, {"eo", collapse_spaces(eo.line)}}, std::move(related));
}

}  // namespace
CABLELINT_CHECK("E405", check)
}  // namespace cablelint::check_E405
