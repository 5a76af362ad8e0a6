#!/usr/bin/env bash
# Rebuilds the committed PDF fixtures from report.txt (pdf_reader_test checks they are current).
set -euo pipefail
cd "$(dirname "$0")"
python3 make_pdf.py report.txt report.pdf --lines-per-page 11 --header 青山区人民政府公报
python3 make_pdf.py report.txt scan.pdf --lines-per-page 11 --no-text
python3 make_pdf.py report.txt encrypted.pdf --lines-per-page 11 --encrypt qingshan
