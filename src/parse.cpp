// Parsing: runs the grammar (grammar/cable.hpp) over the file's bytes and fills the located document model.
// Actions only take views into the bytes; the few decisions that need context (which block a line belongs to, the
// duplicated head block) are made here, not in the grammar.
#include <algorithm>
#include <cstring>

#include "../grammar/noise.hpp"
#include "../grammar/signature.hpp"
#include "decl_instruction.hpp"
#include "parse/actions.hpp"
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
    std::vector<Field> second_captions = std::move(t.duplicate_captions);   // candidates, kept if it is a copy
    t.duplicate_captions.clear();
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
    doc.text.first_head = bytes.substr(s1.begin, s2.begin - s1.begin);
    doc.text.duplicate_head_differs = norm(s1.begin, s2.begin) != norm(s2.begin, end2);
    t.later_banners.erase(t.later_banners.begin());
    const Span dup = src.span_of(doc.text.duplicate_head);
    auto inside = [&](Field f) {
        const Span s = src.span_of(f);
        return s.begin >= dup.begin && s.begin < dup.end;
    };
    for (std::vector<Field>* lines : {&t.captions, &t.for_lines, &second_captions}) {
        for (Field l : *lines)
            if (inside(l)) t.duplicate_captions.push_back(l);
        std::erase_if(*lines, inside);
    }
    std::sort(t.duplicate_captions.begin(), t.duplicate_captions.end(), [](Field a, Field b) { return a.data() < b.data(); });
    t.duplicate_captions.erase(std::unique(t.duplicate_captions.begin(), t.duplicate_captions.end(),
                                           [](Field a, Field b) { return a.data() == b.data(); }),
                               t.duplicate_captions.end());
    std::erase_if(t.caption_items, [&](const Caption& c) { return inside(c.at); });
    std::erase_if(doc.errors, [&](const SyntaxError& e) { return e.at >= dup.begin && e.at < dup.end; });
}

// The first line of the text region (else of the file) that is not blank; the region's first line when all are.
void find_first_line(const Source& src, Document& doc) {
    Field rest = present(doc.text.region) ? doc.text.region : src.text();
    Field first = first_line_of(rest);
    for (;;) {
        const Field l = first_line_of(rest);
        if (!trim(l).empty()) {
            first = l;
            break;
        }
        const auto nl = rest.find('\n');
        if (nl == Field::npos) break;
        rest.remove_prefix(nl + 1);
    }
    while (!first.empty() && (first.back() == ' ' || first.back() == '\t')) first.remove_suffix(1);
    doc.text.first_line = first;
}

// The numbers of the fields the grammar located as digits, once for every check.
void type_numbers(Document& doc) {
    const auto number = [](Field f) { return present(f) ? to_int(trim(f)) : std::nullopt; };
    Text& t = doc.text;
    const auto banner = [&](Banner& b) {
        b.serial_no = number(b.serial);
        b.section_no = number(b.section_n);
        b.section_total = number(b.section_m);
    };
    banner(t.banner);
    for (Banner& b : t.later_banners) banner(b);
    DeLine& de = doc.header.de;
    de.ssn_no = number(de.ssn);
    de.section_no = number(de.section);
    if (doc.wrapper.id) {
        doc.wrapper.id->yy_no = number(doc.wrapper.id->yy);
        doc.wrapper.id->serial_no = number(doc.wrapper.id->serial);
    }
    for (Paragraph& p : t.paragraphs) p.number_no = number(p.number);
    for (RefItem& it : t.ref.items)
        for (CableRef& c : it.cables) c.serial_no = number(c.serial);
}

// ---- the signature (grammar/signature.hpp) ----------------------------------------------------------------------

template <typename Rule>
bool matches(Field s) {
    pegtl::memory_input<> in(s.data(), s.size(), "");
    return pegtl::parse<Rule>(in);
}
// Does the rule match from some position of `l` to its end? The position where it does, or npos. One input tried at
// each position in turn (`at` leaves it where it was): an input per position cost a long last line more than the
// rule's tries, which mostly fail at their first character. (The rules look at no column: no `bol`.)
template <typename Rule>
std::size_t matches_at_end(Field l) {
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(l.data(), l.size(), "");
    for (std::size_t i = 0; i < l.size(); ++i, in.bump(1))
        if (pegtl::parse<pegtl::at<Rule>>(in)) return i;
    return Field::npos;
}

// "URS <br>": markup leftovers (F903) at the end of a line are not part of it.
Field strip_markup(Field l) {
    while (!l.empty() && l.back() == '>') {
        const auto lt = l.rfind('<');
        if (lt == Field::npos) break;
        l = trim(l.substr(0, lt));
    }
    return l;
}

// The name in a line that is a signature alone, and the date after it.
void take_alone(Signature& s, Field l) {
    s.line = l;
    Field name = l;
    while (!name.empty() && (name.front() == '.' || name.front() == ' ')) name.remove_prefix(1);
    std::size_t end = 0;
    while (end < name.size() && !std::isdigit(static_cast<unsigned char>(name[end]))) ++end;
    s.name = trim(name.substr(0, end));
    while (!s.name.empty() && s.name.back() == '.') s.name = trim(s.name.substr(0, s.name.size() - 1));
    if (end < name.size()) s.date = trim(name.substr(end));
}

// The text's last lines (NNNN, a lone ".", markup lines and page chrome skipped) and the signature among them: a
// name alone on one of the last four lines (a post's "Visit … Classified Website" line may follow it), or appended
// to the last line.
void find_signature(const Source& src, Document& doc) {
    if (!present(doc.text.region)) return;
    Field region = doc.text.region;
    if (present(doc.ending)) {
        const Span e = src.span_of(doc.ending);
        const Span r = src.span_of(region);
        if (e.begin > r.begin && e.begin <= r.end) region = region.substr(0, e.begin - r.begin);
    }
    std::vector<Field> last;
    lines_from_last(region, [&](Field line) {
        const Field l = trim(line);
        if (!l.empty() && l != "NNNN" && l != "." && l.front() != '<') last.push_back(l);
        return last.size() < 4;
    });
    if (last.empty()) return;
    doc.text.last_line = last.front();
    {
        const Field l = last.front();
        const auto sp = l.find_last_of(" \t");
        const Field word = sp == Field::npos ? l : l.substr(sp + 1);
        if (matches<g::noise::token>(word)) doc.text.last_line_noise = word;
    }
    // A signature follows the head block (a caption or addressee line above a cut E.O. line is none).
    const Text& t = doc.text;
    const char* head_end = nullptr;
    auto consider = [&](Field f) {
        if (present(f) && (head_end == nullptr || f.data() > head_end)) head_end = f.data();
    };
    consider(t.banner.line);
    consider(t.eo.line);
    for (const std::vector<Field>* ls : {&t.captions, &t.for_lines, &t.tags.lines, &t.subject.lines, &t.ref.lines,
                                         &t.classified_by.lines})
        for (Field f : *ls) consider(f);
    std::erase_if(last, [&](Field l) { return head_end != nullptr && l.data() <= head_end; });
    if (last.empty()) return;
    Signature& s = doc.text.signature;
    for (Field l : last) {
        const Field bare = strip_markup(l);
        if (!bare.empty() && matches<g::signature::alone>(bare)) {
            take_alone(s, bare);
            return;
        }
    }
    const Field l = strip_markup(last.front());
    std::size_t at = matches_at_end<g::signature::after_url>(l);
    if (at != Field::npos) {
        at = l.find_first_of(" \t", at);
    } else if ((at = matches_at_end<g::signature::after_sentence>(l)) != Field::npos) {
        if (matches_at_end<g::signature::stock>(l) != Field::npos) return;
        ++at;   // past the sentence end
        if (l.compare(at - 1, 3, "\xE2\x80\x9D") == 0) at += 2;
    } else {
        const bool lower = std::any_of(l.begin(), l.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (!lower || (at = matches_at_end<g::signature::caps_name>(l)) == Field::npos) return;
    }
    Field name = trim(l.substr(at));
    while (!name.empty() && name.back() == '.') name = trim(name.substr(0, name.size() - 1));
    s.line = last.front();
    s.name = name;
    s.appended = true;
}

// The markings inside lines, which the line grammar leaves in the text: page markers reflowed into a sentence and
// paragraph numbers outside paragraph lines (grammar/markings.hpp, `text_scan`).
void scan_text(State& st) {
    const Field region = st.doc.text.region;
    if (!present(region)) return;
    Text& t = st.doc.text;
    const auto by_serial = [](const PageMarker& a, const PageMarker& b) { return a.serial.data() < b.serial.data(); };
    std::sort(t.markers.begin(), t.markers.end(), by_serial);
    st.line_markers = t.markers.size();
    pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf> in(region.data(), region.size(), "");
    pegtl::parse<g::text_scan, action, control>(in, st);
    // Paragraph numbers are no other numbers (both lists are in text order).
    std::size_t p = 0;
    std::erase_if(t.other_numbers, [&](Field n) {
        while (p < t.paragraphs.size() && t.paragraphs[p].number.data() < n.data()) ++p;
        return p < t.paragraphs.size() && t.paragraphs[p].number.data() == n.data();
    });
}

// Page markers: the banner origin (as cut for markers) at the end of the words the grammar took for the origin, the
// rest being the sentence before the marker; a reflowed marker without it is no marker. The line each stands on,
// the text around it and its values as numbers. In order of position.
void settle_markers(const Source& src, Document& doc) {
    std::string cut, last_word;
    if (present(doc.text.banner.origin)) {
        const std::string o = to_upper(collapse_spaces(doc.text.banner.origin));
        cut = o.substr(0, std::min<std::size_t>(o.size(), 10));
        while (!cut.empty() && cut.back() == ' ') cut.pop_back();
        const auto sp = o.rfind(' ');
        if (sp != std::string::npos) last_word = o.substr(sp + 1);
    }
    std::vector<PageMarker> out;
    for (PageMarker m : doc.text.markers) {
        const Field words = m.origin;
        Field origin;
        for (const std::string& o : {cut, last_word}) {
            if (o.empty() || words.size() < o.size()) continue;
            const Field tail = words.substr(words.size() - o.size());
            if (iequals(tail, o) && (words.size() == o.size() || words[words.size() - o.size() - 1] == ' ')) {
                origin = tail;
                break;
            }
        }
        if (!present(origin)) {
            if (!m.starts_line) continue;   // a number of that shape in a sentence, without the origin
            origin = words;
        }
        m.origin = origin;
        const Field line = src.line_text(src.position(src.span_of(origin).begin).line);
        if (!m.starts_line) m.line = line;
        m.text = Field(origin.data(), static_cast<std::size_t>(m.total.data() + m.total.size() - origin.data()));
        const Field before = trim(line.substr(0, static_cast<std::size_t>(origin.data() - line.data())));
        m.before = before.empty() ? Field() : before;
        if (!m.starts_line) {
            const Field after = trim(line.substr(static_cast<std::size_t>(m.text.data() + m.text.size() - line.data())));
            m.runon = after.empty() ? Field() : after;
        }
        if (const auto v = to_int(m.serial)) m.serial_no = static_cast<std::uint64_t>(*v);
        if (const auto v = to_int(m.page)) m.page_no = static_cast<int>(*v);
        if (present(m.sub) && m.sub.size() > 1) {
            if (const auto v = to_int(m.sub.substr(1))) m.sub_no = static_cast<int>(*v);
        }
        if (const auto v = to_int(m.total)) m.total_no = static_cast<int>(*v);
        out.push_back(m);
    }
    std::sort(out.begin(), out.end(), [](const PageMarker& a, const PageMarker& b) { return a.serial.data() < b.serial.data(); });
    doc.text.markers = std::move(out);
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

namespace {
// Only the post name's own actions (a redaction in it is not the cable's).
template <typename Rule>
struct post_name_action : pegtl::nothing<Rule> {};
template <> struct post_name_action<g::post_prefix> : action<g::post_prefix> {};
template <> struct post_name_action<g::post> : action<g::post> {};
template <> struct post_name_action<g::post_office> : action<g::post_office> {};
}  // namespace

PostName read_post_name(std::string_view spelling) {
    PostName out;
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(spelling.data(), spelling.size(), "");
    if (!pegtl::parse<pegtl::seq<g::ws_star, g::post_name, pegtl::eof>, post_name_action>(in, out)) return {};
    return out;
}

Document parse_document(const Source& src, const Vocabularies& vocab) {
    Document doc;
    if (src.has_nul()) {
        doc.binary = true;
        return doc;
    }
    State st(src, doc, vocab);
    pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf> in(src.base(), src.size(), src.path());
    pegtl::parse<g::cable, action, control>(in, st);
    scan_text(st);
    settle_markers(src, doc);
    // Backtracking alternatives may have matched a redaction run out of order, twice, or from inside it (a run
    // whose first letter another production took): keep each run whole, once, in text order.
    std::vector<Field>& runs = doc.text.redactions;
    std::sort(runs.begin(), runs.end(), [](Field a, Field b) {
        return a.data() != b.data() ? a.data() < b.data() : a.size() > b.size();
    });
    std::size_t kept = 0;
    for (const Field run : runs) {
        if (kept > 0 && run.data() < runs[kept - 1].data() + runs[kept - 1].size()) continue;   // inside the last
        runs[kept++] = run;
    }
    runs.resize(kept);
    fold_duplicate_head(src, doc);
    read_ref_items(src, doc);
    find_signature(src, doc);
    doc.text.eo.decl_instruction = read_decl_instruction(doc.text.eo);
    find_first_line(src, doc);
    type_numbers(doc);
    doc.text.sensitive_caption = doc.caption_line_with("SENSITIVE");
    return doc;
}

}  // namespace cablelint
