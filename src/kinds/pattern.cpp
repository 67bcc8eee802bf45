// Generic kind `pattern`: every value of the field must match the regular expression in full (RE2 syntax).
//   kind: pattern
//   field: banner.origin
//   pattern: '[A-Z][A-Z .-]*'
#include "kind_support.hpp"

namespace cablelint {
namespace {
void pattern(CheckContext& ctx) {
    if (!kinds::applies(ctx)) return;
    const std::string p = kinds::param(ctx, "pattern");
    const RE2* re = kinds::regex(p);
    if (re == nullptr) return;
    const std::string field = kinds::param(ctx, "field");
    for (Field v : field_values(ctx.doc, field)) {
        if (!RE2::FullMatch(re2::StringPiece(v.data(), v.size()), *re)) {
            ctx.report(v, {{"field", field}, {"value", std::string(v)}, {"pattern", p}});
        }
    }
}
}  // namespace
CABLELINT_KIND("pattern", pattern)
}  // namespace cablelint
