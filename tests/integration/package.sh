#!/usr/bin/env bash
# Installing cablelint (issue 11): `cmake --install` and the Debian package from `cpack` each give a working
# `cablelint` with its man page, shell completions and documentation.
#   package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
src="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi; }
seed="$src/fixtures/seed/09ASTANA1366.txt"

# Every long option of --help is in each completion script (they are written by hand: this keeps them whole).
options="$("$build/cablelint" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u)"
for f in cablelint.bash _cablelint cablelint.fish; do
  missing=""
  for o in $options; do
    name="${o#--}"
    grep -qE -- "(--|-l )$name\b" "$src/completions/$f" || missing="$missing $o"
  done
  check "completions/$f has every option ($missing)" '[ -z "$missing" ]'
done
# The bash completion completes an option and a subcommand.
check "bash completes --form to --format" \
  '[ "$(bash -c "source $src/completions/cablelint.bash; COMP_WORDS=(cablelint --form); COMP_CWORD=1; _cablelint; echo \${COMPREPLY[*]}")" = --format ]'

# cmake --install into a prefix.
cmake --install "$build" --prefix "$work/prefix" > /dev/null
for f in bin/cablelint share/man/man1/cablelint.1 share/bash-completion/completions/cablelint \
         share/zsh/vendor-completions/_cablelint share/fish/vendor_completions.d/cablelint.fish \
         share/doc/cablelint/README.md share/doc/cablelint/docs/adoption.md share/doc/cablelint/docs/rules; do
  check "cmake --install puts $f" '[ -e "$work/prefix/$f" ]'
done
check "the installed binary names its version and commit" \
  '"$work/prefix/bin/cablelint" --version | grep -qE "^cablelint [0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-f]{12}"'
check "the installed binary lints the seed" \
  '"$work/prefix/bin/cablelint" --no-config -q "$seed" | grep -q "P801 paragraph-sequence"'
if command -v man > /dev/null; then
  MANWIDTH=200 man -l "$work/prefix/share/man/man1/cablelint.1" > "$work/man.txt" 2>/dev/null
  check "man cablelint shows the options and the rules" 'grep -q -- "--fix" "$work/man.txt" && grep -q "P801" "$work/man.txt"'
fi

# cpack: the Debian package.
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail=1; }
deb="$(ls "$work"/pkg/cablelint_*_*.deb 2>/dev/null | head -1)"
check "cpack builds cablelint_<version>_<arch>.deb ($(basename "${deb:-none}"))" '[ -n "$deb" ]'
if [ -n "$deb" ]; then
  dpkg-deb -I "$deb" > "$work/info.txt"
  cat "$work/info.txt"
  check "the package depends on the libraries it links" \
    'grep -q "^ Depends:.*libyaml-cpp" "$work/info.txt" && grep -q "^ Depends:.*libre2" "$work/info.txt" && grep -q "^ Depends:.*libstdc++6" "$work/info.txt"'
  dpkg-deb -c "$deb" > "$work/contents.txt"
  for f in ./usr/bin/cablelint ./usr/share/man/man1/cablelint.1 ./usr/share/bash-completion/completions/cablelint ./usr/share/doc/cablelint/README.md; do
    check "the package holds $f" 'grep -q " $f$" "$work/contents.txt"'
  done
  dpkg-deb -x "$deb" "$work/extracted"
  check "the packaged binary runs" '"$work/extracted/usr/bin/cablelint" --version | grep -q "^cablelint "'
  check "the packaged binary lints the seed" \
    '"$work/extracted/usr/bin/cablelint" --no-config -q "$seed" | grep -q "P801 paragraph-sequence"'
fi
exit $fail
