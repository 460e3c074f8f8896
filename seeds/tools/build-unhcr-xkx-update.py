#!/usr/bin/env python3
"""Builds seeds/snapshot/unhcr-xkx-update/: UNHCR's updates on Kosovo (S/RES/1244 (1999)) as ReliefWeb lists them,
twelve reports from December 2014 to December 2022.

ReliefWeb has no country of its own for Kosovo: UNHCR's Kosovo reports are filed under Serbia (primary_country
srb), so the series is found with Serbia, source UNHCR and "Kosovo" in the title, and from 2014, because UNHCR's
"Update on Kosovo" reports of 1998-1999 are filed under Serbia too. Every figure is Kosovo's (XKX).

The reports are those of the months for which real publications state a figure (seeds/real-figures/*.csv: UNHCR
Kosovo's fact sheet of April 2016, IOM, the Ministry of Internal Affairs and the Kosovo Police through the press,
the UN Kosovo Team, the Global Detention Project), and each states only those figures. The series changes form:
  - to 2018: "Kosovo (S/RES/1244 (1999)) – Monthly Update, <Month> <Year>", a PDF exported from Word (here
    LibreOffice): persons "registered by the Kosovo Police", asylum applications, the Asylum Centre in Magura;
  - from 2019: "Kosovo (S/RES/1244 (1999)) Update – <Month> <Year>", posted on ReliefWeb as text only (no
    attachment): the report page itself is the document, with new wording ("new arrivals were recorded").
Titles, dates and wording are reconstructed. Magura (Lipjan) is the real location of Kosovo's Asylum Centre.

Usage: seeds/tools/build-unhcr-xkx-update.py [YYYY-MM ...]   (PDFs to rebuild; default: only missing ones)
"""
import sys

from reliefweb_series import (ACC, APP, ARR, CAP, CUM, F, PROTECTION, STOCK, UNHCR, YEAR, build, month_name, report)

PRES = "present_total"

SID = "unhcr-xkx-update"
COUNTRY = {"href": "https://api.reliefweb.int/v2/countries/205", "id": 205, "iso3": "srb",
           "location": {"lat": 44.03, "lon": 20.81}, "name": "Serbia", "shortname": "Serbia"}

FOOTNOTE = ("* References to Kosovo shall be understood to be in the context of United Nations Security Council "
            "resolution 1244 (1999).")
CONTACT = "UNHCR Office in Pristina, Str. Zenel Salihu 22 | tel. +383 38 245 990 | kospr@unhcr.org"


LEGAL_AID = ("UNHCR's partner Civil Rights Program Kosovo (CRP/K) provided free legal aid to asylum-seekers at the "
             "border and in the Asylum Centre, and monitored the interviews of the Department for Citizenship, Asylum "
             "and Migration.")


def monthly_pdf(key, movements, asylum):
    """The "Monthly Update" PDF of the years to 2018."""
    name, year = month_name(key), key[:4]
    blocks = [
        ("band", [("UNHCR · The UN Refugee Agency", 8), ("Kosovo (S/RES/1244 (1999))", 18), (f"Monthly Update – {name} {year}", 11)]),
        *([("h", "MIXED MOVEMENTS"), *[("p", t) for t in movements]] if movements else []),
        ("h", "ASYLUM"),
        *[("p", t) for t in asylum],
        ("p", LEGAL_AID),
        ("h", "STATELESSNESS AND SOLUTIONS"),
        ("p", "UNHCR continued to support the civil registration of members of the Roma, Ashkali and Egyptian "
              "communities at risk of statelessness, and the voluntary return of displaced persons from the region."),
        ("small", FOOTNOTE),
        ("small", CONTACT),
    ]
    doc = {"header": f"KOSOVO (S/RES/1244 (1999))* | MONTHLY UPDATE | {name.upper()} {year}",
           "footer": f"UNHCR Kosovo* | Monthly Update {name} {year}", "blocks": blocks}
    title = f"Kosovo (S/RES/1244 (1999)) – Monthly Update, {name} {year}"
    slug = f"kosovo-sres1244-1999-monthly-update-{name.lower()}-{year}"
    return title, slug, f"UNHCR_Kosovo_Monthly_Update_{name}_{year}.pdf", doc, (movements + asylum)[:2]


def text_update(key, paragraphs):
    """The "Update" posted as the text of its ReliefWeb page, from 2019."""
    name, year = month_name(key), key[:4]
    blocks = [*[("p", t) for t in paragraphs],
              ("p", "Statelessness: UNHCR and its partners continued to help persons at risk of statelessness to obtain "
                    "civil documents."),
              ("p", FOOTNOTE)]
    return f"Kosovo (S/RES/1244 (1999)) Update – {name} {year}", f"kosovo-sres1244-1999-update-{name.lower()}-{year}", blocks


# month: published, posted time, ReliefWeb node, the document's text, its figures.
PDFS = {
    "2014-12": ("2015-01-23", "10:30", 1005412, [], ["In 2014, 98 persons applied for asylum in Kosovo."],
                [F(APP, YEAR, "2014", 98)]),
    "2015-12": ("2016-01-22", "09:40", 1214530, ["In 2015, 88 asylum-seekers and migrants were registered by the Kosovo Police."],
                ["In 2015, 70 persons applied for asylum in Kosovo, compared to 98 in 2014."],
                [F(ARR, YEAR, "2015", 88), F(APP, YEAR, "2015", 70), F(APP, YEAR, "2014", 98)]),
    "2016-04": ("2016-05-20", "10:15", 1365808, [], ["Since the beginning of 2016, 15 persons applied for asylum in Kosovo."],
                [F(APP, CUM, "2016-01/2016-04", 15)]),
    "2016-12": ("2017-01-20", "09:20", 1851177, [], ["In 2016, some 300 persons applied for asylum in Kosovo."],
                [F(APP, YEAR, "2016", 300, approx=True)]),
    "2017-07": ("2017-08-18", "11:10", 2150362, [],
                ["At the end of July, the Asylum Centre in Magura accommodated 18 persons.",
                 "The Asylum Centre in Magura has a capacity of 100 places."],
                [F(ACC, STOCK, "2017-07", 18, site="Magura"), F(CAP, STOCK, "2017-07", 100, site="Magura")]),
    "2017-12": ("2018-01-19", "10:00", 2413374, ["In 2017, 147 asylum-seekers and migrants were registered by the Kosovo Police."],
                ["In 2017, 147 persons applied for asylum in Kosovo."],
                [F(ARR, YEAR, "2017", 147), F(APP, YEAR, "2017", 147)]),
    "2018-12": ("2019-01-18", "09:35", 2930814,
                ["In 2018, 590 asylum-seekers and migrants were registered by the Kosovo Police, compared to 147 in 2017."],
                ["Since the beginning of 2018 and until 12 December, 501 persons applied for asylum in Kosovo.",
                 "At the end of December, 38 asylum-seekers were accommodated in the Asylum Centre."],
                [F(ARR, YEAR, "2018", 590), F(ARR, YEAR, "2017", 147), F(APP, CUM, "2018-01-01/2018-12-12", 501),
                 F(ACC, STOCK, "2018-12", 38)]),
}
PAGES = {
    "2019-12": ("2020-01-24", "10:25", 3470552, ["In 2019, 2,027 new arrivals were recorded."],
                [F(ARR, YEAR, "2019", 2027)]),
    "2020-07": ("2020-08-21", "09:50", 3660318,
                ["Asylum: Since the beginning of 2020 and until 10 July, 803 persons applied for asylum.",
                 "On 10 July, 83 asylum-seekers were present in Kosovo."],
                [F(APP, CUM, "2020-01-01/2020-07-10", 803), F(PRES, STOCK, "2020-07-10", 83)]),
    "2020-12": ("2021-01-22", "10:45", 3716904,
                ["In 2020, 2,081 new arrivals were recorded.", "Asylum: 1,409 persons applied for asylum in 2020."],
                [F(ARR, YEAR, "2020", 2081), F(APP, YEAR, "2020", 1409)]),
    "2021-06": ("2021-07-16", "09:30", 3752640,
                ["Asylum: Since the beginning of 2021 and until 16 June, 187 persons applied for asylum."],
                [F(APP, CUM, "2021-01-01/2021-06-16", 187)]),
    "2022-12": ("2023-01-20", "10:05", 3926874,
                ["In 2022, 1,041 new arrivals were recorded.", "Asylum: 191 persons applied for asylum in 2022."],
                [F(ARR, YEAR, "2022", 1041), F(APP, YEAR, "2022", 191)]),
}


def reports():
    for key in sorted([*PDFS, *PAGES]):
        if key in PDFS:
            published, at, node, movements, asylum, figures = PDFS[key]
            title, slug, filename, doc, summary = monthly_pdf(key, movements, asylum)
            yield report(SID, key, published=published, at=at, node=node, origin="https://www.unhcr.org/kosovo",
                         page=f"https://reliefweb.int/report/serbia/{slug}", title=title, summary=summary,
                         figures=figures, pdf=(filename, "libreoffice", doc))
        else:
            published, at, node, paragraphs, figures = PAGES[key]
            title, slug, blocks = text_update(key, paragraphs)
            yield report(SID, key, published=published, at=at, node=node, origin="https://www.unhcr.org/kosovo",
                         page=f"https://reliefweb.int/report/serbia/{slug}", title=title,
                         summary=[b[1] for b in blocks], figures=figures, page_blocks=blocks)


SERIES = {
    "id": SID, "country": "XKX", "what": "UNHCR's monthly update on Kosovo (S/RES/1244 (1999))",
    "query": {"country": "srb", "source": "UNHCR", "phrase": "Kosovo", "since": "2014-01-01"},
    "primary_country": COUNTRY, "source": UNHCR, "themes": [PROTECTION],
}

if __name__ == "__main__":
    build(dict(SERIES, reports=list(reports())), only=set(sys.argv[1:]) or None)
