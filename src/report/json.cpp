// JSON output, a stable contract documented in docs/json-output.md. Written file by file, so that a large run
// streams instead of holding every result.
#include <nlohmann/json.hpp>

#include "reporter.hpp"

namespace cablelint {

namespace {

using json = nlohmann::ordered_json;

// The span's six members, appended to the object j (whose keys are others): appended directly, since operator[]
// looks each key up among those already there first.
void put_span(json& j, const Source& src, Span span) {
    const Position b = src.position(span.begin);
    const Position e = src.position(std::max(span.end, span.begin));
    auto& members = j.get_ref<json::object_t&>();
    members.reserve(members.size() + 8);
    members.emplace_back("line", b.line);
    members.emplace_back("column", b.column);
    members.emplace_back("endLine", e.line);
    members.emplace_back("endColumn", e.column);
    members.emplace_back("offset", b.offset);   // in the file's bytes
    members.emplace_back("endOffset", e.offset);
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

    std::string render(const FileReport& r) const override {
        json f = {{"path", r.path}};
        if (!r.error.empty()) {
            f["error"] = r.error;
        } else if (!r.skipped.empty()) {
            f["skipped"] = r.skipped;
        } else {
            json findings = json::array();
            for (const Finding& x : r.findings) {
                json j = {{"code", x.code}, {"name", x.name}, {"severity", severity_name(x.severity)}, {"message", x.message}};
                put_span(j, *r.source, x.span);
                json related = json::array();
                for (const Related& rel : x.related) {
                    json rj = {{"message", rel.message}};
                    put_span(rj, *r.source, rel.span);
                    related.push_back(std::move(rj));
                }
                j["related"] = std::move(related);
                if (x.fix) {
                    json edits = json::array();
                    for (const Edit& e : x.fix->edits) {
                        json ej = {{"text", e.text}};
                        put_span(ej, *r.source, e.span);
                        edits.push_back(std::move(ej));
                    }
                    j["fix"] = {{"safe", x.fix->safe}, {"title", x.fix->title}, {"edits", std::move(edits)}};
                }
                findings.push_back(std::move(j));
            }
            f["findings"] = std::move(findings);
        }
        return f.dump(-1, ' ', false, json::error_handler_t::replace);   // bytes of invalid UTF-8 become U+FFFD
    }

    void end(const Summary& s) override {
        const json summary = {{"files", s.files}, {"errors", s.errors}, {"warnings", s.warnings}, {"infos", s.infos},
                             {"fixable", s.fixable}, {"unsafeFixable", s.unsafe_fixable}, {"fixed", s.fixed}, {"baselined", s.baselined},
                             {"baselineUnmatched", s.baseline_unmatched}, {"skipped", s.skipped}};
        out_ << (first_ ? "" : "\n") << "], \"summary\": " << summary.dump() << "}\n";
    }

private:
    std::ostream& out_;
    bool first_ = true;
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out) { return std::make_unique<JsonReporter>(out); }

}  // namespace cablelint
