#!/usr/bin/env python3
"""Builds a synthetic corpus of 法治政府建设年度报告 for benchmarking `verdict check`.

    bench/make_corpus.py OUT_DIR [--docs N] [--seeds DIR] [--avg-kb K] [--seed S]

Each document is one of the seed reports, varied:
  * the report year y (read from the title) becomes a random y' in 2016..2024; every mention
    of y becomes y' and every mention of y+1 becomes y'+1, so a plan year that was y+1 stays
    one after the report year and publication dates move with the report (other years stay);
  * the issuing body named in the title is replaced everywhere by a generated name
    (青山区第17局 ...);
  * inside each top-level section (一、 二、 ...) the unnumbered paragraphs are shuffled, and
    lines of the section are duplicated within it until the document reaches a size drawn
    around --avg-kb (seeds larger than the drawn size are kept whole);
  * 10% of the documents are written in GB18030, the rest in UTF-8.
The output is deterministic for a given seed set and --seed. Documents go to OUT_DIR/dNN/
(1000 per folder); OUT_DIR/.manifest.tsv lists them (hidden, so `verdict check` skips it).
Only the Python standard library is used.
"""

import argparse
import glob
import os
import random
import re
import shutil
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SEEDS = os.path.join(os.path.dirname(REPO), "shared", "corpus", "seeds")
FALLBACK_SEEDS = os.path.join(REPO, "examples")
MANIFEST = ".manifest.tsv"
PER_FOLDER = 1000
GB18030_SHARE = 0.10
YEARS = range(2016, 2025)

YEAR_RE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")
TITLE_YEAR_RE = re.compile(r"((?:19|20)[0-9]{2}) ?年")
# Top-level headings 一、 … 二十、, in full-width or ASCII form.
TOP_HEADING_RE = re.compile(r"^\s*[一二三四五六七八九十]{1,3}[、，,]")
# Any numbered line: 一、 (一) （一） 1. 1、 (1) （1） 第一部分.
NUMBERED_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、，,]|[(（][一二三四五六七八九十0-9]{1,3}[)）]"
    r"|[0-9]{1,2}[.．、](?![0-9])|第[一二三四五六七八九十]{1,3}(?:部分|章))"
)
ISSUER_SUFFIXES = ("局", "分局", "委员会", "办公室", "政府", "镇", "乡", "街道", "新区", "区", "县",
                   "市", "厅", "委", "办", "院", "中心", "所", "队")

PLACES = ["青山", "云溪", "柳河", "白沙", "东湖", "南江", "西岭", "北塘", "石门", "清水", "长宁",
          "安平", "兴和", "永丰", "桂川", "松阳", "临江", "凤鸣", "金坪", "玉泉", "高桥", "新渡"]
LEVELS = ["区", "县", "市", "镇"]


def read_seed(path):
    """Returns the seed's text (UTF-8 only; BOM and CR removed) or None if not UTF-8."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def find_title(lines):
    """Index of the title line: the first of the opening lines naming a year and 报告."""
    for i, line in enumerate(lines[:15]):
        if "报告" in line and TITLE_YEAR_RE.search(line) and "_" not in line:
            return i
    for i, line in enumerate(lines[:15]):
        if "报告" in line and TITLE_YEAR_RE.search(line):
            return i
    return None


def find_issuer(title):
    """The issuing body in a title: before 关于 or the year, or in trailing parentheses."""
    title = title.strip()
    m = re.search(r"[(（]([^()（）]{2,20})[)）]\s*$", title)
    if m:
        return m.group(1)
    cut = len(title)
    for marker in ("关于",):
        at = title.find(marker)
        if at > 0:
            cut = min(cut, at)
    m = TITLE_YEAR_RE.search(title)
    if m and m.start() > 0:
        cut = min(cut, m.start())
    issuer = title[:cut].strip()
    if len(issuer) >= 2 and issuer.endswith(ISSUER_SUFFIXES):
        return issuer
    return None


class Seed:
    def __init__(self, name, text):
        self.name = name
        lines = text.split("\n")
        t = find_title(lines)
        if t is None:
            raise ValueError("no title with a year and 报告 in the first lines")
        self.year = int(TITLE_YEAR_RE.search(lines[t]).group(1))
        self.issuer = find_issuer(lines[t])
        # Header: up to the first top-level heading after the title.
        first = next((i for i in range(t + 1, len(lines)) if TOP_HEADING_RE.match(lines[i])), None)
        if first is None:
            # No 一、 headings: the body starts after the first paragraph-sized line.
            first = next((i for i in range(t + 1, len(lines)) if len(lines[i].strip()) > 60),
                         len(lines))
        # Footer: trailing chrome (short lines without a full stop).
        end = len(lines)
        while end > first and (not lines[end - 1].strip() or
                               (len(lines[end - 1].strip()) < 30 and
                                not lines[end - 1].rstrip().endswith("。"))):
            end -= 1
        self.header = lines[:first]
        self.footer = lines[end:]
        # Sections: [heading line or None, [body lines]].
        self.sections = []
        for line in lines[first:end]:
            if TOP_HEADING_RE.match(line) or not self.sections:
                if TOP_HEADING_RE.match(line):
                    self.sections.append([line, []])
                else:
                    self.sections.append([None, [line]])
            else:
                self.sections[-1][1].append(line)


def generated_issuer(rng, n):
    return "%s%s第%d局" % (rng.choice(PLACES), rng.choice(LEVELS), n)


def vary(seed, rng, doc_no, target_bytes, encoding):
    new_year = rng.choice(YEARS)
    delta = new_year - seed.year
    shift = {seed.year: seed.year + delta, seed.year + 1: seed.year + 1 + delta}

    def years(s):
        return YEAR_RE.sub(lambda m: str(shift.get(int(m.group(1)), int(m.group(1)))), s)

    issuer = generated_issuer(rng, doc_no % 997 + 1)

    def names(s):
        return s.replace(seed.issuer, issuer) if seed.issuer else s

    def fix(s):
        return names(years(s))

    sections = []
    for heading, body in seed.sections:
        body = [l for l in body if l.strip()]
        # Shuffle the unnumbered paragraphs among their own slots; numbered lines stay put.
        slots = [i for i, l in enumerate(body) if not NUMBERED_RE.match(l)]
        free = [body[i] for i in slots]
        rng.shuffle(free)
        for i, l in zip(slots, free):
            body[i] = l
        sections.append([heading, body])

    def render():
        out = list(seed.header)
        for heading, body in sections:
            if heading is not None:
                out.append(heading)
                out.append("")
            for l in body:
                out.append(l)
                out.append("")
        out.extend(seed.footer)
        return fix("\n".join(out)) + "\n"

    text = render()
    size = len(text.encode(encoding))
    pool = [(k, i) for k, (_, body) in enumerate(sections) for i in range(len(body))]
    while size < target_bytes and pool:
        k, i = rng.choice(pool)
        line = sections[k][1][i]
        at = rng.randint(i, len(sections[k][1]))
        sections[k][1].insert(at, line)
        pool = [(kk, ii) for kk, (_, body) in enumerate(sections) for ii in range(len(body))]
        size += len(fix(line + "\n\n").encode(encoding))
    text = render()
    return text, new_year, issuer


def prepare_out(out_dir):
    if os.path.isdir(out_dir) and os.listdir(out_dir):
        if not os.path.exists(os.path.join(out_dir, MANIFEST)):
            sys.exit("make_corpus: %s exists and is not a corpus made by this script" % out_dir)
        for entry in os.listdir(out_dir):
            p = os.path.join(out_dir, entry)
            if entry == MANIFEST:
                os.remove(p)
            elif re.fullmatch(r"d[0-9]{2,}", entry) and os.path.isdir(p):
                shutil.rmtree(p)
    os.makedirs(out_dir, exist_ok=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--docs", type=int, default=10000, help="number of documents (10000)")
    ap.add_argument("--seeds", default=None, help="folder of seed reports (*.txt, UTF-8)")
    ap.add_argument("--avg-kb", type=float, default=10.0,
                    help="mean of the drawn document sizes in KB of 1000 bytes (10.0)")
    ap.add_argument("--seed", type=int, default=20250401, help="random seed (20250401)")
    args = ap.parse_args()

    seeds_dir = args.seeds
    if seeds_dir is None:
        seeds_dir = DEFAULT_SEEDS
        if not glob.glob(os.path.join(seeds_dir, "*.txt")):
            print("make_corpus: no seeds in %s; falling back to the UTF-8 reports in %s"
                  % (seeds_dir, FALLBACK_SEEDS), file=sys.stderr)
            seeds_dir = FALLBACK_SEEDS
    seeds = []
    for path in sorted(glob.glob(os.path.join(seeds_dir, "*.txt"))):
        text = read_seed(path)
        if text is None:
            print("make_corpus: skipping %s (not UTF-8)" % path, file=sys.stderr)
            continue
        try:
            seeds.append(Seed(os.path.basename(path), text))
        except ValueError as e:
            print("make_corpus: skipping %s (%s)" % (path, e), file=sys.stderr)
    if not seeds:
        sys.exit("make_corpus: no usable seed reports in %s" % seeds_dir)
    for s in seeds:
        if s.issuer is None:
            print("make_corpus: %s: no issuing body found in the title; names kept" % s.name,
                  file=sys.stderr)

    prepare_out(args.out_dir)
    rng = random.Random(args.seed)
    mean = args.avg_kb * 1000
    total = 0
    gb = 0
    rows = []
    for n in range(args.docs):
        seed = seeds[n % len(seeds)] if n < len(seeds) else rng.choice(seeds)
        encoding = "gb18030" if rng.random() < GB18030_SHARE else "utf-8"
        target = int(rng.uniform(0.6 * mean, 1.4 * mean))
        text, year, issuer = vary(seed, rng, n, target, encoding)
        data = text.encode(encoding)
        folder = os.path.join(args.out_dir, "d%02d" % (n // PER_FOLDER))
        os.makedirs(folder, exist_ok=True)
        name = "r%05d_%d_%s.txt" % (n, year, os.path.splitext(seed.name)[0][:24])
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
        total += len(data)
        gb += encoding == "gb18030"
        rows.append("%s\t%s\t%d\t%s\t%s\t%d\n" % (os.path.join("d%02d" % (n // PER_FOLDER), name),
                                                   seed.name, year, issuer, encoding, len(data)))
    with open(os.path.join(args.out_dir, MANIFEST), "w", encoding="utf-8") as f:
        f.write("path\tseed\treport_year\tissuer\tencoding\tbytes\n")
        f.writelines(rows)
    print("%d documents (%d GB18030) from %d seeds in %s; %.1f MB (%d bytes), %.1f KB average"
          % (args.docs, gb, len(seeds), seeds_dir, total / 1e6, total, total / 1e3 / max(1, args.docs)))


if __name__ == "__main__":
    main()
