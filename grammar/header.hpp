// Layer 2: the transmission header (spec §2), in any of the header families of §2.10, or none.
//
//   VZCZCXRO8832                                  FL1   (families A, B)
//   RR RUEHBI RUEHCI …  (wrapping)                FL2
//   DE RUEHTA #1366/01 2221402                    FL3
//   ZNY CCCCC ZZH                                 FL4
//   R 101402Z AUG 09 ZDK                          FL5   (family C starts here)
//   FM AMEMBASSY ASTANA / TO … / INFO …           FL6–FL8
//
// Every line up to the start of the text belongs to the header; lines that fit no format line (distribution lists,
// archive page headers, e-mail wrappers) are kept as `header_other`. A line whose lead says it is a format line but
// which then breaks the line's grammar is `malformed_format_line` (H201, D301).
#pragma once

#include "basics.hpp"
#include "fields.hpp"
#include "text.hpp"

namespace cablelint::grammar {

struct malformed_fl1 : seq<at<fl1_lead>, any_line> {};
struct malformed_routing : seq<at<routing_lead>, any_line> {};
struct malformed_de : seq<at<de_lead>, any_line> {};
struct malformed_security : seq<at<security_lead>, any_line> {};
struct malformed_dtg_line : seq<at<dtg_line_lead>, any_line> {};
struct malformed_bare_dtg : seq<at<bare_dtg_lead>, any_line> {};

struct routing_block : seq<routing_line, star<routing_continuation>> {};

struct fm_keyword : TAO_PEGTL_STRING("FM ") {};
// A PLA that is not a post name ("FM //X") is kept whole.
struct fm_pla : sor<post_name, plus<line_char>> {};
struct fm_line : seq<fm_keyword, ws_star, fm_pla, line_end> {};

// Distribution headers (family D) write "INFO  LOG-00   EEB-00 …": office codes with copy counts, not addresses.
struct distribution_line : seq<TAO_PEGTL_STRING("INFO"), ws_plus, plus<upper>, one<'-'>, digit2, any_line> {};
struct to_keyword : TAO_PEGTL_STRING("TO ") {};
struct info_keyword : TAO_PEGTL_STRING("INFO ") {};
struct xmt_keyword : TAO_PEGTL_STRING("XMT ") {};
struct format_line_lead : sor<fl1_lead, routing_lead, de_lead, security_lead, dtg_line_lead, fm_keyword, to_keyword,
                              info_keyword, xmt_keyword> {};
struct to_address : address {};
struct info_address : address {};
struct address_continues : seq<not_at<blank_line>, not_at<format_line_lead>, not_at<text_start>,
                                 not_at<TAO_PEGTL_ISTRING("SIPDIS")>> {};
struct to_block : seq<to_keyword, ws_star, to_address, star<address_continues, to_address>> {};
struct info_block : seq<info_keyword, ws_star, info_address, star<address_continues, info_address>> {};
struct xmt_line : seq<xmt_keyword, any_line> {};

struct partial_extract_notice : seq<TAO_PEGTL_STRING("This record is a partial extract"), any_line> {};
// Family H: a copy of the banner first, then a family A header.
struct banner_copy : seq<banner_line, star<blank_line>, at<fl1_lead>> {};

struct header_other : any_line {};
struct header_line : sor<blank_line, try_catch_type<field_error, fl1_line>, malformed_fl1,
                         try_catch_type<field_error, routing_block>, malformed_routing,
                         try_catch_type<field_error, de_line>, malformed_de,
                         try_catch_type<field_error, security_line>, malformed_security,
                         try_catch_type<field_error, dtg_line>, malformed_dtg_line,
                         try_catch_type<field_error, bare_dtg_line>, malformed_bare_dtg,
                         fm_line, distribution_line, to_block, info_block, xmt_line, partial_extract_notice,
                         share_chrome, header_other> {};

struct header : seq<opt<banner_copy>, star<not_at<text_start>, header_line>> {};

}  // namespace cablelint::grammar
