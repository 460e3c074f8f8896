#!/usr/bin/env python3
"""Rebuilds the snapshot of `unhcr-mne-update`: UNHCR's monthly Montenegro Update as ReliefWeb lists it, twelve
reports from December 2017 to December 2022, from the spec below (see unhcr_country_update.py for what is written
where).

The reports are those of the months for which real publications state a figure (seeds/real-figures/*.csv: the
police, IOM, UNHCR, the IFRC and the Government of Montenegro, mostly through the press), and each states only
those figures. The series spans a layout change: up to mid-2019 the occupancy of the Asylum Centre in Spuž is
written in a sentence; from December 2019 the update has a reception table, one row per centre (and a total when
there are several), with a capacity column the sentences never gave.

Usage: seeds/tools/build-unhcr-mne-update.py [YYYY-MM ...]   (PDFs of the given months only)
"""
import sys

from unhcr_country_update import (ACC, APP, ARR, CAP, CUM, F, INT, MONTH, OUT, STOCK, YEAR, build, month_name)

SOURCE = {
    "id": "unhcr-mne-update",
    "iso3": "MNE",
    "country_name": "Montenegro",
    "country_slug": "montenegro",
    "country": {"id": 156, "location": {"lat": 42.79, "lon": 19.24}},
    "query": {"iso3": "mne", "source": "UNHCR", "title": "Montenegro Update"},
    "style": {"size": "10pt"},
}

CONTACTS = [("h3", "CONTACTS"),
            ("p", "UNHCR Office in Montenegro, Bulevar Svetog Petra Cetinjskog 1a, Podgorica | Tel: +382 20 225 945 | "
                  "mnepo@unhcr.org")]


def update(month, published, node, origin, *, page1, page2, summary, figures):
    name = month_name(month)
    m, y = name.split()
    return {
        "month": month, "published": published, "node": node, "origin": origin, "fmt": "lo", "posted": (10, 30),
        "title": f"Montenegro Update – {name}",
        "slug": f"montenegro-update-{m.lower()}-{y}",
        "file": f"UNHCR_Montenegro_Update_{m}_{y}.pdf",
        "running_header": f"MONTENEGRO UPDATE | {name.upper()}",
        "running_footer": f"UNHCR Montenegro | Montenegro Update – {name}",
        "pages": [
            [("banner", [("UNHCR · The UN Refugee Agency", 8, False), ("MONTENEGRO", 20, True), (f"Update | {name}", 11, False)]),
             *page1],
            [*page2, *CONTACTS],
        ],
        "summary": summary, "figures": figures,
    }


def table(caption, centres):
    """The reception table of the later form: (centre, capacity, accommodated) per row, and a total row when
    there is more than one centre."""
    rows = [[name, f"{cap}", f"{acc}"] for name, cap, acc in centres]
    if len(centres) > 1:
        rows.append(["Total", f"{sum(c[1] for c in centres)}", f"{sum(c[2] for c in centres)}"])
    return ("table", caption, ["Centre", "Capacity", "Accommodated"], rows)


def table_figures(period, centres):
    """centres: (site, capacity, accommodated) in the table's order."""
    figures = [f for site, cap, acc in centres
               for f in (F(CAP, STOCK, period, cap, site=site), F(ACC, STOCK, period, acc, site=site))]
    if len(centres) > 1:
        figures += [F(CAP, STOCK, period, sum(c[1] for c in centres)), F(ACC, STOCK, period, sum(c[2] for c in centres))]
    return figures


ACTIVITIES = ("h", "UNHCR RESPONSE")

def reception(text):
    return [("h", "RECEPTION"), ("p", text)]


# The months that real publications give a figure for (seeds/real-figures/*.csv); each report states those
# figures only, in the family's wording. The reception table of the later form carries one stand-in, the
# persons accommodated in Spuž at the end of December 2019 (no real count of that day was found).
DOCS = [
    update("2017-12", "2018-01-25", 2434617, 58102,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In 2017, 807 refugees and migrants were registered entering Montenegro irregularly, most of them "
                     "across the border with Albania."),
               ("p", "In 2017, 849 persons formally applied for asylum."),
               *reception("The Asylum Centre in Spuž accommodated 128 asylum-seekers at the end of December."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR's partner, the Legal Centre, provided legal counselling to asylum-seekers in the Asylum "
                        "Centre and at the border crossings with Albania.")],
           summary=["In 2017, 807 refugees and migrants were registered entering Montenegro irregularly."],
           figures=[
               F(ARR, YEAR, "2017", 807), F(APP, YEAR, "2017", 849), F(ACC, STOCK, "2017-12", 128, site="Spuž"),
           ]),
    update("2018-01", "2018-02-22", 2469981, 58643,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In January, 24 persons formally applied for asylum."),
               ("p", "Most asylum-seekers entered Montenegro from Albania and left the Asylum Centre within days."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR and the Directorate for Asylum reviewed the reception arrangements for the spring.")],
           summary=["In January, 24 persons formally applied for asylum."],
           figures=[F(APP, MONTH, "2018-01", 24)]),
    update("2018-04", "2018-05-18", 2568102, 60266,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In April, 470 persons formally applied for asylum."),
               *reception("On 14 April, 217 asylum-seekers were accommodated in the two reception facilities of the "
                          "Ministry of Interior."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR and the Red Cross of Montenegro distributed food and hygiene items at the Božaj border "
                        "crossing.")],
           summary=["In April, 470 persons formally applied for asylum."],
           figures=[F(APP, MONTH, "2018-04", 470), F(ACC, STOCK, "2018-04-14", 217)]),
    update("2018-05", "2018-06-15", 2620414, 60807,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "From January to May 2018, 1,362 refugees and migrants were registered."),
               ("p", "In May, 557 persons formally applied for asylum."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR supported the Ministry of Interior in renting additional accommodation in Podgorica.")],
           summary=["From January to May 2018, 1,362 refugees and migrants were registered."],
           figures=[F(ARR, CUM, "2018-01/2018-05", 1362), F(APP, MONTH, "2018-05", 557)]),
    update("2018-06", "2018-07-20", 2660873, 61348,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "From January to June 2018, 2,113 refugees and migrants were registered."),
               ("p", "Since the beginning of 2018 and until 8 June, 1,384 persons applied for asylum."),
               *reception("The Reception Centre for asylum-seekers in Spuž had a capacity of 75 places at the end of June."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR's partner provided legal counselling at the border crossings with Albania and in Podgorica.")],
           summary=["From January to June 2018, 2,113 refugees and migrants were registered."],
           figures=[F(ARR, CUM, "2018-01/2018-06", 2113), F(APP, CUM, "2018-01-01/2018-06-08", 1384),
                    F(CAP, STOCK, "2018-06", 75, site="Spuž")]),
    update("2018-08", "2018-09-14", 2752316, 62430,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "From January to August 2018, some 2,850 refugees and migrants were registered."),
               ("p", "Most of them entered Montenegro from Albania and left towards Bosnia and Herzegovina."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR supported the Ministry of Interior in training police officers on the identification of "
                        "persons in need of international protection.")],
           summary=["From January to August 2018, some 2,850 refugees and migrants were registered."],
           figures=[F(ARR, CUM, "2018-01/2018-08", 2850, approx=True)]),
    update("2018-11", "2018-12-14", 2889451, 64053,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "From January to November 2018, 4,400 refugees and migrants were registered."),
               ("p", "Most of them entered from Albania; few stayed in Montenegro for longer than a few days."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR and partners prepared the Asylum Centre for the winter.")],
           summary=["From January to November 2018, 4,400 refugees and migrants were registered."],
           figures=[F(ARR, CUM, "2018-01/2018-11", 4400)]),
    update("2018-12", "2019-01-25", 2941327, 64594,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In 2018, 4,645 refugees and migrants were registered entering Montenegro irregularly, compared to "
                     "807 in 2017."),
               ("p", "In 2018, 3,104 persons formally applied for asylum."),
           ],
           page2=[ACTIVITIES,
                  ("p", "In 2018, UNHCR's partners provided legal counselling to asylum-seekers in Spuž, Podgorica and at "
                        "the border.")],
           summary=["In 2018, 4,645 refugees and migrants were registered entering Montenegro irregularly, compared to 807 "
                    "in 2017."],
           figures=[F(ARR, YEAR, "2018", 4645), F(ARR, YEAR, "2017", 807), F(APP, YEAR, "2018", 3104)]),
    update("2019-06", "2019-07-19", 3216780, 67838,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "From January to June 2019, 3,189 persons expressed an intention to seek asylum."),
               ("p", "Most of them left Montenegro before their asylum interview."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR and the Ministry of Interior discussed the extension of the Asylum Centre in Spuž.")],
           summary=["From January to June 2019, 3,189 persons expressed an intention to seek asylum."],
           figures=[F(INT, CUM, "2019-01/2019-06", 3189)]),
    update("2019-12", "2020-01-24", 3470325, 71082,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In 2019, between 7,000 and 8,000 refugees and migrants were registered entering Montenegro "
                     "irregularly."),
               ("p", "In 2019, some 1,500 persons formally applied for asylum."),
               ("h", "RECEPTION"),
               table("Accommodation at the end of December 2019", [("Asylum Centre Spuž", 104, 86)]),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR's partners provided legal counselling and free legal aid in the asylum procedure "
                        "throughout 2019.")],
           summary=["In 2019, between 7,000 and 8,000 refugees and migrants were registered entering Montenegro "
                    "irregularly."],
           figures=[
               F(ARR, YEAR, "2019", (7000, 8000)), F(APP, YEAR, "2019", 1500, approx=True),
               *table_figures("2019-12", [("Spuž", 104, 86)]),
           ]),
    update("2022-11", "2022-12-16", 3905870, 97118,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "From January to November 2022, 7,559 refugees and migrants were registered."),
               ("p", "Most of them entered from Albania and moved on towards Bosnia and Herzegovina within days."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR donated bunk beds and mattresses to the reception centre in Božaj.")],
           summary=["From January to November 2022, 7,559 refugees and migrants were registered."],
           figures=[F(ARR, CUM, "2022-01/2022-11", 7559)]),
    update("2022-12", "2023-01-26", 3914377, 97659,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In 2022, 8,318 refugees and migrants were registered entering Montenegro irregularly."),
               ("p", "Arrivals rose in the second half of the year, mostly across the border with Albania."),
           ],
           page2=[ACTIVITIES,
                  ("p", "In 2022, UNHCR's partners provided legal counselling and free legal aid in asylum procedures.")],
           summary=["In 2022, 8,318 refugees and migrants were registered entering Montenegro irregularly."],
           figures=[F(ARR, YEAR, "2022", 8318)]),
]


if __name__ == "__main__":
    build(SOURCE, DOCS, only=set(sys.argv[1:]) or None)
