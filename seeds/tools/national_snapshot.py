"""Shared by the builders of the national authorities' snapshots (build-kirs-srb.py, build-bih-sfa-monthly.py,
build-mne-police.py, build-mkd-mvr.py, build-xkx-mia.py).

A builder describes each document once: its address, date, format and text, and beside each sentence the
figures a careful reader finds in it. This module renders that description: HTML pages as they are, PDFs
through LibreOffice (HTML -> ODT -> PDF, with a private profile so parallel conversions do not collide), the
listing pages, the snapshot's index.json and the expected file. Every expected figure's number must stand on
the page the description gives for it (PDFs are read with pdftotext).

The builders render; the figures in their specs were written by reading the documents' text.
"""
import datetime
import email.utils
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SNAPSHOT = os.path.join(REPO, "seeds", "snapshot")
NOTE = ("Reconstruction imitating a real publication for the MigrationFeeds offline snapshot; "
        "it is not the publication itself. See seeds/README.md.")

ARR, UASC_ARR, UASC_PRES = "arrivals", "uasc_arrivals", "uasc_present"
INT, APP = "asylum_intentions", "asylum_applications"
ACC, CAP, OUT = "accommodated", "capacity", "outside_accommodation"
MONTH, YEAR, CUM, STOCK = "month", "year", "cumulative", "stock"


def F(indicator, measure, period, value=None, *, low=None, high=None, site=None, approx=False, page=1, shown=None,
      written=None):
    """
    One figure as a careful reader notes it; a range is value=(low, high) and is approximate. shown (or written)
    is how the document writes it when not in digits with dots for thousands ("sedam"), for the page check only.
    """
    shown = shown if shown is not None else written
    if isinstance(value, tuple):
        low, high, value, approx = value[0], value[1], None, True
    f = {"site": site, "indicator": indicator, "measure": measure, "period": period, "value": value,
         "low": low, "high": high, "approximate": approx, "page": page}
    if shown is not None:
        f["shown"] = shown
    return f


def local(n):
    """A count as the region writes it: a dot between thousands."""
    return f"{n:,}".replace(",", ".")


# Serbian Latin to Cyrillic, digraphs first. The texts written through it are the builders' own, so the rare
# words where "nj" or "dž" are two letters do not occur.
_DIGRAPHS = [("Lj", "Љ"), ("LJ", "Љ"), ("lj", "љ"), ("Nj", "Њ"), ("NJ", "Њ"), ("nj", "њ"), ("Dž", "Џ"), ("DŽ", "Џ"), ("dž", "џ")]
_LETTERS = dict(zip("ABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽabcčćdđefghijklmnoprsštuvzž",
                    "АБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖабцчћдђефгхијклмнопрсштувзж"))


def cyrillic(text):
    for latin, cyr in _DIGRAPHS:
        text = text.replace(latin, cyr)
    return "".join(_LETTERS.get(c, c) for c in text)


def http_date(day, hour=9, minute=0):
    """A recording's Last-Modified: the publication day, in HTTP-date form."""
    moment = datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=datetime.timezone.utc)
    return email.utils.format_datetime(moment, usegmt=True)


def etag(data):
    return '"' + hashlib.sha256(data).hexdigest()[:16] + '"'


def working_day(year, month, day):
    """The date itself, or the Monday after when it falls on a weekend."""
    d = datetime.date(year, month, day)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if isinstance(data, bytes) else {"encoding": "utf-8"})) as f:
        f.write(data)


def pdf_from_html(source, target):
    """HTML -> ODT -> PDF: converting straight to PDF would keep the running header and footer on page 1 only."""
    if shutil.which("libreoffice") is None:
        raise SystemExit("libreoffice not found: apt-get install -y libreoffice-writer fonts-liberation2 fonts-dejavu")
    work = tempfile.mkdtemp()
    try:
        name = "document"
        src = os.path.join(work, name + ".html")
        write(src, source)
        base = ["libreoffice", f"-env:UserInstallation=file://{work}/profile", "--headless"]
        subprocess.run(base + ["--infilter=HTML (StarWriter)", "--convert-to", "odt", "--outdir", work, src],
                       check=True, capture_output=True)
        subprocess.run(base + ["--convert-to", "pdf:writer_pdf_Export", "--outdir", work, os.path.join(work, name + ".odt")],
                       check=True, capture_output=True)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.move(os.path.join(work, name + ".pdf"), target)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def pdf_pages(path):
    """The text of each page, as pdftotext reads it (None without poppler-utils)."""
    if shutil.which("pdftotext") is None:
        return None
    out = subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True, text=True).stdout
    return out.split("\f")


def check_pages(path, figures):
    """Every figure's number stands on the page it is listed for; one also found on an earlier page is named."""
    pages = pdf_pages(path)
    if pages is None:
        print("  (pdftotext not found: pages not checked)")
        return
    check_written(path, figures, pages)


def check_written(name, figures, pages):
    """check_pages over texts at hand: pages[0] is page 1."""
    for f in figures:
        if "shown" in f:
            shown = [f["shown"]]
        else:
            shown = [local(f["value"])] if f["value"] is not None else [local(f["low"]), local(f["high"])]
        for text in shown:
            pattern = re.compile(r"(?<![\w.])" + re.escape(text) + r"(?![\w]|\.\d)", re.IGNORECASE)
            where = [i + 1 for i, page in enumerate(pages) if pattern.search(page)]
            if f["page"] not in where:
                raise SystemExit(f"{name}: {text} ({f['indicator']} {f['period']} {f['site']}) listed on page {f['page']}, found on {where}")
            if where[0] < f["page"] and len(text) > 2:
                print(f"  note: {text} ({f['indicator']} {f['period']} {f['site']}) also stands on page {where[0]}")


def write_index(folder, entries):
    write(os.path.join(folder, "index.json"), json.dumps({"entries": entries}, ensure_ascii=False, indent=2) + "\n")


def write_expected(source_id, country, documents):
    """documents: (url, published date, figures) in publication order; every figure is about the source's country."""
    out = {"documents": [{"url": url, "published": published.isoformat(),
                          "figures": [{"country": country, **{k: v for k, v in f.items() if k != "shown"}} for f in figures]}
                         for url, published, figures in documents]}
    write(os.path.join(SNAPSHOT, "expected", source_id + ".json"), json.dumps(out, ensure_ascii=False, indent=2) + "\n")


def esc(text):
    return html.escape(text, quote=False)


# --keep-pdfs on a builder's command line: reuse the PDFs already built (their bytes, and so their ETags, stay).
KEEP_PDFS = "--keep-pdfs" in sys.argv[1:]


def record_documents(out, docs, url_of, file_of, render_html, render_pdf, hour, minute):
    """
    Writes every document of a listing-page source (an HTML page, or a PDF exported from HTML), checks its figures
    are written where noted, and returns its index entries and its expected documents (url, published, figures).
    """
    entries, expected = [], []
    for doc in docs:
        path = os.path.join(out, file_of(doc))
        if doc["format"] == "html":
            text = render_html(doc)
            write(path, text)
            check_written(doc["month"], doc["figures"], [text])
            content_type = "text/html; charset=utf-8"
        else:
            if not (KEEP_PDFS and os.path.exists(path)):
                pdf_from_html(render_pdf(doc), path)
            check_pages(path, doc["figures"])
            content_type = "application/pdf"
        with open(path, "rb") as f:
            data = f.read()
        published = datetime.date.fromisoformat(doc["published"])
        entries.append({"url": url_of(doc), "file": file_of(doc), "contentType": content_type,
                        "etag": etag(data), "lastModified": http_date(published, hour, minute)})
        expected.append((url_of(doc), published, doc["figures"]))
        print("built", file_of(doc))
    return entries, expected


def record_listings(out, items, render, url_of_page, file_of_page, recorded_on, per_page=10):
    """Writes the listing pages, newest first, `per_page` items a page; returns their index entries."""
    pages = [items[i:i + per_page] for i in range(0, len(items), per_page)]
    entries = []
    for number, page_items in enumerate(pages, start=1):
        write(os.path.join(out, file_of_page(number)), render(number, page_items, len(pages)))
        entries.append({"url": url_of_page(number), "file": file_of_page(number),
                        "contentType": "text/html; charset=utf-8", "lastModified": http_date(recorded_on)})
        print("built", file_of_page(number))
    return entries


def write_source(source_id, country, out, listing_entries, document_entries, expected):
    """The listing-page source's index.json (listings first) and its expected file."""
    write_index(out, listing_entries + document_entries)
    write_expected(source_id, country, expected)
