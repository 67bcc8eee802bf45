// W101 wrapper-incomplete: the page wrapper (spec §1) has its four labels, then their four values in the same order,
// then `Cable title:` and `Tags:`. A block that is present but lacks one of them, or has them out of order, is
// reported at the place where the missing line belongs (or at the misplaced line).
#include <algorithm>
#include <array>

#include "check.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_W101 {
namespace {

constexpr std::array<const char*, 4> kLabels = {"Identifier", "Created", "Classification", "Origin"};
constexpr const char* kOrder = "Identifier, Created, Classification, Origin";

int label_index(Field f) {
    std::string_view t = trim(f);
    if (!t.empty() && t.back() == ':') t.remove_suffix(1);
    for (std::size_t i = 0; i < kLabels.size(); ++i) {
        if (iequals(t, kLabels[i])) return static_cast<int>(i);
    }
    return -1;
}

int value_index(Wrapper::ValueKind k) {
    switch (k) {
        case Wrapper::ValueKind::identifier: return 0;
        case Wrapper::ValueKind::created: return 1;
        case Wrapper::ValueKind::classification: return 2;
        case Wrapper::ValueKind::origin: return 3;
    }
    return -1;
}

// Start of the line after the one holding the end of `f`.
std::uint32_t after_line(const CheckContext& ctx, Field f) {
    const std::uint32_t line = ctx.src.position(ctx.src.span_of(f).end).line;
    return line < ctx.src.line_count() ? ctx.src.line_start(line + 1) : static_cast<std::uint32_t>(ctx.src.size());
}

// A missing value whose place holds a value line the grammar took for another kind, or for a second value of a kind
// (an origin it does not know, such as `UNVIE`), is there, only unrecognised: other rules judge its content.
bool unclaimed_line(const Wrapper& w, const std::array<Field, 4>& values, std::size_t i) {
    const char* from = nullptr;
    const char* to = nullptr;
    for (std::size_t j = i; j-- > 0;)
        if (present(values[j])) {
            from = values[j].data() + values[j].size();
            break;
        }
    for (std::size_t j = i + 1; j < values.size(); ++j)
        if (present(values[j])) {
            to = values[j].data();
            break;
        }
    for (const Wrapper::Value& v : w.values) {
        if ((from != nullptr && v.line.data() < from) || (to != nullptr && v.line.data() >= to)) continue;
        if (!trim(v.line).empty()) return true;
    }
    return false;
}

void check(CheckContext& ctx) {
    const Wrapper& w = ctx.doc.wrapper;
    if (!w.present) return;
    const std::array<Field, 4> labels = {w.label_identifier, w.label_created, w.label_classification, w.label_origin};
    const std::array<Field, 4> values = {w.identifier, w.created, w.classification, w.origin};

    // Where a missing item of a sequence belongs: before the next present one, else after the previous one,
    // else at `fallback`.
    auto insertion = [&](const std::array<Field, 4>& seq, std::size_t i, std::uint32_t fallback) {
        for (std::size_t j = i + 1; j < seq.size(); ++j)
            if (present(seq[j]) && !seq[j].empty()) return ctx.src.span_of(seq[j]).begin;
        for (std::size_t j = i; j-- > 0;)
            if (present(seq[j])) return after_line(ctx, seq[j]);
        return fallback;
    };
    const std::uint32_t block_start = present(w.block) ? ctx.src.span_of(w.block).begin : 0;

    // Labels.
    bool any_label = false;
    for (Field l : labels) any_label = any_label || present(l);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (present(labels[i])) continue;
        ctx.report(wrapper_header::at_offset(insertion(labels, i, block_start)),
                   {{"label", kLabels[i]}, {"expected", kOrder},
                    {"problem", std::string("label `") + kLabels[i] + "` is missing"}},
                   {}, "label_missing");
    }
    int highest = -1;
    for (Field l : w.labels) {
        const int idx = label_index(l);
        if (idx < 0) continue;
        if (idx < highest) {
            ctx.report(wrapper_header::trimmed(l),
                       {{"label", kLabels[idx]}, {"after", kLabels[highest]}, {"expected", kOrder},
                        {"problem", std::string("label `") + kLabels[idx] + "` is out of order"}},
                       {}, "label_order");
        }
        highest = std::max(highest, idx);
    }

    // Values: after the last label, before the title.
    std::uint32_t values_start = block_start;
    for (Field l : labels)
        if (present(l)) values_start = std::max(values_start, after_line(ctx, l));
    (void)any_label;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (present(values[i]) && !wrapper_header::trimmed(values[i]).empty()) continue;
        const bool empty = present(values[i]);
        if (!empty && unclaimed_line(w, values, i)) continue;
        ctx.report(empty ? wrapper_header::at_offset(ctx.src.span_of(values[i]).begin)
                         : wrapper_header::at_offset(insertion(values, i, values_start)),
                   {{"label", kLabels[i]}, {"expected", kOrder},
                    {"problem", std::string("no ") + kLabels[i] + " value"}},
                   {}, empty ? "value_empty" : "value_missing");
    }
    // Order of the values, by what the grammar took each for. Only shapes that identify a value take part: the
    // identifier, Created, a known page classification string, and the origin when it is the last value line
    // (the grammar takes any other line for an origin or a classification, so those say nothing about order).
    highest = -1;
    for (std::size_t k = 0; k < w.values.size(); ++k) {
        const Wrapper::Value& v = w.values[k];
        const int idx = value_index(v.kind);
        if (v.kind == Wrapper::ValueKind::classification && !v.has_level) continue;
        if (v.kind == Wrapper::ValueKind::origin && k + 1 != w.values.size()) continue;
        if (idx < highest) {
            ctx.report(wrapper_header::trimmed(v.line),
                       {{"label", kLabels[idx]}, {"value", wrapper_header::shown(v.line)}, {"after", kLabels[highest]},
                        {"expected", kOrder},
                        {"problem", std::string(kLabels[idx]) + " value is out of order"}},
                       {}, "value_order");
        }
        highest = std::max(highest, idx);
    }

    // The title label and the Tags line follow the values.
    std::uint32_t after_values = values_start;
    for (Field v : values)
        if (present(v)) after_values = std::max(after_values, after_line(ctx, v));
    if (!present(w.title_label)) {
        const std::uint32_t at = present(w.tags_line) ? ctx.src.span_of(w.tags_line).begin
                                 : present(w.chrome) ? ctx.src.span_of(w.chrome).begin
                                                     : after_values;
        ctx.report(wrapper_header::at_offset(at),
                   {{"label", "Cable title:"}, {"expected", "Cable title: after the four values"},
                    {"problem", "label `Cable title:` is missing"}},
                   {}, "label_missing");
    }
    if (!present(w.tags_line)) {
        std::uint32_t at = after_values;
        if (present(w.chrome)) at = ctx.src.span_of(w.chrome).begin;
        else if (present(w.title) && !w.title.empty()) at = after_line(ctx, w.title);
        else if (present(w.title_label)) at = after_line(ctx, w.title_label);
        ctx.report(wrapper_header::at_offset(at),
                   {{"label", "Tags:"}, {"expected", "Tags: after the cable title"},
                    {"problem", "line `Tags:` is missing"}},
                   {}, "label_missing");
    }
}

}  // namespace
CABLELINT_CHECK("W101", check)
}  // namespace cablelint::check_W101
