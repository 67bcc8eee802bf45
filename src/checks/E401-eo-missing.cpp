// E401 eo-missing: the text has no E.O. line. A line that carries "E.O. 12958" run together with another head
// field ("DEPT FOR WHA/BSC E.O. 12958: DECL: …", a head block reflowed onto one line) is not missing: the E.O.
// text is there, only its layout is off (spec §6), so no finding.
#include "check.hpp"
#include "util.hpp"

namespace cablelint {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "E.O. 12958", "EO 12958", "E.0. 12958", "E. O. 12958", "E.O.12958" anywhere in s.
bool mentions_eo(std::string_view s) {
    for (std::size_t i = 0; i + 6 < s.size(); ++i) {
        if (s[i] != 'E' && s[i] != 'e') continue;
        if (i > 0 && ((s[i - 1] >= 'A' && s[i - 1] <= 'Z') || (s[i - 1] >= 'a' && s[i - 1] <= 'z'))) continue;
        std::size_t j = i + 1;
        if (j < s.size() && s[j] == '.') ++j;
        if (j < s.size() && s[j] == ' ') ++j;
        if (j >= s.size() || !(s[j] == 'O' || s[j] == 'o' || s[j] == '0')) continue;
        ++j;
        if (j < s.size() && s[j] == '.') ++j;
        while (j < s.size() && (s[j] == ' ' || s[j] == ':')) ++j;
        std::size_t k = j;
        while (k < s.size() && is_digit(s[k])) ++k;
        if (k - j == 5) return true;
    }
    return false;
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const Text& t = doc.text;
    if (present(t.eo.line)) return;
    // Only a cable text can miss its E.O. line: something of a cable must be there (a file that is no cable at all
    // is F908's).
    const bool cable = present(t.banner.line) || present(t.tags.line) || present(t.subject.line) ||
                       doc.wrapper.present ||
                       (doc.header.family != HeaderFamily::none && doc.header.family != HeaderFamily::email);
    if (!cable || (!present(t.region) && !present(t.banner.line))) return;
    // Look for the E.O. text before the first paragraph (or in the whole text when there is none).
    std::string_view head = present(t.region) ? t.region : std::string_view(ctx.src.text());
    if (!t.paragraphs.empty() && present(t.paragraphs.front().line) &&
        t.paragraphs.front().line.data() >= head.data() && t.paragraphs.front().line.data() <= head.data() + head.size()) {
        head = head.substr(0, static_cast<std::size_t>(t.paragraphs.front().line.data() - head.data()));
    }
    if (mentions_eo(head)) return;
    // Point where the E.O. line belongs: at the TAGS line it should precede, else SUBJECT, else the banner.
    Field at;
    std::string where;
    if (present(t.tags.line)) {
        at = t.tags.line;
        where = "before the TAGS line";
    } else if (present(t.subject.line)) {
        at = t.subject.line;
        where = "before the SUBJECT line";
    } else if (present(t.banner.line)) {
        at = t.banner.line;
        where = "after the banner";
    } else if (present(t.region)) {
        at = t.region.substr(0, t.region.find('\n'));
        where = "in the head of the text";
    } else {
        return;
    }
    std::vector<Related> related;
    if (present(t.banner.line) && at.data() != t.banner.line.data()) {
        related.push_back(ctx.related(t.banner.line, "the text starts here"));
    }
    ctx.report(trim(at), {{"where", where}}, std::move(related));
}

}  // namespace
CABLELINT_CHECK("E401", check)
}  // namespace cablelint
