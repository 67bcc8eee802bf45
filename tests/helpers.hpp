// Shared by the tests: where the repository is, reading files, linting a file with the default config.
#pragma once

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli.hpp"
#include "config.hpp"
#include "engine.hpp"
#include "source.hpp"

namespace testing {

// The command line run in-process: exit code, standard output, standard error.
struct Run {
    int code;
    std::string out, err;
};
inline Run cli(std::vector<std::string> args, const std::string& stdin_text = "") {
    std::vector<const char*> argv{"cablelint"};
    for (const auto& a : args) argv.push_back(a.c_str());
    std::istringstream in(stdin_text);
    std::ostringstream out, err;
    const int code = cablelint::run_cli(static_cast<int>(argv.size()), argv.data(), in, out, err);
    return {code, out.str(), err.str()};
}

inline std::filesystem::path repo() { return CABLELINT_SOURCE_DIR; }

// A fresh directory under the system's temporary directory, removed at the end of the test.
struct TempDir {
    std::filesystem::path dir;
    explicit TempDir(const std::string& prefix) {
        static int n = 0;
        dir = std::filesystem::temp_directory_path() / (prefix + std::to_string(::getpid()) + "-" + std::to_string(n++));
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir() { std::filesystem::remove_all(dir); }
    std::string write(const std::string& name, const std::string& text) const {
        std::filesystem::create_directories((dir / name).parent_path());
        std::ofstream(dir / name, std::ios::binary) << text;
        return (dir / name).string();
    }
    std::string path(const std::string& name) const { return (dir / name).string(); }
};
// The real corpus, kept in the repository under fixtures/corpus (fixtures/corpus/README.md says where it came from).
inline std::filesystem::path corpus() { return repo() / "fixtures" / "corpus"; }

// ASCII text as UTF-16 (little- or big-endian), without a byte-order mark.
inline std::string utf16(const std::string& ascii, bool le) {
    std::string out;
    for (char c : ascii) {
        if (le) out += c, out += '\0';
        else out += '\0', out += c;
    }
    return out;
}

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

// A finding as the fixtures' expected files write it: `CODE LINE:COL-END severity: message`, then one indented
// `LINE:COL-END note: message` per related location. END is the column just after the span when the span ends on
// its first line, else `LINE:COL` of that end; columns count characters as the text output does.
inline std::string span_text(const cablelint::Source& src, cablelint::Span span) {
    const cablelint::Position b = src.position(span.begin), e = src.position(std::max(span.end, span.begin));
    std::string out = std::to_string(b.line) + ":" + std::to_string(b.column) + "-";
    if (e.line != b.line) out += std::to_string(e.line) + ":";
    return out + std::to_string(e.column);
}

inline std::vector<std::string> rendered(const cablelint::Source& src, const cablelint::Finding& f) {
    std::vector<std::string> out{f.code + " " + span_text(src, f.span) + " " + cablelint::severity_name(f.severity) +
                                 ": " + f.message};
    for (const cablelint::Related& r : f.related) out.push_back("  " + span_text(src, r.span) + " note: " + r.message);
    return out;
}

inline std::vector<cablelint::Finding> lint_text(const std::string& text, const cablelint::Selection& sel = {}) {
    cablelint::Source src("", text);
    return cablelint::lint(src, *cablelint::Config::defaults(), sel);
}

}  // namespace testing
