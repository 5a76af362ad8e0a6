#!/usr/bin/env python3
"""Writes broken or hostile .docx files for the reader's error tests.

usage: make_bad_docx.py KIND OUT.docx

KIND: no-document (a zip without word/document.xml), bomb (document.xml inflates to ~1 MB from a
few KB), lying-size (the same, with sizes in both headers patched down to 100 bytes), bad-xml
(document.xml is not well-formed), encrypted (document.xml flagged encrypted), crc (document.xml
with a wrong CRC), ole-encrypted (an OLE header with an EncryptedPackage stream name).
Standard library only.
"""

import io
import struct
import sys
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
GOOD = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'
        "<w:p><w:r><w:t>青山区司法局</w:t></w:r></w:p></w:body></w:document>")


def build(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        for name, data in entries:
            z.writestr(name, data)
    return bytearray(buffer.getvalue())


def patch_entry(data, name, patch):
    """Calls patch(data, central_offset, local_offset) for entry `name`."""
    end = data.rindex(b"PK\x05\x06")
    count, _, offset = struct.unpack_from("<HII", data, end + 10)
    pos = offset
    for _ in range(count):
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        local = struct.unpack_from("<I", data, pos + 42)[0]
        if data[pos + 46:pos + 46 + name_len].decode() == name:
            patch(data, pos, local)
            return
        pos += 46 + name_len + extra_len + comment_len
    raise SystemExit(f"no entry {name}")


def main(kind, out):
    if kind == "no-document":
        data = build([("word/styles.xml", "<w:styles/>"), ("docProps/core.xml", "<x/>")])
    elif kind in ("bomb", "lying-size"):
        filler = "<w:p><w:r><w:t>" + "青山区司法局依法行政" * 40 + "</w:t></w:r></w:p>"
        document = GOOD.replace("</w:body>", filler * 800 + "</w:body>")
        data = build([("word/document.xml", document)])
        if kind == "lying-size":
            def shrink(d, central, local):
                struct.pack_into("<I", d, central + 24, 100)
                struct.pack_into("<I", d, local + 22, 100)
            patch_entry(data, "word/document.xml", shrink)
    elif kind == "bad-xml":
        data = build([("word/document.xml", GOOD.replace("</w:t></w:r>", "</w:r>"))])
    elif kind == "encrypted":
        data = build([("word/document.xml", GOOD)])
        def flag(d, central, local):
            struct.pack_into("<H", d, central + 8, struct.unpack_from("<H", d, central + 8)[0] | 1)
            struct.pack_into("<H", d, local + 6, struct.unpack_from("<H", d, local + 6)[0] | 1)
        patch_entry(data, "word/document.xml", flag)
    elif kind == "crc":
        data = build([("word/document.xml", GOOD)])
        def wrong_crc(d, central, local):
            crc = struct.unpack_from("<I", d, central + 16)[0] ^ 0xFFFF
            struct.pack_into("<I", d, central + 16, crc)
            struct.pack_into("<I", d, local + 14, crc)
        patch_entry(data, "word/document.xml", wrong_crc)
    elif kind == "ole-encrypted":
        data = bytearray(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504)
        data += "EncryptedPackage".encode("utf-16-le") + b"\0" * 64
    else:
        raise SystemExit(f"unknown kind {kind}")
    with open(out, "wb") as f:
        f.write(data)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
