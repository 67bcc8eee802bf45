// Generic kind `forbidden`: report every match of the regular expression in the field (default: the whole text).
//   kind: forbidden
//   field: text                 # optional
//   pattern: '\bREFTEL\b'
#include "kind_support.hpp"

namespace cablelint {
namespace {
void forbidden(CheckContext& ctx) {
    if (!kinds::applies(ctx)) return;
    const std::string p = kinds::param(ctx, "pattern");
    const RE2* re = kinds::regex(p);
    if (re == nullptr) return;
    const std::string field = kinds::param(ctx, "field", "text");
    for (Field v : field_values(ctx.doc, field)) {
        const re2::StringPiece text(v.data(), v.size());
        std::size_t pos = 0;
        re2::StringPiece match;
        while (pos <= text.size() && re->Match(text, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
            const Field found(match.data(), match.size());
            ctx.report(found, {{"field", field}, {"value", std::string(found)}, {"pattern", p}});
            pos = static_cast<std::size_t>(match.data() - text.data()) + std::max<std::size_t>(match.size(), 1);
        }
    }
}
}  // namespace
CABLELINT_KIND("forbidden", forbidden)
}  // namespace cablelint
