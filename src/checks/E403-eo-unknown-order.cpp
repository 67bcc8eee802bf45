// E403 eo-unknown-order: the E.O. line cites a number that is not one of the classification orders
// (rules/data/executive-orders.yaml): `12598` for 12958, `19523`. The message suggests the order the number is
// most likely a typo of, preferring the one in force on the DTG date.
#include <algorithm>

#include "check.hpp"
#include "util.hpp"

namespace cablelint::check_E403 {
namespace {

// Damerau-style distance limited to one edit or one swap of neighbours.
int typo_distance(std::string_view a, std::string_view b) {
    if (a == b) return 0;
    if (a.size() == b.size()) {
        std::vector<std::size_t> diff;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (a[i] != b[i]) diff.push_back(i);
        }
        if (diff.size() == 1) return 1;
        if (diff.size() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]) return 1;
        return static_cast<int>(diff.size());
    }
    // One insertion or deletion.
    const std::string_view& s = a.size() < b.size() ? a : b;
    const std::string_view& l = a.size() < b.size() ? b : a;
    if (l.size() != s.size() + 1) return 99;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (l.substr(0, i) == s.substr(0, i) && l.substr(i + 1) == s.substr(i)) return 1;
    }
    return 99;
}

void check(CheckContext& ctx) {
    const EoLine& eo = ctx.doc.text.eo;
    if (!present(eo.line) || !present(eo.number) || eo.number.empty()) return;
    const std::string number(trim(eo.number));
    if (ctx.vocab.order(number)) return;

    const ExecutiveOrder* in_force = nullptr;
    if (const auto& origin = ctx.facts.origination) in_force = ctx.vocab.order_in_force(origin->date.yyyymmdd());

    std::string known;
    for (const ExecutiveOrder& o : ctx.vocab.orders) known += (known.empty() ? "" : ", ") + o.number;
    // The likeliest intended order: the one in force if it is a typo away, else any order a typo away.
    std::string hint;
    if (in_force && typo_distance(number, in_force->number) <= 2) {
        hint = "; did you mean " + in_force->number + " (in force on the DTG date)?";
    } else {
        for (const ExecutiveOrder& o : ctx.vocab.orders) {
            if (typo_distance(number, o.number) <= 1) {
                hint = "; did you mean " + o.number + "?";
                break;
            }
        }
    }
    if (hint.empty() && in_force) hint = "; the order in force on the DTG date is " + in_force->number;
    if (hint.empty()) hint = " (classification orders: " + known + ")";
    ctx.report(eo.number, {{"number", number}, {"hint", hint}});
}

}  // namespace
CABLELINT_CHECK("E403", check)
}  // namespace cablelint::check_E403
