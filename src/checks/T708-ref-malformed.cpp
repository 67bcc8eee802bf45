// T708 ref-malformed: a REF item that is neither a cable reference nor a recognised non-cable reference. Free-text
// references (e-mails, telecons, FAM citations, "STATE 12345 (NOTAL)", reports, letters) are references too, so only
// items whose form is broken are reported: an enumeration with nothing after it ("REF: A. B. STATE 1234"), an item
// lettered twice ("A. A) BAGHDAD 0008": the page numbered a list that was already lettered, a transcription
// artifact), and a serial run into the origin ("BELGRADE743"). The grammar reads the items (grammar/head.hpp ref).
#include "cable_text.hpp"

namespace cablelint::check_T708 {
namespace {

bool is_origin(const CheckContext& ctx, std::string_view word) {
    const std::string w = cable_text::upper(collapse_spaces(word));
    if (w == "STATE" || w == "SECSTATE") return true;
    if (present(ctx.doc.text.banner.origin) && iequals(collapse_spaces(ctx.doc.text.banner.origin), w)) return true;
    return ctx.vocab.lookup("origins", "banner:" + w) != nullptr;
}

bool blank(Field f) { return trim(f).empty(); }

void check(CheckContext& ctx) {
    const std::vector<RefItem>& items = ctx.doc.text.ref.items;
    // Doubled enumerations: reported once per block, at the first.
    std::size_t doubled = 0;
    const RefItem* first_doubled = nullptr;
    for (const RefItem& it : items) {
        if (present(it.doubled)) {
            ++doubled;
            if (!first_doubled) first_doubled = &it;
        }
    }
    if (first_doubled) {
        const RefItem& it = *first_doubled;
        std::string rest;
        for (Field p : it.pieces) rest += std::string(p) + " ";
        rest = collapse_spaces(rest);
        const std::string more = doubled == 2 ? " (and so does the item after it)"
                                 : doubled > 2 ? " (and so do the " + std::to_string(doubled - 1) + " items after it)" : "";
        ctx.report(it.doubled,
                   {{"item", collapse_spaces(std::string(it.enumeration) + " " + std::string(it.doubled) + " " + rest)},
                    {"first", std::string(it.enumeration)}, {"second", std::string(it.doubled)}, {"more", more},
                    {"expected", cable_text::quoted(std::string(it.enumeration) + " " + rest)}},
                   {}, "doubled");
    }
    for (std::size_t k = 0; k < items.size(); ++k) {
        const RefItem& it = items[k];
        bool empty = true;
        for (Field p : it.pieces) empty = empty && blank(p);
        if (present(it.enumeration) && empty) {
            const std::string next = k + 1 < items.size() && present(items[k + 1].enumeration)
                                         ? "`" + std::string(items[k + 1].enumeration) + "`"
                                         : std::string("the end of the REF block");
            ctx.report(it.enumeration, {{"letter", collapse_spaces(it.enumeration)}, {"next", next}}, {}, "empty");
            continue;
        }
        for (const GluedRef& g : it.glued) {
            // "SAO PAULO433": the origin may be two words; else only the last word may be the origin.
            Field w = g.origin;
            if (!is_origin(ctx, w)) {
                const auto sp = w.rfind(' ');
                if (sp == Field::npos || !is_origin(ctx, w.substr(sp + 1))) continue;
                w = w.substr(sp + 1);
            }
            const Field whole(w.data(), static_cast<std::size_t>(g.serial.data() + g.serial.size() - w.data()));
            ctx.report(whole, {{"item", collapse_spaces(whole)}, {"expected", cable_text::quoted(std::string(w) + " " + std::string(g.serial))}},
                       {}, "glued");
        }
    }
}

}  // namespace
CABLELINT_CHECK("T708", check)
}  // namespace cablelint::check_T708
