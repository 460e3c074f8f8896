#!/usr/bin/env python3
"""Rebuilds the snapshot of `unhcr-serbia-update`: UNHCR's monthly Serbia Update as ReliefWeb lists it,
November 2021 to December 2022, and before that the months of October 2019 to October 2021 that real updates
give figures for (HISTORY below, every figure in them real), from the spec below (see unhcr_country_update.py for
what is written where).

The series spans two real changes: from February 2022 the update speaks of "new arrivals to governmental
centres" and persons "present on the territory of Serbia, including …" instead of "newcomers" and persons "in
the territory of Serbia, of whom …", and from September 2022 it has a designed template (highlights, a
key-figures box and short sections) instead of the word-processor layout. Which figures are real and which are
stand-ins: seeds/README.md.

Usage: seeds/tools/build-unhcr-serbia-update.py [YYYY-MM ...]   (PDFs of the given months only; the rest is
always rewritten). Needs LibreOffice Writer, the Liberation and DejaVu fonts and the .NET SDK.
"""
import sys

from unhcr_country_update import (ACC, APP, ARR, CUM, F, INT, MONTH, OUT, PRES, STOCK, UASC_PRES, YEAR, build,
                                  month_name)

SOURCE = {
    "id": "unhcr-serbia-update",
    "iso3": "SRB",
    "country_name": "Serbia",
    "country_slug": "serbia",
    "country": {"id": 203, "location": {"lat": 44.03, "lon": 20.8}},
    "query": {"iso3": "srb", "source": "UNHCR", "title": "Serbia Update"},
    "style": {"size": "9.5pt"},
}

CONTACTS = ("h3", "CONTACTS"), ("p", "UNHCR Representation in Serbia, Krunska 58, 11000 Belgrade | "
                                     "Tel: +381 11 3082 100 | srbbe@unhcr.org")
LINKS = ("p", "LINKS: UNHCR Serbia – Operational Data Portal – Joint Assessment of Governmental Centres")


def old(month, published, node, origin, *, page1, page2, summary, figures, posted=(9, 20)):
    """The word-processor layout of the update up to August 2022 (two pages, exported to PDF)."""
    name = month_name(month)
    m, y = name.split()
    return {
        "month": month, "published": published, "node": node, "origin": origin, "posted": posted, "fmt": "lo",
        "title": f"UNHCR Serbia Update, {name}",
        "slug": f"unhcr-serbia-update-{m.lower()}-{y}",
        "file": f"UNHCR_Serbia_Update_{m}_{y}.pdf",
        "running_header": f"UNHCR SERBIA UPDATE | {name.upper()}",
        "running_footer": f"UNHCR Serbia | Serbia Update {name}",
        "pages": [
            [("banner", [("UNHCR · The UN Refugee Agency", 8, False), ("SERBIA UPDATE", 20, True), (name, 11, False)]),
             *page1],
            [("h", "MAIN ACTIVITIES"), *page2, *CONTACTS, LINKS],
        ],
        "summary": summary, "figures": figures,
    }


def new(month, published, node, origin, *, page1, page2, summary, figures, posted=(10, 5)):
    """The designed template from September 2022: highlights, a key-figures box, short sections."""
    name = month_name(month)
    m, y = name.split()
    return {
        "month": month, "published": published, "node": node, "origin": origin, "posted": posted, "fmt": "pig",
        "title": f"UNHCR Serbia Update, {name}",
        "slug": f"unhcr-serbia-update-{m.lower()}-{y}",
        "file": f"UNHCR_Serbia_Update_{m}_{y}.pdf",
        "running_header": f"SERBIA UPDATE | {name}",
        "running_footer": "UNHCR Serbia | www.unhcr.org/rs",
        "pages": [
            [("banner", [("UNHCR", 9, True), ("SERBIA UPDATE", 20, True), (name, 11, False)]), *page1],
            [*page2, *CONTACTS],
        ],
        "summary": summary, "figures": figures,
    }


# The history: what UNHCR's real monthly updates state of each month (arrivals observed and profiled by UNHCR and
# partners until 2020, newcomers registered in governmental centres from 2021; the month before where the update
# compares; persons in Serbia, in the centres and outside at the end of the month; intentions and applications).
# Each month's update states only these; the wording is this project's own.
ROUTE = ("Most of them entered Serbia irregularly from North Macedonia; smaller numbers came from Bulgaria, "
         "from Albania through Kosovo and from Montenegro.")
# In 2017 most came through Bulgaria, fewer through the former Yugoslav Republic of Macedonia, some by air.
ROUTE_2017 = ("Most of them entered Serbia from Bulgaria or from the former Yugoslav Republic of Macedonia; "
              "smaller numbers arrived by air.")
HISTORY = {
    # 2017: the inter-agency operational updates, monthly, counting the arrivals UNHCR and partners encountered.
    "2017-09": {"published": "2017-10-20", "arr": 672, "prev": 351, "uasc": 28, "pres": 4250, "acc": 3900, "int": 589, "app": 2,
                "route": ROUTE_2017},
    "2017-11": {"published": "2017-12-18", "arr": 643, "prev": 1017, "uasc": 68, "int": 549, "app": 15,
                "route": ROUTE_2017},
    "2017-12": {"published": "2018-01-19", "arr": 364, "prev": 643, "uasc": 58, "int": 497, "app": 28,
                "route": ROUTE_2017},
    "2019-10": {"published": "2019-11-22", "arr": 4123},
    "2019-11": {"published": "2019-12-20", "arr": 3871, "prev": 4123, "pres": 5362, "acc": 4398, "out": 960},
    "2019-12": {"published": "2020-01-24", "arr": 1713, "prev": 3871, "year": (30216, 16165), "pres": 5833, "out": 650},
    "2020-06": {"published": "2020-07-17", "arr": 1973, "int": 241},
    "2020-07": {"published": "2020-08-14", "arr": 3197, "prev": 1973, "int": 253, "int_prev": 241, "app": 6},
    "2020-08": {"published": "2020-09-15", "arr": 4000, "int": 681, "app": 16},
    "2020-09": {"published": "2020-10-06", "arr": 2730, "prev": 4000, "int": 382, "int_prev": 681, "app": 19, "app_prev": 16},
    "2020-10": {"published": "2020-11-13", "arr": 2703, "uasc": 279, "int": 173, "app": 20},
    "2020-11": {"published": "2020-12-15", "arr": 1649, "prev": 2703, "uasc": 162, "uasc_prev": 279, "ytd": 24180,
                "int": 97, "int_prev": 173, "app": 7, "app_prev": 20},
    "2020-12": {"published": "2021-01-20", "arr": 878, "prev": 1638, "uasc": 147, "uasc_prev": 162, "year": (24250, None)},
    "2021-02": {"published": "2021-03-19", "arr": 2273},
    "2021-03": {"published": "2021-04-20", "arr": 3931, "prev": 2273},
    "2021-06": {"published": "2021-07-16", "arr": 4111, "prev": 3182, "pres": 5062, "acc": 4117, "uasc_pres": 41, "out": 780,
                "int": 161, "app": 5},
    "2021-07": {"published": "2021-08-18", "arr": 5732, "prev": 4111, "pres": 4701, "acc": 3618, "uasc_pres": 30, "out": 1053,
                "int": 149, "app": 19},
    "2021-08": {"published": "2021-09-20", "arr": 7101},
    "2021-09": {"published": "2021-11-01", "arr": 8978, "prev": 7101, "pres": 6228, "acc": 5016, "uasc_pres": 26, "out": 1059},
    "2021-10": {"published": "2021-11-19", "arr": 6570, "prev": 8978, "pres": 6150, "acc": 4706, "uasc_pres": 24, "out": 1190},
}


def n(value):
    return f"{value:,}"


def history(month, facts):
    """A month of the history in the word-processor layout, stating only the month's real figures."""
    name = month_name(month)
    m, y = name.split()
    prev_m = month_name(f"{int(y) - (m == 'January'):04d}-{(int(month[5:]) - 2) % 12 + 1:02d}").split()[0]
    prev_ym = f"{int(y) - (m == 'January'):04d}-{(int(month[5:]) - 2) % 12 + 1:02d}"
    centres = month >= "2021-01"
    blocks, figures = [("h", "KEY STATISTICS")], []
    arr = (f"{n(facts['arr'])} newcomers to governmental centres were registered in {m}" if centres
           else f"{n(facts['arr'])} new arrivals were observed by UNHCR and partners in {m}")
    figures.append(F(ARR, MONTH, month, facts["arr"]))
    if "prev" in facts:
        arr += f" (compared to {n(facts['prev'])} in {prev_m})"
        figures.append(F(ARR, MONTH, prev_ym, facts["prev"]))
    arr += "."
    if "uasc" in facts:
        arr += f" Among them were {n(facts['uasc'])} unaccompanied and separated children"
        figures.append(F("uasc_arrivals", MONTH, month, facts["uasc"]))
        if "uasc_prev" in facts:
            arr += f" (compared to {n(facts['uasc_prev'])} in {prev_m})"
            figures.append(F("uasc_arrivals", MONTH, prev_ym, facts["uasc_prev"]))
        arr += "."
    blocks.append(("p", arr))
    blocks.append(("p", facts.get("route", ROUTE)))
    if "ytd" in facts:
        blocks.append(("p", f"{n(facts['ytd'])} refugees and migrants newly arrived in Serbia between January and {m} {y}."))
        figures.append(F(ARR, CUM, f"{y}-01/{month}", facts["ytd"]))
    if "year" in facts:
        total, before = facts["year"]
        sentence = f"{n(total)} refugees and migrants newly arrived in Serbia in {y}"
        figures.append(F(ARR, YEAR, y, total))
        if before:
            sentence += f" (compared to {n(before)} in {int(y) - 1})"
            figures.append(F(ARR, YEAR, str(int(y) - 1), before))
        blocks.append(("p", sentence + "."))
    if "pres" in facts or "acc" in facts:
        parts = []
        if "acc" in facts:
            parts.append(f"{n(facts['acc'])} were accommodated in governmental centres across the country")
            figures.append(F(ACC, STOCK, month, facts["acc"]))
        if "uasc_pres" in facts:
            parts.append(f"{n(facts['uasc_pres'])} in specialised institutions for unaccompanied and separated children (UASC)")
            figures.append(F(UASC_PRES, STOCK, month, facts["uasc_pres"]))
        if "out" in facts:
            parts.append(f"{'some ' if not centres else ''}{n(facts['out'])} were staying rough outside the centres")
            figures.append(F(OUT, STOCK, month, facts["out"], approx=not centres))
        sentence = f"As at end-{m}, {n(facts['pres'])} refugees and migrants were in the territory of Serbia"
        figures.insert(len(figures) - len(parts), F(PRES, STOCK, month, facts["pres"]))
        if parts:
            sentence += ", of whom " + ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
        blocks.append(("p", sentence + "."))
    if "int" in facts or "app" in facts:
        blocks.append(("h", "ASYLUM"))
        sentence = ""
        if "int" in facts:
            sentence = f"{n(facts['int'])} persons expressed the intention to seek asylum in Serbia in {m}"
            figures.append(F(INT, MONTH, month, facts["int"]))
            if "int_prev" in facts:
                sentence += f" (compared to {n(facts['int_prev'])} in {prev_m})"
                figures.append(F(INT, MONTH, prev_ym, facts["int_prev"]))
        if "app" in facts:
            sentence += (", and " if sentence else "") + f"{n(facts['app'])} {'persons' if facts['app'] != 1 else 'person'} submitted asylum applications" + ("" if sentence else f" in {m}")
            figures.append(F(APP, MONTH, month, facts["app"]))
            if "app_prev" in facts:
                sentence += f" (compared to {n(facts['app_prev'])} in {prev_m})"
                figures.append(F(APP, MONTH, prev_ym, facts["app_prev"]))
        blocks.append(("p", sentence + "."))
    page2 = [
        ("h3", "Protection"),
        ("p", "UNHCR and partners continued to provide legal counselling, information on the asylum procedure and "
              "psychosocial support in the governmental centres and to people outside them."),
    ]
    summary = [b[1] for b in blocks if b[0] == "p" and any(c.isdigit() for c in b[1])][:2]
    node = 3000000 + (int(y) - 2019) * 100000 + int(month[5:]) * 1000 + 331
    return old(month, facts["published"], node, 70000 + node % 10000, page1=blocks, page2=page2, summary=summary,
               figures=figures)


DOCS = [history(month, facts) for month, facts in HISTORY.items()] + [
    old("2021-11", "2021-12-20", 3804521, 90384,
        page1=[
            ("h", "KEY STATISTICS"),
            ("p", "As at end-November, 5,619 refugees and migrants were in the territory of Serbia (a decrease of 9%), of "
                  "whom 4,617 were accommodated in 13 operational governmental centres across the country, 25 in "
                  "specialised institutions for unaccompanied and separated children (UASC), 127 in private accommodation "
                  "and 850 were staying rough outside the centres."),
            ("p", "6,136 newcomers to governmental centres were registered in November (compared to 6,570 in October). "
                  "Arrivals came mainly from North Macedonia (82%), Bulgaria (9%), Montenegro (4%) and Albania via Kosovo "
                  "(2%), and smaller numbers by air from Turkey and Russia."),
            ("p", "November saw 4,163 pushbacks from neighbouring countries to Serbia, an increase of 25% compared to "
                  "October (78% from Hungary, 21% from Romania and 1% from Croatia). Nationals of Syria made up 51% of all "
                  "persons pushed back, and single men and families from Afghanistan 17%."),
            ("h", "ASYLUM"),
            ("p", "312 persons expressed the intention to seek asylum in Serbia in November, and 16 submitted asylum "
                  "applications to the Asylum Office."),
            ("p", "The Asylum Office (AO) of the Ministry of Interior granted refugee status to two nationals of Afghanistan "
                  "and subsidiary protection to one national of Syria, and rejected four applications."),
        ],
        page2=[
            ("h3", "Protection"),
            ("p", "UNHCR and partners provided legal counselling to 1,046 persons and represented 63 asylum-seekers before "
                  "the Asylum Office and the Asylum Commission. Partners ran 14 information sessions on the asylum "
                  "procedure in the governmental centres."),
            ("h3", "Child protection"),
            ("p", "UNHCR and the Centres for Social Work continued to support the appointment of legal guardians and "
                  "the identification of children at risk among new arrivals in the south of the country."),
        ],
        summary=[
            "As at end-November, 5,619 refugees and migrants were in the territory of Serbia (a decrease of 9%), of whom "
            "4,617 were accommodated in 13 operational governmental centres across the country, 25 in specialised "
            "institutions for unaccompanied and separated children (UASC), 127 in private accommodation and 850 were "
            "staying rough outside the centres.",
            "6,136 newcomers to governmental centres were registered in November (compared to 6,570 in October).",
        ],
        figures=[
            F(PRES, STOCK, "2021-11", 5619), F(ACC, STOCK, "2021-11", 4617), F(UASC_PRES, STOCK, "2021-11", 25),
            F(OUT, STOCK, "2021-11", 850), F(ARR, MONTH, "2021-11", 6136), F(ARR, MONTH, "2021-10", 6570),
            F(INT, MONTH, "2021-11", 312), F(APP, MONTH, "2021-11", 16),
        ]),
    old("2021-12", "2022-01-21", 3808930, 90951,
        page1=[
            ("h", "KEY STATISTICS"),
            ("p", "4,978 newcomers to governmental centres were registered in December (compared to 6,027 in November). "
                  "Arrivals came mainly from North Macedonia (68%), Bulgaria (15%), Montenegro (7%) and Albania via Kosovo "
                  "(4%), and smaller numbers by air from Turkey and Russia."),
            ("p", "60,407 refugees and migrants newly arrived in governmental centres in 2021 (compared to 58,103 in 2020)."),
            ("p", "As at end-December 2021, 5,369 refugees and migrants were in the territory of Serbia (a decrease of 4%), "
                  "of whom 4,429 were accommodated in 13 operational governmental centres across the country, 30 in "
                  "specialised institutions for unaccompanied and separated children (UASC), 135 in private accommodation "
                  "and 775 were staying rough outside the centres."),
            ("p", "December saw 2,713 pushbacks from neighbouring countries to Serbia, 35% fewer than in November (89% from "
                  "Hungary, 9% from Romania and 2% from Croatia)."),
            ("h", "ASYLUM"),
            ("p", "Two hundred and seventy-six persons expressed the intention to seek asylum in Serbia in December, and 18 "
                  "submitted asylum applications."),
            ("p", "In December, the Asylum Office granted subsidiary protection to one national of Syria and rejected the "
                  "applications of three nationals of Bosnia and Herzegovina, Iran and Mali."),
        ],
        page2=[
            ("h3", "Protection"),
            ("p", "UNHCR's partners provided legal counselling to 968 persons and psychosocial support in 212 individual "
                  "sessions. UNHCR distributed winter clothing and footwear in all governmental centres."),
            ("h3", "Solutions"),
            ("p", "Four refugees found employment with the help of UNHCR's partner, and 11 refugee children were enrolled "
                  "in secondary schools."),
        ],
        summary=[
            "4,978 newcomers to governmental centres were registered in December (compared to 6,027 in November). 60,407 "
            "refugees and migrants newly arrived in governmental centres in 2021 (compared to 58,103 in 2020).",
            "As at end-December 2021, 5,369 refugees and migrants were in the territory of Serbia, of whom 4,429 were "
            "accommodated in 13 operational governmental centres across the country, 30 in specialised institutions for "
            "unaccompanied and separated children (UASC), 135 in private accommodation and 775 were staying rough outside "
            "the centres.",
        ],
        figures=[
            F(ARR, MONTH, "2021-12", 4978), F(ARR, MONTH, "2021-11", 6027), F(ARR, YEAR, "2021", 60407),
            F(ARR, YEAR, "2020", 58103), F(PRES, STOCK, "2021-12", 5369), F(ACC, STOCK, "2021-12", 4429),
            F(UASC_PRES, STOCK, "2021-12", 30), F(OUT, STOCK, "2021-12", 775), F(INT, MONTH, "2021-12", 276),
            F(APP, MONTH, "2021-12", 18),
        ]),
    old("2022-01", "2022-02-17", 3817242, 91482,
        page1=[
            ("h", "KEY STATISTICS"),
            ("p", "2,795 newcomers to governmental centres were registered in January 2022 (compared to 4,978 in December "
                  "2021). Arrivals came mainly from North Macedonia (73%) and Bulgaria (12%), and in small numbers from "
                  "Turkey, Montenegro, Russia, Albania, Hungary, Tunisia and Romania."),
            ("p", "As at end-January, 4,865 refugees and migrants were in the territory of Serbia (a decrease of 9%), of "
                  "whom 3,915 were accommodated in 13 operational governmental centres across the country, 27 in "
                  "specialised institutions for unaccompanied and separated children (UASC), 135 in private accommodation "
                  "and 788 were staying rough outside the centres."),
            ("p", "January saw 1,904 pushbacks from neighbouring countries to Serbia, mostly from Hungary (86%)."),
            ("h", "ASYLUM"),
            ("p", "In January, 198 persons expressed the intention to seek asylum in Serbia, and 22 lodged asylum applications."),
            ("p", "The Asylum Office granted refugee status to one national of Burundi. Seven first-instance decisions "
                  "were issued in January."),
        ],
        page2=[
            ("h3", "Protection"),
            ("p", "UNHCR and partners counselled 874 persons on asylum and identified 96 persons with specific needs, "
                  "who were referred to the Centres for Social Work and health institutions."),
            ("h3", "Inclusion"),
            ("p", "UNHCR supported 42 refugees in learning Serbian and five in having their diplomas recognised."),
        ],
        summary=[
            "2,795 newcomers to governmental centres were registered in January 2022 (compared to 4,978 in December 2021). "
            "Arrivals came mainly from North Macedonia (73%) and Bulgaria (12%).",
            "As at end-January, 4,865 refugees and migrants were in the territory of Serbia, of whom 3,915 were accommodated "
            "in 13 operational governmental centres across the country, 27 in specialised institutions for unaccompanied "
            "and separated children (UASC), 135 in private accommodation and 788 were staying rough outside the centres.",
        ],
        figures=[
            F(ARR, MONTH, "2022-01", 2795), F(ARR, MONTH, "2021-12", 4978), F(PRES, STOCK, "2022-01", 4865),
            F(ACC, STOCK, "2022-01", 3915), F(UASC_PRES, STOCK, "2022-01", 27), F(OUT, STOCK, "2022-01", 788),
            F(INT, MONTH, "2022-01", 198), F(APP, MONTH, "2022-01", 22),
        ]),
    old("2022-02", "2022-03-11", 3825960, 91960,
        page1=[
            ("h", "KEY STATISTICS"),
            ("p", "3,236 new arrivals to governmental centres were registered by the authorities in February (compared to "
                  "2,795 in January). Arrivals originating from Afghanistan remain the most numerous group, followed by "
                  "those from Syria, Pakistan and Iraq; 71% transited through North Macedonia, 19% through Bulgaria and 10% "
                  "arrived in Serbia from other countries."),
            ("p", "As at 28 February, 4,630 refugees, asylum-seekers and migrants were present on the territory of Serbia, "
                  "including 3,745 in governmental centres, 30 in specialised institutions for unaccompanied and separated "
                  "children (UASC), 135 in private accommodation and 720 staying in hostels, hotels or abandoned houses in "
                  "border areas with Hungary, Romania and Croatia."),
            ("p", "In February, 1,266 pushbacks from neighbouring countries to Serbia were reported to UNHCR and partners, "
                  "most of them from Hungary."),
            ("h", "ASYLUM"),
            ("p", "241 persons expressed the intention to seek asylum in February, and 27 submitted asylum applications."),
            ("p", "The Asylum Office granted subsidiary protection to two nationals of Afghanistan and rejected three "
                  "applications."),
        ],
        page2=[
            ("h3", "Protection"),
            ("p", "UNHCR and partners counselled 1,012 persons on asylum and accompanied 41 asylum-seekers to the police "
                  "to register their intention. Legal representation was provided in 58 procedures."),
            ("h3", "Ukraine"),
            ("p", "Following the start of the war in Ukraine on 24 February, UNHCR stepped up its presence at the border "
                  "crossings with Hungary and Romania and at Belgrade airport."),
        ],
        summary=[
            "3,236 new arrivals to governmental centres were registered by the authorities in February (compared to 2,795 "
            "in January).",
            "As at 28 February, 4,630 refugees, asylum-seekers and migrants were present on the territory of Serbia, "
            "including 3,745 in governmental centres, 30 in specialised institutions for unaccompanied and separated "
            "children (UASC), 135 in private accommodation and 720 staying in hostels, hotels or abandoned houses in "
            "border areas with Hungary, Romania and Croatia.",
        ],
        figures=[
            F(ARR, MONTH, "2022-02", 3236), F(ARR, MONTH, "2022-01", 2795), F(PRES, STOCK, "2022-02-28", 4630),
            F(ACC, STOCK, "2022-02-28", 3745), F(UASC_PRES, STOCK, "2022-02-28", 30), F(OUT, STOCK, "2022-02-28", 720),
            F(INT, MONTH, "2022-02", 241), F(APP, MONTH, "2022-02", 27),
        ]),
    old("2022-03", "2022-04-14", 3835318, 92611,
        page1=[
            ("h", "KEY STATISTICS"),
            ("p", "4,915 new arrivals to governmental centres were registered by the authorities in March (compared to "
                  "3,236 in February). Most arrivals transited through North Macedonia (69%) and Bulgaria (21%)."),
            ("p", "As at 31 March, 4,902 refugees, asylum-seekers and migrants were present on the territory of Serbia, "
                  "including 3,968 in governmental centres, 24 in specialised institutions for unaccompanied and separated "
                  "children (UASC), 140 in private accommodation and 770 staying in hostels, hotels or abandoned houses in "
                  "border areas with Hungary, Romania and Croatia."),
            ("p", "1,412 pushbacks to Serbia from Hungary, Romania and Croatia were reported in March."),
            ("h", "ASYLUM"),
            ("p", "305 persons expressed the intention to seek asylum in March, and 31 submitted asylum applications."),
            ("p", "On 18 March, the Government decided to grant temporary protection to persons fleeing Ukraine; the "
                  "Asylum Office started receiving requests at the end of the month."),
        ],
        page2=[
            ("h3", "Protection"),
            ("p", "UNHCR and partners counselled 1,190 persons on asylum, including new arrivals from Ukraine at Belgrade "
                  "airport and at the border crossings with Hungary and Romania."),
            ("h3", "Child protection"),
            ("p", "UNHCR supported the Centres for Social Work in Belgrade and Subotica with two additional outreach "
                  "workers for children at risk."),
        ],
        summary=[
            "4,915 new arrivals to governmental centres were registered by the authorities in March (compared to 3,236 in "
            "February).",
            "As at 31 March, 4,902 refugees, asylum-seekers and migrants were present on the territory of Serbia, including "
            "3,968 in governmental centres, 24 in specialised institutions for unaccompanied and separated children (UASC), "
            "140 in private accommodation and 770 staying in hostels, hotels or abandoned houses in border areas.",
        ],
        figures=[
            F(ARR, MONTH, "2022-03", 4915), F(ARR, MONTH, "2022-02", 3236), F(PRES, STOCK, "2022-03-31", 4902),
            F(ACC, STOCK, "2022-03-31", 3968), F(UASC_PRES, STOCK, "2022-03-31", 24), F(OUT, STOCK, "2022-03-31", 770),
            F(INT, MONTH, "2022-03", 305), F(APP, MONTH, "2022-03", 31),
        ]),
    old("2022-04", "2022-05-13", 3843605, 93104,
        page1=[
            ("h", "KEY STATISTICS"),
            ("p", "6,132 new arrivals to governmental centres were registered by the authorities in April (compared to "
                  "4,915 in March). Arrivals originating from Afghanistan and Syria remain the most numerous groups."),
            ("p", "As at 30 April, 5,338 refugees, asylum-seekers and migrants were present on the territory of Serbia, "
                  "including 4,291 in governmental centres, 21 in specialised institutions for unaccompanied and separated "
                  "children (UASC), 147 in private accommodation and 879 staying in hostels, hotels or abandoned houses in "
                  "border areas with Hungary, Romania and Croatia."),
            ("p", "In April, 702 pushbacks from neighbouring countries to Serbia were reported, half of them from Romania."),
            ("h", "ASYLUM"),
            ("p", "387 persons expressed the intention to seek asylum in April, and 25 submitted asylum applications."),
            ("p", "The Asylum Office granted subsidiary protection to one national of Ukraine."),
        ],
        page2=[
            ("h3", "Protection"),
            ("p", "UNHCR and partners counselled 1,247 persons on asylum and temporary protection, and supported 36 "
                  "persons with specific needs with referrals to health and social services."),
            ("h3", "Inclusion"),
            ("p", "A job fair for refugees and asylum-seekers organised with the National Employment Service in Belgrade "
                  "brought together 14 employers."),
        ],
        summary=[
            "6,132 new arrivals to governmental centres were registered by the authorities in April (compared to 4,915 in "
            "March).",
            "As at 30 April, 5,338 refugees, asylum-seekers and migrants were present on the territory of Serbia, including "
            "4,291 in governmental centres, 21 in specialised institutions for unaccompanied and separated children (UASC), "
            "147 in private accommodation and 879 staying in hostels, hotels or abandoned houses in border areas.",
        ],
        figures=[
            F(ARR, MONTH, "2022-04", 6132), F(ARR, MONTH, "2022-03", 4915), F(PRES, STOCK, "2022-04-30", 5338),
            F(ACC, STOCK, "2022-04-30", 4291), F(UASC_PRES, STOCK, "2022-04-30", 21), F(OUT, STOCK, "2022-04-30", 879),
            F(INT, MONTH, "2022-04", 387), F(APP, MONTH, "2022-04", 25),
        ]),
    old("2022-05", "2022-06-15", 3851877, 93702,
        page1=[
            ("h", "KEY STATISTICS"),
            ("p", "7,247 new arrivals to governmental centres were registered by the authorities in May (compared to 6,132 "
                  "in April), the highest monthly number since the autumn of 2021."),
            ("p", "As at 31 May, 5,186 refugees, asylum-seekers and migrants were present on the territory of Serbia, "
                  "including 4,724 in governmental centres and 20 in specialised institutions for unaccompanied and "
                  "separated children (UASC). 135 refugees and asylum-seekers lived in private accommodation."),
            ("p", "384 pushbacks from neighbouring countries to Serbia were registered in May."),
            ("h", "ASYLUM"),
            ("p", "529 persons expressed the intention to seek asylum in May, and 29 submitted asylum applications."),
            ("p", "The Asylum Office granted refugee status to one national of Iran and subsidiary protection to two "
                  "nationals of Ukraine."),
        ],
        page2=[
            ("h3", "Protection"),
            ("p", "UNHCR and partners counselled 1,385 persons on asylum and represented 49 asylum-seekers in the "
                  "procedure. Interpreters supported 2,210 counselling sessions."),
            ("h3", "Reception"),
            ("p", "With more arrivals, the reception centres in Sombor, Subotica and Kikinda in the north were filled "
                  "beyond their capacity."),
        ],
        summary=[
            "7,247 new arrivals to governmental centres were registered by the authorities in May (compared to 6,132 in "
            "April).",
            "As at 31 May, 5,186 refugees, asylum-seekers and migrants were present on the territory of Serbia, including "
            "4,724 in governmental centres and 20 in specialised institutions for unaccompanied and separated children "
            "(UASC).",
        ],
        figures=[
            F(ARR, MONTH, "2022-05", 7247), F(ARR, MONTH, "2022-04", 6132), F(PRES, STOCK, "2022-05-31", 5186),
            F(ACC, STOCK, "2022-05-31", 4724), F(UASC_PRES, STOCK, "2022-05-31", 20),
            F(INT, MONTH, "2022-05", 529), F(APP, MONTH, "2022-05", 29),
        ]),
    old("2022-06", "2022-07-15", 3860114, 94268,
        page1=[
            ("h", "KEY STATISTICS"),
            ("p", "As of the end of June, 6,313 refugees and migrants were in the territory of Serbia, of whom 4,836 were "
                  "accommodated in 14 operational governmental centres across the country. 137 refugees and "
                  "asylum-seekers lived in private accommodation, and 19 unaccompanied and separated children (UASC) were "
                  "accommodated in specialised institutions."),
            ("p", "8,131 newcomers to governmental centres were registered in June, an increase compared to 7,247 in May."),
            ("p", "303 pushbacks from neighbouring countries to Serbia (46% from Hungary, 50% from Romania and 4% from "
                  "Croatia) were registered in June, compared to 384 in May."),
            ("h", "ASYLUM"),
            ("p", "377 persons expressed the intention to seek asylum in Serbia in June (compared to 529 in May), and 24 "
                  "lodged asylum applications."),
            ("p", "In June, the Asylum Office granted subsidiary protection to three nationals of Ukraine and three "
                  "nationals of Syria."),
        ],
        page2=[
            ("h3", "Protection"),
            ("p", "UNHCR and partners counselled 1,421 persons on asylum. On World Refugee Day, 20 June, refugees from "
                  "seven countries presented their work at an exhibition in Belgrade."),
            ("h3", "Ukraine"),
            ("p", "UNHCR continued to support the Commissariat in the Vranje Asylum Centre, dedicated to persons fleeing "
                  "Ukraine."),
        ],
        summary=[
            "As of the end of June, 6,313 refugees and migrants were in the territory of Serbia, of whom 4,836 were "
            "accommodated in 14 operational governmental centres across the country. 19 unaccompanied and separated "
            "children (UASC) were accommodated in specialised institutions.",
            "8,131 newcomers to governmental centres were registered in June, an increase compared to 7,247 in May.",
        ],
        figures=[
            F(PRES, STOCK, "2022-06", 6313), F(ACC, STOCK, "2022-06", 4836), F(UASC_PRES, STOCK, "2022-06", 19),
            F(ARR, MONTH, "2022-06", 8131), F(ARR, MONTH, "2022-05", 7247), F(INT, MONTH, "2022-06", 377),
            F(INT, MONTH, "2022-05", 529), F(APP, MONTH, "2022-06", 24),
        ]),
    old("2022-07", "2022-08-19", 3868651, 94802,
        page1=[
            ("h", "KEY STATISTICS"),
            ("p", "As at 31 July, 7,275 refugees, asylum-seekers and migrants were present on the territory of Serbia "
                  "(compared to 6,313 at the end of June), including 5,719 in governmental centres, 13 in specialised "
                  "institutions for unaccompanied and separated children (UASC), 156 in private accommodation (known to "
                  "UNHCR) and 1,387 staying in hostels, hotels or abandoned houses in border areas with Hungary, Romania "
                  "and Croatia."),
            ("p", "13,425 new arrivals to governmental centres were registered by the authorities in July 2022 (compared "
                  "to 10,039 in June)."),
            ("p", "In the first half of 2022, 34,155 new arrivals were registered in governmental centres, including 266 "
                  "from Ukraine. Arrivals originating from Afghanistan remain the most numerous group (32%), followed by "
                  "those from Syria, Pakistan and Iraq."),
            ("h", "ASYLUM"),
            ("p", "611 persons expressed the intention to seek asylum in July, and 33 submitted asylum applications."),
        ],
        page2=[
            ("h3", "Reception"),
            ("p", "The reception centres in the north and north-west of the country were increasingly overcrowded. UNHCR "
                  "purchased 1,500 anti-scabies creams, and a first batch of 700 was handed to the centres' management."),
            ("h3", "Protection"),
            ("p", "UNHCR and partners counselled 1,736 persons on asylum and identified 142 persons with specific needs."),
        ],
        summary=[
            "As at 31 July, 7,275 refugees, asylum-seekers and migrants were present on the territory of Serbia (compared "
            "to 6,313 at the end of June), including 5,719 in governmental centres, 13 in specialised institutions for "
            "unaccompanied and separated children (UASC), 156 in private accommodation (known to UNHCR) and 1,387 staying "
            "in hostels, hotels or abandoned houses in border areas with Hungary, Romania and Croatia.",
            "13,425 new arrivals to governmental centres were registered by the authorities in July 2022 (compared to "
            "10,039 in June).",
        ],
        figures=[
            F(PRES, STOCK, "2022-07-31", 7275), F(PRES, STOCK, "2022-06", 6313), F(ACC, STOCK, "2022-07-31", 5719),
            F(UASC_PRES, STOCK, "2022-07-31", 13), F(OUT, STOCK, "2022-07-31", 1387), F(ARR, MONTH, "2022-07", 13425),
            F(ARR, MONTH, "2022-06", 10039), F(ARR, CUM, "2022-01/2022-06", 34155), F(INT, MONTH, "2022-07", 611),
            F(APP, MONTH, "2022-07", 33),
        ]),
    old("2022-08", "2022-09-20", 3877540, 95387,
        page1=[
            ("h", "KEY STATISTICS"),
            ("p", "According to the authorities, 6,254 refugees, asylum-seekers and migrants were accommodated in "
                  "governmental centres at the end of August, 18 were placed in specialised institutions for "
                  "unaccompanied and separated children (UASC), 156 were in private accommodation known to UNHCR, and "
                  "another estimated 2,000 were staying in hostels, hotels or abandoned houses in border areas with "
                  "Hungary, Romania, Croatia and Bosnia and Herzegovina and in Belgrade city centre."),
            ("p", "16,723 new arrivals to governmental centres were registered by the Serbian Commissariat for Refugees "
                  "and Migration (SCRM) in the 1-28 August period (compared to 13,425 in the whole month of July), with "
                  "the influx averaging 4,200 persons per week."),
            ("p", "With more arrivals, Obrenovac Asylum Centre in Belgrade and Preševo Transit-Reception Centre in the "
                  "south joined the overcrowded centres in the north and west of the country."),
            ("h", "ASYLUM"),
            ("p", "1,204 persons expressed the intention to seek asylum in August, and 21 asylum applications were lodged "
                  "with the Asylum Office."),
            ("p", "Temporary protection was awarded in August to 74 persons fleeing Ukraine, bringing the total to 888 "
                  "since March."),
        ],
        page2=[
            ("h3", "Protection"),
            ("p", "UNHCR and partners counselled 2,112 persons on asylum in August. The Asylum Office granted asylum to "
                  "one citizen of Ukraine and three citizens of Afghanistan, and subsidiary protection to two citizens of "
                  "the Congo."),
            ("h3", "Health"),
            ("p", "UNHCR delivered a second batch of 800 anti-scabies creams to the centres' management, 1,500 in total."),
        ],
        summary=[
            "According to the authorities, 6,254 refugees, asylum-seekers and migrants were accommodated in governmental "
            "centres at the end of August, 18 were placed in specialised institutions for unaccompanied and separated "
            "children (UASC), 156 were in private accommodation known to UNHCR, and another estimated 2,000 were staying "
            "in hostels, hotels or abandoned houses in border areas and in Belgrade city centre.",
            "16,723 new arrivals to governmental centres were registered by the Serbian Commissariat for Refugees and "
            "Migration (SCRM) in the 1-28 August period (compared to 13,425 in the whole month of July).",
        ],
        figures=[
            F(ACC, STOCK, "2022-08", 6254), F(UASC_PRES, STOCK, "2022-08", 18), F(OUT, STOCK, "2022-08", 2000, approx=True),
            F(ARR, CUM, "2022-08-01/2022-08-28", 16723), F(ARR, MONTH, "2022-07", 13425), F(INT, MONTH, "2022-08", 1204),
            F(APP, MONTH, "2022-08", 21),
        ]),
    new("2022-09", "2022-10-14", 3886402, 95901,
        page1=[
            ("h", "HIGHLIGHTS"),
            ("li", ["In Jan-Sep 2022, the authorities reported 84,512 new arrivals to governmental centres, a 97% increase "
                    "compared to the same period in 2021. UNHCR profiling of new arrivals in the south indicates that Syrian "
                    "refugees make up 50% of the arrivals, followed by persons from Afghanistan, Pakistan and Morocco.",
                    "19,345 persons arrived in governmental centres in September alone (compared to 17,997 in August and "
                    "13,425 in July).",
                    "Overcrowding persisted in the centres in the north and in Obrenovac, some of them at twice their "
                    "capacity."]),
            ("h", "KEY FIGURES | END OF SEPTEMBER 2022"),
            ("kf", [("8,151", "refugees, asylum-seekers and migrants counted in Serbia"),
                    ("6,183", "accommodated in governmental centres"),
                    ("2,000", "staying outside governmental centres (estimate)"),
                    ("1,088", "intentions to seek asylum in September"),
                    ("38", "asylum applications in September")]),
            ("h", "ARRIVALS AND PRESENCE"),
            ("p", "At the end of September, 8,151 refugees, asylum-seekers and migrants were counted in Serbia, of whom "
                  "6,183 were accommodated in governmental centres and almost 2,000 were staying outside of them, in "
                  "border areas and in Belgrade."),
            ("h", "ASYLUM"),
            ("p", "In September, 1,088 persons expressed the intention to seek asylum and 38 submitted asylum "
                  "applications. The Asylum Office issued four positive decisions."),
        ],
        page2=[
            ("h", "TEMPORARY PROTECTION"),
            ("p", "Temporary protection was granted to 61 persons fleeing Ukraine in September, bringing the total since "
                  "March to 949."),
            ("h", "PROTECTION AND ASSISTANCE"),
            ("p", "UNHCR and partners counselled 2,486 persons on asylum and distributed 3,200 hygiene kits in the "
                  "overcrowded centres in the north."),
        ],
        summary=[
            "In Jan-Sep 2022, authorities reported 84,512 new arrivals to governmental centres (a 97% increase compared to "
            "the same period in 2021). 19,345 persons arrived in governmental centres in September alone (compared to "
            "17,997 in August and 13,425 in July).",
            "Key figures (end of September 2022): 8,151 refugees, asylum-seekers and migrants counted in Serbia, of whom "
            "6,183 accommodated in governmental centres and almost 2,000 staying outside of governmental centres.",
        ],
        figures=[
            F(ARR, CUM, "2022-01/2022-09", 84512), F(ARR, MONTH, "2022-09", 19345), F(ARR, MONTH, "2022-08", 17997),
            F(ARR, MONTH, "2022-07", 13425), F(PRES, STOCK, "2022-09", 8151), F(ACC, STOCK, "2022-09", 6183),
            F(OUT, STOCK, "2022-09", 2000, approx=True), F(INT, MONTH, "2022-09", 1088), F(APP, MONTH, "2022-09", 38),
        ]),
    new("2022-10", "2022-11-10", 3895237, 96418,
        page1=[
            ("h", "HIGHLIGHTS"),
            ("li", ["In Jan-Oct 2022, the authorities reported 99,031 new arrivals to governmental centres (compared to "
                    "49,402 in the same period in 2021). Syrians make up 37% of the arrivals, followed by persons from "
                    "Afghanistan, Pakistan, Morocco and Burundi.",
                    "14,519 persons arrived in governmental centres in October (compared to 19,345 in September and 17,997 "
                    "in August).",
                    "Serbia ended visa-free entry for nationals of Burundi and Tunisia, aligning its visa policy with the "
                    "European Union."]),
            ("h", "KEY FIGURES | END OF OCTOBER 2022"),
            ("kf", [("7,951", "refugees, asylum-seekers and migrants counted in Serbia"),
                    ("5,319", "accommodated in governmental centres"),
                    ("2,600", "staying outside governmental centres (estimate)"),
                    ("991", "persons fleeing Ukraine granted temporary protection since March")]),
            ("h", "ARRIVALS AND PRESENCE"),
            ("p", "At the end of October, 7,951 refugees, asylum-seekers and migrants were counted in Serbia, of whom "
                  "5,319 were accommodated in governmental centres and over 2,600 were staying outside of them."),
            ("h", "ASYLUM"),
            ("p", "In October, 903 persons expressed the intention to seek asylum and 34 submitted asylum applications. "
                  "Since January 2022, 284 asylum applications have been lodged."),
        ],
        page2=[
            ("h", "TEMPORARY PROTECTION"),
            ("p", "52 persons fleeing Ukraine received temporary protection in October."),
            ("h", "PROTECTION AND ASSISTANCE"),
            ("p", "UNHCR and partners counselled 2,209 persons on asylum. The Asylum Office issued three positive "
                  "decisions in October, 23 in 2022 and 228 since 2008."),
        ],
        summary=[
            "In Jan-Oct 2022, authorities reported 99,031 new arrivals to governmental centres (compared to 49,402 in the "
            "same period in 2021). 14,519 persons arrived in governmental centres in October (compared to 19,345 in "
            "September and 17,997 in August).",
            "Key figures (as at end-October 2022): 7,951 refugees, asylum-seekers and migrants counted in Serbia, of which "
            "5,319 accommodated in governmental centres and over 2,600 staying outside of governmental centres.",
        ],
        figures=[
            F(ARR, CUM, "2022-01/2022-10", 99031), F(ARR, CUM, "2021-01/2021-10", 49402), F(ARR, MONTH, "2022-10", 14519),
            F(ARR, MONTH, "2022-09", 19345), F(ARR, MONTH, "2022-08", 17997), F(PRES, STOCK, "2022-10", 7951),
            F(ACC, STOCK, "2022-10", 5319), F(OUT, STOCK, "2022-10", 2600, approx=True), F(INT, MONTH, "2022-10", 903),
            F(APP, MONTH, "2022-10", 34), F(APP, CUM, "2022-01/2022-10", 284),
        ]),
    new("2022-11", "2022-12-16", 3903874, 97002,
        page1=[
            ("h", "HIGHLIGHTS"),
            ("li", ["In Jan-Nov 2022, the authorities reported 113,338 new arrivals to governmental centres.",
                    "14,307 persons arrived in governmental centres in November (compared to 14,519 in October).",
                    "Following police operations in the border areas in the north, the number of persons staying outside "
                    "the centres decreased."]),
            ("h", "KEY FIGURES | END OF NOVEMBER 2022"),
            ("kf", [("6,480", "refugees, asylum-seekers and migrants counted in Serbia"),
                    ("4,172", "accommodated in governmental centres"),
                    ("22", "UASC in specialised institutions"),
                    ("645", "intentions to seek asylum in November"),
                    ("19", "asylum applications in November")]),
            ("h", "ARRIVALS AND PRESENCE"),
            ("p", "At the end of November, 6,480 refugees, asylum-seekers and migrants were counted in Serbia, of whom "
                  "4,172 were accommodated in governmental centres and some 2,100 were staying outside of them. 22 "
                  "unaccompanied and separated children (UASC) were accommodated in specialised institutions."),
            ("h", "ASYLUM"),
            ("p", "In November, 645 persons expressed the intention to seek asylum and 19 submitted asylum applications."),
        ],
        page2=[
            ("h", "TEMPORARY PROTECTION"),
            ("p", "Temporary protection was granted to 37 persons fleeing Ukraine in November."),
            ("h", "PROTECTION AND ASSISTANCE"),
            ("p", "UNHCR distributed 2,400 winter jackets and 1,900 pairs of boots in the governmental centres, and "
                  "partners counselled 1,874 persons on asylum."),
        ],
        summary=[
            "In Jan-Nov 2022, authorities reported 113,338 new arrivals to governmental centres. 14,307 persons arrived in "
            "governmental centres in November (compared to 14,519 in October).",
            "Key figures (end of November 2022): 6,480 refugees, asylum-seekers and migrants counted in Serbia, of whom "
            "4,172 accommodated in governmental centres.",
        ],
        figures=[
            F(ARR, CUM, "2022-01/2022-11", 113338), F(ARR, MONTH, "2022-11", 14307), F(ARR, MONTH, "2022-10", 14519),
            F(PRES, STOCK, "2022-11", 6480), F(ACC, STOCK, "2022-11", 4172), F(UASC_PRES, STOCK, "2022-11", 22),
            F(OUT, STOCK, "2022-11", 2100, approx=True), F(INT, MONTH, "2022-11", 645), F(APP, MONTH, "2022-11", 19),
        ]),
    new("2022-12", "2023-01-25", 3912655, 97580,
        page1=[
            ("h", "HIGHLIGHTS"),
            ("li", ["In 2022, the authorities reported 124,127 new arrivals to governmental centres, the highest number "
                    "since 2016 (compared to 60,407 in 2021).",
                    "10,789 persons arrived in governmental centres in December (compared to 14,307 in November).",
                    "UNHCR handed over two new laundry containers to the Reception Centre in Sombor."]),
            ("h", "KEY FIGURES | END OF DECEMBER 2022"),
            ("kf", [("4,912", "refugees, asylum-seekers and migrants counted in Serbia"),
                    ("3,306", "accommodated in governmental centres"),
                    ("20", "UASC in specialised institutions"),
                    ("402", "intentions to seek asylum in December"),
                    ("12", "asylum applications in December")]),
            ("h", "ARRIVALS AND PRESENCE"),
            ("p", "At the end of December, 4,912 refugees, asylum-seekers and migrants were counted in Serbia, of whom "
                  "3,306 were accommodated in governmental centres and some 1,450 were staying outside of them. 20 "
                  "unaccompanied and separated children (UASC) were accommodated in specialised institutions."),
            ("h", "ASYLUM"),
            ("p", "In December, 402 persons expressed the intention to seek asylum and 12 submitted asylum applications. "
                  "In 2022, 6,859 persons expressed the intention to seek asylum and 315 submitted asylum applications."),
        ],
        page2=[
            ("h", "TEMPORARY PROTECTION"),
            ("p", "By the end of 2022, 1,072 persons fleeing Ukraine had received temporary protection in Serbia."),
            ("h", "PROTECTION AND ASSISTANCE"),
            ("p", "In 2022, UNHCR and partners counselled 21,430 persons on asylum and represented 412 asylum-seekers "
                  "before the Asylum Office."),
        ],
        summary=[
            "In 2022, authorities reported 124,127 new arrivals to governmental centres, the highest number since 2016 "
            "(compared to 60,407 in 2021). 10,789 persons arrived in governmental centres in December (compared to 14,307 "
            "in November).",
            "Key figures (end of December 2022): 4,912 refugees, asylum-seekers and migrants counted in Serbia, of whom "
            "3,306 accommodated in governmental centres.",
        ],
        figures=[
            F(ARR, YEAR, "2022", 124127), F(ARR, YEAR, "2021", 60407), F(ARR, MONTH, "2022-12", 10789),
            F(ARR, MONTH, "2022-11", 14307), F(PRES, STOCK, "2022-12", 4912), F(ACC, STOCK, "2022-12", 3306),
            F(OUT, STOCK, "2022-12", 1450, approx=True), F(UASC_PRES, STOCK, "2022-12", 20), F(INT, MONTH, "2022-12", 402),
            F(APP, MONTH, "2022-12", 12), F(INT, YEAR, "2022", 6859), F(APP, YEAR, "2022", 315),
        ]),
]


if __name__ == "__main__":
    # Without months named, only the PDFs that are missing are built.
    build(SOURCE, DOCS, only=set(sys.argv[1:]) or {"none"})
