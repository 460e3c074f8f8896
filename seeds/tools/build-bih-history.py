#!/usr/bin/env python3
"""The BiH Operational Update family's history, January 2018 to September 2021, in the snapshot.

Writes, for every month of the history that real publications give a figure for, a reconstruction of the
month's update (the inter-agency operational update of 2018 and 2019, UNHCR's operational update from 2020)
in the layout of the snapshot's other issues (seeds/tools/bih-operational-update/, layout A), and adds it to
what the family's source reads in snapshot/unhcr-bih-operational-update/: the ReliefWeb listing (files/api/...),
the report pages and index.json; and snapshot/expected/unhcr-bih-operational-update.json, with each report's PDF
and its text (the listing's body, which the source reads as the report page's document). The issues from
October 2021 on are written by hand and are left as they are.

Every figure written here is a real one, as a real publication states it (seeds/real-figures/ has each with
its address); where no real figure of a month was found, the month's update does not state one. Nothing else
is a figure: the sentences are this project's own.

Usage: seeds/tools/build-bih-history.py [--pdf]   (--pdf: rebuild every history PDF with LibreOffice too;
without it only missing PDFs are built)
"""
import hashlib
import json
import os
import subprocess
import sys
import uuid
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.dirname(HERE)
SNAPSHOT = os.path.join(SEEDS, "snapshot")
SOURCES = os.path.join(HERE, "bih-operational-update")
FOLDER = os.path.join(SNAPSHOT, "unhcr-bih-operational-update")
LISTING = os.path.join(FOLDER, "files", "api", "v2-reports-bih-unhcr-operational-update.json")
INDEX = os.path.join(FOLDER, "index.json")
EXPECTED = os.path.join(SNAPSHOT, "expected", "unhcr-bih-operational-update.json")
FIRST_HAND_WRITTEN = "2021-10"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# Detected arrivals per month, as the real updates give them (the 2017-2019 bars of the inter-agency updates'
# chart "Number of detected arrivals per month"; the later months as UNHCR's updates and the inter-agency
# reports state them; September 2019, July 2020 and November 2020 as the Ministry of Security's information
# states them, whose counts of the months before differ from UNHCR's).
ARRIVALS = {
    "2017-01": 77, "2017-02": 66, "2017-03": 37, "2017-04": 5, "2017-05": 22, "2017-06": 11, "2017-07": 29,
    "2017-08": 60, "2017-09": 52, "2017-10": 105, "2017-11": 76, "2017-12": 215,
    "2018-01": 237, "2018-02": 479, "2018-03": 598, "2018-04": 1801, "2018-05": 2242, "2018-06": 2295,
    "2018-07": 2489, "2018-08": 2293, "2018-09": 3710, "2018-10": 5057, "2018-11": 1931, "2018-12": 935,
    "2019-01": 732, "2019-02": 1117, "2019-03": 1721, "2019-04": 2631, "2019-05": 2603, "2019-06": 2096,
    "2019-07": 4465, "2019-08": 2913, "2019-09": 3812,
    "2020-01": 882, "2020-02": 2001, "2020-03": 1540, "2020-05": 512, "2020-07": 2361, "2020-09": 1889, "2020-10": 1087,
    "2020-11": 924, "2020-12": 529,
    "2021-02": 773, "2021-03": 1269, "2021-04": 1271, "2021-05": 1937, "2021-06": 1855, "2021-07": 2236,
    "2021-08": 1731, "2021-09": 1552,
}

# What else each month's real publications state: arrivals since January 2018 ("since"), arrivals in the year
# to date ("ytd"), the year's total ("year"), UASC among the month's arrivals, intentions and asylum claims in
# the month ("int", "app"), since January 2018 ("int_since", "app_since") or in the year ("int_year",
# "app_year"), persons accommodated at the end of the month ("acc") and the estimate outside ("out", a number
# or a range).
FACTS = {
    "2018-05": {"ytd": 5290},
    "2018-08": {"ytd": 12434, "int_ytd": 11006, "app_ytd": 1097},
    "2018-09": {"ytd": 16144, "int_ytd": 14583, "app_ytd": 1108},
    "2018-10": {"ytd": 21201, "int_ytd": 19501, "app_ytd": 1312},
    "2018-12": {"year": 24067, "int_year": 22130, "app_year": 1567},
    "2019-02": {"since": 25916, "int_since": 23739, "app_since": 1614},
    "2019-04": {"since": 30268},
    "2019-05": {"since": 32871, "int_since": 30365, "app_since": 1764},
    "2019-07": {"since": 39432, "int_since": 36679, "app_since": 1900},
    "2019-08": {"since": 42345, "int_since": 39507, "app_since": 2002},
    "2019-09": {"ytd": 22211, "int_ytd": 21157, "app_ytd": 455},
    "2019-11": {"ytd": 28086, "int_ytd": 26776, "app_ytd": 732, "app_since": 2304, "acc": 3996, "out": 3550},
    "2019-12": {"year": 29196, "int_year": 27674, "app_year": 784, "acc": 5341, "out": 1800},
    "2020-01": {"since": 52153, "acc": 4998, "out": 2200},
    "2020-02": {"since": 56146, "ytd": 2883},
    "2020-03": {"ytd": 4423, "acc": 6557, "out": (2000, 3000)},
    "2020-05": {"ytd": 5047},
    "2020-07": {"ytd": 9002, "int": 2307, "app": 10},
    "2020-09": {},
    "2020-10": {"since": 67820, "ytd": 14557, "uasc": 37, "int": 980, "app": 11, "acc": 6770, "out": (2200, 4300)},
    "2020-11": {"ytd": 15520, "int": 845, "app": 12},
    "2020-12": {"since": 69413, "year": 16150, "uasc": 10, "int": 470, "int_year": 15139, "app": 11, "app_year": 244,
                "acc": 6051, "out": (1900, 2700)},
    "2021-02": {"since": 70856, "ytd": 1443, "uasc": 13, "int": 689, "app": 14, "acc": 5243, "out": 2000},
    "2021-03": {"since": 72125, "ytd": 2712, "uasc": 24, "int": 1172, "app": 10, "acc": 4734, "out": (1500, 2500)},
    "2021-04": {"since": 73396, "uasc": 20, "acc": 4329, "out": (1800, 2500)},
    "2021-05": {"since": 75333, "ytd": 5920, "uasc": 34, "int": 1835, "app": 4, "acc": 3651, "out": (1600, 2700)},
    "2021-06": {"since": 77188, "ytd": 7775, "uasc": 15, "int": 1803, "app": 13, "acc": 3507, "out": (1500, 2400)},
    "2021-07": {},
    "2021-08": {},
    "2021-09": {"since": 82707, "ytd": 13294, "int": 1424, "app": 5, "acc": 2727, "out": (1000, 1100)},
}

# The months of the history: every month with its own arrivals or a fact of its own.
HISTORY = sorted(m for m in set(ARRIVALS) | set(FACTS) if "2018-01" <= m < FIRST_HAND_WRITTEN)

# Publication days known from the real publications; the others are two to three weeks after the month.
PUBLISHED = {"2018-05": "2018-06-08", "2020-09": "2021-01-28", "2020-10": "2020-11-17", "2021-03": "2021-04-16",
             "2021-05": "2021-06-17"}


def name(ym):
    return MONTHS[int(ym[5:7]) - 1]


def label(ym):
    return f"{name(ym)} {ym[:4]}"


def previous(ym, months=1):
    y, m = int(ym[:4]), int(ym[5:7]) - months
    while m < 1:
        y, m = y - 1, m + 12
    return f"{y:04d}-{m:02d}"


def last_day(ym):
    y, m = int(ym[:4]), int(ym[5:7])
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


def published(ym):
    if ym in PUBLISHED:
        return PUBLISHED[ym]
    y, m = int(ym[:4]), int(ym[5:7])
    first = date(y + (m == 12), m % 12 + 1, 1)
    return (first + timedelta(days=14 + int(ym[5:7]) % 7)).isoformat()


def inter_agency(ym):
    """2018 and 2019: the inter-agency operational update; from 2020, UNHCR's operational update."""
    return ym < "2020-01"


def n(value):
    return f"{value:,}"


def change(now, before):
    pct = round(abs(now - before) * 100 / before)
    return f"{pct}% {'more' if now >= before else 'fewer'}"


def F(indicator, measure, period, value, approx=False):
    low = high = None
    if isinstance(value, tuple):
        low, high, value, approx = value[0], value[1], None, True
    return {"country": "BIH", "site": None, "indicator": indicator, "measure": measure, "period": period,
            "value": value, "low": low, "high": high, "approximate": approx, "page": 1}


def document(ym):
    """The key figures, the paragraphs of the operational context and the figures a reader notes, of one month."""
    facts = FACTS.get(ym, {})
    month, year = name(ym), ym[:4]
    cells, paragraphs, figures = [], [], []
    if ym in ARRIVALS:
        now = ARRIVALS[ym]
        before, year_ago = previous(ym), previous(ym, 12)
        sentence = f"{n(now)} refugees and migrants arrived irregularly in BiH in {month}"
        figures.append(F("arrivals", "month", ym, now))
        cells.append((n(now), f"new arrivals in {label(ym)}"))
        compared = []
        if before in ARRIVALS:
            compared.append(f"{change(now, ARRIVALS[before])} than in {label(before)} ({n(ARRIVALS[before])})")
            figures.append(F("arrivals", "month", before, ARRIVALS[before]))
        if year_ago in ARRIVALS:
            compared.append(f"{change(now, ARRIVALS[year_ago])} than in {label(year_ago)} ({n(ARRIVALS[year_ago])})")
            figures.append(F("arrivals", "month", year_ago, ARRIVALS[year_ago]))
        if compared:
            sentence += ", " + " and ".join(compared)
        sentence += ", according to the authorities."
        if "uasc" in facts:
            sentence += f" {n(facts['uasc'])} of them were unaccompanied or separated children (UASC)."
            figures.append(F("uasc_arrivals", "month", ym, facts["uasc"]))
        paragraphs.append(sentence)
    totals = []
    if "ytd" in facts:
        totals.append(f"Arrivals in {year} now total {n(facts['ytd'])}.")
        figures.append(F("arrivals", "cumulative", f"{year}-01/{ym}", facts["ytd"]))
    if "year" in facts:
        totals.append(f"Arrivals in {year} totalled {n(facts['year'])}.")
        figures.append(F("arrivals", "year", year, facts["year"]))
        cells.append((n(facts["year"]), f"arrivals in {year}"))
    if "since" in facts:
        totals.append(f"{n(facts['since'])} arrivals have been recorded since the mixed movement started in January 2018.")
        figures.append(F("arrivals", "cumulative", f"2018-01/{ym}", facts["since"]))
        cells.append((n(facts["since"]), "arrivals since January 2018"))
    if totals:
        paragraphs.append(" ".join(totals))
    asylum = []
    if "int" in facts:
        asylum.append(f"{n(facts['int'])} persons arriving in {month} expressed an intention to seek asylum with the Service for Foreigners’ Affairs (SFA).")
        figures.append(F("asylum_intentions", "month", ym, facts["int"]))
    if "int_ytd" in facts:
        asylum.append(f"In {year} to date, {n(facts['int_ytd'])} persons have expressed an intention to seek asylum.")
        figures.append(F("asylum_intentions", "cumulative", f"{year}-01/{ym}", facts["int_ytd"]))
    if "int_year" in facts:
        asylum.append(f"In {year}, {n(facts['int_year'])} persons expressed an intention to seek asylum.")
        figures.append(F("asylum_intentions", "year", year, facts["int_year"]))
    if "int_since" in facts:
        asylum.append(f"Since January 2018, {n(facts['int_since'])} persons have expressed an intention to seek asylum.")
        figures.append(F("asylum_intentions", "cumulative", f"2018-01/{ym}", facts["int_since"]))
    if "app" in facts:
        asylum.append(f"{n(facts['app'])} asylum claims were registered by the Sector for Asylum in {month}.")
        figures.append(F("asylum_applications", "month", ym, facts["app"]))
    if "app_ytd" in facts:
        asylum.append(f"{n(facts['app_ytd'])} asylum claims have been registered in {year} to date.")
        figures.append(F("asylum_applications", "cumulative", f"{year}-01/{ym}", facts["app_ytd"]))
    if "app_year" in facts:
        asylum.append(f"{n(facts['app_year'])} asylum claims were registered in {year}.")
        figures.append(F("asylum_applications", "year", year, facts["app_year"]))
    if "app_since" in facts:
        asylum.append(f"{n(facts['app_since'])} asylum claims have been registered since January 2018.")
        figures.append(F("asylum_applications", "cumulative", f"2018-01/{ym}", facts["app_since"]))
    if asylum:
        paragraphs.append(" ".join(asylum))
    if "acc" in facts:
        sentence = f"Reception facilities accommodated {n(facts['acc'])} asylum-seekers and migrants at the end of {month}"
        figures.append(F("accommodated", "stock", ym, facts["acc"]))
        cells.append((n(facts["acc"]), f"persons in reception centres at the end of {month}"))
        if "out" in facts:
            out = facts["out"]
            if isinstance(out, tuple):
                sentence += f", and {n(out[0])}-{n(out[1])} persons were estimated to be squatting outside formal accommodation"
            else:
                sentence += f", and some {n(out)} persons were estimated to be squatting outside formal accommodation"
            figures.append(F("outside_accommodation", "stock", ym, out, approx=True))
        paragraphs.append(sentence + ", mostly in Una-Sana Canton.")
    return cells, paragraphs, figures


STYLE = """@page { size: 21cm 29.7cm; margin-top: 1.3cm; margin-bottom: 1.1cm; margin-left: 1.7cm; margin-right: 1.7cm }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 9pt; color: #222222 }
p { margin-top: 0; margin-bottom: 0.16cm; line-height: 118% }
h1 { font-family: "Liberation Sans", Arial, sans-serif; font-size: 19pt; color: #0072BC; margin-bottom: 0.05cm }
h2 { font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; color: #0072BC; margin-top: 0.3cm; margin-bottom: 0.12cm }
td { font-family: "Liberation Sans", Arial, sans-serif; font-size: 8pt; vertical-align: top }"""

CONTEXT = {
    "2018": "Refugees and migrants began to arrive in larger numbers in the spring, most of them from Serbia and Montenegro, and moved on towards Una-Sana Canton and the border with Croatia. UNHCR and partners support the authorities in registering arrivals, in providing accommodation and in giving access to the asylum procedure.",
    "2019": "Una-Sana Canton remained the main area of concern, with the temporary reception centres full and many people sleeping rough. UNHCR and partners continue to advocate for more accommodation, for the identification of unaccompanied children and for access to the asylum procedure.",
    "2020": "Movement restrictions linked to COVID-19 and the limited accommodation in Una-Sana Canton shaped the situation. UNHCR and partners continue to support the authorities with reception, protection monitoring and access to asylum.",
    "2021": "Refugees and migrants continue to enter BiH irregularly, mostly across the border with Serbia. UNHCR and partners continue to receive reports of collective expulsions at the border with Croatia and support the authorities in the temporary reception centres.",
}


def title(ym):
    if inter_agency(ym):
        return f"Inter-Agency Operational Update: Bosnia and Herzegovina (01-{last_day(ym)} {label(ym)})"
    return f"Bosnia and Herzegovina Operational Update – {label(ym)}"


def slug(ym):
    if inter_agency(ym):
        return f"inter-agency-operational-update-bosnia-and-herzegovina-01-{last_day(ym)}-{name(ym).lower()}-{ym[:4]}"
    return f"bosnia-and-herzegovina-operational-update-{name(ym).lower()}-{ym[:4]}"


def pdf_name(ym):
    if inter_agency(ym):
        return f"BiH_Inter-Agency_Operational_Update_{name(ym)}_{ym[:4]}.pdf"
    return f"UNHCR_BiH_Operational_Update_{name(ym)}_{ym[:4]}.pdf"


def attachment_id(ym):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "migrationfeeds/bih-operational-update/" + ym))


def html(ym):
    cells, paragraphs, _ = document(ym)
    header = "INTER-AGENCY OPERATIONAL UPDATE" if inter_agency(ym) else "OPERATIONAL UPDATE"
    days = f"1-{last_day(ym)} {label(ym)}"
    rows = []
    for i in range(0, len(cells), 3):
        row = "".join(
            f'<td width="33%" bgcolor="#0072BC"><p style="font-size:17pt; color:#FFFFFF"><b>{v}</b></p>'
            f'<p style="font-size:8pt; color:#FFFFFF">{t}</p></td>' for v, t in cells[i:i + 3])
        rows.append(f"<tr>\n{row}\n</tr>")
    box = ("<h2>KEY FIGURES</h2>\n<table width=\"100%\" cellpadding=\"5\" cellspacing=\"3\">\n" + "\n".join(rows) + "\n</table>\n") if rows else ""
    body = "\n".join(f'<p align="justify">{p}</p>' for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title(ym)}</title>
<meta name="description" content="MigrationFeeds seed snapshot: a reconstruction imitating the {'inter-agency' if inter_agency(ym) else 'UNHCR'} operational update for Bosnia and Herzegovina, not the publication itself. See seeds/README.md.">
<!-- Reconstruction imitating the BiH operational update; the figures are real (seeds/snapshot/manifest/unhcr-bih-operational-update.json), the wording is this project's own. See seeds/README.md. -->
<style>
{STYLE}
</style>
</head>
<body>
<div title="header"><p style="font-size:7pt; color:#0072BC">{header} &gt; Bosnia and Herzegovina / {days}</p></div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td width="70%"><h1>BOSNIA AND HERZEGOVINA</h1><p style="font-size:12pt; color:#0072BC"><b>{header}</b></p><p style="font-size:10pt; color:#555555">{days}</p></td><td width="30%" align="right"><p style="font-size:16pt; color:#0072BC"><b>UNHCR</b></p><p style="font-size:7pt; color:#555555">The UN Refugee Agency</p></td></tr></table>
{box}<h2>OPERATIONAL CONTEXT</h2>
{body}
<p align="justify">{CONTEXT[ym[:4]]}</p>
<h2>CONTACTS</h2>
<p>UNHCR Representation in Bosnia and Herzegovina, External Relations Unit, bihsa@unhcr.org</p>
<div title="footer"><p style="font-size:7pt; color:#555555">www.unhcr.org · UNHCR Bosnia and Herzegovina                <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>
</body>
</html>
"""


def report_page(ym, size, template):
    """The report's page on reliefweb.int, from the recorded page of October 2021 with this month's record."""
    _, paragraphs, _ = document(ym)
    node = node_id(ym)
    pub = published(ym)
    day = date.fromisoformat(pub)
    shown = f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    url = f"https://reliefweb.int/report/bosnia-and-herzegovina/{slug(ym)}"
    att = f"https://reliefweb.int/attachments/{attachment_id(ym)}/{pdf_name(ym)}"
    summary = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    start = template.index('<div class="rw-report__content rw-article__content">') + len('<div class="rw-report__content rw-article__content">\n')
    end = template.index("          </div>\n          <footer class=\"rw-article__footer\">")
    page = template[:start] + summary + "\n" + template[end:]
    replacements = {
        "https://reliefweb.int/report/bosnia-and-herzegovina/bosnia-and-herzegovina-operational-update-october-2021": url,
        "https://reliefweb.int/attachments/08ae0fee-e1ce-53ca-b481-764002d3ba81/UNHCR_BiH_Operational_Update_October_2021.pdf": att,
        "08ae0fee-e1ce-53ca-b481-764002d3ba81.png": attachment_id(ym) + ".png",
        "previews/08/ae/": f"previews/{attachment_id(ym)[:2]}/{attachment_id(ym)[2:4]}/",
        "UNHCR_BiH_Operational_Update_October_2021.pdf": pdf_name(ym),
        "Bosnia and Herzegovina Operational Update – October 2021": title(ym),
        "https://reliefweb.int/node/3815619": f"https://reliefweb.int/node/{node}",
        'data-id="3815619"': f'data-id="{node}"',
        "2021-11-12T09:03:00+00:00": f"{pub}T09:00:00+00:00",
        "2021-11-12T00:00:00+00:00": f"{pub}T00:00:00+00:00",
        "12 Nov 2021": shown,
        "(PDF | 36.18 KB)": f"(PDF | {size / 1024:.2f} KB)",
    }
    for old, new in replacements.items():
        page = page.replace(old, new)
    first = paragraphs[0] if paragraphs else title(ym)
    page = page.replace(page[page.index('<meta name="description" content="') + 34:page.index('" />', page.index('<meta name="description"'))], first[:200].replace('"', "&quot;"))
    return page


def node_id(ym):
    return 2400000 + (int(ym[:4]) - 2018) * 12 * 1000 + int(ym[5:7]) * 1000 + 17


def record(ym, size, template):
    _, paragraphs, _ = document(ym)
    fields = json.loads(json.dumps(template["fields"]))
    node = node_id(ym)
    pub = published(ym)
    url = f"https://reliefweb.int/report/bosnia-and-herzegovina/{slug(ym)}"
    att = attachment_id(ym)
    fields.update({
        "id": node, "title": title(ym),
        "body": "\n\n".join(paragraphs), "body-html": "\n".join(f"<p>{p}</p>" for p in paragraphs),
        "date": {"created": f"{pub}T09:00:00+00:00", "changed": f"{pub}T09:12:00+00:00", "original": f"{pub}T00:00:00+00:00"},
        "url": url, "url_alias": url,
        "origin": f"https://data.unhcr.org/en/documents/details/{60000 + node % 100000}",
    })
    file = fields["file"][0]
    file.update({"id": 1500000 + node % 100000, "filename": pdf_name(ym), "filesize": size,
                 "url": f"https://reliefweb.int/attachments/{att}/{pdf_name(ym)}"})
    for k in ("url", "url-large", "url-small", "url-thumb"):
        file["preview"][k] = file["preview"][k].replace("08/ae/08ae0fee-e1ce-53ca-b481-764002d3ba81", f"{att[:2]}/{att[2:4]}/{att}")
    return {"id": str(node), "score": 1, "fields": fields, "href": f"https://api.reliefweb.int/v2/reports/{node}"}


def http_date(iso, hour):
    d = date.fromisoformat(iso)
    return f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year} {hour} GMT"


def build_pdfs(months, rebuild, changed):
    wanted = [m for m in months if rebuild or m in changed or not os.path.exists(pdf_path(m))]
    if wanted:
        subprocess.run([os.path.join(HERE, "build-bih.sh"), *wanted], check=True)


def pdf_path(ym):
    return os.path.join(FOLDER, "files", "attachments", f"bih-operational-update-{ym}.pdf")


def main():
    rebuild = "--pdf" in sys.argv[1:]
    changed = set()
    for ym in HISTORY:
        source = os.path.join(SOURCES, f"bih-operational-update-{ym}.html")
        text = html(ym)
        if not os.path.exists(source) or open(source, encoding="utf-8").read() != text:
            changed.add(ym)
            with open(source, "w", encoding="utf-8") as f:
                f.write(text)
    build_pdfs(HISTORY, rebuild, changed)

    template_page = open(os.path.join(FOLDER, "files", "report", "bih-operational-update-2021-10.html"), encoding="utf-8").read()
    with open(LISTING, encoding="utf-8") as f:
        listing = json.load(f)
    template_record = next(r for r in listing["data"] if r["fields"]["title"].endswith("October 2021"))
    kept = [r for r in listing["data"] if r["fields"]["date"]["original"][:10] >= "2021-11-01"]
    history_records = []
    with open(INDEX, encoding="utf-8") as f:
        index = json.load(f)
    history_urls = set()
    new_entries = []
    for ym in HISTORY:
        size = os.path.getsize(pdf_path(ym))
        page_file = f"files/report/bih-operational-update-{ym}.html"
        with open(os.path.join(FOLDER, page_file), "w", encoding="utf-8") as f:
            f.write(report_page(ym, size, template_page))
        rec = record(ym, size, template_record)
        history_records.append(rec)
        pub = published(ym)
        pdf_bytes = open(pdf_path(ym), "rb").read()
        for url, file, ctype, hour in ((rec["fields"]["url"], page_file, "text/html; charset=utf-8", "09:12:00"),
                                       (rec["fields"]["file"][0]["url"], f"files/attachments/bih-operational-update-{ym}.pdf", "application/pdf", "08:55:00")):
            history_urls.add(url)
            body = pdf_bytes if ctype == "application/pdf" else open(os.path.join(FOLDER, file), "rb").read()
            new_entries.append({"url": url, "file": file, "contentType": ctype,
                                "etag": '"' + hashlib.sha256(body).hexdigest()[:8] + '"', "lastModified": http_date(pub, hour)})
    listing["data"] = history_records + kept
    listing["totalCount"] = listing["count"] = len(listing["data"])
    with open(LISTING, "w", encoding="utf-8") as f:
        json.dump(listing, f, ensure_ascii=False, indent=2)
        f.write("\n")
    # The listing's answer is replayed with its size; its entry stays first, the history's pages and PDFs follow it.
    entries = [e for e in index["entries"] if e["url"] not in history_urls]
    api = entries[0]
    index["entries"] = [api] + new_entries + entries[1:]
    with open(INDEX, "w", encoding="utf-8") as f:
        json.dump(index, f, ensure_ascii=False, indent=2)
        f.write("\n")

    with open(EXPECTED, encoding="utf-8") as f:
        expected = json.load(f)
    later = [d for d in expected["documents"] if d["published"] >= "2021-11-01"]
    # Each report's text (the listing's body, read in the report page's place) states the figures of its paragraphs,
    # which are the PDF's: the pipeline keeps each once, with both provenances, and the text's entry lists them again.
    documents = []
    for ym, r in zip(HISTORY, history_records):
        figures = document(ym)[2]
        documents.append({"url": r["fields"]["file"][0]["url"], "published": published(ym), "figures": figures})
        if r["fields"]["body-html"]:
            documents.append({"url": r["fields"]["url"], "published": published(ym), "figures": figures})
    expected["documents"] = documents + later
    with open(EXPECTED, "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(HISTORY)} history issues, {sum(len(d['figures']) for d in documents)} figures in their PDFs and texts; {len(expected['documents'])} documents in all")


if __name__ == "__main__":
    main()
