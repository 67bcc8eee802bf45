// What the document is, derived once per file from the located model (issue 7 §2) as part of the facts
// (src/facts.hpp, `Facts::kind`): cut short, carrying another cable's text under this page and header, a corrected
// copy or retransmission, redacted. Checks read these facts
// instead of concluding them again, and the engine reads them to stand down findings one cause explains
// (catalogue `explains:`, docs/rules/*.md "Stood down by").
#pragma once

#include <string>
#include <vector>

#include "document.hpp"

namespace cablelint {

// The text stops mid-way (P805).
struct Truncation {
    enum class How { none, ellipsis, line_noise, after_head };
    How how = How::none;
    Field at;                     // the "..." / the noise / the last head line
    Field last_line;              // the text's last line
    // The head fields whose place (banner → E.O. → TAGS → SUBJECT → REF → Classified By → paragraphs → signature)
    // lies after the point where the text stops: "eo", "tags", "subject", "ref", "classified_by", "paragraphs",
    // "signature". The cut removed them; a rule that misses one of them has nothing to add.
    std::vector<std::string> removed;
    bool truncated() const { return how != How::none; }
    bool removed_field(std::string_view field) const;
};

// One field of the cable's identity as the text (banner) gives it and as the page and header give it.
struct IdentityField {
    std::string what;             // "serial", "origin", "classification", "section"
    bool agrees = true;           // the text's value agrees with the page and header
    Field text_at;                // the banner's value
    std::string text_label;       // "banner serial 005154"
    std::vector<std::pair<Field, std::string>> page_side;   // the page's and header's values with labels
};

// The text below the page and header is another cable's (spec §6, "mislabeled pages"): its banner serial is not
// the identifier's and DE line's (which agree), and its origin is another post's.
struct OtherCableText {
    bool present = false;
    Field banner;                 // the other cable's banner line
    std::string text_id;          // "MOSCOW 005154", as the banner names it
    std::vector<IdentityField> fields;
};

struct DocumentKind {
    Truncation truncation;
    OtherCableText other_text;
    // A corrected copy or retransmission: the first signal (caption, CCY, ZDK, ZDS, ZFD), absent if none.
    Field copy_signal;
    std::string copy_signal_name;   // "ZDS", "CCY", "corrected-copy caption"
    bool retransmission = false;    // the signal is ZDK, ZDS or ZFD (else a corrected copy)
    bool redacted = false;          // some value of the text is a redaction run
    bool partial_extract = false;   // family E: the text stops by design
};

DocumentKind document_kind(const Document& doc);

}  // namespace cablelint
