"""Renders a monthly UNHCR country update series the way ReliefWeb lists it, for the offline snapshot.

A source's build script (build-unhcr-serbia-update.py, build-unhcr-mkd-update.py, build-unhcr-mne-update.py)
holds one spec: the ReliefWeb query, and per month the report's title, dates, addresses, the text of the
document page by page, the summary ReliefWeb shows, and the figures a careful reader finds in the document.
This module only renders that spec into seeds/snapshot/<id>/:

  files/api/v2-reports.json        the /v2/reports answer to the source's query (profile=full, oldest first)
  files/report/<slug>.html         each report's page on reliefweb.int
  files/attachments/<file>.pdf     the attached PDF, when the report has one
  index.json                       the recorded responses, files relative to this folder
  ../expected/<id>.json            the figures of each parsed document (the PDF, or the page when there is none)

Documents come in three forms, as the series do on ReliefWeb:
  "lo"    a PDF exported from a word processor: HTML -> ODT -> PDF with LibreOffice (private profile)
  "pig"   a PDF from a design template, written by tests/Fixtures/tools/PdfPigWriter (key-figure boxes put
          every number in the text stream before the labels, as designed layouts do)
  "page"  no attachment: the report's text is the body of its ReliefWeb page, which is then the document

Every document is a reconstruction imitating a real publication; see seeds/README.md for which figures are real.
Needs LibreOffice Writer, the Liberation and DejaVu fonts and the .NET SDK (only to rebuild the snapshot).
"""
import hashlib
import html
import json
import os
import shutil
import subprocess
import tempfile
import uuid
from datetime import date, datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SNAPSHOT = os.path.join(ROOT, "seeds", "snapshot")
WRITER = os.path.join(ROOT, "tests", "Fixtures", "tools", "PdfPigWriter")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
NOTE = "MigrationFeeds seed snapshot: a reconstruction imitating this publication, not the publication itself. See seeds/README.md."
API = "https://api.reliefweb.int/v2/"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

ARR, UASC_ARR, UASC_PRES = "arrivals", "uasc_arrivals", "uasc_present"
INT, APP = "asylum_intentions", "asylum_applications"
ACC, CAP, PRES, OUT = "accommodated", "capacity", "present_total", "outside_accommodation"
MONTH, YEAR, CUM, STOCK = "month", "year", "cumulative", "stock"


def F(indicator, measure, period, value=None, *, site=None, approx=False, page=1):
    """One figure as a careful reader notes it. A range is value=(low, high), approximate as DOMAIN.md says."""
    low = high = None
    if isinstance(value, tuple):
        low, high, value, approx = value[0], value[1], None, True
    return {"site": site, "indicator": indicator, "measure": measure, "period": period, "value": value,
            "low": low, "high": high, "approximate": approx, "page": page}


def month_name(ym):
    y, m = ym.split("-")
    return f"{MONTHS[int(m) - 1]} {y}"


def stable(text, n=8):
    return hashlib.sha256(text.encode()).hexdigest()[:n]


def attachment_url(doc):
    u = uuid.uuid5(uuid.NAMESPACE_URL, "reliefweb-attachment:" + doc["slug"])
    return f"https://reliefweb.int/attachments/{u}/{doc['file']}", str(u)


def page_url(source, doc):
    return f"https://reliefweb.int/report/{source['country_slug']}/{doc['slug']}"


def listing_url(source):
    q = source["query"]
    return (API + "reports?profile=full&limit=100&offset=0&sort[]=date.original:asc&filter[operator]=AND"
            f"&filter[conditions][0][field]=primary_country.iso3&filter[conditions][0][value]={q['iso3']}"
            f"&filter[conditions][1][field]=source.shortname&filter[conditions][1][value]={q['source']}"
            f"&query[fields][]=title&query[value]={q['title']}")


def primary_url(source, doc):
    return attachment_url(doc)[0] if doc["fmt"] != "page" else page_url(source, doc)


def http_date(d, hour, minute):
    dt = datetime(d.year, d.month, d.day, hour, minute, tzinfo=timezone.utc)
    return dt.strftime("%a, %d %b %Y %H:%M:%S GMT")


def iso(d, hour=0, minute=0):
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=timezone.utc).isoformat()


# ---------------------------------------------------------------------------------------------- blocks to HTML

def blocks_html(blocks, *, for_pdf):
    """Blocks: ("h", text), ("h3", text), ("p", text), ("li", [texts]), ("kf", [(number, label)]),
    ("table", caption, header, rows), ("small", text), ("banner", [lines])."""
    e = html.escape
    out = []
    for block in blocks:
        kind = block[0]
        if kind == "banner":
            lines = block[1]
            cells = "".join(
                f'<p style="font-size:{size}pt; color:#FFFFFF">{"<b>" if bold else ""}{e(text)}{"</b>" if bold else ""}</p>'
                for text, size, bold in lines)
            out.append('<table width="100%" cellpadding="6" cellspacing="0"><tr>'
                       f'<td width="100%" bgcolor="#0072BC">{cells}</td></tr></table>')
        elif kind == "h":
            out.append(f"<h2>{e(block[1])}</h2>")
        elif kind == "h3":
            out.append(f"<h3>{e(block[1])}</h3>")
        elif kind == "p":
            align = ' align="justify"' if for_pdf else ""
            out.append(f"<p{align}>{block[1] if block[1].startswith('<') else e(block[1])}</p>")
        elif kind == "li":
            out.append("<ul>" + "".join(f"<li><p>{e(t)}</p></li>" for t in block[1]) + "</ul>")
        elif kind == "small":
            out.append(f'<p style="font-size:7pt; color:#555555">{e(block[1])}</p>')
        elif kind == "kf":
            cells = block[1]
            width = 100 // len(cells)
            out.append('<table width="100%" cellpadding="4" cellspacing="2"><tr>'
                       + "".join(f'<td width="{width}%" style="border-top: 3px solid #0072BC"><p style="font-size:15pt; '
                                 f'color:#0072BC"><b>{e(n)}</b></p></td>' for n, _ in cells)
                       + "</tr><tr>"
                       + "".join(f'<td width="{width}%"><p style="font-size:7.5pt; color:#333333">{e(label)}</p></td>'
                                 for _, label in cells)
                       + "</tr></table>")
        elif kind == "table":
            _, caption, header, rows = block
            out.append(f"<p>{e(caption)}</p>")
            first = 100 - 16 * (len(header) - 1)
            out.append('<table width="75%" cellpadding="3" cellspacing="0" style="border: 1px solid #999999"><tr>'
                       + "".join(f'<td width="{first if i == 0 else 16}%" bgcolor="#E8F1FA"><p><b>{e(h)}</b></p></td>'
                                 for i, h in enumerate(header)) + "</tr>"
                       + "".join("<tr>" + "".join(
                           '<td' + ('' if i == 0 else ' align="right"') + f'><p>{e(c)}</p></td>' for i, c in enumerate(r))
                                 + "</tr>" for r in rows)
                       + "</table>")
        else:
            raise ValueError(kind)
    return "\n".join(out)


def document_html(doc, source):
    """The word-processor source of an "lo" PDF: running header and footer, pages split by page breaks."""
    e = html.escape
    style = source["style"]
    parts = [f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{e(doc["title"])}</title>',
             f'<meta name="description" content="{e(NOTE)}">',
             "<style>\n@page { size: 21cm 29.7cm; margin-top: 1.3cm; margin-bottom: 1.1cm; margin-left: 1.8cm; margin-right: 1.8cm }\n"
             f'body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: {style.get("size", "9.5pt")}; color: #222222 }}\n'
             "p { margin-top: 0; margin-bottom: 0.16cm; line-height: 118% }\n"
             'h2 { font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; color: #0072BC; margin-top: 0.3cm; margin-bottom: 0.12cm }\n'
             'h3 { font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; color: #0072BC; margin-top: 0.2cm; margin-bottom: 0.08cm }\n'
             'td { font-family: "Liberation Sans", Arial, sans-serif; font-size: 8.5pt; vertical-align: top }\n'
             "li { margin-bottom: 0.08cm }\n</style>\n</head>\n<body>",
             f'<div title="header"><p style="font-size:7pt; color:#555555">{e(doc["running_header"])}</p></div>']
    for i, blocks in enumerate(doc["pages"]):
        body = blocks_html(blocks, for_pdf=True)
        if i > 0:
            body = body.replace("<h2>", '<h2 style="page-break-before: always">', 1)
            assert 'page-break-before' in body, f"{doc['slug']}: page {i + 1} must start with a heading"
        parts.append(body)
    parts.append(f'<div title="footer"><p style="font-size:7pt; color:#555555" align="right">{e(doc["running_footer"])} | Page '
                 '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


def build_lo_pdf(doc, source, target, work):
    name = doc["slug"]
    src = os.path.join(work, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(document_html(doc, source))
    profile = "file://" + os.path.join(work, "profile")
    base = ["libreoffice", f"-env:UserInstallation={profile}", "--headless"]
    subprocess.run(base + ["--infilter=HTML (StarWriter)", "--convert-to", "odt", "--outdir", work, src],
                   check=True, capture_output=True)
    subprocess.run(base + ["--convert-to", "pdf:writer_pdf_Export", "--outdir", work, os.path.join(work, name + ".odt")],
                   check=True, capture_output=True)
    shutil.move(os.path.join(work, name + ".pdf"), target)


# ---------------------------------------------------------------------------------------------- PdfPig layout

def wrap(text, size, width):
    lines, line = [], ""
    for forced in text.split("\n"):
        for word in forced.split(" "):
            candidate = (line + " " + word).strip()
            if line and len(candidate) * size * 0.55 > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
        line = ""
    return lines


def pig_layout(doc):
    """Absolute positions, one list per page; the footer closes each page."""
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
    layout = os.path.join(work, doc["slug"] + ".layout.json")
    with open(layout, "w", encoding="utf-8") as f:
        json.dump(pig_layout(doc), f, ensure_ascii=False)
    dll = os.path.join(WRITER, "bin", "Release", "net10.0", "MigrationFeeds.PdfPigWriter.dll")
    if not os.path.exists(dll):
        subprocess.run(["dotnet", "build", WRITER, "-c", "Release"], check=True, capture_output=True)
    subprocess.run(["dotnet", dll, layout, target, FONT, BOLD], check=True)


# ---------------------------------------------------------------------------------------------- ReliefWeb

def summary_paragraphs(doc):
    """The report text ReliefWeb shows: the spec's summary, or for a page-only report its whole text."""
    if doc["fmt"] == "page":
        return None
    return doc["summary"]


def body_html(doc):
    if doc["fmt"] == "page":
        return blocks_html([b for page in doc["pages"] for b in page], for_pdf=False)
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


def report_page(source, doc, pdf_size):
    e = html.escape
    url = page_url(source, doc)
    published = date.fromisoformat(doc["published"])
    posted_h, posted_m = doc.get("posted", (9, 20))
    shown = published.strftime("%d %b %Y").lstrip("0")
    description = body_text(doc).split("\n\n")[0][:300]
    country = source["country_name"]
    attachment = ""
    if doc["fmt"] != "page":
        att, u = attachment_url(doc)
        attachment = f"""          <section class="rw-attachment rw-attachment--report rw-file-list" aria-label="Attachments">
            <h2 class="rw-attachment__title visually-hidden">Attachments</h2>
            <ul class="rw-attachment__list">
              <li class="rw-attachment__item rw-file">
                <a class="rw-file__link" href="{e(att)}" target="_blank" rel="noopener">
                  <span class="rw-file__label">Download Report</span>
                  <span class="rw-file__description">(PDF | {pdf_size / 1024:.2f} KB)</span>
                </a>
                <img class="rw-file__preview" src="https://reliefweb.int/sites/default/files/styles/large/public/previews/{u[:2]}/{u[2:4]}/{u}.png" alt="Preview of {e(doc['file'])}" loading="lazy" width="700" height="990" />
              </li>
            </ul>
          </section>
"""
    return f"""<!DOCTYPE html>
<!-- {NOTE} -->
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="{e(description)}" />
    <link rel="canonical" href="{e(url)}" />
    <link rel="shortlink" href="https://reliefweb.int/node/{doc['node']}" />
    <meta property="og:site_name" content="ReliefWeb" />
    <meta property="og:type" content="article" />
    <meta property="og:url" content="{e(url)}" />
    <meta property="og:title" content="{e(doc['title'])} - {e(country)}" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:site" content="@reliefweb" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="/themes/custom/common_design_subtheme/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{e(doc['title'])} - {e(country)} | ReliefWeb</title>
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
        <article class="rw-article rw-article--report" data-id="{doc['node']}">
          <header class="rw-article__header rw-article__header--with-meta">
            <div class="rw-entity-country-slug">
              <a class="rw-entity-country-slug__link" href="https://reliefweb.int/country/{source['query']['iso3']}">{e(country)}</a>
            </div>
            <h1 class="rw-article__title rw-page-title">{e(doc['title'])}</h1>
            <dl class="rw-entity-meta rw-entity-meta--core">
              <dt class="rw-entity-meta__tag-label rw-entity-meta__tag-label--format">Format</dt>
              <dd class="rw-entity-meta__tag-value rw-entity-meta__tag-value--format">Situation Report</dd>
              <dt class="rw-entity-meta__tag-label rw-entity-meta__tag-label--source">Source</dt>
              <dd class="rw-entity-meta__tag-value rw-entity-meta__tag-value--source">
                <ul class="rw-entity-meta__tag-value__list"><li class="rw-entity-meta__tag-value__list__item"><a href="https://reliefweb.int/organization/unhcr" class="rw-entity-meta__tag-link" title="UN High Commissioner for Refugees">UNHCR</a></li></ul>
              </dd>
              <dt class="rw-entity-meta__tag-label rw-entity-meta__tag-label--posted">Posted</dt>
              <dd class="rw-entity-meta__tag-value rw-entity-meta__tag-value--posted rw-entity-meta__tag-value--date"><time datetime="{iso(published, posted_h, posted_m)}">{shown}</time></dd>
              <dt class="rw-entity-meta__tag-label rw-entity-meta__tag-label--original-publication-date">Originally published</dt>
              <dd class="rw-entity-meta__tag-value rw-entity-meta__tag-value--original-publication-date rw-entity-meta__tag-value--date"><time datetime="{iso(published)}">{shown}</time></dd>
            </dl>
          </header>
{attachment}          <div class="rw-report__content rw-article__content">
{body_html(doc)}
          </div>
          <footer class="rw-article__footer">
            <section class="rw-entity-meta rw-entity-meta--footer">
              <dl class="rw-entity-meta">
                <dt class="rw-entity-meta__tag-label">Primary country</dt>
                <dd class="rw-entity-meta__tag-value"><a href="https://reliefweb.int/country/{source['query']['iso3']}">{e(country)}</a></dd>
                <dt class="rw-entity-meta__tag-label">Themes</dt>
                <dd class="rw-entity-meta__tag-value"><ul><li><a href="https://reliefweb.int/topics/protection-and-human-rights">Protection and Human Rights</a></li></ul></dd>
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


def listing(source, docs, sizes):
    country = source["country"]
    data = []
    for doc in docs:
        published = date.fromisoformat(doc["published"])
        posted_h, posted_m = doc.get("posted", (9, 20))
        url = page_url(source, doc)
        fields = {
            "id": doc["node"],
            "title": doc["title"],
            "status": "published",
            "body": body_text(doc),
            "body-html": body_html(doc),
            "date": {"created": iso(published, posted_h, posted_m - 5 if posted_m >= 5 else 0),
                     "changed": iso(published, posted_h, posted_m), "original": iso(published)},
            "url": url,
            "url_alias": url,
            "origin": f"https://data.unhcr.org/en/documents/details/{doc['origin']}",
            "primary_country": {"href": f"{API}countries/{country['id']}", "id": country["id"], "iso3": source["query"]["iso3"],
                                "location": country["location"], "name": source["country_name"], "shortname": source["country_name"]},
            "country": [{"href": f"{API}countries/{country['id']}", "id": country["id"], "iso3": source["query"]["iso3"],
                         "location": country["location"], "name": source["country_name"], "shortname": source["country_name"],
                         "primary": True}],
            "source": [{"href": f"{API}sources/2868", "homepage": "http://www.unhcr.org/", "id": 2868,
                        "longname": "Office of the United Nations High Commissioner for Refugees",
                        "name": "UN High Commissioner for Refugees", "shortname": "UNHCR",
                        "spanish_name": "Alto Comisionado de las Naciones Unidas para los Refugiados",
                        "type": {"id": 272, "name": "International Organization"}}],
            "format": [{"id": 10, "name": "Situation Report"}],
            "language": [{"code": "en", "id": 267, "name": "English"}],
            "theme": [{"id": 4592, "name": "Protection and Human Rights"}],
        }
        if doc["fmt"] != "page":
            att, u = attachment_url(doc)
            preview = f"https://reliefweb.int/sites/default/files/previews/{u[:2]}/{u[2:4]}/{u}.png"
            fields["file"] = [{
                "id": doc["node"] - 1985000 if doc["node"] > 1985000 else doc["node"],
                "description": "", "filename": doc["file"], "filesize": sizes[doc["slug"]],
                "mimetype": "application/pdf", "url": att,
                "preview": {"url": preview,
                            "url-large": preview.replace("/files/previews/", "/files/styles/large/public/previews/"),
                            "url-small": preview.replace("/files/previews/", "/files/styles/small/public/previews/"),
                            "url-thumb": preview.replace("/files/previews/", "/files/styles/thumbnail/public/previews/"),
                            "version": "1"}}]
        data.append({"id": str(doc["node"]), "score": 1, "fields": fields, "href": f"{API}reports/{doc['node']}"})
    href = listing_url(source).replace("reports?", "reports?appname=migrationfeeds&", 1)
    return {"time": 41, "href": href, "links": {"self": {"href": href}}, "took": 8,
            "totalCount": len(docs), "count": len(docs), "data": data}


# ---------------------------------------------------------------------------------------------- build

def build(source, docs, only=None):
    out = os.path.join(SNAPSHOT, source["id"])
    files = os.path.join(out, "files")
    for sub in ("api", "report", "attachments"):
        os.makedirs(os.path.join(files, sub), exist_ok=True)
    months = [d["month"] for d in docs]
    assert months == sorted(months) and len(set(months)) == len(months), "one report a month, oldest first"

    sizes = {}
    work = tempfile.mkdtemp()
    try:
        for doc in docs:
            if doc["fmt"] == "page":
                continue
            target = os.path.join(files, "attachments", doc["slug"] + ".pdf")
            if only is None or doc["month"] in only or not os.path.exists(target):
                if doc["fmt"] == "lo":
                    build_lo_pdf(doc, source, target, work)
                elif doc["fmt"] == "pig":
                    build_pig_pdf(doc, target, work)
                else:
                    raise ValueError(doc["fmt"])
                print("built", os.path.relpath(target, ROOT), os.path.getsize(target), "bytes")
            sizes[doc["slug"]] = os.path.getsize(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    entries = [{"url": listing_url(source), "file": "files/api/v2-reports.json", "contentType": "application/json",
                "etag": f'"{stable(source["id"] + docs[-1]["published"])}"',
                "lastModified": http_date(date.fromisoformat(docs[-1]["published"]) + timedelta(days=6), 8, 41)}]
    for doc in docs:
        published = date.fromisoformat(doc["published"])
        posted_h, posted_m = doc.get("posted", (9, 20))
        with open(os.path.join(files, "report", doc["slug"] + ".html"), "w", encoding="utf-8") as f:
            f.write(report_page(source, doc, sizes.get(doc["slug"], 0)))
        entries.append({"url": page_url(source, doc), "file": f"files/report/{doc['slug']}.html",
                        "contentType": "text/html; charset=utf-8", "etag": f'"{stable("page" + doc["slug"])}"',
                        "lastModified": http_date(published, posted_h, posted_m)})
        if doc["fmt"] != "page":
            entries.append({"url": attachment_url(doc)[0], "file": f"files/attachments/{doc['slug']}.pdf",
                            "contentType": "application/pdf", "etag": f'"{stable("pdf" + doc["slug"])}"',
                            "lastModified": http_date(published, posted_h, max(posted_m - 17, 0))})

    write_json(os.path.join(files, "api", "v2-reports.json"), listing(source, docs, sizes))
    write_json(os.path.join(out, "index.json"), {"entries": entries})
    expected = {"documents": [{
        "url": primary_url(source, doc), "published": doc["published"],
        "figures": [dict(country=source["iso3"], **f) for f in doc["figures"]]} for doc in docs]}
    write_json(os.path.join(SNAPSHOT, "expected", source["id"] + ".json"), expected)
    print(f"{source['id']}: {len(docs)} reports, {sum(len(d['figures']) for d in docs)} figures")


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=2)
        f.write("\n")
