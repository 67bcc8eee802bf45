// Which numbered lines are paragraphs: the sequence walk of P801 (paragraph-sequence, R43), shared with C506
// (portion-missing, R22). A line that starts with a number is a paragraph when it continues the count; it is a
// wrapped number when the line before ends mid-sentence ("…on August" / "7. The Ambassador…"), an item of a
// numbered list when the count restarts at 1 inside a paragraph and the old count resumes after it, and a stray
// number when the next line continues the old count. P801 reports the breaks; C506 asks for the paragraphs.
#pragma once

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "cable_text.hpp"

namespace cablelint::para {

constexpr std::array<std::string_view, 24> kMonths = {
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER",
    "DECEMBER", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"};

inline Field last_word(Field line) {
    line = trim(line);
    const auto sp = line.find_last_of(" \t");
    return sp == Field::npos ? line : line.substr(sp + 1);
}

inline bool is_month(Field word) {
    while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
    const std::string up = cable_text::upper(word);
    for (std::string_view m : kMonths) {
        if (up == m) return true;
    }
    return false;
}

enum class Shape { sentence_end, mid_sentence, date };

// How the line before a numbered line ends.
inline Shape shape_of_previous(const Paragraph& p, long n) {
    if (!present(p.previous)) return Shape::sentence_end;
    // "1. (U) In recent months …": a portion mark after the number makes it a paragraph, whatever precedes it.
    if (p.mark.found()) return Shape::sentence_end;
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

// Paragraph numbers in [from, to) that the grammar did not take as paragraphs (Text::other_numbers), and numbered
// lines in it that the walk did not count but that look like paragraphs (marked, or indented).
inline std::vector<long> hidden_numbers(const Document& doc, const char* from, const char* to) {
    std::vector<long> out;
    for (Field n : doc.text.other_numbers) {
        if (n.data() >= from && n.data() < to) {
            if (const auto v = to_int(n)) out.push_back(*v);
        }
    }
    for (const Paragraph& p : doc.text.paragraphs) {
        if (p.number.data() < from || p.number.data() >= to) continue;
        const bool indented = !p.line.empty() && (p.line.front() == ' ' || p.line.front() == '\t');
        if ((p.mark.found() && p.mark.whole.front() == '(') || indented) {
            if (p.number_no) out.push_back(*p.number_no);
        }
    }
    return out;
}

// What a numbered line is.
enum class Role {
    paragraph,   // in the count (also when P801 reports a break at it and the count goes on from it)
    wrapped,     // a number wrapped from the previous line (a date, a sentence going on)
    list_item,   // an item of a numbered list inside a paragraph (the count restarts at 1, then resumes)
    stray,       // out of sequence, and the next line continues the old count
};

struct Item {
    const Paragraph* p = nullptr;
    long n = 0;
    Role role = Role::paragraph;
    Shape shape = Shape::sentence_end;
    // What P801 reports at this line: "" (nothing), "wrapped", "wrapped_date", "restart", "first", "default",
    // "repeat", "back", "gap"; with the count expected there, the last paragraph of the count, the missing numbers
    // (gap) and the number of items to the end (restart).
    std::string variant;
    long expected = 0;
    const Paragraph* last = nullptr;
    std::vector<long> missing;
    std::size_t count = 0;
};

// The numbered lines of the text, in order, with their roles.
inline std::vector<Item> walk(const Document& doc) {
    std::vector<Item> items;
    for (const Paragraph& p : doc.text.paragraphs) {
        if (!present(p.number)) continue;
        if (const auto& n = p.number_no) {
            Item item;
            item.p = &p;
            item.n = *n;
            items.push_back(std::move(item));
        }
    }
    const char* text_begin = present(doc.text.region) ? doc.text.region.data() : nullptr;
    long expected = 1;
    const Item* last = nullptr;   // the last paragraph accepted into the sequence
    for (std::size_t i = 0; i < items.size(); ++i) {
        Item& cur = items[i];
        const Paragraph& p = *cur.p;
        const bool has_next = i + 1 < items.size();
        const long next_n = has_next ? items[i + 1].n : 0;   // the next number (when has_next)
        cur.shape = shape_of_previous(p, cur.n);
        cur.expected = expected;
        cur.last = last ? last->p : nullptr;

        auto wrapped = [&]() {
            cur.role = Role::wrapped;
            cur.variant = cur.shape == Shape::date ? "wrapped_date" : "wrapped";
        };

        if (cur.n == expected) {
            // "…on August" / "3." when paragraph 3 is due and the real paragraph 3 follows: the first is the date.
            if (cur.shape == Shape::date && has_next && next_n == cur.n) {
                wrapped();
                continue;
            }
            last = &cur;
            ++expected;
            continue;
        }
        // Out of sequence. A wrapped number: the line before ends mid-sentence and the count goes on after it.
        if (cur.shape != Shape::sentence_end && last != nullptr) {
            const bool continues_old = has_next && next_n == expected;
            const bool starts_new = has_next && next_n == cur.n + 1;
            if (continues_old || (!starts_new && (cur.shape == Shape::date || !has_next))) {
                wrapped();
                continue;
            }
        }
        // Numbered lists inside a paragraph (1, 2, 3 … after paragraph 9, then paragraph 10): not paragraphs.
        if (cur.n == 1 && last != nullptr) {
            std::size_t j = i;
            while (j < items.size() && items[j].n == 1) {
                std::size_t k = j + 1;
                while (k < items.size() && items[k].n == items[k - 1].n + 1) ++k;
                j = k;
            }
            if (j < items.size() && items[j].n == expected) {
                for (std::size_t k = i; k < j; ++k) items[k].role = Role::list_item;
                i = j - 1;
                continue;
            }
            if (j == items.size()) {
                for (std::size_t k = i; k < j; ++k) items[k].role = Role::list_item;
                cur.variant = "restart";
                cur.count = j - i;
                return items;
            }
        }
        // Numbers missing between the last paragraph and this one, unless the text has them in a form the grammar
        // did not take as a paragraph.
        if (cur.n > expected) {
            // From after the last paragraph's number: a reflowed text runs several paragraphs into one line.
            const char* from = last ? last->p->number.data() + last->p->number.size() : text_begin;
            const char* to = p.line.data();
            const auto hidden = from != nullptr && from < to ? hidden_numbers(doc, from, to) : std::vector<long>{};
            for (long k = expected; k < cur.n; ++k) {
                if (std::find(hidden.begin(), hidden.end(), k) == hidden.end()) cur.missing.push_back(k);
            }
            if (cur.missing.empty()) {
                last = &cur;
                expected = cur.n + 1;
                continue;
            }
        }
        if (last == nullptr) cur.variant = "first";
        else if (cur.n == last->n) cur.variant = "repeat";
        else if (cur.n < last->n) cur.variant = "back";
        else if (!cur.missing.empty()) cur.variant = "gap";
        else cur.variant = "default";
        // A stray number (the next paragraph continues the old count) does not restart the sequence.
        if (last != nullptr && has_next && next_n == expected) {
            cur.role = Role::stray;
            continue;
        }
        last = &cur;
        expected = cur.n + 1;
    }
    return items;
}

}  // namespace cablelint::para
