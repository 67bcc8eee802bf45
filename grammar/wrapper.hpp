// Layer 1: the page wrapper (spec §1). Four labels, then their four values, the title, the tags, page chrome.
//
//   Identifier / Created / Classification / Origin        labels, one per line
//   09ASTANA1366 / 2009-08-10 14:02:00 / CONFIDENTIAL / Embassy Astana
//   Cable title:␣␣ (blank) <title> (blank)
//   Tags:␣␣PGOV␣PREL␣…
//   pdf␣how-to read a cable
//
// Lenient on order and completeness and on blank lines before the labels (W101 reports what is missing or out of place); strict inside the identifier
// and Created values (W102, W103).
#pragma once

#include "basics.hpp"
#include "fields.hpp"
#include "header.hpp"  // fl1_lead ends the wrapper

namespace cablelint::grammar {

struct label_identifier : seq<TAO_PEGTL_STRING("Identifier"), field_end> {};
struct label_created : seq<TAO_PEGTL_STRING("Created"), field_end> {};
struct label_classification : seq<TAO_PEGTL_STRING("Classification"), field_end> {};
struct label_origin : seq<TAO_PEGTL_STRING("Origin"), field_end> {};
struct wrapper_label : sor<label_identifier, label_created, label_classification, label_origin> {};

struct title_label : seq<TAO_PEGTL_STRING("Cable title:"), field_end> {};
struct page_tags_label : TAO_PEGTL_STRING("Tags:") {};
struct page_tag : plus<not_at<ws>, sor<redaction, line_char>> {};
struct page_tags_line : seq<page_tags_label, star<ws_plus, page_tag>, field_end> {};
struct chrome_pdf : seq<TAO_PEGTL_STRING("pdf"), ws_plus, TAO_PEGTL_STRING("how-to read a cable"), field_end> {};

// Values: told apart by their shape, so that a missing one does not shift the others.
struct identifier_value : identifier {};
struct created_value : created {};
// The page Classification: a level, then `//` and its controls ("SECRET//NOFORN",
// "UNCLASSIFIED//FOR OFFICIAL USE ONLY"). LIMITED OFFICIAL USE is a page string with no level of its own.
struct page_level_unclassified : TAO_PEGTL_STRING("UNCLASSIFIED") {};
struct page_level_confidential : TAO_PEGTL_STRING("CONFIDENTIAL") {};
struct page_level_secret : TAO_PEGTL_STRING("SECRET") {};
struct page_level_top_secret : TAO_PEGTL_STRING("TOP SECRET") {};
struct page_level : sor<page_level_unclassified, page_level_confidential, page_level_secret, page_level_top_secret,
                        TAO_PEGTL_STRING("LIMITED OFFICIAL USE")> {};
struct page_noforn : TAO_PEGTL_STRING("NOFORN") {};
struct page_fouo : TAO_PEGTL_STRING("FOR OFFICIAL USE ONLY") {};
struct page_fouo_short : seq<TAO_PEGTL_STRING("FOUO"), at<field_end>> {};   // "//FOUO" alone
struct page_controls : seq<string<'/', '/'>, opt<page_fouo_short>, star<sor<page_noforn, page_fouo, upper, one<'/', ' ', ','>>>> {};
// Words after the level before any `//` ("SECRET NOFORN"): then the string has no known level.
struct page_level_rest : star<not_at<string<'/', '/'>>, sor<upper, one<'/', ' ', ','>>> {};
struct classification_value : seq<page_level, page_level_rest, opt<page_controls>, field_end> {};
struct origin_value : sor<seq<post_name, line_end>, any_line> {};
struct wrapper_stop : sor<title_label, page_tags_label, chrome_pdf, wrapper_label, fl1_lead, blank_line> {};
struct malformed_identifier : seq<at<identifier_lead>, any_line> {};
struct malformed_created : seq<at<created_lead>, any_line> {};
struct wrapper_value : seq<not_at<wrapper_stop>,
                           sor<try_catch_type<field_error, identifier_value>, malformed_identifier,
                               try_catch_type<field_error, created_value>, malformed_created,
                               classification_value, origin_value>> {};

struct title_value : seq<not_at<page_tags_label>, not_at<chrome_pdf>, any_line> {};
struct title_block : seq<title_label, opt<blank_line>, opt<title_value>, star<blank_line>> {};

// Blank lines before the labels (a page copied with the line above it) do not hide the wrapper.
struct wrapper : seq<star<blank_line>, at<wrapper_label>, star<wrapper_label>, star<wrapper_value>, star<blank_line>, opt<title_block>,
                     opt<page_tags_line>, opt<chrome_pdf>> {};

}  // namespace cablelint::grammar
