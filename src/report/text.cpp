// Text output: `path:line:col: severity: message [CODE name]`, the source line with the span underlined, related
// locations, and a closing summary.
#include <algorithm>
#include <sstream>
#include <string>

#include "excerpt.hpp"
#include "reporter.hpp"

namespace cablelint {

namespace {

const char* color_of(Severity s) {
    switch (s) {
        case Severity::error: return "\033[1;31m";
        case Severity::warning: return "\033[1;33m";
        case Severity::info: return "\033[1;36m";
        default: return "";
    }
}

// A path as one line of output: control characters (a newline in a file name) written as escapes, so that every
// finding stays on its own line and the name can still be told apart.
std::string shown_path(std::string_view path) {
    std::string out;
    for (const char c : path) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (u < 0x20 || u == 0x7F) {
            static constexpr char hex[] = "0123456789ABCDEF";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += c;
        }
    }
    return out;
}

class TextReporter : public Reporter {
public:
    TextReporter(std::ostream& out, TextOptions o) : out_(out), o_(o) {}

    bool renders_files() const override { return true; }

    void file(const FileReport& r) override {
        if (r.rendered) out_ << *r.rendered;
        else write(r, out_);
    }

    std::string render(const FileReport& r) const override {
        std::ostringstream out;
        write(r, out);
        return std::move(out).str();
    }

    void write(const FileReport& r, std::ostream& out) const {
        const std::string path = shown_path(r.path);
        if (const std::string problem = r.problem(); !problem.empty()) {
            out << path << ": " << paint("\033[1;31m") << "error" << paint("\033[0m") << ": " << problem << "\n";
            if (!r.error.empty()) return;
        }
        if (!r.skipped.empty()) {
            if (!o_.quiet) out << path << ": " << paint("\033[1;34m") << "note" << paint("\033[0m") << ": skipped: " << r.skipped << "\n";
            return;
        }
        for (const Finding& f : r.findings) {
            const Position p = r.source->position(f.span.begin);
            out << paint("\033[1m") << path << ":" << p.line << ":" << p.column << ":" << paint("\033[0m") << " "
                 << paint(color_of(f.severity)) << severity_name(f.severity) << paint("\033[0m") << ": ";
            write_valid_utf8(out, f.message);
            out << " [" << f.code << " " << f.name << "]" << (fixable(f) ? " [*]" : "") << "\n";
            if (o_.quiet) continue;
            excerpt(out, *r.source, f.span, "^");
            for (const Related& rel : f.related) {
                const Position rp = r.source->position(rel.span.begin);
                out << "  " << paint("\033[1;34m") << "note" << paint("\033[0m") << ": ";
                write_valid_utf8(out, rel.message);
                out << " (" << path
                     << ":" << rp.line << ":" << rp.column << ")\n";
                excerpt(out, *r.source, rel.span, "-");
            }
        }
    }

    void end(const Summary& s) override {
        if (o_.quiet) return;
        const std::size_t linted = s.files - s.unreadable - s.skipped;
        out_ << "Linted " << linted << (linted == 1 ? " file" : " files") << ": " << s.errors
             << (s.errors == 1 ? " error, " : " errors, ") << s.warnings << (s.warnings == 1 ? " warning, " : " warnings, ")
             << s.infos << (s.infos == 1 ? " info" : " infos");
        if (s.unreadable > 0) out_ << "; " << s.unreadable << (s.unreadable == 1 ? " file" : " files") << " not linted";
        if (s.unwritten > 0)
            out_ << "; the fixes of " << s.unwritten << (s.unwritten == 1 ? " file" : " files") << " could not be written";
        if (s.skipped > 0) out_ << "; " << s.skipped << (s.skipped == 1 ? " file" : " files") << " skipped (not a cable)";
        out_ << ".\n";
        if (s.baselined > 0 || s.baseline_unmatched > 0) {
            out_ << s.baselined << (s.baselined == 1 ? " finding" : " findings") << " in the baseline not shown";
            if (s.baseline_unmatched > 0)
                out_ << "; " << s.baseline_unmatched << (s.baseline_unmatched == 1 ? " baseline entry no longer matches" : " baseline entries no longer match")
                     << " (fixed since: --write-baseline shrinks it)";
            out_ << ".\n";
        }
        if (s.fixed > 0)
            out_ << "Applied " << s.fixed << (s.fixed == 1 ? " fix" : " fixes") << " in " << s.fixed_files
                 << (s.fixed_files == 1 ? " file" : " files") << ".\n";
        if (s.fixable > 0) out_ << "[*] " << s.fixable << " fixable with --fix" << (o_.unsafe_fixes ? " --unsafe-fixes" : "") << ".\n";
        if (s.unsafe_fixable > 0)
            out_ << s.unsafe_fixable << (s.unsafe_fixable == 1 ? " more is" : " more are")
                 << " fixable with --unsafe-fixes (each changes a value: review the diff).\n";
    }

private:
    std::string paint(const char* code) const { return o_.color ? code : ""; }
    bool fixable(const Finding& f) const { return has_fix(f, o_.unsafe_fixes); }

    // The line under a finding (excerpt.hpp), with the span underlined.
    void excerpt(std::ostream& out, const Source& src, Span span, const char* mark) const {
        const Excerpt x = excerpt_of(src, span);
        const std::string num = std::to_string(x.line);
        out << std::string(6 - std::min<std::size_t>(6, num.size()), ' ') << num << " | " << x.before << x.marked << x.after << "\n";
        out << "       | " << std::string(code_points(x.before), ' ') << paint(mark[0] == '^' ? "\033[1;31m" : "\033[1;34m");
        for (std::size_t i = 0, width = std::max<std::size_t>(1, code_points(x.marked)); i < width; ++i) out << mark;
        out << paint("\033[0m") << "\n";
    }

    std::ostream& out_;
    TextOptions o_;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, TextOptions options) {
    return std::make_unique<TextReporter>(out, options);
}

}  // namespace cablelint
