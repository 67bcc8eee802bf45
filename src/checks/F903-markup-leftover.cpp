// F903 markup-leftover: HTML tags and character entities left from a web page (`<br>`, `</td></tr>`,
// `<strong>`, `&#x000A;`, `&amp;`). One finding per distinct tag or entity, at its first occurrence, with the count.
// The "&…8" quote substitutes of the original cables are not markup.
#include <map>

#include <re2/re2.h>

#include "text_scan.hpp"

namespace cablelint::check_F903 {
namespace {

void check(CheckContext& ctx) {
    static const RE2 re(
        R"((?i)(</?(?:br|p|div|span|td|tr|th|table|tbody|thead|strong|b|i|u|em|font|pre|a|li|ul|ol|hr|h[1-6]|center|sup|sub|img|html|body|head|title|code|blockquote|small|big|tt|strike)(?:\s[^<>\n]{0,200})?\s*/?>|&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos|nbsp|ndash|mdash|lsquo|rsquo|ldquo|rdquo|hellip|para|sect|shy|copy|reg);))");
    std::string_view s = ctx.src.text();
    // Markup starts with '<' or '&'; most cables have neither, and the regex need not run over them.
    const std::size_t start = std::min(s.find('<'), s.find('&'));
    if (start == std::string_view::npos) return;
    s.remove_prefix(start);
    struct Seen {
        Field first;
        long count = 0;
    };
    std::map<std::string, Seen> seen;
    re2::StringPiece in(s.data(), s.size()), m;
    while (RE2::FindAndConsume(&in, re, &m)) {
        const Field f(m.data(), m.size());
        // Markup in the page layout (the wrapper's title copies the SUBJECT line) is reported where the text has it.
        if (text_scan::in_page_layout(ctx.src, ctx.doc, ctx.src.span_of(f).begin)) continue;
        std::string key = cable_text::upper(f);
        if (key.front() == '<') {   // the tag name decides: "<td align=left>" is "<TD>"
            std::size_t e = 1 + (key[1] == '/');
            while (e < key.size() && text_scan::is_alpha(key[e])) ++e;
            if (e < key.size() && key[e] >= '1' && key[e] <= '6') ++e;
            key = key.substr(0, e) + ">";
        }
        Seen& x = seen[key];
        if (x.count++ == 0) x.first = f;
    }
    std::vector<const Seen*> order;
    for (const auto& [k, x] : seen) order.push_back(&x);
    std::sort(order.begin(), order.end(), [](const Seen* a, const Seen* b) { return a->first.data() < b->first.data(); });
    for (const Seen* x : order) {
        const std::string times = x->count == 1 ? "" : " (" + std::to_string(x->count) + " times; first here)";
        ctx.report(x->first, {{"markup", std::string(x->first)}, {"times", times}}, {},
                   x->first.front() == '&' ? "entity" : "default");
    }
}

}  // namespace
CABLELINT_CHECK("F903", check)
}  // namespace cablelint::check_F903
