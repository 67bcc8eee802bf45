// F904 line-endings: CRLF or bare CR line endings (all CRLF: one finding; mixed: at the first line that differs
// from the majority) and tab characters (one finding at the first, with the count). The input layer (decode.hpp)
// counted the line ends before it made them LF; a CRLF's span is the text's '\n', which maps to the file's two bytes.
// The fixes write every line end as LF and expand tabs to 8-column stops.
#include "text_scan.hpp"

namespace cablelint::check_F904 {
namespace {

// Every line end that is not LF, as an edit writing LF in its place (raw: the line end itself is what changes).
// A CRLF is a text '\n' that the file wrote in more bytes than one LF; in a CR-only file every '\n' was a CR; a bare
// CR among other endings stays a '\r' in the text.
std::vector<Edit> to_lf(const Source& src) {
    const std::string_view s = src.text();
    const Encoding enc = src.decoding().encoding;
    const std::uint32_t lf_bytes = enc == Encoding::utf16le || enc == Encoding::utf16be ? 2 : 1;
    std::vector<Edit> edits;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\n' && s[i] != '\r') continue;
        const auto at = static_cast<std::uint32_t>(i);
        const bool not_lf = s[i] == '\r' || src.decoding().cr_lines || src.file_offset(at + 1) - src.file_offset(at) != lf_bytes;
        if (not_lf) edits.push_back({Span{at, at + 1}, "\n", /*raw=*/true});
    }
    return edits;
}

// Tabs as spaces to the next multiple of 8 columns (what a terminal showed), so the layout stays as it was.
std::vector<Edit> expand_tabs(std::string_view s) {
    std::vector<Edit> edits;
    std::size_t column = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\n') {
            column = 0;
        } else if (c == '\t') {
            const std::size_t width = 8 - column % 8;
            edits.push_back({Span{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1)}, std::string(width, ' ')});
            column += width;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return edits;
}

void check(CheckContext& ctx) {
    const std::string_view s = ctx.src.text();
    const LineEnds& ends = ctx.src.decoding().ends;
    const long lf = ends.lf, crlf = ends.crlf, cr = ends.cr;
    const std::uint32_t first_lf = ends.first_lf, first_crlf = ends.first_crlf, first_cr = ends.first_cr;
    long tabs = 0;
    std::uint32_t first_tab = 0;
    for (std::size_t i = s.find('\t'); i != std::string_view::npos; i = s.find('\t', i + 1)) {
        if (tabs++ == 0) first_tab = static_cast<std::uint32_t>(i);
    }
    auto span2 = [](std::uint32_t at, std::uint32_t n) { return Span{at, at + n}; };
    if (crlf && !lf && !cr) {
        ctx.report(span2(first_crlf, 1), {{"count", std::to_string(crlf)}}, {}, "crlf");
        ctx.fix(to_lf(ctx.src));
    } else if ((crlf ? 1 : 0) + (lf ? 1 : 0) + (cr ? 1 : 0) > 1) {
        // The minority ending is the odd one out.
        struct E { long n; std::uint32_t at; std::uint32_t len; const char* name; };
        std::vector<E> e = {{lf, first_lf, 1, "LF"}, {crlf, first_crlf, 1, "CRLF"}, {cr, first_cr, 1, "CR"}};
        std::erase_if(e, [](const E& x) { return x.n == 0; });
        std::sort(e.begin(), e.end(), [](const E& a, const E& b) { return a.n > b.n; });
        for (std::size_t k = 1; k < e.size(); ++k) {
            ctx.report(span2(e[k].at, e[k].len),
                       {{"ending", e[k].name}, {"count", std::to_string(e[k].n)}, {"majority", e[0].name},
                        {"majority_count", std::to_string(e[0].n)}},
                       {}, "mixed");
            if (k == 1) ctx.fix(to_lf(ctx.src));   // one fix makes every line end LF
        }
    } else if (cr) {
        ctx.report(span2(first_cr, 1), {{"count", std::to_string(cr)}}, {}, "cr");
        ctx.fix(to_lf(ctx.src));
    }
    if (tabs) {
        ctx.report(span2(first_tab, 1),
                   {{"count", std::to_string(tabs)}, {"times", tabs == 1 ? "" : " (" + std::to_string(tabs) + " tabs; first here)"}},
                   {}, "tab");
        ctx.fix(expand_tabs(s));
    }
}

}  // namespace
CABLELINT_CHECK("F904", check)
}  // namespace cablelint::check_F904
