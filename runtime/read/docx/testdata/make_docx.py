#!/usr/bin/env python3
"""Turns a plain-text report (one paragraph per line) into a real .docx for the reader tests.

usage: make_docx.py IN.txt OUT.docx [--auto-numbering] [--run-chars N] [--core-title TEXT]
                    [--created ISO] [--modified ISO] [--no-core] [--raw-body FILE]

The first non-empty line is the title (style Title; also dc:title unless --core-title says
otherwise). Blank lines become empty paragraphs. Lines starting with 一、 or （一） / (一) become
Heading 1 / Heading 2 paragraphs. With --auto-numbering the typed 一、 （一） 1. （1） are removed and
the paragraphs use list numbering from word/numbering.xml instead, so a reader must render them
back. Consecutive lines containing '|' form one table, one row per line; '¶' separates
paragraphs inside a cell. Text is split into runs of --run-chars characters (default 20), every
other run bold. --raw-body FILE uses FILE as the inner XML of w:body instead (namespaces w, mc,
wp, wps, v and r are declared). Standard library only.
"""

import argparse
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>
"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>
"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>
"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="仿宋"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="200"/></w:pPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>
</w:styles>
"""

# One list: 一、 / （一） / 1. / （1）, each level restarting under the one above.
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="（%4）"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
"""

CHINESE_NUMBER = "[一二三四五六七八九十百]+"
LEADING_SPACE = re.compile("^[ \t\u3000]*")
PATTERNS = [  # (regex for the typed number, list level, paragraph style)
    (re.compile(f"^{CHINESE_NUMBER}、"), 0, "Heading1"),
    (re.compile(f"^[（(]{CHINESE_NUMBER}[）)]"), 1, "Heading2"),
    (re.compile(r"^[0-9]+[.．](?![0-9])"), 2, None),
    (re.compile(r"^[（(][0-9]+[）)]"), 3, None),
]


def runs_xml(text, run_chars):
    out = []
    for index, start in enumerate(range(0, len(text), run_chars)):
        chunk = text[start:start + run_chars]
        props = "<w:rPr><w:b/></w:rPr>" if index % 2 == 1 else ""
        out.append(f'<w:r>{props}<w:t xml:space="preserve">{escape(chunk)}</w:t></w:r>')
    return "".join(out)


def paragraph_xml(text, run_chars, style=None, num_level=None):
    props = ""
    if style or num_level is not None:
        props = "<w:pPr>"
        if style:
            props += f'<w:pStyle w:val="{style}"/>'
        if num_level is not None:
            props += f'<w:numPr><w:ilvl w:val="{num_level}"/><w:numId w:val="1"/></w:numPr>'
        props += "</w:pPr>"
    return f"<w:p>{props}{runs_xml(text, run_chars)}</w:p>"


def table_xml(rows, run_chars):
    width = max(len(row) for row in rows)
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(width))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for row in rows:
        out.append("<w:tr>")
        for cell in row + [""] * (width - len(row)):
            paragraphs = "".join(paragraph_xml(p, run_chars) for p in cell.split("¶"))
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{paragraphs}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def body_xml(lines, auto_numbering, run_chars):
    out = []
    title_done = False
    table = []
    for line in lines + [None]:
        if line is not None and "|" in line:
            table.append(line.split("|"))
            continue
        if table:
            out.append(table_xml(table, run_chars))
            table = []
        if line is None:
            break
        if not line.strip():
            out.append("<w:p/>")
            continue
        if not title_done:
            title_done = True
            out.append(paragraph_xml(line, run_chars, style="Title"))
            continue
        stripped = LEADING_SPACE.sub("", line)
        for pattern, level, style in PATTERNS:
            match = pattern.match(stripped)
            if not match:
                continue
            if auto_numbering:
                out.append(paragraph_xml(stripped[match.end():], run_chars, style, level))
            else:
                out.append(paragraph_xml(line, run_chars, style))
            break
        else:
            out.append(paragraph_xml(line, run_chars))
    return "".join(out)


def document_xml(body):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}"'
        ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps">'
        f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )


def core_xml(title, created, modified):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties'
        ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>verdict tests</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--auto-numbering", action="store_true")
    parser.add_argument("--run-chars", type=int, default=20)
    parser.add_argument("--core-title")
    parser.add_argument("--created", default="2024-03-01T09:00:00Z")
    parser.add_argument("--modified", default="2024-03-05T10:30:00Z")
    parser.add_argument("--no-core", action="store_true")
    parser.add_argument("--raw-body")
    args = parser.parse_args(argv)

    with open(args.input, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if args.raw_body:
        with open(args.raw_body, encoding="utf-8") as f:
            body = f.read()
    else:
        body = body_xml(lines, args.auto_numbering, max(1, args.run_chars))
    title = args.core_title
    if title is None:
        title = next((line.strip() for line in lines if line.strip()), "")

    with zipfile.ZipFile(args.output, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
        z.writestr("word/document.xml", document_xml(body))
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/numbering.xml", NUMBERING)
        if not args.no_core:
            z.writestr("docProps/core.xml", core_xml(title, args.created, args.modified))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
