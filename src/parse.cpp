// Parsing: runs the grammar (grammar/cable.hpp) over the file's bytes and fills the located document model.
// Actions only take views into the bytes; the few decisions that need context (which block a line belongs to, the
// duplicated head block) are made here, not in the grammar.
#include <algorithm>
#include <cstring>

#include "parse/state.hpp"
#include "parse/date_actions.hpp"
#include "parse/wrapper_actions.hpp"
#include "parse/header_actions.hpp"
#include "parse/text_actions.hpp"
#undef ON

namespace cablelint {

using namespace parsing;

namespace {

// ---- after the parse ------------------------------------------------------------------------------------------

bool same_banner(const Banner& a, const Banner& b) {
    return collapse_spaces(a.line) == collapse_spaces(b.line);
}

// The page layout prints banner … Classified By twice (spec §1, R45): keep the first copy, note the second.
void fold_duplicate_head(const Source& src, Document& doc) {
    Text& t = doc.text;
    if (!present(t.banner.line) || t.later_banners.empty()) return;
    const Banner& second = t.later_banners.front();
    const std::uint32_t first_para = t.paragraphs.empty() ? static_cast<std::uint32_t>(src.size())
                                                          : src.span_of(t.paragraphs.front().line).begin;
    const Span s2 = src.span_of(second.line);
    if (s2.begin > first_para || !same_banner(t.banner, second)) return;
    const Span s1 = src.span_of(t.banner.line);
    // A first "copy" without the E.O. line is no head block (a repeated cable's banner, a banner cut short).
    if (!present(t.eo.line) || src.span_of(t.eo.line).begin >= s2.begin) return;
    // The second copy runs as long as the first (to the end of that line), but not into paragraph 1.
    std::uint32_t end2 = first_para;
    const std::string_view bytes = src.text();
    const std::uint32_t copy_len = s2.begin - s1.begin;
    if (s2.begin + copy_len < end2) {
        const auto nl = bytes.find('\n', s2.begin + copy_len - 1);
        end2 = std::min<std::uint32_t>(end2, nl == std::string_view::npos ? static_cast<std::uint32_t>(bytes.size())
                                                                         : static_cast<std::uint32_t>(nl));
    }
    auto norm = [&](std::uint32_t b, std::uint32_t e) { return collapse_spaces(bytes.substr(b, e - b)); };
    doc.text.duplicate_head = trim(bytes.substr(s2.begin, end2 - s2.begin));
    doc.text.duplicate_head_differs = norm(s1.begin, s2.begin) != norm(s2.begin, end2);
    t.later_banners.erase(t.later_banners.begin());
    const Span dup = src.span_of(doc.text.duplicate_head);
    auto inside = [&](Field f) {
        const Span s = src.span_of(f);
        return s.begin >= dup.begin && s.begin < dup.end;
    };
    std::erase_if(t.captions, inside);
    std::erase_if(t.for_lines, inside);
    std::erase_if(t.caption_items, [&](const Caption& c) { return inside(c.at); });
    std::erase_if(doc.errors, [&](const SyntaxError& e) { return e.at >= dup.begin && e.at < dup.end; });
}

// The signature: the last non-blank line of the text, before any page chrome.
void find_signature(const Source& src, Document& doc) {
    if (!present(doc.text.region)) return;
    Field region = doc.text.region;
    if (present(doc.ending)) {
        const Span e = src.span_of(doc.ending);
        const Span r = src.span_of(region);
        if (e.begin > r.begin) region = region.substr(0, e.begin - r.begin);
    }
    // Skipped: NNNN (end of message), lines without a letter, left-over markup.
    const auto lines = lines_of(region);
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        const Field l = trim(*it);
        const bool letters = std::any_of(l.begin(), l.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        if (!letters || l == "NNNN" || l.front() == '<') continue;
        doc.text.signature = l;
        return;
    }
}

}  // namespace

std::optional<DeclDate> read_decl_date(std::string_view text) {
    std::string_view t = text;
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    if (t.empty()) return std::nullopt;
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(t.data(), t.size(), "");
    DateParts parts;
    try {
        if (!pegtl::parse<g::decl_date, date_part>(in, parts)) return std::nullopt;
    } catch (const pegtl::parse_error&) {
        return std::nullopt;   // digits and a separator that then break the date's grammar
    }
    return decl_date_of(parts, t.substr(0, static_cast<std::size_t>(in.current() - t.data())));
}

Document parse_document(const Source& src, const Vocabularies& vocab) {
    Document doc;
    if (std::memchr(src.base(), '\0', src.size()) != nullptr) {
        doc.binary = true;
        return doc;
    }
    State st(src, doc, vocab);
    pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf> in(src.base(), src.size(), src.path());
    pegtl::parse<g::cable, action, control>(in, st);
    fold_duplicate_head(src, doc);
    read_ref_items(src, doc);
    find_signature(src, doc);
    return doc;
}

}  // namespace cablelint