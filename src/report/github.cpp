// GitHub Actions workflow commands: `::error file=F,line=L,endLine=L2,col=C,endColumn=C2,title=T::MESSAGE`, one
// `::group::` per file with findings. GitHub shows at most 10 errors and 10 warnings per step: SARIF is for bulk.
#include "reporter.hpp"

namespace cablelint {

namespace {

// Message data: %, CR and LF are escaped.
std::string escape_data(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '%') out += "%25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else out.push_back(c);
    }
    return out;
}

// Property values: also ':' and ','.
std::string escape_property(std::string_view s) {
    std::string out;
    for (char c : escape_data(s)) {
        if (c == ':') out += "%3A";
        else if (c == ',') out += "%2C";
        else out.push_back(c);
    }
    return out;
}

const char* command(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        default: return "notice";
    }
}

class GithubReporter : public Reporter {
public:
    explicit GithubReporter(std::ostream& out) : out_(out) {}

    void file(const FileReport& r) override {
        if (!r.skipped.empty()) return;   // a directory walk's non-cable: nothing to annotate
        if (const std::string problem = r.problem(); !problem.empty()) {
            out_ << "::error file=" << escape_property(r.path) << ",title=" << escape_property("cablelint") << "::"
                 << escape_data(problem) << "\n";
            if (!r.error.empty()) return;
        }
        if (r.findings.empty()) return;
        out_ << "::group::" << escape_data(r.path) << "\n";
        for (const Finding& f : r.findings) {
            const Position b = r.source->position(f.span.begin);
            const Position e = r.source->position(std::max(f.span.end, f.span.begin));
            out_ << "::" << command(f.severity) << " file=" << escape_property(r.path) << ",line=" << b.line
                 << ",endLine=" << e.line;
            // Columns only on a single-line span (GitHub ignores them otherwise).
            if (b.line == e.line) out_ << ",col=" << b.column << ",endColumn=" << std::max(e.column, b.column);
            out_ << ",title=" << escape_property(f.code + " " + f.name) << "::" << escape_data(f.message) << "\n";
        }
        out_ << "::endgroup::\n";
    }

    void end(const Summary& s) override {
        auto n = [](std::size_t k, const char* one, const char* many) { return std::to_string(k) + " " + (k == 1 ? one : many); };
        out_ << "cablelint: " << n(s.files, "file", "files") << ", " << n(s.errors, "error", "errors") << ", "
             << n(s.warnings, "warning", "warnings") << ", " << n(s.infos, "info", "infos") << "\n";
    }

private:
    std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> make_github_reporter(std::ostream& out) { return std::make_unique<GithubReporter>(out); }

}  // namespace cablelint
