// Every bad input answered (docs/reliability.md, "Bad input"): one test per row of the table, asserting what
// cablelint says and its exit code. Unreadable files and directories are tested as a non-root user by
// tests/integration/unreadable.sh (root reads anything).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ext/stdio_filebuf.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli.hpp"
#include "helpers.hpp"

using namespace cablelint;
using testing::cli;
using testing::Run;
using testing::utf16;
namespace fs = std::filesystem;

namespace {

std::string seed() { return testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"); }

struct Dir {
    fs::path dir;
    Dir() {
        static int n = 0;
        dir = fs::temp_directory_path() / ("cablelint-bad-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    ~Dir() { fs::remove_all(dir); }
    std::string write(const std::string& name, const std::string& bytes) const {
        std::ofstream(dir / name, std::ios::binary) << bytes;
        return (dir / name).string();
    }
    std::string path(const std::string& name) const { return (dir / name).string(); }
};

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }


}  // namespace

TEST_CASE("bad input: a binary file and NUL bytes are not parsed") {
    Dir d;
    const Run bin = cli({"--no-config", "-q", d.write("bin.txt", std::string("\x7f" "ELF\x02\x01\x00\x00\x00", 9))});
    CHECK(bin.code == 1);
    CHECK(contains(bin.out, "bin.txt:1:7: error: NUL byte: this is not a text file (3 NUL bytes); it was not parsed [F907"));
    const Run nul = cli({"--no-config", "-q", d.write("nul.txt", std::string("VZCZC\0ABC\n", 10))});
    CHECK(nul.code == 1);
    CHECK(contains(nul.out, "nul.txt:1:6: error: NUL byte: this is not a text file (1 NUL bytes); it was not parsed [F907"));
}

TEST_CASE("bad input: invalid UTF-8 and Windows-1252") {
    Dir d;
    const std::string clean = seed();
    const std::size_t signature = clean.find("HOAGLAND\n");
    REQUIRE(signature != std::string::npos);
    std::string damaged;   // appended piecewise: g++ 12 at -O3 warns falsely on insert() (GCC bug 105651)
    damaged.append(clean, 0, signature).append(1, '\xff').append(clean, signature);
    const Run r = cli({"--no-config", "-q", d.write("damaged.txt", damaged)});
    CHECK(r.code == 1);
    CHECK(contains(r.out, "error: byte 0xFF is not valid UTF-8: a byte that never occurs in UTF-8"));
    const Run w = cli({"--no-config", "-q", d.write("w.txt", "Cable title:\xa0\xa0\nSUBJECT: \x93quoted\x94\n")});
    CHECK(w.code == 1);
    CHECK(contains(w.out, "w.txt:1:13: error: the file is not UTF-8 but Windows-1252: 4 bytes above 0x7F, the first (0xA0"));
}

TEST_CASE("bad input: UTF-16 with and without a byte-order mark is read as UTF-16") {
    Dir d;
    const std::string text = "SUBJECT: X\n";
    const Run le = cli({"--no-config", "-q", d.write("le.txt", "\xff\xfe" + utf16(text, true))});
    CHECK(contains(le.out, "le.txt:1:1: error: the file is UTF-16LE with a byte-order mark, not UTF-8"));
    const Run be = cli({"--no-config", "-q", d.write("be.txt", "\xfe\xff" + utf16(text, false))});
    CHECK(contains(be.out, "be.txt:1:1: error: the file is UTF-16BE with a byte-order mark, not UTF-8"));
    const Run bare = cli({"--no-config", "-q", d.write("bare.txt", utf16(text, true))});
    CHECK(contains(bare.out, "bare.txt:1:1: error: the file is UTF-16LE without a byte-order mark (every other byte is NUL)"));
    for (const Run* r : {&le, &be, &bare}) {
        CHECK(r->code == 1);
        CHECK_FALSE(contains(r->out, "F907"));   // not called binary
    }
}

TEST_CASE("bad input: a UTF-8 byte-order mark is skipped and the page wrapper still read") {
    Dir d;
    const Run plain = cli({"--no-config", "-q", d.write("plain.txt", seed())});
    const Run bom = cli({"--no-config", "-q", d.write("bom.txt", "\xef\xbb\xbf" + seed())});
    CHECK(bom.code == plain.code);
    std::string expected = plain.out;
    for (std::size_t at; (at = expected.find("plain.txt")) != std::string::npos;) expected.replace(at, 9, "bom.txt");
    CHECK(bom.out == expected);   // the same findings at the same places: the wrapper was read
}

TEST_CASE("bad input: CR-only and mixed line endings") {
    Dir d;
    std::string cr = seed();
    std::replace(cr.begin(), cr.end(), '\n', '\r');
    const Run r = cli({"--no-config", "-q", "--select", "F904", d.write("cr.txt", cr)});
    CHECK(r.code == 0);   // F904 is a warning
    CHECK(contains(r.out, "cr.txt:1:11: warning: the file has bare CR line endings"));
    std::string mixed = seed();
    mixed.replace(mixed.find('\n'), 1, "\r\n");
    const Run m = cli({"--no-config", "-q", "--select", "F904", d.write("mixed.txt", mixed)});
    CHECK(contains(m.out, "mixed.txt:1:11: warning: mixed line endings: 1 CRLF among"));
}

TEST_CASE("bad input: empty and white-space-only files") {
    Dir d;
    const Run e = cli({"--no-config", "-q", d.write("empty.txt", "")});
    CHECK(e.code == 1);
    CHECK(contains(e.out, "empty.txt:1:1: error: not a cable: the file is empty [F908 not-a-cable]"));
    const Run w = cli({"--no-config", "-q", d.write("ws.txt", "  \n\n   \n")});
    CHECK(w.code == 1);
    CHECK(contains(w.out, "ws.txt:1:1: error: not a cable: the file contains only white space [F908 not-a-cable]"));
}

TEST_CASE("bad input: a 50 MB single line and 1,000,000 short lines are linted") {
    Dir d;
    std::string line = seed();
    line.insert(line.find("HOAGLAND\n"), std::string(50'000'000, 'A') + "\n");
    const Run l = cli({"--no-config", "-q", "--format", "json", d.write("line.txt", line)});
    CHECK(l.code == 0);
    CHECK(nlohmann::json::parse(l.out)["files"][0]["findings"].size() < 20);
    std::string many = seed();
    std::string lines;
    for (int i = 0; i < 1'000'000; ++i) lines += "SHORT\n";
    many.insert(many.find("HOAGLAND\n"), lines);
    const Run m = cli({"--no-config", "-q", "--format", "json", d.write("many.txt", many)});
    CHECK((m.code == 0 || m.code == 1));
    CHECK(nlohmann::json::parse(m.out)["files"][0]["findings"].size() < 20);
}

TEST_CASE("bad input: a directory given as a file and a file given as a directory") {
    Dir d;
    fs::create_directories(d.dir / "cables.txt");
    std::ofstream(d.dir / "cables.txt" / "a.txt") << seed();
    const Run dir = cli({"--no-config", "-q", d.path("cables.txt")});   // a directory is walked
    CHECK(dir.code == 0);
    CHECK(contains(dir.out, "a.txt:100:1: warning"));
    const std::string file = d.write("seed.txt", seed());
    const Run r = cli({"--no-config", "-q", file + "/x.txt", file});
    CHECK(r.code == 2);
    CHECK(contains(r.out, "seed.txt/x.txt: error: cannot read: Not a directory"));
    CHECK(contains(r.out, "seed.txt:100:1: warning"));   // the rest is linted
}

TEST_CASE("bad input: standard input that cannot be read (a directory) is an error and no crash") {
    // Found by a new-user review: `cablelint - < DIR` and `cablelint lsp < DIR` aborted (libstdc++'s file buffer
    // throws when read(2) fails).
    Dir d;
    const auto run = [&](std::vector<std::string> args) {
        const int fd = ::open(d.dir.c_str(), O_RDONLY | O_DIRECTORY);
        REQUIRE(fd >= 0);
        __gnu_cxx::stdio_filebuf<char> buf(fd, std::ios::in);   // closes fd
        std::istream in(&buf);
        std::ostringstream out, err;
        args.insert(args.begin(), "cablelint");
        std::vector<const char*> argv;
        for (const std::string& a : args) argv.push_back(a.c_str());
        const int code = cablelint::run_cli(static_cast<int>(argv.size()), argv.data(), in, out, err);
        return Run{code, out.str(), err.str()};
    };
    const Run parse = run({"parse", "-", "--no-config"});
    CHECK(parse.code == 2);
    CHECK(parse.err == "cablelint: cannot read standard input: Is a directory\n");
    // Linting, standard input is one file that could not be read: the others are linted (found by a second review).
    const std::string named = d.write("seed.txt", seed());
    const Run lint = run({"-", named, "--no-config", "-q"});
    CHECK(lint.code == 2);
    CHECK(lint.out.starts_with("<stdin>: error: cannot read standard input: Is a directory\n"));
    CHECK(contains(lint.out, "seed.txt:100:1: warning"));
    const Run json = run({"-", named, "--no-config", "--format", "json"});
    CHECK(json.code == 2);
    const auto j = nlohmann::json::parse(json.out);
    CHECK(j["files"][0]["error"] == "cannot read standard input: Is a directory");
    CHECK(j["files"][1]["findings"].size() == 3);
    const Run fix = run({"-", "--fix", "--no-config"});
    CHECK(fix.code == 2);
    CHECK(contains(fix.out + fix.err, "cannot read standard input: Is a directory"));
    const Run lsp = run({"lsp"});
    CHECK(lsp.code == 1);
    CHECK(lsp.err == "cablelint lsp: cannot read the input: Is a directory\n");
}

TEST_CASE("bad input: a symbolic-link loop") {
    Dir d;
    fs::create_symlink(d.path("b.txt"), d.path("a.txt"));
    fs::create_symlink(d.path("a.txt"), d.path("b.txt"));
    const Run r = cli({"--no-config", "-q", d.path("a.txt")});
    CHECK(r.code == 2);
    CHECK(contains(r.out, "a.txt: error: cannot read: Too many levels of symbolic links"));
    // In a directory walk too, and the walk goes on.
    d.write("c.txt", seed());
    const Run w = cli({"--no-config", "-q", d.dir.string()});
    CHECK(w.code == 2);
    CHECK(contains(w.out, "a.txt: error: cannot read: Too many levels of symbolic links"));
    CHECK(contains(w.out, "c.txt:100:1: warning"));
}

TEST_CASE("bad input: a FIFO or a device is told and never opened") {
    Dir d;
    REQUIRE(::mkfifo(d.path("pipe.txt").c_str(), 0600) == 0);
    d.write("seed.txt", seed());
    // Opening a FIFO without a writer would block: the run returning at all is half the test.
    const Run r = cli({"--no-config", "-q", d.path("pipe.txt"), "/dev/null", d.path("seed.txt")});
    CHECK(r.code == 2);
    CHECK(contains(r.out, "pipe.txt: error: not a regular file (a FIFO); not read (use - to read standard input)"));
    CHECK(contains(r.out, "/dev/null: error: not a regular file (a device); not read"));
    CHECK(contains(r.out, "seed.txt:100:1: warning"));
    const Run w = cli({"--no-config", "-q", d.dir.string()});
    CHECK(w.code == 2);
    CHECK(contains(w.out, "pipe.txt: error: not a regular file (a FIFO)"));
}

TEST_CASE("bad input: a file that changes while it is read is linted as read") {
    Dir d;
    const std::string path = d.write("moving.txt", seed());
    std::atomic<bool> stop{false};
    std::thread writer([&] {
        // Rewrites the file, shorter and longer, while it is linted.
        for (int i = 0; !stop; ++i) std::ofstream(path, std::ios::binary) << seed().substr(0, static_cast<std::size_t>(i * 997) % 20000);
    });
    for (int i = 0; i < 50; ++i) {
        const Run r = cli({"--no-config", "-q", "--format", "json", path});
        CHECK((r.code == 0 || r.code == 1));
        CHECK(nlohmann::json::parse(r.out)["files"].size() == 1);
    }
    stop = true;
    writer.join();
}

TEST_CASE("bad input: odd file names are escaped in every output format") {
    Dir d;
    const std::string name = "a b\"c%d:e,f\nnew.txt";
    const std::string path = d.write(name, seed());
    const Run text = cli({"--no-config", "-q", path});
    CHECK(contains(text.out, "a b\"c%d:e,f\\nnew.txt:100:1: warning"));   // one finding, one line
    for (std::size_t at = 0, lines = 0; (at = text.out.find('\n', at)) != std::string::npos; ++at, ++lines)
        if (lines > 10) FAIL("more lines than findings");
    const Run json = cli({"--no-config", "--format", "json", path});
    CHECK(nlohmann::json::parse(json.out)["files"][0]["path"] == path);
    const Run sarif = cli({"--no-config", "--format", "sarif", path});
    const auto s = nlohmann::json::parse(sarif.out);
    const std::string uri = s["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    CHECK(contains(uri, "a%20b%22c%25d%3Ae%2Cf%0Anew.txt"));
    const Run github = cli({"--no-config", "--format", "github", path});
    CHECK(contains(github.out, "file=" + d.dir.string() + "/a b\"c%25d%3Ae%2Cf%0Anew.txt,line=100"));
}

TEST_CASE("bad config: an extends cycle and a billion laughs") {
    Dir d;
    d.write("seed.txt", seed());
    d.write(".cablelint.yaml", "extends: other.yaml\n");
    d.write("other.yaml", "extends: .cablelint.yaml\n");
    const Run cycle = cli({"-q", d.path("seed.txt")});
    CHECK(cycle.code == 2);
    CHECK(contains(cycle.err, "`extends` goes more than 8 levels deep (a cycle?)"));
    // Aliases of aliases: yaml-cpp shares the nodes, nothing is expanded; an unknown key is still an error.
    std::string laughs = "lol0: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 10; ++i) {
        laughs += "lol" + std::to_string(i) + ": &" + std::string(1, static_cast<char>('a' + i)) + " [";
        for (int j = 0; j < 9; ++j) laughs += std::string(j ? ", " : "") + "*" + std::string(1, static_cast<char>('a' + i - 1));
        laughs += "]\n";
    }
    d.write(".cablelint.yaml", laughs);
    const Run lol = cli({"-q", d.path("seed.txt")});
    CHECK(lol.code == 2);
    CHECK(contains(lol.err, ".cablelint.yaml:1:1: unknown setting `lol0`"));
}
