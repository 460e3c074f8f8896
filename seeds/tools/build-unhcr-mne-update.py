#!/usr/bin/env python3
"""Rebuilds the snapshot of `unhcr-mne-update`: UNHCR's monthly Montenegro Update as ReliefWeb lists it, June 2022
to June 2023, from the spec below (see unhcr_country_update.py for what is written where).

The series spans a layout change: up to December 2022 the occupancy of the Asylum Centre in Spuž and of the
reception centre in Božaj is written in sentences; from January 2023 the update has a reception table, one row
per centre and a total, with a capacity column the sentences never gave. Every figure is a plausible stand-in,
kept consistent with the corpus documents of the same months (seeds/README.md).

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


def table(caption, spuz, bozaj):
    """The reception table from January 2023: (capacity, accommodated) per centre, and their total."""
    return ("table", caption, ["Centre", "Capacity", "Accommodated"],
            [["Asylum Centre Spuž", f"{spuz[0]}", f"{spuz[1]}"], ["Reception Centre Božaj", f"{bozaj[0]}", f"{bozaj[1]}"],
             ["Total", f"{spuz[0] + bozaj[0]}", f"{spuz[1] + bozaj[1]}"]])


def table_figures(period, spuz, bozaj):
    return [F(CAP, STOCK, period, spuz[0], site="Spuž"), F(ACC, STOCK, period, spuz[1], site="Spuž"),
            F(CAP, STOCK, period, bozaj[0], site="Božaj"), F(ACC, STOCK, period, bozaj[1], site="Božaj"),
            F(CAP, STOCK, period, spuz[0] + bozaj[0]), F(ACC, STOCK, period, spuz[1] + bozaj[1])]


ACTIVITIES = ("h", "UNHCR RESPONSE")

DOCS = [
    update("2022-06", "2022-07-21", 3862730, 94410,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "789 refugees and migrants were registered by the police in June, up from 612 in May. From January to "
                     "June 2022, 3,685 refugees and migrants were registered."),
               ("p", "731 persons expressed an intention to seek asylum in June. 37 asylum applications were registered "
                     "(21 cases involving 37 persons)."),
               ("h", "RECEPTION"),
               ("p", "The Asylum Centre in Spuž accommodated 55 asylum-seekers at the end of June."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR's partner, the Legal Centre, provided legal counselling to 212 persons and represented 14 "
                        "asylum-seekers in the procedure.")],
           summary=["789 refugees and migrants were registered by the police in June, up from 612 in May.",
                    "731 persons expressed an intention to seek asylum in June."],
           figures=[
               F(ARR, MONTH, "2022-06", 789), F(ARR, MONTH, "2022-05", 612), F(ARR, CUM, "2022-01/2022-06", 3685),
               F(INT, MONTH, "2022-06", 731), F(APP, MONTH, "2022-06", 37), F(ACC, STOCK, "2022-06", 55, site="Spuž"),
           ]),
    update("2022-07", "2022-08-19", 3870992, 94951,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In July 2022, the Montenegrin police registered 943 irregular arrivals, compared to 789 in June 2022. "
                     "From January to July 2022, 4,628 refugees and migrants were registered."),
               ("p", "In July, 866 persons expressed an intention to seek asylum, and 29 persons formally applied for "
                     "asylum."),
               ("h", "RECEPTION"),
               ("p", "The Asylum Centre in Spuž accommodated 58 asylum-seekers at the end of July, and 19 were "
                     "accommodated in the reception centre in Božaj."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR and the Red Cross of Montenegro distributed 1,200 hygiene kits at the border with Albania "
                        "and in Podgorica.")],
           summary=["In July 2022, the Montenegrin police registered 943 irregular arrivals, compared to 789 in June 2022."],
           figures=[
               F(ARR, MONTH, "2022-07", 943), F(ARR, MONTH, "2022-06", 789), F(ARR, CUM, "2022-01/2022-07", 4628),
               F(INT, MONTH, "2022-07", 866), F(APP, MONTH, "2022-07", 29), F(ACC, STOCK, "2022-07", 58, site="Spuž"),
               F(ACC, STOCK, "2022-07", 19, site="Božaj"),
           ]),
    update("2022-08", "2022-09-16", 3879884, 95492,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In August 2022, the Montenegrin police registered 806 irregular arrivals, compared to 943 in July "
                     "2022. From January to August 2022, 5,434 refugees and migrants were registered."),
               ("p", "In August, 742 persons expressed an intention to seek asylum, and 33 persons formally applied for "
                     "asylum."),
               ("h", "RECEPTION"),
               ("p", "The Asylum Centre in Spuž accommodated 51 asylum-seekers at the end of August, and 26 were "
                     "accommodated in the reception centre in Božaj."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR supported the Ministry of Interior in training 32 police officers on the identification of "
                        "persons in need of international protection.")],
           summary=["In August 2022, the Montenegrin police registered 806 irregular arrivals, compared to 943 in July 2022."],
           figures=[
               F(ARR, MONTH, "2022-08", 806), F(ARR, MONTH, "2022-07", 943), F(ARR, CUM, "2022-01/2022-08", 5434),
               F(INT, MONTH, "2022-08", 742), F(APP, MONTH, "2022-08", 33), F(ACC, STOCK, "2022-08", 51, site="Spuž"),
               F(ACC, STOCK, "2022-08", 26, site="Božaj"),
           ]),
    update("2022-09", "2022-10-19", 3888671, 96034,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In September 2022, the Montenegrin police registered 1,076 irregular arrivals, compared to 806 in "
                     "August 2022. From January to September 2022, 6,510 refugees and migrants were registered."),
               ("p", "In September, 972 persons expressed an intention to seek asylum, and 41 persons formally applied for "
                     "asylum."),
               ("h", "RECEPTION"),
               ("p", "The Asylum Centre in Spuž accommodated 54 asylum-seekers at the end of September, and 23 were "
                     "accommodated in the reception centre in Božaj."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR's partner provided legal counselling to 318 persons, mostly at the Božaj border crossing.")],
           summary=["In September 2022, the Montenegrin police registered 1,076 irregular arrivals, compared to 806 in "
                    "August 2022. From January to September 2022, 6,510 refugees and migrants were registered."],
           figures=[
               F(ARR, MONTH, "2022-09", 1076), F(ARR, MONTH, "2022-08", 806), F(ARR, CUM, "2022-01/2022-09", 6510),
               F(INT, MONTH, "2022-09", 972), F(APP, MONTH, "2022-09", 41), F(ACC, STOCK, "2022-09", 54, site="Spuž"),
               F(ACC, STOCK, "2022-09", 23, site="Božaj"),
           ]),
    update("2022-10", "2022-11-18", 3897319, 96575,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In October 2022, the Montenegrin police registered 1,012 irregular arrivals, compared to 1,076 in "
                     "September 2022. From January to October 2022, 7,522 refugees and migrants were registered."),
               ("p", "In October, 921 persons expressed an intention to seek asylum, and 36 persons formally applied for "
                     "asylum."),
               ("h", "RECEPTION"),
               ("p", "The Asylum Centre in Spuž accommodated 60 asylum-seekers at the end of October, and 31 were "
                     "accommodated in the reception centre in Božaj."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR and partners organised 12 information sessions on the asylum procedure in the Asylum Centre.")],
           summary=["In October 2022, the Montenegrin police registered 1,012 irregular arrivals, compared to 1,076 in "
                    "September 2022."],
           figures=[
               F(ARR, MONTH, "2022-10", 1012), F(ARR, MONTH, "2022-09", 1076), F(ARR, CUM, "2022-01/2022-10", 7522),
               F(INT, MONTH, "2022-10", 921), F(APP, MONTH, "2022-10", 36), F(ACC, STOCK, "2022-10", 60, site="Spuž"),
               F(ACC, STOCK, "2022-10", 31, site="Božaj"),
           ]),
    update("2022-11", "2022-12-16", 3905870, 97118,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In November 2022, the Montenegrin police registered 688 irregular arrivals, compared to 1,012 in "
                     "October 2022. From January to November 2022, 8,210 refugees and migrants were registered."),
               ("p", "In November, 610 persons expressed an intention to seek asylum, and 24 persons formally applied for "
                     "asylum."),
               ("h", "RECEPTION"),
               ("p", "The Asylum Centre in Spuž accommodated 57 asylum-seekers at the end of November, and 18 were "
                     "accommodated in the reception centre in Božaj."),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR donated 40 bunk beds and 80 mattresses to the reception centre in Božaj.")],
           summary=["In November 2022, the Montenegrin police registered 688 irregular arrivals, compared to 1,012 in "
                    "October 2022."],
           figures=[
               F(ARR, MONTH, "2022-11", 688), F(ARR, MONTH, "2022-10", 1012), F(ARR, CUM, "2022-01/2022-11", 8210),
               F(INT, MONTH, "2022-11", 610), F(APP, MONTH, "2022-11", 24), F(ACC, STOCK, "2022-11", 57, site="Spuž"),
               F(ACC, STOCK, "2022-11", 18, site="Božaj"),
           ]),
    update("2022-12", "2023-01-26", 3914377, 97659,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In December 2022, the Montenegrin police registered 402 irregular arrivals. In 2022, 8,612 refugees "
                     "and migrants were registered entering Montenegro irregularly, compared to 3,710 in 2021."),
               ("p", "In December, 355 persons expressed an intention to seek asylum, and 18 persons formally applied for "
                     "asylum."),
               ("h", "RECEPTION"),
               ("p", "The Asylum Centre in Spuž accommodated 49 asylum-seekers at the end of December, and 12 were "
                     "accommodated in the reception centre in Božaj."),
           ],
           page2=[ACTIVITIES,
                  ("p", "In 2022, UNHCR's partners provided legal counselling to 2,950 persons and free legal aid in 164 "
                        "asylum procedures.")],
           summary=["In December 2022, the Montenegrin police registered 402 irregular arrivals. In 2022, 8,612 refugees and "
                    "migrants were registered entering Montenegro irregularly, compared to 3,710 in 2021."],
           figures=[
               F(ARR, MONTH, "2022-12", 402), F(ARR, YEAR, "2022", 8612), F(ARR, YEAR, "2021", 3710),
               F(INT, MONTH, "2022-12", 355), F(APP, MONTH, "2022-12", 18), F(ACC, STOCK, "2022-12", 49, site="Spuž"),
               F(ACC, STOCK, "2022-12", 12, site="Božaj"),
           ]),
    update("2023-01", "2023-02-23", 3923104, 98200,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In January 2023, the Montenegrin police registered 421 irregular arrivals, compared to 402 in "
                     "December 2022."),
               ("p", "In January, 380 persons expressed an intention to seek asylum, and 15 persons formally applied for "
                     "asylum."),
               ("h", "RECEPTION"),
               table("Accommodation at the end of January 2023", (120, 44), (60, 9)),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR and the Ministry of Interior agreed on a joint plan to extend the Asylum Centre in Spuž.")],
           summary=["In January 2023, the Montenegrin police registered 421 irregular arrivals, compared to 402 in December "
                    "2022."],
           figures=[
               F(ARR, MONTH, "2023-01", 421), F(ARR, MONTH, "2022-12", 402), F(INT, MONTH, "2023-01", 380),
               F(APP, MONTH, "2023-01", 15), *table_figures("2023-01", (120, 44), (60, 9)),
           ]),
    update("2023-02", "2023-03-23", 3932486, 98741,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In February 2023, the Montenegrin police registered 444 irregular arrivals, compared to 421 in "
                     "January 2023. Since January 2023, 865 arrivals were registered."),
               ("p", "In February, 402 persons expressed an intention to seek asylum, and 19 persons formally applied for "
                     "asylum."),
               ("h", "RECEPTION"),
               table("Accommodation at the end of February 2023", (120, 41), (60, 14)),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR's partner provided legal counselling to 196 persons and psychosocial support to 23 "
                        "asylum-seekers.")],
           summary=["In February 2023, the Montenegrin police registered 444 irregular arrivals, compared to 421 in January "
                    "2023."],
           figures=[
               F(ARR, MONTH, "2023-02", 444), F(ARR, MONTH, "2023-01", 421), F(ARR, CUM, "2023-01/2023-02", 865),
               F(INT, MONTH, "2023-02", 402), F(APP, MONTH, "2023-02", 19), *table_figures("2023-02", (120, 41), (60, 14)),
           ]),
    update("2023-03", "2023-04-20", 3941733, 99282,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In March 2023, the Montenegrin police registered 567 irregular arrivals, compared to 444 in February "
                     "2023. Since January 2023, 1,432 arrivals were registered."),
               ("p", "In March, 512 persons expressed an intention to seek asylum, and 22 persons formally applied for "
                     "asylum."),
               ("h", "RECEPTION"),
               table("Accommodation at the end of March 2023", (120, 46), (60, 21)),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR and partners trained 18 social workers on the protection of unaccompanied children.")],
           summary=["In March 2023, the Montenegrin police registered 567 irregular arrivals, compared to 444 in February "
                    "2023."],
           figures=[
               F(ARR, MONTH, "2023-03", 567), F(ARR, MONTH, "2023-02", 444), F(ARR, CUM, "2023-01/2023-03", 1432),
               F(INT, MONTH, "2023-03", 512), F(APP, MONTH, "2023-03", 22), *table_figures("2023-03", (120, 46), (60, 21)),
           ]),
    update("2023-04", "2023-05-18", 3950992, 99823,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "Irregular arrivals in April 2023 totalled 482 persons, 15% fewer than in March. Since January 2023, "
                     "1,914 arrivals were registered."),
               ("p", "In April, 436 persons expressed an intention to seek asylum. 21 persons lodged asylum applications "
                     "in April, of whom 3 were unaccompanied children."),
               ("h", "RECEPTION"),
               ("p", "An estimated 50 persons stayed outside formal accommodation at the end of April."),
               table("Accommodation on 30 April 2023", (120, 39), (60, 17)),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR supported the Directorate for Asylum with interpretation in 46 asylum interviews.")],
           summary=["Irregular arrivals in April 2023 totalled 482 persons, 15% fewer than in March. Since January 2023, "
                    "1,914 arrivals were registered."],
           figures=[
               F(ARR, MONTH, "2023-04", 482), F(ARR, CUM, "2023-01/2023-04", 1914), F(INT, MONTH, "2023-04", 436),
               F(APP, MONTH, "2023-04", 21), *table_figures("2023-04-30", (120, 39), (60, 17)),
               F(OUT, STOCK, "2023-04", 50, approx=True),
           ]),
    update("2023-05", "2023-06-16", 3960238, 100364,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In May 2023, the Montenegrin police registered 611 irregular arrivals, compared to 482 in April "
                     "2023. Since January 2023, 2,525 arrivals were registered."),
               ("p", "In May, 560 persons expressed an intention to seek asylum, and 26 persons formally applied for "
                     "asylum."),
               ("h", "RECEPTION"),
               table("Accommodation at the end of May 2023", (120, 42), (60, 25)),
           ],
           page2=[ACTIVITIES,
                  ("p", "UNHCR and partners carried out 22 monitoring visits to the border with Albania.")],
           summary=["In May 2023, the Montenegrin police registered 611 irregular arrivals, compared to 482 in April 2023."],
           figures=[
               F(ARR, MONTH, "2023-05", 611), F(ARR, MONTH, "2023-04", 482), F(ARR, CUM, "2023-01/2023-05", 2525),
               F(INT, MONTH, "2023-05", 560), F(APP, MONTH, "2023-05", 26), *table_figures("2023-05", (120, 42), (60, 25)),
           ]),
    update("2023-06", "2023-07-19", 3969486, 100905,
           page1=[
               ("h", "ARRIVALS AND ASYLUM"),
               ("p", "In June 2023, the Montenegrin police registered 735 irregular arrivals, compared to 611 in May 2023. "
                     "Since January 2023, 3,260 arrivals were registered."),
               ("p", "In June, 671 persons expressed an intention to seek asylum, and 31 persons formally applied for "
                     "asylum."),
               ("h", "RECEPTION"),
               table("Accommodation at the end of June 2023", (120, 48), (60, 29)),
           ],
           page2=[ACTIVITIES,
                  ("p", "On World Refugee Day, 20 June, UNHCR and the Municipality of Podgorica held a football tournament "
                        "with 64 players.")],
           summary=["In June 2023, the Montenegrin police registered 735 irregular arrivals, compared to 611 in May 2023."],
           figures=[
               F(ARR, MONTH, "2023-06", 735), F(ARR, MONTH, "2023-05", 611), F(ARR, CUM, "2023-01/2023-06", 3260),
               F(INT, MONTH, "2023-06", 671), F(APP, MONTH, "2023-06", 31), *table_figures("2023-06", (120, 48), (60, 29)),
           ]),
]


# Months written in the spec but not recorded: every figure of theirs is a stand-in, and the family's
# changes of form and the source's tests (twelve documents) are met without them.
NOT_RECORDED = {"2022-06"}


if __name__ == "__main__":
    build(SOURCE, [d for d in DOCS if d["month"] not in NOT_RECORDED], only=set(sys.argv[1:]) or None)
