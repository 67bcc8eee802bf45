// Every Catch2 test case becomes a ctest test through catch_discover_tests, which passes the name back to Catch2 as
// a test spec. Characters that the discovery script or Catch2's spec parser read as syntax would split or change the
// name (a `;` splits it into two ctest tests that never run the case), so they are not allowed in names.
#include <catch2/catch.hpp>

#include <string>

namespace {

// Why a name would not survive discovery, or empty if it would.
std::string mangling(const std::string& name) {
    if (name.empty()) return "empty name";
    if (name.front() == ' ' || name.back() == ' ') return "leading or trailing space (trimmed)";
    if (name.front() == '-' || name.front() == '~' || name.front() == '#')
        return std::string("leading '") + name.front() + "' (read as an option, a negation or a tag filter)";
    if (name.rfind("exclude:", 0) == 0) return "leading \"exclude:\" (a negation)";
    for (char c : name) {
        if (c == ';') return "';' (a CMake list separator: the name is split in two)";
        if (c == '\\' || c == '"' || c == '*') return std::string("'") + c + "' (test spec syntax)";
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "a control character";
    }
    if (name.find("]==]") != std::string::npos) return "\"]==]\" (ends CMake's bracket argument)";
    return {};
}

}  // namespace

TEST_CASE("every test name survives ctest discovery") {
    CHECK(mangling("lsp: a bad config is a diagnostic; unknown requests get an error") != "");
    CHECK(mangling("-x") != "");
    CHECK(mangling("a, b [c] and d/e: f") == "");
    for (const Catch::TestCase& t : Catch::getRegistryHub().getTestCaseRegistry().getAllTests()) {
        INFO("test case \"" << t.name << "\"");
        CHECK(mangling(t.name) == "");
    }
}
