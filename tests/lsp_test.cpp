// The language server's protocol, in-process: framing, position encodings, publish on open/change/save, clear on
// close, a bad config as a diagnostic, errors for unknown requests. (tests/integration/neovim.sh drives it from a
// real editor.)
#include <catch2/catch.hpp>
#include <ext/stdio_filebuf.h>
#include <poll.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include <nlohmann/json.hpp>

#include "helpers.hpp"
#include "lsp.hpp"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string frame(const json& m) {
    const std::string body = m.dump();
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// The messages the server wrote, unframed.
std::vector<json> messages_of(const std::string& s) {
    std::vector<json> messages;
    for (std::size_t pos = 0; (pos = s.find("Content-Length: ", pos)) != std::string::npos;) {
        const std::size_t len = std::stoul(s.substr(pos + 16));
        const std::size_t body = s.find("\r\n\r\n", pos) + 4;
        messages.push_back(json::parse(s.substr(body, len)));
        pos = body + len;
    }
    return messages;
}

std::vector<json> exchange(const std::vector<json>& messages, int* exit_code = nullptr) {
    std::string input;
    for (const auto& m : messages) input += frame(m);
    std::istringstream in(input);
    std::ostringstream out, err;
    const int code = cablelint::run_language_server(in, out, err);
    if (exit_code) *exit_code = code;
    return messages_of(out.str());
}

json initialize(json capabilities = json::object()) {
    return {{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", capabilities}}}};
}
json open(const std::string& uri, const std::string& text) {
    return {{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
            {"params", {{"textDocument", {{"uri", uri}, {"languageId", "text"}, {"version", 1}, {"text", text}}}}}};
}
json change(const std::string& uri, const std::string& text, int version = 2) {
    return {{"jsonrpc", "2.0"}, {"method", "textDocument/didChange"},
            {"params", {{"textDocument", {{"uri", uri}, {"version", version}}}, {"contentChanges", {{{"text", text}}}}}}};
}
json hover_request(const std::string& uri, int id) {
    return {{"jsonrpc", "2.0"}, {"id", id}, {"method", "textDocument/hover"},
            {"params", {{"textDocument", {{"uri", uri}}}, {"position", {{"line", 0}, {"character", 0}}}}}};
}
json close(const std::string& uri) {
    return {{"jsonrpc", "2.0"}, {"method", "textDocument/didClose"}, {"params", {{"textDocument", {{"uri", uri}}}}}};
}
const json shutdown = {{"jsonrpc", "2.0"}, {"id", 9}, {"method", "shutdown"}};
const json exit_ = {{"jsonrpc", "2.0"}, {"method", "exit"}};

std::string seed() { return testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"); }

const json* diagnostic(const json& publish, const std::string& code) {
    for (const auto& d : publish["params"]["diagnostics"]) {
        if (d.value("code", "") == code) return &d;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("lsp: initialize, publish on open and change, clear on close, shutdown and exit") {
    const std::string uri = "file:///nonexistent-dir/09ASTANA1366.txt";
    std::string bad = seed();
    bad.replace(bad.find("R 101402Z AUG 09"), 16, "R 311402Z APR 09");
    int code = -1;
    // Diagnostics are published when no message is waiting, and always before the reply to a request: each hover
    // here brings the diagnostics of the change before it.
    const auto replies = exchange({initialize(), open(uri, seed()), hover_request(uri, 3), change(uri, bad),
                                   hover_request(uri, 4), close(uri), shutdown, exit_},
                                  &code);
    CHECK(code == 0);
    REQUIRE(replies.size() == 7);
    CHECK(replies[0]["id"] == 1);
    CHECK(replies[0]["result"]["capabilities"]["positionEncoding"] == "utf-16");
    CHECK(replies[0]["result"]["capabilities"]["textDocumentSync"]["change"] == 1);
    CHECK(replies[1]["method"] == "textDocument/publishDiagnostics");
    CHECK(replies[1]["params"]["version"] == 1);
    const json* p801 = diagnostic(replies[1], "P801");
    REQUIRE(p801 != nullptr);
    CHECK((*p801)["range"]["start"] == json({{"line", 99}, {"character", 0}}));
    CHECK((*p801)["severity"] == 2);
    CHECK((*p801)["codeDescription"]["href"].get<std::string>().find("docs/rules/P801-paragraph-sequence.md") != std::string::npos);
    CHECK((*p801)["relatedInformation"][0]["location"]["range"]["start"]["line"] == 97);
    CHECK(replies[2]["id"] == 3);
    CHECK(replies[3]["params"]["version"] == 2);
    const json* d302 = diagnostic(replies[3], "D302");
    REQUIRE(d302 != nullptr);
    CHECK((*d302)["range"]["start"] == json({{"line", 19}, {"character", 2}}));
    CHECK((*d302)["severity"] == 1);
    CHECK(replies[4]["id"] == 4);
    CHECK(replies[5]["params"]["diagnostics"].empty());
    CHECK(replies[6]["id"] == 9);
    CHECK(replies[6]["result"].is_null());
}

TEST_CASE("lsp: a burst of changes is linted once, at its latest text") {
    // Typing sends a change per keystroke; those already waiting when one arrives are not linted one by one.
    const std::string uri = "file:///nonexistent-dir/09ASTANA1366.txt";
    std::string bad = seed();
    bad.replace(bad.find("R 101402Z AUG 09"), 16, "R 311402Z APR 09");
    std::vector<json> messages{initialize(), open(uri, seed())};
    for (int v = 2; v <= 20; ++v) messages.push_back(change(uri, v % 2 == 0 ? seed() : bad, v));
    messages.push_back(change(uri, bad, 21));
    messages.push_back(shutdown);
    messages.push_back(exit_);
    const auto replies = exchange(messages);
    REQUIRE(replies.size() == 3);
    CHECK(replies[1]["method"] == "textDocument/publishDiagnostics");
    CHECK(replies[1]["params"]["version"] == 21);
    CHECK(diagnostic(replies[1], "D302") != nullptr);   // the latest text's findings
    CHECK(replies[2]["id"] == 9);
}

// Input that arrives in chunks, as through a pipe written to several times: at the end of each chunk in_avail()
// says that nothing is waiting (the server then decides whether to lint) until arrive() is called, and reading on
// takes the next chunk (as a read would wait for it).
class ChunkedInput : public std::streambuf {
public:
    explicit ChunkedInput(std::vector<std::string> chunks) : chunks_(std::move(chunks)) {}
    void arrive() { arrived_ = true; }

protected:
    std::streamsize showmanyc() override {
        if (next_ == chunks_.size()) return -1;
        return arrived_ ? static_cast<std::streamsize>(chunks_[next_].size()) : 0;
    }
    int_type underflow() override {
        if (next_ == chunks_.size()) return traits_type::eof();
        std::string& c = chunks_[next_++];
        arrived_ = false;
        setg(c.data(), c.data(), c.data() + c.size());
        return traits_type::to_int_type(c.front());
    }

private:
    std::vector<std::string> chunks_;
    std::size_t next_ = 0;
    bool arrived_ = false;
};

TEST_CASE("lsp: a change that arrives while the server waits for one is linted instead of the one before it") {
    // A client sending changes back to back leaves gaps between them (a large document takes time to encode and
    // send): the server waits a moment for the next one before it lints, and lints the latest.
    const std::string uri = "file:///nonexistent-dir/09ASTANA1366.txt";
    std::string bad = seed();
    bad.replace(bad.find("R 101402Z AUG 09"), 16, "R 311402Z APR 09");
    ChunkedInput chunks({frame(initialize()) + frame(open(uri, seed())), frame(change(uri, seed(), 2)),
                         frame(change(uri, bad, 3)), frame(shutdown) + frame(exit_)});
    std::istream in(&chunks);
    std::ostringstream out, err;
    std::vector<std::chrono::microseconds> waits;
    const std::vector<bool> input_came = {true, false};   // change 3 comes during the wait after change 2; then none
    const cablelint::WaitForInput wait = [&](std::chrono::microseconds t) {
        waits.push_back(t);
        if (!input_came.at(waits.size() - 1)) return false;
        chunks.arrive();
        return true;
    };
    CHECK(cablelint::run_language_server(in, out, err, wait) == 0);
    std::vector<long long> published;
    for (const json& m : messages_of(out.str())) {
        if (m.value("method", "") == "textDocument/publishDiagnostics") {
            published.push_back(m["params"]["version"]);
            if (published.back() == 3) CHECK(diagnostic(m, "D302") != nullptr);
        }
    }
    // The opened text at once (no lint has been timed yet, so no wait), then change 3, never change 2.
    CHECK(published == std::vector<long long>{1, 3});
    // The waits: after change 2 (input came), after change 3 (none came); each at most 50 ms.
    REQUIRE(waits.size() == 2);
    for (const auto t : waits) {
        CHECK(t > std::chrono::microseconds(0));
        CHECK(t <= std::chrono::milliseconds(50));
    }
}

TEST_CASE("lsp: the wait for input ends when input comes or the input ends") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    CHECK_FALSE(cablelint::input_within(fds[0], std::chrono::milliseconds(1)));
    REQUIRE(::write(fds[1], "x", 1) == 1);
    CHECK(cablelint::input_within(fds[0], std::chrono::seconds(10)));
    char c;
    REQUIRE(::read(fds[0], &c, 1) == 1);
    CHECK_FALSE(cablelint::input_within(fds[0], std::chrono::microseconds(500)));
    ::close(fds[1]);
    CHECK(cablelint::input_within(fds[0], std::chrono::seconds(10)));
    ::close(fds[0]);
}

TEST_CASE("lsp: the latest text gets its diagnostics whatever follows it") {
    // Found by review: diagnostics waited for the next message and were lost when what followed was `exit` without
    // `shutdown`, a body that is not JSON, a notification that fails, stray line ends, or the end of input.
    const std::string uri = "file:///nonexistent-dir/09ASTANA1366.txt";
    const auto published = [&](const std::vector<json>& replies) {
        return std::count_if(replies.begin(), replies.end(), [&](const json& r) {
            return r.value("method", "") == "textDocument/publishDiagnostics" && r["params"]["uri"] == uri &&
                   diagnostic(r, "P801") != nullptr;
        });
    };
    CHECK(published(exchange({initialize(), open(uri, seed()), exit_})) == 1);
    CHECK(published(exchange({initialize(), open(uri, seed())})) == 1);   // then the end of input
    const json bad_close = {{"jsonrpc", "2.0"}, {"method", "textDocument/didClose"}, {"params", json::object()}};
    CHECK(published(exchange({initialize(), open(uri, seed()), bad_close})) == 1);
    // Raw tails: a body that is not JSON; stray line ends after the last body.
    for (const std::string& tail : {std::string("Content-Length: 3\r\n\r\n{x}"), std::string("\r\n")}) {
        std::istringstream in(frame(initialize()) + frame(open(uri, seed())) + tail);
        std::ostringstream out, err;
        cablelint::run_language_server(in, out, err);
        CHECK(out.str().find("\"code\":\"P801\"") != std::string::npos);
    }
}

TEST_CASE("lsp: a document that cannot be linted does not cost the others their diagnostics") {
    const std::string good = "file:///nonexistent-dir/09ASTANA1366.txt";
    const auto replies = exchange({initialize(), open("file:///%zz.txt", seed()), open(good, seed()), hover_request(good, 7), shutdown, exit_});
    const auto diag = std::find_if(replies.begin(), replies.end(), [&](const json& r) {
        return r.value("method", "") == "textDocument/publishDiagnostics" && r["params"]["uri"] == good;
    });
    REQUIRE(diag != replies.end());
    CHECK(diagnostic(*diag, "P801") != nullptr);
    // A '%' without two hex digits is taken as written: that document is linted too (it once threw).
    const auto odd = std::find_if(replies.begin(), replies.end(), [&](const json& r) {
        return r.value("method", "") == "textDocument/publishDiagnostics" && r["params"]["uri"] == "file:///%zz.txt";
    });
    REQUIRE(odd != replies.end());
    CHECK(diagnostic(*odd, "P801") != nullptr);
    const auto hover = std::find_if(replies.begin(), replies.end(), [](const json& r) { return r.value("id", 0) == 7; });
    REQUIRE(hover != replies.end());
    CHECK_FALSE(hover->contains("error"));
}

TEST_CASE("lsp: UTF-16 positions by default, UTF-8 when the client offers it") {
    // A custom rule found from the document's directory flags a marker after é (2 bytes, 1 UTF-16 unit) and
    // U+1D11E (4 bytes, 2 UTF-16 units).
    const fs::path dir = fs::temp_directory_path() / ("cablelint-lsp-enc-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / ".cablelint.yaml")
        << "custom-rules:\n  - {code: X001, name: marker, kind: forbidden, pattern: XXBADXX, message: marker}\n";
    std::string text = seed();
    text.insert(text.find("HOAGLAND\n"), "\xC3\xA9\xF0\x9D\x84\x9E XXBADXX\n");
    const std::string uri = "file://" + (dir / "cable.txt").string();
    const auto utf16 = exchange({initialize(), open(uri, text), shutdown, exit_});
    const auto utf8 = exchange({initialize({{"general", {{"positionEncodings", {"utf-8", "utf-16"}}}}}), open(uri, text), shutdown, exit_});
    fs::remove_all(dir);
    CHECK(utf16[0]["result"]["capabilities"]["positionEncoding"] == "utf-16");
    CHECK(utf8[0]["result"]["capabilities"]["positionEncoding"] == "utf-8");
    const json* a = diagnostic(utf16[1], "X001");
    const json* b = diagnostic(utf8[1], "X001");
    REQUIRE(a != nullptr);
    REQUIRE(b != nullptr);
    CHECK((*a)["range"]["start"]["character"] == 4);
    CHECK((*a)["range"]["end"]["character"] == 11);
    CHECK((*b)["range"]["start"]["character"] == 7);
    CHECK((*b)["range"]["end"]["character"] == 14);
}

TEST_CASE("lsp: a bad config is a diagnostic, not a crash, and unknown requests get an error") {
    const fs::path dir = fs::temp_directory_path() / ("cablelint-lsp-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / ".cablelint.yaml") << "rules:\n  P081: off\n";
    const std::string uri = "file://" + (dir / "cable.txt").string();
    const auto replies = exchange({initialize(), open(uri, seed()),
                                   {{"jsonrpc", "2.0"}, {"id", 5}, {"method", "textDocument/definition"}, {"params", json::object()}},
                                   shutdown, exit_});
    fs::remove_all(dir);
    REQUIRE(replies.size() == 4);
    const auto& diags = replies[1]["params"]["diagnostics"];
    REQUIRE(diags.size() == 1);
    CHECK(diags[0]["severity"] == 1);
    CHECK(diags[0]["message"].get<std::string>().find("unknown rule `P081` (did you mean P801?)") != std::string::npos);
    CHECK(replies[2]["id"] == 5);
    CHECK(replies[2]["error"]["code"] == -32601);
}

TEST_CASE("lsp: the end of input without shutdown exits 1") {
    int code = -1;
    exchange({initialize()}, &code);
    CHECK(code == 1);
}

TEST_CASE("lsp: a finding's fix is a quick-fix code action, the safe ones also one fix-all action") {
    const std::string uri = "file:///nonexistent-dir/09ASTANA1366.txt";
    // The seed's P802 (a blank line inside a sentence, line 121) has a safe fix that removes the blank line.
    const json request = {{"jsonrpc", "2.0"}, {"id", 5}, {"method", "textDocument/codeAction"},
                          {"params", {{"textDocument", {{"uri", uri}}},
                                      {"range", {{"start", {{"line", 120}, {"character", 0}}}, {"end", {{"line", 120}, {"character", 0}}}}},
                                      {"context", {{"diagnostics", json::array()}}}}}};
    const auto replies = exchange({initialize(), open(uri, seed()), request, shutdown, exit_});
    REQUIRE(replies.size() == 4);
    CHECK(replies[0]["result"]["capabilities"]["codeActionProvider"]["codeActionKinds"] == json({"quickfix", "source.fixAll"}));
    const json& actions = replies[2]["result"];
    REQUIRE(actions.size() == 2);
    CHECK(actions[0]["title"] == "Fix P802: remove the blank lines inside the sentence");
    CHECK(actions[0]["kind"] == "quickfix");
    CHECK(actions[0]["isPreferred"] == true);
    CHECK(actions[0]["diagnostics"][0]["code"] == "P802");
    CHECK(actions[0]["edit"]["changes"][uri] ==
          json::parse(R"([{"range": {"start": {"line": 120, "character": 0}, "end": {"line": 121, "character": 0}}, "newText": ""}])"));
    CHECK(actions[1]["kind"] == "source.fixAll");
    CHECK(actions[1]["title"] == "Fix all safe cablelint findings (1)");
    std::string fixed = seed();
    fixed.erase(fixed.find("for\n\nU.S. troops") + 4, 1);
    CHECK(actions[1]["edit"]["changes"][uri][0]["newText"] == fixed);
}

TEST_CASE("lsp: a request after shutdown is an InvalidRequest error") {
    // Found by a review (LSP 3.17: "requests after a shutdown request should error with InvalidRequest").
    const std::string uri = "file:///nonexistent-dir/09ASTANA1366.txt";
    int code = -1;
    const auto replies = exchange({initialize(), open(uri, seed()), shutdown, hover_request(uri, 12), exit_}, &code);
    CHECK(code == 0);
    REQUIRE(replies.size() == 4);
    CHECK(replies[2]["id"] == 9);
    CHECK(replies[2]["result"].is_null());
    CHECK(replies[3]["id"] == 12);
    CHECK(replies[3]["error"]["code"] == -32600);
}

TEST_CASE("lsp: hover on a finding explains its rule") {
    const std::string uri = "file:///nonexistent-dir/09ASTANA1366.txt";
    const json at_p801 = {{"jsonrpc", "2.0"}, {"id", 6}, {"method", "textDocument/hover"},
                          {"params", {{"textDocument", {{"uri", uri}}}, {"position", {{"line", 99}, {"character", 0}}}}}};
    const json elsewhere = {{"jsonrpc", "2.0"}, {"id", 7}, {"method", "textDocument/hover"},
                            {"params", {{"textDocument", {{"uri", uri}}}, {"position", {{"line", 101}, {"character", 3}}}}}};
    const auto replies = exchange({initialize(), open(uri, seed()), at_p801, elsewhere, shutdown, exit_});
    REQUIRE(replies.size() == 5);
    CHECK(replies[0]["result"]["capabilities"]["hoverProvider"] == true);
    const std::string text = replies[2]["result"]["contents"]["value"];
    CHECK(text.starts_with("**P801 paragraph-sequence** (warning): `7.` is probably a wrapped number"));
    CHECK(text.find("## What it checks") != std::string::npos);
    CHECK(text.find("## Why") != std::string::npos);
    CHECK(replies[3]["result"].is_null());
}

TEST_CASE("lsp: a number too large for JSON's types is a parse error, not a crash") {
    // Found by fuzz/run.sh (fuzz/regressions/lsp/number-overflow-id): nlohmann-json throws out_of_range for it.
    const std::string body = R"({"jsonrpc": "2.0", "id": 222220000E4060000000000, "method": "shutdown"})";
    std::istringstream in("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
    std::ostringstream out, err;
    cablelint::run_language_server(in, out, err);
    CHECK(out.str().find("\"code\":-32700") != std::string::npos);
    CHECK(err.str().find("ignoring a message that is not JSON") != std::string::npos);
}

// The server on real pipes (a string stream never waits, so what happens while the server waits needs these): it
// runs on a thread of its own; closing its input ends it.
struct PipedServer {
    int to_server[2] = {-1, -1}, from_server[2] = {-1, -1};
    std::thread server;
    std::string received;

    PipedServer() {
        REQUIRE(::pipe(to_server) == 0);
        REQUIRE(::pipe(from_server) == 0);
        server = std::thread([this] {
            __gnu_cxx::stdio_filebuf<char> in_buf(to_server[0], std::ios::in);
            __gnu_cxx::stdio_filebuf<char> out_buf(from_server[1], std::ios::out);   // both close their descriptor
            std::istream in(&in_buf);
            std::ostream out(&out_buf);
            std::ostringstream err;
            cablelint::run_language_server(in, out, err);
        });
    }
    PipedServer(const PipedServer&) = delete;
    PipedServer& operator=(const PipedServer&) = delete;
    ~PipedServer() {
        ::close(to_server[1]);   // the end of input: the server stops
        server.join();
        ::close(from_server[0]);
    }
    void send(const std::string& bytes) {
        REQUIRE(::write(to_server[1], bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
    }
    // Reads what the server writes until `needle` is among it, for up to 10 s.
    bool read_until(const std::string& needle) {
        for (int waited = 0; received.find(needle) == std::string::npos && waited < 100; ++waited) {
            pollfd p{from_server[0], POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0) continue;
            char chunk[65536];
            const ssize_t n = ::read(from_server[0], chunk, sizeof chunk);
            if (n <= 0) break;
            received.append(chunk, static_cast<std::size_t>(n));
        }
        return received.find(needle) != std::string::npos;
    }
};

TEST_CASE("lsp: diagnostics are published before the server waits inside a broken message") {
    // Found by review: after a message without Content-Length, the server read its body as a header line and waited
    // for the line's end with the diagnostics of the text before it unpublished.
    PipedServer server;
    const std::string uri = "file:///nonexistent-dir/09ASTANA1366.txt";
    server.send(frame(initialize()) + frame(open(uri, seed())) + "X-Header: 1\r\n\r\n{\"jsonrpc\": \"2.0\"");
    CHECK(server.read_until("\"code\":\"P801\""));
}

TEST_CASE("lsp: diagnostics are published while the next message is still arriving") {
    // Found by a new-user review: the server waited for a message's whole body before it published the change
    // before it (a client sending slowly held diagnostics back for seconds).
    PipedServer server;
    const std::string uri = "file:///nonexistent-dir/09ASTANA1366.txt";
    std::string bad = seed();
    bad.replace(bad.find("R 101402Z AUG 09"), 16, "R 311402Z APR 09");
    server.send(frame(initialize()) + frame(open(uri, seed())));
    REQUIRE(server.read_until("\"code\":\"P801\""));
    const std::string next = frame(hover_request(uri, 5));
    REQUIRE(next.find("\r\n\r\n") < next.size() / 2);
    server.send(frame(change(uri, bad, 2)) + next.substr(0, next.size() / 2));   // the change, then half a message
    CHECK(server.read_until("\"code\":\"D302\""));
    server.send(next.substr(next.size() / 2));
    CHECK(server.read_until("\"id\":5"));
}

TEST_CASE("lsp: a stray CR that arrives alone between messages does not cost the next message") {
    // Found by review: read while the server waited, it was glued to the next header line, which then named no
    // Content-Length.
    PipedServer server;
    server.send(frame(initialize()));
    REQUIRE(server.read_until("\"id\":1"));   // the server now waits for the next message
    server.send("\r");
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    server.send(frame(open("file:///nonexistent-dir/09ASTANA1366.txt", seed())));
    CHECK(server.read_until("\"code\":\"P801\""));
}

TEST_CASE("lsp: before initialize a request gets ServerNotInitialized and a notification is dropped") {
    const std::string uri = "file:///nowhere/cable.txt";
    const auto replies = exchange({hover_request(uri, 3), open(uri, seed()), initialize(), shutdown, exit_});
    REQUIRE(replies.size() == 3);   // the error, initialize's reply, shutdown's: the early open published nothing
    CHECK(replies[0]["id"] == 3);
    CHECK(replies[0]["error"]["code"] == -32002);
    CHECK(replies[1]["id"] == 1);
    CHECK(replies[2]["id"] == 9);
}

TEST_CASE("lsp: a save lints the buffer again under its version and does not replace it with the text sent along") {
    const std::string uri = "file:///nowhere/cable.txt";
    std::string edited = seed();
    edited.replace(edited.find("TAGS:"), 5, "TAGES:");   // T702 in version 2
    const json save = {{"jsonrpc", "2.0"}, {"method", "textDocument/didSave"},
                       {"params", {{"textDocument", {{"uri", uri}}}, {"text", seed()}}}};   // an older text
    const auto replies = exchange({initialize(), open(uri, seed()), change(uri, edited, 2), hover_request(uri, 4), save,
                                   shutdown, exit_});
    REQUIRE(replies.size() == 5);   // initialize, publish, hover, publish after the save, shutdown
    CHECK(replies[0]["result"]["capabilities"]["textDocumentSync"]["save"]["includeText"] == false);
    for (const int i : {1, 3}) {
        INFO(i);
        CHECK(replies[i]["method"] == "textDocument/publishDiagnostics");
        CHECK(replies[i]["params"]["version"] == 2);
        CHECK(diagnostic(replies[i], "T702") != nullptr);
    }
}

TEST_CASE("lsp: --stdio is accepted (clients add it)") {
    const std::string input = frame(initialize()) + frame(shutdown) + frame(exit_);
    const auto r = testing::cli({"lsp", "--stdio"}, input);
    CHECK(r.code == 0);
    CHECK(r.out.find("\"capabilities\"") != std::string::npos);
}
