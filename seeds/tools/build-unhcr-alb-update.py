#!/usr/bin/env python3
"""Builds seeds/snapshot/unhcr-alb-update/: UNHCR Albania's updates as ReliefWeb lists them, sixteen reports from
December 2016 to December 2024.

The reports are those of the months for which real publications state a figure (seeds/real-figures/*.csv: UNHCR,
UN Albania, IOM, INSTAT, the Ministry of Interior and the State Police, mostly through the press), and each states
only those figures, in the family's wording. Two templates, as the series changed:
  - up to December 2022: "Albania – Monthly Update, <Month> <Year>", exported from Word (here LibreOffice):
    running text on persons "apprehended" by the Albanian State Police and on asylum;
  - from 2023: "Albania Update – <Month> <Year>", a designed PDF (here PdfPig's writer, key-figure numbers before
    their labels): a key-figures box and arrivals "detected by the Albanian authorities".
The titles, dates and wording are reconstructed.

Usage: seeds/tools/build-unhcr-alb-update.py [YYYY-MM ...]   (PDFs to rebuild; default: only missing ones)
"""
import sys

from reliefweb_series import (APP, ARR, CUM, F, MONTH, PROTECTION, UNHCR, YEAR, build, month_name, report)

SID = "unhcr-alb-update"
COUNTRY = {"href": "https://api.reliefweb.int/v2/countries/16", "id": 16, "iso3": "alb",
           "location": {"lat": 41.14, "lon": 20.05}, "name": "Albania", "shortname": "Albania"}

CONTACT = "UNHCR Representation in Albania, Rruga Donika Kastrioti, Tirana | tel. +355 4 2250 234 | albti@unhcr.org"
CLOSING = ("UNHCR works with the Ministry of Interior, the Border and Migration Police, the Directorate for Asylum "
           "and Citizenship and civil society partners to ensure access to the territory and to asylum, the "
           "identification and referral of persons with specific needs, and the inclusion of refugees in national "
           "services.")


def word_processor(key, paragraphs, context):
    """The "Monthly Update" of the years to 2022: running text under two headings."""
    name, year = month_name(key), key[:4]
    blocks = [("band", [("UNHCR · The UN Refugee Agency", 8), ("Albania", 20), (f"Monthly Update – {name} {year}", 11)]),
              ("h", "MIXED MOVEMENTS"), *[("p", t) for t in paragraphs],
              ("h", "UNHCR RESPONSE"), ("p", context), ("p", CLOSING), ("small", CONTACT)]
    doc = {"header": f"ALBANIA | MONTHLY UPDATE | {name.upper()} {year}",
           "footer": f"UNHCR Albania | Monthly Update {name} {year}", "blocks": blocks}
    return (f"Albania – Monthly Update, {name} {year}", f"albania-monthly-update-{name.lower()}-{year}",
            f"UNHCR_Albania_Monthly_Update_{name}_{year}.pdf", "libreoffice", doc, paragraphs[:1])


def designed(key, box, bullets):
    """The "Albania Update" from 2023: a key-figures box and key developments."""
    name, year = month_name(key), key[:4]
    blocks = [("band", [("Albania Update", 16), (f"{name} {year}", 11)]), ("kf", box),
              ("h", "KEY DEVELOPMENTS"), ("bullets", bullets),
              ("h", "UNHCR RESPONSE"),
              ("p", "UNHCR and its partners were present at the southern and eastern borders, providing information on "
                    "asylum, identifying persons with specific needs and monitoring the pre-screening procedures of "
                    "the Border and Migration Police."),
              ("small", CONTACT)]
    doc = {"header": f"UNHCR ALBANIA UPDATE | {name.upper()} {year}", "footer": f"UNHCR Albania | {name} {year}",
           "blocks": blocks}
    return (f"Albania Update – {name} {year}", f"albania-update-{name.lower()}-{year}",
            f"UNHCR_Albania_Update_{name}_{year}.pdf", "pdfpig", doc, bullets[:1])


BORDER = "UNHCR and its partner monitored the southern border at Kakavijë and Kapshticë, where most arrivals are intercepted."

# month: published, posted time, ReliefWeb node, the document, its figures.
SPEC = {
    "2016-12": ("2017-01-20", "10:20", 1853201, word_processor("2016-12", [
        "In 2016, the Border and Migration Police intercepted 915 refugees and migrants who entered the country "
        "irregularly. In 2016, 240 of them applied for asylum."], BORDER),
        [F(ARR, YEAR, "2016", 915), F(APP, YEAR, "2016", 240)]),
    "2017-12": ("2018-01-19", "09:45", 2413011, word_processor("2017-12", [
        "In 2017, the Albanian State Police apprehended 1,049 refugees and migrants who entered the country irregularly."],
        BORDER), [F(ARR, YEAR, "2017", 1049)]),
    "2018-05": ("2018-06-15", "11:05", 2620117, word_processor("2018-05", [
        "Since January, 1,199 irregular arrivals were recorded, most of them at the southern border with Greece."],
        BORDER), [F(ARR, CUM, "2018-01/2018-05", 1199)]),
    "2018-11": ("2018-12-14", "09:30", 2889702, word_processor("2018-11", [
        "Since January, 3,280 irregular arrivals were recorded, most of them at the southern border with Greece."],
        BORDER), [F(ARR, CUM, "2018-01/2018-11", 3280)]),
    "2018-12": ("2019-01-18", "10:10", 2930556, word_processor("2018-12", [
        "In 2018, the Albanian State Police apprehended 6,893 refugees and migrants who entered the country irregularly.",
        "In 2018, 4,386 persons formally applied for asylum."], BORDER),
        [F(ARR, YEAR, "2018", 6893), F(APP, YEAR, "2018", 4386)]),
    "2019-05": ("2019-06-14", "09:55", 3160388, word_processor("2019-05", [
        "Since January, 1,967 irregular arrivals were recorded, most of them at the southern border with Greece."],
        BORDER), [F(ARR, CUM, "2019-01/2019-05", 1967)]),
    "2019-12": ("2020-01-17", "10:40", 3470871, word_processor("2019-12", [
        "In 2019, 6,604 persons formally applied for asylum, most of whom left the country before a decision."],
        "On 30 October, a registration and temporary accommodation centre opened at the Kapshticë border crossing."),
        [F(APP, YEAR, "2019", 6604)]),
    "2020-08": ("2020-09-18", "09:15", 3670305, word_processor("2020-08", [
        "Since January, 8,343 irregular arrivals were recorded, most of them at the southern border with Greece."],
        BORDER), [F(ARR, CUM, "2020-01/2020-08", 8343)]),
    "2020-09": ("2020-10-16", "10:35", 3685620, word_processor("2020-09", [
        "In September 2020, the Albanian State Police apprehended 1,993 refugees and migrants who entered the country "
        "irregularly, the highest number of the year."], BORDER), [F(ARR, MONTH, "2020-09", 1993)]),
    "2020-10": ("2020-11-20", "09:25", 3700412, word_processor("2020-10", [
        "Since January, 11,709 irregular arrivals were recorded, most of them at the southern border with Greece."],
        BORDER), [F(ARR, CUM, "2020-01/2020-10", 11709)]),
    "2020-12": ("2021-01-22", "11:00", 3717233, word_processor("2020-12", [
        "In 2020, the Albanian State Police apprehended close to 19,000 refugees and migrants who entered the country "
        "irregularly.", "In 2020, 2,232 persons formally applied for asylum."], BORDER),
        [F(ARR, YEAR, "2020", 19000, approx=True), F(APP, YEAR, "2020", 2232)]),
    "2021-12": ("2022-01-21", "09:50", 3805948, word_processor("2021-12", [
        "In 2021, the Albanian State Police apprehended about 19,000 refugees and migrants who entered the country "
        "irregularly, many of them more than once.", "In 2021, 2,533 persons formally applied for asylum."], BORDER),
        [F(ARR, YEAR, "2021", 19000, approx=True), F(APP, YEAR, "2021", 2533)]),
    "2022-12": ("2023-01-20", "10:05", 3926410, word_processor("2022-12", [
        "In 2022, the Albanian State Police apprehended 6,628 refugees and migrants who entered the country irregularly.",
        "In 2022, 125 persons formally applied for asylum."], BORDER),
        [F(ARR, YEAR, "2022", 6628), F(APP, YEAR, "2022", 125)]),
    "2023-06": ("2023-07-14", "11:00", 3978239, designed("2023-06", [("3,600", "arrivals since January 2023")], [
        "Over 3,600 refugees and migrants were detected by the Albanian authorities from January to June 2023.",
        "Most of them were intercepted at the southern border with Greece."]),
        [F(ARR, CUM, "2023-01/2023-06", 3600, approx=True)]),
    "2023-12": ("2024-01-19", "09:40", 4025518, designed("2023-12", [("6,630", "arrivals in 2023"), ("261", "asylum applications in 2023")], [
        "In 2023, 6,630 refugees and migrants were detected by the Albanian authorities.",
        "In 2023, 261 persons lodged asylum applications."]),
        [F(ARR, YEAR, "2023", 6630), F(APP, YEAR, "2023", 261)]),
    "2024-12": ("2025-01-17", "10:15", 4121377, designed("2024-12", [("1,388", "arrivals in 2024"), ("104", "asylum applications in 2024")], [
        "In 2024, 1,388 refugees and migrants were detected by the Albanian authorities, nearly 70 per cent fewer than "
        "in 2023.", "In 2024, 104 persons lodged asylum applications."]),
        [F(ARR, YEAR, "2024", 1388), F(APP, YEAR, "2024", 104)]),
}


def reports():
    for key, (published, at, node, made, figures) in SPEC.items():
        title, slug, filename, maker, doc, summary = made
        yield report(SID, key, published=published, at=at, node=node, page=f"https://reliefweb.int/report/albania/{slug}",
                     origin="https://data.unhcr.org/en/country/alb", title=title, summary=summary, figures=figures,
                     pdf=(filename, maker, doc))


SERIES = {
    "id": SID, "country": "ALB", "what": "UNHCR Albania's monthly update",
    "query": {"country": "alb", "source": "UNHCR", "phrase": "Update"},
    "primary_country": COUNTRY, "source": UNHCR, "themes": [PROTECTION],
}

if __name__ == "__main__":
    build(dict(SERIES, reports=list(reports())), only=set(sys.argv[1:]) or None)
