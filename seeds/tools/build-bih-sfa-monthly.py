#!/usr/bin/env python3
"""Builds seeds/snapshot/bih-sfa-monthly/ and seeds/snapshot/expected/bih-sfa-monthly.json.

The monthly information on migration of Bosnia and Herzegovina's Service for Foreigners' Affairs (Služba za
poslove sa strancima, sps.gov.ba, a WordPress site with plain permalinks), for the Ministry of Security: the
page listing them (a table, the date of publication beside each) and the documents it links: April 2018 to
September 2019, January, March, July and September to December 2020, February to June, September and October 2021,
and the twelve months of 2022.

- 2018 to 2021 (the months for which real publications state the Service's monthly figures): news posts as below,
  without the sentence on the four centres (no real count per centre was found for them) and without the figures
  of the month that no real publication states (the post leaves out what is not known: the comparison, the
  intentions or applications, the unaccompanied children, the persons in the centres, the estimate outside them or
  the total since January 2018).
- January to June 2022: a news post (HTML, ?p=<id>) in Bosnian, "Informacija o stanju u oblasti migracija u
  Bosni i Hercegovini za <mjesec> <godina>. godine"; migrants "prijavljeno" to the Service, intentions
  "iskazalo", the four temporary reception centres in one sentence, the total since January 2018.
- From July 2022: a PDF uploaded to wp-content/uploads/<yyyy>/<mm>/, "Informacija o stanju migracija –
  <mjesec> <godina>.", with a key-figure box, arrivals relabelled "nezakonitih ulazaka" that the Service
  "evidentirala", intentions counted as "potvrda o iskazanoj namjeri", the year to date instead of the total
  since 2018, and a table of centres (capacity, persons accommodated) that adds the asylum centre Delijaš.
  October 2022 is written in Croatian, December 2022 in Serbian (ijekavian, Cyrillic).

Every document is a reconstruction. The figures of the posts of April 2018 to September 2019 are the monthly
arrivals detected by the authorities as the inter-agency updates' chart gives them (July to September 2019 the
Ministry of Security's counts, through the press) and the totals since January 2018 of the inter-agency updates
(November 2018 the Ministry's). The figures of the 2020 posts are the Ministry of Security's monthly information
as the press reported it (July, September to November), with UNHCR's fact sheets and the inter-agency situation
reports for the rest; those of the 2021 posts are the SFA's as UNHCR's Operational Updates and the inter-agency
monthly situation reports state them (arrivals, unaccompanied children, intentions, applications,
persons in the centres, the estimate outside them, the total since January 2018). The 2022 arrivals, intentions and applications, the persons in the
centres, the estimates outside them and the totals since January 2018 are the figures of the BiH Service for
Foreigners' Affairs that UNHCR's Operational Updates report (the same as seeds/snapshot/expected/
unhcr-bih-operational-update.json, real or derived from real ones as seeds/README.md lists; February,
November and December 2022 are stand-ins there and here). The unaccompanied children, the per-centre
figures, the capacities, January 2023, the nationalities, the expulsions, the dates and the post ids are
plausible stand-ins. See seeds/README.md.

Usage: seeds/tools/build-bih-sfa-monthly.py [--keep-pdfs]   (needs LibreOffice Writer, fonts-liberation2; pdftotext to check pages)
"""
import os
import sys

from national_snapshot import (ACC, APP, ARR, CAP, CUM, INT, MONTH, OUT as OUTSIDE, SNAPSHOT, STOCK, UASC_ARR, YEAR, F,
                               check_pages, cyrillic, esc, etag, http_date, local, pdf_from_html, working_day, write,
                               write_expected, write_index)

SOURCE_ID = "bih-sfa-monthly"
OUT = os.path.join(SNAPSHOT, SOURCE_ID)
SITE = "https://sps.gov.ba"
LISTING = SITE + "/?page_id=1938"
NOTE = "Reconstruction imitating a publication of the BiH Service for Foreigners' Affairs, not the publication itself; see seeds/README.md."

BS_NOM = ["januar", "februar", "mart", "april", "maj", "juni", "juli", "august", "septembar", "oktobar", "novembar", "decembar"]
BS_GEN = ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta", "septembra", "oktobra", "novembra", "decembra"]
BS_LOC = ["januaru", "februaru", "martu", "aprilu", "maju", "junu", "julu", "augustu", "septembru", "oktobru", "novembru", "decembru"]
HR_NOM = ["siječanj", "veljača", "ožujak", "travanj", "svibanj", "lipanj", "srpanj", "kolovoz", "rujan", "listopad", "studeni", "prosinac"]
HR_GEN = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"]
HR_LOC = ["siječnju", "veljači", "ožujku", "travnju", "svibnju", "lipnju", "srpnju", "kolovozu", "rujnu", "listopadu", "studenom", "prosincu"]
SR_NOM = ["januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar", "decembar"]
SR_GEN = ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra", "novembra", "decembra"]
SR_LOC = ["januaru", "februaru", "martu", "aprilu", "maju", "junu", "julu", "avgustu", "septembru", "oktobru", "novembru", "decembru"]

# Per month: arrivals, UASC among them, intentions, applications (persons), cases when stated, persons in the
# centres at the end of the month, the estimate outside them (a number or a range).
# February to June, September and October 2021 are the SFA's figures as UNHCR's Operational Updates and the
# inter-agency monthly situation reports state them (None where no real figure of the month was found: the post
# does not give it); January and August 2021 are there for the comparison with the month before only (January
# derived from the real totals to February, 1,443, and February, 773).
# April 2018 to September 2019: the monthly arrivals detected by the authorities as the inter-agency updates' chart
# "Number of detected arrivals per month" gives them (March 2018 for the comparison only), July to September 2019
# the Ministry of Security's counts as the press reported them.
# 2020: the Ministry of Security's monthly information as the press reported it (July, September to November:
# arrivals, intentions, applications; October's persons in the centres), with UNHCR's and the inter-agency
# figures of the same months where the Ministry's are not at hand (February, June and August are there for the
# comparison with the month before only).
DATA = {
    "2018-03": (598, None, None, None, None, None, None),
    "2018-04": (1801, None, None, None, None, None, None),
    "2018-05": (2242, None, None, None, None, None, None),
    "2018-06": (2295, None, None, None, None, None, None),
    "2018-07": (2489, None, None, None, None, None, None),
    "2018-08": (2293, None, None, None, None, None, None),
    "2018-09": (3710, None, None, None, None, None, None),
    "2018-10": (5057, None, None, None, None, None, None),
    "2018-11": (1931, None, None, None, None, None, None),
    "2018-12": (935, None, None, None, None, None, None),
    "2019-01": (732, None, None, None, None, None, None),
    "2019-02": (1117, None, None, None, None, None, None),
    "2019-03": (1721, None, None, None, None, None, None),
    "2019-04": (2631, None, None, None, None, None, None),
    "2019-05": (2603, None, None, None, None, None, None),
    "2019-06": (2096, None, None, None, None, None, None),
    "2019-07": (4166, None, None, None, None, None, None),
    "2019-08": (3206, None, None, None, None, None, None),
    "2019-09": (3812, None, None, None, None, None, None),
    "2020-01": (882, None, None, None, None, 4998, 2200),
    "2020-02": (2001, None, None, None, None, None, None),
    "2020-03": (1540, None, None, None, None, 6557, (2000, 3000)),
    "2020-07": (2361, None, 2307, 10, None, None, None),
    "2020-08": (2290, None, None, None, None, None, None),
    "2020-09": (2041, None, 1837, None, None, 5850, (3550, 4900)),
    "2020-10": (1263, 37, 1207, 11, None, 6377, (2200, 4300)),
    "2020-11": (924, None, 845, 12, None, None, None),
    "2020-12": (670, 10, 470, 11, None, 6051, (1900, 2700)),
    "2021-01": (670, None, None, None, None, None, None),
    "2021-02": (773, 13, 689, 14, None, 5243, (2500, 2700)),
    "2021-03": (1269, 24, 1172, 10, None, 4734, (1500, 2500)),
    "2021-04": (1271, 20, None, None, None, 4329, (1800, 2500)),
    "2021-05": (1937, 34, 1835, 4, None, 3651, (1600, 2700)),
    "2021-06": (1855, 15, 1803, 13, None, 3507, (1500, 2400)),
    "2021-08": (1731, None, None, None, None, None, None),
    "2021-09": (1552, None, 1424, 5, None, 2727, (1000, 1100)),
    "2021-10": (1217, 0, 1133, 34, None, 2978, (800, 1100)),
    "2021-12": (335, None, None, None, None, None, None),
    "2022-01": (516, 9, 383, 7, None, 2181, 400),
    "2022-02": (715, 11, 601, 12, None, 2034, (300, 400)),
    "2022-03": (1010, 14, 866, 22, None, 1896, 350),
    "2022-04": (1664, 23, 1501, 14, None, 1797, 350),
    "2022-05": (2010, 31, 1894, 20, 12, 1735, 350),
    "2022-06": (2273, 38, 2159, 17, 13, 2056, 450),
    "2022-07": (2090, 27, 1984, 5, 3, 1738, 450),
    "2022-08": (3076, 46, 2878, 18, 10, 2272, 450),
    "2022-09": (3953, 71, 3826, 7, None, 3176, (300, 800)),
    "2022-10": (5010, 112, 4854, 3, None, 2942, (300, 900)),
    "2022-11": (3412, 84, 3289, 9, None, 2611, (300, 700)),
    "2022-12": (1689, 29, 1604, 11, None, 1947, (200, 400)),
    "2023-01": (1312, 21, 1228, 8, None, 1694, (200, 400)),
}
SINCE_2018 = {"2018-06": 7652, "2018-07": 10145, "2018-08": 12434, "2018-09": 16144, "2018-10": 21201, "2018-11": 23058,
              "2019-02": 25916, "2019-04": 30268, "2019-05": 32871,
              "2020-01": 52153, "2020-10": 67820, "2020-12": 69413,
              "2021-02": 70856, "2021-03": 72125, "2021-04": 73396, "2021-05": 75333, "2021-06": 77188,
              "2021-09": 82707, "2021-10": 83924,
              "2022-01": 85669, "2022-02": 86384, "2022-03": 87394, "2022-04": 89058, "2022-05": 91068, "2022-06": 93341}
# The four temporary reception centres in the posts of 2022 (they leave out the asylum and immigration centres);
# the posts of 2021 do not name the centres, as no real count per centre at a month's end was found for them.
# No publication found states these counts, so only the first and the last post of the form name the centres.
TRC = {"2022-01": (905, 331, 560, 342), "2022-06": (941, 356, 452, 248)}
# The PDFs' table: every centre the Ministry runs for migrants, adding up to the month's total.
CENTRES = [("TPC Lipa", "Lipa", 1500), ("TPC Borići", "Borići", 520), ("TPC Ušivak", "Ušivak", 800),
           ("TPC Blažuj", "Blažuj", 1500), ("Azilantski centar Delijaš", "Delijaš", 150)]
# No publication found states a centre's capacity or occupancy in these months: the table lists Lipa, Borići (the
# letters the reading must fold) and Delijaš (the asylum centre this form adds), and its total row, the real count
# of all persons in the centres, includes Ušivak and Blažuj, which are not listed.
LISTED = ("Lipa", "Borići", "Delijaš")
TABLE = {
    "2022-07": (742, 318, 380, 248, 50), "2022-08": (1018, 402, 512, 296, 44), "2022-09": (1402, 488, 802, 431, 53),
    "2022-10": (1204, 493, 781, 421, 43), "2022-11": (1078, 452, 652, 386, 43), "2022-12": (812, 301, 497, 288, 49),
    "2023-01": (705, 262, 431, 251, 45),
}
ORIGINS = {
    "2020-01": "Pakistana (33,4%), Afganistana (20,1%) i Bangladeša (9,7%)",
    "2020-03": "Pakistana (31,2%), Afganistana (22,6%) i Bangladeša (10,4%)",
    "2020-07": "Bangladeša (24,8%), Pakistana (23,5%) i Afganistana (22,9%)",
    "2020-09": "Afganistana (27,3%), Pakistana (24,1%) i Bangladeša (17,2%)",
    "2020-10": "Afganistana (29,0%), Pakistana (23,6%) i Bangladeša (15,8%)",
    "2020-11": "Afganistana (30,4%), Pakistana (24,9%) i Bangladeša (13,5%)",
    "2020-12": "Afganistana (31,1%), Pakistana (25,3%) i Bangladeša (12,9%)",
    "2021-02": "Afganistana (31,8%), Pakistana (24,6%) i Bangladeša (13,2%)",
    "2021-03": "Afganistana (30,5%), Pakistana (25,1%) i Bangladeša (12,7%)",
    "2021-04": "Afganistana (29,9%), Pakistana (23,8%) i Bangladeša (12,0%)",
    "2021-05": "Afganistana (30,7%), Pakistana (22,4%) i Bangladeša (11,6%)",
    "2021-06": "Afganistana (31,2%), Pakistana (21,5%) i Bangladeša (11,1%)",
    "2021-09": "Afganistana (29,6%), Pakistana (20,3%) i Bangladeša (10,4%)",
    "2021-10": "Afganistana (28,9%), Pakistana (19,1%) i Bangladeša (9,8%)",
    "2022-01": "Afganistana (28,4%), Pakistana (17,9%) i Bangladeša (9,1%)",
    "2022-02": "Afganistana (27,2%), Pakistana (16,5%) i Bangladeša (10,3%)",
    "2022-03": "Afganistana (30,1%), Pakistana (15,2%) i Indije (8,7%)",
    "2022-04": "Afganistana (31,6%), Pakistana (13,8%) i Indije (9,4%)",
    "2022-05": "Afganistana (33,0%), Pakistana (12,9%) i Burundija (10,2%)",
    "2022-06": "Afganistana (34,7%), Burundija (14,1%) i Pakistana (11,5%)",
    "2022-07": "Afganistana (36,2%), Burundija (18,8%) i Pakistana (9,9%)",
    "2022-08": "Afganistana (40,3%), Burundija (24,6%) i Kube (5,1%)",
    "2022-09": "Afganistana (42,8%), Burundija (29,7%) i Kube (4,6%)",
    "2022-10": "Afganistana (45,1%), Burundija (31,9%) i Kube (4,2%)",
    "2022-11": "Afganistana (47,4%), Burundija (22,3%) i Maroka (6,0%)",
    "2022-12": "Avganistana (49,6%), Maroka (9,8%) i Pakistana (7,1%)",
    "2023-01": "Afganistana (51,2%), Maroka (12,4%) i Pakistana (6,9%)",
}
EXPULSIONS = {"2020-01": 24, "2020-03": 19, "2020-07": 33, "2020-09": 28, "2020-10": 30, "2020-11": 27, "2020-12": 26,
              "2021-02": 31, "2021-03": 36, "2021-04": 29, "2021-05": 40, "2021-06": 37, "2021-09": 33, "2021-10": 35,
              "2022-01": 42, "2022-02": 38, "2022-03": 51, "2022-04": 47, "2022-05": 55, "2022-06": 61, "2022-07": 58,
              "2022-08": 64, "2022-09": 73, "2022-10": 81, "2022-11": 69, "2022-12": 52, "2023-01": 47}
# The months whose information states the month before's number, and where the applicants are written out.
STATES_PREVIOUS = {"2018-04", "2018-06", "2018-07", "2018-09", "2018-10", "2018-12", "2019-01", "2019-03", "2019-04",
                   "2019-06", "2019-07", "2019-08", "2019-09", "2020-03", "2020-09", "2020-11", "2020-12", "2021-03", "2021-04", "2021-05", "2021-06", "2021-09", "2021-10", "2022-01", "2022-03", "2022-04", "2022-06", "2022-07", "2022-09", "2022-10", "2022-12", "2023-01"}
IN_WORDS = {"2022-01": "sedam", "2022-10": "tri"}
POST_IDS = {"2020-01": 2512, "2020-03": 2596, "2020-07": 2790, "2020-09": 2871, "2020-10": 2934, "2020-11": 2988,
            "2020-12": 3041, "2021-02": 3318, "2021-03": 3356, "2021-04": 3391, "2021-05": 3437, "2021-06": 3480, "2021-09": 3612,
            "2021-10": 3655, "2022-01": 4127, "2022-02": 4163, "2022-03": 4209, "2022-04": 4251, "2022-05": 4302, "2022-06": 4348}
LANGUAGE = {"2022-10": "hr", "2022-12": "sr"}


# The posts of 2018 and 2019: their origins, expulsions and post ids (none of them figures) are stand-ins.
for _n, _ym in enumerate([f"2018-{m:02d}" for m in range(4, 13)] + [f"2019-{m:02d}" for m in range(1, 10)]):
    ORIGINS.setdefault(_ym, "Pakistana ({0},{1}%), Sirije ({2},{3}%) i Afganistana ({4},{5}%)".format(
        28 + _n % 5, _n % 10, 16 - _n % 4, (_n * 3) % 10, 11 + _n % 3, (_n * 7) % 10))
    EXPULSIONS.setdefault(_ym, 12 + (_n * 5) % 17)
    POST_IDS.setdefault(_ym, 1405 + _n * 53)


def months():
    # January 2023 (every figure a stand-in) is described in DATA but not recorded: the twelve months of 2022 span
    # the family's changes of form. The posts of 2021 are the months for which real publications state the
    # Service's monthly figures (2018 to 2021).
    return [ym for ym in RECORDED_POSTS] + [f"2022-{m:02d}" for m in range(1, 13)]


RECORDED_POSTS = [f"2018-{m:02d}" for m in range(4, 13)] + [f"2019-{m:02d}" for m in range(1, 10)] + ["2020-01", "2020-03", "2020-07", "2020-09", "2020-10", "2020-11", "2020-12",
                  "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-09", "2021-10"]


def previous(ym):
    y, m = int(ym[:4]), int(ym[5:])
    return f"{y - 1}-12" if m == 1 else f"{y}-{m - 1:02d}"


def published(ym):
    """The information on a month comes out on the 8th to 10th of the next (stand-ins)."""
    y, m = int(ym[:4]), int(ym[5:])
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return working_day(y, m, 8 + m % 3)


def ytd(ym):
    return sum(DATA[k][0] for k in DATA if k[:4] == ym[:4] and k <= ym)


def change(now, before):
    return round(abs(now - before) * 100 / before), now > before


# ---------------------------------------------------------------- January to June 2022: news posts

def post(ym):
    i = int(ym[5:]) - 1
    year = ym[:4]
    arrivals, uasc, intentions, applications, cases, accommodated, outside = DATA[ym]
    prev = DATA[previous(ym)][0] if previous(ym) in DATA else None
    figures = [F(ARR, MONTH, ym, arrivals)]
    if prev is None:
        compared = ""
    elif ym in STATES_PREVIOUS:
        pct, more = change(arrivals, prev)
        prev_name = BS_NOM[int(previous(ym)[5:]) - 1] + (f" {previous(ym)[:4]}. godine" if previous(ym)[:4] != year else "")
        compared = f", što je za {pct}% {'više' if more else 'manje'} u odnosu na {prev_name} ({local(prev)})"
        figures.append(F(ARR, MONTH, previous(ym), prev))
    else:
        pct, more = change(arrivals, prev)
        compared = f", {pct}% {'više' if more else 'manje'} nego u prethodnom mjesecu"
    text = [f"Službi za poslove sa strancima u {BS_LOC[i]} {year}. godine prijavljeno je {local(arrivals)} nezakonitih "
            f"migranata{compared}."]
    shown = IN_WORDS.get(ym)
    applied = f"njih {shown}" if shown else f"{applications} lica"
    if cases:
        applied += f" ({cases} predmeta)"
    if intentions is not None and applications is not None:
        text.append(f"Namjeru za podnošenje zahtjeva za azil u istom periodu iskazalo je {local(intentions)} lica, dok je "
                    f"zahtjev za azil podnijelo {applied}.")
        figures += [F(INT, MONTH, ym, intentions), F(APP, MONTH, ym, applications, shown=shown)]
    elif intentions is not None:
        text.append(f"Namjeru za podnošenje zahtjeva za azil u istom periodu iskazalo je {local(intentions)} lica.")
        figures.append(F(INT, MONTH, ym, intentions))
    if uasc is not None:
        text.append(f"Među prijavljenim migrantima bilo je {uasc} maloljetnika bez pratnje.")
        figures.append(F(UASC_ARR, MONTH, ym, uasc))
    if accommodated is None:
        stay = None
    else:
        stay = (f"Na kraju {BS_GEN[i]} u privremenim prihvatnim centrima i azilantskom centru boravilo je "
                f"{local(accommodated)} migranata.")
        figures.append(F(ACC, STOCK, ym, accommodated))
    if ym in TRC:
        lipa, borici, usivak, blazuj = TRC[ym]
        stay += (f" U TPC Lipa boravilo je {local(lipa)} osoba, u TPC Borići {borici}, "
                 f"u TPC Ušivak {usivak}, a u TPC Blažuj {blazuj}.")
        figures += [F(ACC, STOCK, ym, lipa, site="Lipa"), F(ACC, STOCK, ym, borici, site="Borići"),
                    F(ACC, STOCK, ym, usivak, site="Ušivak"), F(ACC, STOCK, ym, blazuj, site="Blažuj")]
    if stay:
        text.append(stay)
    if outside is None:
        pass
    elif isinstance(outside, tuple):
        text.append(f"Procjenjuje se da izvan prihvatnih centara boravi između {local(outside[0])} i {local(outside[1])} migranata.")
        figures.append(F(OUTSIDE, STOCK, ym, outside))
    else:
        text.append(f"Procjenjuje se da izvan prihvatnih centara boravi oko {local(outside)} migranata.")
        figures.append(F(OUTSIDE, STOCK, ym, outside, approx=True))
    if ym in SINCE_2018:
        text.append(f"Od januara 2018. godine Službi je ukupno prijavljeno {local(SINCE_2018[ym])} nezakonitih migranata.")
        figures.append(F(ARR, CUM, f"2018-01/{ym}", SINCE_2018[ym]))
    text.append(f"Najviše prijavljenih migranata dolazi iz {ORIGINS[ym]}.")
    text.append(f"Služba je u {BS_LOC[i]} izrekla mjeru protjerivanja za {EXPULSIONS[ym]} stranih državljana.")
    title = f"Informacija o stanju u oblasti migracija u Bosni i Hercegovini za {BS_NOM[i]} {year}. godine"
    pub = published(ym)
    summer = "+02:00" if 4 <= pub.month <= 10 else "+01:00"
    pid = POST_IDS[ym]
    content = (f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard category-statistika">\n'
               f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>\n'
               f'<div class="entry-meta">Objavljeno: <time class="entry-date" datetime="{pub.isoformat()}T10:00:00{summer}">'
               f'{pub:%d.%m.%Y}.</time> | Kategorija: <a href="/?cat=7" rel="category">Statistika</a></div></header>\n'
               '<div class="entry-content">\n' + "".join(f"<p>{esc(p)}</p>\n" for p in text) + '</div>\n'
               '<footer class="entry-footer">Podijeli: <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> '
               '<a href="https://twitter.com/intent/tweet">Twitter</a></footer>\n</article>')
    url = f"{SITE}/?p={pid}"
    return url, pub, title, site_page(title, content), "text/html; charset=UTF-8", figures


# ---------------------------------------------------------------- from July 2022: PDFs

STYLE = """@page { size: 21cm 29.7cm; margin-top: 1.5cm; margin-bottom: 1.3cm; margin-left: 2cm; margin-right: 2cm }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt }
p { margin-top: 0; margin-bottom: 0.18cm; line-height: 118% }
h1 { font-size: 14pt; color: #1F3B73; margin-bottom: 0.1cm }
h2 { font-size: 11pt; color: #1F3B73; margin-top: 0.3cm; margin-bottom: 0.12cm }
td { font-size: 9.5pt }"""

BOSNIAN = dict(NOM=BS_NOM, GEN=BS_GEN, LOC=BS_LOC, head="BOSNA I HERCEGOVINA | MINISTARSTVO SIGURNOSTI | SLUŽBA ZA POSLOVE SA STRANCIMA",
               info="INFORMACIJA O STANJU MIGRACIJA", s1="1. Nezakonite migracije", s2="2. Međunarodna zaštita (azil)",
               s3="3. Smještaj", persons="lica", registered="evidentiranim licima",
               issued="izdato je {n} potvrda o iskazanoj namjeri za podnošenje zahtjeva za azil",
               lodged="a zahtjev za azil podnijelo je {n} lica", outside="izvan centara procjenjuje se",
               between="između", about="oko", origins="Najviše evidentiranih migranata dolazi iz {o}.",
               expelled="Služba je u {loc} izrekla mjeru protjerivanja za {n} stranih državljana.",
               table="Smještaj po centrima – stanje krajem {gen} {y}.", centre="Centar", capacity="Kapacitet",
               lodged_label="smješteno", total="Ukupno", rest="Ukupno uključuje i TPC Ušivak i TPC Blažuj.", footer="Služba za poslove sa strancima | Pijačna bb, 71000 Sarajevo | stranica",
               kf=("nezakonitih ulazaka evidentirano u {loc}", "izdatih potvrda o iskazanoj namjeri za azil",
                   "podnesenih zahtjeva za azil (lica)", "smješteno u prihvatnim centrima krajem {gen}"),
               place="Služba za poslove sa strancima")
# Croatian and Serbian (ijekavian) write the same document, with their own words where they differ.
WORDS = {
    "bs": BOSNIAN,
    "hr": {**BOSNIAN, "NOM": HR_NOM, "GEN": HR_GEN, "LOC": HR_LOC, "persons": "osoba", "registered": "evidentiranim osobama",
           "issued": "izdane su {n} potvrde o iskazanoj namjeri za podnošenje zahtjeva za azil",
           "lodged": "a zahtjev za azil podnijele su {n} osobe",
           "kf": ("nezakonitih ulazaka evidentirano u {loc}", "izdanih potvrda o iskazanoj namjeri za azil",
                  "podnesenih zahtjeva za azil (osobe)", "smješteno u prihvatnim centrima krajem {gen}")},
    "sr": {**BOSNIAN, "NOM": SR_NOM, "GEN": SR_GEN, "LOC": SR_LOC, "outside": "van centara procjenjuje se",
           "head": "BOSNA I HERCEGOVINA | MINISTARSTVO BEZBJEDNOSTI | SLUŽBA ZA POSLOVE SA STRANCIMA"},
}


def information(ym):
    lang = LANGUAGE.get(ym, "bs")
    w = WORDS[lang]
    script = cyrillic if lang == "sr" else (lambda t: t)
    i = int(ym[5:]) - 1
    year = ym[:4]
    arrivals, uasc, intentions, applications, cases, accommodated, outside = DATA[ym]
    prev = DATA[previous(ym)][0]
    loc, gen = w["LOC"][i], w["GEN"][i]
    figures = [F(ARR, MONTH, ym, arrivals), F(INT, MONTH, ym, intentions), F(APP, MONTH, ym, applications),
               F(ACC, STOCK, ym, accommodated)]
    kf = [(local(arrivals), w["kf"][0].format(loc=loc)), (local(intentions), w["kf"][1]),
          (str(applications), w["kf"][2]), (local(accommodated), w["kf"][3].format(gen=gen))]

    pct, more = change(arrivals, prev)
    way = "više" if more else "manje"
    if ym in STATES_PREVIOUS:
        prev_name = w["LOC"][int(previous(ym)[5:]) - 1] + (f" {previous(ym)[:4]}. godine" if previous(ym)[:4] != year else "")
        compared = f", što je {pct}% {way} nego u {prev_name} ({local(prev)})"
        figures.append(F(ARR, MONTH, previous(ym), prev))
    else:
        compared = f", {pct}% {way} nego u prethodnom mjesecu"
    s1 = [f"U {loc} {year}. godine {w['place']} evidentirala je {local(arrivals)} nezakonitih ulazaka u BiH{compared}."]
    if ym[5:] == "12":
        s1.append(f"Tokom {year}. godine evidentirano je ukupno {local(ytd(ym))} nezakonitih ulazaka u BiH.")
        figures.append(F(ARR, YEAR, year, ytd(ym)))
    elif ym[5:] != "01":
        s1.append(f"Od početka {year}. godine evidentirano je ukupno {local(ytd(ym))} nezakonitih ulazaka.")
        figures.append(F(ARR, CUM, f"{year}-01/{ym}", ytd(ym)))
    s1.append(f"Među {w['registered']} bilo je {uasc} maloljetnika bez pratnje.")
    figures.append(F(UASC_ARR, MONTH, ym, uasc))

    lodged = w["lodged"].format(n=IN_WORDS.get(ym, applications))
    if cases:
        lodged += f" ({cases} predmeta)"
    s2 = [f"U {loc} {year}. godine {w['issued'].format(n=local(intentions))}, {lodged}."]
    if isinstance(outside, tuple):
        beside = f"{w['between']} {local(outside[0])} i {local(outside[1])} {w['persons']}"
        figures.append(F(OUTSIDE, STOCK, ym, outside))
    else:
        beside = f"{w['about']} {local(outside)} {w['persons']}"
        figures.append(F(OUTSIDE, STOCK, ym, outside, approx=True))
    s3 = [f"Krajem {gen} u prihvatnim centrima bilo je smješteno {local(accommodated)} migranata, a {w['outside']} {beside}."]

    rows = ""
    for (label, site, cap), persons in zip(CENTRES, TABLE[ym]):
        if site not in LISTED:
            continue
        rows += (f'<tr><td><p>{esc(script(label))}</p></td><td><p align="center">{local(cap)}</p></td>'
                 f'<td><p align="center">{local(persons)}</p></td></tr>\n')
        figures += [F(CAP, STOCK, ym, cap, site=site, page=2), F(ACC, STOCK, ym, persons, site=site, page=2)]
    assert sum(TABLE[ym]) == accommodated, ym
    capacity = sum(c for _, _, c in CENTRES)
    rows += (f'<tr><td><p><b>{script(w["total"])}</b></p></td><td><p align="center"><b>{local(capacity)}</b></p></td>'
             f'<td><p align="center"><b>{local(accommodated)}</b></p></td></tr>\n')
    figures.append(F(CAP, STOCK, ym, capacity, page=2))

    title = f"{w['info']} – {w['NOM'][i].upper()} {year}."
    pub = published(ym)
    body = (f'<h1>{esc(script(title))}</h1>\n'
            f'<p>{esc(script(f"Sarajevo, {pub:%d.%m.%Y}."))}</p>\n'
            '<table width="100%" cellpadding="5" cellspacing="3"><tr>\n'
            + "".join(f'<td width="25%" bgcolor="#E6ECF5"><p style="font-size:17pt; color:#1F3B73"><b>{n}</b></p></td>\n' for n, _ in kf)
            + '</tr><tr>\n'
            + "".join(f'<td width="25%"><p style="font-size:8pt">{esc(script(label))}</p></td>\n' for _, label in kf)
            + '</tr></table>\n')
    for heading, paragraphs in [(w["s1"], s1), (w["s2"], s2), (w["s3"], s3)]:
        body += f"<h2>{esc(script(heading))}</h2>\n" + "".join(f'<p align="justify">{esc(script(p))}</p>\n' for p in paragraphs)
    body += (f'<h2 style="page-break-before: always">{esc(script(w["table"].format(gen=gen, y=year)))}</h2>\n'
             '<table width="70%" cellpadding="3" cellspacing="0" border="1">\n'
             f'<tr><td><p><b>{esc(script(w["centre"]))}</b></p></td><td><p align="center"><b>{esc(script(w["capacity"]))}</b></p></td>'
             f'<td><p align="center"><b>{esc(script(w["lodged_label"].capitalize()))}</b></p></td></tr>\n' + rows + '</table>\n'
             f'<p style="font-size:8pt">{esc(script(w["rest"]))}</p>\n'
             f'<p align="justify">{esc(script(w["origins"].format(o=ORIGINS[ym])))}</p>\n'
             f'<p align="justify">{esc(script(w["expelled"].format(loc=loc, n=EXPULSIONS[ym])))}</p>\n')
    html = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{esc(script(title))}</title>\n'
            f'<meta name="description" content="{esc(NOTE)}">\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n'
            f'<div title="header"><p style="font-size:7.5pt; color:#555555">{esc(script(w["head"]))}</p></div>\n' + body +
            f'<div title="footer"><p style="font-size:7.5pt; color:#555555" align="right">{esc(script(w["footer"]))} '
            '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>\n</body>\n</html>\n')
    listed = script(f"Informacija o stanju migracija – {w['NOM'][i]} {year}.")
    name = f"Informacija-o-stanju-migracija-{fold(w['NOM'][i])}-{year}{'-SR' if lang == 'sr' else ''}.pdf"
    url = f"{SITE}/wp-content/uploads/{pub.year}/{pub.month:02d}/{name}"
    return url, pub, listed, html, figures


def fold(word):
    return word.translate(str.maketrans("čćšžđ", "ccszd"))


# ---------------------------------------------------------------- the site

NAV = """<header id="masthead" class="site-header">
<div class="site-branding"><a href="https://sps.gov.ba/" rel="home"><img src="https://sps.gov.ba/wp-content/uploads/2019/05/logo-sps.png" alt="Služba za poslove sa strancima"></a>
<p class="site-title">Služba za poslove sa strancima</p><p class="site-description">Bosna i Hercegovina · Ministarstvo sigurnosti</p></div>
<div class="lang"><a href="https://sps.gov.ba/?lang=bs">BS</a> <a href="https://sps.gov.ba/?lang=hr">HR</a> <a href="https://sps.gov.ba/?lang=sr">SR</a> <a href="https://sps.gov.ba/?lang=en">EN</a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="https://sps.gov.ba/">Početna</a></li><li><a href="https://sps.gov.ba/?page_id=17">O Službi</a></li>
<li><a href="https://sps.gov.ba/?page_id=2305">Pravilnici</a></li><li><a href="https://sps.gov.ba/?page_id=1938">Statistika</a></li>
<li><a href="https://sps.gov.ba/?page_id=61">Terenski centri</a></li><li><a href="https://sps.gov.ba/?page_id=73">Kontakt</a></li>
</ul></nav>
</header>"""

FOOTER = """<footer id="colophon" class="site-footer">
<div class="widget"><h3>Korisni linkovi</h3><ul>
<li><a href="http://www.msb.gov.ba/">Ministarstvo sigurnosti BiH</a></li><li><a href="http://www.granpol.gov.ba/">Granična policija BiH</a></li>
<li><a href="https://sps.gov.ba/wp-content/uploads/2021/03/Pravilnik-o-ulasku-i-boravku-stranaca.pdf">Pravilnik o ulasku i boravku stranaca</a></li>
</ul></div>
<p>Služba za poslove sa strancima, Pijačna bb, 71000 Sarajevo · Tel: +387 33 771 300 · Fax: +387 33 771 301 · info@sps.gov.ba</p>
<p>© 2023 Služba za poslove sa strancima. Sva prava zadržana.</p>
</footer>"""


def site_page(title, content):
    return (f'<!DOCTYPE html>\n<html lang="bs-BA">\n<head>\n<meta charset="UTF-8">\n<title>{esc(title)} – Služba za poslove sa strancima</title>\n'
            f'<meta name="description" content="{esc(NOTE)}">\n<link rel="shortlink" href="{SITE}/">\n</head>\n'
            f'<body class="wp-singular">\n<div id="page" class="site">\n{NAV}\n<div id="content" class="site-content">\n'
            f'<main id="main" class="site-main">\n{content}\n</main>\n</div>\n{FOOTER}\n</div>\n</body>\n</html>\n')


def listing(entries):
    rows = "".join(
        f'<tr><td>{pub:%d.%m.%Y}.</td><td><a href="{href}">{esc(title)}</a>{kind}</td></tr>\n'
        for href, pub, title, kind in entries)
    content = ('<article id="post-1938" class="post-1938 page type-page status-publish">\n'
               '<header class="entry-header"><h1 class="entry-title">Informacije o stanju migracija</h1></header>\n'
               '<div class="entry-content">\n'
               '<p>Služba za poslove sa strancima mjesečno objavljuje informacije o stanju u oblasti migracija u Bosni i '
               'Hercegovini: broj nezakonitih migranata, iskazanih namjera i podnesenih zahtjeva za azil, te smještaj u '
               'privremenim prihvatnim centrima.</p>\n'
               '<table class="wp-block-table">\n<thead><tr><th>Datum objave</th><th>Dokument</th></tr></thead>\n<tbody>\n'
               + rows + '</tbody>\n</table>\n'
               '<p>Starije informacije dostupne su na zahtjev: info@sps.gov.ba</p>\n</div>\n</article>')
    return site_page("Informacije o stanju migracija", content)


# --keep-pdfs: reuse the PDFs already built (LibreOffice takes minutes); the posts, listing and index are always written.
KEEP_PDFS = "--keep-pdfs" in sys.argv[1:]


def main():
    docs = []   # (url, published, listed title, kind, file, bytes, content type, figures)
    for ym in months():
        if ym in POST_IDS:
            url, pub, title, page, ctype, figures = post(ym)
            data = page.encode("utf-8")
            name = f"files/posts/p-{POST_IDS[ym]}.html"
            write(os.path.join(OUT, name), data)
            docs.append((url, pub, title, "", name, data, ctype, figures))
            continue
        url, pub, listed, html, figures = information(ym)
        file_name = url.rsplit("/", 1)[1]
        name = f"files/uploads/{file_name}"
        target = os.path.join(OUT, name)
        if KEEP_PDFS and os.path.exists(target):
            print("keeping", file_name)
        else:
            print("building", file_name)
            pdf_from_html(html, target)
        check_pages(target, figures)
        with open(target, "rb") as f:
            data = f.read()
        docs.append((url, pub, listed, f" (PDF, {round(len(data) / 1024)} KB)", name, data, "application/pdf", figures))

    newest_first = sorted(docs, key=lambda d: d[1], reverse=True)
    body = listing([(d[0], d[1], d[2], d[3]) for d in newest_first]).encode("utf-8")
    write(os.path.join(OUT, "files/statistika.html"), body)
    entries = [{"url": LISTING, "file": "files/statistika.html", "contentType": "text/html; charset=UTF-8",
                "etag": etag(body), "lastModified": http_date(newest_first[0][1], 11)}]
    for url, pub, _, _, name, data, ctype, _ in docs:
        entries.append({"url": url, "file": name, "contentType": ctype, "etag": etag(data), "lastModified": http_date(pub)})
    write_index(OUT, entries)
    write_expected(SOURCE_ID, "BIH", [(d[0], d[1], d[7]) for d in docs])
    print(f"{len(docs)} documents, {sum(len(d[7]) for d in docs)} figures")


if __name__ == "__main__":
    main()
