#!/usr/bin/env python3
"""Builds seeds/snapshot/unhcr-alb-update/: UNHCR Albania's monthly updates as ReliefWeb lists them, August 2022
to August 2023, one report a month.

Two templates, as the series changed at the turn of the year:
  - August to December 2022: "Albania – Monthly Update, <Month> 2022", exported from Word (here LibreOffice):
    running text on persons "apprehended" by the Albanian State Police, UASC among them, intentions and
    applications, persons in the National Reception Centre for Asylum-Seekers in Babrru; December adds the
    year's totals and the year before.
  - From January 2023: "Albania Update – <Month> 2023", a designed PDF (here PdfPig's writer, key-figure numbers
    before their labels): a key-figures box, arrivals "detected by the Albanian authorities" compared to the
    same month of 2022, and Babrru's capacity beside its occupancy.

Every number is a plausible stand-in: no real monthly figure of UNHCR Albania was at hand. They agree with the
extraction corpus's Albania documents (tests/Fixtures/unhcr-alb-update, also stand-ins) and its June 2022 news
item (1,106 apprehended). Babrru is the real location of Albania's national reception centre for asylum-seekers.

Usage: seeds/tools/build-unhcr-alb-update.py [YYYY-MM ...]   (PDFs to rebuild; default: only missing ones)
"""
import sys

from reliefweb_series import (ACC, APP, ARR, CAP, CUM, F, INT, MONTH, PROTECTION, STOCK, UASC_ARR, UNHCR, YEAR, build,
                              month_name, n, report)

SID = "unhcr-alb-update"
COUNTRY = {"href": "https://api.reliefweb.int/v2/countries/16", "id": 16, "iso3": "alb",
           "location": {"lat": 41.14, "lon": 20.05}, "name": "Albania", "shortname": "Albania"}

# Arrivals apprehended or detected per month (2022 complete for the comparisons of 2023).
ARRIVALS = {"2022-01": 489, "2022-02": 512, "2022-03": 706, "2022-04": 893, "2022-05": 1187, "2022-06": 1106,
            "2022-07": 1214, "2022-08": 1021, "2022-09": 1268, "2022-10": 1470, "2022-11": 1342, "2022-12": 876,
            "2023-01": 498, "2023-02": 436, "2023-03": 702, "2023-04": 761, "2023-05": 968, "2023-06": 1105,
            "2023-07": 1038, "2023-08": 612}
YEAR_2021 = 10384

# month: published, posted time, UASC among arrivals, intentions, applications, persons in Babrru at month end.
MONTHS = {
    "2022-08": dict(pub="2022-09-16", at="10:20", uasc=98, int=131, app=9, babrru=31),
    "2022-09": dict(pub="2022-10-14", at="09:45", uasc=121, int=148, app=14, babrru=35),
    "2022-10": dict(pub="2022-11-17", at="11:05", uasc=139, int=170, app=11, babrru=33),
    "2022-11": dict(pub="2022-12-16", at="09:30", uasc=147, int=162, app=12, babrru=28),
    "2022-12": dict(pub="2023-01-20", at="10:10", uasc=84, int=103, app=8, babrru=24, year_int=1483, year_app=141),
    "2023-01": dict(pub="2023-02-17", at="09:55", uasc=51, int=58, app=6, babrru=22),
    "2023-02": dict(pub="2023-03-17", at="10:40", uasc=44, int=49, app=5, babrru=20),
    "2023-03": dict(pub="2023-04-14", at="09:15", uasc=66, int=77, app=10, babrru=26),
    "2023-04": dict(pub="2023-05-19", at="10:35", uasc=70, int=81, app=7, babrru=25),
    "2023-05": dict(pub="2023-06-16", at="09:25", uasc=88, int=92, app=12, babrru=27),
    "2023-06": dict(pub="2023-07-14", at="11:00", uasc=95, int=88, app=9, babrru=24),
    "2023-07": dict(pub="2023-08-18", at="09:50", uasc=90, int=71, app=11, babrru=21),
    "2023-08": dict(pub="2023-09-15", at="10:05", uasc=57, int=54, app=8, babrru=19),
}
BABRRU_CAPACITY = 180
NODES = {"2022-08": 3889114, "2022-09": 3898260, "2022-10": 3907903, "2022-11": 3917733, "2022-12": 3926410,
         "2023-01": 3935872, "2023-02": 3944518, "2023-03": 3952796, "2023-04": 3962347, "2023-05": 3970515,
         "2023-06": 3978239, "2023-07": 3987660, "2023-08": 3995421}

CONTACT = "UNHCR Representation in Albania, Rruga Donika Kastrioti, Tirana | tel. +355 4 2250 234 | albti@unhcr.org"

# What each month says beyond the figures.
CONTEXT = {
    "2022-08": "UNHCR and its partner the Tirana Legal Aid Society (TLAS) monitored the southern border at Kakavijë "
               "and Kapshticë, where most refugees and migrants are intercepted.",
    "2022-09": "UNHCR supported the Border and Migration Police with interpreters for the pre-screening interviews at "
               "the border crossing points of Gjirokastër and Korçë.",
    "2022-10": "Together with the State Agency for the Rights and Protection of the Child, UNHCR trained child "
               "protection workers of the southern municipalities on best interests procedures for unaccompanied children.",
    "2022-11": "UNHCR and the Directorate for Asylum and Citizenship reviewed the implementation of the 2021 Law on "
               "Asylum, in particular the registration of applications at the border.",
    "2022-12": "Winter assistance was distributed in Babrru and at the border points, where UNHCR's partners provided "
               "blankets, warm clothes and hot meals to persons waiting for pre-screening.",
}


def template_2022(key, m):
    name = month_name(key)
    arr = ARRIVALS[key]
    cum = sum(v for k, v in ARRIVALS.items() if k[:4] == "2022" and k <= key)
    blocks = [
        ("band", [("UNHCR · The UN Refugee Agency", 8), ("Albania", 20), (f"Monthly Update – {name} 2022", 11)]),
        ("h", "MIXED MOVEMENTS"),
    ]
    figures = []
    if key == "2022-12":
        blocks.append(("p", f"In 2022, the Albanian State Police ap~pre~hended {n(cum)} refugees and migrants who entered "
                            f"the country irregularly, compared to {n(YEAR_2021)} in 2021. In December, {n(arr)} new "
                            "arrivals were apprehended, most of them at the southern border with Greece."))
        figures += [F(ARR, YEAR, "2022", cum), F(ARR, YEAR, "2021", YEAR_2021), F(ARR, MONTH, key, arr)]
    else:
        blocks.append(("p", f"In {name} 2022, the Albanian State Police ap~pre~hended {n(arr)} refugees and migrants who "
                            "entered the country irregularly, most of them at the southern border with Greece. Since "
                            f"January, {n(cum)} irregular arrivals were recorded."))
        figures += [F(ARR, MONTH, key, arr), F(ARR, CUM, f"2022-01/{key}", cum)]
    blocks += [
        ("p", f"Of the new arrivals in {name}, {n(m['uasc'])} were unaccompanied or separated children."),
        ("h", "ACCESS TO ASYLUM"),
        ("p", f"{n(m['int'])} persons expressed an intention to seek asylum, and {n(m['app'])} lodged an asylum application."),
    ]
    figures += [F(UASC_ARR, MONTH, key, m["uasc"]), F(INT, MONTH, key, m["int"]), F(APP, MONTH, key, m["app"])]
    if key == "2022-12":
        blocks.append(("p", f"In 2022, {n(m['year_int'])} persons expressed an intention to seek asylum and "
                            f"{n(m['year_app'])} formally applied for asylum."))
        figures += [F(INT, YEAR, "2022", m["year_int"]), F(APP, YEAR, "2022", m["year_app"])]
    blocks += [
        ("h", "RECEPTION"),
        ("p", f"The National Reception Centre for Asylum-Seekers in Babrru hosted {n(m['babrru'])} persons at the end of {name}."),
        ("p", CONTEXT[key]),
        ("p", "UNHCR works with the Ministry of Interior, the Border and Migration Police, the Directorate for Asylum "
              "and Citizenship and civil society partners to ensure access to the territory and to asylum, the "
              "identification and referral of persons with specific needs, and the inclusion of refugees in national "
              "services."),
        ("small", CONTACT),
    ]
    figures.append(F(ACC, STOCK, key, m["babrru"], site="Babrru"))
    doc = {"header": f"ALBANIA | MONTHLY UPDATE | {name.upper()} 2022", "footer": f"UNHCR Albania | Monthly Update {name} 2022",
           "blocks": blocks}
    summary = [blocks[2][1], f"{n(m['int'])} persons expressed an intention to seek asylum in {name}, and {n(m['app'])} "
                             "lodged an asylum application."]
    title = f"Albania – Monthly Update, {name} 2022"
    return title, f"albania-monthly-update-{name.lower()}-2022", f"UNHCR_Albania_Monthly_Update_{name}_2022.pdf", \
        "libreoffice", doc, figures, summary


def template_2023(key, m):
    name = month_name(key)
    arr = ARRIVALS[key]
    year_ago = ARRIVALS["2022" + key[4:]]
    cum = sum(v for k, v in ARRIVALS.items() if k[:4] == "2023" and k <= key)
    total_2022 = sum(v for k, v in ARRIVALS.items() if k[:4] == "2022")
    if key == "2023-01":
        box = [(n(arr), f"irregular arrivals in {name}"), (n(total_2022), "arrivals in 2022"), (n(m["app"]), "asylum applications")]
        total = f"In 2022, a total of {n(total_2022)} arrivals were registered."
        figures = [F(ARR, MONTH, key, arr), F(ARR, YEAR, "2022", total_2022), F(APP, MONTH, key, m["app"])]
    else:
        box = [(n(arr), f"irregular arrivals in {name}"), (n(cum), "arrivals since January 2023"), (n(m["app"]), "asylum applications")]
        total = f"In total {n(cum)} arrivals were registered since January 2023."
        figures = [F(ARR, MONTH, key, arr), F(ARR, CUM, f"2023-01/{key}", cum), F(APP, MONTH, key, m["app"])]
    applications = "five" if m["app"] == 5 else n(m["app"])
    bullets = [
        f"{n(arr)} refugees and migrants were detected by the Albanian authorities in {name} 2023, compared to "
        f"{n(year_ago)} in {name} 2022. {total}",
        f"Of the new arrivals, {n(m['uasc'])} were unaccompanied or separated children, who were referred to the child "
        "protection units of the municipalities.",
        f"{n(m['int'])} persons expressed the intention to seek asylum in {name}, and {applications} lodged asylum applications.",
        f"At the end of {name}, {n(m['babrru'])} asylum-seekers were accommodated in the National Reception Centre in "
        f"Babrru, which has a capacity of {BABRRU_CAPACITY} places.",
    ]
    figures += [F(ARR, MONTH, "2022" + key[4:], year_ago), F(UASC_ARR, MONTH, key, m["uasc"]), F(INT, MONTH, key, m["int"]),
                F(ACC, STOCK, key, m["babrru"], site="Babrru"), F(CAP, STOCK, key, BABRRU_CAPACITY, site="Babrru")]
    blocks = [
        ("band", [("Albania Update", 16), (f"{name} 2023", 11)]),
        ("kf", box),
        ("h", "KEY DEVELOPMENTS"),
        ("bullets", bullets),
        ("h", "UNHCR RESPONSE"),
        ("p", "UNHCR and its partners were present at the southern and eastern borders every day, providing information "
              "on asylum, identifying persons with specific needs and monitoring the pre-screening procedures of the "
              "Border and Migration Police."),
        ("p", "In Babrru, UNHCR supported the reception centre with interpretation, psychosocial support and "
              "recreational activities, and its partner TLAS provided legal counselling to every new asylum-seeker."),
        ("small", CONTACT),
    ]
    doc = {"header": f"UNHCR ALBANIA UPDATE | {name.upper()} 2023", "footer": f"UNHCR Albania | {name} 2023", "blocks": blocks}
    summary = [bullets[0], bullets[2]]
    title = f"Albania Update – {name} 2023"
    return title, f"albania-update-{name.lower()}-2023", f"UNHCR_Albania_Update_{name}_2023.pdf", "pdfpig", doc, figures, summary


def reports():
    for key, m in MONTHS.items():
        title, slug, filename, maker, doc, figures, summary = (template_2022 if key < "2023-01" else template_2023)(key, m)
        yield report(SID, key, published=m["pub"], at=m["at"], node=NODES[key], page=f"https://reliefweb.int/report/albania/{slug}",
                     origin="https://data.unhcr.org/en/country/alb", title=title, summary=summary, figures=figures,
                     pdf=(filename, maker, doc))


SERIES = {
    "id": SID, "country": "ALB", "what": "UNHCR Albania's monthly update",
    "query": {"country": "alb", "source": "UNHCR", "phrase": "Update"},
    "primary_country": COUNTRY, "source": UNHCR, "themes": [PROTECTION],
}

# Months written in the spec but not recorded: every figure of theirs is a stand-in, and the family's
# changes of form and the source's tests (twelve documents) are met without them.
NOT_RECORDED = {"2022-08"}


if __name__ == "__main__":
    build(dict(SERIES, reports=[r for r in reports() if r["key"] not in NOT_RECORDED]), only=set(sys.argv[1:]) or None)
