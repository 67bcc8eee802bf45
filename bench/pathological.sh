#!/usr/bin/env bash
# Inputs that once took quadratic time or memory (issue 13), at full size and at twice that: each line prints the
# time of both, so a ratio near 2 means linear and near 4 quadratic. Prints numbers; asserts nothing.
#   bench/pathological.sh [SIZE]      (default 640000)
#   CABLELINT_BIN=build/cablelint bench/pathological.sh    (time that binary instead of building a Release one)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
size="${1:-640000}"
bin="${CABLELINT_BIN:-}"
if [ -z "$bin" ]; then
  cmake -S "$root" -B "$root/build-release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  cmake --build "$root/build-release" --target cablelint >/dev/null
  bin="$root/build-release/cablelint"
fi
seed="$root/fixtures/seed/09ASTANA1366.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

make_case() {   # make_case NAME N → $work/NAME-N.txt
  python3 - "$seed" "$1" "$2" "$work/$1-$2.txt" <<'PY'
import sys
seed, name, n, out = open(sys.argv[1]).read(), sys.argv[2], int(sys.argv[3]), sys.argv[4]
sp = ' ' * n
cases = {
    'spaces-in-text': lambda: seed.replace('The Ambassador congratulated', 'The' + sp + 'Ambassador congratulated'),
    'spaces-in-eo': lambda: seed.replace('DECL: 08/10/2019', 'DECL: 08/10/2019 X' + sp + 'Y'),
    'spaces-in-subject': lambda: seed.replace('SUBJECT: KAZAKHSTAN:', 'SUBJECT: KAZAKHSTAN:' + sp),
    'spaces-in-to': lambda: seed.replace('TO RUEHC/SECSTATE WASHDC', 'TO RUEHC/SECSTATE' + sp + 'WASHDC'),
    'tags': lambda: seed.replace('TAGS: PGOV PREL PINR MARR RS KZ',
                                 'TAGS: PGOV PREL ' + ' '.join('PG%02d' % (i % 100) for i in range(n // 16))),
    'page-markers': lambda: seed.replace('\n2. (C)', ''.join('\nASTANA 00001366 002 OF 003\n' for _ in range(n // 64)) + '\n2. (C)', 1),
    'control-characters': lambda: seed + '\n' + '\x01' * (n // 16) + '\n',
    # One long line with a page marker's serial at its end, and one of END closers: each word looked to the end of the
    # line for a serial (found by review).
    'words-then-serial': lambda: seed.replace('\n2. (C)', '\n' + 'a ' * (n // 2) + '12345678\n2. (C)', 1),
    'end-closers': lambda: seed.replace('\n2. (C)', '\n' + 'END SUMMARY ' * (n // 12) + '\n2. (C)', 1),
}
open(out, 'w').write(cases[name]())
PY
}

now() { date +%s.%N; }
printf '%-20s %10s %10s %10s %10s\n' case N "time" 2N "time"
for name in spaces-in-text spaces-in-eo spaces-in-subject spaces-in-to tags page-markers control-characters \
            words-then-serial end-closers; do
  times=()
  for n in "$size" $((size * 2)); do
    make_case "$name" "$n"
    t0=$(now); "$bin" --no-config "$work/$name-$n.txt" > /dev/null 2>&1 || true; t1=$(now)
    times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f s", b - a }')")
  done
  printf '%-20s %10s %10s %10s %10s\n' "$name" "$size" "${times[0]}" $((size * 2)) "${times[1]}"
done

# N custom rules in a config (N = SIZE / 64): loading looks each rule up in the catalogue.
times=()
rules=$((size / 64))
for n in "$rules" $((rules * 2)); do
  python3 - "$n" "$work/custom-$n.yaml" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
with open(out, 'w') as f:
    f.write('custom-rules:\n')
    for i in range(n):
        f.write('  - {code: X%d, name: rule-%d, kind: required, field: tags}\n' % (100000 + i, i))
PY
  t0=$(now); "$bin" --config "$work/custom-$n.yaml" "$seed" > /dev/null 2>&1 || true; t1=$(now)
  times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f s", b - a }')")
done
printf '%-20s %10s %10s %10s %10s\n' custom-rules "$rules" "${times[0]}" $((rules * 2)) "${times[1]}"
