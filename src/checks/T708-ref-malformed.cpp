// T708 ref-malformed: a REF item that is neither a cable reference nor a recognised non-cable reference. Free-text
// references (e-mails, telecons, FAM citations, "STATE 12345 (NOTAL)", reports, letters) are references too, so only
// items whose form is broken are reported: an enumeration with nothing after it ("REF: A. B. STATE 1234"), an item
// lettered twice ("A. A) BAGHDAD 0008": the page numbered a list that was already lettered, a transcription
// artifact), and a serial run into the origin ("BELGRADE743").
#include "ref_items.hpp"

namespace cablelint {
namespace {

bool is_origin(const CheckContext& ctx, std::string_view word) {
    const std::string w = cable_text::upper(collapse_spaces(word));
    if (w == "STATE" || w == "SECSTATE") return true;
    if (present(ctx.doc.text.banner.origin) && iequals(collapse_spaces(ctx.doc.text.banner.origin), w)) return true;
    return ctx.vocab.lookup("origins", "banner:" + w) != nullptr;
}

void check(CheckContext& ctx) {
    const std::vector<refs::Item> items = refs::items(ctx.src, ctx.doc);
    // Doubled enumerations: reported once per block, at the first.
    std::size_t doubled = 0;
    const refs::Item* first_doubled = nullptr;
    for (const refs::Item& it : items) {
        if (present(it.doubled)) {
            ++doubled;
            if (!first_doubled) first_doubled = &it;
        }
    }
    if (first_doubled) {
        const refs::Item& it = *first_doubled;
        std::string rest;
        for (Field p : it.pieces) rest += std::string(p) + " ";
        rest = collapse_spaces(rest);
        const std::string more = doubled > 1 ? " (and so do the " + std::to_string(doubled - 1) + (doubled == 2 ? " item" : " items") + " after it)" : "";
        ctx.report(it.doubled,
                   {{"item", cable_text::quoted(std::string(it.en.at) + " " + std::string(it.doubled) + " " + rest)},
                    {"first", std::string(it.en.at)}, {"second", std::string(it.doubled)}, {"more", more},
                    {"expected", cable_text::quoted(std::string(it.en.at) + " " + rest)}},
                   {}, "doubled");
    }
    static const RE2 glued(R"((?i)(?:^|[\s;,(])([A-Z]{3,}(?: [A-Z]{3,})?)(\d{2,7})\b)");
    for (std::size_t k = 0; k < items.size(); ++k) {
        const refs::Item& it = items[k];
        bool empty = true;
        for (Field p : it.pieces) empty = empty && text_scan::blank(p);
        if (present(it.en.at) && empty) {
            const std::string next = k + 1 < items.size() && present(items[k + 1].en.at) ? "\"" + std::string(items[k + 1].en.at) + "\""
                                                                                        : std::string("the end of the REF block");
            ctx.report(it.en.at, {{"letter", cable_text::quoted(it.en.at)}, {"next", next}}, {}, "empty");
            continue;
        }
        for (Field p : it.pieces) {
            re2::StringPiece in(p.data(), p.size()), word, digits;
            while (RE2::FindAndConsume(&in, glued, &word, &digits)) {
                // "SAO PAULO433": the origin may be two words; else only the last word may be the origin.
                Field w(word.data(), word.size());
                if (!is_origin(ctx, w)) {
                    const auto sp = w.rfind(' ');
                    if (sp == Field::npos || !is_origin(ctx, w.substr(sp + 1))) continue;
                    w = w.substr(sp + 1);
                }
                const Field whole(w.data(), static_cast<std::size_t>(digits.data() + digits.size() - w.data()));
                ctx.report(whole, {{"item", cable_text::quoted(whole)}, {"expected", cable_text::quoted(std::string(w) + " " + std::string(digits.data(), digits.size()))}},
                           {}, "glued");
            }
        }
    }
}

}  // namespace
CABLELINT_CHECK("T708", check)
}  // namespace cablelint
