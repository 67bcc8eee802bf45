#include "decode.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>

#include "byte_scan.hpp"

namespace cablelint {

const char* encoding_name(Encoding e) {
    switch (e) {
        case Encoding::utf8: return "UTF-8";
        case Encoding::windows_1252: return "Windows-1252";
        case Encoding::utf16le: return "UTF-16LE";
        case Encoding::utf16be: return "UTF-16BE";
    }
    return "?";
}

std::size_t utf8_sequence(std::string_view s, std::size_t i, const char*& why, std::size_t& skip) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    skip = 1;
    if (c < 0x80) return 1;
    if (c >= 0x80 && c <= 0xBF) { why = "a continuation byte without a lead byte"; return 0; }
    if (c == 0xC0 || c == 0xC1) { why = "an overlong encoding"; return 0; }
    if (c >= 0xF5) { why = "a byte that never occurs in UTF-8"; return 0; }
    const std::size_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    // Allowed range of the second byte (Unicode Table 3-7).
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    for (std::size_t k = 1; k < len; ++k) {
        if (i + k >= s.size()) { why = "a sequence cut off by the end of the file"; skip = k; return 0; }
        const unsigned char d = b(i + k);
        const unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (d < l || d > h) {
            if (k == 1 && d >= 0x80 && d <= 0xBF) {
                why = c == 0xE0 || c == 0xF0 ? "an overlong encoding" : c == 0xED ? "a UTF-16 surrogate" : "a code point beyond U+10FFFF";
            } else {
                why = "an incomplete multi-byte sequence";
            }
            skip = k;
            return 0;
        }
    }
    return len;
}

std::uint32_t file_offset(const std::vector<Remap>& remaps, std::uint32_t t) {
    auto it = std::upper_bound(remaps.begin(), remaps.end(), t, [](std::uint32_t x, const Remap& r) { return x < r.text; });
    if (it == remaps.begin()) return t;
    const Remap& r = *(it - 1);
    if (t < r.text + r.text_len) return r.file;
    return r.file + r.file_len + (t - r.text - r.text_len);
}

namespace {

// Windows-1252 0x80–0x9F; the five bytes it leaves undefined read as the C1 controls of Latin-1 (F907 reports them).
constexpr char32_t kCp1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

std::size_t put_utf8(char32_t cp, char* out) {
    if (cp < 0x80) { out[0] = static_cast<char>(cp); return 1; }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

// One character of the file: its code point (for UTF-8 files: the byte, copied as it is) and its length in bytes.
struct Unit {
    char32_t cp;
    std::uint32_t len;
};

// Writes the text and records where it differs from the file's bytes.
class Builder {
public:
    explicit Builder(std::size_t size) { out_.reserve(size + size / 8); }

    void put(std::string_view text, std::uint32_t file, std::uint32_t file_len) {
        const auto t = static_cast<std::uint32_t>(out_.size());
        if (text.size() != file_len || static_cast<std::int64_t>(file) - t != delta_) {
            remaps_.push_back({t, static_cast<std::uint32_t>(text.size()), file, file_len});
            delta_ = static_cast<std::int64_t>(file + file_len) - static_cast<std::int64_t>(t + text.size());
        }
        out_.append(text);
    }
    std::uint32_t size() const { return static_cast<std::uint32_t>(out_.size()); }
    std::string& text() { return out_; }
    std::vector<Remap>& remaps() { return remaps_; }

private:
    std::string out_;
    std::vector<Remap> remaps_;
    std::int64_t delta_ = 0;
};

// The file from `start` on, unit by unit (next(i) reads the unit at byte i): CRLF → LF, bare CR → LF when
// `cr_lines`, characters as UTF-8 (`raw`: the file is UTF-8, bytes are copied as they are).
template <bool raw, class Next>
void transcode(std::string_view bytes, std::uint32_t start, Next next, Decoded& d) {
    Builder b(bytes.size());
    if (start > 0) b.put({}, 0, start);   // the byte-order mark
    LineEnds& e = d.decoding.ends;
    const bool windows_1252 = d.decoding.encoding == Encoding::windows_1252;
    const auto size = static_cast<std::uint32_t>(bytes.size());
    for (std::uint32_t i = start; i < size;) {
        const Unit u = next(i);
        if (u.cp == '\r') {
            if (i + u.len < size) {
                const Unit v = next(i + u.len);
                if (v.cp == '\n') {
                    if (e.crlf++ == 0) e.first_crlf = b.size();
                    b.put("\n", i, u.len + v.len);
                    i += u.len + v.len;
                    continue;
                }
            }
            if (e.cr++ == 0) e.first_cr = b.size();
            b.put(d.decoding.cr_lines ? "\n" : "\r", i, u.len);
            i += u.len;
            continue;
        }
        if (u.cp == '\n' && e.lf++ == 0) e.first_lf = b.size();
        char buf[4];
        std::size_t n = 1;
        if (raw) {
            buf[0] = static_cast<char>(u.cp);
        } else {
            n = put_utf8(u.cp, buf);
        }
        if (windows_1252 && u.cp >= 0x80) {
            if (d.decoding.converted == 0) {
                d.decoding.first_converted = b.size();
                d.decoding.first_byte = static_cast<unsigned char>(bytes[i]);
            }
            d.decoding.converted += u.len;
        }
        b.put(std::string_view(buf, n), i, u.len);
        i += u.len;
    }
    d.text = std::move(b.text());
    d.remaps = std::move(b.remaps());
}

// UTF-16 without a byte-order mark, told by its shape: an even size, and (nearly) every code unit an ASCII character
// whose other byte is NUL. Cables are ASCII text, so this does not mistake a binary file for UTF-16.
bool looks_utf16(std::string_view s, bool little_endian) {
    if (s.size() < 4 || s.size() % 2 != 0) return false;
    std::size_t ascii = 0;
    for (std::size_t i = 0; i < s.size(); i += 2) {
        const auto lo = static_cast<unsigned char>(s[little_endian ? i : i + 1]);
        const auto hi = static_cast<unsigned char>(s[little_endian ? i + 1 : i]);
        if (lo == 0 && hi == 0) return false;
        if (hi == 0 && lo < 0x80 && (lo >= 0x20 || lo == '\n' || lo == '\r' || lo == '\t')) ++ascii;
    }
    return ascii * 20 >= (s.size() / 2) * 19;
}

void decode_utf16(std::string_view s, std::uint32_t start, bool little_endian, Decoded& d) {
    const auto size = static_cast<std::uint32_t>(s.size());
    auto unit16 = [&](std::uint32_t i) -> std::uint32_t {
        const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
        return little_endian ? a | (b << 8) : (a << 8) | b;
    };
    transcode<false>(s, start, [&](std::uint32_t i) -> Unit {
        if (i + 1 >= size) return {0xFFFD, 1};   // an odd last byte
        const std::uint32_t u = unit16(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < size) {
            const std::uint32_t low = unit16(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) return {0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), 4};
        }
        if (u >= 0xD800 && u <= 0xDFFF) return {0xFFFD, 2};   // an unpaired surrogate
        return {u, 2};
    }, d);
    d.decoding.converted = size - start;   // every byte was read as UTF-16
    d.decoding.first_converted = 0;
    d.decoding.first_byte = start < size ? static_cast<unsigned char>(s[start]) : 0;
}

}  // namespace

Decoded decode(std::string bytes) {
    Decoded d;
    const std::string_view s = bytes;
    const auto at = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };

    // A byte-order mark says what the file is.
    if (s.size() >= 2 && ((at(0) == 0xFF && at(1) == 0xFE) || (at(0) == 0xFE && at(1) == 0xFF))) {
        const bool le = at(0) == 0xFF;
        d.decoding.encoding = le ? Encoding::utf16le : Encoding::utf16be;
        d.decoding.bom = true;
        d.decoding.cr_lines = std::memchr(s.data(), '\n', s.size()) == nullptr;   // UTF-16 '\n' has a 0x0A byte
        decode_utf16(s, 2, le, d);
        return d;
    }
    // One read of the bytes for what the rest needs: line starts, NUL, CR, bytes above ASCII, control characters.
    const byte_scan::Survey survey = byte_scan::survey(s, d.line_starts, d.high_bytes);
    if (survey.nul) {
        for (const bool le : {true, false}) {
            if (!looks_utf16(s, le)) continue;
            d.decoding.encoding = le ? Encoding::utf16le : Encoding::utf16be;
            d.decoding.cr_lines = std::memchr(s.data(), '\n', s.size()) == nullptr;
            decode_utf16(s, 0, le, d);
            return d;
        }
        d.text = std::move(bytes);   // binary: F907 says so, nothing else reads it
        d.surveyed = true;
        d.survey = survey;
        return d;
    }
    const std::uint32_t start = s.size() >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF ? 3 : 0;
    d.decoding.bom = start > 0;

    // UTF-8, a UTF-8 file with damaged bytes, or another encoding: more invalid sequences than valid multi-byte ones
    // (a no-break space 0xA0, a ¶ 0xB6 and "é" 0xE9 are all invalid in UTF-8) is a Windows-1252 file.
    std::size_t invalid = 0, multibyte = 0;
    byte_scan::NonAsciiCursor non_ascii(s, d.high_bytes.complete ? &d.high_bytes : nullptr);
    for (std::size_t i = start; survey.non_ascii && i < s.size();) {
        i = non_ascii.next(i);
        if (i >= s.size()) break;
        const char* why = "";
        std::size_t skip = 1;
        const std::size_t n = utf8_sequence(s, i, why, skip);
        if (n > 0) {
            ++multibyte;
            i += n;
        } else {
            ++invalid;
            i += skip;
        }
    }
    if (invalid > multibyte) d.decoding.encoding = Encoding::windows_1252;
    d.decoding.invalid_utf8 = static_cast<std::uint32_t>(invalid);
    const bool has_cr = survey.cr;
    const std::size_t lf = d.line_starts.size() - 1;
    d.decoding.cr_lines = has_cr && lf == 0;

    if (d.decoding.encoding == Encoding::windows_1252) {
        transcode<false>(s, start, [&](std::uint32_t i) -> Unit {
            const unsigned char c = at(i);
            return {c >= 0x80 && c <= 0x9F ? kCp1252[c - 0x80] : c, 1};
        }, d);
    } else if (start > 0 || has_cr) {
        transcode<true>(s, start, [&](std::uint32_t i) -> Unit { return {at(i), 1}; }, d);
    } else {
        // The common case: UTF-8 with LF line ends is its own text.
        LineEnds& e = d.decoding.ends;
        e.lf = static_cast<std::uint32_t>(lf);
        e.first_lf = lf > 0 ? d.line_starts[1] - 1 : static_cast<std::uint32_t>(s.size());
        d.text = std::move(bytes);
        d.surveyed = true;
        d.survey = survey;
    }
    return d;
}

bool encode_text(std::string_view s, Encoding encoding, std::string& out) {
    for (std::size_t i = 0; i < s.size();) {
        const char* why = nullptr;
        std::size_t skip = 0;
        const std::size_t len = utf8_sequence(s, i, why, skip);
        if (len == 0) return false;
        const auto c0 = static_cast<unsigned char>(s[i]);
        char32_t cp = len == 1 ? c0 : len == 2 ? (c0 & 0x1F) : len == 3 ? (c0 & 0x0F) : (c0 & 0x07);
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        switch (encoding) {
            case Encoding::utf8: out.append(s.substr(i, len)); break;
            case Encoding::windows_1252: {
                if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
                    out.push_back(static_cast<char>(cp));
                    break;
                }
                const auto* hit = std::find(std::begin(kCp1252), std::end(kCp1252), cp);
                if (hit == std::end(kCp1252)) return false;
                out.push_back(static_cast<char>(0x80 + (hit - std::begin(kCp1252))));
                break;
            }
            case Encoding::utf16le:
            case Encoding::utf16be: {
                auto unit = [&](char32_t u) {
                    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
                    if (encoding == Encoding::utf16le) out += {lo, hi};
                    else out += {hi, lo};
                };
                if (cp < 0x10000) {
                    unit(cp);
                } else {
                    unit(0xD800 + ((cp - 0x10000) >> 10));
                    unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
                }
                break;
            }
        }
        i += len;
    }
    return true;
}

}  // namespace cablelint
