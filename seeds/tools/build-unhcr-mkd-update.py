#!/usr/bin/env python3
"""Rebuilds the snapshot of `unhcr-mkd-update`: UNHCR's monthly update for North Macedonia as ReliefWeb lists
it, thirteen reports from December 2016 to May 2024, from the spec below (see unhcr_country_update.py for what is
written where).

The reports are those of the months for which real publications state a figure (seeds/real-figures/*.csv), and
each states only those figures. The series changes form twice: up to 2018 the "Monthly Update" is a PDF from a
word processor; in 2019 and 2020 the "North Macedonia Update" is posted as the text of its ReliefWeb page with no
attachment (the page is then the document read); from 2022 the "Monthly Update" is a PDF again, in a designed
template with a key-figures box. The titles, dates and wording are reconstructed.

Usage: seeds/tools/build-unhcr-mkd-update.py [YYYY-MM ...]   (PDFs of the given months only)
"""
import sys

from unhcr_country_update import (ACC, APP, ARR, CUM, F, MONTH, PRES, STOCK, YEAR, build, month_name)

SOURCE = {
    "id": "unhcr-mkd-update",
    "iso3": "MKD",
    "country_name": "North Macedonia",
    "country_slug": "north-macedonia",
    "country": {"id": 145, "location": {"lat": 41.6, "lon": 21.7}},
    "query": {"iso3": "mkd", "source": "UNHCR", "title": "North Macedonia Update"},
    "style": {"size": "9.5pt"},
}

CONTACTS = [("h3", "CONTACTS"),
            ("p", "UNHCR Representation in North Macedonia, Zeleznicka 53, 1000 Skopje | Tel: +389 2 3118 641 | "
                  "mkdsk@unhcr.org")]


def pdf(month, published, node, origin, *, page1, page2, summary, figures, designed=False):
    """The "Monthly Update" PDF: word-processor layout, or (designed=True) the template from September 2023."""
    name = month_name(month)
    m, y = name.split()
    return {
        "month": month, "published": published, "node": node, "origin": origin, "fmt": "pig" if designed else "lo",
        "posted": (8, 45),
        "title": f"North Macedonia – Monthly Update, {name}",
        "slug": f"north-macedonia-monthly-update-{m.lower()}-{y}",
        "file": f"UNHCR_North_Macedonia_Monthly_Update_{m}_{y}.pdf",
        "running_header": f"NORTH MACEDONIA | MONTHLY UPDATE | {name.upper()}",
        "running_footer": f"UNHCR North Macedonia | {name}",
        "pages": [
            [("banner", [("UNHCR · The UN Refugee Agency", 8, False), ("NORTH MACEDONIA", 20, True),
                         (f"Monthly Update | {name}", 11, False)]), *page1],
            [*page2, *CONTACTS],
        ],
        "summary": summary, "figures": figures,
    }


def page(month, published, node, origin, *, blocks, figures):
    """The "North Macedonia Update" posted as the text of its ReliefWeb page, with no attachment."""
    name = month_name(month)
    m, y = name.split()
    return {
        "month": month, "published": published, "node": node, "origin": origin, "fmt": "page", "posted": (9, 10),
        "title": f"North Macedonia Update – {name}",
        "slug": f"north-macedonia-update-{m.lower()}-{y}",
        "pages": [blocks], "figures": figures,
    }


def response(text):
    return [("h", "UNHCR RESPONSE"), ("p", text)]


# The months that real publications give a figure for (seeds/real-figures/*.csv: UNHCR's fact sheet of August
# 2019 and its updates quoted by other offices, IOM's yearly totals, the Ministry of Interior and the crisis
# management centre through the press); each report states those figures only, in the family's wording.
DOCS = [
    pdf("2016-12", "2017-01-20", 1850412, 52216,
        page1=[
            ("h", "ARRIVALS"),
            ("p", "Approximately 300 refugees and migrants remained in the country at the end of December, most of them "
                  "in the transit centres in Tabanovce and Vinojug."),
            ("p", "Irregular movements through the country continued, mostly from Greece towards Serbia."),
        ],
        page2=response("UNHCR and partners continued border monitoring and provided winter clothes in the transit centres."),
        summary=["Approximately 300 refugees and migrants remained in the country at the end of December."],
        figures=[F(PRES, STOCK, "2016-12", 300, approx=True)]),
    pdf("2017-06", "2017-07-21", 2091730, 54931,
        page1=[
            ("h", "ARRIVALS"),
            ("p", "60 refugees and migrants remained in the country at the end of June."),
            ("p", "Irregular movements through the country continued, mostly from Greece towards Serbia."),
        ],
        page2=response("UNHCR and partners continued border monitoring at the southern and northern borders."),
        summary=["60 refugees and migrants remained in the country at the end of June."],
        figures=[F(PRES, STOCK, "2017-06", 60)]),
    pdf("2017-12", "2018-01-19", 2413865, 57646,
        page1=[
            ("h", "ARRIVALS"),
            ("p", "In 2017, 547 irregular arrivals were registered."),
            ("p", "Most of those registered had entered from Greece and intended to move on towards Serbia."),
        ],
        page2=response("In 2017, UNHCR and partners carried out border monitoring and provided free legal aid to "
                       "asylum-seekers."),
        summary=["In 2017, 547 irregular arrivals were registered."],
        figures=[F(ARR, YEAR, "2017", 547)]),
    pdf("2018-01", "2018-02-16", 2466025, 58187,
        page1=[
            ("h", "RECEPTION"),
            ("p", "On 1 January 2018, the transit centre in Tabanovce accommodated 17 refugees and migrants, and 6 were "
                  "accommodated in the transit centre in Vinojug."),
            ("p", "On 9 February, 15 migrants stayed in the transit centre in Vinojug."),
        ],
        page2=response("UNHCR and partners provided winter clothes and blankets in the transit centres."),
        summary=["On 1 January 2018, the transit centre in Tabanovce accommodated 17 refugees and migrants."],
        figures=[
            F(ACC, STOCK, "2018-01-01", 17, site="Tabanovce"), F(ACC, STOCK, "2018-01-01", 6, site="Vinojug"),
            F(ACC, STOCK, "2018-02-09", 15, site="Vinojug"),
        ]),
    pdf("2018-12", "2019-01-25", 2941018, 64594,
        page1=[
            ("h", "ARRIVALS"),
            ("p", "In 2018, 3,132 irregular arrivals were registered, compared to 547 in 2017."),
            ("h", "ASYLUM AND RECEPTION"),
            ("p", "In 2018, 299 persons applied for asylum."),
        ],
        page2=response("In 2018, UNHCR and partners increased border monitoring at the southern border as arrivals rose."),
        summary=["In 2018, 3,132 irregular arrivals were registered, compared to 547 in 2017."],
        figures=[F(ARR, YEAR, "2018", 3132), F(ARR, YEAR, "2017", 547), F(APP, YEAR, "2018", 299)]),
    page("2019-01", "2019-02-22", 2995317, 65135,
         blocks=[
             ("p", "Asylum: During the month, 5 asylum applications were lodged."),
             ("p", "UNHCR and partners carried out border monitoring visits in January."),
         ],
         figures=[F(APP, MONTH, "2019-01", 5)]),
    page("2019-07", "2019-08-16", 3258843, 68379,
         blocks=[
             ("p", "Reception: On 11 July, 34 persons were accommodated in the transit centre in Vinojug."),
             ("p", "UNHCR and partners carried out border monitoring visits in July."),
         ],
         figures=[F(ACC, STOCK, "2019-07-11", 34, site="Vinojug")]),
    page("2019-08", "2019-09-16", 3302418, 68920,
         blocks=[
             ("p", "Arrivals: An estimated 25,794 irregular arrivals were registered from January to August 2019."),
             ("p", "Asylum: 252 asylum claims were submitted from January to August 2019."),
             ("p", "UNHCR and partners carried out border monitoring visits in August."),
         ],
         figures=[F(ARR, CUM, "2019-01/2019-08", 25794, approx=True), F(APP, CUM, "2019-01/2019-08", 252)]),
    page("2020-01", "2020-02-21", 3519760, 71623,
         blocks=[
             ("p", "Arrivals: Since the beginning of 2020 and until 21 January, 1,365 irregular arrivals were registered."),
             ("p", "UNHCR and partners carried out border monitoring visits in January."),
         ],
         figures=[F(ARR, CUM, "2020-01-01/2020-01-21", 1365)]),
    pdf("2022-11", "2022-12-20", 3906345, 97233, designed=True,
        page1=[
            ("kf", [("26,182", "irregular arrivals since January 2022")]),
            ("h", "ARRIVALS"),
            ("p", "Since the beginning of 2022, 26,182 arrivals have been registered."),
            ("p", "Most arrivals entered from Greece and moved on towards Serbia within days."),
        ],
        page2=response("UNHCR distributed winter jackets and blankets in the transit centres."),
        summary=["Since the beginning of 2022, 26,182 arrivals have been registered."],
        figures=[F(ARR, CUM, "2022-01/2022-11", 26182)]),
    pdf("2022-12", "2023-01-27", 3915702, 97811, designed=True,
        page1=[
            ("kf", [("22,379", "irregular arrivals in 2022")]),
            ("h", "ARRIVALS"),
            ("p", "In 2022, 22,379 irregular arrivals were registered."),
            ("p", "Most arrivals entered from Greece and moved on towards Serbia within days."),
        ],
        page2=response("In 2022, UNHCR and partners carried out border monitoring and provided free legal aid."),
        summary=["In 2022, 22,379 irregular arrivals were registered."],
        figures=[F(ARR, YEAR, "2022", 22379)]),
    pdf("2023-05", "2023-06-16", 3961905, 100644, designed=True,
        page1=[
            ("kf", [("3,349", "irregular arrivals since January 2023")]),
            ("h", "ARRIVALS"),
            ("p", "Since the beginning of 2023, 3,349 arrivals have been registered."),
            ("p", "Most arrivals were found near the southern border."),
        ],
        page2=response("UNHCR and partners carried out border monitoring visits in May."),
        summary=["Since the beginning of 2023, 3,349 arrivals have been registered."],
        figures=[F(ARR, CUM, "2023-01/2023-05", 3349)]),
    pdf("2024-05", "2024-06-14", 4075230, 107290, designed=True,
        page1=[
            ("kf", [("1,698", "irregular arrivals since January 2024")]),
            ("h", "ARRIVALS"),
            ("p", "Since the beginning of 2024, 1,698 arrivals have been registered."),
            ("p", "Arrivals fell by half compared to the same period of 2023."),
        ],
        page2=response("UNHCR and partners carried out border monitoring visits in May."),
        summary=["Since the beginning of 2024, 1,698 arrivals have been registered."],
        figures=[F(ARR, CUM, "2024-01/2024-05", 1698)]),
]


if __name__ == "__main__":
    build(SOURCE, DOCS, only=set(sys.argv[1:]) or None)
