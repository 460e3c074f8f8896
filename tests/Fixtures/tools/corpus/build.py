#!/usr/bin/env python3
"""Builds the extraction corpus under tests/Fixtures/ from the document specs in this folder.

Every spec (docs_*.py) gives a document's text, its format and the figures a careful reader finds in
it; the figures were written by reading that text. This script only renders: the text to .txt, .html
or PDF (LibreOffice's PDF export, or PdfPig's writer through ../PdfPigWriter), and the figures to
<name>.expected.json. The fixtures are committed, so the tests never run this script.

Usage: tests/Fixtures/tools/corpus/build.py [NAME ...]   (no argument: every document)
Needs LibreOffice Writer, the DejaVu fonts and the .NET SDK.
"""
import html
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.abspath(os.path.join(HERE, "..", ".."))
WRITER = os.path.abspath(os.path.join(HERE, "..", "PdfPigWriter"))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
NOTE = "Reconstruction imitating a real publication for the MigrationFeeds extraction corpus; see tests/Fixtures/README.md."

SPEC_MODULES = ["docs_unhcr_en", "docs_iom_news_en", "docs_local"]


def load_docs():
    sys.path.insert(0, HERE)
    docs = []
    for name in SPEC_MODULES:
        docs.extend(importlib.import_module(name).DOCS)
    names = [d["name"] for d in docs]
    assert len(names) == len(set(names)), "duplicate document names"
    return docs


# ---------------------------------------------------------------- text and HTML

def render_txt(doc):
    out = [doc["title"], ""]
    for block in doc["blocks"]:
        kind = block[0]
        if kind in ("h", "p", "small"):
            out += [block[1], ""]
        elif kind == "kf":
            out += [f"{n} {label}" for n, label in block[1]] + [""]
        elif kind == "table":
            _, caption, header, rows = block
            out += [caption, "\t".join(header)] + ["\t".join(r) for r in rows] + [""]
    return "\n".join(out).rstrip() + "\n"


def render_html(doc, for_pdf=False):
    e = html.escape
    lang = doc.get("lang", "en")
    style = ("body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt } "
             "h1 { font-size: 17pt } h2 { font-size: 11pt } td { font-size: 9pt } "
             ".kf { font-size: 20pt; font-weight: bold } .kl { font-size: 8pt } .small { font-size: 7pt }")
    parts = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{e(doc["title"])}</title>',
             f'<meta name="description" content="{e(NOTE)}">\n<style>{style}</style>\n</head>\n<body>',
             '<nav><a href="/">Home</a> | <a href="/news">News</a></nav>' if not for_pdf else "",
             f'<h1>{e(doc.get("heading", doc["title"]))}</h1>']
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "h":
            parts.append(f"<h2>{e(block[1])}</h2>")
        elif kind == "p":
            parts.append(f"<p>{e(block[1])}</p>")
        elif kind == "small":
            parts.append(f'<p class="small">{e(block[1])}</p>')
        elif kind == "kf":
            cells = block[1]
            parts.append('<table width="100%" cellpadding="4"><tr>'
                         + "".join(f'<td><p class="kf">{e(n)}</p></td>' for n, _ in cells) + "</tr><tr>"
                         + "".join(f'<td><p class="kl">{e(label)}</p></td>' for _, label in cells) + "</tr></table>")
        elif kind == "table":
            _, caption, header, rows = block
            parts.append(f"<p>{e(caption)}</p>")
            parts.append('<table border="1" cellpadding="3" cellspacing="0"><tr>'
                         + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>"
                         + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
                         + "</table>")
    if not for_pdf:
        parts.append(f"<footer>© {e(doc.get('publisher', 'Publisher'))} | <a href=\"/contact\">Contact</a></footer>")
    parts.append("</body>\n</html>\n")
    return "\n".join(p for p in parts if p)


# ---------------------------------------------------------------- PDF

def build_lo_pdf(doc, target):
    work = tempfile.mkdtemp()
    try:
        src = os.path.join(work, doc["name"] + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(render_html(doc, for_pdf=True))
        profile = "file://" + os.path.join(work, "profile")
        base = ["libreoffice", f"-env:UserInstallation={profile}", "--headless"]
        subprocess.run(base + ["--infilter=HTML (StarWriter)", "--convert-to", "odt", "--outdir", work, src],
                       check=True, capture_output=True)
        subprocess.run(base + ["--convert-to", "pdf:writer_pdf_Export", "--outdir", work,
                               os.path.join(work, doc["name"] + ".odt")], check=True, capture_output=True)
        shutil.move(os.path.join(work, doc["name"] + ".pdf"), target)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def wrap(text, size, width):
    """Greedy line breaking; an explicit newline in the text forces a break (hyphenated words)."""
    lines = []
    for forced in text.split("\n"):
        line = ""
        for word in forced.split(" "):
            candidate = (line + " " + word).strip()
            if line and len(candidate) * size * 0.55 > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def pig_layout(doc):
    """Absolute positions for PdfPig's writer. Key-figure boxes are written numbers first, labels after."""
    pages, items = [], []
    left, width, y = 50, 495, 790

    def emit(text, x, y, size, bold=False):
        items.append({"text": text, "x": x, "y": y, "size": size, "bold": bold})

    def newline(step):
        nonlocal y, items
        y -= step
        if y < 60:
            pages.append(items)
            items = []
            y = 790

    for line in wrap(doc.get("heading", doc["title"]), 15, width):
        emit(line, left, y, 15, True)
        newline(20)
    newline(10)
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "h":
            newline(6)
            emit(block[1], left, y, 11, True)
            newline(18)
        elif kind in ("p", "small"):
            size = 9.5 if kind == "p" else 7
            for line in wrap(block[1], size, width):
                emit(line, left, y, size)
                newline(size * 1.4)
            newline(6)
        elif kind == "kf":
            cells = block[1]
            step = width / len(cells)
            for i, (n, _) in enumerate(cells):
                emit(n, left + i * step, y, 20, True)
            for i, (_, label) in enumerate(cells):
                for j, line in enumerate(wrap(label, 8, step - 12)):
                    emit(line, left + i * step, y - 14 - j * 10, 8)
            newline(60)
        elif kind == "table":
            _, caption, header, rows = block
            emit(caption, left, y, 9.5)
            newline(16)
            columns = [left] + [left + 190 + i * 95 for i in range(len(header) - 1)]
            for row, bold in [(header, True)] + [(r, False) for r in rows]:
                for x, cell in zip(columns, row):
                    emit(cell, x, y, 9, bold)
                newline(14)
            newline(6)
    pages.append(items)
    return {"title": doc["title"], "pages": pages}


def build_pig_pdf(doc, target):
    work = tempfile.mkdtemp()
    try:
        layout = os.path.join(work, "layout.json")
        with open(layout, "w", encoding="utf-8") as f:
            json.dump(pig_layout(doc), f, ensure_ascii=False)
        subprocess.run(["dotnet", "run", "--project", WRITER, "--", layout, target, FONT, BOLD], check=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------- expected figures

def expected(doc):
    figures = []
    for f in doc["figures"]:
        figures.append({
            "country": f.get("country", doc["country"]),
            "site": f.get("site"),
            "indicator": f["indicator"],
            "measure": f["measure"],
            "period": f["period"],
            "value": f.get("value"),
            "low": f.get("low"),
            "high": f.get("high"),
            "approximate": f.get("approximate", False),
            "page": f.get("page", 1),
        })
    return {
        "family": doc["family"],
        "language": doc["language"],
        "format": doc["format"],
        "country": doc["country"],
        "published": doc["published"],
        "figures": figures,
    }


def build(doc):
    folder = os.path.join(FIXTURES, doc["family"])
    os.makedirs(folder, exist_ok=True)
    base = os.path.join(folder, doc["name"])
    fmt = doc["format"]
    if fmt == "txt":
        with open(base + ".txt", "w", encoding="utf-8") as f:
            f.write(render_txt(doc))
    elif fmt == "html":
        with open(base + ".html", "w", encoding="utf-8") as f:
            f.write(render_html(doc))
    elif fmt == "pdf-libreoffice":
        build_lo_pdf(doc, base + ".pdf")
    elif fmt == "pdf-pdfpig":
        build_pig_pdf(doc, base + ".pdf")
    else:
        raise ValueError(fmt)
    with open(base + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(expected(doc), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.relpath(base, FIXTURES), fmt)


def main():
    wanted = set(sys.argv[1:])
    for doc in load_docs():
        if not wanted or doc["name"] in wanted:
            build(doc)


if __name__ == "__main__":
    main()
