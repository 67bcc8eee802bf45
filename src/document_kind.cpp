#include "document_kind.hpp"

#include <algorithm>

#include "checks/majority.hpp"
#include "checks/text_scan.hpp"
#include "checks/wrapper_header.hpp"
#include "util.hpp"

namespace cablelint {

bool Truncation::removed_field(std::string_view field) const {
    return std::find(removed.begin(), removed.end(), field) != removed.end();
}

namespace {

// ---- truncation ------------------------------------------------------------------------------------------------

// The head fields in their place of the text, each with whether the model has it.
std::vector<std::pair<const char*, bool>> field_places(const Document& doc) {
    const Text& t = doc.text;
    return {{"eo", present(t.eo.line)},
            {"tags", present(t.tags.line)},
            {"subject", present(t.subject.line)},
            {"ref", present(t.ref.line)},
            {"classified_by", present(t.classified_by.line)},
            {"paragraphs", !t.paragraphs.empty()},
            {"signature", present(t.signature.line)}};
}

Truncation truncation(const Document& doc) {
    Truncation tr;
    if (!present(doc.text.region) || text_scan::partial_extract(doc)) return tr;
    const Field l = doc.text.last_line;   // the text's last line (NNNN, a lone ".", markup skipped)
    if (!present(l)) return tr;
    tr.last_line = l;
    if (text_scan::ends_cut(l)) {
        tr.how = Truncation::How::ellipsis;
        tr.at = l.substr(l.size() - 3);   // "..." or "…" (3 bytes)
    } else {
        if (present(doc.text.last_line_noise)) {
            tr.how = Truncation::How::line_noise;
            tr.at = doc.text.last_line_noise;
        } else if (doc.text.paragraphs.empty()) {
            // Nothing after the head block: the last line is a head field's label line (E.O., TAGS, SUBJECT, REF,
            // Classified By). Continuation lines are not used: the grammar may take an unnumbered paragraph into a
            // REF block.
            const Text& t = doc.text;
            for (Field f : {t.eo.line, t.tags.line, t.subject.line, t.ref.line, t.classified_by.line}) {
                if (!present(f)) continue;
                const Field line = trim(f);
                if (line.data() <= l.data() && l.data() < line.data() + std::max<std::size_t>(line.size(), 1)) {
                    tr.how = Truncation::How::after_head;
                    tr.at = l;
                    break;
                }
            }
        }
    }
    if (!tr.truncated()) return tr;
    // What the cut removed: the fields whose place comes after the last field the text still has.
    const auto places = field_places(doc);
    std::size_t after = 0;
    for (std::size_t i = 0; i < places.size(); ++i)
        if (places[i].second) after = i + 1;
    for (std::size_t i = after; i < places.size(); ++i) tr.removed.emplace_back(places[i].first);
    // The text stops where the cut is: the signature, if any, is gone with it.
    if (!tr.removed_field("signature")) tr.removed.emplace_back("signature");
    return tr;
}

// ---- another cable's text ---------------------------------------------------------------------------------------

OtherCableText other_text(const Document& doc) {
    OtherCableText o;
    const Banner& b = doc.text.banner;
    if (!present(b.line) || doc.redacted(b.serial) || doc.redacted(b.origin)) return o;
    const majority::Serials s = majority::serials(doc);
    // Serials: the identifier and the DE serial (those present) agree with each other and not with the banner.
    if (!s.banner || (!s.id && !s.de)) return o;
    if (s.id && majority::serial_agrees(*s.id, s.banner->value, false)) return o;
    if (s.de && majority::serial_agrees(*s.de, s.banner->value, false)) return o;
    if (s.id && s.de && !majority::serial_agrees(*s.de, s.id->value, false)) return o;
    // Origin: the banner's is not the identifier's (nor, without an identifier, the FM line's post).
    const auto id = doc.wrapper.id;
    bool origin_differs = true;
    if (present(b.origin) && !b.origin.empty()) {
        const std::string bt = wrapper_header::origin_token(b.origin);
        if (id) {
            origin_differs = to_upper(id->origin) != bt;
        } else if (present(doc.header.fm_post.post)) {
            // The FM post ends with the banner's (USEU BRUSSELS / BRUSSELS).
            const std::string ft = wrapper_header::origin_token(doc.header.fm_post.post);
            origin_differs = ft.size() < bt.size() || ft.compare(ft.size() - bt.size(), bt.size(), bt) != 0;
        }
    }
    if (!origin_differs) return o;

    o.present = true;
    o.banner = b.line;
    o.text_id = collapse_spaces(std::string(b.origin) + " " + std::string(b.serial));
    const std::string ident = id ? std::string(wrapper_header::trimmed(doc.wrapper.identifier)) : "";

    IdentityField serial{"serial", false, b.serial, "banner serial " + std::string(b.serial), {}};
    if (s.id) serial.page_side.push_back({s.id->at, "identifier " + ident});
    if (s.de) serial.page_side.push_back({s.de->at, "DE serial #" + std::string(doc.header.de.ssn)});
    o.fields.push_back(serial);

    if (present(b.origin) && !b.origin.empty()) {
        IdentityField origin{"origin", false, wrapper_header::trimmed(b.origin),
                             "banner origin " + collapse_spaces(b.origin), {}};
        if (id) origin.page_side.push_back({id->origin, "identifier " + ident});
        if (present(doc.header.fm) && !doc.header.fm.empty())
            origin.page_side.push_back({wrapper_header::trimmed(doc.header.fm), "FM " + collapse_spaces(doc.header.fm)});
        if (doc.wrapper.present && present(doc.wrapper.origin))
            origin.page_side.push_back({wrapper_header::trimmed(doc.wrapper.origin),
                                        "page Origin " + collapse_spaces(doc.wrapper.origin)});
        o.fields.push_back(origin);
    }

    if (b.level_id != Level::none) {
        const int text_rank = level_rank(doc.level());
        IdentityField level{"classification", true, present(b.level) ? b.level : b.line,
                            std::string("banner level ") + level_name(doc.level()), {}};
        const SecurityLine& sec = doc.header.security;
        if (present(sec.letters) && !sec.letters.empty()) {
            const Level l = wrapper_header::fl4_level(sec.letters[0]);
            if (l != Level::none) {
                level.agrees = level.agrees && level_rank(l) == text_rank;
                level.page_side.push_back({sec.letters, "security line " + collapse_spaces(sec.line)});
            }
        }
        if (doc.wrapper.present) {
            if (const auto page = doc.wrapper.page_class) {
                level.agrees = level.agrees && page->rank == text_rank;
                level.page_side.push_back({wrapper_header::trimmed(doc.wrapper.classification),
                                           "page Classification " + collapse_spaces(doc.wrapper.classification)});
            }
        }
        if (!level.page_side.empty()) o.fields.push_back(level);
    }

    // Sections (R32): the DE line's `/nn` is the section being sent; the banner's SECTION is the other cable's.
    const DeLine& de = doc.header.de;
    const bool sectioned = present(b.section_n) && !b.section_n.empty();
    const bool de_section = present(de.section) && !de.section.empty();
    if (sectioned || de_section) {
        const long dn = de_section ? de.section_no.value_or(-1) : -1;   // -1: none, or not a number
        const long bn = sectioned ? b.section_no.value_or(-2) : -2;
        const bool agrees = sectioned ? dn == bn : (dn == -1 || dn == 1);
        IdentityField section{"section", agrees, sectioned ? b.section : b.line,
                              sectioned ? "banner " + collapse_spaces(b.section) : "banner without SECTION", {}};
        if (present(de.line)) section.page_side.push_back({de.line, "DE line " + collapse_spaces(de.line)});
        o.fields.push_back(section);
    }
    return o;
}

// ---- corrected copy, retransmission -----------------------------------------------------------------------------

const char* signal_name(CopySignal::Kind k) {
    switch (k) {
        case CopySignal::Kind::corrected_caption: return "corrected-copy caption";
        case CopySignal::Kind::ccy: return "CCY signal";
        case CopySignal::Kind::zdk: return "ZDK";
        case CopySignal::Kind::zds: return "ZDS";
        case CopySignal::Kind::zfd: return "ZFD";
    }
    return "";
}

}  // namespace

DocumentKind document_kind(const Document& doc) {
    DocumentKind k;
    if (doc.binary) return k;
    k.partial_extract = text_scan::partial_extract(doc);
    k.truncation = truncation(doc);
    k.other_text = other_text(doc);
    // Retransmission signals first (they are what R10/R11's exceptions are), then the corrected-copy ones.
    for (const CopySignal& s : doc.copy_signals) {
        const bool retransmission = s.kind == CopySignal::Kind::zdk || s.kind == CopySignal::Kind::zds ||
                                    s.kind == CopySignal::Kind::zfd;
        if (!present(k.copy_signal) || (retransmission && !k.retransmission)) {
            k.copy_signal = s.at;
            k.copy_signal_name = signal_name(s.kind);
            k.retransmission = retransmission;
        }
    }
    k.redacted = !doc.text.redactions.empty();
    return k;
}

}  // namespace cablelint
