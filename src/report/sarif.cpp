// SARIF 2.1.0 output for GitHub code scanning and other SARIF consumers. The log is one JSON document, written as
// it goes: each result as its file comes (json_writer.hpp), the rules and the invocation at the end.
#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "catalogue.hpp"
#include "fingerprint.hpp"
#include "json_writer.hpp"
#include "reporter.hpp"
#include "util.hpp"

namespace cablelint {

namespace {

using json = nlohmann::ordered_json;

const char* sarif_level(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "note";
        default: return "none";
    }
}

// A path as a URI: relative paths stay relative references (GitHub resolves them against the repository root),
// absolute ones become file:// URIs. Unreserved characters and '/' are kept, the rest percent-encoded.
std::string uri_of(const std::string& path) {
    const std::filesystem::path fp = std::filesystem::path(path).lexically_normal();
    std::string p = fp.generic_string();
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : p) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
            out.push_back(static_cast<char>(c));
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return fp.is_absolute() ? "file://" + out : out;
}

// A location's "physicalLocation" member: the file and the span's region.
void put_physical_location(JsonWriter& w, const std::string& uri, const Source& src, Span span) {
    const Position b = src.position(span.begin);
    const Position e = src.position(std::max(span.end, span.begin));
    w.key("physicalLocation").begin_object();
    w.key("artifactLocation").begin_object().member("uri", uri).end_object();
    w.key("region").begin_object().member("startLine", b.line).member("startColumn", b.column);
    w.member("endLine", e.line).member("endColumn", e.column).end_object();
    w.end_object();
}

class SarifReporter : public Reporter {
public:
    SarifReporter(std::ostream& out, const Catalogue& cat) : out_(out) {
        for (const RuleInfo& r : cat.rules()) add_rule(r);
    }

    // The log is written as it goes, results first (the order of a JSON object's members carries no meaning), so
    // that a run over a whole archive does not hold every result; the rules, which a custom rule's first finding
    // may extend, and the invocation follow the results.
    void begin() override {
        out_ << "{\n \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n \"version\": \"2.1.0\",\n"
                " \"runs\": [\n  {\n   \"columnKind\": \"unicodeCodePoints\",\n   \"results\": [";
    }

    void file(const FileReport& r) override {
        if (!r.skipped.empty()) return;   // a directory walk's non-cable: nothing to annotate
        // A file not linted, or one --fix could not write back (its results, of the file as it is, follow).
        if (const std::string problem = r.problem(); !problem.empty()) {
            notifications_.push_back({{"level", "error"},
                                      {"message", {{"text", r.path + ": " + problem}}},
                                      {"locations", json::array({location(r.path)})}});
            if (!r.error.empty()) return;
        }
        std::map<std::string, int> seen;   // for stable fingerprints of repeated identical findings
        const std::string uri = uri_of(r.path);
        std::string out;   // the file's results, written as they go (json_writer.hpp)
        for (const Finding& f : r.findings) {
            if (rule_index_.find(f.code) == rule_index_.end()) {
                RuleInfo adhoc;
                adhoc.code = f.code;
                adhoc.name = f.name;
                adhoc.severity = f.severity;
                adhoc.summary = f.name;
                add_rule(adhoc);
            }
            const std::string key = fingerprint(*r.source, f);
            const int occurrence = seen[key]++;
            std::string hash = key;
            hash.append(":").append(std::to_string(occurrence));

            out += first_result_ ? "\n    " : ",\n    ";
            first_result_ = false;
            JsonWriter w(out);
            w.begin_object().member("ruleId", f.code).member("ruleIndex", rule_index_[f.code]);
            w.member("level", sarif_level(f.severity));
            w.key("message").begin_object().member("text", f.message).end_object();
            w.key("locations").begin_array().begin_object();
            put_physical_location(w, uri, *r.source, f.span);
            w.end_object().end_array();
            if (!f.related.empty()) {
                w.key("relatedLocations").begin_array();
                int id = 1;
                for (const Related& rel : f.related) {
                    w.begin_object();
                    put_physical_location(w, uri, *r.source, rel.span);
                    w.member("id", id++);
                    w.key("message").begin_object().member("text", rel.message).end_object();
                    w.end_object();
                }
                w.end_array();
            }
            w.key("partialFingerprints").begin_object().member("cablelintFinding/v1", hash).end_object();
            w.end_object();
        }
        out_ << out;
    }

    void end(const Summary&) override {
        json driver = {{"name", "cablelint"},
                       {"version", CABLELINT_VERSION},
                       {"semanticVersion", CABLELINT_VERSION},
                       {"informationUri", CABLELINT_HOMEPAGE},
                       {"rules", std::move(rules_)}};
        json invocation = {{"executionSuccessful", notifications_.empty()}};
        if (!notifications_.empty()) invocation["toolExecutionNotifications"] = std::move(notifications_);
        out_ << (first_result_ ? "" : "\n   ") << "],\n   \"invocations\": "
             << json::array({std::move(invocation)}).dump(-1, ' ', false, json::error_handler_t::replace)
             << ",\n   \"tool\": " << json{{"driver", std::move(driver)}}.dump(1, ' ', false, json::error_handler_t::replace)
             << "\n  }\n ]\n}\n";
    }

private:
    static json location(const std::string& path) {
        return {{"physicalLocation", {{"artifactLocation", {{"uri", uri_of(path)}}}}}};
    }

    void add_rule(const RuleInfo& r) {
        rule_index_[r.code] = static_cast<int>(rules_.size());
        std::string full = r.summary;
        if (!r.relation.empty()) full += " (relation " + r.relation + " of the cable format specification)";
        json rule = {{"id", r.code},
                     {"name", r.name},
                     {"shortDescription", {{"text", r.summary.empty() ? r.name : r.summary}}},
                     {"fullDescription", {{"text", full.empty() ? r.name : full}}},
                     {"helpUri", rule_docs_url(r.code, r.name)},
                     {"help", {{"text", r.docs.empty() ? (r.summary.empty() ? r.name : r.summary) : std::string(r.docs)}}},
                     {"defaultConfiguration",
                      {{"enabled", r.severity != Severity::off},
                       {"level", sarif_level(r.severity == Severity::off ? Severity::warning : r.severity)}}}};
        if (!r.docs.empty()) rule["help"]["markdown"] = std::string(r.docs);
        rules_.push_back(std::move(rule));
    }

    std::ostream& out_;
    json rules_ = json::array();
    json notifications_ = json::array();
    bool first_result_ = true;
    std::map<std::string, int> rule_index_;
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out, const Catalogue& catalogue) {
    return std::make_unique<SarifReporter>(out, catalogue);
}

}  // namespace cablelint
