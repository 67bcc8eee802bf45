// W106 tags-mismatch (R40): the page `Tags:` tokens equal the tokens of the text's TAGS line, order-insensitive,
// commas ignored, case-insensitive. A page tag the TAGS line lacks is reported at that page tag; tags of the TAGS
// line missing from the page are reported at the page Tags line. The page is derived from the text, so the page
// side is the one pointed at, and the (unsafe) fix writes the page's Tags as the TAGS line has them.
#include <algorithm>
#include <map>
#include <set>

#include "check.hpp"
#include "checks/wrapper_header.hpp"
#include "util.hpp"

namespace cablelint::check_W106 {
namespace {

// Tags compared as to_upper compares them, without an upper-cased copy of each: the map below is asked for every
// tag of both sides.
struct LessIgnoringCase {
    bool operator()(Field a, Field b) const {
        return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
            return static_cast<unsigned char>(ascii_upper(x)) < static_cast<unsigned char>(ascii_upper(y));
        });
    }
};

// Tokens of the text's TAGS (a TAGS list run onto the E.O. line is the TAGS line too: the parser commits it), with a
// person tag's name split into words as the page splits it ("(STEINBERG," "JAMES" "B.)").
std::vector<Field> text_tags(const Document& doc, Field& where) {
    std::vector<Field> out;
    const TagsLine& t = doc.text.tags;
    if (!present(t.line)) return out;
    where = t.line;
    for (Field tag : t.tags)
        for (Field tok : wrapper_header::tokens(tag)) out.push_back(tok);
    return out;
}

// Continuation lines of the TAGS line that the located model did not attach (a list wrapped without a trailing
// comma: `TAGS: PGOV … UY` / `VE, CO`): lines right after it, before a blank line, whose tokens are all tags of the
// page. Requiring every token to be a page tag keeps a heading or a SUBJECT-less first line from being taken.
std::vector<Field> unattached_continuation(const TagsLine& t, const std::vector<Field>& page) {
    std::vector<Field> out;
    if (!present(t.line) || t.lines.size() > 1) return out;
    const std::set<Field, LessIgnoringCase> page_tags(page.begin(), page.end());
    for (Field line : t.following) {
        const std::vector<Field> toks = wrapper_header::tokens(line);
        if (toks.empty()) break;
        bool all = true;
        for (Field f : toks) all = all && page_tags.count(f) > 0;
        if (!all) break;
        out.insert(out.end(), toks.begin(), toks.end());
    }
    return out;
}

std::string joined(const std::vector<Field>& v) {
    std::string s;
    for (Field f : v) {
        if (!s.empty()) s += ' ';
        s += std::string(f);
    }
    return s;
}

void check(CheckContext& ctx) {
    const Wrapper& w = ctx.doc.wrapper;
    if (!w.present || !present(w.tags_line)) return;
    Field text_line;
    std::vector<Field> text = text_tags(ctx.doc, text_line);
    if (!present(text_line)) return;   // no TAGS in the text: T701's business

    std::vector<Field> page;
    for (Field tag : w.tags)
        for (Field tok : wrapper_header::tokens(tag)) page.push_back(tok);
    if (present(ctx.doc.text.tags.line)) {
        for (Field f : unattached_continuation(ctx.doc.text.tags, page)) text.push_back(f);
    }

    std::map<Field, std::pair<std::vector<Field>, std::vector<Field>>, LessIgnoringCase> by_tag;   // page, text occurrences
    for (Field f : page) by_tag[f].first.push_back(f);
    for (Field f : text) by_tag[f].second.push_back(f);
    std::vector<Field> page_only, text_only;
    for (auto& [tag, occ] : by_tag) {
        auto& [p, t] = occ;
        for (std::size_t i = t.size(); i < p.size(); ++i) page_only.push_back(p[i]);
        for (std::size_t i = p.size(); i < t.size(); ++i) text_only.push_back(t[i]);
    }
    // A redacted tag (`XXXXXXXXXXXX`, `(XXXXXXXXXXXX)`) is unknown: it stands for one tag of the other side, whichever.
    auto redacted = [&](Field f) { return ctx.doc.redacted(f); };
    const auto page_redacted = std::count_if(page_only.begin(), page_only.end(), redacted);
    const auto text_redacted = std::count_if(text_only.begin(), text_only.end(), redacted);
    std::erase_if(page_only, redacted);
    std::erase_if(text_only, redacted);
    for (auto n = text_redacted; n > 0 && !page_only.empty(); --n) page_only.pop_back();
    for (auto n = page_redacted; n > 0 && !text_only.empty(); --n) text_only.pop_back();
    if (page_only.empty() && text_only.empty()) return;
    auto by_position = [](Field a, Field b) { return a.data() < b.data(); };
    std::sort(page_only.begin(), page_only.end(), by_position);
    std::sort(text_only.begin(), text_only.end(), by_position);

    const std::string text_str = joined(text);
    const std::string missing = joined(text_only);
    // Unsafe fix: the page's Tags written as the TAGS line's (the page is derived from the text). Not offered when a
    // side has a redacted tag.
    std::vector<Edit> fix;
    if (!page.empty() && page_redacted == 0 && text_redacted == 0) {
        const Span first = ctx.src.span_of(page.front()), last = ctx.src.span_of(page.back());
        fix.push_back({Span{first.begin, last.end}, text_str});
    }
    // A tag one side has more often than the other (`KZ KZ`) is a repeat, not a tag the other side lacks.
    auto on_page = [&](Field f) { return !by_tag[f].first.empty(); };
    auto on_tags_line = [&](Field f) { return !by_tag[f].second.empty(); };
    auto lacking = [&](Field t) {
        return ctx.related(t, "TAGS line tag " + std::string(t) + (on_page(t) ? " is repeated here" : " is not on the page"));
    };
    if (!page_only.empty()) {
        const std::string detail = text_only.empty() ? "" : "; the TAGS line has " + missing + " instead";
        for (Field f : page_only) {
            std::vector<Related> rel = {ctx.related(text_line, "the TAGS line of the text")};
            for (Field t : text_only) rel.push_back(lacking(t));
            ctx.report(f, {{"tag", std::string(f)}, {"tags", text_str}, {"detail", detail}}, std::move(rel),
                       on_tags_line(f) ? "page_repeated" : "default");
            ctx.fix(fix, /*safe=*/false);   // the same fix on each: the first applied, the others are gone
        }
        return;
    }
    std::vector<Related> rel;
    for (Field t : text_only) rel.push_back(lacking(t));
    Field at = wrapper_header::trimmed(w.tags_line);
    ctx.report(at, {{"page", joined(page)}, {"missing", missing}, {"tags", text_str}}, std::move(rel),
               std::all_of(text_only.begin(), text_only.end(), on_page) ? "repeated" : "missing");
    ctx.fix(fix, /*safe=*/false);
}

}  // namespace
CABLELINT_CHECK("W106", check)
}  // namespace cablelint::check_W106
