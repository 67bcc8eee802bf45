// E406 decl-malformed: the declassification instruction is neither a calendar date nor a recognised instruction.
// Reports the grammar's syntax errors inside the instruction (kind decl, and kind eo_line when it fails after the
// order number) at the first wrong character, then reads the instruction itself: a misspelled label (`DECLl:`), a
// date that is not a calendar date (`02/30/2019`), a value that is not a date (`011/2/2019`), a date without its
// `DECL:` label (`E.O. 12958: 07/21/2019`, a warning: the date itself is read).
//
// Event text (`DECL: CLOSURE OF ICTY`) is valid under E.O. 12958 §1.6 and is not reported unless option
// `events: report`, then one step below the configured severity (see the docs page for why).
#include <set>

#include "check.hpp"
#include "checks/decl_instruction.hpp"
#include "util.hpp"

namespace cablelint::check_E406 {
namespace {

bool contains(Field outer, std::uint32_t at, const Source& src) {
    if (!present(outer)) return false;
    const Span s = src.span_of(outer);
    return at >= s.begin && at <= s.end;
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const EoLine& eo = doc.text.eo;
    if (!present(eo.line)) return;

    // 1. The grammar's syntax errors inside the instruction.
    bool syntax = false;
    const Span line = ctx.src.span_of(eo.line);
    std::uint32_t instruction_begin = line.begin;
    if (present(eo.instruction)) {
        instruction_begin = ctx.src.span_of(eo.instruction).begin;
    } else if (present(eo.number)) {
        instruction_begin = ctx.src.span_of(eo.number).end;
    }
    std::set<std::uint32_t> reported;
    for (const SyntaxError& e : doc.errors) {
        const bool mine = e.kind == SyntaxError::Kind::decl ||
                          (e.kind == SyntaxError::Kind::eo_line && e.at >= instruction_begin && contains(eo.line, e.at, ctx.src));
        if (!mine || !reported.insert(e.at).second) continue;
        syntax = true;
        ctx.report(ctx.src.token_at(e.at), {{"problem", e.message}, {"eo", collapse_spaces(eo.line)}}, {}, "syntax");
    }
    if (syntax) return;

    // 2. The instruction as written.
    const decl::Instruction in = decl::read(eo);
    if (in.label_misspelled) {
        ctx.report(in.label, {{"label", std::string(in.label)}}, {}, "label");
    }
    // `E.O. 12958: 07/21/2019`: the date is read (E407/E408 judge it), only its label is lost: one step softer.
    if (in.label_missing) {
        ctx.report(in.date_field, {{"date", std::string(in.date_field)}}, {}, "label-missing", Shift::soft);
    }
    switch (in.kind) {
        case decl::Kind::date:
        case decl::Kind::exemption:
            if (in.date && !in.date->valid()) {
                ctx.report(in.date_field, {{"date", std::string(in.date_field)}, {"problem", in.date->problem()}}, {},
                           "date");
            }
            break;
        case decl::Kind::malformed: {
            // Point at the value; for a date-like value name the form expected.
            const Field v = present(in.value) && !in.value.empty() ? in.value : in.text;
            std::string value(v);
            const std::size_t sp = value.find_first_of(" \t");
            Field at = v;
            if (!value.empty() && value[0] >= '0' && value[0] <= '9' && sp != std::string::npos) {
                at = v.substr(0, sp);
                value = value.substr(0, sp);
            }
            ctx.report(at, {{"value", value}});
            break;
        }
        case decl::Kind::empty:
            if (!doc.classified()) ctx.report(in.label, {{"label", std::string(in.label)}}, {}, "empty");   // else E405
            break;
        case decl::Kind::event:
            if (ctx.option_string("events", "ignore") == "report") {
                ctx.report(in.value, {{"value", collapse_spaces(in.value)}}, {}, "event", true);
            }
            break;
        default:
            break;
    }
}

}  // namespace
CABLELINT_CHECK("E406", check)
}  // namespace cablelint::check_E406
