"""National authorities in the local languages: Serbia's Commissariat (Latin and Cyrillic), BiH's Ministry of
Security and Service for Foreigners' Affairs, Montenegro's police, North Macedonia's interior ministry, Albania's police."""
from spec import *

KIRS, SFA, MUP, MVR, ASP = "kirs-srb", "bih-sfa-monthly", "mne-police", "mkd-mvr", "alb-police"

DOCS = [
    # ------------------------------------------------------------------ Serbia, Commissariat (KIRS)
    doc(KIRS, "kirs-2023-01-30-lat", "html", language="sr-Latn", country="SRB", published="2023-01-30",
        title="U Srbiji tokom 2022. godine registrovano 124.127 migranata", publisher="Komesarijat", lang="sr", blocks=[
            ("p", "Prema poslednjim statističkim podacima Komesarijata za izbeglice i migracije, tokom 2022. godine u "
                  "prihvatnim i centrima za azil evidentirano je 124.127 migranata."),
            ("p", "Trenutno u centrima boravi 3.059 migranata, koji su smešteni u 17 prihvatnih i centara za azil."),
            ("p", "Prosečno vreme zadržavanja bilo je 16 dana. Tokom 2022. godine ukupno 25 osoba dobilo je pozitivno "
                  "rešenje o zaštiti, od čega je 15 lica dobilo supsidijarnu zaštitu."),
            ("p", "Najzastupljenije države porekla su Avganistan 36,13%, Sirija 29,19% i Pakistan 11,89%."),
        ], figures=[
            F(ARR, YEAR, "2022", 124127), F(ACC, STOCK, "2023-01-30", 3059),
        ]),
    doc(KIRS, "kirs-2024-01-01-cyr", "txt", language="sr-Cyrl", country="SRB", published="2024-01-01",
        title="Комесаријат: У Србији тренутно смештено 2.900 миграната", blocks=[
            ("p", "У Србији је тренутно активно 18 прихватних и центара за азил, у којима борави 2.900 миграната, речено "
                  "је у Комесаријату за избеглице и миграције."),
            ("p", "У тим центрима је током 2023. евидентирано 107.374 новопридошлих особа, што је смањење од 12,17 одсто у "
                  "односу на 2022."),
        ], figures=[
            F(ACC, STOCK, "2024-01-01", 2900), F(ARR, YEAR, "2023", 107374),
        ]),
    doc(KIRS, "kirs-informacija-2022-06-lat", "pdf-libreoffice", language="sr-Latn", country="SRB", published="2022-07-08",
        title="Informacija o migrantskoj situaciji u Republici Srbiji za jun 2022. godine", lang="sr", blocks=[
            ("p", "U junu 2022. godine u prihvatne centre i centre za azil primljeno je 9.840 novopridošlih migranata, što je "
                  "za 14% više nego u maju (8.612)."),
            ("p", "Na dan 30. juna 2022. godine u centrima je boravilo 4.931 lice, od čega 2.104 u prihvatnim centrima na "
                  "severu zemlje. Kapacitet centara iznosi 6.000 mesta."),
            ("p", "U istom periodu 1.015 lica izrazilo je nameru da traži azil, a zahtev za azil podnelo je 12 lica."),
            ("p", "Maloletnika bez pratnje u centrima je bilo 98."),
            ("small", "Komesarijat za izbeglice i migracije, tel. 011/3128-303"),
        ], figures=[
            F(ARR, MONTH, "2022-06", 9840), F(ARR, MONTH, "2022-05", 8612), F(ACC, STOCK, "2022-06-30", 4931),
            F(CAP, STOCK, "2022-06", 6000), F(INT, MONTH, "2022-06", 1015), F(APP, MONTH, "2022-06", 12),
            F(UASC_PRES, STOCK, "2022-06", 98),
        ]),
    doc(KIRS, "kirs-informacija-2022-09-cyr", "pdf-pdfpig", language="sr-Cyrl", country="SRB", published="2022-10-10",
        title="Информација о мигрантској ситуацији за септембар 2022. године", lang="sr", blocks=[
            ("p", "У септембру 2022. године у прихватне центре и центре за азил примљено је 11.235 новопридошлих мигра-\nната."),
            ("p", "Од почетка 2022. године евидентирано је укупно 87.604 миграната."),
            ("p", "На дан 30. септембра у центрима је боравило 5.312 лица."),
            ("p", "Намеру да траже азил изразило је 1.204 лица, а захтев за азил поднело је 19 лица."),
        ], figures=[
            F(ARR, MONTH, "2022-09", 11235), F(ARR, CUM, "2022-01/2022-09", 87604), F(ACC, STOCK, "2022-09-30", 5312),
            F(INT, MONTH, "2022-09", 1204), F(APP, MONTH, "2022-09", 19),
        ]),
    doc(KIRS, "kirs-migranti-2023-05-lat", "txt", language="sr-Latn", country="SRB", published="2023-06-12",
        title="Migranti u Srbiji – maj 2023", blocks=[
            ("p", "Tokom maja 2023. godine u centrima Komesarijata registrovano je 6.310 novih migranata, što je za 23% više "
                  "u odnosu na april (5.122)."),
            ("p", "Krajem maja u centrima je boravilo 3.744 migranta, a kapacitet centara je 5.950 mesta."),
            ("p", "Nameru da podnesu zahtev za azil izrazilo je 902 lica."),
            ("p", "Od početka godine evidentirano je 24.780 migranata."),
        ], figures=[
            F(ARR, MONTH, "2023-05", 6310), F(ARR, MONTH, "2023-04", 5122), F(ACC, STOCK, "2023-05", 3744),
            F(CAP, STOCK, "2023-05", 5950), F(INT, MONTH, "2023-05", 902), F(ARR, CUM, "2023-01/2023-05", 24780),
        ]),
    doc(KIRS, "kirs-migranti-2023-11-cyr", "html", language="sr-Cyrl", country="SRB", published="2023-12-11",
        title="Мигранти у Србији – новембар 2023", publisher="Комесаријат", lang="sr", blocks=[
            ("p", "Током новембра 2023. године у центрима Комесаријата регистровано је 7.005 нових миграната, што је за 18 "
                  "одсто мање него у октобру (8.543)."),
            ("p", "Крајем новембра у центрима је боравило 4.102 мигранта."),
            ("p", "У центрима је смештено 146 малолетника без пратње."),
            ("p", "Од почетка године евидентирано је 99.371 мигрант."),
        ], figures=[
            F(ARR, MONTH, "2023-11", 7005), F(ARR, MONTH, "2023-10", 8543), F(ACC, STOCK, "2023-11", 4102),
            F(UASC_PRES, STOCK, "2023-11", 146), F(ARR, CUM, "2023-01/2023-11", 99371),
        ]),
    doc(KIRS, "kirs-pregled-2021-lat", "pdf-pdfpig", language="sr-Latn", country="SRB", published="2022-01-14",
        title="Statistički pregled za 2021. godinu", lang="sr", blocks=[
            ("p", "Tokom 2021. godine u prihvatnim i centrima za azil evidentirano je ukupno 68.308 migranata."),
            ("p", "U ovom trenutku u centrima boravi 4.350 migranata, smeštenih u 13 prihvatnih i centara za azil."),
            ("p", "Prosečno vreme zadržavanja bilo je 30 dana. Najviše migranata dolazi iz Avganistana (35,01%)."),
        ], figures=[
            F(ARR, YEAR, "2021", 68308), F(ACC, STOCK, "2022-01-14", 4350),
        ]),
    doc(KIRS, "kirs-2024-07-cyr", "pdf-libreoffice", language="sr-Cyrl", country="SRB", published="2024-08-05",
        title="Комесаријат: мање миграната у јулу 2024. године", lang="sr", blocks=[
            ("p", "Комесаријат за избеглице и миграције: у јулу 2024. године у центрима је евидентирано 1.420 миграната, "
                  "што је за 80 одсто мање него у јулу 2023. године (7.120)."),
            ("p", "Тренутно се у центрима налази 416 особа. Попуњеност капацитета је око 13 одсто."),
            ("p", "Од 1. августа у функцији ће бити само седам центара."),
        ], figures=[
            F(ARR, MONTH, "2024-07", 1420), F(ARR, MONTH, "2023-07", 7120), F(ACC, STOCK, "2024-08-05", 416),
        ]),

    # ------------------------------------------------------------------ BiH, Ministry of Security / Service for Foreigners' Affairs
    doc(SFA, "bih-informacija-2019-03", "html", language="bs", country="BIH", published="2019-04-10",
        title="Informacija o stanju u oblasti migracija u BiH – mart 2019", publisher="Ministarstvo sigurnosti", blocks=[
            ("p", "Službi za poslove sa strancima od 1. januara do 1. aprila prijavljeno je 3.805 ilegalnih migranata."),
            ("p", "Namjeru za podnošenje zahtjeva za azil u ovom periodu iskazalo je 3.446 lica, a zahtjev za azil podnijelo njih 77."),
            ("p", "U periodu od 26. marta do 1. aprila prijavljena su 482 nezakonita migranta, a namjeru za podnošenje "
                  "zahtjeva za azil iskazalo je 459 lica, dok je zahtjev za azil podnijelo pet lica."),
            ("p", "Najviše migranata je iz Pakistana (29,5 odsto), Sirije (11,9 odsto) i Iraka (11,8 odsto)."),
        ], figures=[
            F(ARR, CUM, "2019-01-01/2019-04-01", 3805), F(INT, CUM, "2019-01-01/2019-04-01", 3446),
            F(APP, CUM, "2019-01-01/2019-04-01", 77), F(ARR, CUM, "2019-03-26/2019-04-01", 482),
            F(INT, CUM, "2019-03-26/2019-04-01", 459), F(APP, CUM, "2019-03-26/2019-04-01", 5),
        ]),
    doc(SFA, "sfa-informacija-2023-03", "pdf-libreoffice", language="bs", country="BIH", published="2023-04-07",
        title="Služba za poslove sa strancima – Informacija za mart 2023. godine", blocks=[
            ("p", "U martu 2023. godine Službi za poslove sa strancima prijavljeno je 1.872 nezakonita migranta, što je 31% "
                  "više u odnosu na februar (1.429). Od početka 2023. godine prijavljeno je ukupno 4.913 migranata."),
            ("p", "Namjeru podnošenja zahtjeva za azil iskazalo je 1.790 osoba, a zahtjev za azil podnijelo je njih 14."),
            ("p", "U privremenim prihvatnim centrima trenutno boravi 2.107 migranata."),
            ("p", "Među prijavljenim migrantima bilo je 96 maloljetnika bez pratnje."),
            ("p", "Služba je u istom periodu izrekla mjeru protjerivanja za 54 strana državljanina."),
        ], figures=[
            F(ARR, MONTH, "2023-03", 1872), F(ARR, MONTH, "2023-02", 1429), F(ARR, CUM, "2023-01/2023-03", 4913),
            F(INT, MONTH, "2023-03", 1790), F(APP, MONTH, "2023-03", 14), F(ACC, STOCK, "2023-04-07", 2107),
            F(UASC_ARR, MONTH, "2023-03", 96),
        ]),
    doc(SFA, "sfa-informacija-2022-10-hr", "txt", language="hr", country="BIH", published="2022-11-09",
        title="Informacija o stanju migracija – listopad 2022.", blocks=[
            ("p", "Službi za poslove sa strancima u listopadu 2022. prijavljeno je 5.010 nezakonitih migranata."),
            ("p", "Namjeru za podnošenje zahtjeva za azil iskazale su 4.854 osobe, a zahtjev za azil podnijele su 3 osobe."),
            ("p", "U privremenim prihvatnim centrima krajem listopada boravilo je 2.942 migranta."),
            ("p", "Procjenjuje se da je izvan prihvatnih centara između 300 i 900 migranata."),
        ], figures=[
            F(ARR, MONTH, "2022-10", 5010), F(INT, MONTH, "2022-10", 4854), F(APP, MONTH, "2022-10", 3),
            F(ACC, STOCK, "2022-10", 2942), F(OUT, STOCK, "2022-10", (300, 900)),
        ]),
    doc(SFA, "sfa-informacija-2023-08", "pdf-pdfpig", language="bs", country="BIH", published="2023-09-08",
        title="Informacija o stanju migracija – august 2023.", blocks=[
            ("kf", [("3.402", "prijavljenih migranata u augustu"), ("3.118", "iskazanih namjera za azil"),
                    ("21", "podnesenih zahtjeva za azil")]),
            ("p", "U augustu 2023. godine prijavlje-\nna su 3.402 nezakonita migranta."),
            ("p", "Namjeru za podnošenje zahtjeva za azil iskazalo je 3.118 lica, a zahtjev za azil podnijela je 21 osoba."),
            ("p", "Krajem augusta 914 migranata boravilo je u TPC Lipa, a 1.102 u TPC Blažuj."),
        ], figures=[
            F(ARR, MONTH, "2023-08", 3402), F(INT, MONTH, "2023-08", 3118), F(APP, MONTH, "2023-08", 21),
            F(ACC, STOCK, "2023-08", 914, site="Lipa"), F(ACC, STOCK, "2023-08", 1102, site="Blažuj"),
        ]),
    doc(SFA, "sfa-2021-godisnji", "html", language="sr-Latn", country="BIH", published="2022-01-11",
        title="Migranti u BiH: u decembru 2021. prijavljeno 335 migranata", publisher="Srna", lang="sr", blocks=[
            ("p", "Tokom 2021. godine Službi za poslove sa strancima prijavljeno je 15.740 ilegalnih migranata."),
            ("p", "U decembru je prijavljeno 335 migranata."),
            ("p", "Namjeru za podnošenje zahtjeva za azil tokom godine iskazalo je 13.904 lica, a zahtjev za azil podnijelo je 221 lice."),
            ("p", "Trenutno je u prihvatnim centrima smješteno oko 2.400 migranata."),
        ], figures=[
            F(ARR, YEAR, "2021", 15740), F(ARR, MONTH, "2021-12", 335), F(INT, YEAR, "2021", 13904), F(APP, YEAR, "2021", 221),
            F(ACC, STOCK, "2022-01-11", 2400, approx=True),
        ]),
    doc(SFA, "sfa-informacija-2022-05", "txt", language="bs", country="BIH", published="2022-06-08",
        title="Informacija o stanju u oblasti migracija – maj 2022.", blocks=[
            ("p", "U maju 2022. prijavljeno je 2.010 migranata, a od početka godine ukupno 6.399."),
            ("p", "Namjeru za azil iskazalo je 1.894 lica. Zahtjev za azil podnijelo je 20 lica (12 predmeta)."),
            ("p", "Nijedno maloljetno lice bez pratnje nije registrovano među pridošlicama."),
            ("p", "U TPC Ušivak krajem maja boravila su 423 migranta."),
        ], figures=[
            F(ARR, MONTH, "2022-05", 2010), F(ARR, CUM, "2022-01/2022-05", 6399), F(INT, MONTH, "2022-05", 1894),
            F(APP, MONTH, "2022-05", 20), F(UASC_ARR, MONTH, "2022-05", 0), F(ACC, STOCK, "2022-05", 423, site="Ušivak"),
        ]),

    # ------------------------------------------------------------------ Montenegro, police
    doc(MUP, "mne-policija-2022-09", "html", language="cnr", country="MNE", published="2022-10-05",
        title="Uprava policije: u septembru 1.076 neregularnih migranata", publisher="Uprava policije", lang="sr-ME", blocks=[
            ("p", "Uprava policije je u septembru 2022. godine evidentirala 1.076 neregularnih migranata, dok je u avgustu evidentirano 806."),
            ("p", "Od 1. januara do 30. septembra evidentirano je ukupno 6.510 migranata."),
            ("p", "Namjeru za traženje azila izrazilo je 972 lica, a zahtjev za azil podnijelo je 41 lice."),
            ("p", "U Centru za tražioce azila u Spužu trenutno je smješteno 54 lica."),
        ], figures=[
            F(ARR, MONTH, "2022-09", 1076), F(ARR, MONTH, "2022-08", 806), F(ARR, CUM, "2022-01/2022-09", 6510),
            F(INT, MONTH, "2022-09", 972), F(APP, MONTH, "2022-09", 41), F(ACC, STOCK, "2022-10-05", 54, site="Spuž"),
        ]),
    doc(MUP, "mne-policija-2023-06", "txt", language="cnr", country="MNE", published="2023-07-06",
        title="Neregularne migracije u junu 2023. godine", blocks=[
            ("p", "U junu 2023. godine evidentirano je 698 neregularnih migranata, što je 12% manje nego u maju (793)."),
            ("p", "Od početka godine evidentirano je 3.402 migranta. Namjeru da zatraže azil izrazilo je 655 lica."),
            ("p", "Krajem juna 41 lice boravilo je u Centru za tražioce azila u Spužu, a 12 u prihvatnom centru u Božaju."),
        ], figures=[
            F(ARR, MONTH, "2023-06", 698), F(ARR, MONTH, "2023-05", 793), F(ARR, CUM, "2023-01/2023-06", 3402),
            F(INT, MONTH, "2023-06", 655), F(ACC, STOCK, "2023-06", 41, site="Spuž"), F(ACC, STOCK, "2023-06", 12, site="Božaj"),
        ]),
    doc(MUP, "mne-policija-2021", "pdf-libreoffice", language="cnr", country="MNE", published="2022-01-20",
        title="Neregularne migracije u Crnoj Gori u 2021. godini", lang="sr-ME", blocks=[
            ("p", "Tokom 2021. godine Uprava policije evidentirala je 3.710 neregularnih migranata."),
            ("p", "Namjeru za traženje međunarodne zaštite izrazilo je 3.218 lica, a zahtjev za azil podnijelo je 198 lica."),
            ("p", "U decembru 2021. evidentirano je 215 migranata. Najviše migranata dolazi iz Maroka, Avganistana i Sirije."),
        ], figures=[
            F(ARR, YEAR, "2021", 3710), F(INT, YEAR, "2021", 3218), F(APP, YEAR, "2021", 198), F(ARR, MONTH, "2021-12", 215),
        ]),
    doc(MUP, "mne-policija-2024-02", "pdf-pdfpig", language="cnr", country="MNE", published="2024-03-07",
        title="Uprava policije: neregularne migracije u februaru 2024.", lang="sr-ME", blocks=[
            ("p", "Uprava policije je tokom februara 2024. godine evidentirala 402 neregularna migranta, dok je u januaru evidentirano 511."),
            ("p", "U Centru za tražioce azila u Spužu krajem februara boravilo je 38 lica."),
            ("p", "Zahtjev za azil podnijelo je 16 lica."),
        ], figures=[
            F(ARR, MONTH, "2024-02", 402), F(ARR, MONTH, "2024-01", 511), F(ACC, STOCK, "2024-02", 38, site="Spuž"),
            F(APP, MONTH, "2024-02", 16),
        ]),

    # ------------------------------------------------------------------ North Macedonia, Ministry of Interior (MVR)
    doc(MVR, "mvr-2023-06", "html", language="mk", country="MKD", published="2023-07-05",
        title="Соопштение: Нерегуларни миграции во јуни 2023", publisher="МВР", blocks=[
            ("p", "Во текот на јуни 2023 година, МВР регистрираше 1.034 нерегуларни мигранти."),
            ("p", "Во споредба со мај (1.562), бројот е помал за 34 отсто."),
            ("p", "Потврди за изразена намера за поднесување барање за азил се издадени на 23 лица."),
            ("p", "Барање за азил поднеле 4 лица."),
            ("p", "Во транзитните центри Винојуг и Табановце на крајот на јуни беа сместени 96 лица."),
        ], figures=[
            F(ARR, MONTH, "2023-06", 1034), F(ARR, MONTH, "2023-05", 1562), F(INT, MONTH, "2023-06", 23),
            F(APP, MONTH, "2023-06", 4), F(ACC, STOCK, "2023-06", 96),
        ]),
    doc(MVR, "mvr-2022-10", "txt", language="mk", country="MKD", published="2022-11-04",
        title="Нерегуларни миграции – октомври 2022", blocks=[
            ("p", "Во октомври 2022 година се регистрирани 2.118 мигранти кои нерегуларно влегле во државата."),
            ("p", "Од почетокот на годината, бројот на регистрирани мигранти изнесува 14.520."),
            ("p", "На крајот на октомври, 287 лица беа сместени во транзитниот центар Винојуг, а 25 во транзитниот центар Табановце."),
            ("p", "Намера за барање азил изразиле 38 лица, а барање за азил поднеле 6 лица."),
        ], figures=[
            F(ARR, MONTH, "2022-10", 2118), F(ARR, CUM, "2022-01/2022-10", 14520),
            F(ACC, STOCK, "2022-10", 287, site="Vinojug"), F(ACC, STOCK, "2022-10", 25, site="Tabanovce"),
            F(INT, MONTH, "2022-10", 38), F(APP, MONTH, "2022-10", 6),
        ]),
    doc(MVR, "mvr-godisen-2021", "pdf-libreoffice", language="mk", country="MKD", published="2022-01-25",
        title="Годишен извештај за нерегуларни миграции 2021", blocks=[
            ("p", "Во 2021 година беа регистрирани 9.214 мигранти кои нерегуларно влегле во Република Северна Македонија."),
            ("p", "Од нив, 346 лица изразиле намера за поднесување барање за азил. Барање за азил поднеле 142 лица."),
            ("p", "Во декември 2021 година беа регистрирани 612 мигранти."),
            ("small", "Телефон: 02 3117 222"),
        ], figures=[
            F(ARR, YEAR, "2021", 9214), F(INT, YEAR, "2021", 346), F(APP, YEAR, "2021", 142), F(ARR, MONTH, "2021-12", 612),
        ]),
    doc(MVR, "mvr-2024-03", "pdf-pdfpig", language="mk", country="MKD", published="2024-04-04",
        title="Нерегуларни миграции во март 2024", blocks=[
            ("kf", [("1.120", "нерегуларни мигранти во март"), ("15", "изразени намери за азил")]),
            ("p", "Во март 2024 година МВР регистрираше 1.120 нерегуларни мигранти, додека во февруари беа регистрирани 980."),
            ("p", "15 лица изразиле намера за барање азил. Ниту едно лице не поднело барање за азил."),
        ], figures=[
            F(ARR, MONTH, "2024-03", 1120), F(INT, MONTH, "2024-03", 15), F(ARR, MONTH, "2024-02", 980),
            F(APP, MONTH, "2024-03", 0),
        ]),
    doc(MVR, "mvr-2022-03", "html", language="mk", country="MKD", published="2022-04-06",
        title="МВР: нерегуларни миграции во март 2022", publisher="МВР", blocks=[
            ("p", "Во март 2022 година се регистрирани 1.203 мигранти, меѓу кои 84 малолетници без придружба."),
            ("p", "Во транзитниот центар Винојуг на 31 март беа сместени 104 лица."),
        ], figures=[
            F(ARR, MONTH, "2022-03", 1203), F(UASC_ARR, MONTH, "2022-03", 84), F(ACC, STOCK, "2022-03-31", 104, site="Vinojug"),
        ]),

    # ------------------------------------------------------------------ Albania, State Police
    doc(ASP, "asp-2023-08", "html", language="sq", country="ALB", published="2023-09-06",
        title="Policia e Shtetit: 612 emigrantë të parregullt në gusht 2023", publisher="Policia e Shtetit", blocks=[
            ("p", "Gjatë muajit gusht 2023, Policia e Shtetit ka kapur 612 shtetas të huaj që kanë hyrë në mënyrë të "
                  "paligjshme në territorin shqiptar."),
            ("p", "Krahasuar me gushtin e vitit 2022 (1.021), numri është ulur me 40 për qind."),
            ("p", "Nga fillimi i vitit janë kapur gjithsej 6 mijë e 120 emigrantë."),
            ("p", "54 persona kanë shprehur qëllimin për të kërkuar azil."),
            ("p", "Në qendrën e azilkërkuesve në Babrru janë akomoduar 19 persona."),
        ], figures=[
            F(ARR, MONTH, "2023-08", 612), F(ARR, MONTH, "2022-08", 1021), F(ARR, CUM, "2023-01/2023-08", 6120),
            F(INT, MONTH, "2023-08", 54), F(ACC, STOCK, "2023-08", 19, site="Babrru"),
        ]),
    doc(ASP, "asp-2022-11", "txt", language="sq", country="ALB", published="2022-12-07",
        title="Migrimi i parregullt në nëntor 2022", blocks=[
            ("p", "Në nëntor 2022 u kapën 1.342 emigrantë të parregullt, kryesisht në kufirin jugor me Greqinë."),
            ("p", "Prej tyre, 147 ishin të mitur të pashoqëruar."),
            ("p", "Që nga janari 2022 janë regjistruar 11.208 emigrantë. Kërkesë për azil kanë paraqitur 12 persona."),
        ], figures=[
            F(ARR, MONTH, "2022-11", 1342), F(UASC_ARR, MONTH, "2022-11", 147), F(ARR, CUM, "2022-01/2022-11", 11208),
            F(APP, MONTH, "2022-11", 12),
        ]),
    doc(ASP, "asp-raport-2021", "pdf-libreoffice", language="sq", country="ALB", published="2022-01-18",
        title="Raport vjetor: migrimi i parregullt në vitin 2021", blocks=[
            ("p", "Gjatë vitit 2021, Policia e Shtetit ka kapur 10.384 emigrantë të parregullt."),
            ("p", "Në dhjetor u kapën 624 emigrantë."),
            ("p", "Qëllimin për të kërkuar azil e kanë shprehur 1.126 persona, ndërsa kërkesë zyrtare për azil kanë paraqitur 98 persona."),
            ("small", "Telefon: +355 4 227 9852"),
        ], figures=[
            F(ARR, YEAR, "2021", 10384), F(ARR, MONTH, "2021-12", 624), F(INT, YEAR, "2021", 1126), F(APP, YEAR, "2021", 98),
        ]),
    doc(ASP, "asp-2024-03", "pdf-pdfpig", language="sq", country="ALB", published="2024-04-05",
        title="Policia e Shtetit: migrimi i parregullt në mars 2024", blocks=[
            ("kf", [("842", "emigrantë të kapur në mars"), ("35", "kërkesa për azil")]),
            ("p", "Në muajin mars 2024 janë kapur 842 emigrantë të parregullt, 20% më shumë se në shkurt."),
            ("p", "Që nga fillimi i vitit 2024 janë regjistruar gjithsej 2.310 emigrantë. 35 persona kanë aplikuar për azil."),
            ("p", "Nga 842 emigrantët, 61 ishin të mitur të pashoqëruar."),
        ], figures=[
            F(ARR, MONTH, "2024-03", 842), F(APP, MONTH, "2024-03", 35), F(ARR, CUM, "2024-01/2024-03", 2310),
            F(UASC_ARR, MONTH, "2024-03", 61),
        ]),
    doc(ASP, "asp-2023-02", "html", language="sq", country="ALB", published="2023-03-08",
        title="Migrimi i parregullt në shkurt 2023", publisher="Policia e Shtetit", blocks=[
            ("p", "Në shkurt 2023 janë kapur 388 emigrantë të parregullt, krahasuar me 506 në janar."),
            ("p", "Në qendrën e Babrrut ndodhen aktualisht 24 azilkërkues."),
            ("p", "Asnjë kërkesë për azil nuk është paraqitur gjatë shkurtit."),
        ], figures=[
            F(ARR, MONTH, "2023-02", 388), F(ARR, MONTH, "2023-01", 506), F(ACC, STOCK, "2023-03-08", 24, site="Babrru"),
            F(APP, MONTH, "2023-02", 0),
        ]),
]
