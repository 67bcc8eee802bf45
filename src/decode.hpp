// The input layer: a file's bytes as read → UTF-8 text with LF line ends, which the grammar and every check read,
// and the map back to the file's own bytes. It is the one place that knows about encodings and line-end styles:
//
// - a UTF-8 byte-order mark is skipped;
// - UTF-16 (LE/BE) with a byte-order mark, or without one when every other byte is NUL, is transcoded;
// - bytes that are not UTF-8 but read as Windows-1252 (0x80–0x9F by the 1252 table, 0xA0–0xFF as Latin-1) are
//   transcoded; a UTF-8 file with a few damaged bytes is left as it is (F901 reports the bytes);
// - CRLF line ends become LF; bare CRs become LF in a file that has no other line end (old Mac files), else stay.
//
// Lines are the file's own lines, columns count its characters, and Source::file_offset() gives back the file's byte
// offset of any text offset. F901 and F904 report what was converted (Decoding).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "byte_scan.hpp"

namespace cablelint {

enum class Encoding { utf8, windows_1252, utf16le, utf16be };
const char* encoding_name(Encoding e);   // "UTF-8", "Windows-1252", "UTF-16LE", "UTF-16BE"

// The line ends of the file; offsets are text offsets of the line end (the '\n' a CRLF became, or the bare CR).
struct LineEnds {
    std::uint32_t lf = 0, crlf = 0, cr = 0;
    std::uint32_t first_lf = 0, first_crlf = 0, first_cr = 0;
};

struct Decoding {
    Encoding encoding = Encoding::utf8;
    bool bom = false;                    // a byte-order mark opened the file (skipped)
    std::uint32_t converted = 0;         // file bytes read as another encoding than UTF-8 (1252: bytes above 0x7F)
    std::uint32_t first_converted = 0;   // text offset of the first character read from them
    unsigned char first_byte = 0;        // its first byte in the file
    LineEnds ends;
    bool cr_lines = false;               // bare CRs were taken as line ends
    std::uint32_t invalid_utf8 = 0;      // invalid sequences in the bytes read as UTF-8 (0: F901 has nothing to say)
};

// Text [text, text + text_len) was read from file bytes [file, file + file_len); between remaps the text is the
// file's bytes, shifted by the last remap.
struct Remap {
    std::uint32_t text = 0, text_len = 0, file = 0, file_len = 0;
};

struct Decoded {
    std::string text;
    Decoding decoding;
    std::vector<Remap> remaps;
    // When `surveyed`, the survey of the file's bytes describes `text` too (they are the same bytes: UTF-8 with LF
    // line ends, or a binary file), so the source does not read the text again for its lines.
    bool surveyed = false;
    byte_scan::Survey survey;
    std::vector<std::uint32_t> line_starts;
    byte_scan::HighBytes high_bytes;   // of the file's bytes; of `text` too when `surveyed`
};

Decoded decode(std::string bytes);
// The file's byte offset of a text offset (an offset inside a converted character is that character's first byte).
std::uint32_t file_offset(const std::vector<Remap>& remaps, std::uint32_t text_offset);

// UTF-8 text (a fix's replacement) in a file's encoding; false when a character has no form in it (Windows-1252).
bool encode_text(std::string_view utf8, Encoding encoding, std::string& out);

// Length of the valid UTF-8 sequence at i, or 0 with `why` set and `skip` the bytes of the invalid sequence (Unicode's
// "maximal subpart").
std::size_t utf8_sequence(std::string_view s, std::size_t i, const char*& why, std::size_t& skip);

}  // namespace cablelint
