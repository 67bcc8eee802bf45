// P802 paragraph-split: a blank line inside a sentence. The line before ends without terminal punctuation and the
// line after continues it: a page break of the original that the transcription turned into a blank line (seed:
// `…offer to provide a "logistics base" for` / (blank) / `U.S. troops in Afghanistan.`).
//
// Reported only when the continuation is certain: the line before ends with a word that cannot end a sentence (an
// article, preposition or conjunction: "for", "the", "and" …), or ends with a comma and the next line starts in
// lower case. Headings and signatures (no lower-case letter, or underlined: `Turkey` / `------`), bullets, numbered
// lines (P801 owns a number that wrapped onto its own line: `…on August` / `7. The Ambassador…`), page markers and the
// head block are left alone.
// The grammar gives the runs of blank lines (`doc.text.breaks`) and whether a line starts an item; this check judges.
// The fix removes the blank lines.
#include "text_scan.hpp"

namespace cablelint::check_P802 {
namespace {

bool has_lower(Field l) {
    for (char c : l)
        if (text_scan::is_lower(c)) return true;
    return false;
}

bool function_word(std::string_view w) {
    static constexpr std::string_view words[] = {
        "a", "an", "the", "for", "of", "to", "in", "on", "at", "by", "with", "from", "and", "or", "nor", "but",
        "that", "as", "its", "his", "her", "their", "our", "your", "my", "into", "onto", "about", "between", "than",
        "whose", "which", "who", "whom", "if", "because", "although", "while", "would", "will", "could", "should",
        "shall", "may", "might", "must", "can", "is", "are", "was", "were", "be", "been", "being", "has", "have",
        "had", "not", "very", "such", "this", "these", "those", "under", "over", "through", "during", "toward",
        "towards", "upon", "within", "without", "among", "against", "via", "per"};
    for (std::string_view f : words)
        if (w == f) return true;   // lower case only: "US" or "IN" in a heading is not a function word
    return false;
}

// "Turkey" / "-----------------": a heading written with an underline under it, not a sentence going on.
bool underlined(const Source& src, Field line) {
    const Field below = trim(src.line_text(src.line_of(src.span_of(line).begin) + 1));
    return below.size() >= 3 && below.find_first_not_of("-=_") == Field::npos;
}

Field last_word(Field l) {
    l = trim(l);
    const auto sp = l.find_last_of(" \t");
    return sp == Field::npos ? l : l.substr(sp + 1);
}

std::string tail_of(Field l) {
    l = trim(l);
    std::size_t pos = l.size();
    for (int words = 0; words < 3; ++words) {
        const auto sp = pos == 0 ? Field::npos : l.find_last_of(' ', pos - 1);
        if (sp == Field::npos) return collapse_spaces(l);
        pos = sp;
    }
    return "…" + collapse_spaces(l.substr(pos + 1));
}

std::string head_of(Field l) {
    l = trim(l);
    std::size_t pos = 0;
    for (int words = 0; words < 3; ++words) {
        const auto sp = l.find(' ', pos);
        if (sp == Field::npos) return collapse_spaces(l);
        pos = sp + 1;
    }
    return collapse_spaces(l.substr(0, pos)) + "…";
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const Field body = text_scan::text_body(ctx.src, doc);
    if (!present(body)) return;
    // Start after the head block (and its duplicate, R45).
    const char* start = body.data();
    for (Field f : {text_scan::head_end(doc), doc.text.duplicate_head}) {
        if (present(f) && f.data() + f.size() > start && f.data() + f.size() <= body.data() + body.size()) start = f.data() + f.size();
    }
    const char* const end = body.data() + body.size();
    for (const TextBreak& br : doc.text.breaks) {
        if (br.before.data() < start || br.after.data() >= end || br.blank_lines > 2) continue;
        const Field prev = br.before, next = br.after;
        if (!has_lower(prev) || !has_lower(next) || br.after_item || (br.before_item && trim(prev).size() < 4)) continue;
        const Field p = trim(prev), n = trim(next);
        if (p.empty() || n.empty()) continue;
        const char last = p.back();
        const char first = n.front();
        bool split = false;
        if (text_scan::is_lower(last) && function_word(last_word(p)) && (text_scan::is_alpha(first) || text_scan::is_digit(first) || first == '"'))
            split = true;
        else if (last == ',' && text_scan::is_lower(first))
            split = true;
        // "-- item one; and" / (blank) / "Posts should also …": the end of a list, not a sentence going on.
        if (split && (last_word(p) == "and" || last_word(p) == "or")) {
            const Field before = trim(p.substr(0, p.size() - last_word(p).size()));
            if (!before.empty() && before.back() == ';') split = false;
        }
        if (!split || underlined(ctx.src, next)) continue;
        const Span blank_line = ctx.src.span_of(br.blank);
        ctx.report(Span{blank_line.begin, blank_line.begin}, {{"tail", tail_of(p)}, {"head", head_of(n)}},
                   {ctx.related(p, "the sentence starts here"), ctx.related(n, "and goes on here")});
        // The fix removes the blank lines between the two (the lines of a paragraph follow each other).
        const std::string_view text = ctx.src.text();
        const std::size_t after_prev = text.find('\n', ctx.src.span_of(p).end);
        const std::size_t next_line = text.rfind('\n', ctx.src.span_of(n).begin);
        if (after_prev != std::string_view::npos && next_line != std::string_view::npos && next_line > after_prev)
            ctx.fix({{Span{static_cast<std::uint32_t>(after_prev + 1), static_cast<std::uint32_t>(next_line + 1)}, ""}});
    }
}

}  // namespace
CABLELINT_CHECK("P802", check)
}  // namespace cablelint::check_P802
