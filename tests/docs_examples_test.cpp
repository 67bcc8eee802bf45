// The docs say what cablelint does; this test holds them to it. Each rule page (docs/rules/*.md) shows, under
// "## Example", an excerpt of a cable in a ```text block and the finding it gives, either located in a ```text block
// (`LINE:COL severity CODE message`, related locations indented below it) or inline (`CODE severity: message`, where
// `…` stands for any text). The excerpt is an edit of the seed cable (fixtures/seed/09ASTANA1366.txt) when its lines
// are recognisably seed lines, else a cable of its own:
//
// - `…` or `...` on a line of its own separates pieces of the seed that are not adjacent; a line that ends in `…`
//   keeps the rest of the seed line it starts, and what follows it is another piece;
// - each piece replaces the seed lines from the first to the last seed line its lines stand for (found by likeness),
//   so a piece can change, insert, reorder or delete lines (a deletion is two adjacent lines that were not); lines
//   at the edges of a piece that stand for no seed line take the place of the seed lines beside;
// - the seed prints its head block (banner … Classified By) twice, as its page does: an edit of the first copy is
//   made in the second too, unless the excerpt edits the second copy itself;
// - notation: `␣` a space (or U+00A0 when the block says `(␣ = U+00A0)`), `→` a tab, `<ESC>` U+001B, `\xE9` the
//   byte 0xE9; a trailing `(first copy)`/`(second copy)` picks the copy of the duplicated head block.
//
// The claimed finding must be among the findings of that rule on the built cable (a located claim with all its related
// locations; an inline one may stop before the message ends). CABLELINT_DOCS_EXAMPLES_DIR=DIR writes the cables
// built to DIR. The README's seed output and docs/json-output.md are checked in cli_test.cpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <regex>

#include "catalogue.hpp"
#include "helpers.hpp"

using namespace cablelint;

namespace {

using Lines = std::vector<std::string>;

Lines split_lines(const std::string& text) {
    Lines out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::string join(const Lines& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

std::string trim(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(0, 1);
    return s;
}

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

const std::string ellipsis = "\xE2\x80\xA6";   // …
const std::string nbsp = "\xC2\xA0";

// Code points of a UTF-8 line (each as its bytes), for positional comparison.
Lines code_points(const std::string& s) {
    Lines out;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t n = 1;
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0xF0) n = 4; else if (c >= 0xE0) n = 3; else if (c >= 0xC0) n = 2;
        out.push_back(s.substr(i, n));
        i += n;
    }
    return out;
}

// Plain spaces for no-break spaces, as pages show them.
std::string plain_spaces(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        if (s.substr(i, nbsp.size()) == nbsp) {
            out += ' ';
            i += nbsp.size();
        } else {
            out += s[i++];
        }
    }
    return out;
}

std::string comparable(const std::string& s) { return trim(plain_spaces(s)); }

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

// One line of an excerpt, decoded.
struct ExcerptLine {
    std::string text;
    bool rest_of_seed_line = false;   // ended in `…`: the seed line that starts with `text`
    int copy = 0;                     // 1 or 2: (first copy) / (second copy)
};

struct Claim {
    bool located = false;   // a ```text block: position and related locations too
    Lines lines;            // located: the finding and its related lines; else one `CODE severity: message`
};

struct Example {
    std::string code;
    Lines excerpt;
    std::vector<Claim> claims;
};

const std::regex located_finding(R"(^\d+:\d+ (error|warning|info) [WHDECSTPF]\d{3} .*)");
const std::regex inline_finding(R"(^[WHDECSTPF]\d{3} (error|warning|info): [^]*)");

// The examples of one page: every excerpt with the claims that follow it.
std::vector<Example> examples_of(const std::string& code, const std::string& page) {
    std::vector<Example> out;
    const auto start = page.find("\n## Example");
    if (start == std::string::npos) return out;
    const auto end = page.find("\n## ", start + 1);
    const Lines lines = split_lines(page.substr(start, end - start));
    std::string prose;
    auto flush_prose = [&] {
        // Inline code spans may wrap across lines of the page. A message with backticks in it (values are quoted
        // that way) is written between double backticks, with a space inside each end (CommonMark).
        std::size_t p = 0;
        while ((p = prose.find('`', p)) != std::string::npos) {
            const bool doubled = prose.compare(p, 2, "``") == 0;
            const std::size_t open = doubled ? 2 : 1;
            const auto q = prose.find(doubled ? "``" : "`", p + open);
            if (q == std::string::npos) break;
            std::string span = prose.substr(p + open, q - p - open);
            std::replace(span.begin(), span.end(), '\n', ' ');
            if (doubled && span.size() >= 2 && span.front() == ' ' && span.back() == ' ') span = span.substr(1, span.size() - 2);
            if (std::regex_match(span, inline_finding) && !out.empty()) out.back().claims.push_back({false, {span}});
            p = q + open;
        }
        prose.clear();
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].rfind("```", 0) != 0) {
            prose += lines[i] + "\n";
            continue;
        }
        flush_prose();
        Lines block;
        for (++i; i < lines.size() && lines[i].rfind("```", 0) != 0; ++i) block.push_back(lines[i]);
        const bool findings = !block.empty() && std::regex_match(block[0], located_finding) &&
                              std::all_of(block.begin(), block.end(), [](const std::string& l) {
                                  return std::regex_match(l, located_finding) || l.rfind("  ", 0) == 0;
                              });
        if (!findings) {
            out.push_back({code, block, {}});
            continue;
        }
        if (out.empty()) continue;
        for (const auto& l : block) {
            if (l.rfind("  ", 0) == 0) out.back().claims.back().lines.push_back(l);
            else out.back().claims.push_back({true, {l}});
        }
    }
    flush_prose();
    return out;
}

// Decodes the notation of an excerpt and splits it into pieces of adjacent lines.
std::vector<std::vector<ExcerptLine>> pieces_of(const Lines& excerpt) {
    const bool nbsp_marker = std::any_of(excerpt.begin(), excerpt.end(), [](const std::string& l) {
        return l.find("(\xE2\x90\xA3 = U+00A0)") != std::string::npos;
    });
    std::vector<std::vector<ExcerptLine>> out(1);
    for (std::string l : excerpt) {
        if (trim(l) == ellipsis || trim(l) == "...") {
            if (!out.back().empty()) out.emplace_back();
            continue;
        }
        ExcerptLine x;
        static const std::regex note(R"(\s{2,}\((\S+ = [^)]*|first copy|second copy)\)$)");
        std::smatch m;
        if (std::regex_search(l, m, note)) {
            if (m[1] == "first copy") x.copy = 1;
            if (m[1] == "second copy") x.copy = 2;
            l = l.substr(0, m.position(0));
        }
        auto replace_all = [&](const std::string& from, const std::string& to) {
            for (std::size_t p = 0; (p = l.find(from, p)) != std::string::npos; p += to.size()) l.replace(p, from.size(), to);
        };
        replace_all("\xE2\x90\xA3", nbsp_marker ? nbsp : " ");   // ␣
        replace_all("\xE2\x86\x92", "\t");                        // →
        replace_all("<ESC>", "\x1B");
        static const std::regex byte(R"(\\x([0-9A-Fa-f]{2}))");
        while (std::regex_search(l, m, byte)) l.replace(m.position(0), m.length(0), 1, static_cast<char>(std::stoi(m[1], nullptr, 16)));
        if (ends_with(l, " " + ellipsis)) {
            x.rest_of_seed_line = true;
            l = l.substr(0, l.size() - ellipsis.size() - 1);
        }
        x.text = l;
        out.back().push_back(x);
        if (x.rest_of_seed_line) out.emplace_back();
    }
    if (out.back().empty()) out.pop_back();
    return out;
}

Lines tokens(const std::string& s) {
    Lines out;
    std::istringstream in(s);
    for (std::string t; in >> t;) out.push_back(t);
    return out;
}

// How unlike a seed line an excerpt line is, or nothing when it does not stand for it: a few edits (up to half its
// length), one a prefix of the other, or the same leading words (at least two, and half of the words).
std::optional<std::size_t> unlikeness(const std::string& want, const std::string& have) {
    const std::size_t shorter = std::min(want.size(), have.size());
    if (shorter >= 8 && (have.rfind(want, 0) == 0 || want.rfind(have, 0) == 0)) return 0;
    const std::size_t d = edit_distance(want, have);
    if (d == 0 || (shorter >= 4 && d <= std::max<std::size_t>(2, shorter / 2))) return d;
    const Lines a = tokens(want), b = tokens(have);
    std::size_t same = 0;
    while (same < std::min(a.size(), b.size()) && a[same] == b[same]) ++same;
    if (same >= 2 && same * 2 >= std::max(a.size(), b.size())) return d;
    return std::nullopt;
}

using Candidates = std::vector<std::pair<std::size_t, int>>;   // (unlikeness, seed index), likest first

// The seed lines an excerpt line may stand for.
Candidates candidates_for(const ExcerptLine& x, const Lines& seed) {
    const std::string want = comparable(x.text);
    Candidates out;
    if (want.empty()) return out;
    for (int i = 0; i < static_cast<int>(seed.size()); ++i) {
        const std::string have = comparable(seed[i]);
        if (have.empty()) continue;
        // A line ending in `…` stands for the seed line whose start is like it.
        const auto u = unlikeness(want, x.rest_of_seed_line ? have.substr(0, want.size()) : have);
        if (u) out.push_back({*u, i});
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Where a piece's lines are in the seed (-1: nowhere). Its likest line is the anchor, placed at the first of its
// equally like seed lines after `after` (or in the copy it names); the others are placed near the anchor, as the
// lines of a piece are adjacent in the cable.
std::vector<int> place_piece(const std::vector<ExcerptLine>& piece, const Lines& seed, int after) {
    const int n = static_cast<int>(piece.size());
    std::vector<Candidates> cands;
    int k0 = -1;
    for (int k = 0; k < n; ++k) {
        cands.push_back(candidates_for(piece[k], seed));
        if (!cands[k].empty() && (k0 < 0 || cands[k][0].first < cands[k0][0].first)) k0 = k;
    }
    std::vector<int> at(n, -1);
    if (k0 < 0) return at;
    std::vector<int> best;
    for (const auto& [u, i] : cands[k0]) if (u == cands[k0][0].first) best.push_back(i);
    int i0 = best.front();
    if (piece[k0].copy > 0) i0 = best[std::min<std::size_t>(piece[k0].copy - 1, best.size() - 1)];
    else for (int i : best) if (i > after) { i0 = i; break; }
    at[k0] = i0;
    for (int k = 0; k < n; ++k) {
        if (k == k0) continue;
        const int expected = i0 + (k - k0);
        std::optional<std::pair<std::size_t, int>> pick;   // (unlikeness, distance from where it is expected)
        for (const auto& [u, i] : cands[k]) {
            const int off = std::abs(i - expected);
            if (off > n + 5) continue;   // a piece may leave out a few lines of the seed
            if (!pick || std::make_pair(u, off) < *pick) { pick = {u, off}; at[k] = i; }
        }
    }
    return at;
}

// The excerpt line as it goes into the cable: with the seed's rest of line, or its U+00A0 where the page shows spaces.
std::string cable_line(const ExcerptLine& x, const std::string& seed_line) {
    if (x.rest_of_seed_line) return x.text + seed_line.substr(std::min(seed_line.size(), x.text.size()));
    const Lines a = code_points(x.text), b = code_points(seed_line);
    if (a.size() != b.size() || seed_line.find(nbsp) == std::string::npos) return x.text;
    std::string out;
    for (std::size_t i = 0; i < a.size(); ++i) out += (a[i] == " " && b[i] == nbsp) ? nbsp : a[i];
    return out;
}

// The seed prints its head block (banner … Classified By) twice, as the page layout does: [first, second) is the
// first copy, and the second starts at `second`.
std::pair<int, int> head_copies(const Lines& seed) {
    for (int i = 0; i < static_cast<int>(seed.size()); ++i) {
        if (seed[i].rfind("C O N F I D E N T I A L", 0) != 0) continue;
        for (int j = i + 1; j < static_cast<int>(seed.size()); ++j) {
            if (trim(seed[j]) == trim(seed[i])) return {i, j};
        }
    }
    return {-1, -1};
}

// The cable an excerpt stands for: the seed with the excerpt's pieces in place, or the excerpt alone.
std::string cable_of(const Lines& excerpt, const Lines& seed, bool seed_ends_in_newline = true) {
    struct Region { int first, last; Lines lines; };
    std::vector<Region> regions;
    std::size_t lines = 0, matched = 0;
    int after = -1;
    Lines alone;
    for (const auto& piece : pieces_of(excerpt)) {
        const std::vector<int> at = place_piece(piece, seed, after);
        int first = -1, last = -1;   // indices into the piece of its lines found first and last in the seed
        for (std::size_t k = 0; k < piece.size(); ++k) {
            alone.push_back(piece[k].text);
            if (comparable(piece[k].text).empty()) continue;
            ++lines;
            if (at[k] < 0) continue;
            ++matched;
            if (first < 0 || at[k] < at[first]) first = static_cast<int>(k);
            if (last < 0 || at[k] > at[last]) last = static_cast<int>(k);
        }
        if (first < 0) continue;   // no line of the piece is in the seed: it has no place
        // Lines not found at the edges of a piece stand beside the found ones, in place of the seed's lines there.
        const int n = static_cast<int>(piece.size());
        const int lead = static_cast<int>(std::find_if(at.begin(), at.end(), [](int i) { return i >= 0; }) - at.begin());
        const int trail = static_cast<int>(std::find_if(at.rbegin(), at.rend(), [](int i) { return i >= 0; }) - at.rbegin());
        Region r{std::max(0, at[first] - lead), std::min<int>(seed.size() - 1, at[last] + trail), {}};
        for (int k = 0; k < n; ++k) r.lines.push_back(at[k] < 0 ? piece[k].text : cable_line(piece[k], seed[at[k]]));
        after = r.last;
        regions.push_back(r);
    }
    if (matched * 2 <= lines) return join(alone);   // not the seed: a cable of its own
    // An edit of the first head copy is an edit of the cable's head: the second copy gets it too, unless the
    // excerpt edits that copy itself.
    const auto copies = head_copies(seed);   // (not a structured binding: clang 14 cannot capture one)
    const int copy1 = copies.first, copy2 = copies.second;
    const bool second_edited = std::any_of(regions.begin(), regions.end(), [&](const Region& r) {
        return r.first >= copy2 && r.last < copy2 + (copy2 - copy1);
    });
    if (copy1 >= 0 && !second_edited) {
        const auto n = regions.size();
        for (std::size_t i = 0; i < n; ++i) {
            if (regions[i].first >= copy1 && regions[i].last < copy2) {
                Region mirror = regions[i];
                mirror.first += copy2 - copy1;
                mirror.last += copy2 - copy1;
                regions.push_back(mirror);
            }
        }
    }
    std::sort(regions.begin(), regions.end(), [](const Region& a, const Region& b) { return a.first > b.first; });
    Lines cable = seed;
    for (const auto& r : regions) {
        cable.erase(cable.begin() + r.first, cable.begin() + r.last + 1);
        cable.insert(cable.begin() + r.first, r.lines.begin(), r.lines.end());
    }
    std::string text = join(cable);
    if (!seed_ends_in_newline) text.pop_back();
    return text;
}

// The findings of one rule on a cable, as located claims and as inline claims write them.
std::vector<std::pair<Lines, std::string>> findings_of(const std::string& cable, const std::string& code) {
    Source src("example", cable);
    Selection sel;   // all enabled rules, plus this one even if it is off by default
    for (const auto& r : Config::defaults()->catalogue().rules()) {
        if (Config::defaults()->setting(r).severity != Severity::off || r.code == code) sel.select.insert(r.code);
    }
    std::vector<std::pair<Lines, std::string>> out;
    for (const Finding& f : lint(src, *Config::defaults(), sel)) {
        if (f.code != code) continue;
        auto at = [&](Span s) {
            const Position p = src.position(s.begin);
            return std::to_string(p.line) + ":" + std::to_string(p.column);
        };
        Lines located{at(f.span) + " " + severity_name(f.severity) + " " + f.code + " " + f.message};
        for (const Related& r : f.related) located.push_back("  " + at(r.span) + " " + r.message);
        out.push_back({located, f.code + " " + severity_name(f.severity) + ": " + f.message});
    }
    return out;
}

// A claimed line as a pattern: `…` stands for any text; an inline claim may also stop before the message ends.
bool claim_matches(const std::string& claim, const std::string& shown, bool may_stop_early) {
    const std::string finding = plain_spaces(shown);
    std::string pattern;
    for (std::size_t i = 0; i < claim.size();) {
        if (claim.compare(i, ellipsis.size(), ellipsis) == 0) {
            pattern += ".*";
            i += ellipsis.size();
            continue;
        }
        if (std::string("\\^$.|?*+()[]{}").find(claim[i]) != std::string::npos) pattern += '\\';
        pattern += claim[i++];
    }
    if (may_stop_early) pattern += ".*";
    return std::regex_match(finding, std::regex(pattern));
}

bool claim_matches(const Claim& c, const std::pair<Lines, std::string>& finding) {
    if (!c.located) return claim_matches(c.lines[0], finding.second, true);
    if (c.lines.size() != finding.first.size()) return false;
    for (std::size_t i = 0; i < c.lines.size(); ++i) {
        if (!claim_matches(c.lines[i], finding.first[i], false)) return false;
    }
    return true;
}

// Pages whose example is prose, not a cable the test can build (the reason is the value).
const std::map<std::string, std::string> not_runnable = {
    {"F901", "the first example's file is Windows-1252 as a whole, which the page says in prose"},
    {"F904", "the CRLF lines are described in prose"},
    {"S603", "the removed page marker is described in prose"},
    {"S606", "the removed page markers are described in prose"},
};

}  // namespace

TEST_CASE("the examples of the rule pages give the findings the pages show") {
    const std::string seed_text = testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    const Lines seed = split_lines(seed_text);
    std::size_t claims = 0;
    for (const RuleInfo& r : builtin_catalogue().rules()) {
        if (not_runnable.count(r.code)) continue;
        const auto page = testing::read_file(testing::repo() / "docs/rules" / (r.code + "-" + r.name + ".md"));
        const auto examples = examples_of(r.code, page);
        DYNAMIC_SECTION(r.code << " " << r.name) {
            CHECK_FALSE(examples.empty());
            std::size_t page_claims = 0;
            for (const Example& e : examples) {
                const std::string cable = cable_of(e.excerpt, seed, seed_text.back() == '\n');
                if (const char* dir = std::getenv("CABLELINT_DOCS_EXAMPLES_DIR")) {   // to look at the cables built
                    static std::map<std::string, int> n;
                    std::ofstream(std::filesystem::path(dir) / (r.code + "-" + std::to_string(++n[r.code]) + ".txt"),
                                  std::ios::binary) << cable;
                }
                const auto actual = findings_of(cable, r.code);
                std::string shown;
                for (const auto& [located, line] : actual) for (const auto& l : located) shown += l + "\n";
                for (const Claim& c : e.claims) {
                    ++page_claims;
                    INFO("example:\n" << join(e.excerpt) << "claims:\n" << join(c.lines) << "gives:\n" << shown);
                    const bool found = std::any_of(actual.begin(), actual.end(), [&](const auto& a) {
                        return claim_matches(c, a);
                    });
                    CHECK(found);
                }
            }
            CHECK(page_claims > 0);
            claims += page_claims;
        }
    }
    CHECK(claims > 0);
}

TEST_CASE("an excerpt is put into the seed where its lines stand") {
    const Lines seed = split_lines(testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"));
    // A changed line, two lines swapped, a line deleted.
    Lines cable = split_lines(cable_of({"R 311402Z APR 09 ZDK"}, seed));
    CHECK(cable.size() == seed.size());
    CHECK(cable[19] == "R 311402Z APR 09 ZDK");
    cable = split_lines(cable_of({"ZNY CCCCC ZZH", "DE RUEHTA #1366/01 2221402"}, seed));
    CHECK(cable[17] == "ZNY CCCCC ZZH");
    CHECK(cable[18] == "DE RUEHTA #1366/01 2221402");
    cable = split_lines(cable_of({"FM AMEMBASSY ASTANA", "INFO RUCNCLS/ALL SOUTH AND CENTRAL ASIA COLLECTIVE"}, seed));
    CHECK(cable.size() == seed.size() - 1);
    // Not the seed: the excerpt alone.
    CHECK(cable_of({"Notes from the staff meeting", "", "Attendees: the DCM."}, seed) ==
          "Notes from the staff meeting\n\nAttendees: the DCM.\n");
}
