// F903 markup-leftover: HTML tags and character entities left from a web page (`<br>`, `</td></tr>`,
// `<strong>`, `&#x000A;`, `&amp;`). One finding per distinct tag or entity, at its first occurrence, with the count.
// The "&…8" quote substitutes of the original cables are not markup. The fix removes the tags (a line-breaking one
// becomes a line end) and writes an entity's character, where that is ASCII.
#include <algorithm>
#include <iterator>
#include <map>

#include <re2/re2.h>

#include "text_scan.hpp"

namespace cablelint::check_F903 {
namespace {

constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
    {"&AMP;", "&"},   {"&LT;", "<"},     {"&GT;", ">"},     {"&QUOT;", "\""},  {"&APOS;", "'"},   {"&NBSP;", " "},
    {"&NDASH;", "-"}, {"&MDASH;", "--"}, {"&LSQUO;", "'"},  {"&RSQUO;", "'"},  {"&LDQUO;", "\""}, {"&RDQUO;", "\""},
    {"&HELLIP;", "..."}, {"&PARA;", ""}, {"&SHY;", ""},
};

// What an entity stands for, in the ASCII a cable is written in; false when that is not ASCII (F902 would report it).
bool entity_text(std::string_view upper_key, std::string& out) {
    for (const auto& [name, text] : kEntities) {
        if (upper_key == name) {
            out = text;
            return true;
        }
    }
    if (upper_key.size() < 4 || upper_key[1] != '#') return false;
    const bool hex = upper_key[2] == 'X';
    long cp = 0;
    for (const char c : upper_key.substr(hex ? 3 : 2, upper_key.size() - (hex ? 4 : 3)))
        cp = cp * (hex ? 16 : 10) + (text_scan::is_digit(c) ? c - '0' : c - 'A' + 10);
    if (cp == 0x0A) out = "\n";
    else if (cp == 0x0D || cp == 0xAD || cp == 0xB6) out = "";
    else if (cp == 0xA0 || cp == 0x09) out = " ";
    else if (cp >= 0x20 && cp < 0x7F) out = std::string(1, static_cast<char>(cp));
    else return false;
    return true;
}

// A tag goes; one that broke the web page's line (<br>, <p>, <div>, <tr>, <li>, …) becomes a line end, unless the
// text already breaks the line there.
std::string tag_text(std::string_view upper_key, std::string_view after) {
    static constexpr std::string_view kBreaks[] = {"<BR>", "<P>", "</P>", "<DIV>", "</DIV>", "<TR>", "</TR>", "<LI>",
                                                   "<HR>", "</H1>", "</H2>", "</H3>", "</H4>", "</H5>", "</H6>"};
    const bool breaks = std::find(std::begin(kBreaks), std::end(kBreaks), upper_key) != std::end(kBreaks);
    return breaks && !after.empty() && after.front() != '\n' ? "\n" : "";
}

const RE2& markup() {
    static const RE2 re(
        R"((?i)(</?(?:br|p|div|span|td|tr|th|table|tbody|thead|strong|b|i|u|em|font|pre|a|li|ul|ol|hr|h[1-6]|center|sup|sub|img|html|body|head|title|code|blockquote|small|big|tt|strike)(?:\s[^<>\n]{0,200})?\s*/?>|&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos|nbsp|ndash|mdash|lsquo|rsquo|ldquo|rdquo|hellip|para|sect|shy|copy|reg);))");
    return re;
}

void check(CheckContext& ctx) {
    const std::string_view s = ctx.src.text();
    struct Seen {
        Field first;
        long count = 0;
        std::vector<Field> all;
    };
    std::map<std::string, Seen> seen;
    // Markup starts with '<' or '&' and a letter, '/' or '#': the regex is tried, anchored, only there. Most cables
    // have none, and then it is not even compiled (that takes longer than linting a cable). A non-ASCII character
    // may be a letter to the regex's case folding ("ſ" is an "s"): it decides those.
    auto may_start_markup = [&](std::size_t pos) {
        if (pos + 1 >= s.size()) return false;
        const char c = s[pos + 1];
        return text_scan::is_alpha(c) || c == '/' || c == '#' || static_cast<unsigned char>(c) >= 0x80;
    };
    std::size_t next_lt = s.find('<'), next_amp = s.find('&');
    for (std::size_t pos = std::min(next_lt, next_amp); pos != std::string_view::npos; pos = std::min(next_lt, next_amp)) {
        re2::StringPiece m;
        const bool found = may_start_markup(pos) &&
                           markup().Match(re2::StringPiece(s.data(), s.size()), pos, s.size(), RE2::ANCHOR_START, &m, 1);
        const std::size_t resume = found ? pos + std::max<std::size_t>(m.size(), 1) : pos + 1;
        if (next_lt < resume) next_lt = s.find('<', resume);
        if (next_amp < resume) next_amp = s.find('&', resume);
        if (!found) continue;
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
        x.all.push_back(f);
    }
    std::vector<std::pair<const Seen*, std::string_view>> order;
    for (const auto& [k, x] : seen) order.push_back({&x, k});
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first->first.data() < b.first->first.data(); });
    const std::string_view text = ctx.src.text();
    for (const auto& [x, key] : order) {
        const std::string times = x->count == 1 ? "" : " (" + std::to_string(x->count) + " times; first here)";
        const bool entity = x->first.front() == '&';
        ctx.report(x->first, {{"markup", std::string(x->first)}, {"times", times}}, {}, entity ? "entity" : "default");
        // The fix: every occurrence, by what it stands for (an entity) or by nothing or a line end (a tag).
        std::string replacement;
        if (entity && !entity_text(key, replacement)) continue;
        std::vector<Edit> edits;
        for (const Field f : x->all) {
            const Span at = ctx.src.span_of(f);
            edits.push_back({at, entity ? replacement : tag_text(key, text.substr(at.end))});
        }
        ctx.fix(std::move(edits));
    }
}

}  // namespace
CABLELINT_CHECK("F903", check)
}  // namespace cablelint::check_F903
