// C507 portion-malformed: a portion mark that is not a known form, as the grammar located it (src/markings.hpp):
// `(C NF)` (a space where the slash belongs), `(SNF)` (no slash), `(SECRET/REL FRANCE)` (the level spelled out),
// `(/Rel UK)` (no level), `( C )`, `(S/XYZ)` (an unknown control), `C)` and `(C XXXX…` (a parenthesis missing), after
// a paragraph number or at the start or end of the SUBJECT. Groups that are no mark at all (`(U.S.)`, `(Iran)`) are
// no marks to the grammar; `(C - ENTIRE TEXT)`, the overall marking of older cables, is accepted. One finding per
// cable (the marks were typed by one hand): at the first malformed mark, the others as related locations.
#include "portion_marks.hpp"

namespace cablelint::check_C507 {
namespace {

using Defect = PortionMark::Defect;

std::string upper(Field f) { return cable_text::upper(f); }

// What is wrong, in the order the mark is read.
std::string problem(const PortionMark& m) {
    std::vector<std::string> out;
    for (const Defect& d : m.defects) {
        if (d.kind == Defect::Kind::spaces_inside) {
            out.insert(out.begin(), "spaces inside the parentheses");
            break;
        }
    }
    for (const Defect& d : m.defects) {
        switch (d.kind) {
            case Defect::Kind::spaces_inside: break;
            case Defect::Kind::no_level: {
                Field content = trim(m.whole.substr(1, m.whole.size() - 2));
                out.push_back("it has no classification level before `" + std::string(content) + "`");
                break;
            }
            case Defect::Kind::spelled_level: out.push_back("the level is spelled out (`" + upper(d.at) + "`)"); break;
            case Defect::Kind::glued_control:
                out.push_back("no slash between the level " + upper(m.level_text) + " and " + upper(d.at));
                break;
            case Defect::Kind::bad_separator: out.push_back("`" + std::string(d.at) + "` between the parts where a slash belongs"); break;
            case Defect::Kind::unknown_control:
                out.push_back("`" + upper(d.at) + "` is not a known control marking (NF, NOFORN, FGI, FOUO, REL …)");
                break;
            case Defect::Kind::open_missing: out.push_back("the opening parenthesis is missing"); break;
            case Defect::Kind::close_missing: out.push_back("the closing parenthesis is missing"); break;
            case Defect::Kind::transposed: out.push_back("the letters are transposed"); break;
        }
    }
    std::string s;
    for (std::size_t k = 0; k < out.size(); ++k) s += (k ? "; " : "") + out[k];
    return s;
}

// The mark as it should be written: the level letter, each control after "/" (or "//" as written).
std::string expected(const PortionMark& m, const std::string& banner_letter) {
    for (const Defect& d : m.defects) {
        if (d.kind == Defect::Kind::open_missing) return "(" + std::string(m.whole.substr(0, m.whole.size() - 1)) + ")";
        if (d.kind == Defect::Kind::close_missing) return std::string(m.whole) + ")";
        if (d.kind == Defect::Kind::transposed) return "(" + upper(m.level_text) + "/NF)";
    }
    std::string out = "(" + (m.level == Level::none ? banner_letter : upper(m.level_text));
    if (m.level != Level::none && m.level_text.size() > 3) out = "(" + portion::level_letter(m.level);   // spelled out
    for (const MarkControl& c : m.controls) {
        out += c.separator == "//" ? "//" : "/";
        out += c.kind == MarkControl::Kind::release ? "REL" + std::string(c.text.substr(3)) : upper(c.text);
    }
    return out + ")";
}

// A control the grammar does not know that a configured vocabulary adds (rules/data/portion-marks.yaml and
// `vocabularies: {portion-marks: …}`) is no defect.
bool configured_control(const Vocabularies& v, Field word) {
    const std::string w = upper(word);
    if (w == "N") return false;   // N only after SBU (SBU/N)
    const std::string_view* kind = v.lookup("portion-marks", w);
    return kind != nullptr && (*kind == "control" || *kind == "release");
}

void check(CheckContext& ctx) {
    const std::string letter = portion::level_letter(ctx.doc.level());
    std::vector<portion::Placed> bad;
    for (const portion::Placed& p : portion::marks(ctx.doc)) {
        if (p.mark->entire_text) continue;
        for (const Defect& d : p.mark->defects) {
            if (d.kind != Defect::Kind::unknown_control || !configured_control(ctx.vocab, d.at)) {
                bad.push_back(p);
                break;
            }
        }
    }
    if (bad.empty()) return;
    const PortionMark& m = *bad.front().mark;
    std::vector<Related> related;
    for (std::size_t i = 1; i < bad.size(); ++i) {
        related.push_back(ctx.related(bad[i].mark->whole, bad[i].where + " is marked " + std::string(bad[i].mark->whole) +
                                                              ": " + problem(*bad[i].mark)));
    }
    std::string others;
    if (bad.size() > 1) others = " (" + std::to_string(bad.size()) + " malformed portion marks in all)";
    ctx.report(m.whole, {{"mark", std::string(m.whole)}, {"where", bad.front().where}, {"problem", problem(m)},
                         {"expected", expected(m, letter)}, {"others", others}},
               std::move(related));
}

}  // namespace
CABLELINT_CHECK("C507", check)
}  // namespace cablelint::check_C507
