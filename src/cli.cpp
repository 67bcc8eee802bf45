// The command line: `cablelint [OPTIONS] PATH...`, `cablelint rules`, `cablelint rule CODE`, `cablelint parse FILE`.
#include "cli.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <iomanip>
#include <sstream>
#include <iterator>
#include <mutex>
#include <set>
#include <thread>

#include <CLI/CLI.hpp>

#include "baseline.hpp"
#include "diff.hpp"
#include "document_json.hpp"
#include "engine.hpp"
#include "profile.hpp"
#include "fix.hpp"
#include "gitignore.hpp"
#include "input_walk.hpp"
#include "lsp.hpp"
#include "rules_listing.hpp"
#include "report/reporter.hpp"
#include "util.hpp"
#include "version.hpp"
#include "write_file.hpp"

namespace cablelint {

namespace fs = std::filesystem;

namespace {

// The start of a file, enough to tell a cable (its header and head come first) without reading a report of
// gigabytes whole: 64 KB of text after any leading white space (blank lines before a cable do not hide it; NUL
// bytes count as white space, for UTF-16), an even number of bytes (UTF-16 stays whole), its byte-order mark kept.
bool read_start(const fs::path& path, std::string& bytes) {
    constexpr std::size_t enough = 64 * 1024;
    static constexpr std::string_view space(" \t\r\n\0", 5);
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::size_t bom = 0;   // the byte-order mark's length, once the first bytes are read
    std::size_t text_from = std::string::npos;   // the first byte that is not white space (or the mark)
    while (in && (text_from == std::string::npos || bytes.size() - text_from < enough)) {
        const std::size_t had = bytes.size();
        bytes.resize(had + enough);
        in.read(bytes.data() + had, static_cast<std::streamsize>(enough));
        bytes.resize(had + static_cast<std::size_t>(in.gcount()));
        if (had == 0) {
            const std::string_view b(bytes);
            bom = b.starts_with("\xEF\xBB\xBF") ? 3 : (b.starts_with("\xFF\xFE") || b.starts_with("\xFE\xFF")) ? 2 : 0;
        }
        if (text_from == std::string::npos) {
            text_from = bytes.find_first_not_of(space, std::max(had, bom));
            if (text_from == std::string::npos && bytes.size() > 2 * enough) bytes.resize(bom);   // white space so far
        }
    }
    if (in) bytes.resize(bytes.size() & ~std::size_t{1});
    return !in.bad();
}

// All of standard input. libstdc++'s file buffer throws when read(2) fails (stdin a directory, or closed): that is
// said as the error it is, not a crash. "" or the error.
std::string read_stdin(std::istream& in, std::string& bytes) {
    try {
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    } catch (const std::ios_base::failure& e) {
        return std::string("cannot read standard input: ") + e.code().message();
    }
    return "";
}

// One read per file: the whole file into one string, the only copy of its bytes (open, fstat, read, close).
bool read_all(const fs::path& path, std::string& bytes, std::string& error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = std::string("cannot read: ") + std::strerror(errno);
        return false;
    }
    struct stat st {};
    const std::size_t size = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0;
    bytes.resize(size);
    std::size_t got = 0;
    bool failed = false;
    for (;;) {
        // Files whose size is not known up front (pipes, /proc) or that grew are read to the end.
        if (got == bytes.size()) {
            if (size > 0 && got == size) {
                // The expected size is read: one more byte says whether the file grew meanwhile.
                char probe;
                const ssize_t n = ::read(fd, &probe, 1);
                if (n == 0) break;
                if (n < 0) {
                    if (errno == EINTR) continue;
                    failed = true;
                    break;
                }
                bytes.push_back(probe);
                ++got;
                continue;
            }
            bytes.resize(bytes.size() + 65536);
        }
        const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            failed = true;
            break;
        }
        got += static_cast<std::size_t>(n);
    }
    const int saved = errno;
    ::close(fd);
    bytes.resize(got);
    if (failed) {
        error = std::string("cannot read: ") + std::strerror(saved);
        return false;
    }
    return true;
}

std::vector<std::string> split_list(const std::vector<std::string>& items) {
    std::vector<std::string> out;
    for (const auto& item : items) {
        std::size_t start = 0;
        while (start <= item.size()) {
            const auto comma = item.find(',', start);
            const std::string part(trim(std::string_view(item).substr(start, comma - start)));
            if (!part.empty()) out.push_back(part);
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    return out;
}

// A whole number, 0 or more (CLI11's NonNegativeNumber names its range with a 300-digit maximum).
const CLI::Validator count_of_things([](std::string& value) -> std::string {
    if (value.empty() || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return "`" + value + "` is not a count (a whole number, 0 or more)";
    return "";
}, "COUNT");

// A file a directory walk skips with a note: text with no cable structure at all (a LICENSE, notes). An empty or
// blank file is still linted (F908 says so): it is more likely a transcription gone wrong.
bool plainly_not_a_cable(bool cable, std::string_view text) { return !cable && !trim(text).empty(); }

// Whether a directory walk over the file's tree lints it, and if not, why (for --show-settings).
std::string walk_verdict(const Config& config, const fs::path& file) {
    if (config.excluded(file)) return "no: excluded by `exclude`";
    if (!config.included(file)) return "no: not matched by `include`";
    // Hidden directories between here (where a walk would start) and the file.
    std::error_code ec;
    const fs::path from_here = fs::absolute(file, ec).lexically_normal().lexically_relative(fs::current_path(ec));
    for (const auto& part : from_here.parent_path())
        if (part.string().size() > 1 && part.string()[0] == '.' && part != "..") return "no: in a hidden directory";
    if (ignored_in_repository(file)) return "no: ignored by .gitignore";
    std::string bytes, error;
    if (read_all(file, bytes, error)) {
        const Source src(file.string(), std::move(bytes));
        const Document doc = parse_document(src, config.vocabularies());
        if (plainly_not_a_cable(doc.binary || doc.recognisable(), src.text())) return "no: not a cable (skipped with a note)";
    }
    return "yes";
}

std::string config_error_text(const ConfigError& e) {
    std::error_code ec;
    const fs::path shown = e.file.empty() ? fs::path() : fs::proximate(e.file, ec);
    std::string where = e.file.empty() ? "config" : (ec ? e.file : shown.string());
    if (e.line > 0) where += ":" + std::to_string(e.line) + ":" + std::to_string(e.column);
    return where + ": " + e.what();
}

}  // namespace

int run_cli(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err) {
    CLI::App app{"cablelint: a fast, strict and friendly linter for diplomatic cable transcriptions", "cablelint"};
    app.set_version_flag("--version", std::string("cablelint ") + CABLELINT_VERSION + " (commit " + build_commit + ")");
    app.require_subcommand(0, 1);
    app.fallthrough();   // `cablelint rules --config X` reads the parent's options

    std::vector<std::string> paths;
    std::string format = "text";
    std::vector<std::string> select, ignore;
    std::string min_severity = "info";
    std::string config_path;
    bool no_config = false;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    long max_warnings = -1;
    std::string color = "auto";
    bool quiet = false;
    std::string stdin_filename;

    app.add_option("paths", paths, "Files or directories to lint (directories recursively, *.txt); - reads stdin");
    app.add_option("--format", format,
                   "Output format: text, json, sarif (code scanning), github (Actions annotations), html (a report of the "
                   "whole run with charts; use with -o)")
        ->check(CLI::IsMember({"text", "json", "sarif", "github", "html"}));
    HtmlOptions html;
    app.add_option("--html-max-findings", html.max_findings,
                   "The HTML report shows the findings of the worst files up to this many (default 10000); its counts "
                   "and charts always cover every finding")
        ->check(count_of_things);
    bool statistics = false;
    app.add_flag("--statistics", statistics,
                 "After the output, a table of findings per rule (count, files, each severity, fixable); on stderr for json, sarif and html");
    // One value per occurrence (repeatable), so that `--select D302 file.txt` does not take the file for a rule.
    app.add_option("--select", select, "Only these rules (codes, names or code prefixes; comma-separated)")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--ignore", ignore, "Skip these rules (codes, names or code prefixes; comma-separated)")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--min-severity", min_severity, "Report findings of at least this severity")
        ->check(CLI::IsMember({"info", "warning", "error"}));
    app.add_option("--config", config_path, "Use this config file instead of looking for .cablelint.yaml");
    app.add_flag("--no-config", no_config, "Ignore .cablelint.yaml files: built-in defaults only");
    app.add_option("-j,--jobs", jobs, "Files linted in parallel (default: all cores)")->check(CLI::Range(1u, 1024u));
    app.add_option("--max-warnings", max_warnings, "Fail (exit 1) when there are more warnings than this")
        ->check(count_of_things);
    app.add_option("--color", color, "Colored text output")->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_flag("-q,--quiet", quiet, "Print findings only: no source excerpts, no summary");
    app.add_option("--stdin-filename", stdin_filename, "Name of the file read from stdin (for messages and config lookup)");
    bool fix = false, unsafe_fixes = false, diff = false;
    app.add_flag("--fix", fix, "Apply the safe fixes in place (standard input: the fixed text goes to stdout)");
    app.add_flag("--unsafe-fixes", unsafe_fixes, "Also the fixes that change a value (with --fix or --diff; review them)");
    std::string baseline_path, write_baseline_path;
    app.add_option("--baseline", baseline_path,
                   "Report only findings not recorded in this baseline file (see --write-baseline)");
    app.add_option("--write-baseline", write_baseline_path,
                   "Record today's findings in this file (and report none): a baseline to adopt cablelint with")
        ->excludes("--baseline");
    app.add_flag("--diff", diff, "Print the fixes as a unified diff and change nothing (exit 1 when there is one)")
        ->excludes("--fix");

    auto* rules_cmd = app.add_subcommand("rules", "List every rule: code, name, severity in this configuration, fix, summary");
    auto* rule_cmd = app.add_subcommand("rule", "Explain one rule (by code or name)");
    std::string rule_key;
    rule_cmd->add_option("rule", rule_key, "Rule code or name, e.g. D302 or dtg-invalid")->required();
    auto* parse_cmd = app.add_subcommand("parse", "Print the located document of one cable as JSON (what the grammar found)");
    std::string parse_file;
    parse_cmd->add_option("file", parse_file, "A cable file")->required();

    auto* lsp_cmd = app.add_subcommand("lsp", "Run the language server over stdio (for editors)");
    bool lsp_stdio = true;   // the only transport: the flag is accepted for the clients that add it
    lsp_cmd->add_flag("--stdio", lsp_stdio, "Speak over stdin and stdout (what it always does; for clients that add it)");
    std::string show_settings_file, output_file;
    bool force_exclude = false;
    app.add_flag("--force-exclude", force_exclude,
                 "Apply the config's exclude: globs to files named on the command line too (as pre-commit names them)");
    app.add_option("--show-settings", show_settings_file,
                   "Print the configuration that applies to this file (config files, each rule's severity and options)");
    app.add_option("--output-file,-o", output_file, "Write the output (any --format) to this file instead of stdout");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        out << app.help();
        return 0;
    } catch (const CLI::CallForVersion& e) {
        out << app.version() << "\n";
        return 0;
    } catch (const CLI::RequiredError& e) {
        // A subcommand without its argument: say what it wants rather than CLI11's "rule is required".
        if (rule_cmd->parsed())
            err << "cablelint rule: which rule? Name one by code or name: `cablelint rule D302`, `cablelint rule "
                   "dtg-invalid` (`cablelint rules` lists them)\n";
        else if (parse_cmd->parsed())
            err << "cablelint parse: which cable? Name one file (or - for standard input): `cablelint parse cable.txt`\n";
        else
            err << "cablelint: " << e.what() << "\nRun `cablelint --help` for usage.\n";
        return 2;
    } catch (const CLI::ParseError& e) {
        err << "cablelint: " << e.what() << "\nRun `cablelint --help` for usage.\n";
        return 2;
    }

    // A subcommand takes its own arguments only: `parse a.txt b.txt` would leave b.txt to the linter's paths.
    if ((*parse_cmd || *rules_cmd || *rule_cmd || *lsp_cmd) && !paths.empty()) {
        err << "cablelint: unexpected argument `" << paths.front() << "`"
            << (*parse_cmd ? ": parse reads one file" : "") << "\nRun `cablelint --help` for usage.\n";
        return 2;
    }
    if (app.get_option("--output-file")->count() > 0 && output_file.empty()) {
        err << "cablelint: --output-file needs a file name (without it the output goes to standard output)\n";
        return 2;
    }
    if ((*parse_cmd || *rules_cmd || *rule_cmd || *lsp_cmd) && !output_file.empty()) {
        err << "cablelint: --output-file applies to linting; " << (*lsp_cmd ? "the language server speaks on stdout"
                                                                             : "this command writes to standard output (redirect it: > FILE)")
            << "\n";
        return 2;
    }
    if (!show_settings_file.empty() && !paths.empty()) {
        err << "cablelint: --show-settings prints the settings of one file and lints nothing: name no other path (`"
            << paths.front() << "`)\n";
        return 2;
    }
    if (!stdin_filename.empty() && !paths.empty() && std::find(paths.begin(), paths.end(), "-") == paths.end()) {
        err << "cablelint: --stdin-filename names standard input, which is read only with - among the paths (or no "
               "path at all)\n";
        return 2;
    }
    if ((*rules_cmd || !show_settings_file.empty()) && format != "text" && format != "json") {
        err << "cablelint: --format " << format << " does not apply here: text or json\n";
        return 2;
    }
    if (diff && app.get_option("--format")->count() > 0) {
        err << "cablelint: --diff prints a unified diff; --format does not apply to it\n";
        return 2;
    }
    if (!write_baseline_path.empty() && app.get_option("--format")->count() > 0) {
        err << "cablelint: --write-baseline records the findings and reports none; --format does not apply to it\n";
        return 2;
    }
    if (format != "html" && app.get_option("--html-max-findings")->count() > 0) {
        err << "cablelint: --html-max-findings applies to --format html\n";
        return 2;
    }
    if (fix && format == "html" && std::find(paths.begin(), paths.end(), "-") != paths.end()) {
        err << "cablelint: --fix of standard input writes the fixed text; --format html does not apply to it\n";
        return 2;
    }
    if (*lsp_cmd) return run_language_server(in, out, err);
    // The configuration that applies to a file (the nearest .cablelint.yaml, --config, or none with --no-config).
    const std::optional<fs::path> explicit_config =
        config_path.empty() ? std::nullopt : std::optional<fs::path>(config_path);
    auto config_for = [&](const fs::path& file) -> std::shared_ptr<const Config> {
        try {
            return ConfigResolver(explicit_config, no_config).for_file(file);
        } catch (const ConfigError& e) {
            err << "cablelint: " << config_error_text(e) << "\n";
            return nullptr;
        }
    };
    // The rule listings speak of the configuration of the current directory, custom rules included.
    if (*rules_cmd || *rule_cmd) {
        const auto here = config_for(fs::current_path() / "cablelint");
        if (!here) return 2;
        if (*rules_cmd) return list_rules(*here, format == "json", out);
        return explain_rule(*here, rule_key, out, err);
    }
    if (!show_settings_file.empty()) {
        std::error_code ec;
        const auto status = fs::status(show_settings_file, ec);
        if (ec || !fs::is_regular_file(status)) {
            err << "cablelint: " << show_settings_file << ": "
                << (ec || !fs::exists(status) ? "no such file" : "not a file: --show-settings takes one cable file") << "\n";
            return 2;
        }
        const auto config = config_for(show_settings_file);
        if (!config) return 2;
        return show_settings(*config, show_settings_file, walk_verdict(*config, show_settings_file), format == "json", out);
    }
    // What lint output speaks of (SARIF's rule list, unknown selectors): with --config, including its custom rules.
    std::shared_ptr<const Config> listing_config = Config::defaults();
    if (!config_path.empty() && !no_config) {
        listing_config = config_for(config_path);
        if (!listing_config) return 2;
    }
    if (*parse_cmd) {
        std::string bytes, error;
        if (parse_file == "-") {
            if (const std::string why = read_stdin(in, bytes); !why.empty()) {
                err << "cablelint: " << why << "\n";
                return 2;
            }
        } else if (!read_all(parse_file, bytes, error)) {
            err << "cablelint: " << parse_file << ": " << error << "\n";
            return 2;
        }
        if (parse_file != "-" && config_path.empty()) {
            listing_config = config_for(parse_file);
            if (!listing_config) return 2;
        }
        Source src(parse_file, std::move(bytes));
        out << document_to_json(parse_document(src, listing_config->vocabularies()), src).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }

    const FixLevel fix_level = unsafe_fixes ? FixLevel::unsafe : FixLevel::safe;
    const bool fixing = fix || diff;
    if (paths.empty() && !stdin_filename.empty()) paths.push_back("-");   // --stdin-filename alone reads stdin
    std::ofstream output_stream;
    if (!output_file.empty()) {
        // Opening it empties it: never when it is a file to lint (`-o cable.txt cable.txt` would lose the cable) or
        // a cable (one in a directory to lint, or a slip of the keyboard). A report of an earlier run is written over.
        std::error_code ec;
        if (fs::is_regular_file(output_file, ec)) {
            std::string why;
            for (const std::string& p : paths)
                if (why.empty() && p != "-" && fs::equivalent(p, output_file, ec)) why = "is a file to lint (" + p + ")";
            // `-o X - < X`: standard input, read after the output file is opened, would be read empty.
            struct stat in_st {}, out_st {};
            const bool reads_stdin_too = std::find(paths.begin(), paths.end(), "-") != paths.end();
            const int in_fd = descriptor_of(in);
            if (why.empty() && reads_stdin_too && in_fd >= 0 && ::fstat(in_fd, &in_st) == 0 &&
                ::stat(output_file.c_str(), &out_st) == 0 && in_st.st_dev == out_st.st_dev && in_st.st_ino == out_st.st_ino)
                why = "is standard input, the file to lint";
            std::string bytes;
            if (why.empty() && read_start(output_file, bytes)) {
                const Source existing(output_file, std::move(bytes));
                if (parse_document(existing).recognisable()) why = "holds a cable";
            }
            if (!why.empty()) {
                err << "cablelint: the output file " << output_file << " " << why
                    << ": opening it would empty it; write the output elsewhere\n";
                return 2;
            }
        }
        output_stream.open(output_file, std::ios::binary | std::ios::trunc);
        if (!output_stream) {
            err << "cablelint: cannot write the output file " << output_file << ": " << std::strerror(errno) << "\n";
            return 2;
        }
    }
    std::ostream& stdout_ = output_file.empty() ? out : output_stream;
    if (paths.empty()) {
        err << "cablelint: no files to lint (name files or directories; - or --stdin-filename reads standard input)\n"
               "Run `cablelint --help` for usage.\n";
        return 2;
    }

    ConfigResolver resolver(config_path.empty() ? std::nullopt : std::optional<fs::path>(config_path), no_config);
    bool io_failed = false;
    // The walk gives the files one at a time as the workers ask (memory does not grow with the tree). The first
    // few are taken now: whether there is anything to lint, and how many threads are worth starting.
    InputWalk walk(paths, stdin_filename, resolver, force_exclude);
    if (!output_file.empty()) walk.leave_out(output_file);
    const bool stdin_left_out = walk.leaves_out_stdin();
    std::deque<Input> taken_early;
    while (taken_early.size() < jobs) {
        auto input = walk.next();
        if (!input) break;
        taken_early.push_back(std::move(*input));
    }
    if (stdin_left_out && fix) {
        // An editor that pipes the buffer through --fix gets it back unchanged.
        std::string unchanged;
        if (const std::string why = read_stdin(in, unchanged); !why.empty()) {
            err << "cablelint: " << why << "\n";
            return 2;
        }
        stdout_ << unchanged;
        stdout_.flush();
    }
    if (taken_early.empty()) {
        err << "cablelint: no files to lint: what was named is excluded (exclude:, --force-exclude), ignored "
               "(.gitignore, hidden directories) or not *.txt\n";
        // A machine format still writes its (empty) document: a CI step that uploads the SARIF or reads the JSON
        // gets one it can parse.
        const bool empty_document = format != "text" && !diff && write_baseline_path.empty() && !(fix && stdin_left_out);
        if (!empty_document) return 0;
    }
    const bool reads_stdin = !stdin_left_out && std::find(paths.begin(), paths.end(), "-") != paths.end();

    // Selectors must name a rule: of the built-in catalogue, or a custom rule of a config that applies. The configs
    // of the whole walk are looked for only when a selector is not a rule of the listing config (a nested config's
    // custom rule): that takes a walk of its own before linting.
    std::vector<std::shared_ptr<const Config>> configs{listing_config};
    bool walked_for_configs = false;
    auto rule_known = [&](const std::string& selector) {
        auto known_in = [&](const Config& c) {
            const auto& rules = c.catalogue().rules();
            return std::any_of(rules.begin(), rules.end(), [&](const auto& r) { return selector_matches(selector, r); });
        };
        if (std::any_of(configs.begin(), configs.end(), [&](const auto& c) { return known_in(*c); })) return true;
        if (walked_for_configs) return false;
        walked_for_configs = true;
        InputWalk all(paths, stdin_filename, resolver, force_exclude);
        while (auto input = all.next()) {
            try {
                auto c = resolver.for_file(input->file());
                if (std::find(configs.begin(), configs.end(), c) == configs.end()) configs.push_back(c);
            } catch (const ConfigError&) {
                // reported with the file
            }
        }
        return std::any_of(configs.begin(), configs.end(), [&](const auto& c) { return known_in(*c); });
    };
    Selection selection;
    selection.min_severity = *parse_severity(min_severity);
    // An empty --select would select every rule (its set empty): refused, as selecting nothing means nothing.
    if (app.get_option("--select")->count() > 0 && split_list(select).empty()) {
        err << "cablelint: --select names no rule (codes, names or code prefixes, comma-separated: --select D302,W1)\n";
        return 2;
    }
    for (auto* list : {&select, &ignore}) {
        for (const auto& s : split_list(*list)) {
            if (!rule_known(s)) {
                const std::string hint = listing_config->catalogue().suggest(s);
                err << "cablelint: unknown rule `" << s << "` in --" << (list == &select ? "select" : "ignore")
                    << (hint.empty() ? "" : " (did you mean " + hint + "?)") << "\n";
                return 2;
            }
            (list == &select ? selection.select : selection.ignore).insert(s);
        }
    }

    std::optional<Baseline> baseline, new_baseline;
    if (!write_baseline_path.empty()) {
        new_baseline.emplace(write_baseline_path);
    } else if (!baseline_path.empty()) {
        try {
            baseline = Baseline::load(baseline_path);
        } catch (const BaselineError& e) {
            err << "cablelint: " << e.what() << "\n";
            return 2;
        }
    }

    std::string stdin_bytes, stdin_error;   // an unreadable standard input is its file's error; the rest is linted
    if (reads_stdin) stdin_error = read_stdin(in, stdin_bytes);

    // --diff writes the diff on stdout and nothing else; --fix of standard input the fixed text. The findings then
    // go to stderr (--diff: a count only).
    const bool stdout_is_text = diff || (fix && reads_stdin);
    std::ostream& report_out = stdout_is_text ? err : stdout_;
    const bool use_color =
        color == "always" || (color == "auto" && ::isatty(stdout_is_text ? STDERR_FILENO : STDOUT_FILENO) &&
                              &report_out == (stdout_is_text ? &std::cerr : &std::cout));
    std::unique_ptr<Reporter> reporter;
    if (format == "json") reporter = make_json_reporter(report_out);
    else if (format == "sarif") reporter = make_sarif_reporter(report_out, listing_config->catalogue());
    else if (format == "github") reporter = make_github_reporter(report_out);
    else if (format == "html") {
        html.unsafe_fixes = unsafe_fixes;
        html.paths = paths;
        reporter = make_html_reporter(report_out, listing_config->catalogue(), html);
    }
    else reporter = make_text_reporter(report_out, TextOptions{use_color, quiet, unsafe_fixes});
    // Statistics must not break a JSON document, a diff or the fixed text on stdout.
    std::unique_ptr<Reporter> stats;
    if (statistics) stats = make_statistics_reporter(format == "json" || format == "sarif" || format == "html" || stdout_is_text ? err : stdout_, unsafe_fixes);
    // --diff prints the diffs; --write-baseline records the findings: neither reports them.
    const bool reporting = !diff && !new_baseline;
    // The workers render each file's part when the reporter can (a baseline filters the findings first, in order).
    const bool render_in_workers = reporting && !baseline && reporter->renders_files();

    // Lint in parallel; print in input order as results arrive, so output is the same whatever -j. The results wait
    // in a window of slots that the printer frees as it goes: a worker that runs a window ahead of the printer waits,
    // so memory does not grow with the number of files.
    // Fewer files than jobs: they were all taken early.
    const unsigned n_threads = static_cast<unsigned>(std::min<std::size_t>(jobs, taken_early.size()));
    const std::size_t window = std::max<std::size_t>(64, 32 * n_threads);
    std::vector<FileReport> results(window);
    std::vector<std::optional<Input>> result_inputs(window);
    std::vector<char> done(window, 0);
    std::mutex mutex;
    std::condition_variable ready, room;
    std::size_t awaited = SIZE_MAX;   // the file the printer waits for (guarded by mutex)
    std::size_t printed = 0;          // files printed so far (guarded by mutex)
    std::size_t waiting = 0;          // workers waiting for a free slot (guarded by mutex)
    std::size_t total = taken_early.empty() ? 0 : SIZE_MAX;   // how many files there are, once the walk has ended
                                                              // (guarded by mutex)
    // Once it has caught up, the printer sleeps until the file it waits for and the batch's last are both done, not
    // only the first: a wake-up at every file costs a context switch on cores that are busy running the workers.
    const std::size_t batch = 16;   // less than the window: the workers can always finish a batch
    auto batch_ready = [&](std::size_t i) {   // guarded by mutex
        if (i >= total) return true;
        return done[i % window] != 0 && done[(std::min(i + batch, total) - 1) % window] != 0;
    };
    std::mutex walk_mutex;
    std::size_t given = 0;            // files given to workers (guarded by walk_mutex)
    // The next file and its place in the output, or nothing (and the count is known) when the walk has ended.
    auto next_input = [&](std::size_t& i) -> std::optional<Input> {
        std::optional<Input> input;
        std::size_t count;
        {
            std::lock_guard<std::mutex> lock(walk_mutex);
            if (!taken_early.empty()) {
                input = std::move(taken_early.front());
                taken_early.pop_front();
            } else {
                input = walk.next();
            }
            i = given;
            if (input) ++given;
            count = given;
        }
        if (!input) {
            std::lock_guard<std::mutex> lock(mutex);
            total = count;
            ready.notify_one();
        }
        return input;
    };
    std::set<std::string> config_errors;   // each broken config is reported once, after the output
    auto worker = [&] {
        std::size_t i;
        for (std::optional<Input> taken = next_input(i); taken; taken = next_input(i)) {
            if (i >= window) {
                std::unique_lock<std::mutex> lock(mutex);
                ++waiting;
                room.wait(lock, [&] { return i < printed + window; });
                --waiting;
            }
            const Input& input = *taken;
            FileReport r;
            r.path = input.path;
            std::string bytes;
            const FileStamp stamp = fix && !input.from_stdin ? stamp_of(input.file()) : FileStamp{};
            if (!input.error().empty()) {
                r.error = input.error();
            } else if (input.from_stdin && !stdin_error.empty()) {
                r.error = stdin_error;
            } else if (input.from_stdin || [&] {
                           profile::Timer t(profile::Phase::read);
                           return read_all(input.file(), bytes, r.error);
                       }()) {
                if (input.from_stdin) bytes = stdin_bytes;
                try {
                    auto config = resolver.for_file(input.file());
                    // A file of a directory walk with no cable structure at all (a LICENSE, notes) is skipped with
                    // a note rather than failing the run; named on the command line, it is F908.
                    LintInfo info;
                    auto not_a_cable = [&] {
                        if (input.explicit_file || !r.source || !plainly_not_a_cable(info.cable, r.source->text())) return false;
                        r.skipped = "not a cable (no page wrapper, transmission header, banner, E.O., TAGS or "
                                    "SUBJECT line); name it on the command line to lint it anyway";
                        r.findings.clear();
                        r.diff.clear();
                        return true;
                    };
                    if (fixing) {
                        FixOutcome o = fix_source(input.file(), bytes, *config, selection, fix_level, &info);
                        r.source = std::move(o.source);
                        r.findings = std::move(o.remaining);
                        if (!not_a_cable()) {
                            if (diff && o.changed)
                                r.diff = file_diff(input.path, r.source->decoding().encoding, bytes, o.bytes);
                            if (fix && input.from_stdin) r.diff = o.changed ? std::move(o.bytes) : bytes;   // the fixed text
                            else if (fix && o.changed) r.unwritten = write_file_atomically(input.file(), o.bytes, stamp);
                            if (r.unwritten.empty()) {
                                r.fixed = o.fixed;
                            } else {   // the file is as it was: its findings are those of the text as read
                                r.source = std::make_unique<Source>(input.file(), std::move(bytes));
                                r.findings = lint(*r.source, *config, selection);
                            }
                        }
                    } else {
                        r.source = std::make_unique<Source>(input.file(), std::move(bytes));
                        r.findings = lint(*r.source, *config, selection, &info);
                        not_a_cable();
                    }
                    r.origin = std::move(info.origin);
                } catch (const ConfigError& e) {
                    std::error_code ec;
                    const fs::path cfg = e.file.empty() ? fs::path("config") : fs::proximate(e.file, ec);
                    r.error = "not linted: its configuration " + (ec ? e.file : cfg.string()) + " has an error";
                    r.source.reset();
                    std::lock_guard<std::mutex> lock(mutex);
                    config_errors.insert(config_error_text(e));
                }
            }
            if (render_in_workers) {
                profile::Timer t(profile::Phase::output);
                r.rendered = reporter->render(r);
            }
            std::lock_guard<std::mutex> lock(mutex);
            results[i % window] = std::move(r);
            result_inputs[i % window] = std::move(taken);
            done[i % window] = 1;
            if (awaited != SIZE_MAX && batch_ready(awaited)) ready.notify_one();   // only when its batch is ready
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < n_threads; ++t) pool.emplace_back(worker);

    Summary summary;
    std::size_t diff_files = 0;
    if (reporting) reporter->begin();
    for (std::size_t i = 0;; ++i) {
        FileReport r;
        std::optional<Input> input;
        {
            std::unique_lock<std::mutex> lock(mutex);
            if (done[i % window] == 0 && i < total) {   // files already done are printed without waiting
                awaited = i;
                ready.wait(lock, [&] { return batch_ready(i); });
                awaited = SIZE_MAX;
            }
            if (done[i % window] == 0) break;   // all printed
            r = std::move(results[i % window]);
            input = std::move(result_inputs[i % window]);
            done[i % window] = 0;
            printed = i + 1;
            if (waiting > 0) room.notify_all();
        }
        if (r.source && (baseline || new_baseline)) {
            const std::string key = (baseline ? *baseline : *new_baseline).key_of(input->file());
            if (new_baseline) new_baseline->record(key, *r.source, r.findings);
            if (new_baseline) r.findings.clear();
            else summary.baselined += baseline->filter(key, *r.source, r.findings);
        }
        ++summary.files;
        if (!r.skipped.empty()) ++summary.skipped;
        if (!r.error.empty()) {
            ++summary.unreadable;
            io_failed = true;
        }
        if (!r.unwritten.empty()) {
            ++summary.unwritten;
            io_failed = true;
        }
        for (const Finding& f : r.findings) {
            if (f.severity == Severity::error) ++summary.errors;
            if (f.severity == Severity::warning) ++summary.warnings;
            if (f.severity == Severity::info) ++summary.infos;
            if (applies(f, fix_level)) ++summary.fixable;
            else if (applies(f, FixLevel::unsafe)) ++summary.unsafe_fixable;
        }
        summary.fixed += r.fixed;
        if (r.fixed > 0) ++summary.fixed_files;
        if (!r.diff.empty()) {
            stdout_ << r.diff;
            ++diff_files;
        }
        profile::Timer output_timer(profile::Phase::output);
        if (stats) stats->file(r);
        if (reporting) reporter->file(r);
        else if (const std::string problem = r.problem(); !problem.empty()) err << "cablelint: " << r.path << ": " << problem << "\n";
    }
    for (auto& t : pool) t.join();
    if (baseline) summary.baseline_unmatched = baseline->unmatched();
    if (new_baseline) {
        std::ofstream file(write_baseline_path, std::ios::binary | std::ios::trunc);
        if (file) file << new_baseline->dump();
        file.close();
        if (!file) {
            err << "cablelint: cannot write the baseline " << write_baseline_path << ": " << std::strerror(errno) << "\n";
            return 2;
        }
        err << "cablelint: recorded " << new_baseline->recorded() << " findings of " << summary.files
            << (summary.files == 1 ? " file" : " files") << " in " << write_baseline_path << " (lint with --baseline "
            << write_baseline_path << " to report only new ones)\n";
    } else if (diff) {
        if (diff_files == 0) err << "cablelint: no fixes to apply\n";
        else err << "cablelint: " << summary.fixed << (summary.fixed == 1 ? " fix" : " fixes") << " in " << diff_files
                 << (diff_files == 1 ? " file" : " files") << " would be applied ("
                 << (unsafe_fixes ? "--fix --unsafe-fixes" : "--fix") << " applies them)\n";
        summary.fixed = 0;
    } else {
        reporter->end(summary);
    }
    if (stats) stats->end(summary);
    stdout_.flush();
    profile::print(err);
    for (const auto& e : config_errors) err << "cablelint: " << e << "\n";

    if (io_failed) return 2;
    if (diff) return diff_files > 0 ? 1 : 0;
    if (summary.errors > 0) return 1;
    if (max_warnings >= 0 && summary.warnings > static_cast<std::size_t>(max_warnings)) {
        err << "cablelint: " << summary.warnings << (summary.warnings == 1 ? " warning" : " warnings")
            << " (more than --max-warnings " << max_warnings << ")\n";
        return 1;
    }
    return 0;
}

}  // namespace cablelint
