// T704 subject-tag-missing: the TAGS line has no subject tag (a four-letter tag that is not a K program tag, R37).
#include "text_scan.hpp"

namespace cablelint::check_T704 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const TagsLine& line = doc.text.tags;
    if (!present(line.line)) return;   // T701
    const std::vector<Field>& tags = line.tags;
    std::string list;
    for (Field t : tags) {
        if (text_scan::counts_as_subject(ctx.vocab, t)) return;
        if (!list.empty()) list += ' ';
        list += collapse_spaces(t);
    }
    std::vector<Related> related;
    if (doc.wrapper.present && !doc.wrapper.tags.empty()) {
        std::string page;
        for (Field t : doc.wrapper.tags) page += (page.empty() ? "" : " ") + std::string(t);
        related.push_back(ctx.related(trim(doc.wrapper.tags_line), "the page Tags field lists " + page));
    }
    if (tags.empty()) {
        ctx.report(line.label, {}, std::move(related), "empty");
        return;
    }
    const Field all(tags.front().data(), static_cast<std::size_t>(tags.back().data() + tags.back().size() - tags.front().data()));
    ctx.report(all, {{"tags", list}}, std::move(related));
}

}  // namespace
CABLELINT_CHECK("T704", check)
}  // namespace cablelint::check_T704
