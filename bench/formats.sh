#!/usr/bin/env bash
# HTML beside plain text: the same reports checked as .txt and as portal pages, per input byte.
#
#   VERDICT=build/cli/verdict bench/formats.sh        (BENCH_CPU=1: CPU seconds, not wall clock;
#                                                      BENCH_IR=1: instructions, with valgrind)
#
# Takes the first N (default 2000) UTF-8 documents of the text corpus (bench/out/corpus, made
# by bench/run.sh or bench/make_corpus.py), also as GB18030 text, wraps each into a portal page
# with runtime/read/html/testdata/make_html.py (UTF-8 and GBK-declared), then times `verdict
# check` over the sets in turn, RUNS rounds (default 3), and prints the best MB/s of input and
# the HTML/text ratios of seconds per input byte. Single-threaded, like verdict today.
set -uo pipefail

cd "$(dirname "$0")/.." || exit 2
VERDICT=${VERDICT:-build/cli/verdict}
RULES=${RULES:-rules/fazhi_annual_report.rules}
CORPUS=${CORPUS:-bench/out/corpus}
N=${N:-2000}
RUNS=${RUNS:-3}
OUT=bench/out/formats

die() { echo "bench: $*" >&2; exit 2; }
[ -x "$VERDICT" ] || die "no verdict binary at $VERDICT"
[ -f "$CORPUS/.manifest.tsv" ] || die "no corpus in $CORPUS (run bench/run.sh first)"

if [ ! -f "$OUT/.done-$N" ]; then
  rm -rf "$OUT" && mkdir -p "$OUT/txt" "$OUT/txt-gb18030" "$OUT/html-utf8" "$OUT/html-gbk"
  echo "bench: converting $N documents to HTML"
  # One Python process for all conversions (one per file took minutes for 2,000 documents).
  awk -F'\t' -v n="$N" 'NR > 1 && $5 != "gb18030" {print $1; if (++c >= n) exit}' \
    "$CORPUS/.manifest.tsv" |
  python3 -c '
import importlib.util, os, sys
corpus, out, script = sys.argv[1:4]
spec = importlib.util.spec_from_file_location("make_html", script)
make_html = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_html)
for rel in sys.stdin.read().split():
    name = rel.replace("/", "_")
    stem = name[:-4] if name.endswith(".txt") else name
    raw = open(os.path.join(corpus, rel), "rb").read()
    open(os.path.join(out, "txt", name), "wb").write(raw)
    text = raw.decode("utf-8-sig")
    open(os.path.join(out, "txt-gb18030", name), "wb").write(text.encode("gb18030"))
    open(os.path.join(out, "html-utf8", stem + ".html"), "wb").write(make_html.convert(raw, "utf-8"))
    open(os.path.join(out, "html-gbk", stem + ".html"), "wb").write(make_html.convert(raw, "gbk"))
' "$CORPUS" "$OUT" runtime/read/html/testdata/make_html.py || die "converting the documents failed"
  touch "$OUT/.done-$N"
fi

time_once() {  # time_once DIR: seconds of one run over DIR (wall clock, or CPU with BENCH_CPU=1)
  if [ "${BENCH_IR:-0}" = 1 ]; then
    # Billions of instructions (valgrind's callgrind count): the same on every run, so changes
    # can be compared on a VM whose speed drifts; about 50 times slower than a plain run.
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      "$VERDICT" check -q --color never --rules "$RULES" "$1" > /dev/null 2> "$OUT/.ir"
    grep -o 'Collected : [0-9]*' "$OUT/.ir" | awk '{printf "%.4f", $3 / 1e9}'
    return
  fi
  if [ "${BENCH_CPU:-0}" = 1 ]; then
    # User + system CPU seconds: steadier than wall clock on a shared VM.
    /usr/bin/time -o "$OUT/.time" -f '%U %S' \
      "$VERDICT" check -q --color never --rules "$RULES" "$1" > /dev/null 2>&1
    [ $? -le 1 ] || die "verdict failed on $1"
    tail -n 1 "$OUT/.time" | awk '{printf "%.3f", $1 + $2}'
    return
  fi
  local start end
  start=$(date +%s.%N)
  "$VERDICT" check -q --color never --rules "$RULES" "$1" > /dev/null
  [ $? -le 1 ] || die "verdict failed on $1"
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}'
}

# The sets are timed in turn within each round, RUNS rounds, and each keeps its best time:
# the VM's speed drifts over minutes, and timing one set after another would put the drift
# into the ratios.
SETS=(empty txt html-utf8 txt-gb18030 html-gbk)
mkdir -p "$OUT/empty"
if [ "${BENCH_IR:-0}" = 1 ]; then
  command -v valgrind > /dev/null || die "BENCH_IR=1 needs valgrind (apt-get install valgrind)"
  RUNS=1  # instruction counts do not drift
fi
declare -A best
for _ in $(seq "$RUNS"); do
  for set in "${SETS[@]}"; do
    t=$(time_once "$OUT/$set")
    if [ -z "${best[$set]:-}" ] || awk -v t="$t" -v b="${best[$set]}" 'BEGIN {exit !(t < b)}'; then
      best[$set]=$t
    fi
  done
done

# The fixed start-up (loading the rule set and its matcher database) is the best time on an
# empty folder, taken off, so the figures compare the cost per input byte.
startup=${best[empty]}
clock="wall-clock seconds"; unit=s; rate_unit=MB/s
[ "${BENCH_CPU:-0}" = 1 ] && clock="CPU (user+sys) seconds"
if [ "${BENCH_IR:-0}" = 1 ]; then clock="billions of instructions (Gi)"; unit=Gi; rate_unit=MB/Gi; fi
echo "machine: $(nproc) cores (nproc); verdict single-threaded; $RUNS rounds, $clock;" \
  "start-up ${startup} $unit (subtracted)"
printf '| input | files | MB | best %s | %s | %s per MB vs UTF-8 text | vs text in the same encoding |\n' \
  "$unit" "$rate_unit" "$unit"
printf '|---|---:|---:|---:|---:|---:|---:|\n'
declare -A rate_of
for set in txt html-utf8 txt-gb18030 html-gbk; do
  dir="$OUT/$set"
  [ -d "$dir" ] || die "missing $dir (delete $OUT/.done-$N to remake the sets)"
  files=$(find "$dir" -type f | wc -l)
  bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
  secs=$(awk -v s="${best[$set]}" -v z="$startup" 'BEGIN {printf "%.3f", s - z}')
  rate=$(awk -v b="$bytes" -v s="$secs" 'BEGIN {printf "%.1f", b / 1e6 / s}')
  rate_of[$set]=$rate
  # GBK pages hold two bytes per hanzi where UTF-8 holds three, so per input byte they are
  # also compared with the same reports as GB18030 text.
  same=txt
  case $set in txt-gb18030 | html-gbk) same=txt-gb18030 ;; esac
  ratio=$(awk -v t="${rate_of[txt]}" -v r="$rate" 'BEGIN {printf "%.2f", t / r}')
  ratio_same=$(awk -v t="${rate_of[$same]}" -v r="$rate" 'BEGIN {printf "%.2f", t / r}')
  printf '| %s | %s | %.1f | %s | %s | %sx | %sx |\n' "$set" "$files" \
    "$(awk -v b="$bytes" 'BEGIN {print b / 1e6}')" "$secs" "$rate" "$ratio" "$ratio_same"
done
