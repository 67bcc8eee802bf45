// C501 banner-missing: the text does not open with a classification banner.
#include "cable_text.hpp"

namespace cablelint::check_C501 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    if (present(doc.text.banner.line)) return;
    if (!doc.recognisable()) return;   // F908 reports a file that is no cable at all
    // A banner the grammar could not take apart (C502) is still a banner.
    for (const SyntaxError& e : doc.errors) {
        if (e.kind == SyntaxError::Kind::banner) return;
    }
    const Span at = cable_text::text_start(ctx.src, doc);
    const std::string first = collapse_spaces(doc.text.first_line);
    std::vector<Related> related;
    if (present(doc.wrapper.classification)) {
        related.push_back(ctx.related(trim(doc.wrapper.classification),
                                      "the page classification is " + collapse_spaces(doc.wrapper.classification)));
    }
    if (first.empty()) {
        ctx.report(at, {}, std::move(related), "empty");
    } else {
        ctx.report(at, {{"first", first.size() > 60 ? first.substr(0, 60) + "…" : first}}, std::move(related));
    }
}

}  // namespace
CABLELINT_CHECK("C501", check)
}  // namespace cablelint::check_C501
