#include "fields.hpp"

#include <functional>
#include <map>

#include "util.hpp"

namespace cablelint {

namespace {

using Getter = std::function<std::vector<Field>(const Document&)>;

std::vector<Field> one(Field f) { return present(f) ? std::vector<Field>{f} : std::vector<Field>{}; }
std::vector<Field> lines(const std::vector<Field>& ls) {
    // A multi-line field as one value: from its first line to the end of its last.
    if (ls.empty()) return {};
    const char* b = ls.front().data();
    const char* e = ls.back().data() + ls.back().size();
    return {Field(b, static_cast<std::size_t>(e - b))};
}

struct Entry {
    const char* description;
    Getter get;
};

const std::map<std::string, Entry, std::less<>>& table() {
    static const std::map<std::string, Entry, std::less<>> t = {
        {"wrapper.identifier", {"page Identifier value (09ASTANA1366)", [](const Document& d) { return one(d.wrapper.identifier); }}},
        {"wrapper.created", {"page Created value", [](const Document& d) { return one(d.wrapper.created); }}},
        {"wrapper.classification", {"page Classification value", [](const Document& d) { return one(d.wrapper.classification); }}},
        {"wrapper.origin", {"page Origin value (Embassy Astana)", [](const Document& d) { return one(d.wrapper.origin); }}},
        {"wrapper.origin.post", {"the post the page Origin names, without Embassy/Consulate (Astana)",
                                 [](const Document& d) { return one(d.wrapper.origin_post.post); }}},
        {"wrapper.title", {"page Cable title", [](const Document& d) { return one(d.wrapper.title); }}},
        {"wrapper.tags", {"each tag of the page Tags line", [](const Document& d) { return d.wrapper.tags; }}},
        {"header.fl1", {"VZCZC transmission line", [](const Document& d) { return one(d.header.fl1.line); }}},
        {"header.routing", {"each routing indicator of the routing line", [](const Document& d) { return d.header.routing.ris; }}},
        {"header.de", {"DE line", [](const Document& d) { return one(d.header.de.line); }}},
        {"header.de.ri", {"DE line routing indicator", [](const Document& d) { return one(d.header.de.ri); }}},
        {"header.security", {"ZNY/ZNR security line", [](const Document& d) { return one(d.header.security.line); }}},
        {"header.dtg", {"date-time group (101402Z AUG 09)", [](const Document& d) { return one(d.header.dtg.dtg.whole); }}},
        {"header.dtg.signals", {"operating signals after the DTG (ZDK …)", [](const Document& d) { return one(d.header.dtg.signals); }}},
        {"header.fm", {"FM line address", [](const Document& d) { return one(d.header.fm); }}},
        {"header.fm.post", {"the post the FM line names, without AMEMBASSY/AMCONSUL or a //office (ASTANA)",
                            [](const Document& d) { return one(d.header.fm_post.post); }}},
        {"header.to", {"each TO address (plain-language part)",
                       [](const Document& d) {
                           std::vector<Field> v;
                           for (const auto& a : d.header.to) v.push_back(a.pla);
                           return v;
                       }}},
        {"header.info", {"each INFO address (plain-language part)",
                         [](const Document& d) {
                             std::vector<Field> v;
                             for (const auto& a : d.header.info) v.push_back(a.pla);
                             return v;
                         }}},
        {"banner", {"classification banner line", [](const Document& d) { return one(d.text.banner.line); }}},
        {"banner.level", {"banner classification level", [](const Document& d) { return one(d.text.banner.level); }}},
        {"banner.origin", {"banner origin (ASTANA)", [](const Document& d) { return one(d.text.banner.origin); }}},
        {"banner.serial", {"banner serial (001366)", [](const Document& d) { return one(d.text.banner.serial); }}},
        {"captions", {"each caption line (SIPDIS, NOFORN …)", [](const Document& d) { return d.text.captions; }}},
        {"for-lines", {"each addressee line (STATE FOR …)", [](const Document& d) { return d.text.for_lines; }}},
        {"eo", {"E.O. line", [](const Document& d) { return one(d.text.eo.line); }}},
        {"eo.number", {"E.O. number (12958)", [](const Document& d) { return one(d.text.eo.number); }}},
        {"eo.decl", {"DECL value", [](const Document& d) { return one(d.text.eo.decl); }}},
        {"tags", {"each tag of the TAGS line", [](const Document& d) { return d.text.tags.tags; }}},
        {"tags.line", {"TAGS line", [](const Document& d) { return lines(d.text.tags.lines); }}},
        {"subject", {"SUBJECT text (all its lines)", [](const Document& d) { return lines(d.text.subject.lines); }}},
        {"ref", {"REF block", [](const Document& d) { return lines(d.text.ref.lines); }}},
        {"classified-by", {"Classified By block", [](const Document& d) { return lines(d.text.classified_by.lines); }}},
        {"paragraphs", {"each numbered paragraph's first line",
                        [](const Document& d) {
                            std::vector<Field> v;
                            for (const auto& p : d.text.paragraphs) v.push_back(p.line);
                            return v;
                        }}},
        {"portion-marks", {"each paragraph portion mark ((C), (S/NF) …)",
                           [](const Document& d) {
                               std::vector<Field> v;
                               for (const auto& p : d.text.paragraphs) {
                                   if (p.mark.found()) v.push_back(p.mark.whole);
                               }
                               return v;
                           }}},
        {"signature", {"the signature (the signer's name at the end of the text)", [](const Document& d) { return one(d.text.signature.line); }}},
        {"text", {"the whole text region (banner to end)", [](const Document& d) { return one(d.text.region); }}},
    };
    return t;
}

}  // namespace

std::vector<std::string_view> config_field_names() {
    std::vector<std::string_view> out;
    for (const auto& [name, entry] : table()) out.push_back(name);
    return out;
}

bool known_field(std::string_view name) { return table().count(name) > 0; }

std::vector<Field> field_values(const Document& doc, std::string_view name) {
    auto it = table().find(name);
    return it == table().end() ? std::vector<Field>{} : it->second.get(doc);
}

namespace {
const std::map<std::string, std::function<bool(const Document&)>, std::less<>>& conditions() {
    static const std::map<std::string, std::function<bool(const Document&)>, std::less<>> c = {
        {"classified", [](const Document& d) { return d.classified(); }},
        {"unclassified", [](const Document& d) { return level_rank(d.level()) == 0; }},
        {"wrapper", [](const Document& d) { return d.wrapper.present; }},
        {"header", [](const Document& d) { return d.header.family != HeaderFamily::none; }},
        {"banner", [](const Document& d) { return present(d.text.banner.line); }},
        {"multi-section", [](const Document& d) { return to_int(d.text.banner.section_m).value_or(1) > 1; }},
        {"noforn", [](const Document& d) { return d.has_caption("NOFORN"); }},
    };
    return c;
}
}  // namespace

bool known_condition(std::string_view cond) {
    if (cond.starts_with("not-")) cond.remove_prefix(4);
    return conditions().count(cond) > 0;
}

bool condition_holds(const Document& doc, std::string_view cond) {
    bool negate = false;
    if (cond.starts_with("not-")) {
        negate = true;
        cond.remove_prefix(4);
    }
    auto it = conditions().find(cond);
    const bool v = it != conditions().end() && it->second(doc);
    return negate ? !v : v;
}

}  // namespace cablelint
