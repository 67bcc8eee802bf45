// F902 non-ascii: characters outside ASCII in the cable (curly quotes, no-break spaces, dashes, ¶, U+FFFD). One
// finding per distinct character, at its first occurrence, with the count. No-break spaces of the page layout
// (wrapper and page chrome) are the web page's: one info finding with option `page_layout: report`, else none; its
// other characters are not reported. Typographic quotes, dashes, ellipses and ¶ anchors (tolerated by spec §6) are
// one step softer. The fix writes the ASCII a known character
// stands for, at every occurrence in the cable text. Invalid UTF-8 is F901's, C1 controls F907's.
#include <map>

#include "byte_scan.hpp"
#include "text_scan.hpp"

namespace cablelint::check_F902 {
namespace {

struct Known {
    long cp;
    const char* name;
    const char* ascii;
    const char* replacement;   // what the fix writes; null: no fix (the original character is lost)
    bool typographic;   // punctuation a word processor or web page substitutes (spec §6 tolerates it): one step softer
};

constexpr Known kKnown[] = {
    {0x00A0, "no-break space", "a space", " ", false},
    {0x2018, "left single quotation mark", "`'`", "'", true},
    {0x2019, "right single quotation mark", "`'`", "'", true},
    {0x201A, "single low-9 quotation mark", "`'`", "'", true},
    {0x201C, "left double quotation mark", "`\"`", "\"", true},
    {0x201D, "right double quotation mark", "`\"`", "\"", true},
    {0x2013, "en dash", "`-`", "-", true},
    {0x2014, "em dash", "`--`", "--", true},
    {0x2026, "horizontal ellipsis", "`...`", "...", true},
    {0x00B6, "pilcrow (a paragraph anchor of the web page)", "nothing", "", true},
    {0xFFFD, "replacement character (a character lost in conversion)", "the original character", nullptr, false},
    {0x00AD, "soft hyphen", "nothing", "", false},
    {0x200B, "zero-width space", "nothing", "", false},
    {0xFEFF, "byte order mark", "nothing", "", false},
};

struct Seen {
    std::uint32_t first = 0;
    std::size_t len = 0;
    long count = 0;
    std::vector<std::uint32_t> all;   // every occurrence, for the fix
};

void check(CheckContext& ctx) {
    if (ctx.src.ascii()) return;   // the input layer's read of the text saw no byte above ASCII
    const std::string_view s = ctx.src.text();
    std::map<long, Seen> text;
    Seen layout;
    // The page layout's no-break spaces are the web page's, not the transcription's: reported only when asked.
    const bool report_layout = ctx.option_string("page_layout", "ignore") == "report";
    byte_scan::NonAsciiCursor non_ascii(s, ctx.src.high_bytes());   // where the input layer's survey saw them
    for (std::size_t i = non_ascii.next(0); i < s.size(); i = non_ascii.next(i)) {
        std::size_t len = 1;
        const long cp = text_scan::decode_utf8(s, i, len);
        if (cp < 0x80 || (cp >= 0x80 && cp <= 0x9F)) {   // ASCII, invalid (F901), C1 controls (F907)
            i += len;
            continue;
        }
        const auto at = static_cast<std::uint32_t>(i);
        // The page layout is not cable text: its no-break spaces are one finding, and its other characters (the
        // title copies the SUBJECT line) are reported where the text has them.
        const bool in_layout = text_scan::in_page_layout(ctx.src, ctx.doc, at);
        if (in_layout && cp != 0xA0) {
            i += len;
            continue;
        }
        Seen& seen = in_layout ? layout : text[cp];
        if (seen.count++ == 0) {
            seen.first = at;
            seen.len = len;
        }
        seen.all.push_back(at);
        i += len;
    }
    std::vector<std::pair<std::uint32_t, long>> order;
    for (const auto& [cp, seen] : text) order.push_back({seen.first, cp});
    if (layout.count && report_layout) order.push_back({layout.first, -1});
    std::sort(order.begin(), order.end());
    for (const auto& [first, cp] : order) {
        if (cp == -1) {
            ctx.report(Span{layout.first, static_cast<std::uint32_t>(layout.first + layout.len)},
                       {{"count", std::to_string(layout.count)}}, {}, "layout", /*soft=*/true);
            continue;
        }
        const Seen& seen = text[cp];
        const std::string ch(s.substr(seen.first, seen.len));
        std::string name = "non-ASCII character", ascii;
        const char* replacement = nullptr;
        bool typographic = false;
        for (const Known& k : kKnown) {
            if (k.cp == cp) {
                name = k.name;
                ascii = k.ascii;
                replacement = k.replacement;
                typographic = k.typographic;
            }
        }
        const std::string times = seen.count == 1 ? "" : " (" + std::to_string(seen.count) + " times; first here)";
        Args args = {{"char", ch}, {"code", text_scan::hex_cp(cp)}, {"name", name}, {"times", times}, {"ascii", ascii}};
        ctx.report(Span{seen.first, static_cast<std::uint32_t>(seen.first + seen.len)}, args, {},
                   ascii.empty() ? "default" : "known", typographic);
        if (replacement == nullptr) continue;
        std::vector<Edit> edits;
        for (const std::uint32_t at : seen.all) edits.push_back({Span{at, static_cast<std::uint32_t>(at + seen.len)}, replacement});
        ctx.fix(std::move(edits));
    }
}

}  // namespace
CABLELINT_CHECK("F902", check)
}  // namespace cablelint::check_F902
