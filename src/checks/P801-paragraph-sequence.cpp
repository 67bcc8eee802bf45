// P801 paragraph-sequence: paragraph numbers not consecutive from 1 (R43). A number out of sequence whose
// previous line ends mid-sentence ("…on August" / "7. The Ambassador…") is most likely a wrapped number, not a
// paragraph: it gets its own message and does not restart the count.
#include "paragraph_sequence.hpp"

namespace cablelint::check_P801 {
namespace {

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
    // The sequence walk is shared with C506 (paragraph_sequence.hpp); here we report the breaks it found.
    for (const para::Item& it : para::walk(ctx.doc)) {
        if (it.variant.empty()) continue;
        const Paragraph& p = *it.p;
        const std::string number(trim(p.number));
        if (it.variant == "wrapped" || it.variant == "wrapped_date") {
            const std::string tail = tail_of(p.previous);
            ctx.report(p.number, {{"number", number}, {"expected", std::to_string(it.expected)}, {"tail", tail}},
                       {ctx.related(trim(p.previous), "the previous line ends mid-sentence: " + tail)}, it.variant);
            continue;
        }
        const std::string previous = it.last ? std::string(trim(it.last->number)) : std::string();
        if (it.variant == "restart") {
            ctx.report(p.number, {{"number", number}, {"previous", previous}, {"count", std::to_string(it.count)}},
                       {ctx.related(it.last->number, "the previous paragraph is " + previous)}, "restart");
            continue;
        }
        Args args = {{"number", number}, {"expected", std::to_string(it.expected)}};
        std::vector<Related> related;
        if (it.last != nullptr) {
            args.push_back({"previous", previous});
            related.push_back(ctx.related(it.last->number, "the previous paragraph is " + previous));
        }
        if (it.variant == "gap") args.push_back({"missing", number_list(it.missing)});
        ctx.report(p.number, args, std::move(related), it.variant);
    }
}

}  // namespace
CABLELINT_CHECK("P801", check)
}  // namespace cablelint::check_P801
