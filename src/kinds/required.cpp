// Generic kind `required`: the field must be present (when the `when:` conditions hold).
//   kind: required
//   field: subject
//   when: classified            # optional; a list means all of them
#include "kind_support.hpp"

namespace cablelint {
namespace {
void required(CheckContext& ctx) {
    if (!kinds::applies(ctx)) return;
    const std::string field = kinds::param(ctx, "field");
    if (!field_values(ctx.doc, field).empty()) return;
    ctx.report(kinds::missing_at(ctx), {{"field", field}});
}
}  // namespace
CABLELINT_KIND("required", required)
}  // namespace cablelint
