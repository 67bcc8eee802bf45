// T710 field-order: the head fields out of their order (R42). The order observed in the corpus (spec §3): banner →
// captions → E.O. → TAGS → SUBJECT → REF / Classified By → paragraph 1. REF and Classified By come in either order
// (42 cables put Classified By first), so they share a rank. Fields the grammar found before the banner are the
// copy of TAGS/SUBJECT/REF that some header families print among the header lines (09NAIROBI2497): not the text's.
#include "text_scan.hpp"

namespace cablelint::check_T710 {
namespace {

struct Placed {
    const char* name;
    int rank;
    Field at;
};

void check(CheckContext& ctx) {
    const Text& t = ctx.doc.text;
    std::vector<Placed> fields;
    auto add = [&](const char* name, int rank, Field f) {
        if (present(f)) fields.push_back({name, rank, f});
    };
    add("the banner", 0, t.banner.line);
    for (Field c : t.captions) add("the caption", 1, c);
    add("the E.O. line", 2, t.eo.line);
    add("TAGS", 3, present(t.tags.line) ? t.tags.line : t.tags.label);
    add("SUBJECT", 4, t.subject.line);
    add("REF", 5, t.ref.line);
    add("Classified By", 5, t.classified_by.line);
    for (const Paragraph& p : t.paragraphs) {
        if (p.number_no == 1 && present(p.line)) {
            add("paragraph 1", 6, p.line);
            break;
        }
    }
    if (fields.empty()) return;
    // Fields above the banner belong to the header (a header family that lists TAGS and SUBJECT): skip them.
    const char* banner = present(t.banner.line) ? t.banner.line.data() : nullptr;
    std::erase_if(fields, [&](const Placed& p) { return banner && p.at.data() < banner; });
    std::stable_sort(fields.begin(), fields.end(), [](const Placed& a, const Placed& b) { return a.at.data() < b.at.data(); });
    const Placed* highest = nullptr;
    for (const Placed& f : fields) {
        if (highest && f.rank < highest->rank) {
            Field at = trim(f.at);
            const std::size_t nl = at.find('\n');
            if (nl != Field::npos) at = trim(at.substr(0, nl));
            const std::string label = f.name == std::string_view("the caption") ? "the caption " + cable_text::quoted(at) : std::string(f.name);
            ctx.report(at, {{"field", label}, {"other", highest->name}},
                       {ctx.related(trim(highest->at.substr(0, highest->at.find('\n'))), std::string(highest->name) + " is here")},
                       highest->rank == 6 ? "after_paragraph" : "default");
            continue;
        }
        if (!highest || f.rank > highest->rank) highest = &f;
    }
}

}  // namespace
CABLELINT_CHECK("T710", check)
}  // namespace cablelint::check_T710
