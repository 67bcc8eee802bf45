// `cablelint lsp`: a Language Server over stdio. It lints a document when it is opened, changed or saved, publishes
// the findings as diagnostics, and clears them when the document is closed. Positions are UTF-16 code units unless
// the client offers UTF-8 (general.positionEncodings).
#include "lsp.hpp"

#include <charconv>
#include <limits>
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "config.hpp"
#include "engine.hpp"
#include "util.hpp"

namespace cablelint {

namespace {

using json = nlohmann::json;

// ---- JSON-RPC framing --------------------------------------------------------------------------------------

// The largest message the server takes: far above any cable, low enough that a wrong length cannot exhaust memory.
constexpr std::size_t max_message_bytes = 256u << 20;

// Reads one message ("Content-Length: N" headers, blank line, N bytes). False at end of input. A header block with
// a length that is not a number, or one above max_message_bytes, is said on `err` and skipped (its body is read
// and dropped when the length is known), so that the next message is still understood.
bool read_message(std::istream& in, std::string& body, std::ostream& err) {
    for (;;) {
        std::optional<std::size_t> length;
        bool bad_length = false;
        bool any_header = false;
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.empty()) {
                if (any_header) break;
                continue;
            }
            any_header = true;
            if (!istarts_with(line, "Content-Length:")) continue;
            const std::string_view value = trim(std::string_view(line).substr(15));
            std::size_t n = 0;
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (ec == std::errc::result_out_of_range) n = std::numeric_limits<std::size_t>::max();
            if (value.empty() || (ec != std::errc() && ec != std::errc::result_out_of_range) ||
                end != value.data() + value.size()) {
                err << "cablelint lsp: ignoring a message whose Content-Length is not a number: `" << value << "`\n";
                bad_length = true;
            } else if (n > max_message_bytes) {
                err << "cablelint lsp: ignoring a message of " << value << " bytes (at most " << max_message_bytes
                    << " are read)\n";
                in.ignore(static_cast<std::streamsize>(std::min<std::size_t>(n, std::numeric_limits<std::streamsize>::max())));
                bad_length = true;
            } else {
                length = n;
            }
        }
        if (!any_header) return false;   // end of input
        if (bad_length) continue;
        if (!length) {
            err << "cablelint lsp: ignoring a message without Content-Length\n";
            if (!in) return false;
            continue;
        }
        body.resize(*length);
        in.read(body.data(), static_cast<std::streamsize>(*length));
        return static_cast<std::size_t>(in.gcount()) == *length;
    }
}

void write_message(std::ostream& out, const json& message) {
    const std::string body = message.dump(-1, ' ', false, json::error_handler_t::replace);
    out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
    out.flush();
}

// ---- URIs ----------------------------------------------------------------------------------------------------

std::string path_of(const std::string& uri) {
    if (!istarts_with(uri, "file://")) return "";
    std::string out;
    for (std::size_t i = 7; i < uri.size(); ++i) {
        if (uri[i] == '%' && i + 2 < uri.size()) {
            out.push_back(static_cast<char>(std::stoi(uri.substr(i + 1, 2), nullptr, 16)));
            i += 2;
        } else {
            out.push_back(uri[i]);
        }
    }
    return out;
}

// ---- the server -------------------------------------------------------------------------------------------------

class Server {
public:
    Server(std::ostream& out) : out_(out) {}

    // Returns false when the client asked to exit.
    bool handle(const json& msg) {
        const std::string method = msg.value("method", "");
        const bool is_request = msg.contains("id");
        if (method == "initialize") {
            negotiate(msg.at("params"));
            reply(msg.at("id"), {{"capabilities",
                               {{"positionEncoding", utf8_ ? "utf-8" : "utf-16"},
                                {"textDocumentSync",
                                 {{"openClose", true}, {"change", 1}, {"save", {{"includeText", true}}}}}}},
                              {"serverInfo", {{"name", "cablelint"}, {"version", CABLELINT_VERSION}}}});
        } else if (method == "shutdown") {
            shutdown_ = true;
            reply(msg.at("id"), nullptr);
        } else if (method == "exit") {
            return false;
        } else if (method == "textDocument/didOpen") {
            const auto& doc = msg.at("params").at("textDocument");
            documents_[doc.at("uri")] = doc.at("text");
            publish(doc.at("uri"));
        } else if (method == "textDocument/didChange") {
            const auto& params = msg.at("params");
            const auto& changes = params.at("contentChanges");
            if (!changes.empty()) documents_[params.at("textDocument").at("uri")] = changes.back().at("text");
            publish(params.at("textDocument").at("uri"));
        } else if (method == "textDocument/didSave") {
            const auto& params = msg.at("params");
            if (params.contains("text")) documents_[params.at("textDocument").at("uri")] = params.at("text");
            publish(params.at("textDocument").at("uri"));
        } else if (method == "textDocument/didClose") {
            const std::string uri = msg.at("params").at("textDocument").at("uri");
            documents_.erase(uri);
            notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
        } else if (is_request) {
            out_error(msg.at("id"), -32601, "method not supported: " + method);
        }
        return true;
    }

    bool shut_down() const { return shutdown_; }

private:
    void negotiate(const json& params) {
        const json* encodings = nullptr;
        if (params.contains("capabilities") && params["capabilities"].contains("general") &&
            params["capabilities"]["general"].contains("positionEncodings")) {
            encodings = &params["capabilities"]["general"]["positionEncodings"];
        }
        if (encodings != nullptr) {
            for (const auto& e : *encodings) {
                if (e == "utf-8") utf8_ = true;
            }
        }
    }

    json position(const Source& src, std::uint32_t offset) const {
        const Position p = src.position(offset);
        const std::uint32_t character = utf8_ ? offset - src.line_start(p.line) : src.utf16_column(offset);
        return {{"line", p.line - 1}, {"character", character}};
    }

    json range(const Source& src, Span span) const {
        return {{"start", position(src, span.begin)}, {"end", position(src, std::max(span.end, span.begin))}};
    }

    void publish(const std::string& uri) {
        auto it = documents_.find(uri);
        if (it == documents_.end()) return;
        const std::string path = path_of(uri);
        json diagnostics = json::array();
        Source src(path, it->second);
        try {
            // A fresh resolver each time, so that edits of .cablelint.yaml take effect.
            ConfigResolver resolver(std::nullopt, false);
            const auto config = path.empty() ? Config::defaults() : resolver.for_file(path);
            for (const Finding& f : lint(src, *config)) diagnostics.push_back(diagnostic(src, uri, f));
        } catch (const ConfigError& e) {
            std::string where = e.file;
            if (e.line > 0) where += ":" + std::to_string(e.line) + ":" + std::to_string(e.column);
            diagnostics.push_back({{"range", {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 0}}}}},
                                   {"severity", 1},
                                   {"source", "cablelint"},
                                   {"message", "configuration error, no rule was checked: " + where + ": " + e.what()}});
        }
        notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", diagnostics}});
    }

    json diagnostic(const Source& src, const std::string& uri, const Finding& f) const {
        const int severity = f.severity == Severity::error ? 1 : f.severity == Severity::warning ? 2 : 3;
        json d = {{"range", range(src, f.span)},
                  {"severity", severity},
                  {"code", f.code},
                  {"codeDescription", {{"href", std::string(CABLELINT_HOMEPAGE) + "/blob/main/docs/rules/" + f.code + "-" + f.name + ".md"}}},
                  {"source", "cablelint"},
                  {"message", f.message + " [" + f.name + "]"}};
        if (!f.related.empty()) {
            json related = json::array();
            for (const Related& r : f.related) {
                related.push_back({{"location", {{"uri", uri}, {"range", range(src, r.span)}}}, {"message", r.message}});
            }
            d["relatedInformation"] = related;
        }
        return d;
    }

    void reply(const json& id, const json& result) { write_message(out_, {{"jsonrpc", "2.0"}, {"id", id}, {"result", result}}); }
    void out_error(const json& id, int code, const std::string& message) {
        write_message(out_, {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
    }
    void notify(const std::string& method, const json& params) {
        write_message(out_, {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
    }

    std::ostream& out_;
    std::map<std::string, std::string> documents_;   // uri → current text
    bool utf8_ = false;
    bool shutdown_ = false;
};

}  // namespace

int run_language_server(std::istream& in, std::ostream& out, std::ostream& err) {
    Server server(out);
    std::string body;
    while (read_message(in, body, err)) {
        json msg;
        try {
            msg = json::parse(body);
        } catch (const json::parse_error& e) {
            err << "cablelint lsp: ignoring a message that is not JSON: " << e.what() << "\n";
            write_message(out, {{"jsonrpc", "2.0"}, {"id", nullptr}, {"error", {{"code", -32700}, {"message", "parse error"}}}});
            continue;
        }
        try {
            if (!server.handle(msg)) return server.shut_down() ? 0 : 1;
        } catch (const std::exception& e) {
            // A malformed request must not take the server down.
            err << "cablelint lsp: " << e.what() << "\n";
            if (msg.contains("id")) {
                write_message(out, {{"jsonrpc", "2.0"}, {"id", msg["id"]}, {"error", {{"code", -32602}, {"message", e.what()}}}});
            }
        }
    }
    return server.shut_down() ? 0 : 1;
}

}  // namespace cablelint
