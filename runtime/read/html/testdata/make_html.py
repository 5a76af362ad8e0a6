#!/usr/bin/env python3
"""Wraps a plain-text report into a government portal page, for testing the HTML reader.

usage: make_html.py IN.txt OUT.html [--encoding gbk|utf-8]

IN.txt: the report as plain text (UTF-8, or GB18030) -- a title line, metadata lines (发布日期/发布时间/来源/索引号
..., or a leading date), then the body, one block per line. Lines of page chrome above the
title (breadcrumbs, share and font-size widgets) are left out: the page brings its own.

The page has what portal templates have: a head with scripts and styles, a logo and menu, a
breadcrumb, a disclosure table (索引号/发布机构/成文日期/发布日期), an <h1> title with an info
row (发布时间, 来源, 字号【大】【中】【小】, 打印本页), a TRS_Editor body with one <p> per line
(numbered short lines in <strong>, leading blanks as &nbsp;), print/close widgets and a footer
(网站地图, 联系我们, ICP备, 公网安备). With --encoding gbk the page declares gb2312 and is
written in GB18030. Python 3 standard library only.
"""

import argparse
import hashlib
import html
import re
import sys

SITE = "示例区人民政府门户网站"
COLUMN = "法治政府建设"

DATE = r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
DATE_LABELS = {
    "发布日期": "published", "发布时间": "published", "发文日期": "written",
    "成文日期": "written", "印发日期": "written", "更新时间": "updated",
}
META_WORDS = (
    "发布日期", "发布时间", "发文日期", "成文日期", "更新时间", "来源", "索引号", "发布机构",
    "所属类目", "主题分类", "体裁", "体 裁", "发文字号", "公开类别", "公开方式", "机构名称",
    "作者", "浏览", "访问量", "点击", "【字号", "字号", "字体", "分享", "打印",
)
CHROME_WORDS = ("当前位置", "您的位置", "分享到", "字体大小", "字号", "打印本页", "本页支持")
NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def is_chrome(line):
    s = line.strip()
    if not s:
        return True
    if ">" in s or "»" in s:
        return True
    return any(w in s for w in CHROME_WORDS) and len(s) <= 60


def is_meta(line, title):
    s = line.strip()
    if not s:
        return True
    if s == title or s.startswith("•") or s.startswith("·"):
        return True
    if re.match(DATE, s) and len(s) <= 120:
        return True
    return len(s) <= 120 and any(w in s for w in META_WORDS)


def mine(header_lines):
    fields = {}
    for line in header_lines:
        s = line.strip().lstrip("•· ")
        for label, key in DATE_LABELS.items():
            m = re.search(re.escape(label) + r"\s*[:：]?\s*" + DATE, s)
            if m and key not in fields:
                fields[key] = "%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3)))
        m = re.match(DATE, s)
        if m and "published" not in fields:
            fields["published"] = "%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3)))
        m = re.search(r"(?:信息来源|来源)\s*[:：]\s*([^\s:：|]+)(?=\s|$)", s)
        if m and "source" not in fields:
            fields["source"] = m.group(1)
    return fields


def split_report(text):
    lines = [l.rstrip() for l in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    k = 0
    while k < len(lines) and (is_chrome(lines[k]) or is_meta(lines[k], None)):
        k += 1
    if k == len(lines):
        sys.exit("make_html.py: no title line found")
    title_line = lines[k].strip()
    title = title_line.split("_")[0].strip() if "_" in title_line else title_line
    browser = title_line if "_" in title_line else "%s_%s_%s" % (title, COLUMN, SITE)
    k += 1
    header = []
    while k < len(lines) and (is_meta(lines[k], title) or is_chrome(lines[k])):
        header.append(lines[k])
        k += 1
    body = [l for l in lines[k:] if l.strip()]
    return title, browser, mine(header), body


def paragraph(line):
    stripped = line.lstrip(" \t\u3000")
    indent = len(line) - len(stripped)
    text = html.escape(stripped.strip(), quote=False)
    if NUMBERED.match(stripped) and len(stripped) <= 40:
        text = "<strong>%s</strong>" % text
    if indent:
        return '<p style="text-indent:2em">%s%s</p>' % ("&nbsp;" * min(indent, 8), text)
    return "<p>%s</p>" % text


def cn_date(iso):
    y, m, d = iso.split("-")
    return "%s年%s月%s日" % (y, m, d)


def render(title, browser, fields, body, charset):
    esc = lambda s: html.escape(s, quote=True)
    published = fields.get("published", "")
    written = fields.get("written", published)
    source = fields.get("source", "")
    index = "113700000000000000/%s-%05d" % (
        (published or "2024")[:4], int(hashlib.sha1(title.encode("utf-8")).hexdigest()[:4], 16))
    info = []
    if published:
        info.append("发布时间：%s" % published)
    if source:
        info.append("来源：%s" % esc(source))
    rows = [
        '<tr><td class="label">索&nbsp;引&nbsp;号：</td><td>%s</td>'
        '<td class="label">发布机构：</td><td>%s</td></tr>' % (index, esc(source)),
        '<tr><td class="label">主题分类：</td><td>综合政务</td>'
        '<td class="label">成文日期：</td><td>%s</td></tr>' % (cn_date(written) if written else ""),
        '<tr><td class="label">发文字号：</td><td></td>'
        '<td class="label">发布日期：</td><td>%s</td></tr>' % (cn_date(published) if published else ""),
    ]
    paragraphs = "\n".join(paragraph(l) for l in body)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(browser)}</title>
<meta name="SiteName" content="{SITE}" />
<meta name="ColumnName" content="{COLUMN}" />
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
var site = "{SITE}";
function doZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}
</script>
<style type="text/css">.TRS_Editor P{{margin-top:5px;margin-bottom:5px;line-height:2;}}</style>
</head>
<body>
<div class="top">
  <div class="logo"><img src="/images/logo.png" alt="{SITE}" /></div>
  <div class="search"><form action="/search" method="get"><input type="text" name="q" /><input type="submit" value="搜索" /></form></div>
</div>
<div class="menu">
  <ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
</div>
<div class="main">
  <div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzf/">{COLUMN}</a></div>
  <table class="xxgk_table" width="100%" border="0" cellspacing="0" cellpadding="0">
    {rows[0]}
    {rows[1]}
    {rows[2]}
  </table>
  <div class="article">
    <h1 class="title">{esc(title)}</h1>
    <div class="info">{"&nbsp;&nbsp;".join(info)}&nbsp;&nbsp;字号：【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】&nbsp;&nbsp;<a href="javascript:window.print()">打印本页</a></div>
    <div id="zoom" class="TRS_Editor">
{paragraphs}
    </div>
    <div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
</div>
<div class="footer">
  <p><a href="/sitemap.html">网站地图</a> | <a href="/contact.html">联系我们</a></p>
  <p>主办单位：示例区人民政府办公室&nbsp;&nbsp;地址：示例区人民路1号</p>
  <p>ICP备00000000号-1&nbsp;&nbsp;公网安备 00000000000000号&nbsp;&nbsp;网站标识码：0000000001</p>
</div>
</body>
</html>
"""


def convert(raw, encoding):
    """The portal page (bytes) for a report's bytes; encoding is "utf-8" or "gbk"."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")  # the other encoding report text comes in
    title, browser, fields, body = split_report(text)
    charset = "gb2312" if encoding == "gbk" else "utf-8"
    page = render(title, browser, fields, body, charset)
    return page.encode("gb18030" if encoding == "gbk" else "utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--encoding", choices=("gbk", "utf-8"), default="utf-8")
    args = parser.parse_args()
    with open(args.input, "rb") as f:
        raw = f.read()
    with open(args.output, "wb") as f:
        f.write(convert(raw, args.encoding))


if __name__ == "__main__":
    main()
