#!/usr/bin/env bash
# Throughput benchmark for `verdict check` (see bench/README.md).
#
#   VERDICT=build/cli/verdict bench/run.sh
#
# Builds nothing. Makes the corpus in bench/out/corpus when it is missing (bench/make_corpus.py),
# then times `verdict check` over it RUNS times (default 3) for the JSON and for the quiet text
# output, and prints the best documents/s and MB/s of each. verdict is single-threaded, so this
# is one core's figure; `nproc` is printed for the record. When ripgrep is available, it times
# rg -j1 over the same files with the rule pack's patterns, for a sense of the matcher's share.
#
# Environment: VERDICT (binary, default build/cli/verdict), RULES (default
# rules/fazhi_annual_report.rules), CORPUS (default bench/out/corpus), RUNS (default 3),
# BENCH_DOCS (documents when the corpus is made, default 10000), BENCH_NO_INSTALL=1 (never try
# `apt-get install ripgrep`), BENCH_TIMER=bash (time with the bash builtin, not /usr/bin/time).
set -uo pipefail

cd "$(dirname "$0")/.." || exit 2
VERDICT=${VERDICT:-build/cli/verdict}
RULES=${RULES:-rules/fazhi_annual_report.rules}
CORPUS=${CORPUS:-bench/out/corpus}
RUNS=${RUNS:-3}
OUT=bench/out

die() { echo "bench: $*" >&2; exit 2; }

[ -x "$VERDICT" ] || die "no verdict binary at $VERDICT (build it, or set VERDICT=path)"
[ -f "$RULES" ] || die "no rule file $RULES"
mkdir -p "$OUT"

if [ ! -f "$CORPUS/.manifest.tsv" ]; then
  echo "bench: making the corpus in $CORPUS"
  python3 bench/make_corpus.py "$CORPUS" --docs "${BENCH_DOCS:-10000}" || die "make_corpus failed"
fi

DOCS=$(find "$CORPUS" -type f -name '*.txt' | wc -l)
BYTES=$(find "$CORPUS" -type f -name '*.txt' -printf '%s\n' | awk '{s += $1} END {printf "%d", s}')
[ "$DOCS" -gt 0 ] || die "no documents in $CORPUS"
GB=$(awk -F'\t' 'NR > 1 && $5 == "gb18030" {n++} END {print n + 0}' "$CORPUS/.manifest.tsv")

echo "machine:  $(nproc) cores (nproc), $(uname -m), verdict single-threaded"
echo "binary:   $VERDICT ($("$VERDICT" --version 2>/dev/null || echo '?'))"
echo "corpus:   $CORPUS: $DOCS documents ($GB GB18030), $(awk -v b="$BYTES" 'BEGIN {printf "%.1f MB", b / 1e6}')"
echo

# time_run LABEL CMD...: runs CMD (stdout to /dev/null) RUNS times; prints each run and the best.
# Exit status 0 (compliant / warnings) and 1 (some document non-compliant) are both success;
# 2 (a document could not be read) is reported but timed; anything else aborts.
time_run() {
  local label=$1; shift
  local best="" best_rss="" i status secs rss tf="$OUT/time.$$" ef="$OUT/stderr.$$"
  echo "$label: $*"
  for ((i = 1; i <= RUNS; i++)); do
    if [ -x /usr/bin/time ] && [ "${BENCH_TIMER:-}" != bash ]; then
      /usr/bin/time -f '%e %M' -o "$tf" "$@" >/dev/null 2>"$ef"
      status=$?
      read -r secs rss < <(tail -n 1 "$tf")  # GNU time adds "Command exited with ..." first
    else
      local TIMEFORMAT='%R'
      { time "$@" >/dev/null 2>"$ef"; } 2>"$tf"
      status=$?
      secs=$(tail -n 1 "$tf"); rss="?"
    fi
    if [ "$status" -ge 3 ] || [ "$status" -lt 0 ]; then
      echo "  run $i: exit status $status; stderr:" >&2
      tail -n 20 "$ef" >&2
      rm -f "$tf" "$ef"
      return 1
    fi
    [ "$status" -eq 2 ] && echo "  run $i: exit status 2 (some document could not be read): $(head -c 300 "$ef")"
    printf '  run %d: %6.2f s  max RSS %s KB  (exit %d)\n' "$i" "$secs" "$rss" "$status"
    if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN {exit !(a < b)}'; then
      best=$secs; best_rss=$rss
    fi
  done
  rm -f "$tf" "$ef"
  awk -v d="$DOCS" -v b="$BYTES" -v t="$best" -v r="$best_rss" -v l="$label" 'BEGIN {
    if (t <= 0) t = 0.01
    printf "  best: %.2f s  %.0f docs/s  %.1f MB/s  (max RSS %s KB)\n\n", t, d / t, b / 1e6 / t, r
  }'
  RESULTS+=("$(awk -v d="$DOCS" -v b="$BYTES" -v t="$best" -v l="$label" 'BEGIN {
    if (t <= 0) t = 0.01
    printf "| %s | %.2f | %.0f | %.1f |", l, t, d / t, b / 1e6 / t }')")
}

RESULTS=()
time_run "check --format json" "$VERDICT" check --rules "$RULES" --format json "$CORPUS" || exit 2
time_run "check --format text -q" "$VERDICT" check --rules "$RULES" --format text -q "$CORPUS" || exit 2

# ---------------------------------------------------------------- the matcher alone, via ripgrep
if ! command -v rg >/dev/null 2>&1 && [ "${BENCH_NO_INSTALL:-0}" != 1 ] && [ "$(id -u)" -eq 0 ] &&
   command -v apt-get >/dev/null 2>&1; then
  echo "bench: ripgrep not found; trying apt-get install -y ripgrep"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ripgrep >/dev/null 2>&1 ||
    echo "bench: could not install ripgrep; skipping the matcher comparison"
fi
if command -v rg >/dev/null 2>&1; then
  # The pack's patterns (and the imported common/*.rules): "literals" and /regexes/.
  python3 - "$RULES" "$OUT/patterns.literal" "$OUT/patterns.all" <<'EOF'
import os, re, sys
rules, lit_out, all_out = sys.argv[1:]
files = [rules]
src = open(rules, encoding="utf-8").read()
for imp in re.findall(r'^import\s+"([^"]+)"', src, re.M):
    files.append(os.path.join(os.path.dirname(rules), imp))
literals, regexes = {}, {}
for f in files:
    in_pattern = False
    for line in open(f, encoding="utf-8"):
        s = line.strip()
        if s.startswith("pattern "):
            in_pattern = True
            s = s.split("=", 1)[1]
        elif not (in_pattern and s.startswith("|")):
            in_pattern = False
            continue
        literals.update(dict.fromkeys(re.findall(r'"([^"]+)"', s)))
        regexes.update(dict.fromkeys(re.findall(r'/((?:[^/\\]|\\.)+)/', s)))
open(lit_out, "w", encoding="utf-8").write("".join(l + "\n" for l in literals))
open(all_out, "w", encoding="utf-8").write(
    "".join(re.escape(l) + "\n" for l in literals) + "".join(r + "\n" for r in regexes))
EOF
  echo "ripgrep: $(rg --version | head -n 1); $(wc -l <"$OUT/patterns.literal") literal patterns," \
       "$(wc -l <"$OUT/patterns.all") patterns with the regexes (GB18030 files are searched as bytes)"
  time_run "rg -j1 literals" rg -j1 --no-messages --count-matches -F -f "$OUT/patterns.literal" "$CORPUS"
  time_run "rg -j1 all patterns" rg -j1 --no-messages --count-matches -f "$OUT/patterns.all" "$CORPUS"
else
  echo "ripgrep: not installed; matcher comparison skipped"
  echo
fi

echo "| run | best s | docs/s | MB/s |"
echo "|---|---:|---:|---:|"
printf '%s\n' "${RESULTS[@]}"
