#include "document_json.hpp"

#include "dates.hpp"
#include "fields.hpp"

namespace cablelint {

namespace {

using nlohmann::json;

struct Writer {
    const Source& src;

    json field(Field f) const {
        if (!present(f)) return nullptr;
        const Span s = src.span_of(f);
        const Position p = src.position(s.begin);
        return json{{"text", std::string(f)}, {"line", p.line}, {"column", p.column}, {"offset", p.offset}};
    }
    json fields(const std::vector<Field>& fs) const {
        json a = json::array();
        for (Field f : fs) a.push_back(field(f));
        return a;
    }
    json dtg(const Dtg& d) const {
        return {{"whole", field(d.whole)}, {"day", field(d.day)},     {"hour", field(d.hour)}, {"minute", field(d.minute)},
                {"zone", field(d.zone)},   {"month", field(d.month)}, {"year", field(d.year)},
                {"utc", instant(d.value.instant)}};
    }
    // The typed values (date_values.hpp) as ISO text, null when absent.
    static json instant(const std::optional<DateTime>& t) {
        if (!t) return nullptr;
        return iso_date_time(*t);
    }
    json address(const Address& a) const {
        return {{"ri", field(a.ri)}, {"pla", field(a.pla)}, {"precedence", field(a.precedence)}, {"mcn", field(a.mcn)}};
    }
    json post(const PostName& p) const {
        return {{"prefix", field(p.prefix)}, {"post", field(p.post)}, {"office", field(p.office)}};
    }
    json banner(const Banner& b) const {
        return {{"line", field(b.line)},       {"level", field(b.level)},         {"levelName", level_name(b.level_id)},
                {"spaced", b.spaced},          {"section", field(b.section_n)},   {"of", field(b.section_m)},
                {"origin", field(b.origin)},   {"serial", field(b.serial)}};
    }
};

}  // namespace

json document_to_json(const Document& doc, const Source& src) {
    const Writer w{src};
    const Wrapper& wr = doc.wrapper;
    const Header& h = doc.header;
    const Text& t = doc.text;
    json j;
    j["wrapper"] = {{"present", wr.present},
                    {"identifier", w.field(wr.identifier)},
                    {"created", w.field(wr.created)},
                    {"createdUtc", Writer::instant(wr.created_value ? wr.created_value->instant : std::optional<DateTime>())},
                    {"classification", w.field(wr.classification)},
                    {"origin", w.field(wr.origin)},
                    {"originPost", w.post(wr.origin_post)},
                    {"title", w.field(wr.title)},
                    {"tags", w.fields(wr.tags)}};
    json to = json::array(), info = json::array();
    for (const auto& a : h.to) to.push_back(w.address(a));
    for (const auto& a : h.info) info.push_back(w.address(a));
    j["header"] = {{"family", family_name(h.family)},
                   {"fl1", {{"channel", w.field(h.fl1.channel)}, {"number", w.field(h.fl1.number)}}},
                   {"routing", {{"prosign", w.field(h.routing.prosign)}, {"ris", w.fields(h.routing.ris)}}},
                   {"de",
                    {{"ri", w.field(h.de.ri)},
                     {"ssn", w.field(h.de.ssn)},
                     {"section", w.field(h.de.section)},
                     {"julian", w.field(h.de.julian)},
                     {"time", w.field(h.de.time)},
                     {"filedDayOfYear", h.de.filed ? json(h.de.filed->day_of_year) : json(nullptr)}}},
                   {"security",
                    {{"prefix", w.field(h.security.prefix)},
                     {"letters", w.field(h.security.letters)},
                     {"signals", w.fields(h.security.signals)}}},
                   {"dtg",
                    {{"precedence", w.fields(h.dtg.precedence)}, {"dtg", w.dtg(h.dtg.dtg)}, {"signals", w.field(h.dtg.signals)}}},
                   {"fm", w.field(h.fm)},
                   {"fmPost", w.post(h.fm_post)},
                   {"to", to},
                   {"info", info}};
    json later = json::array();
    for (const auto& b : t.later_banners) later.push_back(w.banner(b));
    json paras = json::array();
    for (const auto& p : t.paragraphs) {
        paras.push_back({{"number", w.field(p.number)}, {"mark", w.field(p.mark.whole)}, {"markLevel", level_name(p.mark.level)}, {"markWellFormed", p.mark.well_formed()}, {"lateMark", w.field(p.late_mark.whole)}, {"afterBlank", p.after_blank}});
    }
    json refs = json::array();
    for (const auto& it : t.ref.items) {
        json cables = json::array();
        for (const auto& c : it.cables) {
            cables.push_back({{"year", w.field(c.year)}, {"origin", w.field(c.origin)}, {"serial", w.field(c.serial)},
                              {"yearAfter", w.field(c.year_after)}, {"dated", w.field(c.dated)}});
        }
        json glued = json::array();
        for (const auto& g : it.glued) glued.push_back(w.field(g.whole));
        refs.push_back({{"enumeration", w.field(it.enumeration)}, {"doubled", w.field(it.doubled)},
                        {"pieces", w.fields(it.pieces)}, {"cables", cables}, {"glued", glued}});
    }
    json letters = json::array();
    for (const auto& l : t.classified_by.letters) letters.push_back(w.field(l.at));
    static const char* const kinds[] = {"none", "caption", "distribution", "control", "channel", "admin", "artifact", "other"};
    static const char* const places[] = {"caption line", "addressee line", "banner line"};
    json caption_items = json::array();
    for (const auto& c : t.caption_items) {
        caption_items.push_back({{"at", w.field(c.at)}, {"name", c.name}, {"kind", kinds[static_cast<int>(c.kind)]},
                                 {"place", places[static_cast<int>(c.place)]}});
    }
    static const char* const eo_forms[] = {"E.O.", "EO", "E.o.", "E.O", "E. O.", "E.0."};
    static const char* const tags_forms[] = {"TAGS", "TAG", "TAGES"};
    static const char* const label_ends[] = {"colon", "none", "dot"};
    json markers = json::array();
    for (const auto& m : t.markers) {
        markers.push_back({{"origin", w.field(m.origin)},
                           {"serial", w.field(m.serial)},
                           {"page", w.field(m.page)},
                           {"sub", w.field(m.sub)},
                           {"total", w.field(m.total)},
                           {"inline", m.inline_()}});
    }
    constexpr const char* decl_kinds[] = {"none", "date", "na", "manual", "exemption", "oadr", "gds", "remarked",
                                           "redacted", "event", "empty", "malformed"};
    json asides = json::array();
    constexpr const char* aside_kinds[] = {"SUMMARY", "COMMENT", "NOTE"};
    for (const Aside& a : t.asides) {
        asides.push_back({{"kind", aside_kinds[static_cast<int>(a.kind)]},
                          {"role", a.role == Aside::Role::opens ? "opens" : "closes"},
                          {"at", w.field(a.at)},
                          {"word", w.field(a.word)},
                          {"begin", a.begin}});
    }
    json breaks = json::array();
    for (const TextBreak& b : t.breaks) {
        breaks.push_back({{"before", w.field(b.before)}, {"blankLines", b.blank_lines}, {"after", w.field(b.after)},
                          {"beforeItem", b.before_item}, {"afterItem", b.after_item}});
    }
    j["text"] = {{"banner", w.banner(t.banner)},
                 {"laterBanners", later},
                 {"captions", w.fields(t.captions)},
                 {"forLines", w.fields(t.for_lines)},
                 {"captionItems", caption_items},
                 {"eo",
                  {{"label", w.field(t.eo.label)},
                   {"labelForm", eo_forms[static_cast<int>(t.eo.label_form)]},
                   {"colonBefore", w.field(t.eo.colon_before)},
                   {"number", w.field(t.eo.number)},
                   {"numberColon", w.field(t.eo.number_colon)},
                   {"declLabel", w.field(t.eo.decl_label)},
                   {"decl", w.field(t.eo.decl)},
                   {"declDate", w.field(t.eo.decl_date)},
                   {"declDateIso", t.eo.decl_date_value && t.eo.decl_date_value->valid()
                                       ? json(iso_date(t.eo.decl_date_value->date())) : json(nullptr)},
                   {"na", w.field(t.eo.na)},
                   {"tagsRunon", w.field(t.eo.tags_runon)},
                   {"subjectRunon", w.field(t.eo.subject_runon)},
                   {"instruction",
                    {{"kind", decl_kinds[static_cast<int>(t.eo.decl_instruction.kind)]},
                     {"text", w.field(t.eo.decl_instruction.text)},
                     {"label", w.field(t.eo.decl_instruction.label)},
                     {"labelMisspelled", t.eo.decl_instruction.label_misspelled},
                     {"labelMissing", t.eo.decl_instruction.label_missing},
                     {"value", w.field(t.eo.decl_instruction.value)},
                     {"date", w.field(t.eo.decl_instruction.date_field)},
                     {"exemption25x", t.eo.decl_instruction.exemption_25x}}}}},
                 {"tags", {{"label", w.field(t.tags.label)}, {"labelForm", tags_forms[static_cast<int>(t.tags.label_form)]},
                           {"labelColon", t.tags.label_colon}, {"tags", w.fields(t.tags.tags)}, {"lines", w.fields(t.tags.lines)}}},
                 {"subject", {{"label", w.field(t.subject.label)},
                              {"labelForm", t.subject.label_form == SubjectLabelForm::subj ? "SUBJ" : "SUBJECT"},
                              {"labelEnd", label_ends[static_cast<int>(t.subject.label_end)]}, {"first", w.field(t.subject.first)}, {"lines", w.fields(t.subject.lines)}}},
                 {"ref", {{"label", w.field(t.ref.label)}, {"lines", w.fields(t.ref.lines)}, {"items", refs}}},
                 {"classifiedBy",
                  {{"line", w.field(t.classified_by.line)},
                   {"lines", w.fields(t.classified_by.lines)},
                   {"classifier", w.field(t.classified_by.classifier)},
                   {"section", w.field(t.classified_by.reasons_section)},
                   {"malformedSection", w.field(t.classified_by.malformed_section)},
                   {"letters", w.field(t.classified_by.reasons_letters)},
                   {"letterList", letters}}},
                 {"paragraphs", paras},
                 {"markers", markers},
                 {"signature",
                  {{"line", w.field(t.signature.line)},
                   {"name", w.field(t.signature.name)},
                   {"date", w.field(t.signature.date)},
                   {"appended", t.signature.appended}}},
                 {"redactions", w.fields(t.redactions)},
                 {"asides", asides},
                 {"classifierMentions", w.fields(t.classifier_mentions)},
                 {"duplicateHead", w.field(t.duplicate_head)},
                 {"duplicateHeadDiffers", t.duplicate_head_differs},
                 {"duplicateCaptions", w.fields(t.duplicate_captions)},
                 {"breaks", breaks}};
    json errors = json::array();
    for (const auto& e : doc.errors) {
        const Position p = src.position(e.at);
        errors.push_back({{"what", e.what}, {"message", e.message}, {"line", p.line}, {"column", p.column}});
    }
    j["errors"] = errors;
    j["ending"] = w.field(doc.ending);
    json signals = json::array();
    for (const CopySignal& s : doc.copy_signals) signals.push_back(w.field(s.at));
    j["copySignals"] = signals;
    j["mail"] = {{"block", w.field(doc.mail.block)}, {"subject", w.field(doc.mail.subject)}, {"tags", w.field(doc.mail.tags)}};
    // The document as custom rules and configs name its fields (docs/configuration.md).
    json fields = json::object();
    for (std::string_view name : config_field_names()) {
        json values = json::array();
        for (Field f : field_values(doc, name)) values.push_back(w.field(f));
        fields[std::string(name)] = values;
    }
    j["fields"] = fields;
    j["binary"] = doc.binary;
    j["encoding"] = encoding_name(src.decoding().encoding);
    j["bom"] = src.decoding().bom;
    return j;
}

}  // namespace cablelint
