// T709 ref-year-missing: a reference to the cable's own origin without a year, whose serial is not lower than the
// cable's own (R16). Serials count per station per calendar year, and a reference without a year means the cable's
// own year: a same-year reference is older, so its serial is lower. "REF: B. MADRID 4012" in MADRID 3914 is a cable
// of an earlier year that should be written "08 MADRID 4012" (or "MADRID 4012 (08)").
#include "ref_items.hpp"
#include "regex_cache.hpp"

namespace cablelint {
namespace {

std::string escape_origin(std::string_view origin) {
    std::string out;
    for (const std::string& w : [&] {
             std::vector<std::string> ws;
             std::string cur;
             for (char c : collapse_spaces(origin)) {
                 if (c == ' ') { ws.push_back(cur); cur.clear(); } else cur += c;
             }
             if (!cur.empty()) ws.push_back(cur);
             return ws;
         }()) {
        if (!out.empty()) out += R"(\s+)";
        out += RE2::QuoteMeta(w);
    }
    return out;
}

bool is_year_token(std::string_view t) {
    return (t.size() == 2 || t.size() == 4) && all_digits(t);
}

void check(CheckContext& ctx) {
    const Banner& b = ctx.doc.text.banner;
    if (!present(b.origin) || !present(b.serial)) return;
    const auto own = to_int(trim(b.serial));
    if (!own || *own == 0) return;
    std::string alts = escape_origin(b.origin);
    if (iequals(collapse_spaces(b.origin), "STATE")) alts += "|SECSTATE";
    const RE2* compiled = cached_regex("(?i)(?:^|[^A-Za-z0-9])(" + alts + R"()\s+(\d{1,7})\b)");
    if (compiled == nullptr) return;
    const RE2& re = *compiled;
    static const RE2 year_after(R"((?i)^\s*(?:\(\s*\d{2}\s*\)|(?:OF|DATED)\s|[^;]*?\b(?:19|20)\d\d\b|[^;]*?\b\d{1,2}/\d{1,2}/\d{2,4}\b|[^;]*?\b\d{1,2}\s*[A-Z]{3}\s*\d{2}\b))");
    for (const refs::Item& it : refs::items(ctx.src, ctx.doc)) {
        for (Field piece : it.pieces) {
            re2::StringPiece in(piece.data(), piece.size()), origin, serial;
            while (RE2::FindAndConsume(&in, re, &origin, &serial)) {
                const Field fo(origin.data(), origin.size()), fs(serial.data(), serial.size());
                // The token before the origin: a year ("08 MADRID 4012"), or a word that makes it another origin
                // ("USEU BRUSSELS", "EMBASSY LONDON").
                const Field before = trim(piece.substr(0, static_cast<std::size_t>(fo.data() - piece.data())));
                const auto sp = before.find_last_of(" \t");
                Field tok = sp == Field::npos ? before : before.substr(sp + 1);
                while (!tok.empty() && (tok.back() == ',' || tok.back() == ';')) tok.remove_suffix(1);
                if (is_year_token(tok)) continue;
                if (!tok.empty() && text_scan::all_alpha(tok) && !iequals(tok, "AND") && !iequals(tok, "OR") && !iequals(tok, "REF") &&
                    !iequals(tok, "REFTEL") && !iequals(tok, "SEE"))
                    continue;
                // A year after the serial: "DOHA 152 (08)", "… OF 2008", a date.
                const std::size_t after = static_cast<std::size_t>(fs.data() - piece.data()) + fs.size();
                Field tail = piece.substr(after);
                const auto semi = tail.find_first_of(";,");
                if (semi != Field::npos) tail = tail.substr(0, semi);
                if (RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), year_after)) continue;
                const auto n = to_int(fs);
                if (!n || *n < *own) continue;
                std::string item = collapse_spaces(std::string(fo) + " " + std::string(fs));
                if (present(it.en.at)) item = std::string(it.en.at) + " " + item;
                ctx.report(fs, {{"item", item}, {"serial", std::to_string(*n)}, {"own", std::to_string(*own)}},
                           {ctx.related(b.serial, "this cable's serial, " + std::string(trim(b.serial)))});
            }
        }
    }
}

}  // namespace
CABLELINT_CHECK("T709", check)
}  // namespace cablelint
