// An e-mail or database printout around the cable (spec §2.10 family G), between the page wrapper and the
// transmission header:
//
//   Stephen H Rogerson  12/02/2009 11:08:08 AM  From  DB/Inbox:  Search Results
//   Cable Text:
//   S E C R E T        DOHA 00214                 <- the printout's copy of the banner, not the text's
//   CXDOHA:  ACTION: AMB  INFO: RSO RAO …
//   DISSEMINATION: AMB /1   CHARGE: PROG   APPROVED: …   DRAFTED: …   CLEARED: …
//   (or TELEGRAM, To:/Action:/From:/TAGS:/Captions:/Subject:/Ref: lines)
//   VZCZCDOI550                                    <- the cable starts
//
// The block runs to the first FL1 line, which must follow; its lines (its own TAGS: and Subject: among them) are the
// wrapper's and never the cable's fields.
#pragma once

#include "basics.hpp"
#include "fields.hpp"

namespace cablelint::grammar {

struct mail_inbox : seq<star<not_at<TAO_PEGTL_STRING("DB/Inbox")>, line_char>, TAO_PEGTL_STRING("DB/Inbox")> {};
struct mail_cable_text : seq<ws_star, TAO_PEGTL_STRING("Cable"), ws_star, opt<eol, ws_star>, TAO_PEGTL_STRING("Text:")> {};
struct mail_telegram : seq<ws_star, TAO_PEGTL_STRING("TELEGRAM"), field_end> {};
struct mail_lead : sor<mail_inbox, mail_cable_text, mail_telegram> {};

struct mail_subject_label : TAO_PEGTL_STRING("Subject:") {};
struct mail_tags_label : TAO_PEGTL_STRING("TAGS:") {};
struct mail_value : rest {};
struct mail_subject : seq<ws_star, mail_subject_label, ws_star, mail_value, line_end> {};
struct mail_tags : seq<ws_star, mail_tags_label, ws_star, mail_value, line_end> {};
struct mail_line : sor<mail_subject, mail_tags, any_line> {};
struct mail_runs_to_fl1 : seq<star<not_at<fl1_lead>, any_line>, fl1_lead> {};
struct mail_wrapper : seq<star<blank_line>, at<mail_lead>, at<mail_runs_to_fl1>, star<not_at<fl1_lead>, mail_line>> {};

}  // namespace cablelint::grammar
