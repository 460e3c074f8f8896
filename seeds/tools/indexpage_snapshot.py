"""Shared by the builders of the national sources read from publishers' listing pages (build-mne-police.py,
build-mkd-mvr.py, build-xkx-mia.py): figures as a careful reader notes them, PDFs from HTML through LibreOffice, the snapshot's
index.json and the expected file, and a check that every noted figure is written on the page it is noted for.

The builders render; the figures in their specs were written by reading the documents' text.
"""
import email.utils
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SNAPSHOT = os.path.join(REPO, "seeds", "snapshot")
NOTE = ("Reconstruction imitating a real publication for the MigrationFeeds offline snapshot; "
        "it is not the publication itself. See seeds/README.md.")

ARR, UASC_ARR = "arrivals", "uasc_arrivals"
INT, APP = "asylum_intentions", "asylum_applications"
ACC, CAP = "accommodated", "capacity"
MONTH, YEAR, CUM, STOCK = "month", "year", "cumulative", "stock"


def F(indicator, measure, period, value, *, site=None, page=1, written=None):
    """One figure. `written` is the number as the document writes it, when not the value with dots for thousands."""
    return {"indicator": indicator, "measure": measure, "period": period, "value": value, "site": site,
            "page": page, "written": written if written is not None else dotted(value)}


def dotted(value):
    """12480 as the region writes it: 12.480."""
    return f"{value:,}".replace(",", ".")


def http_date(day, hour=9, minute=0):
    """A recording's Last-Modified: the publication day, in HTTP-date form."""
    moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=timezone.utc)
    return email.utils.format_datetime(moment, usegmt=True)


def etag(data):
    return '"' + hashlib.sha256(data).hexdigest()[:16] + '"'


def lo_pdf(html_text, target):
    """HTML -> ODT -> PDF with LibreOffice and a private profile (straight to PDF drops running headers)."""
    if shutil.which("libreoffice") is None:
        raise SystemExit("libreoffice not found: apt-get install -y libreoffice-writer fonts-dejavu")
    work = tempfile.mkdtemp()
    try:
        name = os.path.splitext(os.path.basename(target))[0]
        src = os.path.join(work, name + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_text)
        base = ["libreoffice", f"-env:UserInstallation=file://{work}/profile", "--headless"]
        subprocess.run(base + ["--infilter=HTML (StarWriter)", "--convert-to", "odt", "--outdir", work, src],
                       check=True, capture_output=True)
        subprocess.run(base + ["--convert-to", "pdf:writer_pdf_Export", "--outdir", work, os.path.join(work, name + ".odt")],
                       check=True, capture_output=True)
        shutil.move(os.path.join(work, name + ".pdf"), target)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def pdf_pages(path):
    """The text of each page, as pdftotext reads it."""
    out = subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True, text=True).stdout
    return out.split("\f")


def check_written(doc_name, figures, pages):
    """Every figure's number must stand, as written, on the page it is noted for."""
    for f in figures:
        text = pages[f["page"] - 1] if f["page"] - 1 < len(pages) else ""
        if f["written"] not in text:
            raise SystemExit(f"{doc_name}: {f['indicator']} {f['period']} '{f['written']}' is not on page {f['page']}")


def expected_document(url, published, country, figures):
    return {"url": url, "published": published, "figures": [
        {"country": country, "site": f["site"], "indicator": f["indicator"], "measure": f["measure"],
         "period": f["period"], "value": f["value"], "low": None, "high": None, "approximate": False,
         "page": f["page"]} for f in figures]}


# --keep-pdfs on a builder's command line: reuse the PDFs already built (their bytes, and so their ETags, stay).
KEEP_PDFS = "--keep-pdfs" in sys.argv[1:]


def record_documents(out, docs, country, url_of, file_of, render_html, render_pdf, hour, minute):
    """Writes every document (an HTML page, or a PDF exported from HTML), checks its figures are written where
    noted, and returns its index entries and its expected documents."""
    entries, expected = [], []
    for doc in docs:
        path = os.path.join(out, file_of(doc))
        if doc["format"] == "html":
            text = render_html(doc)
            write_text(path, text)
            check_written(doc["month"], doc["figures"], [text])
            content_type = "text/html; charset=utf-8"
        else:
            if not (KEEP_PDFS and os.path.exists(path)):
                lo_pdf(render_pdf(doc), path)
            check_written(doc["month"], doc["figures"], pdf_pages(path))
            content_type = "application/pdf"
        with open(path, "rb") as f:
            data = f.read()
        published = datetime.strptime(doc["published"], "%Y-%m-%d").date()
        entries.append({"url": url_of(doc), "file": file_of(doc), "contentType": content_type,
                        "etag": etag(data), "lastModified": http_date(published, hour, minute)})
        expected.append(expected_document(url_of(doc), doc["published"], country, doc["figures"]))
        print("built", file_of(doc))
    return entries, expected


def record_listings(out, items, render, url_of_page, file_of_page, recorded_on, per_page=10):
    """Writes the listing pages, newest first, `per_page` items a page; returns their index entries."""
    pages = [items[i:i + per_page] for i in range(0, len(items), per_page)]
    entries = []
    for number, page_items in enumerate(pages, start=1):
        write_text(os.path.join(out, file_of_page(number)), render(number, page_items, len(pages)))
        entries.append({"url": url_of_page(number), "file": file_of_page(number),
                        "contentType": "text/html; charset=utf-8", "lastModified": http_date(recorded_on)})
        print("built", file_of_page(number))
    return entries


def write_source(source_id, out, listing_entries, document_entries, expected):
    write_json(os.path.join(out, "index.json"), {"entries": listing_entries + document_entries})
    write_json(os.path.join(SNAPSHOT, "expected", source_id + ".json"), {"documents": expected})


def write_json(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def write_text(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
