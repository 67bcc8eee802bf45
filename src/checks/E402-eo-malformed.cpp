// E402 eo-malformed: the E.O. line spelled off the canonical `E.O. NNNNN: ` (spec §3.4). Reported: a label other
// than `E.O.` (`E.O`, `E. O.`, `E.0.` with a zero, `E.o.`), a colon before the number, no colon after it.
// The short form `EO 12958 DECL: …` (a third of real cables, consistently without dots and colon) is reported
// one step softer by default (option `short_form`: soft | report | ignore). A cable whose text was lower-cased
// as a whole (`E.o. 12958: decl: …`, spec §6) is read case-insensitively: its `E.o.` is the case change, not a
// typo.
#include "check.hpp"
#include "util.hpp"

namespace cablelint {
namespace {

bool has_lower(std::string_view s) {
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return true;
    }
    return false;
}

bool has_upper(std::string_view s) {
    for (char c : s) {
        if (c >= 'A' && c <= 'Z') return true;
    }
    return false;
}

void check(CheckContext& ctx) {
    const EoLine& eo = ctx.doc.text.eo;
    if (!present(eo.line) || !present(eo.label) || !present(eo.number) || eo.number.empty()) return;
    const Field label = eo.label;
    const std::size_t label_end = static_cast<std::size_t>(label.data() - eo.line.data()) + label.size();
    const std::size_t number_at = static_cast<std::size_t>(eo.number.data() - eo.line.data());
    if (number_at < label_end) return;
    const std::string_view between = eo.line.substr(label_end, number_at - label_end);
    const std::string_view after = eo.line.substr(number_at + eo.number.size());
    const bool colon_after = !trim(after).empty() ? trim(after).front() == ':' : false;
    const bool colon_before = between.find(':') != std::string_view::npos;
    // A lower-cased text: nothing after the label's first letter is a capital ("E.o. 12958: decl: …").
    const std::string_view rest = eo.line.substr(1);
    const bool lowered = has_lower(rest) && !has_upper(rest.substr(0, std::min<std::size_t>(rest.size(), 80)));
    const std::string written = collapse_spaces(eo.line.substr(static_cast<std::size_t>(label.data() - eo.line.data()),
                                                               number_at + eo.number.size() - static_cast<std::size_t>(label.data() - eo.line.data()) +
                                                                   (colon_after ? trim(after).data() - after.data() + 1 : 0)));
    const std::string expected = "E.O. " + std::string(eo.number) + ":";
    std::vector<std::string> problems;
    const std::string l(label);
    const bool short_form = iequals(l, "EO");
    if (short_form) {
        if (colon_before) problems.push_back("a colon between EO and the number");
    } else if (l == "E.O." || (lowered && iequals(l, "E.O."))) {
        // canonical label
    } else if (iequals(l, "E.O")) {
        problems.push_back("the label lacks its final dot");
    } else if (iequals(l, "E. O.")) {
        problems.push_back("a space inside the label");
    } else if (l.find('0') != std::string::npos) {
        problems.push_back("the label has the digit 0 for the letter O");
    } else if (iequals(l, "E.O.")) {
        problems.push_back("the label is not in capitals");
    } else {
        problems.push_back("the label is \"" + l + "\"");
    }
    if (!short_form) {
        if (colon_before) problems.push_back("a colon before the number");
        if (!colon_after) problems.push_back("no colon after the number");
    }
    const Span span{ctx.src.span_of(label).begin, ctx.src.span_of(eo.number).end};
    if (problems.empty()) {
        if (!short_form) return;
        const std::string mode = ctx.option_string("short_form", "soft");
        if (mode == "ignore") return;
        ctx.report(span, {{"written", written}, {"expected", expected}}, {}, "short", mode != "report");
        return;
    }
    std::string problem;
    for (std::size_t i = 0; i < problems.size(); ++i) problem += (i ? "; " : "") + problems[i];
    ctx.report(span, {{"written", written}, {"problem", problem}, {"expected", expected}});
}

}  // namespace
CABLELINT_CHECK("E402", check)
}  // namespace cablelint
