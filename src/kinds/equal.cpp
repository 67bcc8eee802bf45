// Generic kind `equal`: two fields must agree after normalisation (`normalize:` any of case, space, alnum —
// alnum keeps only letters and digits). Reports at `field`, with `other` as the related location.
//   kind: equal
//   field: wrapper.title
//   other: subject
//   normalize: [case, space]
#include <algorithm>
#include <cctype>

#include "kind_support.hpp"
#include "util.hpp"

namespace cablelint {
namespace {
std::string normalized(Field f, const std::vector<std::string>& how) {
    std::string s(trim(f));
    for (const auto& h : how) {
        if (h == "case") s = to_upper(s);
        if (h == "space") s = collapse_spaces(s);
        if (h == "alnum") std::erase_if(s, [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); });
    }
    return s;
}

void equal(CheckContext& ctx) {
    if (!kinds::applies(ctx)) return;
    const std::string field = kinds::param(ctx, "field");
    const std::string other = kinds::param(ctx, "other");
    const auto a = field_values(ctx.doc, field);
    const auto b = field_values(ctx.doc, other);
    if (a.empty() || b.empty()) return;   // presence is the `required` kind's business
    const auto how = kinds::param_list(ctx, "normalize");
    if (normalized(a.front(), how) != normalized(b.front(), how)) {
        ctx.report(a.front(),
                   {{"field", field}, {"value", std::string(a.front())}, {"other", other}, {"other_value", std::string(b.front())}},
                   {ctx.related(b.front(), other + " is '" + std::string(b.front()) + "'")});
    }
}
}  // namespace
CABLELINT_KIND("equal", equal)
}  // namespace cablelint
