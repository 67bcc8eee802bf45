// The language server keeps serving after input that no client should send: framing with a bad Content-Length, and
// messages without the members their method needs. Each gets a JSON-RPC error (requests) or a line on stderr
// (notifications); the messages after it are still answered. (Found by an outside fuzzing run, issue 13.)
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "helpers.hpp"
#include "lsp.hpp"

using nlohmann::json;

namespace {

std::string frame(const std::string& body) {
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

struct Run {
    int code;
    std::vector<json> replies;
    std::string err;
};

// The input after an initialize (a server answers nothing else before it); the replies after its own.
Run serve(const std::string& input) {
    std::istringstream in(frame(R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}})") + input);
    std::ostringstream out, err;
    Run r{cablelint::run_language_server(in, out, err), {}, err.str()};
    const std::string s = out.str();
    for (std::size_t pos = 0; (pos = s.find("Content-Length: ", pos)) != std::string::npos;) {
        const std::size_t len = std::stoul(s.substr(pos + 16));
        const std::size_t body = s.find("\r\n\r\n", pos) + 4;
        r.replies.push_back(json::parse(s.substr(body, len)));
        pos = body + len;
    }
    REQUIRE_FALSE(r.replies.empty());
    CHECK(r.replies.front()["id"] == 0);
    r.replies.erase(r.replies.begin());
    return r;
}

const std::string shutdown_and_exit = frame(R"({"jsonrpc":"2.0","id":9,"method":"shutdown"})") +
                                      frame(R"({"jsonrpc":"2.0","method":"exit"})");

}  // namespace

TEST_CASE("lsp: a Content-Length that is not a number is skipped, and the server goes on") {
    for (const char* length : {"abc", "-1", "", "12x"}) {
        INFO(length);
        const Run r = serve(std::string("Content-Length: ") + length + "\r\n\r\n" + shutdown_and_exit);
        CHECK(r.code == 0);   // shutdown and exit after the bad message were understood
        REQUIRE(r.replies.size() == 1);
        CHECK(r.replies[0]["id"] == 9);
        CHECK(r.err.find("Content-Length is not a number") != std::string::npos);
    }
}

TEST_CASE("lsp: a Content-Length beyond what the server reads is dropped, without allocating it") {
    // The announced body swallows the rest of the input, so the server ends at the end of input (exit 1).
    for (const char* length : {"99999999999999999999999", "1000000000000"}) {
        INFO(length);
        const Run r = serve(std::string("Content-Length: ") + length + "\r\n\r\n" + shutdown_and_exit);
        CHECK(r.code == 1);
        CHECK(r.replies.empty());
        CHECK(r.err.find("bytes (at most") != std::string::npos);
    }
}

TEST_CASE("lsp: a message without Content-Length is skipped") {
    const Run r = serve("X-Other: 1\r\n\r\n" + shutdown_and_exit);
    CHECK(r.code == 0);
    CHECK(r.err.find("without Content-Length") != std::string::npos);
}

TEST_CASE("lsp: messages missing the members their method needs get an error, not a crash") {
    const char* requests[] = {
        R"({"jsonrpc":"2.0","id":1,"method":"initialize"})",
        R"({"jsonrpc":"2.0","id":2,"method":"textDocument/didOpen"})",
        R"({"jsonrpc":"2.0","id":3,"method":"textDocument/didOpen","params":{}})",
        R"({"jsonrpc":"2.0","id":4,"method":"textDocument/didOpen","params":{"textDocument":{"text":"x"}}})",
        R"({"jsonrpc":"2.0","id":5,"method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.txt"}}})",
        R"({"jsonrpc":"2.0","id":6,"method":"textDocument/didClose","params":{"textDocument":{}}})",
        R"({"jsonrpc":"2.0","id":7,"method":"textDocument/didOpen","params":{"textDocument":{"uri":5,"text":"x"}}})",
    };
    for (const char* req : requests) {
        INFO(req);
        const Run r = serve(frame(req) + shutdown_and_exit);
        CHECK(r.code == 0);
        REQUIRE(r.replies.size() == 2);
        CHECK(r.replies[0].contains("error"));
        CHECK(r.replies[0]["error"]["code"] == -32602);
        CHECK(r.replies[1]["id"] == 9);
    }
    // The same as notifications (no id): logged, no reply, and the server goes on.
    for (const char* note : {R"({"jsonrpc":"2.0","method":"textDocument/didOpen"})",
                             R"({"jsonrpc":"2.0","method":"textDocument/didChange","params":{"contentChanges":[]}})",
                             R"({"jsonrpc":"2.0","method":"shutdown"})", R"([1,2])", R"(5)"}) {
        INFO(note);
        const Run r = serve(frame(note) + shutdown_and_exit);
        CHECK(r.code == 0);
        REQUIRE(r.replies.size() == 1);
        CHECK(r.replies[0]["id"] == 9);
        CHECK_FALSE(r.err.empty());
    }
}
