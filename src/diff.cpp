// Myers' O((N+M)D) difference of two line sequences, after the common head and tail are set aside: fixes change a few
// lines, so D is small. A middle with more than max_cost differences is one replacement (still a correct patch).
#include "diff.hpp"

#include <algorithm>
#include <vector>

namespace cablelint {

namespace {

std::vector<std::string_view> lines_of(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t at = 0;
    while (at < s.size()) {
        const std::size_t nl = s.find('\n', at);
        const std::size_t end = nl == std::string_view::npos ? s.size() : nl + 1;
        out.push_back(s.substr(at, end - at));
        at = end;
    }
    return out;
}

enum class Op : char { same = ' ', del = '-', add = '+' };

// The edit script turning a[0, n) into b[0, m).
std::vector<Op> myers(const std::string_view* a, int n, const std::string_view* b, int m) {
    constexpr int max_cost = 4000;
    const int max_d = std::min(n + m, max_cost);
    const int offset = max_d + 1;
    std::vector<int> v(2 * static_cast<std::size_t>(max_d) + 3, 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max_d && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                  : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) ++x, ++y;
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    std::vector<Op> ops;
    if (found < 0) {   // too different: delete all, add all
        ops.assign(static_cast<std::size_t>(n), Op::del);
        ops.insert(ops.end(), static_cast<std::size_t>(m), Op::add);
        return ops;
    }
    int x = n, y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int>& pv = trace[static_cast<std::size_t>(d)];
        const int k = x - y;
        const bool down = k == -d || (k != d && pv[offset + k - 1] < pv[offset + k + 1]);
        const int pk = down ? k + 1 : k - 1;
        const int px = pv[offset + pk], py = px - pk;
        while (x > px + (down ? 0 : 1) && y > py + (down ? 1 : 0)) {
            ops.push_back(Op::same);
            --x, --y;
        }
        ops.push_back(down ? Op::add : Op::del);
        if (down) --y;
        else --x;
    }
    while (x > 0 && y > 0) {
        ops.push_back(Op::same);
        --x, --y;
    }
    std::reverse(ops.begin(), ops.end());
    return ops;
}

void put_line(std::string& out, char mark, std::string_view line) {
    out += mark;
    out += line;
    if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after, int context) {
    if (before == after) return "";
    const auto a = lines_of(before), b = lines_of(after);
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
    std::vector<Op> ops(head, Op::same);
    const auto middle = myers(a.data() + head, static_cast<int>(a.size() - head - tail), b.data() + head,
                              static_cast<int>(b.size() - head - tail));
    ops.insert(ops.end(), middle.begin(), middle.end());
    ops.insert(ops.end(), tail, Op::same);

    // Appended, not `"--- " + std::string(path)`: g++ 12 at -O3 warns falsely on that (GCC bug 105651).
    std::string out;
    out.append("--- ").append(path).append("\n+++ ").append(path).append("\n");
    // Walk the script; a hunk runs from `context` lines before a change to `context` after the last change that
    // is within 2 × context of the next.
    const std::size_t n = ops.size();
    std::size_t i = 0;
    std::vector<std::size_t> ai(n + 1), bi(n + 1);   // line index in a and b before op i
    for (std::size_t k = 0, x = 0, y = 0; k <= n; ++k) {
        ai[k] = x;
        bi[k] = y;
        if (k < n && ops[k] != Op::add) ++x;
        if (k < n && ops[k] != Op::del) ++y;
    }
    const auto ctx = static_cast<std::size_t>(context);
    while (i < n) {
        while (i < n && ops[i] == Op::same) ++i;
        if (i == n) break;
        const std::size_t start = i > ctx ? i - ctx : 0;
        std::size_t end = i;   // one past the last change of the hunk
        for (std::size_t k = i; k < n; ++k) {
            if (ops[k] != Op::same) end = k + 1;
            else if (k - end >= 2 * ctx) break;
        }
        const std::size_t stop = std::min(n, end + ctx);
        const std::size_t a_len = ai[stop] - ai[start], b_len = bi[stop] - bi[start];
        auto range = [](std::size_t first, std::size_t len) {
            // diff writes an empty range as the line before it.
            std::string r = std::to_string(len == 0 ? first : first + 1);
            if (len != 1) r.append(",").append(std::to_string(len));
            return r;
        };
        out.append("@@ -").append(range(ai[start], a_len)).append(" +").append(range(bi[start], b_len)).append(" @@\n");
        for (std::size_t k = start; k < stop; ++k) {
            if (ops[k] == Op::add) put_line(out, '+', b[bi[k]]);
            else put_line(out, static_cast<char>(ops[k]), a[ai[k]]);
        }
        i = stop;
    }
    return out;
}

std::string file_diff(std::string_view path, Encoding encoding, std::string_view before, std::string_view after) {
    if (encoding != Encoding::utf16le && encoding != Encoding::utf16be) return unified_diff(path, before, after);
    const std::string label = std::string(path) + "\t(" + encoding_name(encoding) + ", shown as UTF-8)";
    return unified_diff(label, decode(std::string(before)).text, decode(std::string(after)).text);
}

}  // namespace cablelint
