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

namespace cablelint {
namespace {

struct Item {
    Field at;
    std::string name;   // the known caption, upper case ("" when unknown)
    std::string kind;
};

std::vector<Field> split_items(Field line) {
    std::vector<Field> out;
    std::size_t s = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ',' || line[i] == '/' || line[i] == ';') {
            const Field t = trim(line.substr(s, i - s));
            if (!t.empty()) out.push_back(t);
            s = i + 1;
        }
    }
    return out;
}

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
    auto kind_of = [&](const std::string& name) -> std::string {
        if (kinds) {
            if (auto it = kinds->find(name); it != kinds->end()) return it->second;
            if (auto it = kinds->find(name + " CHANNEL"); it != kinds->end() && it->second == "channel") return it->second;
        }
        if (ctx.vocab.contains("captions", name)) return "caption";
        return "";
    };
    std::vector<Item> items;
    for (Field line : doc.text.captions) {
        if (portion::corrected_copy(line)) continue;
        for (Field f : split_items(line)) {
            const std::string name = collapse_spaces(cable_text::upper(f));
            std::string kind = kind_of(name);
            std::string known = name;
            if (kind.empty() && kinds) {
                // A known caption's name followed by more text ("SIPDIS  S/CT …") is that caption.
                const auto sp = name.find(' ');
                if (sp != std::string::npos && !kind_of(name.substr(0, sp)).empty() && name.substr(0, sp).size() >= 5) {
                    known = name.substr(0, sp);
                    kind = kind_of(known);
                }
            }
            items.push_back({f, kind.empty() ? "" : known, kind});
        }
    }
    // Lines taken for addressee lines may start with captions too ("NOFORN, SIPDIS, FOR …").
    for (Field line : doc.text.for_lines) {
        for (Field f : split_items(line)) {
            const std::string name = collapse_spaces(cable_text::upper(f));
            const std::string kind = kind_of(name);
            if (!kind.empty() && name.size() >= 5) items.push_back({f, name, kind});
        }
    }
    auto find = [&](auto pred) -> const Item* {
        for (const Item& i : items) {
            if (pred(i)) return &i;
        }
        return nullptr;
    };
    // SIPDIS with NODIS/EXDIS.
    if (const Item* sipdis = find([](const Item& i) { return i.name == "SIPDIS"; })) {
        if (const Item* r = find([](const Item& i) { return i.name == "NODIS" || i.name == "EXDIS" || i.name == "NODIF"; })) {
            ctx.report(sipdis->at,
                       {{"caption", "SIPDIS"}, {"other", r->name},
                        {"why", "SIPDIS may not be combined with captions that restrict distribution inside the USG; the more "
                                "restrictive " + r->name + " controls"}},
                       {ctx.related(r->at, "caption " + r->name)});
        }
    }
    // Channels.
    const Item* channel = nullptr;
    for (const Item& i : items) {
        if (i.kind != "channel") continue;
        if (channel == nullptr) {
            channel = &i;
            continue;
        }
        ctx.report(i.at, {{"caption", i.name}, {"other", channel->name}}, {ctx.related(channel->at, "the first channel")},
                   "channels");
    }
    if (channel && (channel->name.starts_with("AGRMENT") || channel->name.starts_with("DIRGEN"))) {
        for (const Item& i : items) {
            if (&i == channel || i.kind.empty() || i.kind == "channel" || i.kind == "artifact") continue;
            ctx.report(i.at,
                       {{"caption", i.name}, {"other", channel->name},
                        {"why", "an " + channel->name + " message takes no other caption"}},
                       {ctx.related(channel->at, "the channel caption")});
        }
    }
    // NOFORN on a plain UNCLAS cable.
    if (doc.text.banner.level_id == Level::unclassified && !present(portion::find_caption(doc, "SENSITIVE"))) {
        if (const Item* nf = find([](const Item& i) { return i.name == "NOFORN"; })) {
            ctx.report(nf->at, {{"level", collapse_spaces(doc.text.banner.level)}},
                       {ctx.related(doc.text.banner.level, "the banner says " + collapse_spaces(doc.text.banner.level))},
                       "noforn_unclas");
        }
    }
    // Misspelled captions.
    if (kinds) {
        for (const Item& i : items) {
            if (!i.kind.empty()) continue;
            const std::string name = collapse_spaces(cable_text::upper(i.at));
            for (const auto& [caption, kind] : *kinds) {
                if (caption.size() >= 5 && kind != "artifact" && one_typo(name, caption)) {
                    ctx.report(i.at, {{"caption", std::string(i.at)}, {"suggestion", caption}}, {}, "unknown");
                    break;
                }
            }
        }
    }
}

}  // namespace
CABLELINT_CHECK("C510", check)
}  // namespace cablelint
