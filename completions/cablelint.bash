# bash completion for cablelint (installed to share/bash-completion/completions/cablelint).
# tests/integration/package.sh checks that every option of `cablelint --help` is here.
_cablelint() {
    local cur prev
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    case "$prev" in
        --format) COMPREPLY=($(compgen -W "text json sarif github html" -- "$cur")); return ;;
        --min-severity) COMPREPLY=($(compgen -W "info warning error" -- "$cur")); return ;;
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --select|--ignore|rule)
            COMPREPLY=($(compgen -W "$(cablelint rules 2>/dev/null | awk 'NR > 1 && /^[A-Z][0-9]/ {print $1, $2}')" -- "$cur"))
            return ;;
        -j|--jobs|--max-warnings|--html-max-findings) return ;;
        --config|--baseline|--write-baseline|--show-settings|-o|--output-file|--stdin-filename|parse)
            COMPREPLY=($(compgen -f -- "$cur")); return ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "-h --help --version --format --statistics --select --ignore --min-severity --config
            --no-config -j --jobs --max-warnings --html-max-findings --color -q --quiet --stdin-filename --fix --unsafe-fixes --baseline
            --write-baseline --diff --force-exclude --show-settings -o --output-file" -- "$cur"))
        return
    fi
    if [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W "rules rule parse lsp" -- "$cur") $(compgen -f -- "$cur"))
        return
    fi
    COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _cablelint cablelint
