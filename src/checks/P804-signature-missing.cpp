// P804 signature-missing: the text does not end with a signature (the model's `text.signature`, found by the
// signature pass: grammar/signature.hpp). Partial extracts say so themselves and are not reported; a cut text is
// P805's (it stands P804 down: the cut removed the signature), and so is a text that ends in its head block.
#include "check.hpp"
#include "checks/cable_text.hpp"
#include "checks/text_scan.hpp"

namespace cablelint::check_P804 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    if (!present(doc.text.region) || ctx.facts.kind.partial_extract || !doc.recognisable()) return;
    if (present(doc.text.signature.line) || !present(doc.text.last_line)) return;
    const Field last = doc.text.last_line;
    // A text that ends in its head block is cut (P805), not unsigned.
    const Field head = text_scan::head_end(doc);
    if (doc.text.paragraphs.empty() && present(head) && last.data() <= head.data() + head.size()) return;
    std::string tail(last);
    if (tail.size() > 60) {
        std::size_t cut = tail.size() - 60;
        while (cut < tail.size() && (static_cast<unsigned char>(tail[cut]) & 0xC0) == 0x80) ++cut;
        tail = "…" + tail.substr(cut);
    }
    ctx.report(last, {{"tail", tail}});
}

}  // namespace
CABLELINT_CHECK("P804", check)
}  // namespace cablelint::check_P804
