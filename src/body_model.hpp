// Model types of the cable's body and of what surrounds it (included by document.hpp): SUMMARY/COMMENT/NOTE
// openers and closers, redaction runs, the corrected-copy caption and operating signals, the signature, an e-mail
// or database-printout block around the cable. Every value is a view into the file, as in document.hpp.
#pragma once

#include <string_view>
#include <vector>

namespace cablelint {

// "SUMMARY:", "BEGIN SUMMARY", "Summary and comment:", "END COMMENT.", "(NOTE: …": one token per word that opens
// or closes an aside of the text. `word` is the SUMMARY/COMMENT/NOTE word itself, `at` the whole token
// ("END SUMMARY AND COMMENT" closes both: two tokens sharing `at`).
struct Aside {
    enum class Kind { summary, comment, note };
    enum class Role { opens, closes };
    Kind kind = Kind::summary;
    Role role = Role::opens;
    std::string_view at;          // "BEGIN SUMMARY", "END SUMMARY AND COMMENT", "Comment:"
    std::string_view word;        // "SUMMARY", "Comment"
    bool begin = false;           // opened by "BEGIN …": it must be ended
};

// A run of blank lines between two lines of text (page markers break the run): a paragraph break, or a page break of
// the original that the transcription turned into blank lines inside a sentence (P802).
struct TextBreak {
    std::string_view before;      // the last line of text before the blank lines
    std::string_view blank;       // the first blank line
    int blank_lines = 0;
    std::string_view after;       // the first line of text after them
    // The line starts a numbered, lettered or bulleted item (grammar/text.hpp `item_start`): "7. ", "-- ", "(a) ".
    bool before_item = false, after_item = false;
};

// A signal that the cable is a corrected copy or a retransmission: the caption `C O R R E C T E D C O P Y …`
// (`CORRECTED COPY`), or the operating signals `CCY` (FL4/FL5 `(CCY AD6CB6C9 MSI1033-695)`), `ZDK`, `ZDS`, `ZFD`.
struct CopySignal {
    enum class Kind { corrected_caption, ccy, zdk, zds, zfd };
    Kind kind = Kind::corrected_caption;
    std::string_view at;          // the signal word, or the caption line
};

// The signature: the signer's surname alone on the last line (`HOAGLAND`, `KEEGAN PAAL`), followed by a date
// (`SOBEL 2008-01-08`), or a mixed-case surname ending the last paragraph (`… as warranted. McMullen`).
struct Signature {
    std::string_view line;        // the line that carries it
    std::string_view name;        // "HOAGLAND", "McMullen"
    std::string_view date;        // "2008-01-08", absent if none
    bool appended = false;        // run onto the end of the last paragraph
};

// An e-mail or database printout around the cable (spec §2.10 family G): `From DB/Inbox: Search Results`,
// `Cable Text:`, `TELEGRAM`, `To:`/`Action:`/`From:`/`TAGS:`/`Captions:`/`Subject:`/`Ref:`, `CX<POST>:`,
// `DISSEMINATION:`, `CHARGE:`, `APPROVED:`/`DRAFTED:`/`CLEARED:`. Its fields are the wrapper's, never the cable's.
struct MailWrapper {
    std::string_view block;                    // first to last line of the wrapper block
    std::vector<std::string_view> lines;       // its lines (label lines and their continuations)
    std::string_view subject, tags;            // its own `Subject:` and `TAGS:` values, for display only
};

}  // namespace cablelint
