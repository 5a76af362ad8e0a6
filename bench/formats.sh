#!/usr/bin/env bash
# HTML beside plain text: the same reports checked as .txt and as portal pages, per input byte.
#
#   VERDICT=build/cli/verdict bench/formats.sh
#
# Takes the first N (default 2000) UTF-8 documents of the text corpus (bench/out/corpus, made by
# bench/run.sh or bench/make_corpus.py), also as GB18030 text, wraps each into a portal page with
# runtime/read/html/testdata/make_html.py (UTF-8 and GBK-declared), then times `verdict check`
# over each set RUNS times (default 3) and prints the best MB/s of input and the HTML/text
# ratios of seconds per input byte. Single-threaded, like verdict today.
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
  awk -F'\t' 'NR > 1 && $5 != "gb18030" {print $1}' "$CORPUS/.manifest.tsv" | head -n "$N" |
  while read -r rel; do
    name=$(echo "$rel" | tr '/' '_')
    cp "$CORPUS/$rel" "$OUT/txt/$name"
    python3 -c 'import sys; open(sys.argv[2], "wb").write(open(sys.argv[1], encoding="utf-8").read().encode("gb18030"))' \
      "$CORPUS/$rel" "$OUT/txt-gb18030/$name" || die "GB18030 conversion failed on $rel"
    python3 runtime/read/html/testdata/make_html.py "$CORPUS/$rel" "$OUT/html-utf8/${name%.txt}.html" --encoding utf-8 || die "make_html failed on $rel"
    python3 runtime/read/html/testdata/make_html.py "$CORPUS/$rel" "$OUT/html-gbk/${name%.txt}.html" --encoding gbk || die "make_html failed on $rel"
  done
  touch "$OUT/.done-$N"
fi

best_of() {  # best_of DIR: prints the best wall-clock seconds of RUNS runs
  local dir=$1 best="" t
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s.%N)
    "$VERDICT" check -q --color never --rules "$RULES" "$dir" > /dev/null
    [ $? -le 1 ] || die "verdict failed on $dir"
    end=$(date +%s.%N)
    t=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN {exit !(t < b)}'; then best=$t; fi
  done
  echo "$best"
}

# The fixed start-up (compiling the rule file into the matcher database) is timed on an empty
# folder and taken off, so the figures compare the cost per input byte.
mkdir -p "$OUT/empty"
startup=$(best_of "$OUT/empty")
echo "machine: $(nproc) cores (nproc); verdict single-threaded; start-up ${startup} s (subtracted)"
printf '| input | files | MB | best s | MB/s | s per MB vs UTF-8 text | vs text in the same encoding |\n'
printf '|---|---:|---:|---:|---:|---:|---:|\n'
declare -A rate_of
for set in txt html-utf8 txt-gb18030 html-gbk; do
  dir="$OUT/$set"
  [ -d "$dir" ] || die "missing $dir (delete $OUT/.done-$N to remake the sets)"
  files=$(find "$dir" -type f | wc -l)
  bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
  secs=$(best_of "$dir")
  secs=$(awk -v s="$secs" -v z="$startup" 'BEGIN {printf "%.3f", s - z}')
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
