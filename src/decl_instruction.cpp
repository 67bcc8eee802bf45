// The E.O. line's declassification instruction, read by grammar/decl_instruction.hpp: one parse locates the text
// (run-on TAGS and markup cut off), one reads its label and value, one scans the value for 25X/50X exemptions.
#include "decl_instruction.hpp"

#include <tao/pegtl.hpp>

#include "../grammar/decl_instruction.hpp"
#include "dates.hpp"
#include "util.hpp"

namespace cablelint {

namespace {

namespace pegtl = tao::pegtl;
namespace gd = grammar::decl;

struct Reading {
    DeclInstruction& in;
    const char* value_start = nullptr;
};

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

template <typename In>
std::string_view view(const In& in) { return {in.begin(), in.size()}; }

template <>
struct action<gd::text_body> {
    template <typename In>
    static void apply(const In& in, Reading& r) { r.in.text = trim(view(in)); }
};
template <>
struct action<gd::label> {
    template <typename In>
    static void apply(const In& in, Reading& r) { r.in.label = view(in); }
};
template <>
struct action<gd::label_downgrade> {
    template <typename In>
    static void apply(const In&, Reading& r) { r.in.downgrade = true; }
};
template <>
struct action<gd::malformed_label_letters> {
    template <typename In>
    static void apply(const In&, Reading& r) { r.in.label_misspelled = true; }
};
template <>
struct action<gd::malformed_label_digits> {
    template <typename In>
    static void apply(const In&, Reading& r) { r.in.label_misspelled = true; }
};
template <>
struct action<gd::value_start> {
    template <typename In>
    static void apply(const In& in, Reading& r) { r.value_start = in.begin(); }
};
inline void take_date(std::string_view text, Reading& r) {
    r.in.date = read_decl_date(text);
    if (r.in.date) r.in.date_field = r.in.date->text;
}
template <>
struct action<gd::later_date> {
    template <typename In>
    static void apply(const In& in, Reading& r) { take_date(view(in), r); }
};
template <>
struct action<gd::exemption_wide_token> {
    template <typename In>
    static void apply(const In&, Reading& r) { r.in.exemption_25x = true; }
};
#define KIND(rule, k)                                                          \
    template <>                                                                \
    struct action<gd::rule> {                                                  \
        template <typename In>                                                 \
        static void apply(const In&, Reading& r) { r.in.kind = DeclKind::k; } \
    };
KIND(remarked, remarked)
KIND(value_empty, empty)
KIND(value_na, na)
KIND(value_redacted, redacted)
KIND(value_exemption, exemption)
KIND(value_manual, manual)
KIND(value_oadr, oadr)
KIND(value_event, event)
KIND(value_malformed, malformed)
#undef KIND
template <>
struct action<gd::value_date> {
    template <typename In>
    static void apply(const In& in, Reading& r) {
        take_date(view(in), r);
        r.in.kind = DeclKind::date;
    }
};
template <>
struct action<gd::bare_date> {
    template <typename In>
    static void apply(const In& in, Reading& r) {
        action<gd::value_date>::apply(in, r);
        r.in.label_missing = true;
    }
};
template <>
struct action<gd::value_gds> {
    template <typename In>
    static void apply(const In&, Reading& r) { r.in.kind = r.in.date ? DeclKind::date : DeclKind::gds; }
};

template <typename Rule>
void run(std::string_view text, Reading& r) {
    pegtl::memory_input<pegtl::tracking_mode::lazy> input(text.data(), text.size(), "");
    (void)pegtl::parse<Rule, action>(input, r);
}

}  // namespace

DeclInstruction read_decl_instruction(const EoLine& eo) {
    DeclInstruction in;
    if (!present(eo.line)) return in;
    std::string_view s;
    if (present(eo.instruction)) {
        s = eo.instruction;
    } else if (present(eo.number)) {
        // Everything after the number on the line.
        const auto from = static_cast<std::size_t>(eo.number.data() + eo.number.size() - eo.line.data());
        s = eo.line.substr(std::min(from, eo.line.size()));
    } else {
        return in;
    }
    Reading r{in};
    run<gd::instruction_text>(s, r);
    if (in.text.empty()) return in;
    run<gd::instruction>(in.text, r);
    if (in.kind == DeclKind::remarked) return in;
    if (r.value_start != nullptr)
        in.value = in.text.substr(static_cast<std::size_t>(r.value_start - in.text.data()));
    in.exemption_25x = false;   // the value's exemptions, not those an alternative tried
    run<gd::exemption_scan>(in.value, r);
    return in;
}

}  // namespace cablelint
