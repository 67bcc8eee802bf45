# Writes the man page cablelint(1) to OUT from what the built binary BIN prints: `--help` and `rules`, so that the
# page cannot drift from the program. VERSION is the release.
execute_process(COMMAND "${BIN}" --help OUTPUT_VARIABLE help RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "manpage.cmake: ${BIN} --help failed")
endif()
execute_process(COMMAND "${BIN}" rules --no-config OUTPUT_VARIABLE rules RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "manpage.cmake: ${BIN} rules failed")
endif()
# Preformatted text in troff: backslashes escaped, a line that starts with . or ' protected.
function(troff_block text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} ".nf\n${text}.fi\n" PARENT_SCOPE)
endfunction()
troff_block("${help}" help_block)
troff_block("${rules}" rules_block)
file(WRITE "${OUT}" ".TH CABLELINT 1 \"\" \"cablelint ${VERSION}\" \"User Commands\"
.SH NAME
cablelint \\- a fast, strict and friendly linter for diplomatic cable transcriptions
.SH SYNOPSIS
.B cablelint
[\\fIOPTIONS\\fR] \\fIPATH\\fR...
.br
.B cablelint rules
|
.B rule
\\fICODE\\fR |
.B parse
\\fIFILE\\fR |
.B lsp
.SH DESCRIPTION
cablelint lints transcriptions of US State Department cables (telegrams): text files with an optional page wrapper,
a transmission header and the cable text. It parses each cable with a formal grammar of the format, checks its fields
against each other, reports each finding at the exact text with the values that disagree, and fixes what is
mechanical (\\fB--fix\\fR). Directories are walked recursively for *.txt files.
.SH OPTIONS
${help_block}.SH RULES
Each rule has a stable code; \\fBcablelint rule\\fR \\fICODE\\fR explains one. FIX: * a safe fix, (*) an unsafe one.
${rules_block}.SH CONFIGURATION
The nearest \\fI.cablelint.yaml\\fR in a linted file's directory or above it adjusts rule severities and options, adds
custom rules and vocabularies, and sets per-file ignores and include/exclude globs;
\\fB--show-settings\\fR \\fIFILE\\fR prints what applies.
.SH EXIT STATUS
0: no failing finding; 1: errors (or more warnings than \\fB--max-warnings\\fR; with \\fB--diff\\fR: there are fixes);
2: usage, configuration or I/O error (the other files are still linted and reported).
.SH SEE ALSO
The documentation installed in share/doc/cablelint (README.md, docs/), and https://github.com/cablelint/cablelint.
")
