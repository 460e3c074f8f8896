#!/usr/bin/env python3
"""Builds seeds/snapshot/kirs-srb/ and seeds/snapshot/expected/kirs-srb.json.

The Commissariat for Refugees and Migration of the Republic of Serbia (KIRS, kirs.gov.rs): its listing of
information on migrants in the asylum and reception centres, two pages, newest first, a date beside each
entry, and the documents it links.

- June 2021 to October 2022 (the months for which a real publication states the month's arrivals and the month
  before's; August 2021 has no count of the persons in the centres and leaves that section out): a monthly "Informacija o migrantima u prihvatnim centrima i centrima za azil" PDF
  in Serbian Latin, running text only.
- From July 2023: the monthly document is renamed "Pregled broja migranata u centrima za azil i prihvatnim
  centrima", written in Cyrillic, and gains a second page with a table of the 17 centres (capacity and
  persons accommodated).
- Five statements on the site's news pages (HTML, Latin): the figures for 2021 (January 2022), for 2022
  (30 January 2023), World Refugee Day (20 June 2023), the annual report for 2023 (23 January 2024, whose year
  total revises the December document's) and the figures of 18 December 2025 (2025 so far and 2024).

Every document is a reconstruction. Real: the monthly arrivals in the centres, the persons in them at the month's end
and the unaccompanied children among them, June 2021 to October 2022, and the year-to-date totals the Latin documents
state (the Commissariat's counts as UNHCR Serbia's updates give them); 68,308 arrivals in the centres in 2021; 124,127 in 2022 and 3,059
present on 30 January 2023; 35,714 from January to 20 June 2023 and 2,614 present that day; the 17 active
centres and the two dormant ones; 107,374 in 2023 and 2,900 present at the turn of the year; the annual report's
108,828 and 1,412 present on 23 January 2024; 18,899 in 2024, 9,567 from January to 18 December 2025 and 235
present that day; the countries of origin, average stays and protection decisions of the statements. Everything else (the total capacity, the monthly figures of
2023, the capacities and occupancy of each centre, the shares of origin and stays of the monthly documents, their
dates) is a plausible stand-in; the 2023 months add up to the real 107,374. See seeds/README.md.

Usage: seeds/tools/build-kirs-srb.py [--keep-pdfs]   (needs LibreOffice Writer, fonts-liberation2; pdftotext to check pages)
"""
import datetime
import os
import sys

from national_snapshot import (ACC, ARR, CAP, CUM, MONTH, SNAPSHOT, STOCK, UASC_PRES, YEAR, F, check_pages, cyrillic,
                               esc, etag, http_date, local, pdf_from_html, working_day, write, write_expected, write_index)

SOURCE_ID = "kirs-srb"
OUT = os.path.join(SNAPSHOT, SOURCE_ID)
SITE = "https://kirs.gov.rs"
LISTING = SITE + "/lat/migracije/informacije-o-migrantima"
NOTE = "Reconstruction imitating a publication of the Commissariat for Refugees and Migration, not the publication itself; see seeds/README.md."

NOM = ["januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar", "decembar"]
GEN = ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra", "novembra", "decembra"]
LOC = ["januaru", "februaru", "martu", "aprilu", "maju", "junu", "julu", "avgustu", "septembru", "oktobru", "novembru", "decembru"]

# New arrivals in the centres per month. June 2021 to October 2022 are the Commissariat's counts of new arrivals in the
# governmental centres as UNHCR Serbia's updates state them (November 2021 as the November update gives it; June 2022
# as the June update gives it, which the July update revised to 10,039); the rest are stand-ins: 2023 adds up to the
# real 107,374.
ARRIVALS = {
    "2021-05": 3182, "2021-06": 4111, "2021-07": 5732, "2021-08": 7101, "2021-09": 8978, "2021-10": 6570,
    "2021-11": 6136, "2021-12": 4978,
    "2022-01": 2795, "2022-02": 3236, "2022-04": 6132, "2022-05": 7247, "2022-06": 8131, "2022-07": 13425,
    "2022-08": 17997, "2022-09": 19345, "2022-10": 14519,
    "2022-12": 4664,
    "2023-01": 4105, "2023-02": 4021, "2023-03": 5222, "2023-04": 5122, "2023-05": 6310, "2023-06": 11820,
    "2023-07": 14260, "2023-08": 16105, "2023-09": 16858, "2023-10": 13214, "2023-11": 6120, "2023-12": 4217,
    "2024-01": 2310, "2024-02": 1950,
}
# Arrivals from the beginning of the year, where a real publication states them (UNHCR Serbia's updates; the year
# 2021 as the Commissariat gave it). The Latin documents state the year so far only in these months; for 2023 the
# Cyrillic document adds up the months.
YTD = {"2021-08": 33854, "2021-10": 49402, "2021-12": 68308, "2022-06": 34155, "2022-09": 84512, "2022-10": 99031}
# Persons in the centres on the last day of the month: June 2021 to October 2022 as UNHCR Serbia's updates state
# them (the Commissariat's counts), 2,900 at the end of 2023 real, the rest stand-ins; unaccompanied children among
# them likewise (none stated for September and October 2022, so those documents do not give them).
PRESENT = {
    "2021-06": 4117, "2021-07": 3618, "2021-09": 5016, "2021-10": 4706, "2021-11": 4617, "2021-12": 4429,
    "2022-01": 3915, "2022-02": 3745, "2022-05": 4724, "2022-06": 4836, "2022-07": 5719, "2022-08": 6254,
    "2022-09": 6183, "2022-10": 5319,
    "2023-01": 3051, "2023-02": 3210, "2023-03": 3402, "2023-04": 3587, "2023-05": 3744, "2023-06": 4420,
    "2023-07": 5105, "2023-08": 5630, "2023-09": 5912, "2023-10": 4205, "2023-11": 3118, "2023-12": 2900,
    "2024-01": 1288, "2024-02": 1120,
}
UASC = {
    "2021-06": 41, "2021-07": 30, "2021-09": 26, "2021-10": 24, "2021-11": 25, "2021-12": 30,
    "2022-01": 27, "2022-02": 30, "2022-05": 20, "2022-06": 19, "2022-07": 13, "2022-08": 18,
    "2023-01": 188, "2023-02": 204, "2023-03": 219, "2023-04": 236, "2023-05": 251, "2023-06": 298,
    "2023-07": 331, "2023-08": 362, "2023-09": 377, "2023-10": 284, "2023-11": 197, "2023-12": 166,
    "2024-01": 121, "2024-02": 108,
}
# The 17 active centres (real list); capacities are stand-ins.
CENTRES = [
    ("PC Preševo", "Preševo", 850), ("PC Bujanovac", "Bujanovac", 280), ("PC Adaševci", "Adaševci", 800),
    ("PC Šid", "Šid", 300), ("PC Principovac", "Principovac", 250), ("PC Subotica", "Subotica", 220),
    ("PC Sombor", "Sombor", 380), ("PC Bosilegrad", "Bosilegrad", 120), ("PC Pirot", "Pirot", 250),
    ("PC Divljana", "Divljana", 300), ("PC Kikinda", "Kikinda", 300), ("CA Obrenovac", "Obrenovac", 850),
    ("CA Vranje", "Vranje", 200), ("CA Krnjača", "Krnjača", 800), ("CA Bogovađa", "Bogovađa", 200),
    ("CA Tutin", "Tutin", 200), ("CA Sjenica", "Sjenica", 250),
]
CAPACITY = sum(c for _, _, c in CENTRES)
# No publication found states a centre's capacity or occupancy in the recorded months, so the Cyrillic table lists
# three centres (their names carry the letters the Cyrillic reading must handle: š, nj, č) and its total row counts
# all 17; fourteen more rows of invented figures would exercise nothing new.
LISTED = ("Adaševci", "Obrenovac", "Krnjača")
# The three centres in the municipality of Šid on 1 November 2021, the Commissariat's counts as the local press gave
# them (Sremska TV, 1 November 2021): the October document, published after that day, states them.
SID_CENTRES = {"2021-10": ("2021-11-01", (("Adaševci", 631), ("Principovac", 342), ("Šid", 181)))}
# No total capacity of the centres was found for the Latin months either: the sentence on capacity and occupancy is
# kept in the first and the last Latin document only, to keep that form.
STATES_CAPACITY = {"2021-06", "2022-10"}
# Active centres in the Latin documents' months: 13 in 2021 (the Commissariat's figures for 2021), 17 in 2022 and 2023.
ACTIVE = {"2021": 13, "2022": 17, "2023": 17}
# Where the migrants stay: the north-west border centres and Belgrade's fill first (a share per centre, stand-ins).
WEIGHT = {"Preševo": 9, "Bujanovac": 3, "Adaševci": 15, "Šid": 6, "Principovac": 5, "Subotica": 5, "Sombor": 7,
          "Bosilegrad": 1, "Pirot": 2, "Divljana": 2, "Kikinda": 5, "Obrenovac": 14, "Vranje": 2, "Krnjača": 12,
          "Bogovađa": 3, "Tutin": 1, "Sjenica": 2}
# Shares of origin per month (stand-ins; 2021's order follows the Commissariat's figures for 2021, 2022's those
# for 2022).
ORIGINS = {
    "2021-06": ("Avganistan", "36,40", "Sirija", "20,85", "Bangladeš", "9,62"),
    "2021-07": ("Avganistan", "37,12", "Sirija", "21,30", "Bangladeš", "9,05"),
    "2021-08": ("Avganistan", "36,88", "Sirija", "21,97", "Bangladeš", "8,91"),
    "2021-09": ("Avganistan", "35,74", "Sirija", "22,61", "Bangladeš", "8,70"),
    "2021-10": ("Avganistan", "34,90", "Sirija", "23,48", "Bangladeš", "8,44"),
    "2021-11": ("Avganistan", "34,15", "Sirija", "24,02", "Pakistan", "8,10"),
    "2021-12": ("Avganistan", "33,86", "Sirija", "24,75", "Pakistan", "7,96"),
    "2022-01": ("Avganistan", "38,20", "Sirija", "25,14", "Pakistan", "10,42"),
    "2022-02": ("Avganistan", "37,65", "Sirija", "26,03", "Pakistan", "11,18"),
    "2022-05": ("Avganistan", "36,91", "Sirija", "28,40", "Pakistan", "12,06"),
    "2022-06": ("Avganistan", "36,22", "Sirija", "29,15", "Pakistan", "12,30"),
    "2022-07": ("Avganistan", "35,80", "Sirija", "30,02", "Pakistan", "11,94"),
    "2022-08": ("Avganistan", "35,41", "Sirija", "30,66", "Pakistan", "11,52"),
    "2022-09": ("Avganistan", "36,05", "Sirija", "29,87", "Pakistan", "11,20"),
    "2022-10": ("Avganistan", "36,48", "Sirija", "29,31", "Pakistan", "11,73"),
    "2023-12": ("Sirija", "45,74", "Avganistan", "22,20", "Maroko", "6,30"),
}
# Average stay in days (stand-ins; about 30 in 2021 and 16 in 2022, as the Commissariat gave the years).
AVERAGE_STAY = {"2021-06": 31, "2021-07": 30, "2021-08": 29, "2021-09": 29, "2021-10": 30, "2021-11": 31, "2021-12": 32,
                "2022-01": 22, "2022-02": 20, "2022-05": 17, "2022-06": 15, "2022-07": 13, "2022-08": 12,
                "2022-09": 12, "2022-10": 14, "2023-12": 14}
# Months whose Cyrillic document states the previous month's number beside its own (the others give the change in
# per cent only); every Latin document states it.
STATES_PREVIOUS = {"2023-07", "2023-09", "2023-10", "2023-11"}


# The monthly documents recorded: in the Latin form, every month from June 2021 to October 2022 for which a real
# publication states the month's arrivals and the month before's (March and April 2022 have no such pair at hand);
# August 2021, for which no count of the persons in the centres was found, leaves out its section on them. In the
# Cyrillic form December 2023, whose year total is the real 107,374.
# The 2023 tables keep every month so that December's year total still adds up.
RECORDED = ["2021-06", "2021-07", "2021-08", "2021-09", "2021-10", "2021-11", "2021-12", "2022-01", "2022-02",
            "2022-05", "2022-06", "2022-07", "2022-08", "2022-09", "2022-10", "2023-12"]


def months():
    return RECORDED


def previous(ym):
    y, m = int(ym[:4]), int(ym[5:])
    return f"{y - 1}-12" if m == 1 else f"{y}-{m - 1:02d}"


def last_day(ym):
    y, m = int(ym[:4]), int(ym[5:])
    nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - datetime.timedelta(days=1)).day


def published(ym):
    """The document on a month comes out on the 7th to 9th of the next (stand-ins)."""
    y, m = int(ym[:4]), int(ym[5:])
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return working_day(y, m, 7 + (m + y) % 3)


def ytd(ym):
    return sum(ARRIVALS[k] for k in ARRIVALS if k[:4] == ym[:4] and k <= ym)


def per_centre(ym):
    """Persons per centre on the last day of the month, adding up to the month's total and within each capacity."""
    total = PRESENT[ym]
    # Each month's spread differs a little from the usual shares.
    weight = {site: WEIGHT[site] * (10 + (sum(map(ord, site)) + int(ym[5:]) * 3) % 5) for _, site, _ in CENTRES}
    weights = sum(weight.values())
    shares = {site: min(cap - 5, total * weight[site] // weights) for _, site, cap in CENTRES}
    rest = total - sum(shares.values())
    order = sorted(CENTRES, key=lambda c: -weight[c[1]])
    i = 0
    while rest > 0:
        _, site, cap = order[i % len(order)]
        if shares[site] < cap:
            shares[site] += 1
            rest -= 1
        i += 1
    assert sum(shares.values()) == total
    return shares


def change(now, before):
    pct = round(abs(now - before) * 100 / before)
    return pct, ("više" if now > before else "manje")


# ---------------------------------------------------------------- the monthly documents

STYLE = """@page { size: 21cm 29.7cm; margin-top: 1.6cm; margin-bottom: 1.4cm; margin-left: 2cm; margin-right: 2cm }
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 11pt }
p { margin-top: 0; margin-bottom: 0.2cm; line-height: 120% }
h1 { font-family: "Liberation Sans", Arial, sans-serif; font-size: 15pt; text-align: center; margin-bottom: 0.1cm }
h2 { font-family: "Liberation Sans", Arial, sans-serif; font-size: 11.5pt; margin-top: 0.35cm; margin-bottom: 0.15cm }
td { font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.5pt }"""


def page(title, lang, body, header, footer):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
            f'<meta name="description" content="{esc(NOTE)}">\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n'
            f'<div title="header"><p style="font-size:8pt; color:#555555">{esc(header)}</p></div>\n'
            + body +
            f'<div title="footer"><p style="font-size:8pt; color:#555555" align="center">{esc(footer)} '
            '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>\n</body>\n</html>\n')


def informacija(ym):
    """June 2021 to October 2022: Latin, running text, one page."""
    i = int(ym[5:]) - 1
    year = ym[:4]
    pub = published(ym)
    n, prev = ARRIVALS[ym], ARRIVALS[previous(ym)]
    pct, way = change(n, prev)
    figures = [F(ARR, MONTH, ym, n)]
    prev_name = f"{LOC[int(previous(ym)[5:]) - 1]}" + (f" {previous(ym)[:4]}. godine" if previous(ym)[:4] != year else "")
    compared = f", što je za {pct}% {way} nego u {prev_name} ({local(prev)})"
    figures.append(F(ARR, MONTH, previous(ym), prev))
    verb = "evidentirano" if i % 2 == 0 else "registrovano"
    paragraphs = [
        ("h2", "1. Novopridošli migranti"),
        ("p", f"Tokom {GEN[i]} {year}. godine u prihvatnim centrima i centrima za azil {verb} je {local(n)} "
              f"novopridošlih migranata{compared}."),
    ]
    if ym[5:] == "12" and ym in YTD:
        paragraphs.append(("p", f"Tokom {year}. godine u centrima je evidentirano ukupno {local(YTD[ym])} migranata."))
        figures.append(F(ARR, YEAR, year, YTD[ym]))
    elif ym in YTD:
        paragraphs.append(("p", f"Od početka {year}. godine u centrima je evidentirano ukupno {local(YTD[ym])} migranata."))
        figures.append(F(ARR, CUM, f"{year}-01/{ym}", YTD[ym]))
    if ym in PRESENT:
        paragraphs += lodging(ym, i, year, figures)
    if ym in SID_CENTRES:
        day, counts = SID_CENTRES[ym]
        (a, pa), (b, pb), (c, pc) = counts
        persons = "lice" if pa % 10 == 1 and pa % 100 != 11 else "lica"
        paragraphs.append(("p", f"Na dan {int(day[8:])}. {GEN[int(day[5:7]) - 1]} {day[:4]}. godine u prihvatnom centru {a} "
                                f"boravilo je {local(pa)} {persons}, u prihvatnom centru {b} {local(pb)}, a u prihvatnom centru "
                                f"{c} {local(pc)}."))
        figures += [F(ACC, STOCK, day, n, site=site, page=1) for site, n in counts]
    paragraphs += [
        ("h2", "3. Struktura migranata" if ym in PRESENT else "2. Struktura migranata"),
        ("p", f"Prosečno vreme zadržavanja u centrima bilo je {AVERAGE_STAY[ym]} dana. Najzastupljenije države porekla "
              "su {0} ({1}%), {2} ({3}%) i {4} ({5}%).".format(*ORIGINS[ym])),
        ("p", "Migranti smešteni u centrima dobijaju smeštaj, hranu, odeću, zdravstvenu zaštitu i pomoć u "
              "ostvarivanju prava, a deca su uključena u redovno školovanje."),
    ]
    body = ('<p align="center"><b>REPUBLIKA SRBIJA</b><br/>KOMESARIJAT ZA IZBEGLICE I MIGRACIJE</p>\n'
            '<h1>INFORMACIJA</h1>\n'
            f'<p align="center"><b>o migrantima u prihvatnim centrima i centrima za azil za {NOM[i]} {year}. godine</b></p>\n'
            f'<p align="right">Beograd, {pub.day}. {GEN[pub.month - 1]} {pub.year}. godine</p>\n')
    return finish(ym, i, year, pub, paragraphs, body, figures)


def lodging(ym, i, year, figures):
    """The section on the persons in the centres, their unaccompanied children and the capacity."""
    occupancy = round(PRESENT[ym] * 100 / CAPACITY)
    paragraphs = [
        ("h2", "2. Smeštaj"),
        ("p", f"Na dan {last_day(ym)}. {GEN[i]} {year}. godine u centrima je boravilo {local(PRESENT[ym])} lica, "
              f"smeštenih u {ACTIVE[year]} prihvatnih centara i centara za azil."),
    ]
    if ym in UASC:
        paragraphs.append(("p", f"U centrima je smešteno {UASC[ym]} maloletnika bez pratnje."))
        figures.append(F(UASC_PRES, STOCK, ym, UASC[ym]))
    figures.append(F(ACC, STOCK, f"{ym}-{last_day(ym):02d}", PRESENT[ym]))
    if ym in STATES_CAPACITY:
        paragraphs.append(("p", f"Ukupan kapacitet centara iznosi {local(CAPACITY)} mesta, a popunjenost je {occupancy}%."))
        figures.append(F(CAP, STOCK, ym, CAPACITY))
    return paragraphs


def finish(ym, i, year, pub, paragraphs, body, figures):
    for kind, text in paragraphs:
        body += f"<h2>{esc(text)}</h2>\n" if kind == "h2" else f'<p align="justify">{esc(text)}</p>\n'
    body += ('<p style="font-size:9pt; color:#555555">Komesarijat za izbeglice i migracije Republike Srbije, '
             'Narodnih heroja 4, Novi Beograd, tel. 011/3129-384</p>\n')
    title = f"Informacija o migrantima u prihvatnim centrima i centrima za azil za {NOM[i]} {year}. godine"
    html = page(title, "sr-Latn", body, "Komesarijat za izbeglice i migracije – Informacija o migrantima",
                "Komesarijat za izbeglice i migracije | strana")
    listed = f"Informacija o migrantima u prihvatnim centrima i centrima za azil – {NOM[i]} {year}."
    url = f"{SITE}/media/uploads/Migracije/Informacije/{year}/Informacija_o_migrantima_{NOM[i]}_{year}.pdf"
    return url, pub, listed, html, figures


def pregled(ym):
    """From July 2023: Cyrillic, renamed, with a second page holding the table of centres."""
    i = int(ym[5:]) - 1
    year = ym[:4]
    pub = published(ym)
    n, prev = ARRIVALS[ym], ARRIVALS[previous(ym)]
    figures = [F(ARR, MONTH, ym, n)]
    if ym == "2024-01":
        # January compares with January of the year before.
        before = ARRIVALS["2023-01"]
        pct, way = change(n, before)
        compared = f", što je za {pct} odsto {way} nego u januaru 2023. godine ({local(before)})"
        figures.append(F(ARR, MONTH, "2023-01", before))
    elif ym in STATES_PREVIOUS:
        pct, way = change(n, prev)
        compared = f", što je za {pct} odsto {way} u odnosu na {NOM[int(previous(ym)[5:]) - 1]} ({local(prev)})"
        figures.append(F(ARR, MONTH, previous(ym), prev))
    else:
        pct, way = change(n, prev)
        compared = f", {pct} odsto {way} nego prethodnog meseca"
    day = f"{last_day(ym)}. {GEN[i]} {year}."
    paragraphs = [
        f"Tokom {GEN[i]} {year}. godine u centre za azil i prihvatne centre primljeno je {local(n)} novih migranata{compared}.",
    ]
    if ym[5:] not in ("01", "12"):
        paragraphs.append(f"Od početka godine u centrima je evidentirano ukupno {local(ytd(ym))} migranata.")
        figures.append(F(ARR, CUM, f"{year}-01/{ym}", ytd(ym)))
    if ym == "2023-12":
        before = 124127
        pct = str(round((before - ytd(ym)) * 1000 / before) / 10).replace(".", ",")
        paragraphs.append(f"Tokom 2023. godine u centrima je evidentirano ukupno {local(ytd(ym))} novopridošlih osoba, što je {pct} odsto "
                          f"manje nego tokom 2022. godine ({local(before)}).")
        figures += [F(ARR, YEAR, "2023", ytd(ym)), F(ARR, YEAR, "2022", before)]
    paragraphs += [
        f"Na dan {day} godine u centrima je boravilo {local(PRESENT[ym])} lica.",
        f"Među smeštenima je {UASC[ym]} maloletnika bez pratnje.",
        f"Prosečno vreme zadržavanja u centrima bilo je {AVERAGE_STAY[ym]} dana.",
    ]
    figures += [F(ACC, STOCK, f"{ym}-{last_day(ym):02d}", PRESENT[ym]), F(UASC_PRES, STOCK, ym, UASC[ym])]

    shares = per_centre(ym)
    rows = "".join(
        f'<tr><td><p>{esc(cyrillic(label))}</p></td><td><p align="center">{local(cap)}</p></td>'
        f'<td><p align="center">{local(shares[site])}</p></td></tr>\n'
        for label, site, cap in CENTRES if site in LISTED)
    rows += (f'<tr><td><p><b>{cyrillic("Ukupno")}</b></p></td><td><p align="center"><b>{local(CAPACITY)}</b></p></td>'
             f'<td><p align="center"><b>{local(PRESENT[ym])}</b></p></td></tr>\n')
    for label, site, cap in CENTRES:
        if site not in LISTED:
            continue
        figures.append(F(CAP, STOCK, f"{ym}-{last_day(ym):02d}", cap, site=site, page=2))
        figures.append(F(ACC, STOCK, f"{ym}-{last_day(ym):02d}", shares[site], site=site, page=2))
    figures.append(F(CAP, STOCK, f"{ym}-{last_day(ym):02d}", CAPACITY, page=2))

    title = f"PREGLED BROJA MIGRANATA U CENTRIMA ZA AZIL I PRIHVATNIM CENTRIMA"
    body = (f'<p align="center"><b>{cyrillic("REPUBLIKA SRBIJA")}</b><br/>{cyrillic("KOMESARIJAT ZA IZBEGLICE I MIGRACIJE")}</p>\n'
            f'<h1>{esc(cyrillic(title))}</h1>\n'
            f'<p align="center"><b>{esc(cyrillic(NOM[i].capitalize() + " " + year + ". godine"))}</b></p>\n'
            f'<p align="right">{esc(cyrillic(f"Beograd, {pub.day}. {GEN[pub.month - 1]} {pub.year}. godine"))}</p>\n')
    for text in paragraphs:
        body += f'<p align="justify">{esc(cyrillic(text))}</p>\n'
    origins = "Najzastupljenije države porekla migranata su {0} ({1}%), {2} ({3}%) i {4} ({5}%).".format(*ORIGINS[ym])
    body += (f'<h2 style="page-break-before: always">{esc(cyrillic("Broj smeštenih migranata po centrima na dan " + day + " godine"))}</h2>\n'
             '<table width="75%" cellpadding="3" cellspacing="0" border="1">\n'
             f'<tr><td><p><b>{cyrillic("Centar")}</b></p></td><td><p align="center"><b>{cyrillic("Kapacitet")}</b></p></td>'
             f'<td><p align="center"><b>{cyrillic("Broj smeštenih")}</b></p></td></tr>\n' + rows + '</table>\n'
             f'<p>{esc(cyrillic("Ukupno obuhvata svih 17 aktivnih centara."))}</p>\n'
             f'<p>{esc(cyrillic("PC – prihvatni centar, CA – centar za azil. Centri za azil u Banji Koviljači i prihvatni centar u Dimitrovgradu su u stanju mirovanja."))}</p>\n'
             f'<p align="justify">{esc(cyrillic(origins))}</p>\n')
    header = cyrillic(f"Komesarijat za izbeglice i migracije Republike Srbije | Pregled za {NOM[i]} {year}.")
    html = page(cyrillic(title), "sr-Cyrl", body, header, cyrillic("Komesarijat za izbeglice i migracije | strana"))
    listed = f"Pregled broja migranata u centrima za azil i prihvatnim centrima – {NOM[i]} {year}."
    url = f"{SITE}/media/uploads/Migracije/Pregled/{year}/Pregled_broja_migranata_{NOM[i]}_{year}.pdf"
    return url, pub, listed, html, figures


# ---------------------------------------------------------------- the site's pages

NAV = """<header class="site-header">
<div class="top"><a href="/lat/kontakt">Kontakt</a> <a href="/cir/migracije/informacije-o-migrantima">ЋИР</a> <a href="/lat/migracije/informacije-o-migrantima">LAT</a> <a href="/eng/migration/information-on-migrants">ENG</a></div>
<a class="logo" href="/lat"><img src="/media/img/grb.png" alt="Grb Republike Srbije"> Komesarijat za izbeglice i migracije Republike Srbije</a>
<nav><ul>
<li><a href="/lat">Početna</a></li><li><a href="/lat/o-nama">O nama</a></li><li><a href="/lat/izbeglice">Izbeglice</a></li>
<li><a href="/lat/migracije/o-migracijama">Migracije</a></li><li><a href="/lat/azil">Azil</a></li>
<li><a href="/lat/readmisija">Readmisija</a></li><li><a href="/lat/aktuelno">Aktuelno</a></li><li><a href="/lat/dokumenti">Dokumenti</a></li>
</ul></nav>
</header>"""

FOOTER = """<footer>
<p>Komesarijat za izbeglice i migracije Republike Srbije, Narodnih heroja 4, 11070 Novi Beograd</p>
<p>Telefon: +381 11 3129 384 | E-pošta: <a href="mailto:kirs@kirs.gov.rs">kirs@kirs.gov.rs</a></p>
<p>© 2024 Komesarijat za izbeglice i migracije | <a href="/lat/mapa-sajta">Mapa sajta</a> | <a href="/lat/pristupacnost">Pristupačnost</a></p>
</footer>"""


def site_page(title, content, lang="sr-Latn"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)} | Komesarijat za izbeglice i migracije</title>\n'
            f'<meta name="description" content="{esc(NOTE)}">\n</head>\n<body>\n{NAV}\n<main>\n{content}\n</main>\n{FOOTER}\n</body>\n</html>\n')


def statement_2022():
    pub = datetime.date(2023, 1, 30)
    title = "U Srbiji tokom 2022. godine evidentirano 124.127 migranata"
    text = [
        "Prema poslednjim statističkim podacima Komesarijata za izbeglice i migracije Republike Srbije, tokom 2022. "
        "godine u prihvatnim centrima i centrima za azil evidentirano je 124.127 migranata.",
        "Migranti se u centrima zadržavaju različito dugo, a prosečno vreme zadržavanja bilo je 16 dana. U 2021. godini "
        "prosečno vreme zadržavanja bilo je 30 dana, a u 2020. godini 36 dana.",
        "Svi migranti koji su prošli kroz centre Komesarijata registrovani su i dobili su smeštaj, hranu, odeću i "
        "zdravstvenu zaštitu, a deca koja borave u centrima upisana su u redovne škole. Evropska unija je najveći "
        "donator sredstava za upravljanje migracijama u Srbiji.",
        "Trenutno u centrima boravi 3.059 migranata, smeštenih u 17 prihvatnih centara i centara za azil: PC Preševo, "
        "PC Bujanovac, PC Adaševci, PC Šid, PC Principovac, PC Subotica, PC Sombor, PC Bosilegrad, PC Pirot, "
        "PC Divljana, PC Kikinda, CA Obrenovac, CA Vranje, CA Krnjača, CA Bogovađa, CA Tutin i CA Sjenica.",
        "Dva centra, CA Banja Koviljača i PC Dimitrovgrad, u stanju su mirovanja i po potrebi mogu biti aktivirana u "
        "kratkom roku.",
        "Pet najzastupljenijih država porekla migranata registrovanih tokom 2022. godine su Avganistan (36,13%), "
        "Sirija (29,19%), Pakistan (11,89%), Maroko (7,92%) i Indija (4,04%).",
        "Tokom 2022. godine pozitivno rešenje o zaštiti dobilo je 25 osoba: supsidijarnu zaštitu 15 lica, a status "
        "izbeglice 10 lica.",
    ]
    figures = [F(ARR, YEAR, "2022", 124127), F(ACC, STOCK, "2023-01-30", 3059)]
    return "u-srbiji-tokom-2022-godine-evidentirano-124127-migranata", pub, title, text, figures


def annual_report_2023():
    # The Commissariat's own page (kirs.gov.rs, 23.01.2024) gives 108,828; press reports of it wrote 108,808.
    pub = datetime.date(2024, 1, 23)
    title = "Godišnji izveštaj Komesarijata o migracijama za 2023. godinu"
    text = [
        "Prema godišnjem izveštaju Komesarijata za izbeglice i migracije o migracijama, tokom 2023. godine u prihvatnim "
        "centrima i centrima za azil u Srbiji evidentirano je 108.828 migranata, što je 12 odsto manje nego u 2022. godini.",
        "Najzastupljenije države porekla migranata evidentiranih tokom 2023. godine su Sirija (36,18%), Avganistan "
        "(31,46%), Maroko (18,78%), Pakistan (3,48%) i Turska (1,64%). Prema polno-uzrasnoj strukturi, najzastupljeniji "
        "su bili punoletni muškarci (90,36%), zatim maloletni muškarci (6,06%), punoletne žene (2,53%) i maloletne žene (1,05%).",
        "Prosečno vreme zadržavanja bilo je 12 dana, dok je tokom 2022. godine bilo 16, a tokom 2021. godine 30 dana.",
        "U ovom trenutku u centrima boravi 1.412 lica, smeštenih u 17 prihvatnih centara i centara za azil, a "
        "popunjenost kapaciteta je ispod 70 odsto.",
        "Komesarijat je u 2024. godinu ušao spreman, sa jednim od najbolje uređenih sistema prihvata i upravljanja "
        "migracijama, i ima pripremljene planove reagovanja u slučaju povećanog priliva migranata.",
    ]
    figures = [F(ARR, YEAR, "2023", 108828), F(ACC, STOCK, "2024-01-23", 1412)]
    return "godisnji-izvestaj-komesarijata-o-migracijama-za-2023-godinu/4609", pub, title, text, figures


def statement_2021():
    # The figures for 2021 as the Commissariat gave them (reported by the EU Info Centre, undated, early 2022);
    # the day of publication is a stand-in, so the count of persons present that day is left out.
    pub = datetime.date(2022, 1, 19)
    title = "Tokom 2021. godine u centrima evidentirano 68.308 migranata"
    text = [
        "Prema poslednjim statističkim podacima Komesarijata za izbeglice i migracije, tokom 2021. godine u prihvatnim "
        "centrima i centrima za azil evidentirano je ukupno 68.308 migranata. Prosečno vreme zadržavanja bilo je 30 dana.",
        "Migranti su smešteni u 13 prihvatnih centara i centara za azil: PC Sombor, PC Subotica, PC Kikinda, PC Šid, "
        "PC Principovac, PC Adaševci, CA Krnjača, CA Obrenovac, CA Sjenica, CA Tutin, CA Bogovađa, PC Preševo i "
        "PC Bosilegrad. Šest centara je u stanju mirovanja i po potrebi mogu biti aktivirani u kratkom roku.",
        "Najviše migranata dolazi iz Avganistana (35,01%), Sirije (22,53%), Bangladeša (8,97%), Pakistana (6,62%) i "
        "Indije (4,51%).",
    ]
    return "tokom-2021-godine-u-centrima-evidentirano-68308-migranata", pub, title, text, [F(ARR, YEAR, "2021", 68308)]


def statement_2023_06():
    # World Refugee Day, 20 June 2023 (the Commissariat's statement as the Beta agency reported it).
    pub = datetime.date(2023, 6, 20)
    title = "Svetski dan izbeglica: od početka godine u centrima registrovano 35.714 migranata"
    text = [
        "Povodom Svetskog dana izbeglica Komesarijat za izbeglice i migracije saopštava da je od početka 2023. godine "
        "u prihvatnim centrima i centrima za azil registrovano ukupno 35.714 izbeglica i migranata.",
        "Trenutno u centrima boravi 2.614 lica, smeštenih u 14 prihvatnih centara i centara za azil.",
        "Pet najzastupljenijih zemalja porekla migranata u centrima su Avganistan, Sirija, Maroko, Pakistan i Burundi.",
        "Svako od njih dobio je smeštaj, hranu, odeću i zdravstvenu zaštitu, a deca koja borave u centrima upisana su "
        "u redovne škole.",
    ]
    figures = [F(ARR, CUM, "2023-01-01/2023-06-20", 35714), F(ACC, STOCK, "2023-06-20", 2614)]
    return "svetski-dan-izbeglica-od-pocetka-godine-registrovano-35714-migranata", pub, title, text, figures


def statement_2025_12():
    # 18 December 2025 (the Commissariat's figures as the Beta agency reported them): the fall after 2023.
    pub = datetime.date(2025, 12, 18)
    title = "Kroz centre ove godine prošlo 9.567 migranata"
    text = [
        "Od početka 2025. godine u prihvatnim centrima i centrima za azil evidentirano je 9.567 migranata, dvostruko "
        "manje nego prošle godine.",
        "Tokom 2024. godine u centrima je evidentirano 18.899 migranata.",
        "Trenutno u centrima boravi 235 lica, smeštenih u šest prihvatnih centara i centara za azil.",
    ]
    figures = [F(ARR, CUM, "2025-01-01/2025-12-18", 9567), F(ARR, YEAR, "2024", 18899), F(ACC, STOCK, "2025-12-18", 235)]
    return "kroz-centre-ove-godine-proslo-9567-migranata", pub, title, text, figures


def news_page(slug, pub, title, text):
    content = (f'<nav class="breadcrumbs"><a href="/lat">Početna</a> › <a href="/lat/aktuelno">Aktuelno</a></nav>\n'
               f'<article>\n<h1>{esc(title)}</h1>\n<p class="date">{pub:%d.%m.%Y}.</p>\n'
               + "".join(f"<p>{esc(p)}</p>\n" for p in text)
               + '<p class="share">Podeli: <a href="https://www.facebook.com/kirs.gov.rs">Facebook</a> '
                 '<a href="https://twitter.com/KIRS_RS">X</a></p>\n</article>')
    return site_page(title, content)


SIDEBAR = """<aside>
<h3>Publikacije</h3>
<ul>
<li><a href="/media/uploads/Migracije/Publikacije/Migracioni_profil_Republike_Srbije_za_2022_godinu.pdf">Migracioni profil Republike Srbije za 2022. godinu</a> (PDF, 2,1 MB)</li>
<li><a href="/media/uploads/Migracije/Publikacije/Strategija_za_upravljanje_migracijama.pdf">Strategija za upravljanje migracijama</a> (PDF)</li>
<li><a href="/lat/azil/centri-za-azil-i-prihvatni-centri">Centri za azil i prihvatni centri</a></li>
</ul>
</aside>"""


def listing(entries, number, pages):
    items = "".join(
        f'<li class="doc"><span class="date">{pub:%d.%m.%Y}.</span> <a href="{href}">{esc(title)}</a>{kind}</li>\n'
        for href, pub, title, kind in entries)
    pager = " ".join(
        f'<span class="current">{p}</span>' if p == number else f'<a href="{LISTING[len(SITE):]}{"" if p == 1 else f"?page={p}"}">{p}</a>'
        for p in range(1, pages + 1))
    if number < pages:
        pager += f' <a href="{LISTING[len(SITE):]}?page={number + 1}">Sledeća »</a>'
    content = ('<nav class="breadcrumbs"><a href="/lat">Početna</a> › <a href="/lat/migracije/o-migracijama">Migracije</a></nav>\n'
               '<h1>Informacije o migrantima</h1>\n'
               '<p>Komesarijat periodično objavljuje podatke o migrantima smeštenim u centrima za azil i prihvatnim centrima.</p>\n'
               f'<ul class="documents">\n{items}</ul>\n<div class="pager">{pager}</div>\n{SIDEBAR}')
    return site_page("Informacije o migrantima", content)


# --keep-pdfs: reuse the monthly PDFs already built (LibreOffice takes minutes); the statements and listing are always written.
KEEP_PDFS = "--keep-pdfs" in sys.argv[1:]


def main():
    docs = []   # (url, published, listed title, kind, file name, bytes, content type, figures)
    for ym in months():
        url, pub, listed, html, figures = (informacija if ym < "2023-07" else pregled)(ym)
        name = url.rsplit("/", 1)[1]
        target = os.path.join(OUT, "files", "media", name)
        if KEEP_PDFS and os.path.exists(target):
            print("keeping", name)
        else:
            print("building", name)
            pdf_from_html(html, target)
        check_pages(target, figures)
        with open(target, "rb") as f:
            data = f.read()
        docs.append((url, pub, listed, f" (PDF, {round(len(data) / 1024)} KB)", "files/media/" + name, data, "application/pdf", figures))
    for slug, pub, title, text, figures in [statement_2021(), statement_2022(), statement_2023_06(), annual_report_2023(),
                                             statement_2025_12()]:
        data = news_page(slug, pub, title, text).encode("utf-8")
        name = f"files/aktuelno/{slug.replace('/', '-')}.html"
        write(os.path.join(OUT, name), data)
        docs.append((f"{SITE}/lat/aktuelno/{slug}", pub, title, "", name, data, "text/html; charset=utf-8", figures))
    docs.sort(key=lambda d: d[1], reverse=True)

    entries = []
    # Two listing pages, as the source reads them.
    per_page = (len(docs) + 1) // 2
    pages = [docs[:per_page], docs[per_page:]]
    for number, chunk in enumerate(pages, start=1):
        body = listing([(d[0][len(SITE):], d[1], d[2], d[3]) for d in chunk], number, len(pages)).encode("utf-8")
        name = f"files/informacije-o-migrantima-{number}.html"
        write(os.path.join(OUT, name), body)
        newest = chunk[0][1] if number == 1 else docs[0][1]
        entries.append({"url": LISTING + ("" if number == 1 else f"?page={number}"), "file": name,
                        "contentType": "text/html; charset=utf-8", "etag": etag(body), "lastModified": http_date(newest, 10)})
    for url, pub, _, _, name, data, ctype, _ in sorted(docs, key=lambda d: d[1]):
        entries.append({"url": url, "file": name, "contentType": ctype, "etag": etag(data), "lastModified": http_date(pub)})
    write_index(OUT, entries)
    write_expected(SOURCE_ID, "SRB", [(d[0], d[1], d[7]) for d in sorted(docs, key=lambda d: d[1])])
    print(f"{len(docs)} documents, {sum(len(d[7]) for d in docs)} figures")


if __name__ == "__main__":
    main()
