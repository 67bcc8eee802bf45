// JSON output, a stable contract documented in docs/json-output.md. Written file by file, so that a large run
// streams instead of holding every result.
#include <nlohmann/json.hpp>

#include "json_writer.hpp"
#include "reporter.hpp"

namespace cablelint {

namespace {

using json = nlohmann::ordered_json;

// The span's six members, in the object being written.
void put_span(JsonWriter& w, const Source& src, Span span) {
    const Position b = src.position(span.begin);
    const Position e = src.position(std::max(span.end, span.begin));
    w.member("line", b.line).member("column", b.column).member("endLine", e.line).member("endColumn", e.column);
    w.member("offset", b.offset).member("endOffset", e.offset);   // in the file's bytes
}

class JsonReporter : public Reporter {
public:
    explicit JsonReporter(std::ostream& out) : out_(out) {}

    void begin() override {
        const json tool = {{"name", "cablelint"}, {"version", CABLELINT_VERSION}};
        out_ << "{\"version\": 1, \"tool\": " << tool.dump() << ", \"files\": [";
    }

    bool renders_files() const override { return true; }

    void file(const FileReport& r) override {
        out_ << (first_ ? "\n" : ",\n") << (r.rendered ? *r.rendered : render(r));
        first_ = false;
    }

    // Written as it goes (json_writer.hpp): the same bytes as the document's compact dump.
    std::string render(const FileReport& r) const override {
        std::string out;
        JsonWriter w(out);
        w.begin_object().member("path", r.path);
        if (!r.error.empty()) {
            w.member("error", r.error);
        } else if (!r.skipped.empty()) {
            w.member("skipped", r.skipped);
        } else {
            if (!r.unwritten.empty()) w.member("unwritten", r.unwritten);   // --fix: the file is as it was
            w.key("findings").begin_array();
            for (const Finding& x : r.findings) {
                w.begin_object().member("code", x.code).member("name", x.name);
                w.member("severity", severity_name(x.severity)).member("message", x.message);
                put_span(w, *r.source, x.span);
                w.key("related").begin_array();
                for (const Related& rel : x.related) {
                    w.begin_object().member("message", rel.message);
                    put_span(w, *r.source, rel.span);
                    w.end_object();
                }
                w.end_array();
                if (x.fix) {
                    w.key("fix").begin_object().member("safe", x.fix->safe).member("title", x.fix->title);
                    w.key("edits").begin_array();
                    for (const Edit& e : x.fix->edits) {
                        w.begin_object().member("text", e.text);
                        put_span(w, *r.source, e.span);
                        w.end_object();
                    }
                    w.end_array().end_object();
                }
                w.end_object();
            }
            w.end_array();
        }
        w.end_object();
        return out;
    }

    void end(const Summary& s) override {
        const json summary = {{"files", s.files}, {"errors", s.errors}, {"warnings", s.warnings}, {"infos", s.infos},
                             {"fixable", s.fixable}, {"unsafeFixable", s.unsafe_fixable}, {"fixed", s.fixed}, {"baselined", s.baselined},
                             {"baselineUnmatched", s.baseline_unmatched}, {"skipped", s.skipped}, {"unwritten", s.unwritten}};
        out_ << (first_ ? "" : "\n") << "], \"summary\": " << summary.dump() << "}\n";
    }

private:
    std::ostream& out_;
    bool first_ = true;
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out) { return std::make_unique<JsonReporter>(out); }

}  // namespace cablelint
