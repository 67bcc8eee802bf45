// Shared by the tests: where the repository is, reading files, linting a file with the default config.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "config.hpp"
#include "engine.hpp"
#include "source.hpp"

namespace testing {

inline std::filesystem::path repo() { return CABLELINT_SOURCE_DIR; }
inline std::filesystem::path shared_corpus() { return repo().parent_path() / "shared" / "corpus"; }

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::vector<cablelint::Finding> lint_file(const std::filesystem::path& p,
                                                 const cablelint::Selection& sel = {}) {
    cablelint::Source src(p.string(), read_file(p));
    return cablelint::lint(src, *cablelint::Config::defaults(), sel);
}

inline std::vector<cablelint::Finding> lint_text(const std::string& text, const cablelint::Selection& sel = {}) {
    cablelint::Source src("", text);
    return cablelint::lint(src, *cablelint::Config::defaults(), sel);
}

}  // namespace testing
