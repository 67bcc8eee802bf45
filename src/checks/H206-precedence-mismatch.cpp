// H206 precedence-mismatch (R26–R28): the FL2 prosign pair (RR, PP, OO, ZZ) is the first FL5 precedence letter
// (R26); that letter is the highest precedence word of the TO lines, no word meaning ROUTINE and NIACT IMMEDIATE
// meaning O (R27); no INFO line outranks it, and a second FL5 letter is the highest INFO precedence (R28, warning
// via soft). Where two of the three places agree, the third is pointed at.
#include "check.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_H206 {
namespace {

struct Highest {
    int rank = 0;
    const Address* addr = nullptr;
};

Highest highest(const std::vector<Address>& lines) {
    Highest h;
    for (const Address& a : lines) {
        const int r = wrapper_header::precedence_word_rank(a.precedence);
        if (r > h.rank) {
            h.rank = r;
            h.addr = &a;
        }
    }
    return h;
}

std::string word_of(const Address& a) {
    return present(a.precedence) && !wrapper_header::trimmed(a.precedence).empty() ? wrapper_header::shown(a.precedence)
                                                                       : std::string("ROUTINE (no word)");
}

// Where an address's precedence is: its word, else the address line.
Field precedence_at(const Address& a) {
    if (present(a.precedence) && !wrapper_header::trimmed(a.precedence).empty()) return a.precedence;
    return wrapper_header::trimmed(a.line);
}

void check(CheckContext& ctx) {
    const Header& h = ctx.doc.header;
    const std::string dtg_line = present(h.dtg.line) ? wrapper_header::shown(h.dtg.line) : "";

    int p = 0;
    const Field prosign = h.routing.prosign;
    if (present(prosign) && !prosign.empty()) {
        const bool doubled = prosign.size() == 1 || (prosign.size() == 2 && wrapper_header::upper(prosign[0]) == wrapper_header::upper(prosign[1]));
        if (doubled) p = wrapper_header::precedence_rank(prosign[0]);
    }
    Field dtg_prec, dtg_prec2;
    if (!h.dtg.precedence.empty() && !h.dtg.precedence[0].empty()) dtg_prec = h.dtg.precedence[0];
    if (h.dtg.precedence.size() > 1 && !h.dtg.precedence[1].empty()) dtg_prec2 = h.dtg.precedence[1];
    const int d = present(dtg_prec) ? wrapper_header::precedence_rank(dtg_prec[0]) : 0;
    const int d2 = present(dtg_prec2) ? wrapper_header::precedence_rank(dtg_prec2[0]) : 0;
    const Highest to = highest(h.to);
    const Highest info = highest(h.info);
    const int t = to.rank;

    bool r27_done = false;
    // R26: prosign = first DTG letter.
    if (p && d && p != d) {
        if (t && t == p && to.addr) {
            ctx.report(dtg_prec,
                       {{"dtg_prec", std::string(dtg_prec)}, {"prosign", std::string(prosign)},
                        {"to_word", word_of(*to.addr)}},
                       {ctx.related(prosign, "routing prosign " + std::string(prosign)),
                        ctx.related(precedence_at(*to.addr), "TO " + wrapper_header::shown(to.addr->line))},
                       "dtg_both");
            r27_done = true;
        } else {
            ctx.report(prosign,
                       {{"prosign", std::string(prosign)}, {"dtg_prec", std::string(dtg_prec)}, {"dtg_line", dtg_line}},
                       {ctx.related(dtg_prec, "DTG line " + dtg_line)});
        }
    }

    // R27: first DTG letter = highest TO precedence.
    if (!r27_done && d && t && to.addr && d != t) {
        const Args args = {{"dtg_prec", std::string(dtg_prec)}, {"dtg_word", wrapper_header::precedence_word(d)},
                           {"to_word", word_of(*to.addr)}};
        if (p && p == d) {
            // Prosign and DTG agree: the TO line is the odd one out.
            const Address& at = t > d ? *to.addr : h.to.front();
            ctx.report(precedence_at(at), args, {ctx.related(dtg_prec, "DTG line " + dtg_line)}, "to_address");
        } else {
            ctx.report(dtg_prec, args, {ctx.related(precedence_at(*to.addr), "TO " + wrapper_header::shown(to.addr->line))},
                       "to_dtg");
        }
    }

    // R28: INFO never outranks action; a second DTG letter is the highest INFO precedence.
    const int action = d ? d : t;
    if (action) {
        for (const Address& a : h.info) {
            const int r = wrapper_header::precedence_word_rank(a.precedence);
            if (r > action) {
                ctx.report(precedence_at(a), {{"info_word", word_of(a)}, {"dtg_word", wrapper_header::precedence_word(action)}},
                           {present(dtg_prec) ? ctx.related(dtg_prec, "DTG line " + dtg_line)
                                              : ctx.related(precedence_at(*to.addr), "TO " + wrapper_header::shown(to.addr->line))},
                           "info_outranks", true);
            }
        }
    }
    if (d2 && info.rank && info.addr && d2 != info.rank) {
        ctx.report(dtg_prec2,
                   {{"second", std::string(dtg_prec2)}, {"second_word", wrapper_header::precedence_word(d2)},
                    {"info_word", word_of(*info.addr)}},
                   {ctx.related(precedence_at(*info.addr), "INFO " + wrapper_header::shown(info.addr->line))}, "info_second",
                   true);
    }
}

}  // namespace
CABLELINT_CHECK("H206", check)
}  // namespace cablelint::check_H206
