// W104 classification-unknown: the page Classification value is one of the page strings WikiLeaks used
// (rules/data/page-classifications.yaml, from ../shared/reference/classification.yaml `page_metadata`). Compared
// case-insensitively after collapsing white space; an empty value is W101's.
#include <set>

#include "check.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_W104 {
namespace {

void check(CheckContext& ctx) {
    const Wrapper& w = ctx.doc.wrapper;
    if (!w.present || !present(w.classification)) return;
    const Field value = wrapper_header::trimmed(w.classification);
    if (value.empty()) return;   // W101
    const std::string v = collapse_spaces(value);
    if (ctx.vocab.contains("page-classifications", v)) return;
    std::string known;
    if (const auto* l = ctx.vocab.list("page-classifications")) {
        for (const std::string_view k : *l) known.append(known.empty() ? "" : ", ").append(k);
    }
    // A hint: the level word the value starts with, when it is a known one.
    std::string hint;
    if (const auto& p = w.page_class) {
        hint = "; the level " + collapse_spaces(p->base) + " is known, the suffix `" + collapse_spaces(p->suffix) + "` is not";
    }
    ctx.report(value, {{"value", v}, {"known", known}, {"hint", hint}});
}

}  // namespace
CABLELINT_CHECK("W104", check)
}  // namespace cablelint::check_W104
