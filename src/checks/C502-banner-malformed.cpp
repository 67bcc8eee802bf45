// C502 banner-malformed: a garbled banner (`SS E C R E T`, `E C R E T`, `CC O N F…`, `C ONFIDENTIAL`) is an error;
// a lower-cased one (`S e c r e t state 068250`) a warning. The fix writes the level (when another witness, the page's
// Classification or another banner, names the same one) or the banner in capitals.
#include <algorithm>
#include <array>

#include "cable_text.hpp"
#include "util.hpp"

namespace cablelint::check_C502 {
namespace {

constexpr std::array<std::string_view, 14> kLevels = {
    "C O N F I D E N T I A L", "S E C R E T",   "T O P S E C R E T", "U N C L A S S I F I E D",
    "UNCLAS E F T O",          "UNCLAS EFTO",   "CONFIDENTIAL",      "SECRET",
    "TOP SECRET",              "UNCLAS",        "UNCLASSIFIED",      "LIMITED OFFICIAL USE",
    "U N C L A S",             "L I M I T E D O F F I C I A L U S E",
};

bool has_lower(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Letters only, in capitals: "C O N F I D E N T I A L" and "Confidential" are both "CONFIDENTIAL".
std::string letters(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') out += static_cast<char>(c - 'a' + 'A');
        else if (c >= 'A' && c <= 'Z') out += c;
        else if (c == '/') break;   // "SECRET//NOFORN": the level ends at the controls
    }
    return out;
}

// A garbled level is fixed only when it is certain: another witness in the cable names the same level (the page's
// Classification, or another banner read whole). "UNCLAS" is a form of "UNCLASSIFIED".
bool level_certain(const Document& doc, std::string_view expected, const Banner* self) {
    const std::string want = letters(expected);
    auto same = [&](std::string_view other) {
        const std::string o = letters(other);
        if (o.empty()) return false;
        return o == want || (want == "UNCLAS" && o == "UNCLASSIFIED") || (want == "UNCLASSIFIED" && o == "UNCLAS") ||
               (want.starts_with("UNCLAS") && o.starts_with("UNCLAS"));
    };
    if (doc.wrapper.present && present(doc.wrapper.classification) && same(doc.wrapper.classification)) return true;
    for (const Banner* b : {&doc.text.banner}) {
        if (b != self && present(b->level) && b->level_id != Level::none && same(b->level)) return true;
    }
    for (const Banner& b : doc.text.later_banners) {
        if (&b != self && present(b.level) && b.level_id != Level::none && same(b.level)) return true;
    }
    return false;
}

// The banner line without trailing white space.
Field banner_text(const Banner& b) { return trim(b.line); }

void check_banner(CheckContext& ctx, const Banner& b) {
    if (!present(b.line) || !present(b.level)) return;
    const Field level = trim(b.level);
    const std::string up = cable_text::upper(collapse_spaces(level));
    const bool known = std::find(kLevels.begin(), kLevels.end(), up) != kLevels.end();
    if (!known) {
        std::string_view best;
        std::size_t best_d = ~std::size_t{0};
        for (std::string_view k : kLevels) {
            const std::size_t d = edit_distance(up, k);
            if (d < best_d) best_d = d, best = k;
        }
        // Point from the first character that differs from the closest canonical form.
        std::size_t i = 0;
        while (i < level.size() && i < best.size() &&
               (level[i] == best[i] || (level[i] >= 'a' && level[i] <= 'z' && level[i] - 'a' + 'A' == best[i])))
            ++i;
        if (i >= level.size()) i = level.empty() ? 0 : level.size() - 1;
        ctx.report(level.substr(i), {{"level", std::string(level)}, {"expected", std::string(best)},
                                     {"banner", collapse_spaces(banner_text(b))}});
        if (level_certain(ctx.doc, best, &b)) ctx.fix({{ctx.src.span_of(level), std::string(best)}});
        return;
    }
    const Field text = banner_text(b);
    if (!has_lower(text)) return;
    // Lower case: point from the level (or from the first lower-case word) to the end of the line.
    std::size_t from = 0;
    if (!has_lower(level)) {
        from = static_cast<std::size_t>(level.data() - text.data());
        while (from < text.size() && !(text[from] >= 'a' && text[from] <= 'z')) ++from;
        while (from > 0 && text[from - 1] != ' ') --from;
    } else {
        from = static_cast<std::size_t>(level.data() - text.data());
    }
    if (has_lower(level)) {
        ctx.report(text.substr(from), {{"banner", collapse_spaces(text)}, {"expected", cable_text::upper(collapse_spaces(text))}},
                   {}, "lower", /*soft=*/true);
        ctx.fix({{ctx.src.span_of(text.substr(from)), cable_text::upper(text.substr(from))}});
        return;
    }
    // Only some words are in lower case ("SECTION 01 of 03"): point at the first of them.
    std::size_t to = text.find(' ', from);
    if (to == Field::npos) to = text.size();
    ctx.report(text.substr(from, to - from),
               {{"banner", collapse_spaces(text)}, {"word", std::string(text.substr(from, to - from))},
                {"expected", cable_text::upper(collapse_spaces(text))}},
               {}, "lower_word", /*soft=*/true);
    ctx.fix({{ctx.src.span_of(text.substr(from)), cable_text::upper(text.substr(from))}});
}

// The canonical level closest to the start of a garbled line: the prefix length taken as the level, the form,
// and the edit distance.
struct Guess {
    std::size_t length = 0;
    std::string_view level;
    std::size_t distance = ~std::size_t{0};
};

Guess guess_level(Field line) {
    Guess g;
    const std::string up = cable_text::upper(line);
    for (std::string_view k : kLevels) {
        // Candidate prefixes end at a space or the end of the line.
        for (std::size_t j = 1; j <= up.size() && j <= k.size() + 4; ++j) {
            if (j < up.size() && up[j] != ' ') continue;
            const std::size_t d = edit_distance(std::string_view(up).substr(0, j), k);
            if (d < g.distance || (d == g.distance && k.size() > g.level.size())) g = Guess{j, k, d};
        }
    }
    return g;
}

// First index where `text` departs from `form` (case-insensitive).
std::size_t first_difference(Field text, std::string_view form) {
    std::size_t i = 0;
    while (i < text.size() && i < form.size() &&
           (text[i] == form[i] || (text[i] >= 'a' && text[i] <= 'z' && text[i] - 'a' + 'A' == form[i])))
        ++i;
    return i;
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    std::vector<const char*> reported_lines;
    for (const SyntaxError& e : doc.errors) {
        if (e.kind != SyntaxError::Kind::banner || !present(e.line)) continue;
        const Field line = trim(e.line);
        reported_lines.push_back(e.line.data());
        if (line.empty()) continue;
        // Where the level went wrong, when the line starts with something close to a level.
        const Guess g = guess_level(line);
        if (g.distance > 0 && g.distance <= 3) {
            const Field level = trim(line.substr(0, g.length));
            std::size_t i = first_difference(level, g.level);
            if (i >= level.size()) i = level.size() - 1;
            ctx.report(level.substr(i), {{"level", std::string(level)}, {"expected", std::string(g.level)},
                                         {"banner", collapse_spaces(line)}});
            if (level_certain(doc, g.level, nullptr)) ctx.fix({{ctx.src.span_of(level), std::string(g.level)}});
            continue;
        }
        const std::uint32_t base = ctx.src.span_of(line).begin;
        std::size_t at = e.at >= base ? e.at - base : 0;
        if (at >= line.size()) at = line.size() - 1;
        std::size_t end = line.find(' ', at);
        if (end == Field::npos || end == at) end = line.size();
        ctx.report(line.substr(at, end - at), {{"banner", collapse_spaces(line)}, {"problem", e.message}}, {},
                   "syntax");
    }
    auto done = [&](const Banner& b) {
        return std::find(reported_lines.begin(), reported_lines.end(), b.line.data()) != reported_lines.end();
    };
    if (!done(doc.text.banner)) check_banner(ctx, doc.text.banner);
    for (const Banner& b : doc.text.later_banners) {
        if (!done(b)) check_banner(ctx, b);
    }
}

}  // namespace
CABLELINT_CHECK("C502", check)
}  // namespace cablelint::check_C502
