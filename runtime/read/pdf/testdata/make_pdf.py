#!/usr/bin/env python3
"""Writes a small PDF 1.4 from a UTF-8 text file, by hand, with nothing but the stdlib.

Usage: make_pdf.py IN.txt OUT.pdf [--lines-per-page N] [--no-text] [--header TEXT]
                   [--encrypt USER_PASSWORD]

The text layer uses one Type0 font (/Encoding /Identity-H over a non-embedded CIDFontType2):
every distinct character gets its own CID and a /ToUnicode CMap maps each CID back to its
Unicode value, so poppler extracts the exact characters without any installed font. Layout
imitates a printed Chinese report (A4, 12 pt, 38 em per line):

  * the first non-empty line is the title, centered at 16 pt when it fits on one line;
  * leading whitespace of a line becomes a first-line indent (space/NBSP 0.5 em, U+3000 1 em);
  * long lines wrap at 38 em (CJK 1 em, ASCII 0.5 em; ASCII runs of up to 5 characters such as
    2024 move to the next line whole, longer ones are split, after a hyphen or slash where
    possible), whitespace inside a line becomes
    a gap; lines are ragged right, not justified;
  * an empty input line becomes one empty line slot (paragraph spacing), also at the top of a
    page, as a word processor shows an empty paragraph;
  * every page gets a centered footer "- N -" and, with --header, a running header line.

--no-text writes the same pages with only a filled rectangle each (an image-only "scan").
--encrypt protects the file with the standard security handler, revision 2 (RC4, 40-bit key),
so it cannot be opened without the given user password.
The output is deterministic: the same input and options give the same bytes.
"""

import argparse
import hashlib
import re
import struct
import sys

PAGE_W, PAGE_H = 595, 842
LEFT = 72.0
FONT = 12.0
LINE_EM = 38.0
PITCH = 20.0
TOP = 762.0
BOTTOM = 80.0
TITLE_FONT = 16.0
FOOTER_FONT = 10.5
FOOTER_Y = 45.0
HEADER_FONT = 10.5
HEADER_Y = 800.0

WIDE_SPACES = "\u3000\u2003"
KEEP_TOGETHER = 5  # ASCII runs up to this long move to the next line whole; longer ones split


def char_em(ch):
    """Advance width of one character in em."""
    if ch in WIDE_SPACES:
        return 1.0
    if ch.isspace():
        return 0.5
    return 0.5 if " " < ch <= "~" else 1.0


def text_em(s):
    return sum(char_em(c) for c in s)


# A typeset line: x, y, font size, and items that are either a text run (str) or a gap (float, em).
class Line:
    def __init__(self, x, size, items):
        self.x, self.size, self.items = x, size, items


def wrap(text, indent_em):
    """Splits one source line into lists of items, each at most LINE_EM wide."""
    tokens = re.findall(r"[!-~]+|\s+|.", text)
    lines, cur, width = [], [], indent_em

    def flush():
        while cur and isinstance(cur[-1], float):
            cur.pop()
        if cur:
            lines.append(list(cur))
        cur.clear()

    for tok in tokens:
        if tok[0].isspace():
            if cur:
                cur.append(text_em(tok))
                width += text_em(tok)
            continue
        w = text_em(tok)
        if width + w > LINE_EM + 1e-9 and any(isinstance(i, str) for i in cur):
            if len(tok) <= KEEP_TOGETHER:
                flush()
                width = 0.0
        while width + w > LINE_EM + 1e-9:  # a run longer than the rest of the line: split it
            room, take = LINE_EM - width, 0
            while take < len(tok) and text_em(tok[: take + 1]) <= room + 1e-9:
                take += 1
            # Prefer breaking after a hyphen or slash, as word processors do.
            soft = max(tok.rfind("-", 0, take), tok.rfind("/", 0, take))
            if soft > 0 and take - soft <= KEEP_TOGETHER:
                take = soft + 1
            take = max(take, 1)
            cur.append(tok[:take])
            flush()
            width = 0.0
            tok = tok[take:]
            w = text_em(tok)
        if tok:
            cur.append(tok)
            width += w
    flush()
    return lines


def layout(source_lines):
    """Returns a list of line slots: None for an empty slot, else a Line."""
    slots = []
    title_done = False
    for raw in source_lines:
        raw = raw.rstrip()
        stripped = raw.lstrip()
        if not stripped:
            if slots and slots[-1] is not None:
                slots.append(None)
            continue
        if not title_done:
            title_done = True
            if text_em(stripped) * TITLE_FONT <= LINE_EM * FONT:
                x = LEFT + (LINE_EM * FONT - text_em(stripped) * TITLE_FONT) / 2
                slots.append(Line(x, TITLE_FONT, [stripped]))
                continue
        indent = text_em(raw[: len(raw) - len(stripped)])
        for k, items in enumerate(wrap(stripped, indent)):
            x = LEFT + (indent * FONT if k == 0 else 0.0)
            slots.append(Line(x, FONT, items))
    return slots


def paginate(slots, lines_per_page):
    capacity = int((TOP - BOTTOM) / PITCH) + 1
    pages, cur, text_lines = [], [], 0
    for slot in slots:
        if slot is None and not pages and not cur:
            continue
        if len(cur) == capacity or (slot is not None and lines_per_page
                                    and text_lines == lines_per_page):
            pages.append(cur)
            cur, text_lines = [], 0
        cur.append(slot)
        if slot is not None:
            text_lines += 1
    if cur or not pages:
        pages.append(cur)
    return pages


class Cids:
    """Assigns CIDs 1, 2, ... to characters in order of first use."""

    def __init__(self):
        self.by_char = {}
        self.chars = []

    def encode(self, s):
        out = []
        for ch in s:
            if ch not in self.by_char:
                self.chars.append(ch)
                self.by_char[ch] = len(self.chars)
            out.append("%04X" % self.by_char[ch])
        return "<" + "".join(out) + ">"


def text_op(cids, x, y, size, items):
    parts = []
    for item in items:
        if isinstance(item, float):
            parts.append("%d" % round(-item * 1000))
        else:
            parts.append(cids.encode(item))
    return "BT /F1 %.2f Tf %.2f %.2f Td [%s] TJ ET\n" % (size, x, y, " ".join(parts))


def centered(cids, text, size, y):
    x = (PAGE_W - text_em(text) * size) / 2
    return text_op(cids, x, y, size, [text])


def page_contents(pages, cids, header, no_text):
    contents = []
    for number, page in enumerate(pages, start=1):
        if no_text:
            contents.append("q 0.85 g 60 60 475 722 re f 0 g 90 700 300 20 re f Q\n")
            continue
        ops = []
        if header:
            ops.append(centered(cids, header, HEADER_FONT, HEADER_Y))
        for k, slot in enumerate(page):
            if slot is not None:
                ops.append(text_op(cids, slot.x, TOP - k * PITCH, slot.size, slot.items))
        ops.append(centered(cids, "- %d -" % number, FOOTER_FONT, FOOTER_Y))
        contents.append("".join(ops))
    return contents


def utf16_hex(ch):
    return ch.encode("utf-16-be").hex().upper()


def to_unicode_cmap(chars):
    out = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    for start in range(0, len(chars), 100):
        chunk = chars[start:start + 100]
        out.append("%d beginbfchar" % len(chunk))
        for k, ch in enumerate(chunk, start=start + 1):
            out.append("<%04X> <%s>" % (k, utf16_hex(ch)))
        out.append("endbfchar")
    out += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(out) + "\n"


# --- Standard security handler, revision 2 (PDF 1.4 spec, algorithms 3.1 to 3.4) ---

PASSWORD_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) & 0xFF
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for b in data:
        i = (i + 1) & 0xFF
        j = (j + s[i]) & 0xFF
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) & 0xFF])
    return bytes(out)


def pad_password(pw):
    return (pw.encode("latin-1") + PASSWORD_PAD)[:32]


class Security:
    PERMISSIONS = -44  # print, modify, copy, annotate allowed; high bits set as required

    def __init__(self, user_password, file_id):
        owner_key = hashlib.md5(pad_password("owner-" + user_password)).digest()[:5]
        self.o = rc4(owner_key, pad_password(user_password))
        self.key = hashlib.md5(pad_password(user_password) + self.o +
                               struct.pack("<i", self.PERMISSIONS) + file_id).digest()[:5]
        self.u = rc4(self.key, PASSWORD_PAD)

    def encrypt(self, num, gen, data):
        obj_key = hashlib.md5(self.key + num.to_bytes(3, "little") +
                              gen.to_bytes(2, "little")).digest()[:10]
        return rc4(obj_key, data)

    def dictionary(self):
        return "<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
            self.o.hex().upper(), self.u.hex().upper(), self.PERMISSIONS)


# --- File assembly ---

def build(text, lines_per_page, no_text, header, password):
    pages = paginate(layout(text.splitlines()), lines_per_page)
    cids = Cids()
    contents = page_contents(pages, cids, header, no_text)
    n_pages = len(pages)
    first_page = 7
    page_ids = [first_page + 2 * k for k in range(n_pages)]

    objects = {}  # number -> (dict text, stream bytes or None)
    objects[1] = ("<< /Type /Catalog /Pages 2 0 R >>", None)
    objects[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % p for p in page_ids), n_pages), None)
    objects[3] = ("<< /Type /Font /Subtype /Type0 /BaseFont /VerdictSong /Encoding /Identity-H "
                  "/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>", None)
    widths = " ".join("500" if char_em(c) == 0.5 else "1000" for c in cids.chars) or "1000"
    objects[4] = ("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /VerdictSong "
                  "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                  "/FontDescriptor 5 0 R /DW 1000 /W [1 [%s]] /CIDToGIDMap /Identity >>" % widths,
                  None)
    objects[5] = ("<< /Type /FontDescriptor /FontName /VerdictSong /Flags 4 "
                  "/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 "
                  "/CapHeight 700 /StemV 80 >>", None)
    objects[6] = ("<< >>", to_unicode_cmap(cids.chars).encode("ascii"))
    for page_id, content in zip(page_ids, contents):
        objects[page_id] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                            "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (
                                PAGE_W, PAGE_H, page_id + 1), None)
        objects[page_id + 1] = ("<< >>", content.encode("ascii"))

    file_id = hashlib.md5(text.encode("utf-8") + repr(
        (lines_per_page, no_text, header, password)).encode("utf-8")).digest()
    security = Security(password, file_id) if password is not None else None
    encrypt_num = None
    if security:
        encrypt_num = max(objects) + 1
        objects[encrypt_num] = (security.dictionary(), None)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        dictionary, stream = objects[num]
        offsets[num] = len(out)
        if stream is None:
            out += b"%d 0 obj\n%s\nendobj\n" % (num, dictionary.encode("ascii"))
            continue
        if security:
            stream = security.encrypt(num, 0, stream)
        dictionary = dictionary[:-2] + "/Length %d >>" % len(stream)
        out += b"%d 0 obj\n%s\nstream\n" % (num, dictionary.encode("ascii"))
        out += stream + b"\nendstream\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    trailer = "<< /Size %d /Root 1 0 R /ID [<%s> <%s>]" % (size, file_id.hex().upper(),
                                                           file_id.hex().upper())
    if encrypt_num:
        trailer += " /Encrypt %d 0 R" % encrypt_num
    out += b"trailer\n%s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer.encode("ascii"), xref)
    return bytes(out)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--lines-per-page", type=int, default=0)
    parser.add_argument("--no-text", action="store_true")
    parser.add_argument("--header", default="")
    parser.add_argument("--encrypt", metavar="USER_PASSWORD", default=None)
    args = parser.parse_args(argv)
    with open(args.input, encoding="utf-8-sig") as f:
        text = f.read()
    data = build(text, args.lines_per_page, args.no_text, args.header, args.encrypt)
    with open(args.output, "wb") as f:
        f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
