// `cablelint lsp`: a Language Server over stdio. It lints a document when it is opened, changed or saved (a burst of
// changes once, at the latest text, when no further message is waiting: Server::idle), publishes the findings as
// diagnostics, and clears them when the document is closed. Positions are UTF-16 code units unless the client
// offers UTF-8 (general.positionEncodings).
#include "lsp.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>

#include <poll.h>

#include <nlohmann/json.hpp>

#include "catalogue.hpp"
#include "config.hpp"
#include "engine.hpp"
#include "fix.hpp"
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
// `idle` is called whenever the input has not arrived yet (nothing but line ends is buffered, or pending in the
// pipe: libstdc++'s file buffer asks the descriptor), just before reading would wait for it; with true when part
// of a message has come (a header line, a body), false between messages.
bool read_message(std::istream& in, std::string& body, std::ostream& err, const std::function<void(bool)>& idle) {
    auto* buf = in.rdbuf();
    bool inside = false;   // part of a message has been read
    const auto idle_if_waiting = [&] {
        if (buf->in_avail() <= 0) idle(inside);
    };
    // Between messages, stray line ends are no message (blank lines before headers are skipped anyway).
    const auto before_wait = [&] {
        while (buf->in_avail() > 0 && (buf->sgetc() == '\r' || buf->sgetc() == '\n')) buf->sbumpc();
        idle_if_waiting();
    };
    // A header line, a character at a time, so that pending diagnostics are published before any wait, also in the
    // middle of a line (std::getline waits inside it: a body without a line end after a message without
    // Content-Length kept them back).
    const auto get_line = [&](std::string& line) {
        line.clear();
        for (;;) {
            idle_if_waiting();
            const auto c = buf->sbumpc();
            if (c == std::char_traits<char>::eof()) {
                in.setstate(line.empty() ? std::ios::eofbit | std::ios::failbit : std::ios::eofbit);
                return !line.empty();
            }
            if (c == '\n') return true;
            if (c == '\r' && line.empty()) continue;   // a stray CR that came alone between messages starts no header
            line.push_back(static_cast<char>(c));
            inside = true;
        }
    };
    for (;;) {
        std::optional<std::size_t> length;
        bool bad_length = false;
        bool any_header = false;
        std::string line;
        inside = false;
        before_wait();
        while (get_line(line)) {
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
        // The body as it comes, so that a client that sends slowly does not hold back diagnostics past their limit
        // (found by a new-user review): what is buffered, else a byte (read(2) then takes whatever has come).
        body.resize(*length);
        std::size_t got = 0;
        while (got < *length) {
            idle_if_waiting();
            const std::streamsize buffered = buf->in_avail();
            const auto want = std::min<std::size_t>(*length - got, buffered > 0 ? static_cast<std::size_t>(buffered) : 1);
            const std::streamsize n = buf->sgetn(body.data() + got, static_cast<std::streamsize>(want));
            if (n <= 0) {
                in.setstate(std::ios::eofbit | std::ios::failbit);
                return false;
            }
            got += static_cast<std::size_t>(n);
        }
        return true;
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
        unsigned byte = 0;
        const char* const hex = uri.data() + i + 1;
        if (uri[i] == '%' && i + 2 < uri.size() && std::from_chars(hex, hex + 2, byte, 16).ptr == hex + 2) {
            out.push_back(static_cast<char>(byte));
            i += 2;
        } else {   // a '%' without two hex digits stays as written (found by a new-user review: it cost diagnostics)
            out.push_back(uri[i]);
        }
    }
    return out;
}

// ---- the server -------------------------------------------------------------------------------------------------

class Server {
public:
    Server(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

    // Returns false when the client asked to exit.
    bool handle(const json& msg) {
        const std::string method = msg.value("method", "");
        const bool is_request = msg.contains("id");
        if (is_request) publish_pending();   // a reply comes after the diagnostics of every change before it
        if (!initialized_ && method != "initialize" && method != "exit") {
            // Before initialize a request gets ServerNotInitialized; a notification is dropped (LSP 3.17).
            if (is_request) out_error(msg.at("id"), -32002, "the server is not initialized: send initialize first");
            return true;
        }
        if (shutdown_ && is_request) {   // LSP 3.17: requests after shutdown are InvalidRequest
            out_error(msg.at("id"), -32600, "the server is shut down: send exit");
            return true;
        }
        if (method == "initialize") {
            initialized_ = true;
            negotiate(msg.at("params"));
            reply(msg.at("id"), {{"capabilities",
                               {{"positionEncoding", utf8_ ? "utf-8" : "utf-16"},
                                {"textDocumentSync",
                                 {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
                                {"codeActionProvider", {{"codeActionKinds", {"quickfix", "source.fixAll"}}}},
                                {"hoverProvider", true}}},
                              {"serverInfo", {{"name", "cablelint"}, {"version", CABLELINT_VERSION}}}});
        } else if (method == "shutdown") {
            shutdown_ = true;
            reply(msg.at("id"), nullptr);
        } else if (method == "exit") {
            publish_pending();
            return false;
        } else if (method == "textDocument/didOpen") {
            const auto& doc = msg.at("params").at("textDocument");
            documents_[doc.at("uri")] = doc.at("text");
            changed(doc.at("uri"), doc);
        } else if (method == "textDocument/didChange") {
            const auto& params = msg.at("params");
            const auto& changes = params.at("contentChanges");
            if (!changes.empty()) documents_[params.at("textDocument").at("uri")] = changes.back().at("text");
            changed(params.at("textDocument").at("uri"), params.at("textDocument"));
        } else if (method == "textDocument/didSave") {
            // The buffer is the text of didOpen and didChange: a save does not change it (a text sent along may be of an
            // older version). Linted again, under its version, for a .cablelint.yaml changed meanwhile.
            const std::string uri = msg.at("params").at("textDocument").at("uri");
            if (documents_.count(uri) > 0) mark_pending(uri);
        } else if (method == "textDocument/codeAction") {
            reply(msg.at("id"), code_actions(msg.at("params")));
        } else if (method == "textDocument/hover") {
            reply(msg.at("id"), hover(msg.at("params")));
        } else if (method == "textDocument/didClose") {
            const std::string uri = msg.at("params").at("textDocument").at("uri");
            documents_.erase(uri);
            linted_.erase(uri);
            pending_.erase(uri);
            versions_.erase(uri);
            notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
        } else if (is_request) {
            out_error(msg.at("id"), -32601, "method not supported: " + method);
        }
        return true;
    }

    bool shut_down() const { return shutdown_; }

    // Lints and publishes every document changed since its last diagnostics. The loop calls it when no message is
    // waiting: a burst of edits (typing) is linted once, at its latest text.
    void publish_pending() {
        if (pending_.empty()) return;
        const std::set<std::string> uris = std::move(pending_);
        pending_.clear();
        const auto started = std::chrono::steady_clock::now();
        for (const std::string& uri : uris) {
            try {
                publish(uri);
            } catch (const std::exception& e) {
                // One document that cannot be linted (a malformed URI) must not cost the others their diagnostics.
                err_ << "cablelint lsp: " << uri << ": " << e.what() << "\n";
            }
        }
        last_lint_ = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
    }

    // Called when no message is waiting (inside_message: part of one has come, the rest has not). A client that
    // sends changes back to back (a 1 MB document takes milliseconds to encode and send) leaves gaps between them:
    // the next change may be on its way. So the server
    // waits for input up to half the time its last lint took (at most 50 ms, and not past the 250 ms a change
    // may wait), and publishes only if none came: a burst is linted once, at its latest text, and a single edit's
    // diagnostics come at most half a lint later. Without `wait_for_input` (a string stream), at once.
    // Inside a message the wait is for the rest of it, up to the 250 ms limit: a client sending slowly gets the
    // diagnostics of the change before it by then, and a burst of large changes is not linted halfway.
    void idle(const WaitForInput& wait_for_input, bool inside_message) {
        if (pending_.empty()) return;
        const auto waited = std::chrono::steady_clock::now() - pending_since_;
        const auto left = std::chrono::duration_cast<std::chrono::microseconds>(max_pending - waited);
        const auto grace = inside_message ? left : std::min({last_lint_ / 2, std::chrono::microseconds(max_grace), left});
        if (wait_for_input && grace > std::chrono::microseconds(0) && wait_for_input(grace)) return;
        publish_pending();
    }
    // True when a change has waited long enough: a client that never pauses still gets diagnostics.
    bool pending_too_long() const {
        return !pending_.empty() && std::chrono::steady_clock::now() - pending_since_ > max_pending;
    }

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

    // The text offset of an LSP position (clamped to its line).
    std::uint32_t offset_at(const Source& src, const json& pos) const {
        const std::uint32_t line = std::min<std::uint32_t>(pos.at("line").get<std::uint32_t>() + 1, src.line_count());
        const std::uint32_t character = pos.at("character").get<std::uint32_t>();
        if (!utf8_) return src.offset_at_utf16(line, character);
        return src.line_start(line) + std::min<std::uint32_t>(character, static_cast<std::uint32_t>(src.line_text(line).size()));
    }

    json range(const Source& src, Span span) const {
        return {{"start", position(src, span.begin)}, {"end", position(src, std::max(span.end, span.begin))}};
    }

    // To lint and publish when no message is waiting (or the oldest waited too long).
    void mark_pending(const std::string& uri) {
        if (pending_.empty()) pending_since_ = std::chrono::steady_clock::now();
        pending_.insert(uri);
    }

    void changed(const std::string& uri, const json& text_document) {
        mark_pending(uri);
        const auto v = text_document.find("version");
        if (v != text_document.end() && v->is_number_integer()) versions_[uri] = v->get<long long>();
        else versions_.erase(uri);   // a text without a version: publish none rather than an old one
    }

    void publish(const std::string& uri) {
        auto it = documents_.find(uri);
        if (it == documents_.end()) return;
        const std::string path = path_of(uri);
        json diagnostics = json::array();
        Linted& l = linted_[uri];
        l.src = std::make_unique<Source>(path, it->second);
        l.findings.clear();
        l.config.reset();
        const Source& src = *l.src;
        try {
            // A fresh resolver each time, so that edits of .cablelint.yaml take effect.
            ConfigResolver resolver(std::nullopt, false);
            l.config = path.empty() ? Config::defaults() : resolver.for_file(path);
            l.findings = lint(src, *l.config);
            for (const Finding& f : l.findings) diagnostics.push_back(diagnostic(src, uri, f));
        } catch (const ConfigError& e) {
            std::string where = e.file;
            if (e.line > 0) where += ":" + std::to_string(e.line) + ":" + std::to_string(e.column);
            diagnostics.push_back({{"range", {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 0}}}}},
                                   {"severity", 1},
                                   {"source", "cablelint"},
                                   {"message", "configuration error, no rule was checked: " + where + ": " + e.what()}});
        }
        json params = {{"uri", uri}, {"diagnostics", diagnostics}};
        if (const auto v = versions_.find(uri); v != versions_.end()) params["version"] = v->second;   // the text linted
        notify("textDocument/publishDiagnostics", params);
    }

    json diagnostic(const Source& src, const std::string& uri, const Finding& f) const {
        const int severity = f.severity == Severity::error ? 1 : f.severity == Severity::warning ? 2 : 3;
        json d = {{"range", range(src, f.span)},
                  {"severity", severity},
                  {"code", f.code},
                  {"codeDescription", {{"href", rule_docs_url(f.code, f.name)}}},
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

    // Quick fixes for the findings in the requested range (their edits, as TextEdits of the last linted text), and
    // one "fix all" of the safe fixes in rounds (the whole text replaced). Fixes that rewrite line ends (F904) are
    // not offered: an editor's text has no line ends of its own to rewrite.
    json code_actions(const json& params) const {
        json actions = json::array();
        const std::string uri = params.at("textDocument").at("uri");
        const auto it = linted_.find(uri);
        if (it == linted_.end() || !it->second.config) return actions;
        const Linted& l = it->second;
        const Source& src = *l.src;
        const std::uint32_t b = offset_at(src, params.at("range").at("start"));
        const std::uint32_t e = offset_at(src, params.at("range").at("end"));
        bool any_safe = false;
        for (const Finding& f : l.findings) {
            if (!f.fix || std::any_of(f.fix->edits.begin(), f.fix->edits.end(), [](const Edit& x) { return x.raw; })) continue;
            any_safe = any_safe || f.fix->safe;
            if (f.span.begin > e || b > std::max(f.span.begin, f.span.end)) continue;
            json edits = json::array();
            for (const Edit& x : f.fix->edits) edits.push_back({{"range", range(src, x.span)}, {"newText", x.text}});
            actions.push_back({{"title", (f.fix->safe ? "Fix " : "Fix (unsafe: review it) ") + f.code + ": " + f.fix->title},
                               {"kind", "quickfix"},
                               {"diagnostics", json::array({diagnostic(src, uri, f)})},
                               {"isPreferred", f.fix->safe},
                               {"edit", {{"changes", {{uri, edits}}}}}});
        }
        if (any_safe) {
            const FixOutcome o = fix_source(src.path(), std::string(src.text()), *l.config, {}, FixLevel::safe);
            if (o.changed) {
                const json whole = {{"start", {{"line", 0}, {"character", 0}}},
                                    {"end", position(src, static_cast<std::uint32_t>(src.size()))}};
                actions.push_back({{"title", "Fix all safe cablelint findings (" + std::to_string(o.fixed) + ")"},
                                   {"kind", "source.fixAll"},
                                   {"edit", {{"changes", {{uri, json::array({{{"range", whole}, {"newText", o.bytes}}})}}}}}});
            }
        }
        return actions;
    }

    // The rule behind each finding at the position: its message and the first sections of its docs page.
    json hover(const json& params) const {
        const auto it = linted_.find(params.at("textDocument").at("uri").get<std::string>());
        if (it == linted_.end() || !it->second.config) return nullptr;
        const Linted& l = it->second;
        const std::uint32_t at = offset_at(*l.src, params.at("position"));
        std::string text;
        for (const Finding& f : l.findings) {
            if (at < f.span.begin || at > std::max(f.span.begin + 1, f.span.end)) continue;
            if (!text.empty()) text += "\n\n---\n\n";
            text += "**" + f.code + " " + f.name + "** (" + severity_name(f.severity) + "): " + f.message + "\n\n";
            const RuleInfo* r = l.config->catalogue().find(f.code);
            if (r == nullptr) continue;
            std::string_view docs = r->docs;
            const auto from = docs.find("## What it checks");
            const auto to = docs.find("\n## Example");
            if (from != std::string_view::npos) text += std::string(docs.substr(from, to == std::string_view::npos ? to : to - from));
            else text += r->summary;
            if (f.fix) text += std::string("\n\n") + (f.fix->safe ? "Fix: " : "Fix (unsafe): ") + f.fix->title + ".";
        }
        if (text.empty()) return nullptr;
        return {{"contents", {{"kind", "markdown"}, {"value", text}}}};
    }

    void reply(const json& id, const json& result) { write_message(out_, {{"jsonrpc", "2.0"}, {"id", id}, {"result", result}}); }
    void out_error(const json& id, int code, const std::string& message) {
        write_message(out_, {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
    }
    void notify(const std::string& method, const json& params) {
        write_message(out_, {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
    }

    std::ostream& out_;
    std::ostream& err_;
    std::map<std::string, std::string> documents_;   // uri → current text
    struct Linted {
        std::unique_ptr<Source> src;
        std::vector<Finding> findings;
        std::shared_ptr<const Config> config;   // null when the config had an error
    };
    std::map<std::string, Linted> linted_;           // uri → its last lint, for code actions and hover
    std::set<std::string> pending_;                  // uris changed since their last diagnostics
    std::chrono::steady_clock::time_point pending_since_;   // when the oldest of them changed
    std::chrono::microseconds last_lint_{0};          // how long the last publish_pending took
    static constexpr std::chrono::milliseconds max_pending{250}, max_grace{50};
    std::map<std::string, long long> versions_;      // uri → the version of its latest text
    bool utf8_ = false;
    bool shutdown_ = false;
    bool initialized_ = false;
};

// The message loop: read, handle, publish when idle; the exit code.
int serve(Server& server, std::istream& in, std::ostream& out, std::ostream& err, const WaitForInput& wait_for_input) {
    std::string body;
    while (read_message(in, body, err, [&](bool inside_message) { server.idle(wait_for_input, inside_message); })) {
        json msg;
        try {
            msg = json::parse(body);
        } catch (const json::exception& e) {
            // Not only parse_error: a number too large for any type is out_of_range (found by fuzzing).
            err << "cablelint lsp: ignoring a message that is not JSON: " << e.what() << "\n";
            write_message(out, {{"jsonrpc", "2.0"}, {"id", nullptr}, {"error", {{"code", -32700}, {"message", "parse error"}}}});
            continue;
        }
        try {
            if (!server.handle(msg)) return server.shut_down() ? 0 : 1;
            if (server.pending_too_long()) server.publish_pending();
        } catch (const std::exception& e) {
            // A malformed request must not take the server down.
            err << "cablelint lsp: " << e.what() << "\n";
            if (msg.contains("id")) {
                write_message(out, {{"jsonrpc", "2.0"}, {"id", msg["id"]}, {"error", {{"code", -32602}, {"message", e.what()}}}});
            }
        }
    }
    server.publish_pending();   // the end of input: what was changed last is still said
    return server.shut_down() ? 0 : 1;
}

}  // namespace

bool input_within(int fd, std::chrono::microseconds timeout) {
    pollfd p{fd, POLLIN, 0};
    const auto s = std::chrono::duration_cast<std::chrono::seconds>(timeout);
    const timespec ts{static_cast<time_t>(s.count()), static_cast<long>((timeout - s).count()) * 1000L};
    const int n = ::ppoll(&p, 1, &ts, nullptr);
    return n != 0;   // ready, closed (POLLHUP), or an error that the read will meet
}

int run_language_server(std::istream& in, std::ostream& out, std::ostream& err, WaitForInput wait_for_input) {
    // A stream on a file descriptor is waited on with ppoll; other streams have all their input at hand.
    if (const int fd = descriptor_of(in); !wait_for_input && fd >= 0)
        wait_for_input = [fd](std::chrono::microseconds timeout) { return input_within(fd, timeout); };
    Server server(out, err);
    try {
        return serve(server, in, out, err, wait_for_input);
    } catch (const std::ios_base::failure& e) {
        // libstdc++'s file buffer throws when read(2) fails (stdin a directory, or closed).
        err << "cablelint lsp: cannot read the input: " << e.code().message() << "\n";
        server.publish_pending();
        return 1;
    }
}

}  // namespace cablelint
