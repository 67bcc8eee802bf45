// W105 title-mismatch (R41): the page's Cable title is the SUBJECT text or its first line, after white-space
// normalisation and removal of a leading (or trailing) portion mark, compared case-insensitively. A page without a
// SUBJECT line has an empty title (T706 reports the missing SUBJECT); a title there is reported too.
#include <re2/re2.h>

#include "check.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_W105 {
namespace {

// Collapsed, upper case, typographic quotes and dashes as ASCII, without HTML tags and page markers (the page may
// print the cable's text that way, or the cable's copy was fixed and the page's was not: F902, F903, S605), and
// without a leading or trailing portion mark "(C)", "(SBU)", "(U)".
std::string normal(std::string_view s) {
    std::string t = fold_typography(s);
    // The regex can match only where there is a '<' or a run of eight digits (most titles have neither).
    auto may_match = [](std::string_view x) {
        if (x.find('<') != std::string_view::npos) return true;
        std::size_t digits = 0;
        for (const char c : x) {
            digits = c >= '0' && c <= '9' ? digits + 1 : 0;
            if (digits == 8) return true;
        }
        return false;
    };
    if (may_match(t)) {
        // Compiled at the first title that needs it, not at every run's first cable.
        static const RE2 markup(R"(<[^<>\n]{1,40}>|\b[A-Z][A-Z ]{1,30} \d{8} \d{3}(?:\.\d+)? OF \d{3}\b)");
        RE2::GlobalReplace(&t, markup, " ");
    }
    t = to_upper(collapse_spaces(t));
    auto is_mark = [](std::string_view m) {
        if (m.size() < 3 || m.front() != '(' || m.back() != ')') return false;
        for (char c : m.substr(1, m.size() - 2))
            if (!(wrapper_header::is_alpha(c) || c == '/' || c == ' ')) return false;
        return m.size() <= 12;
    };
    if (!t.empty() && t.front() == '(') {
        const auto e = t.find(')');
        if (e != std::string::npos && is_mark(std::string_view(t).substr(0, e + 1))) t = std::string(trim(t.substr(e + 1)));
    }
    if (!t.empty() && t.back() == ')') {
        const auto b = t.rfind('(');
        if (b != std::string::npos && is_mark(std::string_view(t).substr(b))) t = std::string(trim(t.substr(0, b)));
    }
    return t;
}

void check(CheckContext& ctx) {
    const Wrapper& w = ctx.doc.wrapper;
    if (!w.present || !present(w.title_label)) return;
    const Field title = wrapper_header::trimmed(w.title);
    const std::string t = present(title) ? normal(title) : "";
    const Subject& s = ctx.doc.text.subject;
    if (!present(s.line)) {
        if (!t.empty())
            ctx.report(title, {{"title", wrapper_header::shown(title)}}, {}, "no_subject");
        return;
    }
    std::string first = present(s.first) ? std::string(s.first) : "";
    std::string whole = first;
    for (std::size_t i = 1; i < s.lines.size(); ++i) {
        whole += ' ';
        whole += s.lines[i];
    }
    const std::string nf = normal(first), nw = normal(whole);
    if (t == nf || t == nw) return;
    // A redacted title or subject (`XXXXXXXXXXXX`) is unknown where it is redacted: never a mismatch.
    if (ctx.doc.redacted(title)) return;
    for (Field l : s.lines)
        if (ctx.doc.redacted(l)) return;
    const Field at = present(title) && !title.empty() ? title : w.title_label;
    ctx.report(at, {{"title", present(title) ? wrapper_header::shown(title) : ""}, {"subject", wrapper_header::shown(first, 80)}},
               {ctx.related(present(s.first) ? s.first : s.line, "SUBJECT line")},
               t.empty() ? "empty" : "default");
}

}  // namespace
CABLELINT_CHECK("W105", check)
}  // namespace cablelint::check_W105
