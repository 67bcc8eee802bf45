#!/usr/bin/env bash
# Runs real Neovim (Debian package, headless, built-in LSP client) against `cablelint lsp`: see neovim.lua.
#   neovim.sh CABLELINT_BINARY REPO_ROOT
set -euo pipefail
bin="$1"
root="$2"
command -v nvim >/dev/null || { echo "neovim.sh: nvim is missing: run scripts/install-deps" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A custom rule in the document's own directory: the server must find .cablelint.yaml from the document's path.
cat > "$work/.cablelint.yaml" <<'YAML'
custom-rules:
  - {code: X001, name: no-marker, kind: forbidden, pattern: 'XXBADXX', severity: error, message: "test marker {value}"}
YAML
# The seed with a line of non-ASCII text (é, «», and U+1D11E, two UTF-16 units) before the defect.
# It replaces line 66, so line numbers stay those of the seed.
awk 'NR == 66 { print "Café «résumé» 𝄞 XXBADXX here."; next } { print }' "$root/fixtures/seed/09ASTANA1366.txt" > "$work/cable.txt"
CABLELINT_BIN="$bin" CABLELINT_CABLE="$work/cable.txt" timeout 120 \
  nvim --headless -u NONE -i NONE -n -c "luafile $root/tests/integration/neovim.lua"
