// C510 caption-conflict: captions that cannot go together, or a caption misspelled (R25). Captions are the items
// of the caption-block lines (split at commas and slashes: "NOFORN, SIPDIS, FOR …", "SECRET//NOFORN") that are
// known captions of rules/data/captions.yaml (`map:` caption → kind). Conflicts:
//   - SIPDIS with a caption that restricts distribution inside the USG (NODIS, EXDIS): the restrictive one rules;
//   - a second channel caption (a cable travels on one channel);
//   - any other caption with an AGRMENT or DIRGEN channel;
//   - NOFORN on a plain UNCLAS cable (neither classified nor SENSITIVE).
// Unknown captions: an item one typing error away from a known caption of five or more letters ("SIPIDS"). The
// caption block also holds free-form addressee notes (spec §3.3), so other unknown lines are not reported.
#include "portion_marks.hpp"

namespace cablelint::check_C510 {
namespace {

// One edit (substitution, insertion, deletion) or one swap of neighbours.
bool one_typo(std::string_view a, std::string_view b) {
    if (a == b) return false;
    if (a.size() == b.size()) {
        std::vector<std::size_t> d;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (a[i] != b[i]) d.push_back(i);
        }
        return d.size() == 1 || (d.size() == 2 && d[1] == d[0] + 1 && a[d[0]] == b[d[1]] && a[d[1]] == b[d[0]]);
    }
    const std::string_view& s = a.size() < b.size() ? a : b;
    const std::string_view& l = a.size() < b.size() ? b : a;
    if (l.size() != s.size() + 1) return false;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (l.substr(0, i) == s.substr(0, i) && l.substr(i + 1) == s.substr(i)) return true;
    }
    return false;
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const auto* kinds = ctx.vocab.maps.count("captions") ? &ctx.vocab.maps.at("captions") : nullptr;
    // The caption words the grammar typed: those of caption lines (known or not), and the known ones of addressee
    // lines ("NOFORN, SIPDIS, FOR …" taken for an addressee line) of five letters or more.
    std::vector<const Caption*> items;
    for (const Caption& c : doc.text.caption_items) {
        if (c.place == Caption::Place::banner_line) continue;
        if (c.place == Caption::Place::addressee_line && c.name.size() < 5) continue;
        items.push_back(&c);
    }
    auto find = [&](auto pred) -> const Caption* {
        for (const Caption* i : items) {
            if (pred(*i)) return i;
        }
        return nullptr;
    };
    // SIPDIS with NODIS/EXDIS.
    if (const Caption* sipdis = find([](const Caption& i) { return i.name == "SIPDIS"; })) {
        if (const Caption* r = find([](const Caption& i) { return i.name == "NODIS" || i.name == "EXDIS" || i.name == "NODIF"; })) {
            ctx.report(sipdis->at,
                       {{"caption", "SIPDIS"}, {"other", r->name},
                        {"why", "SIPDIS may not be combined with captions that restrict distribution inside the USG; the more "
                                "restrictive " + r->name + " controls"}},
                       {ctx.related(r->at, "caption " + r->name)});
        }
    }
    // Channels.
    const Caption* channel = nullptr;
    for (const Caption* c : items) {
        const Caption& i = *c;
        if (i.kind != CaptionKind::channel) continue;
        if (channel == nullptr) {
            channel = c;
            continue;
        }
        ctx.report(i.at, {{"caption", i.name}, {"other", channel->name}}, {ctx.related(channel->at, "the first channel")},
                   "channels");
    }
    if (channel && (channel->name.starts_with("AGRMENT") || channel->name.starts_with("DIRGEN"))) {
        for (const Caption* c : items) {
            const Caption& i = *c;
            if (c == channel || i.kind == CaptionKind::none || i.kind == CaptionKind::channel || i.kind == CaptionKind::artifact) continue;
            ctx.report(i.at,
                       {{"caption", i.name}, {"other", channel->name},
                        {"why", "an " + channel->name + " message takes no other caption"}},
                       {ctx.related(channel->at, "the channel caption")});
        }
    }
    // NOFORN on a plain UNCLAS cable.
    if (doc.text.banner.level_id == Level::unclassified && !present(doc.caption_line_with("SENSITIVE"))) {
        if (const Caption* nf = find([](const Caption& i) { return i.name == "NOFORN"; })) {
            ctx.report(nf->at, {{"level", collapse_spaces(doc.text.banner.level)}},
                       {ctx.related(doc.text.banner.level, "the banner says " + collapse_spaces(doc.text.banner.level))},
                       "noforn_unclas");
        }
    }
    // Misspelled captions.
    if (kinds) {
        for (const Caption* c : items) {
            const Caption& i = *c;
            if (i.kind != CaptionKind::none) continue;
            const std::string name = collapse_spaces(cable_text::upper(i.at));
            for (const auto& [caption, kind] : *kinds) {
                if (caption.size() >= 5 && kind != "artifact" && one_typo(name, caption)) {
                    ctx.report(i.at, {{"caption", std::string(i.at)}, {"suggestion", std::string(caption)}}, {}, "unknown");
                    break;
                }
            }
        }
    }
}

}  // namespace
CABLELINT_CHECK("C510", check)
}  // namespace cablelint::check_C510
