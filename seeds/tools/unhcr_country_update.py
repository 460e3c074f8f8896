"""The spec form of the UNHCR monthly country updates (build-unhcr-serbia-update.py, build-unhcr-mkd-update.py,
build-unhcr-mne-update.py), written through reliefweb_series.py into seeds/snapshot/<id>/:

  files/api/v2-reports.json        the /v2/reports answer to the source's query (profile=full, oldest first)
  files/report/<slug>.html         each report's page on reliefweb.int
  files/attachments/<slug>.pdf     the attached PDF, when the report has one
  index.json                       the recorded responses, files relative to this folder
  ../expected/<id>.json            the figures of each parsed document (the PDF, or the page when there is none)

A spec gives per month the report's title, dates, addresses, the text of the document page by page, the summary
ReliefWeb shows, and the figures a careful reader finds in the document. Documents come in three forms, as the
series do on ReliefWeb:
  "lo"    a PDF exported from a word processor: HTML -> ODT -> PDF with LibreOffice (private profile)
  "pig"   a PDF from a design template, written by tests/Fixtures/tools/PdfPigWriter (key-figure boxes put
          every number in the text stream before the labels, as designed layouts do), one spec page a PDF page
  "page"  no attachment: the report's text is the body of its ReliefWeb page, which is then the document

Every document is a reconstruction imitating a real publication; see seeds/README.md for which figures are real.
"""
import html
import uuid
from datetime import timedelta

from reliefweb_series import (ACC, API, APP, ARR, CAP, CUM, INT, MONTH, MONTHS, OUT, PRES, PROTECTION, REPO, STOCK,  # noqa: F401
                              UASC_ARR, UASC_PRES, UNHCR, YEAR, F, blocks_html, document_html, libreoffice_pdf, on_day,
                              pdfpig_pdf, query_url, stable_etag, stylesheet, wrap, write_series)

ROOT = REPO


def month_name(ym):
    y, m = ym.split("-")
    return f"{MONTHS[int(m) - 1]} {y}"


def attachment_url(doc):
    u = uuid.uuid5(uuid.NAMESPACE_URL, "reliefweb-attachment:" + doc["slug"])
    return f"https://reliefweb.int/attachments/{u}/{doc['file']}", str(u)


def page_url(source, doc):
    return f"https://reliefweb.int/report/{source['country_slug']}/{doc['slug']}"


# ---------------------------------------------------------------------------------------------- documents

def document_body(pages, *, for_pdf):
    """The blocks of every page as HTML; in a PDF each page after the first starts with a heading on a new page."""
    blocks = []
    for i, page in enumerate(pages):
        if i > 0 and for_pdf:
            assert page[0][0] == "h", f"page {i + 1} must start with a heading"
            blocks.append(("break",))
        blocks.extend(page)
    return blocks_html(blocks, justify=for_pdf, table_width="75%", column_widths=True)


def build_lo_pdf(doc, source, target, work):
    css = stylesheet(margin="1.8cm", size=source["style"].get("size", "9.5pt"), td="8.5pt", li="0.08cm",
                     headings=[("h2", "11pt", "0.3cm", "0.12cm"), ("h3", "9.5pt", "0.2cm", "0.08cm")])
    document = document_html(title=doc["title"], what="this publication", css=css,
                             body=document_body(doc["pages"], for_pdf=True),
                             header=doc["running_header"], footer=doc["running_footer"])
    libreoffice_pdf(document, target, work, doc["slug"])


def pig_layout(doc):
    """Absolute positions, one list per spec page; the footer closes each page."""
    pages = []
    left, width = 50, 495
    for number, blocks in enumerate(doc["pages"], start=1):
        items, y = [], 800

        def emit(text, x, y_, size, bold=False):
            items.append({"text": text, "x": x, "y": y_, "size": size, "bold": bold})

        emit(doc["running_header"], left, y, 7)
        y -= 22
        for block in blocks:
            kind = block[0]
            if kind == "banner":
                for text, size, bold in block[1]:
                    for line in wrap(text, size, width):
                        emit(line, left, y, size, bold)
                        y -= size * 1.35
                y -= 8
            elif kind in ("h", "h3"):
                y -= 6
                emit(block[1], left, y, 11 if kind == "h" else 9.5, True)
                y -= 17
            elif kind in ("p", "small"):
                size = 9.5 if kind == "p" else 7
                for line in wrap(block[1], size, width):
                    emit(line, left, y, size)
                    y -= size * 1.4
                y -= 6
            elif kind == "li":
                for text in block[1]:
                    for j, line in enumerate(wrap(text, 9.5, width - 14)):
                        emit(("\u2022 " if j == 0 else "") + line, left + (0 if j == 0 else 9), y, 9.5)
                        y -= 13.3
                    y -= 3
                y -= 4
            elif kind == "kf":
                cells = block[1]
                step = width / len(cells)
                for i, (n, _) in enumerate(cells):
                    emit(n, left + i * step, y, 20, True)
                deepest = 0
                for i, (_, label) in enumerate(cells):
                    for j, line in enumerate(wrap(label, 8, step - 12)):
                        emit(line, left + i * step, y - 14 - j * 10, 8)
                        deepest = max(deepest, j)
                y -= 34 + deepest * 10
            elif kind == "table":
                _, caption, header, rows = block
                emit(caption, left, y, 9.5)
                y -= 16
                columns = [left] + [left + 190 + i * 95 for i in range(len(header) - 1)]
                for row, bold in [(header, True)] + [(r, False) for r in rows]:
                    for x, cell in zip(columns, row):
                        emit(cell, x, y, 9, bold)
                    y -= 14
                y -= 6
            else:
                raise ValueError(kind)
            assert y > 60, f"{doc['slug']}: page {number} overflows"
        emit(f"{doc['running_footer']} | Page {number}", left, 36, 7)
        pages.append(items)
    return {"title": doc["title"], "pages": pages}


def build_pig_pdf(doc, target, work):
    pdfpig_pdf(pig_layout(doc), target, work, doc["slug"])


# ---------------------------------------------------------------------------------------------- ReliefWeb

def body_html(doc):
    if doc["fmt"] == "page":
        return document_body(doc["pages"], for_pdf=False)
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in doc["summary"])


def body_text(doc):
    if doc["fmt"] == "page":
        out = []
        for page in doc["pages"]:
            for b in page:
                if b[0] == "li":
                    out.extend("- " + t for t in b[1])
                elif b[0] == "table":
                    out.append(b[1])
                    out.extend(" | ".join(r) for r in [b[2]] + b[3])
                elif b[0] == "kf":
                    out.extend(f"{n} {label}" for n, label in b[1])
                elif b[0] != "banner":
                    out.append(b[1])
        return "\n\n".join(out)
    return "\n\n".join(doc["summary"])


def record(source, doc, only):
    """A report of the spec as reliefweb_series.write_series reads it."""
    hour, minute = doc.get("posted", (9, 20))
    posted = on_day(doc["published"], hour, minute)
    pdf = None
    if doc["fmt"] != "page":
        url, u = attachment_url(doc)
        if doc["fmt"] == "lo":
            make = lambda target, work: build_lo_pdf(doc, source, target, work)  # noqa: E731
        elif doc["fmt"] == "pig":
            make = lambda target, work: build_pig_pdf(doc, target, work)  # noqa: E731
        else:
            raise ValueError(doc["fmt"])
        pdf = {"url": url, "uuid": u, "file_id": doc["node"] - 1985000 if doc["node"] > 1985000 else doc["node"],
               "filename": doc["file"], "make": make, "rebuild": only is None or doc["month"] in only,
               "etag": stable_etag("pdf" + doc["slug"]), "modified": on_day(doc["published"], hour, max(minute - 17, 0))}
    text = body_text(doc)
    return {
        "name": doc["slug"], "node": doc["node"], "title": doc["title"], "page": page_url(source, doc),
        "published": doc["published"], "created": on_day(doc["published"], hour, minute - 5 if minute >= 5 else 0),
        "changed": posted, "posted": posted, "origin": f"https://data.unhcr.org/en/documents/details/{doc['origin']}",
        "origin_link": None, "body": text, "body_html": body_html(doc), "description": text.split("\n\n")[0][:300],
        "content": body_html(doc), "pdf": pdf, "page_etag": stable_etag("page" + doc["slug"]), "page_modified": posted,
        "figures": doc["figures"],
    }


def build(source, docs, only=None):
    """only: the months whose PDFs to rebuild (None: every month's); a missing PDF is always built."""
    months = [d["month"] for d in docs]
    assert months == sorted(months) and len(set(months)) == len(months), "one report a month, oldest first"
    country = source["country"]
    primary = {"href": f"{API}countries/{country['id']}", "id": country["id"], "iso3": source["query"]["iso3"],
               "location": country["location"], "name": source["country_name"], "shortname": source["country_name"]}
    query = source["query"]
    series = {"id": source["id"], "country": source["iso3"], "primary_country": primary,
              "countries": [dict(primary, primary=True)], "source": UNHCR, "themes": [PROTECTION],
              "listing_url": query_url({"country": query["iso3"], "source": query["source"], "phrase": query["title"]}),
              "listing_file": "v2-reports.json", "listing_etag": stable_etag(source["id"] + docs[-1]["published"]),
              "listing_modified": on_day(docs[-1]["published"], 8, 41) + timedelta(days=6), "took": 8, "indent": 2,
              "page_what": "this publication"}
    write_series(series, [record(source, doc, only) for doc in docs])
