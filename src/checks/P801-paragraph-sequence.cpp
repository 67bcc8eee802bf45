// P801 paragraph-sequence: paragraph numbers not consecutive from 1 (R43). A number out of sequence whose
// previous line ends mid-sentence ("…on August" / "7. The Ambassador…") is most likely a wrapped number, not a
// paragraph: it gets its own message and does not restart the count.
#include <algorithm>
#include <array>

#include <re2/re2.h>

#include "cstp_common.hpp"

namespace cablelint {
namespace {

struct Numbered {
    const Paragraph* p;
    long n;
};

constexpr std::array<std::string_view, 24> kMonths = {
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER",
    "DECEMBER", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"};

Field last_word(Field line) {
    line = trim(line);
    const auto sp = line.find_last_of(" \t");
    return sp == Field::npos ? line : line.substr(sp + 1);
}

bool is_month(Field word) {
    while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
    const std::string up = cstp::upper(word);
    for (std::string_view m : kMonths) {
        if (up == m) return true;
    }
    return false;
}

enum class Shape { sentence_end, mid_sentence, date };

// How the line before a numbered line ends.
Shape shape_of_previous(const Paragraph& p, long n) {
    if (!present(p.previous)) return Shape::sentence_end;
    // "1. (U) In recent months …": a portion mark after the number makes it a paragraph, whatever precedes it.
    if (present(p.mark)) return Shape::sentence_end;
    const Field prev = trim(p.previous);
    if (prev.empty()) return Shape::sentence_end;
    if (n >= 1 && n <= 31 && is_month(last_word(prev))) return Shape::date;
    const char last = prev.back();
    const bool lower_letter = last >= 'a' && last <= 'z';
    // Headings and signature lines are in capitals and end without punctuation: not mid-sentence.
    // A trailing hyphen counts only as a word split ("well-"), not as a rule line ("--- Points ---").
    const bool split_word = last == '-' && prev.size() >= 2 && ((prev[prev.size() - 2] >= 'a' && prev[prev.size() - 2] <= 'z') ||
                                                              (prev[prev.size() - 2] >= 'A' && prev[prev.size() - 2] <= 'Z'));
    if (lower_letter || last == ',' || split_word) {
        bool has_lower = false;
        for (char c : prev) has_lower = has_lower || (c >= 'a' && c <= 'z');
        if (has_lower) return Shape::mid_sentence;
    }
    return Shape::sentence_end;
}

std::string tail_of(Field line) {
    line = trim(line);
    // The last three words.
    std::size_t pos = line.size();
    for (int words = 0; words < 3 && pos != Field::npos && pos > 0; ++words) {
        pos = line.find_last_of(' ', pos - 1);
        if (pos == Field::npos) break;
        while (pos > 0 && line[pos - 1] == ' ') --pos;
    }
    if (pos == Field::npos || pos == 0) return collapse_spaces(line);
    return "…" + collapse_spaces(line.substr(pos));
}

// "2.6 billion" or "10.5 million" at the start of a line is a number, not paragraph 2 or 10.
bool is_decimal_number(const Paragraph& p) {
    if (!present(p.line) || !present(p.number)) return false;
    const std::size_t after = static_cast<std::size_t>(p.number.data() - p.line.data()) + p.number.size();
    return after + 1 < p.line.size() && p.line[after] == '.' && p.line[after + 1] >= '0' && p.line[after + 1] <= '9';
}

// Paragraph numbers in [from, to) that the grammar did not take as paragraphs: indented ("  1. (S) SUMMARY"),
// mistyped ("1, (C) Summary") or run onto a head field ("REASON: 1.4 (b), (d) 1. (C) Summary: …").
std::vector<long> hidden_numbers(std::string_view text) {
    static const RE2 marked(R"((?m)(?:^[ \t]*|[.;:)][ \t]+)(\d{1,3})[.,][ \t]*\([ \t]*(?:U|C|S|SBU|TS)\b[^)\n]{0,20}\))");
    static const RE2 indented(R"((?m)^[ \t]+(\d{1,3})\.[ \t]+[A-Z(])");
    std::vector<long> out;
    for (const RE2* re : {&marked, &indented}) {
        re2::StringPiece in(text.data(), text.size());
        std::string n;
        while (RE2::FindAndConsume(&in, *re, &n)) {
            if (const auto v = to_int(n)) out.push_back(*v);
        }
    }
    return out;
}

std::string number_list(const std::vector<long>& v) {
    if (v.size() == 1) return "paragraph " + std::to_string(v[0]) + " is";
    bool run = true;
    for (std::size_t i = 1; i < v.size(); ++i) run = run && v[i] == v[i - 1] + 1;
    if (run) return "paragraphs " + std::to_string(v.front()) + " to " + std::to_string(v.back()) + " are";
    std::string s = "paragraphs ";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? (i + 1 == v.size() ? " and " : ", ") : "") + std::to_string(v[i]);
    return s + " are";
}

void check(CheckContext& ctx) {
    std::vector<Numbered> paras;
    for (const Paragraph& p : ctx.doc.text.paragraphs) {
        if (!present(p.number) || is_decimal_number(p)) continue;
        if (const auto n = to_int(trim(p.number))) paras.push_back({&p, *n});
    }
    const std::string_view file = ctx.src.text();
    const std::uint32_t text_begin = present(ctx.doc.text.region) ? ctx.src.span_of(ctx.doc.text.region).begin : 0;
    long expected = 1;
    const Numbered* last = nullptr;   // the last paragraph accepted into the sequence
    for (std::size_t i = 0; i < paras.size(); ++i) {
        const Numbered& cur = paras[i];
        const Paragraph& p = *cur.p;
        const std::optional<long> next = i + 1 < paras.size() ? std::optional<long>(paras[i + 1].n) : std::nullopt;
        const Shape shape = shape_of_previous(p, cur.n);
        const std::string number(trim(p.number));

        auto report_wrapped = [&]() {
            const std::string tail = tail_of(p.previous);
            ctx.report(p.number,
                       {{"number", number}, {"expected", std::to_string(expected)}, {"tail", tail}},
                       {ctx.related(trim(p.previous), "the previous line ends mid-sentence: " + tail)},
                       shape == Shape::date ? "wrapped_date" : "wrapped");
        };

        if (cur.n == expected) {
            // "…on August" / "3." when paragraph 3 is due and the real paragraph 3 follows: the first is the date.
            if (shape == Shape::date && next && *next == cur.n) {
                report_wrapped();
                continue;
            }
            last = &cur;
            ++expected;
            continue;
        }
        // Out of sequence. A wrapped number: the line before ends mid-sentence and the count goes on after it.
        if (shape != Shape::sentence_end && last != nullptr) {
            const bool continues_old = next && *next == expected;
            const bool starts_new = next && *next == cur.n + 1;
            const bool wrapped = continues_old || (!starts_new && (shape == Shape::date || !next));
            if (wrapped) {
                report_wrapped();
                continue;
            }
        }
        // Numbered lists inside a paragraph (1, 2, 3 … after paragraph 9, then paragraph 10): not paragraphs.
        if (cur.n == 1 && last != nullptr) {
            std::size_t j = i;
            while (j < paras.size() && paras[j].n == 1) {
                std::size_t k = j + 1;
                while (k < paras.size() && paras[k].n == paras[k - 1].n + 1) ++k;
                j = k;
            }
            if (j < paras.size() && paras[j].n == expected) {
                i = j - 1;
                continue;
            }
            if (j == paras.size()) {
                ctx.report(p.number,
                           {{"number", number}, {"previous", std::string(trim(last->p->number))},
                            {"count", std::to_string(j - i)}},
                           {ctx.related(last->p->number, "the previous paragraph is " + std::string(trim(last->p->number)))},
                           "restart");
                return;
            }
        }
        // Numbers missing between the last paragraph and this one, unless the text has them in a form the grammar
        // did not take as a paragraph.
        std::vector<long> missing;
        if (cur.n > expected) {
            // From after the last paragraph's number: a reflowed text runs several paragraphs into one line.
            const std::uint32_t from = last ? ctx.src.span_of(last->p->number).end : text_begin;
            const std::uint32_t to = ctx.src.span_of(p.line).begin;
            const auto hidden = from < to ? hidden_numbers(file.substr(from, to - from)) : std::vector<long>{};
            for (long k = expected; k < cur.n; ++k) {
                if (std::find(hidden.begin(), hidden.end(), k) == hidden.end()) missing.push_back(k);
            }
            if (missing.empty()) {
                last = &cur;
                expected = cur.n + 1;
                continue;
            }
        }
        Args args = {{"number", number}, {"expected", std::to_string(expected)}};
        std::vector<Related> related;
        std::string variant = "default";
        if (last == nullptr) {
            variant = "first";
        } else {
            args.push_back({"previous", std::string(trim(last->p->number))});
            related.push_back(ctx.related(last->p->number, "the previous paragraph is " + std::string(trim(last->p->number))));
            if (cur.n == last->n) variant = "repeat";
            else if (cur.n < last->n) variant = "back";
            else if (!missing.empty()) {
                variant = "gap";
                args.push_back({"missing", number_list(missing)});
            }
        }
        ctx.report(p.number, args, std::move(related), variant);
        // A stray number (the next paragraph continues the old count) does not restart the sequence.
        if (last != nullptr && next && *next == expected) continue;
        last = &cur;
        expected = cur.n + 1;
    }
}

}  // namespace
CABLELINT_CHECK("P801", check)
}  // namespace cablelint
