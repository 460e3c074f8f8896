#!/usr/bin/env python3
"""Builds seeds/snapshot/iom-bih-sitrep/: IOM's Bosnia and Herzegovina Migration Response situation reports as
ReliefWeb lists them, July 2021 to June 2022, one report a month.

Two templates, as the real series changed:
  - July to December 2021: "Bosnia and Herzegovina (BiH) Migration Response: Situation Report, 1-31 <Month> <Year>",
    exported from Word (here LibreOffice), a key-figures box, the situation overview and, on page 2, the table of
    temporary reception centres (TRC | Capacity | Accommodated | Free beds) with a total row; centre names
    written without diacritics (Borici, Usivak, Blazuj); the provisional camp "PC Lipa" until the new
    TRC Lipa opened on 19 November 2021.
  - From January 2022: "Bosnia and Herzegovina Migration Response – Monthly Situation Report, <Month> <Year>",
    a designed PDF (here PdfPig's writer: the key-figure numbers come before their labels in the text), the
    table (Centre | Capacity | Accommodated | UASC) without the free-beds column and with a UASC column, no
    total row, names with diacritics. TRC Miral (Velika Kladuša) closed on 28 April 2022 and leaves the table.

Real: the arrivals registered by the SFA each month (as UNHCR's Operational Updates and IOM report them), the
2021 total, the closure of TRC Miral on 28 April 2022 with 154 persons moved to TRC Lipa, the opening of the
new TRC Lipa in November 2021, the persons outside the centres counted by the joint data collection of 31 August,
28 September and 9 December 2021 (IOM's DTM rounds). Everything else (per-centre figures, capacities, UASC, the
other estimates outside the centres, voluntary returns, dates of publication and of the other data collections) is
a plausible stand-in.

Usage: seeds/tools/build-iom-bih-sitrep.py [YYYY-MM ...]   (PDFs to rebuild; default: only missing ones)
"""
import sys

from reliefweb_series import (ACC, ARR, CAP, CUM, F, IOM, MONTH, OUT, PROTECTION, STOCK, UASC_PRES, YEAR, build,
                              month_end, month_name, n, previous, report)

SID = "iom-bih-sitrep"
COUNTRY = {"href": "https://api.reliefweb.int/v2/countries/40", "id": 40, "iso3": "bih",
           "location": {"lat": 44.17, "lon": 17.79}, "name": "Bosnia and Herzegovina",
           "shortname": "Bosnia and Herzegovina"}
THEMES = [PROTECTION, {"id": 4603, "name": "Shelter and Non-Food Items"}]

# Centres in table order: the project's name, how template A writes it, how template B writes it.
# No publication found states any centre's capacity or occupancy in these months, so the table lists only the three
# centres of Una-Sana Canton whose rows carry the series' changes of form (Lipa: the provisional camp replaced by the
# new TRC; Borići: the UASC column; Miral: its closure in April 2022). Ušivak and Blažuj, in Sarajevo Canton, count in
# the totals only: two more rows of invented figures would exercise nothing new.
LISTED = ("Lipa", "Borići", "Miral")
CENTRES = [("Lipa", "PC Lipa", "TRC Lipa"), ("Borići", "TRC Borici", "TRC Borići"), ("Ušivak", "TRC Usivak", "TRC Ušivak"),
           ("Blažuj", "TRC Blazuj", "TRC Blažuj"), ("Miral", "TRC Miral", "TRC Miral")]

# month: published, created time, arrivals (real), per-centre (capacity, accommodated[, UASC]), UASC total,
# outside (value or range, and the day of the data collection when stated), voluntary returns since 2018.
# The counts outside the centres of 31 August, 28 September and 9 December 2021 are real: the fifth, sixth and
# eighth rounds of IOM's and the SFA's joint data collection (DTM "Migrant Presence Outside Temporary Reception
# Centres"); the other months' are stand-ins, no round of those months having been found.
MONTHS = {
    "2021-07": dict(pub="2021-08-13", at="09:40", arr=2236, prev=None, cum=10011,
                    c={"Lipa": (1000, 742), "Borići": (430, 398), "Ušivak": (800, 611), "Blažuj": (2500, 748), "Miral": (670, 413)},
                    uasc=121, out=(1620, "2021-07-20"), avr=1101),
    "2021-08": dict(pub="2021-09-14", at="10:05", arr=1731, prev=2236, cum=11742,
                    c={"Lipa": (1000, 801), "Borići": (430, 412), "Ušivak": (800, 640), "Blažuj": (2500, 802), "Miral": (670, 450)},
                    uasc=134, out=(1009, "2021-08-31"), avr=1118),
    "2021-09": dict(pub="2021-10-12", at="08:55", arr=1552, prev=1731, cum=13294,
                    c={"Lipa": (1000, 826), "Borići": (430, 421), "Ušivak": (800, 655), "Blažuj": (2500, 836), "Miral": (670, 450)},
                    uasc=128, out=(1101, "2021-09-28"), avr=1129),
    "2021-10": dict(pub="2021-11-11", at="09:20", arr=1217, prev=1552, cum=14511,
                    c={"Lipa": (1000, 760), "Borići": (430, 407), "Ušivak": (800, 621), "Blažuj": (2500, 712), "Miral": (670, 404)},
                    uasc=117, out=(980, "2021-10-21"), avr=1146),
    "2021-11": dict(pub="2021-12-14", at="11:10", arr=894, prev=1217, cum=15405,
                    c={"Lipa": (1500, 1012), "Borići": (430, 385), "Ušivak": (800, 560), "Blažuj": (2500, 398), "Miral": (670, 300)},
                    uasc=104, out=(712, "2021-11-18"), avr=1160),
    "2021-12": dict(pub="2022-01-12", at="09:35", arr=335, prev=894, cum=15740,
                    c={"Lipa": (1500, 948), "Borići": (430, 352), "Ušivak": (800, 517), "Blažuj": (2500, 361), "Miral": (670, 252)},
                    uasc=98, out=(406, "2021-12-09"), avr=1173),
    "2022-01": dict(pub="2022-02-11", at="10:15", arr=516, prev=335,
                    c={"Lipa": (1500, 861, None), "Borići": (430, 318, 52), "Ušivak": (800, 489, 39), "Blažuj": (2500, 323, None), "Miral": (670, 223, None)},
                    uasc=91, out=(430, None)),
    "2022-02": dict(pub="2022-03-11", at="09:50", arr=715, prev=516,
                    c={"Lipa": (1500, 802, None), "Borići": (430, 301, 48), "Ušivak": (800, 455, 36), "Blažuj": (2500, 296, None), "Miral": (670, 197, None)},
                    uasc=84, out=(380, None)),
    "2022-03": dict(pub="2022-04-12", at="10:40", arr=1010, prev=715,
                    c={"Lipa": (1500, 744, None), "Borići": (430, 287, 45), "Ušivak": (800, 431, 32), "Blažuj": (2500, 268, None), "Miral": (670, 172, None)},
                    uasc=77, out=(350, None)),
    "2022-04": dict(pub="2022-05-12", at="09:05", arr=1664, prev=1010,
                    c={"Lipa": (1500, 861, None), "Borići": (430, 329, 58), "Ušivak": (800, 342, 37), "Blažuj": (2500, 249, None)},
                    uasc=95, out=(340, None)),
    "2022-05": dict(pub="2022-06-10", at="10:25", arr=2010, prev=1664,
                    c={"Lipa": (1500, 812, None), "Borići": (430, 341, 61), "Ušivak": (800, 348, 43), "Blažuj": (2500, 241, None)},
                    uasc=104, out=(360, None)),
    "2022-06": dict(pub="2022-07-06", at="09:45", arr=2273, prev=2010,
                    c={"Lipa": (1500, 780, None), "Borići": (430, 402, 66), "Ušivak": (800, 511, 46), "Blažuj": (2500, 363, None)},
                    uasc=112, out=(450, None)),
}

NODES = {"2021-07": 3763412, "2021-08": 3774108, "2021-09": 3783935, "2021-10": 3795520, "2021-11": 3806721,
         "2021-12": 3816904, "2022-01": 3826655, "2022-02": 3835487, "2022-03": 3843810, "2022-04": 3852286,
         "2022-05": 3860944, "2022-06": 3868035}

# What each month's overview says beyond the figures: real events where we know them, routine otherwise.
EVENTS = {
    "2021-07": "Construction works on the new TRC Lipa continued, financed by the European Union; IOM and the SFA agreed "
               "on the plan for moving the residents of PC Lipa into the new containers once the water supply is connected.",
    "2021-08": "Following the end of the COVID-19 lockdown of TRC Miral, IOM resumed recreational activities and Bosnian "
               "language classes in all Una-Sana Canton centres.",
    "2021-09": "The water supply and sewage system of the new TRC Lipa were connected, and the first residential "
               "containers were handed over to the SFA.",
    "2021-10": "Preparations for winter started in all centres: heating was tested and winter clothes and blankets "
               "were distributed in TRC Miral and PC Lipa.",
    "2021-11": "On 19 November, the new TRC Lipa was officially opened by the Minister of Security, the EU Ambassador and "
               "the IOM Chief of Mission. The residents of PC Lipa moved into the heated containers of the new centre, "
               "which is managed by the SFA with IOM's support.",
    "2021-12": "Winter assistance continued in all TRCs. In TRC Lipa, the medical container of the Health Centre Bihać "
               "started working around the clock.",
    "2022-01": "Following the decrease in arrivals, the SFA started planning a reduction of the number of centres in "
               "Una-Sana Canton.",
    "2022-02": "IOM supported the SFA in training the staff of TRC Lipa on camp management and on the identification of "
               "vulnerable persons.",
    "2022-03": "The SFA announced the closure of TRC Miral in Velika Kladuša, open since 2018, and its residents' "
               "transfer to TRC Lipa.",
    "2022-04": "On 28 April, TRC Miral was closed: the SFA, with the support of IOM and the police, moved 154 migrants "
               "from Miral to TRC Lipa, while families and unaccompanied children had been moved to TRC Borići the day "
               "before.",
    "2022-05": "With the rise in arrivals, TRC Lipa again received new residents every day; IOM reinforced the medical "
               "screening at the reception container.",
    "2022-06": "Arrivals continued to rise, most of them through the eastern border with Serbia, and the number of "
               "persons accommodated in the TRCs grew for the first time in 2022.",
}


def template_a(key, m):
    """July to December 2021."""
    name, year = month_name(key), key[:4]
    period = f"1-{month_end(key)[8:]} {name} {year}"
    c = m["c"]
    capacity = sum(v[0] for v in c.values())
    accommodated = sum(v[1] for v in c.values())
    lipa = "TRC Lipa*" if key >= "2021-11" else "PC Lipa"
    rows = [[(lipa if site == "Lipa" else a), n(c[site][0]), n(c[site][1]), n(c[site][0] - c[site][1])]
            for site, a, _ in CENTRES if site in LISTED]
    rows.append(["Total", n(capacity), n(accommodated), n(capacity - accommodated)])

    arrivals = (f"According to the Service for Foreigners' Affairs (SFA), {n(m['arr'])} migrants and refugees were "
                f"registered as new arrivals in BiH in {name}")
    arrivals += "." if m["prev"] is None else f", compared to {n(m['prev'])} in {month_name(previous(key))}."
    if key == "2021-12":
        arrivals += f" This brings the total number of arrivals in 2021 to {n(m['cum'])}, about the same as in 2020."
    else:
        arrivals += f" Since the beginning of 2021, {n(m['cum'])} arrivals have been registered."

    out_value, out_day = m["out"]
    if out_day:
        day = int(out_day[8:])
        outside = (f"The joint data collection exercise of IOM and the SFA on {day} {name} identified {n(out_value)} "
                   "migrants and asylum seekers staying outside the TRCs, most of them in Una-Sana Canton.")
    else:
        outside = (f"Between {n(out_value[0])} and {n(out_value[1])} migrants and asylum seekers were estimated to be "
                   "sleeping rough outside the TRCs, in abandoned buildings in Una-Sana and Sarajevo cantons.")

    blocks = [
        ("band", [("International Organization for Migration (IOM)", 8),
                  ("Bosnia and Herzegovina (BiH) Migration Response", 18), (f"Situation Report, {period}", 11)]),
        ("kf", [(n(accommodated), f"migrants and asylum seekers accommodated in the TRCs at the end of {name}"),
                (n(capacity - accommodated), "beds available in the TRCs"),
                ("5", "Temporary Reception Centres operational"),
                (n(m["avr"]), "Assisted Voluntary Returns since 2018")]),
        ("h", "SITUATION OVERVIEW"),
        ("p", arrivals),
        ("p", outside),
        ("p", EVENTS[key]),
        ("p", "IOM continued to support the SFA and the Ministry of Security in the management of the temporary reception "
              "centres (TRCs) in Una-Sana and Sarajevo cantons, with the support of the European Union and other donors, "
              "providing accommodation, food, health care, protection and recreational activities."),
        ("break",),
        ("h", "TEMPORARY RECEPTION CENTRES"),
        ("table", f"Occupancy of the TRCs at the end of {name} {year}:", ["TRC", "Capacity", "Accommodated", "Free beds"], rows),
    ]
    blocks.append(("small", "The total includes TRC Usivak and TRC Blazuj in Sarajevo Canton."))
    if key >= "2021-11":
        blocks.append(("small", "* The new TRC Lipa, opened on 19 November 2021, replaced the provisional camp (PC) Lipa."))
    blocks += [
        ("p", f"At the end of {name}, {n(m['uasc'])} unaccompanied and separated children (UASC) were accommodated in the "
              "safe zones of TRC Borici and TRC Usivak, where IOM and Save the Children provide round-the-clock care."),
        ("h", "HEALTH AND PROTECTION"),
        ("p", "IOM's medical teams and the Health Centres of Bihać, Cazin and Ilidža provided primary health care in all "
              "TRCs; COVID-19 vaccination was offered to all residents on a voluntary basis."),
        ("small", "For more information: IOM Bosnia and Herzegovina, Sarajevo, tel. +387 33 293 400, iomsarajevo@iom.int"),
    ]
    doc = {"header": f"IOM BOSNIA AND HERZEGOVINA | MIGRATION RESPONSE | SITUATION REPORT {period.upper()}",
           "footer": f"IOM Bosnia and Herzegovina | Situation Report {period}", "colour": "#0033A0", "blocks": blocks}

    end = key
    figures = [F(ACC, STOCK, end, accommodated), F(ARR, MONTH, key, m["arr"])]
    if m["prev"] is not None:
        figures.append(F(ARR, MONTH, previous(key), m["prev"]))
    figures.append(F(ARR, YEAR, "2021", m["cum"]) if key == "2021-12" else F(ARR, CUM, f"2021-01/{key}", m["cum"]))
    figures.append(F(OUT, STOCK, out_day, out_value) if out_day else F(OUT, STOCK, end, out_value))
    for site, _, _ in CENTRES:
        if site in LISTED:
            figures += [F(CAP, STOCK, end, c[site][0], site=site, page=2), F(ACC, STOCK, end, c[site][1], site=site, page=2)]
    figures += [F(CAP, STOCK, end, capacity, page=2), F(UASC_PRES, STOCK, end, m["uasc"], page=2)]

    summary = [arrivals, f"{n(accommodated)} migrants and asylum seekers were accommodated in the five TRCs at the end of "
                         f"{name}, out of a total capacity of {n(capacity)} places.", outside]
    title = f"Bosnia and Herzegovina (BiH) Migration Response: Situation Report, {period}"
    slug = f"bosnia-and-herzegovina-bih-migration-response-situation-report-1-{month_end(key)[8:]}-{name.lower()}-{year}"
    filename = f"IOM_BiH_Sitrep_1-{month_end(key)[8:]}_{name}_{year}.pdf"
    return title, slug, filename, "libreoffice", doc, figures, summary


def template_b(key, m):
    """From January 2022."""
    name, year = month_name(key), key[:4]
    c = m["c"]
    sites = [(site, b) for site, _, b in CENTRES if site in c and site in LISTED]
    capacity = sum(v[0] for v in c.values())
    accommodated = sum(v[1] for v in c.values())
    rows = [[b, n(c[site][0]), n(c[site][1]), "–" if c[site][2] is None else n(c[site][2])] for site, b in sites]
    prev_name = month_name(previous(key)) + (" 2021" if key == "2022-01" else "")
    out_value = m["out"][0]
    count = "five" if len(c) == 5 else "four"

    highlights = [f"In {name} {year}, the SFA registered {n(m['arr'])} new arrivals, up from {n(m['prev'])} in {prev_name}.",
                  f"An estimated {n(out_value)} migrants stayed outside the TRCs at the end of {name}, mostly in Una-Sana "
                  "Canton and in Sarajevo."]
    if key == "2022-04":
        highlights.append(EVENTS[key])
        cap_sentence = f"Following the closure of TRC Miral, the {count} TRCs have a total capacity of {n(capacity)} places."
    else:
        highlights.append(EVENTS[key])
        cap_sentence = f"The {count} TRCs have a total capacity of {n(capacity)} places."

    blocks = [
        ("band", [("IOM Bosnia and Herzegovina", 9), ("Migration Response – Monthly Situation Report", 15),
                  (f"{name} {year}", 11)]),
        ("kf", [(n(m["arr"]), f"arrivals registered by the SFA in {name}"), (n(accommodated), "migrants accommodated in TRCs"),
                (n(m["uasc"]), "UASC in TRCs"), (n(out_value), "estimated outside TRCs")]),
        ("h", "HIGHLIGHTS"),
        ("bullets", highlights),
        ("h", "COORDINATION"),
        ("p", "IOM continued to co-chair the coordination meetings of the migration response with the Ministry of "
              "Security and the SFA, and to lead the Camp Coordination and Camp Management (CCCM) sector."),
        ("break",),
        ("h", "RECEPTION"),
        ("p", cap_sentence),
        ("table", f"Capacity and occupancy of the TRCs in Una-Sana Canton on {month_end(key)[8:]} {name} {year}:",
         ["Centre", "Capacity", "Accommodated", "UASC"], rows),
        ("p", "UASC are accommodated in the safe zones of TRC Borići and TRC Ušivak, run by IOM with Save the Children."),
        ("h", "HEALTH AND PROTECTION"),
        ("p", "IOM's medical teams, together with the Health Centres of Bihać and Ilidža, provided primary health care "
              "and referrals to hospitals in all TRCs. Protection teams identified vulnerable persons at arrival and "
              "referred survivors of violence to specialised partners, while the Danish Refugee Council provided "
              "psychosocial support and legal counselling in the centres."),
        ("p", "Recreational and educational activities continued: language classes, sports and workshops were "
              "organised every day in TRC Lipa, TRC Blažuj and TRC Ušivak, and children in TRC Borići attended "
              "classes organised with the cantonal Ministry of Education."),
        ("small", "IOM Bosnia and Herzegovina | Zmaja od Bosne 11, Sarajevo | +387 33 293 400 | iomsarajevo@iom.int"),
    ]
    doc = {"header": f"IOM BiH | MIGRATION RESPONSE – MONTHLY SITUATION REPORT | {name.upper()} {year}",
           "footer": f"IOM Bosnia and Herzegovina | Monthly Situation Report {name} {year}", "blocks": blocks}

    day = month_end(key)
    figures = [F(ARR, MONTH, key, m["arr"]), F(ACC, STOCK, key, accommodated), F(UASC_PRES, STOCK, key, m["uasc"]),
               F(OUT, STOCK, key, out_value, approx=True), F(ARR, MONTH, previous(key), m["prev"]),
               F(CAP, STOCK, key, capacity, page=2)]
    for site, _ in sites:
        figures += [F(CAP, STOCK, day, c[site][0], site=site, page=2), F(ACC, STOCK, day, c[site][1], site=site, page=2)]
        if c[site][2] is not None:
            figures.append(F(UASC_PRES, STOCK, day, c[site][2], site=site, page=2))

    summary = [highlights[0], f"{n(accommodated)} migrants, among them {n(m['uasc'])} unaccompanied and separated "
                              f"children, were accommodated in the {count} TRCs at the end of {name}.", highlights[2]]
    title = f"Bosnia and Herzegovina Migration Response – Monthly Situation Report, {name} {year}"
    slug = f"bosnia-and-herzegovina-migration-response-monthly-situation-report-{name.lower()}-{year}"
    filename = f"IOM_BiH_Monthly_Sitrep_{name}_{year}.pdf"
    return title, slug, filename, "pdfpig", doc, figures, summary


def reports():
    for key, m in MONTHS.items():
        title, slug, filename, maker, doc, figures, summary = (template_a if key < "2022-01" else template_b)(key, m)
        yield report(SID, key, published=m["pub"], at=m["at"], node=NODES[key],
                     page=f"https://reliefweb.int/report/bosnia-and-herzegovina/{slug}",
                     origin="https://bih.iom.int/situation-reports", title=title, summary=summary, figures=figures,
                     pdf=(filename, maker, doc))


SERIES = {
    "id": SID, "country": "BIH", "what": "IOM's Bosnia and Herzegovina Migration Response situation report",
    "query": {"country": "bih", "source": "IOM", "phrase": "Migration Response", "since": "2021-08-01"},
    "primary_country": COUNTRY, "source": IOM, "themes": THEMES,
}

if __name__ == "__main__":
    build(dict(SERIES, reports=list(reports())), only=set(sys.argv[1:]) or None)
