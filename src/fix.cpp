#include "fix.hpp"

#include <algorithm>

namespace cablelint {

bool applies(const Finding& f, FixLevel level) { return has_fix(f, level == FixLevel::unsafe); }

namespace {

// The line end a replacement's '\n' is written as: the file's own (a CRLF file stays CRLF).
std::string_view line_end_of(const Decoding& d) {
    if (d.cr_lines) return "\r";
    if (d.ends.crlf > d.ends.lf + d.ends.cr) return "\r\n";
    return "\n";
}

bool encode_replacement(const Edit& e, const Decoding& d, std::string& out) {
    if (e.raw) return encode_text(e.text, d.encoding, out);
    const std::string_view nl = line_end_of(d);
    if (nl == "\n" || e.text.find('\n') == std::string::npos) return encode_text(e.text, d.encoding, out);
    std::string text;
    for (const char c : e.text) {
        if (c == '\n') text += nl;
        else text += c;
    }
    return encode_text(text, d.encoding, out);
}

}  // namespace

std::string apply_fixes(const Source& src, std::string_view bytes, const std::vector<const Fix*>& fixes,
                        std::size_t& applied) {
    struct FileEdit {
        std::uint32_t begin, end;
        std::string bytes;
    };
    std::vector<const Fix*> order(fixes);
    std::stable_sort(order.begin(), order.end(), [](const Fix* a, const Fix* b) {
        return a->edits.front().span.begin < b->edits.front().span.begin;
    });
    std::vector<FileEdit> taken;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> used;   // file ranges already edited this round
    // Edits that share text, or start at one place (an insertion there and a replacement from there: which comes
    // first is unknown), are not taken together.
    auto overlaps = [&](std::uint32_t b, std::uint32_t e) {
        for (const auto& [ub, ue] : used) {
            if ((b < ue && ub < e) || b == ub) return true;
        }
        return false;
    };
    applied = 0;
    for (const Fix* fix : order) {
        std::vector<FileEdit> mine;
        bool ok = true;
        for (const Edit& e : fix->edits) {
            FileEdit fe{src.file_offset(e.span.begin), src.file_offset(e.span.end), {}};
            if (fe.end < fe.begin || fe.end > bytes.size() || overlaps(fe.begin, fe.end) ||
                !encode_replacement(e, src.decoding(), fe.bytes)) {
                ok = false;
                break;
            }
            for (const FileEdit& m : mine)
                if ((fe.begin < m.end && m.begin < fe.end) || fe.begin == m.begin) ok = false;
            mine.push_back(std::move(fe));
        }
        if (!ok) continue;
        for (FileEdit& fe : mine) {
            used.push_back({fe.begin, fe.end});
            taken.push_back(std::move(fe));
        }
        ++applied;
    }
    std::sort(taken.begin(), taken.end(), [](const FileEdit& a, const FileEdit& b) { return a.begin < b.begin; });
    std::string out;
    out.reserve(bytes.size());
    std::uint32_t at = 0;
    for (const FileEdit& fe : taken) {
        out.append(bytes.substr(at, fe.begin - at));
        out += fe.bytes;
        at = fe.end;
    }
    out.append(bytes.substr(at));
    return out;
}

FixOutcome fix_source(const std::string& path, std::string bytes, const Config& config, const Selection& selection,
                      FixLevel level, LintInfo* info) {
    FixOutcome o;
    o.bytes = std::move(bytes);
    for (int round = 0;; ++round) {
        o.source = std::make_unique<Source>(path, o.bytes);
        o.remaining = lint(*o.source, config, selection, info);
        if (round == max_fix_rounds) break;
        std::vector<const Fix*> fixes;
        for (const Finding& f : o.remaining)
            if (applies(f, level)) fixes.push_back(&*f.fix);
        if (fixes.empty()) break;
        std::size_t applied = 0;
        std::string next = apply_fixes(*o.source, o.bytes, fixes, applied);
        if (applied == 0 || next == o.bytes) break;   // nothing could be written: no progress to make
        o.fixed += applied;
        o.changed = true;
        o.bytes = std::move(next);
    }
    return o;
}

}  // namespace cablelint
