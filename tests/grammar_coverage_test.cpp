// Which productions of grammar::cable the real corpus reaches (PEGTL's contrib/coverage.hpp over fixtures/corpus).
// The counts of every production go to <build>/grammar-coverage.txt; the test asserts that the productions every
// real cable collection must reach — each header family, each head field, page markers, portion marks, the page
// wrapper and chrome — are matched at least once, so that a grammar change that silently stops recognising a
// construct fails here rather than as a drift of findings.
#include <catch2/catch.hpp>

#include <fstream>
#include <iomanip>

#include "helpers.hpp"
#include "parse_coverage.hpp"

using namespace cablelint;

namespace {

constexpr std::string_view grammar_prefix = "cablelint::grammar::";

// The productions real cables must reach (names in grammar/*.hpp).
const char* const must_reach[] = {
    // page wrapper and chrome
    "wrapper", "identifier_value", "created_value", "classification_value", "origin_value", "title_block", "page_tags_line",
    "page_tag", "chrome_pdf", "share_chrome",
    // transmission header: every family
    "header", "fl1_line", "routing_line", "de_line", "security_line", "dtg_line", "bare_dtg_line", "fm_line",
    "to_block", "info_block", "to_address", "info_address", "address_ri", "pla", "address_mcn", "distribution_line",
    "partial_extract_notice", "dtg",
    // text: banner, captions and head fields
    "first_banner", "banner_line", "banner_section", "banner_serial", "later_banner", "eo_line", "decl_date",
    "tags_line", "tag", "person_tag", "subject_line", "subject_block", "ref_line", "ref_block", "classified_by_line",
    // body
    "paragraph_line", "paragraph_number", "portion_mark", "page_marker_line", "continuation_line", "end_of_message",
    "text_line",
};

}  // namespace

TEST_CASE("the real corpus reaches the productions real cables must reach") {
    tao::pegtl::coverage_result result;
    std::size_t files = 0;
    for (const char* dir : {"cablegate", "bare", "seed"}) {
        for (const auto& e : std::filesystem::directory_iterator(testing::corpus() / dir)) {
            if (e.path().extension() != ".txt") continue;
            Source src(e.path().string(), testing::read_file(e.path()));
            parse_coverage(src, result);
            ++files;
        }
    }
    REQUIRE(files == 848);

    // One line per production of grammar/: tried, matched, failed, raised (a strict field's error).
    const auto out_path = std::filesystem::path(CABLELINT_BINARY_DIR) / "grammar-coverage.txt";
    std::ofstream out(out_path);
    out << "# grammar::cable over fixtures/corpus (" << files << " files): production, start, success, failure, raise\n";
    std::vector<std::string> never;
    for (const auto& [name, info] : result) {
        if (name.substr(0, grammar_prefix.size()) != grammar_prefix) continue;
        const std::string_view production = name.substr(grammar_prefix.size());
        out << std::left << std::setw(32) << production << std::right << std::setw(10) << info.start << std::setw(10)
            << info.success << std::setw(10) << info.failure << std::setw(8) << info.raise << "\n";
        if (info.success == 0) never.emplace_back(production);
    }
    std::string never_list;
    for (const auto& n : never) never_list += " " + n;
    WARN("grammar coverage in " << out_path.string() << "; never matched on the corpus:" << never_list);

    for (const char* production : must_reach) {
        INFO(production);
        const auto it = result.find(std::string(grammar_prefix) + production);
        REQUIRE(it != result.end());   // still a production of the grammar
        CHECK(it->second.success > 0);
    }
}
