// Generic kind `required`: the field must be present (when the `when:` conditions hold) — and with `pattern:`,
// one of its values must contain a match of that regular expression.
//   kind: required
//   field: captions
//   pattern: '\bSIPDIS\b'       # optional
//   when: classified            # optional; a list means all of them
#include "kind_support.hpp"

namespace cablelint {
namespace {
void required(CheckContext& ctx) {
    if (!kinds::applies(ctx)) return;
    const std::string field = kinds::param(ctx, "field");
    const std::string pattern = kinds::param(ctx, "pattern");
    const RE2* re = pattern.empty() ? nullptr : kinds::regex(pattern);
    for (Field v : field_values(ctx.doc, field)) {
        if (re == nullptr || RE2::PartialMatch(re2::StringPiece(v.data(), v.size()), *re)) return;
    }
    ctx.report(kinds::missing_at(ctx), {{"field", field}, {"pattern", pattern}});
}
}  // namespace
CABLELINT_KIND("required", required)
}  // namespace cablelint
