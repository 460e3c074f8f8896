"""Shared by the build scripts of every report series that ReliefWeb lists (build-<id>.py), one function a job.

A series' script holds its spec: per monthly report its ReliefWeb record (title, dates, report page address,
summary, attachment) and its document (the blocks of its PDF, or of the report page when ReliefWeb carries the
update as text only), with the figures a careful reader finds in it. This module turns a spec into, under
seeds/snapshot/<id>/:

  files/api/<listing>.json          the ReliefWeb API v2 /reports answer to the source's discovery request
  files/report/<name>.html          each report's page on reliefweb.int
  files/attachments/<name>.pdf      each attached PDF (LibreOffice: HTML -> ODT -> PDF; or PdfPig's writer)
  index.json                        the recorded responses, as SnapshotReplayHandler reads them

and seeds/snapshot/expected/<id>.json. The spec form of this module is report() plus build(); the UNHCR country
updates keep a spec form of their own (unhcr_country_update.py), written through the same functions here. Every
document is a reconstruction imitating a publication; see seeds/README.md for what is real in each series.

Needs LibreOffice Writer, the Liberation and DejaVu fonts and the .NET SDK (for PdfPig's writer in
tests/Fixtures/tools/PdfPigWriter), only to rebuild the snapshot.
"""
import hashlib
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SNAPSHOT = os.path.join(REPO, "seeds", "snapshot")
CORPUS_TOOLS = os.path.join(REPO, "tests", "Fixtures", "tools")
PDFPIG_WRITER = os.path.join(CORPUS_TOOLS, "PdfPigWriter")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
NOTE = "MigrationFeeds seed snapshot: a reconstruction imitating {what}, not the publication itself. See seeds/README.md."
API = "https://api.reliefweb.int/v2/"
BLUE = "#0072BC"

sys.path.insert(0, os.path.join(CORPUS_TOOLS, "corpus"))
from build import wrap  # noqa: E402  (the corpus's line breaking for PdfPig layouts)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# ---------------------------------------------------------------- figures

def F(indicator, measure, period, value=None, *, site=None, country=None, page=1, approx=False):
    """A figure as a careful reader notes it; a range is value=(low, high) and is approximate."""
    low = high = None
    if isinstance(value, tuple):
        low, high, value, approx = value[0], value[1], None, True
    return {"indicator": indicator, "measure": measure, "period": period, "value": value, "low": low,
            "high": high, "approximate": approx, "page": page, "site": site, "country": country}


ARR, UASC_ARR, UASC_PRES = "arrivals", "uasc_arrivals", "uasc_present"
INT, APP = "asylum_intentions", "asylum_applications"
ACC, CAP, PRES, OUT = "accommodated", "capacity", "present_total", "outside_accommodation"
MONTH, YEAR, CUM, STOCK = "month", "year", "cumulative", "stock"


def expected_figure(f, country):
    """A figure as seeds/snapshot/expected/ writes it; country: the series' own, unless the figure names one."""
    return {"country": f["country"] or country, "site": f["site"], "indicator": f["indicator"],
            "measure": f["measure"], "period": f["period"], "value": f["value"], "low": f["low"], "high": f["high"],
            "approximate": f["approximate"], "page": f["page"]}


def n(value):
    """A count as English reports write it: 12,084."""
    return f"{value:,}"


def month_name(ym):
    return MONTHS[int(ym[5:7]) - 1]


def previous(ym, months=1):
    y, m = int(ym[:4]), int(ym[5:7]) - months
    while m < 1:
        y, m = y - 1, m + 12
    return f"{y:04d}-{m:02d}"


def month_end(ym):
    y, m = int(ym[:4]), int(ym[5:7])
    first_next = date(y + (m == 12), m % 12 + 1, 1)
    return (first_next - timedelta(days=1)).isoformat()


# ---------------------------------------------------------------- documents: HTML for LibreOffice

def stylesheet(*, margin, size, td, li, headings, colour=BLUE):
    """A word-processor page: A4, Liberation Sans. headings: (tag, pt, margin-top or None, margin-bottom)."""
    font = 'font-family: "Liberation Sans", Arial, sans-serif'
    rules = [f"@page {{ size: 21cm 29.7cm; margin-top: 1.3cm; margin-bottom: 1.1cm; margin-left: {margin}; margin-right: {margin} }}",
             f"body {{ {font}; font-size: {size}; color: #222222 }}",
             "p { margin-top: 0; margin-bottom: 0.16cm; line-height: 118% }"]
    for tag, pt, top, bottom in headings:
        above = f"margin-top: {top}; " if top else ""
        rules.append(f"{tag} {{ {font}; font-size: {pt}; color: {colour}; {above}margin-bottom: {bottom} }}")
    rules += [f"td {{ {font}; font-size: {td}; vertical-align: top }}", f"li {{ margin-bottom: {li} }}"]
    return "\n".join(rules)


def shy(text):
    """A "~" in a spec's text marks where a word may be hyphenated at a line end (a soft hyphen)."""
    return text.replace("~", "&shy;")


def plain(text):
    return text.replace("~", "")


def blocks_html(blocks, *, colour=BLUE, justify=True, table_width="70%", column_widths=False):
    """Blocks: ("band"|"banner", [(text, pt[, bold])]), ("h", text), ("h3", text), ("p", text: HTML if it starts
    with "<"), ("small", text), ("bullets"|"li", [text]), ("kf", [(number, label)]), ("table", caption, header,
    rows), ("break",) to start the next block on a new page."""
    e = html.escape
    out = []
    page_break = False
    for block in blocks:
        kind = block[0]
        brk = ' style="page-break-before: always"' if page_break else ""
        if kind == "break":
            page_break = True
            continue
        page_break = False
        if kind in ("band", "banner"):
            lines = "".join(f'<p style="font-size:{line[1]}pt; color:#FFFFFF">{"<b>" if line[2:] and line[2] else ""}'
                            f'{e(line[0])}{"</b>" if line[2:] and line[2] else ""}</p>' for line in block[1])
            out.append(f'<table width="100%" cellpadding="6" cellspacing="0"{brk}><tr>'
                       f'<td width="100%" bgcolor="{colour}">{lines}</td></tr></table>')
        elif kind == "h":
            out.append(f"<h2{brk}>{e(block[1])}</h2>")
        elif kind == "h3":
            out.append(f"<h3{brk}>{e(block[1])}</h3>")
        elif kind == "p":
            align = ' align="justify"' if justify else ""
            out.append(f"<p{align}{brk}>{block[1] if block[1].startswith('<') else shy(e(block[1]))}</p>")
        elif kind == "small":
            out.append(f'<p style="font-size:7pt; color:#555555"{brk}>{e(block[1])}</p>')
        elif kind in ("bullets", "li"):
            out.append(f"<ul{brk}>" + "".join(f"<li><p>{shy(e(t))}</p></li>" for t in block[1]) + "</ul>")
        elif kind == "kf":
            width = 100 // len(block[1])
            out.append(f'<table width="100%" cellpadding="4" cellspacing="2"{brk}><tr>'
                       + "".join(f'<td width="{width}%" style="border-top: 3px solid {colour}"><p style="font-size:15pt; '
                                 f'color:{colour}"><b>{e(num)}</b></p></td>' for num, _ in block[1])
                       + "</tr><tr>"
                       + "".join(f'<td width="{width}%"><p style="font-size:7.5pt; color:#333333">{e(label)}</p></td>'
                                 for _, label in block[1])
                       + "</tr></table>")
        elif kind == "table":
            _, caption, header, rows = block
            out.append(f"<p{brk}>{e(caption)}</p>")
            first = 100 - 16 * (len(header) - 1)
            widths = [f' width="{first if i == 0 else 16}%"' if column_widths else "" for i in range(len(header))]
            cells = "".join(f'<td{w} bgcolor="#E8F1FA"><p><b>{e(h)}</b></p></td>' for w, h in zip(widths, header))
            right = ' align="right"'
            body = "".join("<tr>" + "".join(f'<td{"" if i == 0 else right}><p>{e(c)}</p></td>'
                                            for i, c in enumerate(r)) + "</tr>" for r in rows)
            out.append(f'<table width="{table_width}" cellpadding="3" cellspacing="0" style="border: 1px solid #999999">'
                       f"<tr>{cells}</tr>{body}</table>")
        else:
            raise ValueError(kind)
    return "\n".join(out)


def document_html(*, title, what, css, body, header=None, footer=None):
    """The word-processor source a PDF is exported from, with a running header and a footer with page numbers."""
    e = html.escape
    parts = ['<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">',
             f'<title>{e(title)}</title>',
             f'<meta name="description" content="{e(NOTE.format(what=what))}">',
             f'<style>\n{css}\n</style>\n</head>\n<body>']
    if header:
        parts.append(f'<div title="header"><p style="font-size:7pt; color:#555555">{e(header)}</p></div>')
    parts.append(body)
    if footer:
        parts.append(f'<div title="footer"><p style="font-size:7pt; color:#555555" align="right">{e(footer)} | '
                     'Page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


def libreoffice_pdf(document, target, work, name):
    """Exports the HTML `document` to the PDF `target`, working in the folder `work`."""
    source = os.path.join(work, name + ".html")
    with open(source, "w", encoding="utf-8") as f:
        f.write(document)
    # A private profile, so a LibreOffice already running for the user does not swallow the job.
    base = ["libreoffice", f"-env:UserInstallation=file://{work}/profile", "--headless"]
    # HTML -> ODT -> PDF: converting HTML straight to PDF keeps the running header and footer on page 1 only.
    subprocess.run(base + ["--infilter=HTML (StarWriter)", "--convert-to", "odt", "--outdir", work, source],
                   check=True, capture_output=True)
    subprocess.run(base + ["--convert-to", "pdf:writer_pdf_Export", "--outdir", work, os.path.join(work, name + ".odt")],
                   check=True, capture_output=True)
    shutil.move(os.path.join(work, name + ".pdf"), target)


# ---------------------------------------------------------------- documents: PdfPig

def pig_layout(doc):
    """Absolute positions for PdfPig's writer, the blocks flowing over pages, a running header and footer on every
    page. As in the corpus, a key-figure box is written numbers first and labels after, the order a designed PDF's
    text stream often has."""
    pages, items = [], []
    left, width, top, bottom = 50, 495, 780, 70
    y = top

    def emit(text, x, y, size, bold=False):
        items.append({"text": text, "x": x, "y": y, "size": size, "bold": bold})

    def new_page():
        nonlocal items, y
        footer = doc.get("footer")
        if footer:
            emit(f"{footer} | Page {len(pages) + 1}", left, 40, 7)
        pages.append(items)
        items, y = [], top
        start_page()

    def start_page():
        if doc.get("header"):
            emit(doc["header"], left, 810, 7)

    def advance(step):
        nonlocal y
        y -= step
        if y < bottom:
            new_page()

    start_page()
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "break":
            new_page()
        elif kind == "band":
            for text, pt in block[1]:
                for line in wrap(text, pt, width):
                    emit(line, left, y, pt, pt >= 11)
                    advance(pt * 1.35)
            advance(8)
        elif kind == "h":
            advance(6)
            emit(block[1], left, y, 11, True)
            advance(18)
        elif kind in ("p", "small", "bullets"):
            size = 7 if kind == "small" else 9.5
            texts = [("• " if kind == "bullets" else "") + plain(t) for t in (block[1] if kind == "bullets" else [block[1]])]
            for text in texts:
                for line in wrap(text, size, width):
                    emit(line, left, y, size)
                    advance(size * 1.4)
                advance(4)
            advance(2)
        elif kind == "kf":
            cells = block[1]
            step = width / len(cells)
            for i, (num, _) in enumerate(cells):
                emit(num, left + i * step, y, 20, True)
            for i, (_, label) in enumerate(cells):
                for j, line in enumerate(wrap(label, 8, step - 12)):
                    emit(line, left + i * step, y - 14 - j * 10, 8)
            advance(64)
        elif kind == "table":
            _, caption, header, rows = block
            emit(caption, left, y, 9.5)
            advance(16)
            columns = [left] + [left + 190 + i * 95 for i in range(len(header) - 1)]
            for row, bold in [(header, True)] + [(r, False) for r in rows]:
                for x, cell in zip(columns, row):
                    emit(cell, x, y, 9, bold)
                advance(14)
            advance(6)
        else:
            raise ValueError(kind)
    new_page()
    return {"title": doc["title"], "pages": pages}


def pdfpig_pdf(layout, target, work, name):
    """Writes the PDF `target` from a layout (pages of positioned text) with PdfPig's writer."""
    path = os.path.join(work, name + ".layout.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(layout, f, ensure_ascii=False)
    dll = os.path.join(PDFPIG_WRITER, "bin", "Release", "net10.0", "MigrationFeeds.PdfPigWriter.dll")
    if not os.path.exists(dll):
        subprocess.run(["dotnet", "build", PDFPIG_WRITER, "-c", "Release"], check=True, capture_output=True)
    subprocess.run(["dotnet", dll, path, target, DEJAVU, DEJAVU_BOLD], check=True, capture_output=True)


# ---------------------------------------------------------------- ReliefWeb

# ReliefWeb's records of the two publishers (their real ids) and the theme their updates carry.
UNHCR = {"href": "https://api.reliefweb.int/v2/sources/2868", "homepage": "http://www.unhcr.org/", "id": 2868,
         "longname": "Office of the United Nations High Commissioner for Refugees",
         "name": "UN High Commissioner for Refugees", "shortname": "UNHCR",
         "spanish_name": "Alto Comisionado de las Naciones Unidas para los Refugiados",
         "type": {"id": 272, "name": "International Organization"}}
IOM = {"href": "https://api.reliefweb.int/v2/sources/1255", "homepage": "http://www.iom.int/", "id": 1255,
       "longname": "International Organization for Migration", "name": "International Organization for Migration",
       "shortname": "IOM", "spanish_name": "Organización Internacional para las Migraciones",
       "type": {"id": 272, "name": "International Organization"}}
PROTECTION = {"id": 4592, "name": "Protection and Human Rights"}


def query_url(query):
    """The discovery request as src/Pipeline/Discovery/ReliefWebQuery.ToUri builds it (offset 0), written
    unencoded and without the deployment's appname, as index.json records URLs."""
    parts = ["profile=full", "limit=100", "offset=0", "sort[]=date.original:asc", "filter[operator]=AND",
             "filter[conditions][0][field]=primary_country.iso3", f"filter[conditions][0][value]={query['country']}",
             "filter[conditions][1][field]=source.shortname", f"filter[conditions][1][value]={query['source']}"]
    if query.get("since"):
        parts += ["filter[conditions][2][field]=date.original", f"filter[conditions][2][value][from]={query['since']}T00:00:00Z"]
    parts += ["query[fields][]=title", f"query[value]={query['phrase']}"]
    return API + "reports?" + "&".join(parts)


def stable_uuid(*parts):
    return str(uuid.UUID(hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]))


def stable_etag(*parts):
    return '"' + hashlib.sha256("|".join(parts).encode()).hexdigest()[:8] + '"'


def http_date(when):
    return format_datetime(when.astimezone(timezone.utc), usegmt=True)


def on_day(day, hour=0, minute=0):
    """A UTC time on a day given as YYYY-MM-DD."""
    d = date.fromisoformat(day)
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=timezone.utc)


def shown_date(when):
    return f"{when.day} {when.strftime('%b %Y')}"


# A series, as the writers below read it: id, country (ISO3 of its figures), primary_country and countries
# (ReliefWeb's records), source, themes, listing_url, listing_file, listing_etag, listing_modified, took,
# indent, page_what. A record, one a report: name (of its files), node, title, page, published, created, changed,
# posted, origin, origin_link, body, body_html, description, content (the page's article text as HTML),
# pdf (url, uuid, file_id, filename, make: a function of target and work folder, rebuild, etag, modified),
# page_etag, page_modified, figures.

def report_fields(series, record, pdf_size):
    """The record's `fields` in the /reports answer."""
    fields = {
        "id": record["node"],
        "title": record["title"],
        "status": "published",
        "body": record["body"],
        "body-html": record["body_html"],
        "date": {"created": record["created"].isoformat(), "changed": record["changed"].isoformat(),
                 "original": on_day(record["published"]).isoformat()},
        "url": record["page"],
        "url_alias": record["page"],
        "origin": record["origin"],
        "primary_country": series["primary_country"],
        "country": series["countries"],
        "source": [series["source"]],
        "format": [{"id": 10, "name": "Situation Report"}],
        "language": [{"code": "en", "id": 267, "name": "English"}],
        "theme": series["themes"],
    }
    if record["pdf"]:
        u = record["pdf"]["uuid"]
        preview = f"previews/{u[:2]}/{u[2:4]}/{u}.png"
        fields["file"] = [{
            "id": record["pdf"]["file_id"], "description": "", "filename": record["pdf"]["filename"],
            "filesize": pdf_size, "mimetype": "application/pdf", "url": record["pdf"]["url"],
            "preview": {"url": f"https://reliefweb.int/sites/default/files/{preview}",
                        "url-large": f"https://reliefweb.int/sites/default/files/styles/large/public/{preview}",
                        "url-small": f"https://reliefweb.int/sites/default/files/styles/small/public/{preview}",
                        "url-thumb": f"https://reliefweb.int/sites/default/files/styles/thumbnail/public/{preview}",
                        "version": "1"},
        }]
    return fields


def report_page(series, record, pdf_size):
    """The report's page on reliefweb.int: site furniture, the article header, the attachment (if any) and the
    content, which for a text-only report is the update itself."""
    e = html.escape
    published = on_day(record["published"])
    country = series["primary_country"]
    source = series["source"]
    attachment = ""
    if record["pdf"]:
        u = record["pdf"]["uuid"]
        attachment = f"""          <section class="rw-attachment rw-attachment--report rw-file-list" aria-label="Attachments">
            <h2 class="rw-attachment__title visually-hidden">Attachments</h2>
            <ul class="rw-attachment__list">
              <li class="rw-attachment__item rw-file">
                <a class="rw-file__link" href="{e(record['pdf']['url'])}" target="_blank" rel="noopener">
                  <span class="rw-file__label">Download Report</span>
                  <span class="rw-file__description">(PDF | {pdf_size / 1024:.2f} KB)</span>
                </a>
                <img class="rw-file__preview" src="https://reliefweb.int/sites/default/files/styles/large/public/previews/{u[:2]}/{u[2:4]}/{u}.png" alt="Preview of {e(record['pdf']['filename'])}" loading="lazy" width="700" height="990" />
              </li>
            </ul>
          </section>
"""
    origin = ""
    if record["origin_link"]:
        origin = f"""
              <dt class="rw-entity-meta__tag-label rw-entity-meta__tag-label--origin">Origin</dt>
              <dd class="rw-entity-meta__tag-value rw-entity-meta__tag-value--origin"><a href="{record['origin_link']}">View original</a></dd>"""
    themes = "".join(f'<li><a href="https://reliefweb.int/topics/{t["name"].lower().replace(" ", "-")}">{e(t["name"])}</a></li>'
                     for t in series["themes"])
    return f"""<!DOCTYPE html>
<!-- {NOTE.format(what=series["page_what"])} -->
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="{e(record['description'])}" />
    <link rel="canonical" href="{e(record['page'])}" />
    <link rel="shortlink" href="https://reliefweb.int/node/{record['node']}" />
    <meta property="og:site_name" content="ReliefWeb" />
    <meta property="og:type" content="article" />
    <meta property="og:url" content="{e(record['page'])}" />
    <meta property="og:title" content="{e(record['title'])} - {e(country['name'])}" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:site" content="@reliefweb" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="/themes/custom/common_design_subtheme/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{e(record['title'])} - {e(country['name'])} | ReliefWeb</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_rw_report.css" />
  </head>
  <body class="rw-report path-node page-node-type-report">
    <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
      <header class="cd-header" role="banner">
        <div class="cd-header__inner cd-container">
          <a href="https://reliefweb.int/" class="cd-site-logo" rel="home"><span class="visually-hidden">ReliefWeb - Informing humanitarians worldwide</span></a>
          <nav class="cd-nav" aria-label="Main navigation">
            <ul class="cd-nav__menu">
              <li><a href="https://reliefweb.int/updates">Updates</a></li>
              <li><a href="https://reliefweb.int/countries">Countries</a></li>
              <li><a href="https://reliefweb.int/disasters">Disasters</a></li>
              <li><a href="https://reliefweb.int/organizations">Organizations</a></li>
              <li><a href="https://reliefweb.int/topics">Topics</a></li>
              <li><a href="https://reliefweb.int/jobs">Jobs</a></li>
              <li><a href="https://reliefweb.int/training">Training</a></li>
            </ul>
          </nav>
        </div>
      </header>
      <main role="main" id="main-content" class="cd-container">
        <article class="rw-article rw-article--report" data-id="{record['node']}">
          <header class="rw-article__header rw-article__header--with-meta">
            <div class="rw-entity-country-slug">
              <a class="rw-entity-country-slug__link" href="https://reliefweb.int/country/{country['iso3']}">{e(country['name'])}</a>
            </div>
            <h1 class="rw-article__title rw-page-title">{e(record['title'])}</h1>
            <dl class="rw-entity-meta rw-entity-meta--core">
              <dt class="rw-entity-meta__tag-label rw-entity-meta__tag-label--format">Format</dt>
              <dd class="rw-entity-meta__tag-value rw-entity-meta__tag-value--format">Situation Report</dd>
              <dt class="rw-entity-meta__tag-label rw-entity-meta__tag-label--source">Source</dt>
              <dd class="rw-entity-meta__tag-value rw-entity-meta__tag-value--source">
                <ul class="rw-entity-meta__tag-value__list"><li class="rw-entity-meta__tag-value__list__item"><a href="https://reliefweb.int/organization/{source['shortname'].lower()}" class="rw-entity-meta__tag-link" title="{e(source['name'])}">{e(source['shortname'])}</a></li></ul>
              </dd>
              <dt class="rw-entity-meta__tag-label rw-entity-meta__tag-label--posted">Posted</dt>
              <dd class="rw-entity-meta__tag-value rw-entity-meta__tag-value--posted rw-entity-meta__tag-value--date"><time datetime="{record['posted'].isoformat()}">{shown_date(record['posted'])}</time></dd>
              <dt class="rw-entity-meta__tag-label rw-entity-meta__tag-label--original-publication-date">Originally published</dt>
              <dd class="rw-entity-meta__tag-value rw-entity-meta__tag-value--original-publication-date rw-entity-meta__tag-value--date"><time datetime="{published.isoformat()}">{shown_date(published)}</time></dd>{origin}
            </dl>
          </header>
{attachment}          <div class="rw-report__content rw-article__content">
{record['content']}
          </div>
          <footer class="rw-article__footer">
            <section class="rw-entity-meta rw-entity-meta--footer">
              <dl class="rw-entity-meta">
                <dt class="rw-entity-meta__tag-label">Primary country</dt>
                <dd class="rw-entity-meta__tag-value"><a href="https://reliefweb.int/country/{country['iso3']}">{e(country['name'])}</a></dd>
                <dt class="rw-entity-meta__tag-label">Themes</dt>
                <dd class="rw-entity-meta__tag-value"><ul>{themes}</ul></dd>
              </dl>
            </section>
          </footer>
        </article>
      </main>
      <footer class="cd-footer" role="contentinfo">
        <div class="cd-footer__inner cd-container">
          <p class="cd-footer__copyright">ReliefWeb is a service provided by the UN Office for the Coordination of Humanitarian Affairs (OCHA).</p>
          <ul class="cd-footer__menu">
            <li><a href="https://reliefweb.int/about">About</a></li>
            <li><a href="https://reliefweb.int/terms-conditions">Terms</a></li>
            <li><a href="https://reliefweb.int/privacy-policy">Privacy</a></li>
            <li><a href="https://reliefweb.int/contact">Contact</a></li>
          </ul>
        </div>
      </footer>
    </div>
  </body>
</html>
"""


def write_json(path, value, indent=2):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=indent)
        f.write("\n")


def write_series(series, records):
    """Writes a series' snapshot: the PDFs to (re)build, the report pages, the listing, index.json and the
    expected figures."""
    sid = series["id"]
    root = os.path.join(SNAPSHOT, sid)
    files = {k: os.path.join(root, "files", k) for k in ("api", "report", "attachments")}
    for folder in files.values():
        os.makedirs(folder, exist_ok=True)

    sizes = {}
    work = tempfile.mkdtemp()
    try:
        for record in records:
            if record["pdf"]:
                target = os.path.join(files["attachments"], record["name"] + ".pdf")
                if record["pdf"]["rebuild"] or not os.path.exists(target):
                    record["pdf"]["make"](target, work)
                    print("built", os.path.relpath(target, REPO), os.path.getsize(target), "bytes")
                sizes[record["name"]] = os.path.getsize(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    entries = [{"url": series["listing_url"], "file": f"files/api/{series['listing_file']}", "contentType": "application/json",
                "etag": series["listing_etag"], "lastModified": http_date(series["listing_modified"])}]
    data, documents = [], []
    for record in records:
        name, size = record["name"], sizes.get(record["name"])
        with open(os.path.join(files["report"], name + ".html"), "w", encoding="utf-8") as f:
            f.write(report_page(series, record, size or 0))
        entries.append({"url": record["page"], "file": f"files/report/{name}.html",
                        "contentType": "text/html; charset=utf-8", "etag": record["page_etag"],
                        "lastModified": http_date(record["page_modified"])})
        if record["pdf"]:
            entries.append({"url": record["pdf"]["url"], "file": f"files/attachments/{name}.pdf",
                            "contentType": "application/pdf", "etag": record["pdf"]["etag"],
                            "lastModified": http_date(record["pdf"]["modified"])})
        data.append({"id": str(record["node"]), "score": 1, "fields": report_fields(series, record, size),
                     "href": f"{API}reports/{record['node']}"})
        documents.append({"url": record["pdf"]["url"] if record["pdf"] else record["page"],
                          "published": record["published"],
                          "figures": [expected_figure(f, series["country"]) for f in record["figures"]]})

    href = series["listing_url"].replace("?", "?appname=migrationfeeds&", 1)
    listing = {"time": 41, "href": href, "links": {"self": {"href": href}}, "took": series["took"],
               "totalCount": len(data), "count": len(data), "data": data}
    write_json(os.path.join(files["api"], series["listing_file"]), listing, series["indent"])
    write_json(os.path.join(root, "index.json"), {"entries": entries})
    write_json(os.path.join(SNAPSHOT, "expected", sid + ".json"), {"documents": documents})
    print(f"{sid}: {len(data)} reports, {sum(len(d['figures']) for d in documents)} figures")


# ---------------------------------------------------------------- this module's spec form

SERIES_STYLE = {"margin": "1.7cm", "size": "9pt", "td": "8pt", "li": "0.1cm",
                "headings": [("h1", "19pt", None, "0.05cm"), ("h2", "11pt", "0.3cm", "0.12cm")]}


def report(sid, key, *, published, at, node, page, origin, title, summary, figures, pdf=None, page_blocks=None):
    """One monthly report of a spec. pdf: (filename, maker "libreoffice" or "pdfpig", document blocks); without
    it the report is text only and page_blocks are what its ReliefWeb page shows."""
    record = {"key": key, "title": title, "published": published, "created": f"{published}T{at}:00+00:00", "node": node,
              "page": page, "origin": origin, "summary": summary, "figures": figures}
    if pdf:
        filename, maker, doc = pdf
        record["pdf"] = {"uuid": stable_uuid(sid, key), "file_id": 1000000 + node % 1000000, "filename": filename,
                         "maker": maker, "doc": doc}
    if page_blocks:
        record["page_blocks"] = page_blocks
    return record


def page_content(blocks):
    """A text-only report's article on its ReliefWeb page."""
    e = html.escape
    content = []
    for block in blocks:
        if block[0] == "h":
            content.append(f"<h3>{e(block[1])}</h3>")
        elif block[0] == "p":
            content.append(f"<p>{e(plain(block[1]))}</p>")
        elif block[0] == "bullets":
            content.append("<ul>" + "".join(f"<li>{e(plain(t))}</li>" for t in block[1]) + "</ul>")
        else:
            raise ValueError(block[0])
    return "\n".join(content)


def pdf_maker(doc, maker, what):
    if maker == "libreoffice":
        colour = doc.get("colour", BLUE)
        document = document_html(title=doc["title"], what=what, css=stylesheet(colour=colour, **SERIES_STYLE),
                                 body=blocks_html(doc["blocks"], colour=colour), header=doc.get("header"),
                                 footer=doc.get("footer"))
        return lambda target, work: libreoffice_pdf(document, target, work, "document")
    return lambda target, work: pdfpig_pdf(pig_layout(doc), target, work, "document")


def build(series, only=None):
    """Writes the snapshot of one series. only: report keys (YYYY-MM) whose PDFs to rebuild; the others keep
    their committed PDF (a rebuilt PDF differs in its bytes: LibreOffice and PdfPig write the build time)."""
    sid = series["id"]
    records = []
    for spec_report in series["reports"]:
        key = spec_report["key"]
        created = datetime.fromisoformat(spec_report["created"])
        pdf = None
        if spec_report.get("pdf"):
            spec = spec_report["pdf"]
            pdf = {"uuid": spec["uuid"], "file_id": spec["file_id"], "filename": spec["filename"],
                   "url": f"https://reliefweb.int/attachments/{spec['uuid']}/{spec['filename']}",
                   "make": pdf_maker(dict(spec["doc"], title=spec["doc"].get("title", spec_report["title"])), spec["maker"], series["what"]),
                   "rebuild": key in (only or ()), "etag": stable_etag(sid, key, "pdf"), "modified": created - timedelta(minutes=4)}
        records.append({
            "name": f"{sid}-{key}", "node": spec_report["node"], "title": spec_report["title"], "page": spec_report["page"],
            "published": spec_report["published"], "created": created, "changed": created + timedelta(minutes=12),
            "posted": created, "origin": spec_report["origin"], "origin_link": spec_report["origin"],
            "body": "\n\n".join(plain(p) for p in spec_report["summary"]),
            "body_html": "\n".join(f"<p>{html.escape(plain(p), quote=False)}</p>" for p in spec_report["summary"]),
            "description": plain(spec_report["summary"][0])[:200],
            "content": page_content(spec_report.get("page_blocks") or [("p", p) for p in spec_report["summary"]]),
            "pdf": pdf, "page_etag": stable_etag(sid, key, "page"), "page_modified": created + timedelta(minutes=12),
            "figures": spec_report["figures"],
        })
    last = datetime.fromisoformat(series["reports"][-1]["created"]) + timedelta(days=series.get("recorded_after_days", 9))
    write_series(dict(series, countries=[dict(series["primary_country"], primary=True)] + series.get("other_countries", []),
                      listing_url=query_url(series["query"]), listing_file=sid + ".json",
                      listing_etag=stable_etag(sid, "listing"), listing_modified=last, took=11, indent=1,
                      page_what="the ReliefWeb page of this report"), records)
