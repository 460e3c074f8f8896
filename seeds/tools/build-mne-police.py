#!/usr/bin/env python3
"""Builds seeds/snapshot/mne-police/ and seeds/snapshot/expected/mne-police.json.

Montenegro's Police Directorate (Uprava policije) on irregular migration, month by month, July 2022 to
August 2023, as the government portal gov.me lists it: two pages of the portal's search for "neregularne
migracije" (newest first), a news article a month on www.gov.me/clanak/… until the February 2023 statement,
then from March 2023 a PDF "Statistički pregled neregularnih migracija" downloaded from wapi.gov.me, with a
key-figures box, the asylum lines relabelled to "međunarodna zaštita" and a table of centres that now lists
the reception centre in Božaj beside the asylum centre in Spuž.

Every document is a reconstruction; which figures are real is said in seeds/README.md. The figures noted in
DOCS were written by reading each document's text, never from the extractor's output.

Usage: seeds/tools/build-mne-police.py [--keep-pdfs]   Needs LibreOffice Writer, the DejaVu fonts and pdftotext.
"""
import html
import os
import sys
import uuid
from datetime import date

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from national_snapshot import (ACC, APP, ARR, CAP, CUM, INT, MONTH, NOTE, SNAPSHOT, STOCK, UASC_ARR, YEAR, F,
                                record_documents, record_listings, write_source)

ID = "mne-police"
OUT = os.path.join(SNAPSHOT, ID)
SEARCH = "https://www.gov.me/pretraga?q=neregularne+migracije&sort=published_at&page={page}"
ARTICLE = "https://www.gov.me/clanak/{slug}"
DOWNLOAD = "https://wapi.gov.me/download/{uuid}?version=1.0"
# The portal's document ids are GUIDs; these are stand-ins derived from the file name.
GUID_NAMESPACE = uuid.UUID("6f1d1c3e-5b1a-4f0e-9a51-0c3d2b7a9e44")


def article(month, published, title, slug, paragraphs, figures):
    return {"month": month, "published": published, "format": "html", "title": title, "slug": slug,
            "blocks": [("p", p) for p in paragraphs], "figures": figures}


def overview(month, published, title, blocks, figures):
    return {"month": month, "published": published, "format": "pdf", "title": title, "blocks": blocks,
            "figures": figures}


SPUZ, BOZAJ = "Spuž", "Božaj"

# The Police Directorate's statements of 2017 to 2019, on its former site (www.upravapolicije.com) before the
# government portal: a short news item ("Saopštenje"), text only. Every figure in them is one a real publication
# states (seeds/real-figures/*.csv): the police's own counts through the press, and where the press gives the
# count of another body (IOM's registered arrivals, UNHCR's asylum claims from the Ministry's data, the
# Government's figures), that count.
OLD_SITE = "https://www.upravapolicije.com/fleka/novosti.php?akcija=vijest&id={id}"


def statement(month, published, item, title, paragraphs, figures):
    return {"month": month, "published": published, "format": "html", "site": "old", "item": item, "title": title,
            "blocks": [("p", p) for p in paragraphs], "figures": figures}


OLD_DOCS = [
    statement("2016-12", "2017-01-13", 29870, "Zahtjevi za azil u 2016. godini", [
        "Zahtjev za azil tokom 2016. godine podnijelo je 190 lica.",
        "Tokom 2015. godine zahtjev za azil podnijelo je 1.611 lica.",
    ], [
        F(APP, YEAR, "2016", 190), F(APP, YEAR, "2015", 1611),
    ]),
    statement("2017-12", "2018-01-12", 31544, "Neregularne migracije u 2017. godini", [
        "Uprava policije je tokom 2017. godine evidentirala 840 neregularnih migranata koji su nezakonito prešli državnu granicu.",
        "Zahtjev za azil u 2017. godini podnijelo je 849 lica.",
        "U Centru za tražioce azila u Spužu krajem decembra boravilo je 128 lica.",
    ], [
        F(ARR, YEAR, "2017", 840), F(APP, YEAR, "2017", 849), F(ACC, STOCK, "2017-12", 128, site=SPUZ),
    ]),
    statement("2018-01", "2018-02-08", 31871, "Neregularne migracije u januaru 2018. godine", [
        "U januaru 2018. godine zahtjev za azil podnijela su 24 lica.",
    ], [
        F(APP, MONTH, "2018-01", 24),
    ]),
    statement("2018-04", "2018-05-09", 32590, "Neregularne migracije u aprilu 2018. godine", [
        "U aprilu 2018. godine zahtjev za azil podnijelo je 470 lica.",
        "Na dan 14. aprila 2018. godine u Prihvatilištu za strance i u Centru za tražioce azila bilo je smješteno ukupno 217 tražilaca azila.",
    ], [
        F(APP, MONTH, "2018-04", 470), F(ACC, STOCK, "2018-04-14", 217),
    ]),
    statement("2018-05", "2018-06-07", 32861, "Neregularne migracije u maju 2018. godine", [
        "U maju 2018. godine zahtjev za azil podnijelo je 557 lica.",
        "Od 1. januara do 31. maja 2018. godine evidentirano je ukupno 1.362 neregularna migranta.",
    ], [
        F(APP, MONTH, "2018-05", 557), F(ARR, CUM, "2018-01/2018-05", 1362),
    ]),
    statement("2018-06", "2018-07-06", 33107, "Neregularne migracije u prvoj polovini 2018. godine", [
        "Od 1. januara do 30. juna 2018. godine evidentirano je ukupno 2.113 neregularnih migranata.",
        "Kapacitet Centra za tražioce azila u Spužu krajem juna bio je 75 mjesta.",
    ], [
        F(ARR, CUM, "2018-01/2018-06", 2113), F(CAP, STOCK, "2018-06", 75, site=SPUZ),
    ]),
    statement("2018-08", "2018-09-07", 33602, "Neregularne migracije od početka 2018. godine", [
        "Od 1. januara do 31. avgusta 2018. godine državnu granicu je nezakonito prešlo oko 2.850 neregularnih migranata.",
        "Tokom 2017. godine evidentirano je 840 neregularnih migranata.",
    ], [
        F(ARR, CUM, "2018-01/2018-08", 2850), F(ARR, YEAR, "2017", 840),
    ]),
    statement("2018-11", "2018-12-10", 34318, "Neregularne migracije od početka 2018. godine", [
        "Od 1. januara do 30. novembra 2018. godine evidentirano je ukupno 4.400 neregularnih migranata.",
    ], [
        F(ARR, CUM, "2018-01/2018-11", 4400),
    ]),
    statement("2018-12", "2019-01-11", 34590, "Neregularne migracije u 2018. godini", [
        "Tokom 2018. godine Uprava policije evidentirala je ukupno 4.645 neregularnih migranata.",
        "Zahtjev za azil tokom 2018. godine podnijelo je 3.104 lica.",
    ], [
        F(ARR, YEAR, "2018", 4645), F(APP, YEAR, "2018", 3104),
    ]),
    statement("2019-07", "2019-07-18", 36472, "Neregularne migracije od početka 2019. godine", [
        "Namjeru za traženje azila od 1. januara do 30. juna 2019. godine izrazilo je 3.189 lica.",
        "Od 1. januara do 17. jula 2019. godine zahtjev za azil podnijelo je 1.051 lice.",
    ], [
        F(INT, CUM, "2019-01/2019-06", 3189), F(APP, CUM, "2019-01-01/2019-07-17", 1051),
    ]),
    statement("2019-12", "2020-01-15", 38015, "Neregularne migracije u 2019. godini", [
        "Zahtjev za azil tokom 2019. godine podnijelo je oko 1.500 lica.",
        "Kapacitet Centra za tražioce azila u Spužu krajem decembra bio je 104 mjesta.",
    ], [
        F(APP, YEAR, "2019", 1500), F(CAP, STOCK, "2019-12", 104, site=SPUZ),
    ]),
]

DOCS = [
    # ------------------------------------------------------------ news articles on gov.me
    article("2022-07", "2022-08-04", "Neregularne migracije u julu 2022. godine", "neregularne-migracije-u-julu-2022-godine", [
        "Uprava policije je tokom jula 2022. godine evidentirala 1.048 neregularnih migranata, što je 16% više nego u junu (901).",
        "Od početka godine evidentirano je ukupno 3.533 migranta.",
        "Namjeru za traženje azila izrazilo je 934 lica, a zahtjev za azil podnijelo je 17 lica.",
        "Među evidentiranim migrantima bilo je 21 maloljetno lice bez pratnje.",
        "Najveći broj migranata su državljani Maroka, Avganistana i Bangladeša, a najviše ih je zatečeno na području Plava, Gusinja i Rožaja.",
        "U Centru za tražioce azila u Spužu krajem jula boravilo je 62 lica.",
    ], [
        F(ARR, MONTH, "2022-07", 1048), F(ARR, MONTH, "2022-06", 901), F(ARR, CUM, "2022-01/2022-07", 3533),
        F(INT, MONTH, "2022-07", 934), F(APP, MONTH, "2022-07", 17), F(UASC_ARR, MONTH, "2022-07", 21),
        F(ACC, STOCK, "2022-07", 62, site=SPUZ),
    ]),
    article("2022-08", "2022-09-06", "Neregularne migracije u avgustu 2022. godine", "neregularne-migracije-u-avgustu-2022-godine", [
        "U avgustu 2022. godine Uprava policije evidentirala je 806 neregularnih migranata.",
        "Od 1. januara do 31. avgusta evidentirano je ukupno 4.339 migranata.",
        "Namjeru za traženje azila izrazilo je 741 lice.",
        "Zahtjev za azil podnijelo je 12 lica.",
        "Policijski službenici su u saradnji sa tužilaštvom tokom avgusta procesuirali četiri lica zbog krijumčarenja migranata.",
        "U Centru za tražioce azila u Spužu trenutno je smješteno 57 lica.",
    ], [
        F(ARR, MONTH, "2022-08", 806), F(ARR, CUM, "2022-01/2022-08", 4339), F(INT, MONTH, "2022-08", 741),
        F(APP, MONTH, "2022-08", 12), F(ACC, STOCK, "2022-09-06", 57, site=SPUZ),
    ]),
    article("2022-09", "2022-10-05", "Neregularne migracije u septembru 2022. godine", "neregularne-migracije-u-septembru-2022-godine", [
        "Uprava policije je u septembru 2022. godine evidentirala 1.076 neregularnih migranata, dok je u avgustu evidentirano 806.",
        "Među evidentiranim migrantima bilo je 18 maloljetnih lica bez pratnje.",
        "Od 1. januara do 30. septembra evidentirano je ukupno 5.415 migranata.",
        "Namjeru za traženje azila izrazilo je 972 lica, a zahtjev za azil podnijelo je 41 lice.",
        "U Centru za tražioce azila u Spužu trenutno je smješteno 54 lica.",
    ], [
        F(ARR, MONTH, "2022-09", 1076), F(ARR, MONTH, "2022-08", 806), F(UASC_ARR, MONTH, "2022-09", 18),
        F(ARR, CUM, "2022-01/2022-09", 5415), F(INT, MONTH, "2022-09", 972), F(APP, MONTH, "2022-09", 41),
        F(ACC, STOCK, "2022-10-05", 54, site=SPUZ),
    ]),
    article("2022-10", "2022-11-04", "Neregularne migracije u oktobru 2022. godine", "neregularne-migracije-u-oktobru-2022-godine", [
        "Tokom oktobra evidentirano je 1.210 neregularnih migranata, što je 12% više nego u septembru.",
        "Od početka godine Uprava policije je evidentirala 6.625 migranata.",
        "Namjeru da zatraže azil izrazilo je 1.104 lica.",
        "Zahtjev za međunarodnu zaštitu podnijela su 23 lica.",
        "Među evidentiranim migrantima bilo je 26 maloljetnih lica bez pratnje.",
        "U Centru za tražioce azila u Spužu krajem oktobra boravilo je 49 lica.",
    ], [
        F(ARR, MONTH, "2022-10", 1210), F(ARR, CUM, "2022-01/2022-10", 6625), F(INT, MONTH, "2022-10", 1104),
        F(APP, MONTH, "2022-10", 23), F(UASC_ARR, MONTH, "2022-10", 26), F(ACC, STOCK, "2022-10", 49, site=SPUZ),
    ]),
    article("2022-11", "2022-12-06", "Neregularne migracije u novembru 2022. godine", "neregularne-migracije-u-novembru-2022-godine", [
        "Od početka godine evidentirano je 7.559 migranata.",
    ], [
        F(ARR, CUM, "2022-01/2022-11", 7559),
    ]),
    article("2022-12", "2023-01-10", "Neregularne migracije u decembru i tokom 2022. godine", "neregularne-migracije-u-decembru-i-tokom-2022-godine", [
        "U decembru 2022. godine evidentirano je 759 neregularnih migranata.",
        "Tokom 2022. godine Uprava policije evidentirala je ukupno 8.318 neregularnih migranata.",
        "U decembru je zahtjev za azil podnijelo devet lica.",
    ], [
        F(ARR, MONTH, "2022-12", 759), F(ARR, YEAR, "2022", 8318), F(APP, MONTH, "2022-12", 9, written="devet"),
    ]),
    article("2023-01", "2023-02-07", "Neregularne migracije u januaru 2023. godine", "neregularne-migracije-u-januaru-2023-godine", [
        "Uprava policije je tokom januara 2023. godine evidentirala 388 neregularnih migranata, dok je u decembru evidentirano 759.",
        "Namjeru za traženje međunarodne zaštite izrazilo je 351 lice.",
        "Zahtjev za međunarodnu zaštitu podnijelo je osam lica.",
        "U Centru za tražioce azila u Spužu krajem januara boravilo je 39 lica.",
    ], [
        F(ARR, MONTH, "2023-01", 388), F(ARR, MONTH, "2022-12", 759), F(INT, MONTH, "2023-01", 351),
        F(APP, MONTH, "2023-01", 8, written="osam"), F(ACC, STOCK, "2023-01", 39, site=SPUZ),
    ]),
    article("2023-02", "2023-03-07", "Neregularne migracije u februaru 2023. godine", "neregularne-migracije-u-februaru-2023-godine", [
        "U februaru 2023. godine evidentiran je 341 neregularni migrant.",
        "Od početka godine evidentirano je 729 migranata.",
        "Namjeru za traženje međunarodne zaštite izrazilo je 305 lica, a zahtjev za međunarodnu zaštitu podnijelo je 11 lica.",
        "Među evidentiranim migrantima bilo je devet maloljetnih lica bez pratnje.",
        "U Centru za tražioce azila u Spužu trenutno boravi 36 lica.",
    ], [
        F(ARR, MONTH, "2023-02", 341), F(ARR, CUM, "2023-01/2023-02", 729), F(INT, MONTH, "2023-02", 305),
        F(APP, MONTH, "2023-02", 11), F(UASC_ARR, MONTH, "2023-02", 9, written="devet"),
        F(ACC, STOCK, "2023-03-07", 36, site=SPUZ),
    ]),
]


def centres(caption, spuz, bozaj):
    """The table of centres of the statistical overview: capacity and persons accommodated, and their total."""
    (spuz_cap, spuz_acc), (bozaj_cap, bozaj_acc) = spuz, bozaj
    return ("table", caption, ["Centar", "Kapacitet", "Smješteno lica"], [
        ["Centar za tražioce azila Spuž", str(spuz_cap), str(spuz_acc)],
        ["Prihvatni centar Božaj", str(bozaj_cap), str(bozaj_acc)],
        ["Ukupno", str(spuz_cap + bozaj_cap), str(spuz_acc + bozaj_acc)],
    ])


def centre_figures(day, spuz, bozaj, page):
    (spuz_cap, spuz_acc), (bozaj_cap, bozaj_acc) = spuz, bozaj
    return [
        F(CAP, STOCK, day, spuz_cap, site=SPUZ, page=page), F(ACC, STOCK, day, spuz_acc, site=SPUZ, page=page),
        F(CAP, STOCK, day, bozaj_cap, site=BOZAJ, page=page), F(ACC, STOCK, day, bozaj_acc, site=BOZAJ, page=page),
        F(CAP, STOCK, day, spuz_cap + bozaj_cap, page=page), F(ACC, STOCK, day, spuz_acc + bozaj_acc, page=page),
    ]


def kf(arrivals, intentions, applications):
    return ("kf", [(arrivals, "evidentiranih neregularnih migranata"),
                   (intentions, "iskazanih namjera za traženje međunarodne zaštite"),
                   (applications, "podnijetih zahtjeva za međunarodnu zaštitu")])


# ------------------------------------------------------------ the statistical overview (PDF), from March 2023
DOCS += [
    overview("2023-03", "2023-04-06", "Statistički pregled neregularnih migracija – mart 2023.", [
        kf("466", "412", "10"),
        ("h", "1. Neregularne migracije"),
        ("p", "Tokom marta 2023. godine službenici granične policije evidentirali su 466 neregularnih migranata."),
        ("p", "Najbrojniji su državljani Maroka (31%), Turske (14%) i Egipta (11%). Zbog krijumčarenja migranata uhapšeno je šest lica."),
        ("h", "2. Međunarodna zaštita"),
        ("p", "Namjeru za podnošenje zahtjeva za međunarodnu zaštitu iskazalo je 412 lica. Zahtjev za međunarodnu zaštitu podnijelo je 10 lica."),
        ("h", "3. Smještaj"),
        centres("Broj lica u centrima na dan 31. marta 2023. godine", (104, 41), (60, 14)),
    ], [
        F(ARR, MONTH, "2023-03", 466), F(INT, MONTH, "2023-03", 412), F(APP, MONTH, "2023-03", 10),
    ] + centre_figures("2023-03-31", (104, 41), (60, 14), page=1)),
    overview("2023-04", "2023-05-08", "Statistički pregled neregularnih migracija – april 2023.", [
        kf("716", "648", "13"),
        ("h", "1. Neregularne migracije"),
        ("p", "U aprilu 2023. godine službenici granične policije evidentirali su 716 neregularnih migranata, među kojima 17 maloljetnih lica bez pratnje. "
              "Od početka godine evidentirano je ukupno 1.911 lica."),
        ("p", "Najviše migranata zatečeno je na području Plava i Rožaja, a najbrojniji su državljani Maroka i Turske."),
        ("h", "2. Međunarodna zaštita"),
        ("p", "Namjeru za podnošenje zahtjeva za međunarodnu zaštitu iskazalo je 648 lica, a zahtjev za međunarodnu zaštitu podnijelo je 13 lica."),
        ("h", "3. Smještaj"),
        centres("Broj lica u centrima na dan 30. aprila 2023. godine", (104, 46), (60, 22)),
    ], [
        F(ARR, MONTH, "2023-04", 716), F(UASC_ARR, MONTH, "2023-04", 17), F(ARR, CUM, "2023-01/2023-04", 1911),
        F(INT, MONTH, "2023-04", 648), F(APP, MONTH, "2023-04", 13),
    ] + centre_figures("2023-04-30", (104, 46), (60, 22), page=1)),
    overview("2023-05", "2023-06-06", "Statistički pregled neregularnih migracija – maj 2023.", [
        kf("793", "701", "9"),
        ("h", "1. Neregularne migracije"),
        ("p", "Tokom maja 2023. godine evidentirano je 793 neregularna migranta, u odnosu na april (716) to je povećanje od 11 odsto. "
              "Od početka godine evidentirano je ukupno 2.704 lica."),
        ("p", "Zbog krijumčarenja migranata podnijete su krivične prijave protiv pet lica."),
        ("h", "2. Međunarodna zaštita"),
        ("p", "Namjeru za podnošenje zahtjeva za međunarodnu zaštitu iskazalo je 701 lice. Zahtjev za međunarodnu zaštitu podnijelo je devet lica."),
        ("h", "3. Smještaj"),
        centres("Broj lica u centrima na dan 31. maja 2023. godine", (104, 43), (60, 19)),
    ], [
        F(ARR, MONTH, "2023-05", 793), F(ARR, MONTH, "2023-04", 716), F(ARR, CUM, "2023-01/2023-05", 2704),
        F(INT, MONTH, "2023-05", 701), F(APP, MONTH, "2023-05", 9),
    ] + centre_figures("2023-05-31", (104, 43), (60, 19), page=1)),
    overview("2023-06", "2023-07-06", "Statistički pregled neregularnih migracija – jun 2023.", [
        kf("698", "655", "12"),
        ("h", "1. Neregularne migracije"),
        ("p", "U junu 2023. godine evidentirano je 698 neregularnih migranata, što je 12% manje nego u maju (793). "
              "Od početka godine evidentirano je 3.402 migranta."),
        ("h", "2. Međunarodna zaštita"),
        ("p", "Namjeru za podnošenje zahtjeva za međunarodnu zaštitu iskazalo je 655 lica, a zahtjev za međunarodnu zaštitu podnijelo je 12 lica."),
        ("h", "3. Smještaj"),
        centres("Broj lica u centrima na dan 30. juna 2023. godine", (104, 41), (60, 12)),
    ], [
        F(ARR, MONTH, "2023-06", 698), F(ARR, MONTH, "2023-05", 793), F(ARR, CUM, "2023-01/2023-06", 3402),
        F(INT, MONTH, "2023-06", 655), F(APP, MONTH, "2023-06", 12),
    ] + centre_figures("2023-06-30", (104, 41), (60, 12), page=1)),
    overview("2023-07", "2023-08-04", "Statistički pregled neregularnih migracija – jul 2023.", [
        kf("754", "690", "7"),
        ("h", "1. Neregularne migracije"),
        ("p", "Tokom jula 2023. godine službenici granične policije evidentirali su 754 neregularna migranta. "
              "Među njima je bilo 11 maloljetnih lica bez pratnje. Od početka godine evidentirano je ukupno 4.156 lica."),
        ("h", "2. Međunarodna zaštita"),
        ("p", "Namjeru za podnošenje zahtjeva za međunarodnu zaštitu iskazalo je 690 lica. Zahtjev za međunarodnu zaštitu podnijelo je sedam lica."),
        ("h", "3. Smještaj"),
        centres("Broj lica u centrima na dan 31. jula 2023. godine", (104, 38), (60, 25)),
    ], [
        F(ARR, MONTH, "2023-07", 754), F(UASC_ARR, MONTH, "2023-07", 11), F(ARR, CUM, "2023-01/2023-07", 4156),
        F(INT, MONTH, "2023-07", 690), F(APP, MONTH, "2023-07", 7),
    ] + centre_figures("2023-07-31", (104, 38), (60, 25), page=1)),
    overview("2023-08", "2023-09-06", "Statistički pregled neregularnih migracija – avgust 2023.", [
        kf("870", "802", "15"),
        ("h", "1. Neregularne migracije"),
        ("p", "U avgustu 2023. godine evidentirano je 870 neregularnih migranata, dok je u julu evidentirano 754. "
              "U avgustu 2022. godine evidentirano je bilo 806 migranata. Od početka godine evidentirano je ukupno 5.026 lica."),
        ("h", "2. Međunarodna zaštita"),
        ("p", "Namjeru za podnošenje zahtjeva za međunarodnu zaštitu iskazalo je 802 lica, a zahtjev za međunarodnu zaštitu podnijelo je 15 lica."),
        ("h", "3. Smještaj"),
        centres("Broj lica u centrima na dan 31. avgusta 2023. godine", (104, 47), (60, 31)),
    ], [
        F(ARR, MONTH, "2023-08", 870), F(ARR, MONTH, "2023-07", 754), F(ARR, MONTH, "2022-08", 806),
        F(ARR, CUM, "2023-01/2023-08", 5026), F(INT, MONTH, "2023-08", 802), F(APP, MONTH, "2023-08", 15),
    ] + centre_figures("2023-08-31", (104, 47), (60, 31), page=1)),
]

# Months written in the spec but not recorded: every figure of theirs is a stand-in, and the family's
# changes of form and the source's tests (twelve documents) are met without them.
NOT_RECORDED = {"2022-07", "2022-08", "2022-09", "2022-10", "2023-01", "2023-02", "2023-04", "2023-05", "2023-06",
                "2023-07", "2023-08"}
DOCS = OLD_DOCS + [d for d in DOCS if d["month"] not in NOT_RECORDED]

# Other results of the same search: the portal's news on other matters that mention migration.
NOISE = [
    ("2023-08-21", "Vijest", "/clanak/sastanak-ministra-unutrasnjih-poslova-sa-sefom-misije-iom-u-crnoj-gori",
     "Sastanak ministra unutrašnjih poslova sa šefom misije IOM u Crnoj Gori", "Ministarstvo unutrašnjih poslova"),
    ("2023-06-12", "Vijest", "/clanak/saopstenje-za-javnost-74", "SAOPŠTENJE ZA JAVNOST", "Ministarstvo unutrašnjih poslova"),
    ("2023-03-22", "Vijest", "/clanak/zajednicke-patrole-sa-frontexom-na-granici-sa-albanijom",
     "Zajedničke patrole sa Frontexom na granici sa Albanijom", "Uprava policije"),
    ("2022-12-15", "Vijest", "/clanak/odrzana-sjednica-koordinacionog-tijela-za-pracenje-migracija",
     "Održana sjednica Koordinacionog tijela za praćenje migracija", "Ministarstvo unutrašnjih poslova"),
    ("2022-09-28", "Vijest", "/clanak/obuka-granicnih-policajaca-o-identifikaciji-ranjivih-kategorija-migranata",
     "Obuka graničnih policajaca o identifikaciji ranjivih kategorija migranata", "Uprava policije"),
    ("2022-08-11", "Vijest", "/clanak/uhapsen-krijumcar-migranata-na-podrucju-rozaja",
     "Uhapšen krijumčar migranata na području Rožaja", "Uprava policije"),
]

MONTHS_GENITIVE = ["", "januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar",
                   "novembar", "decembar"]


def url_of(doc):
    if doc.get("site") == "old":
        return OLD_SITE.format(id=doc["item"])
    if doc["format"] == "html":
        return ARTICLE.format(slug=doc["slug"])
    return DOWNLOAD.format(uuid=uuid.uuid5(GUID_NAMESPACE, file_of(doc)))


def file_of(doc):
    return f"files/{ID}-{doc['month']}.{doc['format']}"


def dmy(iso):
    d = date.fromisoformat(iso)
    return f"{d.day:02d}.{d.month:02d}.{d.year}."


e = html.escape

PORTAL_HEAD = """<header class="site-header">
<a class="logo" href="/">Vlada Crne Gore</a>
<nav class="main-nav"><a href="/vlada">Vlada</a> <a href="/ministarstva">Ministarstva</a> <a href="/organi-uprave">Organi uprave</a> <a href="/vijesti">Vijesti</a> <a href="/dokumenta">Dokumenta</a> <a href="/usluge">Usluge</a> <a href="/en">EN</a></nav>
<form class="search" action="/pretraga"><input name="q" placeholder="Pretraga"></form>
</header>"""

PORTAL_FOOT = """<footer class="site-footer">
<p>Vlada Crne Gore, Karađorđeva bb, Podgorica</p>
<p><a href="/izjava-o-pristupacnosti">Izjava o pristupačnosti</a> | <a href="/uslovi-koriscenja">Uslovi korišćenja</a> | <a href="/kontakt">Kontakt</a></p>
<p>© Vlada Crne Gore. Sva prava zadržana.</p>
</footer>"""


OLD_HEAD = """<div id="zaglavlje"><a href="/"><img src="/fleka/slike/grb.png" alt="grb"></a>
<h2>CRNA GORA<br>UPRAVA POLICIJE</h2></div>
<div id="meni"><a href="/">Početna</a> | <a href="/fleka/novosti.php">Novosti</a> | <a href="/fleka/saopstenja.php">Saopštenja</a> | <a href="/fleka/kontakt.php">Kontakt</a></div>"""


def render_statement(doc):
    """A news item of the former police site: the date, the title, the text."""
    body = "\n".join(f"<p>{e(text)}</p>" for _, text in doc["blocks"])
    return f"""<!DOCTYPE html>
<!-- {NOTE} -->
<html lang="sr-ME">
<head>
<meta charset="utf-8">
<title>Uprava policije - {e(doc['title'])}</title>
<meta name="description" content="{e(NOTE)}">
</head>
<body>
{OLD_HEAD}
<div id="sadrzaj">
<p class="datum">{dmy(doc['published'])}</p>
<h1>{e(doc['title'])}</h1>
{body}
<p class="izvor">Odjeljenje za odnose s javnošću, Uprava policije</p>
</div>
<div id="podnozje">Uprava policije, Bulevar Svetog Petra Cetinjskog 22, Podgorica</div>
</body>
</html>
"""


def render_article(doc):
    if doc.get("site") == "old":
        return render_statement(doc)
    body = "\n".join(f"<p>{e(text)}</p>" for _, text in doc["blocks"])
    return f"""<!DOCTYPE html>
<!-- {NOTE} -->
<html lang="sr-ME">
<head>
<meta charset="utf-8">
<title>{e(doc['title'])} - Vlada Crne Gore</title>
<meta name="description" content="{e(NOTE)}">
</head>
<body>
<app-root>
{PORTAL_HEAD}
<main>
<nav class="breadcrumbs"><a href="/">Početna</a> / <a href="/uprava-policije">Uprava policije</a> / Vijesti</nav>
<app-article-body>
<h1>{e(doc['title'])}</h1>
<p class="meta">Objavljeno: {dmy(doc['published'])} 11:30 | Autor: Uprava policije</p>
<section class="relative ui-article-spacing">
{body}
</section>
<p class="tags">Oznake: <a href="/pretraga?tags=migracije">migracije</a> <a href="/pretraga?tags=granicna-policija">granična policija</a></p>
</app-article-body>
<div class="feedback">Da li vam je sadržaj ove stranice bio od koristi? <button>Da</button> <button>Ne</button></div>
</main>
{PORTAL_FOOT}
</app-root>
</body>
</html>
"""


TABLE_SOURCE = "Izvor: Direkcija za prihvat stranaca koji traže međunarodnu zaštitu i Uprava policije."


def render_overview(doc):
    """The HTML the PDF is exported from: a letterhead, the key-figures box, three sections, the centres."""
    parts = []
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "kf":
            cells = block[1]
            parts.append('<table width="100%" cellpadding="6" style="background:#e8eef5"><tr>'
                         + "".join(f'<td width="33%"><p class="kf">{e(n)}</p></td>' for n, _ in cells) + "</tr><tr>"
                         + "".join(f'<td><p class="kl">{e(label)}</p></td>' for _, label in cells) + "</tr></table>")
        elif kind == "h":
            parts.append(f"<h2>{e(block[1])}</h2>")
        elif kind == "p":
            parts.append(f"<p>{e(block[1])}</p>")
        elif kind == "table":
            _, caption, header, rows = block
            parts.append(f"<p>{e(caption)}</p>")
            parts.append('<table border="1" cellpadding="4" cellspacing="0"><tr>'
                         + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>"
                         + "".join("<tr>" + "".join(f'<td align="{"left" if i == 0 else "center"}">{e(c)}</td>' for i, c in enumerate(r))
                                   + "</tr>" for r in rows) + "</table>")
            parts.append(f'<p class="foot">{e(TABLE_SOURCE)}</p>')
    style = ("body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt } h1 { font-size: 15pt } "
             "h2 { font-size: 11.5pt } td, th { font-size: 9.5pt } .kf { font-size: 22pt; font-weight: bold } "
             ".kl { font-size: 8pt } .head { font-size: 9pt } .foot { font-size: 7.5pt }")
    return f"""<!DOCTYPE html>
<html lang="sr-ME">
<head>
<meta charset="utf-8">
<title>{e(doc['title'])}</title>
<meta name="description" content="{e(NOTE)}">
<style>{style}</style>
</head>
<body>
<p class="head">CRNA GORA<br>UPRAVA POLICIJE<br>Sektor granične policije</p>
<p class="head">Podgorica, {dmy(doc['published'])} godine</p>
<h1>{e(doc['title'].upper())}</h1>
{chr(10).join(parts)}
<p class="foot">Podaci su preliminarni. Uprava policije, Sektor granične policije, Bulevar Svetog Petra Cetinjskog 22, Podgorica.</p>
</body>
</html>
"""


def results():
    """Every result of the search, newest first: the series and the other news."""
    items = [(d["published"], "Dokument" if d["format"] == "pdf" else "Vijest", url_of(d), d["title"], "Uprava policije")
             for d in DOCS] + NOISE
    return sorted(items, key=lambda i: i[0], reverse=True)


def render_listing(page, items, pages):
    rows = []
    for published, kind, href, title, author in items:
        rows.append(f"""<app-search-item class="search-item">
<div class="item-meta"><time datetime="{published}">{dmy(published)}</time> <span class="badge">{kind}</span></div>
<a class="cursor-pointer" href="{e(href)}">{e(title)}</a>
<p class="item-author">{e(author)}</p>
</app-search-item>""")
    pager = " ".join(f'<a href="/pretraga?q=neregularne+migracije&amp;sort=published_at&amp;page={n}">{n}</a>' if n != page
                     else f'<span class="current">{n}</span>' for n in range(1, pages + 2))
    return f"""<!DOCTYPE html>
<!-- {NOTE} -->
<html lang="sr-ME">
<head>
<meta charset="utf-8">
<title>Pretraga - Vlada Crne Gore</title>
</head>
<body>
<app-root>
{PORTAL_HEAD}
<main>
<h1>Rezultati pretrage: „neregularne migracije”</h1>
<div class="filters"><a href="/pretraga?q=neregularne+migracije">Sve</a> <a href="/pretraga?q=neregularne+migracije&amp;type=article">Vijesti</a> <a href="/pretraga?q=neregularne+migracije&amp;type=document">Dokumenta</a> | Sortiraj: <a href="/pretraga?q=neregularne+migracije&amp;sort=published_at">Najnovije</a></div>
<section class="results">
{chr(10).join(rows)}
</section>
<nav class="pagination">{pager} <a href="/pretraga?q=neregularne+migracije&amp;sort=published_at&amp;page={page + 1}">Sljedeća</a></nav>
</main>
{PORTAL_FOOT}
</app-root>
</body>
</html>
"""


def main():
    os.makedirs(os.path.join(OUT, "files"), exist_ok=True)
    documents, expected = record_documents(OUT, DOCS, url_of, file_of, render_article, render_overview, 11, 30)
    # The search lists ten results a page, newest first; the recording holds the first two pages.
    listings = record_listings(OUT, results(), render_listing, lambda n: SEARCH.format(page=n),
                               lambda n: f"files/pretraga-neregularne-migracije-{n}.html", date(2023, 9, 8))
    write_source(ID, "MNE", OUT, listings, documents, expected)


if __name__ == "__main__":
    main()
