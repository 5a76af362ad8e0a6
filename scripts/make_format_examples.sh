#!/usr/bin/env bash
# Regenerates the web-page, Word and PDF examples in examples/ from the plain-text ones, with
# the fixture generators of the readers (python3, standard library only).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 runtime/read/html/testdata/make_html.py examples/gb18030_2022.txt examples/portal_page_2022.html --encoding gbk
python3 runtime/read/docx/testdata/make_docx.py examples/missing_sections_2023.txt examples/missing_sections_2023.docx
python3 runtime/read/pdf/testdata/make_pdf.py examples/compliant_2024.txt examples/compliant_2024.pdf
