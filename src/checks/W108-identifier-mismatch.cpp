// W108 identifier-mismatch (R2–R4): the page Identifier is derived from the cable: its year is the DTG's two-digit
// year, its origin the banner origin without spaces, its serial the banner serial without leading zeros. A
// difference means the page carries the body of another cable (88BAGHDAD28, 09HAVANA132) or a garbled id.
//
// When the text is another cable's (document_kind.hpp: serial and origin of the banner are not the page's and the
// DE line's), that is one finding, at the other cable's banner, listing the identity fields that disagree and agree.
// Otherwise majority blame (majority.hpp): the other fields of the group vote. Year: Created's year. Serial: the DE
// serial and the page markers. Origin: the page markers and the DE line's RI (rules/data/origins.yaml). The odd one
// out is pointed at, the other side and its witnesses are related locations; with no witness either way the
// identifier (derived from the text, spec §4) is pointed at and the message says why.
#include "check.hpp"
#include "checks/majority.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_W108 {
namespace {

std::string confirmed(const std::vector<majority::Witness>& ws) {
    return ws.empty() ? "" : ", which " + majority::names(ws) + (ws.size() == 1 ? " confirms" : " confirm");
}

// Stations a DE RI belongs to (origins.yaml "de:" entries), split on '|'.
std::vector<std::string> de_stations(const CheckContext& ctx) {
    const Field ri = ctx.doc.header.de.ri;
    if (!present(ri) || ri.empty()) return {};
    return majority::stations(ctx, majority::OriginKind::de, ri);
}

std::string two_digits(int n) { return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10); }

void check(CheckContext& ctx) {
    const Field idf = ctx.doc.wrapper.identifier;
    if (!present(idf)) return;
    for (const SyntaxError& e : ctx.doc.errors)
        if (e.kind == SyntaxError::Kind::identifier) return;   // W102
    const auto id = ctx.doc.wrapper.id;
    if (!id) return;
    const std::string ident(wrapper_header::trimmed(idf));
    using majority::Blame;
    using majority::Witness;

    // R2: year. Witness: the year of Created.
    const Dtg& g = ctx.doc.header.dtg.dtg;
    const auto id_yy = to_int(id->yy);   // two digits, as the grammar took them
    if (g.value.year && id_yy) {
        const int yy = *g.value.year % 100;   // the DTG's year, two or four digits written (grammar/dates.hpp)
        if (yy != *id_yy) {
            std::vector<Witness> for_id, for_dtg;
            if (const auto& c = ctx.doc.wrapper.created_value) {
                const int cy = c->y % 100;
                const Witness w{c->year, "page Created " + wrapper_header::shown(ctx.doc.wrapper.created), "the page Created year"};
                if (cy == *id_yy) for_id.push_back(w);
                else if (cy == yy) for_dtg.push_back(w);
            }
            Args args = {{"identifier", ident}, {"yy", std::string(id->yy)}, {"dtg_yy", two_digits(yy)},
                         {"dtg", wrapper_header::shown(g.whole)}, {"problem", "year"}};
            const Blame blame = majority::decide(for_id, for_dtg);
            if (blame == Blame::b) {
                args.push_back({"why", confirmed(for_id)});
                std::vector<Related> rel = {ctx.related(id->yy, "identifier " + ident)};
                for (const Related& r : majority::related(ctx, for_id)) rel.push_back(r);
                ctx.report(g.year, args, rel, "dtg_year");
            } else {
                args.push_back({"why", blame == Blame::a
                                           ? confirmed(for_dtg)
                                           : "; the identifier year is derived from the DTG (R2), so it is the likelier error"});
                std::vector<Related> rel = {ctx.related(g.year, "DTG " + wrapper_header::shown(g.whole))};
                for (const Related& r : majority::related(ctx, for_dtg)) rel.push_back(r);
                ctx.report(id->yy, args, rel, "year");
            }
        }
    }

    // The text is another cable's (document_kind.hpp): one finding for the one cause, at the other cable's banner,
    // with every identity field of text and page as related locations; H203, H204, H205, W109 and W110 stand down
    // for the fields listed here (catalogue `explains:`).
    const OtherCableText& other = ctx.facts.kind.other_text;
    if (other.present) {
        std::vector<Related> rel;
        std::string differ, agree;
        int agreeing = 0;
        for (const IdentityField& f : other.fields) {
            std::string& list = f.agrees ? agree : differ;
            list += (list.empty() ? "" : ", ") + f.what;
            agreeing += f.agrees ? 1 : 0;
            const std::string how = f.agrees ? " (agrees)" : " (another cable's)";
            rel.push_back(ctx.related(f.text_at, f.text_label + how));
            for (const auto& [at, label] : f.page_side) rel.push_back(ctx.related(at, label + (f.agrees ? "" : " (this page's)")));
        }
        ctx.report(trim(other.banner), {{"identifier", ident}, {"text_id", other.text_id}, {"differ", differ},
                                  {"agree", agree.empty() ? "" : "; " + agree + (agreeing == 1 ? " agrees" : " agree")}},
                   rel, "other_cable");
        return;
    }

    const Banner& b = ctx.doc.text.banner;
    const majority::Serials s = majority::serials(ctx);
    const auto markers = majority::markers_voter(s);
    const Field ssn = ctx.doc.header.de.ssn;
    const std::string de_str = present(ssn) ? "DE #" + std::string(ssn) : "";

    // R3: origin.
    if (present(b.origin) && !b.origin.empty()) {
        const std::string token = wrapper_header::origin_token(b.origin);
        const std::string id_token = to_upper(id->origin);
        if (!token.empty() && id_token != token) {
            std::vector<Witness> for_id, for_banner;
            // The page markers (their first origin).
            for (const PageMarker& m : ctx.doc.text.markers) {
                if (!present(m.origin) || m.origin.empty()) continue;
                const std::string mt = wrapper_header::origin_token(m.origin);
                const bool a = majority::origin_tokens_agree(mt, true, id_token, false);
                const bool bb = majority::origin_tokens_agree(mt, true, token, false);
                const Witness w{trim(m.origin), "page marker " + collapse_spaces(m.text), "the page markers"};
                if (a && !bb) for_id.push_back(w);
                else if (bb && !a) for_banner.push_back(w);
                break;
            }
            // The DE line: its RI's station, else (text below another cable's header) its serial.
            const std::vector<std::string> st = de_stations(ctx);
            const bool ri_id = std::find(st.begin(), st.end(), id_token) != st.end();
            const bool ri_banner = std::find(st.begin(), st.end(), token) != st.end();
            if (ri_id && !ri_banner) {
                for_id.push_back({ctx.doc.header.de.ri, "DE line RI " + std::string(ctx.doc.header.de.ri) + " is the station of " + id_token, "the DE line"});
            } else if (ri_banner && !ri_id) {
                for_banner.push_back({ctx.doc.header.de.ri, "DE line RI " + std::string(ctx.doc.header.de.ri) + " is the station of " + token, "the DE line"});
            }
            Args args = {{"identifier", ident}, {"origin", std::string(id->origin)},
                         {"banner_origin", wrapper_header::shown(b.origin)}, {"banner_token", token}, {"de", de_str},
                         {"problem", "origin"}};
            const Blame blame = majority::decide(for_id, for_banner);
            if (blame == Blame::b) {
                args.push_back({"why", confirmed(for_id)});
                std::vector<Related> rel = {ctx.related(id->origin, "identifier " + ident)};
                for (const Related& r : majority::related(ctx, for_id)) rel.push_back(r);
                ctx.report(b.origin, args, rel, "banner_origin");
            } else {
                args.push_back({"why", blame == Blame::a
                                           ? confirmed(for_banner)
                                           : "; the identifier is derived from the banner (spec §4), so it is the likelier error"});
                std::vector<Related> rel = {ctx.related(b.origin, "banner origin " + wrapper_header::shown(b.origin))};
                for (const Related& r : majority::related(ctx, for_banner)) rel.push_back(r);
                ctx.report(id->origin, args, rel, "origin");
            }
        }
    }

    // R4: serial. Witnesses: the DE serial (mod 10000) and the page markers.
    if (s.id && s.banner && s.id->value != s.banner->value) {
        std::vector<const majority::SerialVoter*> voters;
        if (s.de) voters.push_back(&*s.de);
        if (markers) voters.push_back(&*markers);
        const auto for_id = majority::serial_witnesses(voters, *s.id, *s.banner);
        const auto for_banner = majority::serial_witnesses(voters, *s.banner, *s.id);
        Args args = {{"identifier", ident}, {"serial", std::string(id->serial)},
                     {"banner_serial", std::string(b.serial)}, {"banner_value", std::to_string(s.banner->value)},
                     {"de", de_str}, {"problem", "serial"}};
        const Blame blame = majority::decide(for_id, for_banner);
        if (blame == Blame::b) {
            args.push_back({"why", confirmed(for_id)});
            std::vector<Related> rel = {ctx.related(id->serial, "identifier " + ident)};
            for (const Related& r : majority::related(ctx, for_id)) rel.push_back(r);
            ctx.report(b.serial, args, rel, "banner_serial");
        } else {
            args.push_back({"why", blame == Blame::a
                                       ? confirmed(for_banner)
                                       : "; the identifier is derived from the banner (spec §4), so it is the likelier error"});
            std::vector<Related> rel = {ctx.related(b.serial, "banner serial " + std::string(b.serial))};
            for (const Related& r : majority::related(ctx, for_banner)) rel.push_back(r);
            ctx.report(id->serial, args, rel, "serial");
        }
    }
}

}  // namespace
CABLELINT_CHECK("W108", check)
}  // namespace cablelint::check_W108
