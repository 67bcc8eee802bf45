// Generic kind `vocabulary`: every value of the field must be in a word list, given inline (`values:`) or by name
// (`list:`, a list of rules/data/ or of the config's `vocabularies:`). Case-insensitive.
//   kind: vocabulary
//   field: wrapper.origin
//   values: [Embassy Astana, Embassy Almaty]
#include "kind_support.hpp"
#include "util.hpp"

namespace cablelint {
namespace {
void vocabulary(CheckContext& ctx) {
    if (!kinds::applies(ctx)) return;
    const std::string field = kinds::param(ctx, "field");
    const std::string list = kinds::param(ctx, "list");
    std::set<std::string> inline_values;
    for (const auto& v : kinds::param_list(ctx, "values")) inline_values.insert(to_upper(v));
    for (Field v : field_values(ctx.doc, field)) {
        const std::string word = to_upper(trim(v));
        const bool known = inline_values.count(word) > 0 || (!list.empty() && ctx.vocab.contains(list, word));
        if (!known) ctx.report(v, {{"field", field}, {"value", std::string(trim(v))}, {"list", list.empty() ? "the allowed values" : list}});
    }
}
}  // namespace
CABLELINT_KIND("vocabulary", vocabulary)
}  // namespace cablelint
