// S605 page-marker-inline: a page marker inside a sentence — text run onto the marker line, or the marker in the
// middle of a reflowed line ("… contact with a TUNIS 00000492 003 OF 005 wide swath …"). Both are page breaks that
// the reflow of the page pulled into the text. One cause (the reflow), one finding per cable: at the first such
// marker, the others as related locations. The fix puts every such marker back on a line of its own.
#include "check.hpp"
#include "util.hpp"

namespace cablelint::check_S605 {
namespace {

std::string clip(std::string s, bool keep_end) {
    constexpr std::size_t kMax = 30;
    if (s.size() <= kMax) return s;
    std::size_t cut = keep_end ? s.size() - kMax : kMax;
    while (cut > 0 && cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) keep_end ? ++cut : --cut;
    return keep_end ? "…" + s.substr(cut) : s.substr(0, cut) + "…";
}

// The fix: each marker on a line of its own, as the page break it was (the white space around it becomes line ends).
std::vector<Edit> own_lines(const Source& src, const std::vector<const PageMarker*>& markers) {
    const std::string_view text = src.text();
    std::vector<Edit> edits;
    for (const PageMarker* m : markers) {
        const Span at = src.span_of(m->text);
        std::uint32_t b = at.begin, e = at.end;
        while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
        while (e < text.size() && (text[e] == ' ' || text[e] == '\t')) ++e;
        if (b > 0 && text[b - 1] != '\n') edits.push_back({Span{b, at.begin}, "\n"});
        if (e < text.size() && text[e] != '\n') edits.push_back({Span{at.end, e}, "\n"});
    }
    return edits;
}

void check(CheckContext& ctx) {
    std::vector<const PageMarker*> inside;
    for (const PageMarker& m : ctx.doc.text.markers) {
        if (m.inline_()) inside.push_back(&m);
    }
    if (inside.empty()) return;
    const PageMarker& m = *inside.front();
    const std::string before = present(m.before) ? collapse_spaces(m.before) : "";
    const std::string after = present(m.runon) ? collapse_spaces(m.runon) : "";
    std::string others;
    std::vector<Related> related;
    if (inside.size() > 1) {
        others = " (" + std::to_string(inside.size()) + " page markers inside text in all)";
        for (std::size_t i = 1; i < inside.size(); ++i) {
            related.push_back(ctx.related(inside[i]->text, "page marker " + collapse_spaces(inside[i]->text) + " is also inside text"));
        }
    }
    Args args = {{"marker", collapse_spaces(m.text)}, {"before", clip(before, true)}, {"after", clip(after, false)},
                 {"others", others}};
    ctx.report(m.text, args, std::move(related), before.empty() ? "runon" : after.empty() ? "end" : "default");
    ctx.fix(own_lines(ctx.src, inside));
}

}  // namespace
CABLELINT_CHECK("S605", check)
}  // namespace cablelint::check_S605
