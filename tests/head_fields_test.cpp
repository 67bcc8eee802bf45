// The head fields of the text (grammar/head.hpp): label forms, run-on fields of lower-cased cables, TAGS over
// lines, REF items, Classified By reasons, captions and addressee lines. Variants the format allows must read
// right and give no false finding.
#include <list>
#include <catch2/catch.hpp>

#include <tao/pegtl/contrib/analyze.hpp>

#include "../grammar/head.hpp"
#include "engine.hpp"
#include "helpers.hpp"
#include "util.hpp"

using namespace cablelint;

namespace {

std::vector<std::string> texts(const std::vector<Field>& fs) {
    std::vector<std::string> out;
    for (Field f : fs) out.emplace_back(f);
    return out;
}

bool reports(const std::vector<Finding>& fs, const std::string& code) {
    for (const Finding& f : fs) {
        if (f.code == code) return true;
    }
    return false;
}

void no_errors(const std::vector<Finding>& fs) {
    for (const Finding& f : fs) {
        INFO(f.code << " " << f.message);
        CHECK(f.severity != Severity::error);
    }
}

const std::string kHeader = "R 101402Z AUG 09\nFM AMEMBASSY BERLIN\nTO SECSTATE WASHDC\n";

}  // namespace

TEST_CASE("the head sub-grammars have no problems PEGTL's analyzer can find") {
    CHECK(tao::pegtl::analyze<grammar::clby::block>(1) == 0);
    CHECK(tao::pegtl::analyze<grammar::ref::items>(1) == 0);
    CHECK(tao::pegtl::analyze<grammar::caption::line>(1) == 0);
    CHECK(tao::pegtl::analyze<grammar::caption::addressee>(1) == 0);
}

TEST_CASE("a lower-cased cable with TAGS and SUBJECT run onto the E.O. line reads each from its own part") {
    const std::string text = kHeader +
                             "S e c r e t berlin 001068\n\nSipdis\n\n"
                             "E.o. 12958: decl: 01/07/2034 Tags: prel, pgov Subject: germany requests release of\n"
                             "a nonpaper to the customs office\n\n"
                             "Classified By: Ambassador Philip Murphy for reasons 1.4 (b) and (d).\n\n"
                             "1. (S) Germany asked for the release.\n\nMURPHY\n";
    Source src("", text);
    const Document d = parse_document(src);
    CHECK(d.text.eo.decl_date == "01/07/2034");
    CHECK(d.text.eo.label_form == EoLabelForm::lower_case);
    CHECK(texts(d.text.tags.tags) == std::vector<std::string>{"prel", "pgov"});
    CHECK(d.text.tags.label == "Tags:");
    CHECK(d.text.subject.label == "Subject:");
    CHECK(d.text.subject.lines.size() == 2);
    CHECK(cablelint::trim(d.text.subject.first) == "germany requests release of");
    const auto fs = testing::lint_text(text);
    no_errors(fs);
    CHECK_FALSE(reports(fs, "T701"));
    CHECK_FALSE(reports(fs, "T706"));
    CHECK_FALSE(reports(fs, "T707"));   // a lower-cased cable writes "Subject:"
    CHECK_FALSE(reports(fs, "E402"));   // nor is its "E.o." a typo
}

TEST_CASE("a TAGS list continued over lines with commas") {
    const std::string text = kHeader +
                             "C O N F I D E N T I A L BERLIN 001068\n\nSIPDIS\n\nE.O. 12958: DECL: 08/10/2019\n"
                             "TAGS: PREL, PGOV, ECON,\nETRD, GM\nSUBJECT: GERMANY AND THE TALKS\n\n"
                             "Classified By: Ambassador Philip Murphy, 1.4 (b/d)\n\n1. (C) Text.\n\nMURPHY\n";
    Source src("", text);
    const Document d = parse_document(src);
    CHECK(texts(d.text.tags.tags) == std::vector<std::string>{"PREL", "PGOV", "ECON", "ETRD", "GM"});
    CHECK(d.text.tags.label_colon);
    const auto fs = testing::lint_text(text);
    no_errors(fs);
    CHECK_FALSE(reports(fs, "T702"));
    CHECK_FALSE(reports(fs, "T703"));
}

TEST_CASE("REF items on separate lines, with a year before, after, or none") {
    const std::string text = kHeader +
                             "C O N F I D E N T I A L BERLIN 001068\n\nSIPDIS\n\nE.O. 12958: DECL: 08/10/2019\n"
                             "TAGS: PREL, GM\nSUBJECT: GERMANY AND THE TALKS\n\n"
                             "REF: A. 08 STATE 061194\n\nB. 2005 BUCHAREST 2550\n\nC. DOHA 152 (08)\n"
                             "D. BERLIN 1000\n\n"
                             "Classified By: Ambassador Philip Murphy, 1.4 (b/d)\n\n1. (C) Text.\n\nMURPHY\n";
    Source src("", text);
    const Document d = parse_document(src);
    const auto& items = d.text.ref.items;
    REQUIRE(items.size() == 4);
    CHECK(items[0].enumeration == "A.");
    REQUIRE(items[0].cables.size() == 1);
    CHECK(items[0].cables[0].year == "08");
    CHECK(items[0].cables[0].origin == "STATE");
    CHECK(items[0].cables[0].serial == "061194");
    CHECK(items[1].letter == 'B');
    REQUIRE(items[1].cables.size() == 1);
    CHECK(items[1].cables[0].year == "2005");
    CHECK(items[1].cables[0].origin == "BUCHAREST");
    REQUIRE(items[2].cables.size() == 1);
    CHECK(items[2].cables[0].origin == "DOHA");
    CHECK(items[2].cables[0].year_after == "(08)");
    REQUIRE(items[3].cables.size() == 1);
    CHECK_FALSE(present(items[3].cables[0].year));
    const auto fs = testing::lint_text(text);
    no_errors(fs);
    CHECK_FALSE(reports(fs, "T708"));
    CHECK_FALSE(reports(fs, "T709"));   // BERLIN 1000 is lower than 1068: same year
}

TEST_CASE("REFTEL and REF(S) labels, and items lettered A) and (B)") {
    {
        Source src("", "UNCLAS STATE 001234\n\nREFTEL: STATE 12345\n");
        const Document d = parse_document(src);
        CHECK(d.text.ref.label == "REFTEL:");
        REQUIRE(d.text.ref.items.size() == 1);
        REQUIRE(d.text.ref.items[0].cables.size() == 1);
        CHECK(d.text.ref.items[0].cables[0].serial == "12345");
    }
    {
        Source src("", "UNCLAS STATE 001234\n\nREF(S): A) MADRID 1257 (B) SAINZ E-MAIL OF 3/11\n");
        const Document d = parse_document(src);
        CHECK(d.text.ref.label == "REF(S):");
        REQUIRE(d.text.ref.items.size() == 2);
        CHECK(d.text.ref.items[0].enumeration == "A)");
        CHECK(d.text.ref.items[1].enumeration == "(B)");
        CHECK(d.text.ref.items[1].cables.empty());   // free text
    }
}

TEST_CASE("Classified By wrapped over two lines: classifier, section and letters") {
    Source src("", "S E C R E T STATE 001234\n\nE.O. 12958: DECL: 08/10/2019\n"
                   "Classified By: Ambassador Richard E. Hoagland for Reasons 1.4 (b) and\n(d).\n\n1. (S) Text.\n");
    const Document d = parse_document(src);
    const ClassifiedBy& c = d.text.classified_by;
    CHECK(c.classifier == "Ambassador Richard E. Hoagland");
    CHECK(c.reasons_section == "1.4");
    REQUIRE(c.letters.size() == 2);
    CHECK(c.letters[0].at == "b");
    CHECK(c.letters[1].at == "d");
    CHECK(c.letters[1].in_parens);
}

TEST_CASE("a reason section that is none is read as malformed") {
    Source src("", "S E C R E T STATE 001234\n\nClassified By: DCM John Doe, reasons 1/4 (B)\n");
    const Document d = parse_document(src);
    CHECK_FALSE(present(d.text.classified_by.reasons_section));
    CHECK(d.text.classified_by.malformed_section == "1/4");
}

TEST_CASE("caption lines and FOR lines that wrap") {
    Source src("", "S E C R E T STATE 001234 NOFORN\n\nSIPDIS\nSTATE FOR SCA/CEN, EUR/RUS, P/M AND\nNEA/ARP\n"
                   "NOFORN, SIPDIS, FOR DCMS AND ALL CABLE DRAFTERS\n\nE.O. 12958: DECL: 08/10/2019\n");
    const Document d = parse_document(src);
    CHECK(texts(d.text.for_lines) == std::vector<std::string>{"STATE FOR SCA/CEN, EUR/RUS, P/M AND", "NEA/ARP"});
    CHECK(texts(d.text.captions) == std::vector<std::string>{"SIPDIS", "NOFORN, SIPDIS, FOR DCMS AND ALL CABLE DRAFTERS"});
    std::vector<std::string> known;
    for (const Caption& c : d.text.caption_items) {
        if (c.kind != CaptionKind::none) known.push_back(c.name);
    }
    CHECK(known == std::vector<std::string>{"NOFORN", "SIPDIS", "NOFORN", "SIPDIS"});   // banner run-on first
}

TEST_CASE("SUBJ: is the period's label before 1995, a malformed one after") {
    const std::string head = "C O N F I D E N T I A L MADRID 01234\n\nE.O. 12356: DECL: OADR\nTAGS: PREL, SP\n"
                             "SUBJ: SPAIN AND NATO\n\n1. (C) Text.\n";
    const std::string old_cable = "R 281848Z DEC 92\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC\n" + head;
    const std::string new_cable = "R 281848Z DEC 09\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC\n" + head;
    Source src("", old_cable);
    CHECK(parse_document(src).text.subject.label_form == SubjectLabelForm::subj);
    CHECK_FALSE(reports(testing::lint_text(old_cable), "T707"));
    CHECK(reports(testing::lint_text(new_cable), "T707"));
}

TEST_CASE("E.O. label forms come from the production that matched") {
    std::list<Source> sources;   // outlive the E.O. lines, which view into them
    auto eo = [&sources](const std::string& line) {
        const Source& src = sources.emplace_back("", "UNCLAS STATE 001234\n\n" + line + "\n");
        return parse_document(src).text.eo;
    };
    const EoLine a = eo("EO: 12958 N/A");
    CHECK(a.label_form == EoLabelForm::short_form);
    CHECK(a.colon_before == ":");
    const EoLine b = eo("E.O. 12958 N/A");
    CHECK(b.label_form == EoLabelForm::canonical);
    CHECK_FALSE(present(b.number_colon));
    const EoLine c = eo("E.0. 12958: N/A");
    CHECK(c.label_form == EoLabelForm::zero);
    CHECK(c.number_colon == ":");
    CHECK(eo("E. O. 12958: N/A").label_form == EoLabelForm::spaced);
    CHECK(eo("E.O 12958: N/A").label_form == EoLabelForm::no_final_dot);
}

TEST_CASE("the lines after the TAGS line are kept, and a list wrapped without a comma matches the page") {
    const std::string seed = testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    {
        const Source src("", seed);
        const Document doc = parse_document(src);
        CHECK(texts(doc.text.tags.following) == std::vector<std::string>{
                  "SUBJECT: KAZAKHSTAN: NEW MINISTER OF DEFENSE OPTIMISTIC", "ABOUT U.S.-KAZAKHSTANI MILITARY COOPERATION"});
    }
    // The page lists a long tag; the TAGS line wraps before it, without a comma, so the grammar does not take the
    // next line for tags: W106 still sees the list end there.
    std::string text = seed;
    const auto replace = [&](const std::string& from, const std::string& to) {
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    };
    replace("KZ\xC2\xA0\n", "KZ\xC2\xA0KAZAKHSTANI\xC2\xA0\n");   // the page's Tags line (no-break spaces)
    replace("TAGS: PGOV PREL PINR MARR RS KZ\n", "TAGS: PGOV PREL PINR MARR RS\nKZ KAZAKHSTANI\n");
    Selection only;
    only.select = {"W106"};
    CHECK(testing::lint_text(text, only).empty());
    // A word that is no page tag: the line is not the list's, and the page's KZ and KAZAKHSTANI are missing.
    replace("KZ KAZAKHSTANI\n", "KZ KAZAKHSTAN\n");
    CHECK(testing::lint_text(text, only).size() == 2);
}

TEST_CASE("a caption word is read one way for every rule: whole word, outside parentheses, any case") {
    const std::string seed = testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    const auto with_caption = [&](const std::string& line) {
        std::string s = seed;
        const auto at = s.find("\nSIPDIS\n");
        REQUIRE(at != std::string::npos);
        return s.insert(at + 1, line + "\n");
    };
    const auto caption = [](const std::string& text, const char* word) {
        const Source src("", text);
        return std::string(parse_document(src).caption_line_with(word));
    };
    CHECK(caption(seed, "NOFORN").empty());
    CHECK(caption(seed, "SIPDIS") == "SIPDIS");
    CHECK(caption(with_caption("Noforn"), "NOFORN") == "Noforn");
    CHECK(caption(with_caption("NOFORN, SIPDIS, FOR DCMS AND ALL CABLE DRAFTERS"), "NOFORN") ==
          "NOFORN, SIPDIS, FOR DCMS AND ALL CABLE DRAFTERS");
    CHECK(caption(with_caption("(NOFORN CAPTION ADDED)"), "NOFORN").empty());
    CHECK(caption(with_caption("NOFORNX"), "NOFORN").empty());
    // The level: an UNCLAS banner with a SENSITIVE caption is SBU.
    std::string sbu = with_caption("SENSITIVE");
    const auto at = sbu.find("C O N F I D E N T I A L SECTION 01 OF 03");
    REQUIRE(at != std::string::npos);
    sbu.replace(at, std::string("C O N F I D E N T I A L").size(), "UNCLAS");
    const Source src("", sbu);
    CHECK(parse_document(src).level() == Level::sbu);
}
