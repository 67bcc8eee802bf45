// The body, the document's kind, and "one cause, one finding" (issue 7 §1–§3): variants of the seed that the
// format allows (or that real cables show) and what the model, the facts and the findings say about them.
#include <catch2/catch.hpp>

#include <algorithm>

#include "catalogue.hpp"
#include "facts.hpp"
#include "helpers.hpp"

using namespace cablelint;

namespace {

std::string seed() { return testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"); }

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
    return s;
}

// The seed up to (not including) the first line that starts with `marker`, then `tail`.
std::string cut_before(const std::string& text, const std::string& marker, const std::string& tail) {
    const auto at = text.find("\n" + marker);
    REQUIRE(at != std::string::npos);
    return text.substr(0, at + 1) + tail;
}

std::vector<std::string> codes(const std::vector<Finding>& fs) {
    std::vector<std::string> out;
    for (const Finding& f : fs) out.push_back(f.code + " " + severity_name(f.severity));
    return out;
}
bool has(const std::vector<Finding>& fs, const std::string& code) {
    return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) { return f.code == code; });
}

struct Parsed {
    Source src;
    Document doc;
    DocumentKind kind;
    explicit Parsed(std::string text) : src("", std::move(text)), doc(parse_document(src)), kind(derive_facts(doc).kind) {}
};

// The seed's signature and page chrome, replaced by `ending`.
std::string with_ending(const std::string& ending) {
    const std::string s = seed();
    const auto at = s.find("\nHOAGLAND\n");
    REQUIRE(at != std::string::npos);
    return s.substr(0, at + 1) + ending;
}

}  // namespace

TEST_CASE("signature forms are read into the model") {
    SECTION("a surname alone") {
        Parsed p(seed());
        CHECK(std::string(p.doc.text.signature.name) == "HOAGLAND");
        CHECK_FALSE(p.doc.text.signature.appended);
    }
    SECTION("a surname followed by a date") {
        Parsed p(with_ending("SOBEL 2008-01-08\n"));
        CHECK(std::string(p.doc.text.signature.name) == "SOBEL");
        CHECK(std::string(p.doc.text.signature.date) == "2008-01-08");
    }
    SECTION("a mixed-case surname ending the last paragraph") {
        Parsed p(with_ending("Post will report as warranted. McMullen\n"));
        CHECK(std::string(p.doc.text.signature.name) == "McMullen");
        CHECK(p.doc.text.signature.appended);
    }
    SECTION("joint signature, lower case, NNNN after it") {
        CHECK(std::string(Parsed(with_ending("KEEGAN PAAL\n")).doc.text.signature.name) == "KEEGAN PAAL");
        CHECK(std::string(Parsed(with_ending("curran\n")).doc.text.signature.name) == "curran");
        CHECK(std::string(Parsed(with_ending("HOAGLAND\n\nNNNN\n")).doc.text.signature.name) == "HOAGLAND");
    }
    SECTION("a sentence that ends in a capitalised word is no signature") {
        const std::string text = with_ending("We will follow up. End Comment.\n");
        CHECK_FALSE(present(Parsed(text).doc.text.signature.line));
        CHECK(has(testing::lint_text(text), "P804"));
    }
}

TEST_CASE("a text that ends in line noise is truncated, and unsigned only by the cut") {
    const std::string text = with_ending("The mo~97@Q5OQg\n");
    Parsed p(text);
    CHECK(p.kind.truncation.how == Truncation::How::line_noise);
    CHECK(std::string(p.kind.truncation.at) == "mo~97@Q5OQg");
    const auto fs = testing::lint_text(text);
    CHECK(has(fs, "P805"));
    CHECK_FALSE(has(fs, "P804"));   // the cut removed the signature (P805 explains P804)
    // Not noise: an address, a plain word, a tilde in prose.
    CHECK_FALSE(Parsed(with_ending("See http://www.state.gov/~x9y8z7\nHOAGLAND\n")).kind.truncation.truncated());
    CHECK_FALSE(Parsed(with_ending("Contact jones2@state.gov\n")).kind.truncation.truncated());
}

TEST_CASE("a text cut after its head block: the missing-field rules say nothing about what the cut removed") {
    // Stops at its TAGS line: SUBJECT, Classified By and the paragraphs were removed.
    const std::string text = cut_before(seed(), "SUBJECT:", "");
    Parsed p(text);
    REQUIRE(p.kind.truncation.truncated());
    CHECK(p.kind.truncation.removed_field("subject"));
    CHECK(p.kind.truncation.removed_field("classified_by"));
    CHECK_FALSE(p.kind.truncation.removed_field("eo"));
    const auto fs = testing::lint_text(text);
    INFO(Catch::rangeToString(codes(fs)));
    CHECK(has(fs, "P805"));
    CHECK_FALSE(has(fs, "C508"));
    CHECK_FALSE(has(fs, "T706"));
    CHECK_FALSE(has(fs, "P804"));
    // A field missing before the cut is still reported: no E.O. line, cut at TAGS.
    const std::string no_eo = replace_all(text, "E.O. 12958: DECL: 08/10/2019\n", "");
    CHECK(has(testing::lint_text(no_eo), "E401"));
    // Selected alone, the explained rule is still stood down: the explaining rule runs for it.
    Selection only;
    only.select = {"C508"};
    CHECK_FALSE(has(testing::lint_text(text, only), "C508"));
}

TEST_CASE("a page carrying another cable's text is one finding") {
    // The seed's text replaced by a MOSCOW cable's (banner serial and origin), under the ASTANA page and header.
    const std::string text = replace_all(seed(), "SECTION 01 OF 03 ASTANA 001366", "SECTION 01 OF 03 MOSCOW 005154");
    Parsed p(text);
    REQUIRE(p.kind.other_text.present);
    CHECK(p.kind.other_text.text_id == "MOSCOW 005154");
    const auto fs = testing::lint_text(text);
    INFO(Catch::rangeToString(codes(fs)));
    CHECK(std::count_if(fs.begin(), fs.end(), [](const Finding& f) { return f.code == "W108"; }) == 1);
    for (const char* c : {"H203", "H204", "H205", "W109", "W110"}) CHECK_FALSE(has(fs, c));
    const auto w108 = std::find_if(fs.begin(), fs.end(), [](const Finding& f) { return f.code == "W108"; });
    CHECK(w108->message.find("another cable's (`MOSCOW 005154`)") != std::string::npos);
    CHECK(w108->related.size() >= 5);   // banner serial, identifier, DE serial, banner origin, FM, page Origin …
    // The same text under its own page and header is no other cable's.
    CHECK_FALSE(Parsed(seed()).kind.other_text.present);
}

TEST_CASE("a corrected copy softens D303 and D304 says nothing again") {
    // Caption added, DE day four days after the DTG day (222 → 226), no ZDK.
    std::string text = replace_all(seed(), "R 101402Z AUG 09 ZDK", "R 101402Z AUG 09");
    text = replace_all(text, "#1366/01 2221402", "#1366/01 2261402");
    text = replace_all(text, "\nSIPDIS\n", "\nSIPDIS\n\nC O R R E C T E D C O P Y (TEXT)\n");
    Parsed p(text);
    CHECK(p.kind.copy_signal_name == "corrected-copy caption");
    CHECK_FALSE(p.kind.retransmission);
    const auto fs = testing::lint_text(text);
    INFO(Catch::rangeToString(codes(fs)));
    const auto d303 = std::find_if(fs.begin(), fs.end(), [](const Finding& f) { return f.code == "D303"; });
    REQUIRE(d303 != fs.end());
    CHECK(d303->severity == Severity::warning);
    CHECK(d303->message.find("corrected copy") != std::string::npos);
    CHECK_FALSE(has(fs, "D304"));
    // Spelled `CORRECTED COPY`, `C O R R E C T E D  C O P Y`, or a CCY signal on FL4: the same fact.
    for (const char* caption : {"CORRECTED COPY -TEXT", "C O R R E C T E D  C O P Y", "C O R R E C T E D C O PY (TEXT)"}) {
        INFO(caption);
        CHECK(present(Parsed(replace_all(seed(), "\nSIPDIS\n", std::string("\nSIPDIS\n\n") + caption + "\n")).kind.copy_signal));
    }
    Parsed ccy(replace_all(replace_all(seed(), "R 101402Z AUG 09 ZDK", "R 101402Z AUG 09"), "ZNY CCCCC ZZH",
                           "ZNY CCCCC ZZH(CCY AD6CB6C9 WSC6493 634)"));
    CHECK(ccy.kind.copy_signal_name == "CCY signal");
    CHECK(Parsed(seed()).kind.retransmission);   // the seed's ZDK
}

TEST_CASE("redaction runs are tokens of their own, and a redacted value is unknown") {
    const std::string text = replace_all(seed(), "TAGS: PGOV PREL PINR MARR RS KZ", "TAGS: PGOV PREL PINR MARR RS KZ OVIP (XXXXXXXXXXXX)");
    Parsed p(text);
    REQUIRE_FALSE(p.doc.text.redactions.empty());
    CHECK(std::string(p.doc.text.redactions.front()) == "XXXXXXXXXXXX");
    CHECK(p.kind.redacted);
    CHECK(p.doc.redacted(p.doc.text.tags.tags.back()));
    CHECK_FALSE(p.doc.redacted(p.doc.text.tags.tags.front()));
    // Never a mismatch, never an unknown tag or a missing name: the TAGS line's redacted name, the page's redacted tag.
    const auto fs = testing::lint_text(text);
    INFO(Catch::rangeToString(codes(fs)));
    for (const char* c : {"T703", "T705"}) CHECK_FALSE(has(fs, c));   // (W106: the page lacks OVIP, genuinely)
    const std::string page_redacted = replace_all(
        replace_all(seed(), "TAGS: PGOV PREL PINR MARR RS KZ", "TAGS: PGOV PREL PINR MARR RS KZ OVIP (SMITH)"),
        "KZ\xC2\xA0\n", "KZ\xC2\xA0OVIP\xC2\xA0XXXXXXXXXXXX\xC2\xA0\n");
    REQUIRE(page_redacted.find("OVIP\xC2\xA0XXXX") != std::string::npos);
    CHECK_FALSE(has(testing::lint_text(page_redacted), "W106"));
    // Run onto a word; in lower case (a lower-cased cable's) when at least five x's end a word, not otherwise.
    Parsed q(with_ending("XXXXXXXXXXXXtold the Ambassador that xxxxxx was late, xxxx said.\nHOAGLAND\n"));
    CHECK(q.doc.text.redactions.size() == 2);
    Parsed lower(with_ending("6. xxxxxxxxxxxx told xxxxx that taxxxxxxi and xxxxxxy are words.\nHOAGLAND\n"));
    std::vector<std::string> runs;
    for (Field r : lower.doc.text.redactions) runs.emplace_back(r);
    CHECK(runs == std::vector<std::string>{"xxxxxxxxxxxx", "xxxxx"});
    // A run that starts a line of running text, with another later on the line (07BEIJING1668, 09LAPAZ96): both
    // whole, whichever productions tried the line first.
    Parsed starts(with_ending("line one of the text and\nxxxxx. She gave xxxxx marching orders.\nxxxxxxxxxxxx told the E.O. of it.\nHOAGLAND\n"));
    runs.clear();
    for (Field r : starts.doc.text.redactions) runs.emplace_back(r);
    CHECK(runs == std::vector<std::string>{"xxxxx", "xxxxx", "xxxxxxxxxxxx"});
    for (std::size_t i = 1; i < starts.doc.text.redactions.size(); ++i)
        CHECK(starts.doc.text.redactions[i - 1].data() + starts.doc.text.redactions[i - 1].size() <= starts.doc.text.redactions[i].data());
}

TEST_CASE("the catalogue says which finding explains which, and `cablelint rule` shows it") {
    const Catalogue& cat = builtin_catalogue();
    const RuleInfo* w108 = cat.find("W108");
    REQUIRE(w108 != nullptr);
    REQUIRE_FALSE(w108->explains.empty());
    CHECK(w108->explains.front().when == Explains::When::same_field);
    const RuleInfo* p805 = cat.find("P805");
    REQUIRE(p805 != nullptr);
    REQUIRE_FALSE(p805->explains.empty());
    CHECK(p805->explains.front().when == Explains::When::field_cut);
    // Every explained code is a rule of the catalogue.
    for (const RuleInfo& r : cat.rules())
        for (const Explains& ex : r.explains)
            for (const auto& [code, field] : ex.rules) {
                INFO(r.code << " explains " << code);
                CHECK(cat.find(code) != nullptr);
            }
}

TEST_CASE("an e-mail or database printout around the cable is a wrapper: its fields are never the cable's") {
    const std::string mail =
        "Jane Q Officer  12/02/2009 11:08:08 AM  From  DB/Inbox:  Search Results\n"
        "\n"
        "Cable \n"
        "Text:\n"
        "C O N F I D E N T I A L        ASTANA 01366\n"
        "TELEGRAM\n"
        "To: SECSTATE WASHDC\n"
        "Action: SCA\n"
        "From: AMEMBASSY ASTANA\n"
        "TAGS: ECON EFIN\n"
        "Captions: NOFORN\n"
        "Subject: SOMETHING ELSE ENTIRELY\n"
        "Ref: NONE\n"
        "CXASTANA:\n"
        "    ACTION: POL\n"
        "    INFO:   DCM ECON\n"
        "\n"
        "DISSEMINATION: POL /1\n"
        "CHARGE: PROG\n"
        "\n"
        "APPROVED: AMB:RHOAGLAND\n"
        "DRAFTED: POL:JDOE\n"
        "CLEARED: DCM:KSMITH\n"
        "\n";
    const std::string plain = seed();
    const std::string anchor = "how-to read a cable\n";
    const auto at = plain.find(anchor);
    REQUIRE(at != std::string::npos);
    const std::string text = plain.substr(0, at + anchor.size()) + mail + plain.substr(at + anchor.size());
    Parsed p(text);
    REQUIRE(present(p.doc.mail.block));
    CHECK(std::string(p.doc.mail.subject) == "SOMETHING ELSE ENTIRELY");
    CHECK(std::string(p.doc.mail.tags) == "ECON EFIN");
    // The cable's own fields: header family A, the real banner, its TAGS and SUBJECT.
    CHECK(p.doc.header.family == HeaderFamily::relay);
    CHECK(std::string(p.doc.text.banner.serial) == "001366");
    CHECK(std::string(p.doc.text.tags.tags.front()) == "PGOV");
    CHECK(std::string(p.doc.text.subject.first).rfind("KAZAKHSTAN", 0) == 0);
    CHECK_FALSE(p.doc.has_caption("NOFORN"));
    // The same findings as the cable without the printout (the page wrapper's no-break spaces aside).
    auto without_f902 = [](std::vector<Finding> fs) {
        std::vector<std::string> out;
        for (const Finding& f : fs)
            if (f.code != "F902") out.push_back(f.code + " " + severity_name(f.severity));
        return out;
    };
    CHECK(without_f902(testing::lint_text(text)) == without_f902(testing::lint_text(plain)));
    // Without a transmission header after it, such lines are no wrapper (nothing for the block to wrap).
    Parsed bare(plain.substr(0, at + anchor.size()) + "TELEGRAM\nSubject: X\n" +
                plain.substr(plain.find("C O N F I D E N T I A L SECTION 01")));
    CHECK_FALSE(present(bare.doc.mail.block));
}

TEST_CASE("the second copy of the head block keeps its caption lines, and they count when the copies differ") {
    const std::string s = seed();
    const auto second = s.find("SECTION 01 OF 03 ASTANA 001366\n\nSIPDIS\n", s.find("SECTION 01 OF 03") + 1);
    REQUIRE(second != std::string::npos);
    std::string text = s;
    text.insert(second + std::string("SECTION 01 OF 03 ASTANA 001366\n\nSIPDIS\n").size(), "NOFORN\n");
    Parsed p(text);
    REQUIRE(present(p.doc.text.duplicate_head));
    CHECK(p.doc.text.duplicate_head_differs);
    std::vector<std::string> dup;
    for (Field f : p.doc.text.duplicate_captions) dup.push_back(std::string(f));
    CHECK(dup == std::vector<std::string>{"SIPDIS", "NOFORN", "STATE FOR SCA/CEN, EUR/RUS, P/M"});
    for (Field f : p.doc.text.captions) CHECK(std::string(f) != "NOFORN");
}

TEST_CASE("a corrected-copy caption is no caption line") {
    Parsed p(replace_all(seed(), "\nSIPDIS\n", "\nSIPDIS\nC O R R E C T E D COPY (ADDED CAPTION)\n"));
    REQUIRE_FALSE(p.doc.copy_signals.empty());
    for (Field f : p.doc.text.captions) CHECK(f.find("C O R R") == Field::npos);
    for (const Caption& c : p.doc.text.caption_items) CHECK(c.at.find("ADDED") == Field::npos);
}
