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

    // Built member by member with emplace_back: an initializer list copies every value it holds, and operator[]
    // looks each key up among those already there.
    std::string render(const FileReport& r) const override {
        json f = json::object();
        auto& file = f.get_ref<json::object_t&>();
        file.emplace_back("path", r.path);
        if (!r.error.empty()) {
            file.emplace_back("error", r.error);
        } else if (!r.skipped.empty()) {
            file.emplace_back("skipped", r.skipped);
        } else {
            if (!r.unwritten.empty()) file.emplace_back("unwritten", r.unwritten);   // --fix: the file is as it was
            json::array_t findings;
            findings.reserve(r.findings.size());
            for (const Finding& x : r.findings) {
                json j = json::object();
                auto& finding = j.get_ref<json::object_t&>();
                finding.reserve(12);
                finding.emplace_back("code", x.code);
                finding.emplace_back("name", x.name);
                finding.emplace_back("severity", severity_name(x.severity));
                finding.emplace_back("message", x.message);
                put_span(j, *r.source, x.span);
                json::array_t related;
                related.reserve(x.related.size());
                for (const Related& rel : x.related) {
                    json rj = json::object();
                    rj.get_ref<json::object_t&>().emplace_back("message", rel.message);
                    put_span(rj, *r.source, rel.span);
                    related.push_back(std::move(rj));
                }
                finding.emplace_back("related", std::move(related));
                if (x.fix) {
                    json::array_t edits;
                    edits.reserve(x.fix->edits.size());
                    for (const Edit& e : x.fix->edits) {
                        json ej = json::object();
                        ej.get_ref<json::object_t&>().emplace_back("text", e.text);
                        put_span(ej, *r.source, e.span);
                        edits.push_back(std::move(ej));
                    }
                    json fix = json::object();
                    auto& fix_members = fix.get_ref<json::object_t&>();
                    fix_members.emplace_back("safe", x.fix->safe);
                    fix_members.emplace_back("title", x.fix->title);
                    fix_members.emplace_back("edits", std::move(edits));
                    finding.emplace_back("fix", std::move(fix));
                }
                findings.push_back(std::move(j));
            }
            file.emplace_back("findings", std::move(findings));
        }
        return f.dump(-1, ' ', false, json::error_handler_t::replace);   // bytes of invalid UTF-8 become U+FFFD
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
