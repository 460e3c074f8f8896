"""UNHCR country updates in English: Serbia, North Macedonia, Montenegro, Albania, Kosovo."""
from spec import *

SRB_FAM, MKD_FAM, MNE_FAM, ALB_FAM, XKX_FAM = (
    "unhcr-serbia-update", "unhcr-mkd-update", "unhcr-mne-update", "unhcr-alb-update", "unhcr-xkx-update")
EN = "en"

DOCS = [
    # ------------------------------------------------------------------ Serbia
    doc(SRB_FAM, "serbia-update-2022-08", "pdf-libreoffice", language=EN, country="SRB", published="2022-09-20",
        title="UNHCR Serbia Update – August 2022", heading="SERBIA UPDATE – August 2022", blocks=[
            ("h", "HIGHLIGHTS AND STATISTICS"),
            ("p", "According to the authorities, 6,254 refugees, asylum-seekers and migrants were accommodated in governmental "
                  "centres at the end of August, 18 were placed in specialised institutions for unaccompanied and separated "
                  "children (UASC), 156 were in private accommodation known to UNHCR, and another estimated 2,000 were staying "
                  "outside governmental centres, in hostels, hotels or abandoned houses in border areas and in Belgrade city centre."),
            ("p", "16,723 new arrivals to governmental centres were registered by the Serbian Commissariat for Refugees and "
                  "Migration (SCRM) in the 1-28 August period (compared to 13,425 in the whole month of July), with the "
                  "influx averaging 4,200 persons per week."),
            ("h", "ASYLUM"),
            ("p", "UNHCR and partners counselled 2,112 persons on asylum in August. 1,204 persons expressed the intention to "
                  "seek asylum in August, and 21 asylum applications were lodged with the Asylum Office. The Asylum Office "
                  "granted asylum to one citizen of Ukraine and subsidiary protection to two citizens of Congo."),
            ("p", "Temporary protection was awarded in August to 74 persons fleeing Ukraine, bringing the total to 888 since March."),
            ("p", "The estimated total number of refugees and migrants present in Serbia at the end of August was 8,400."),
            ("small", "UNHCR Representation in Serbia | tel. +381 11 3082 100 | Page 1"),
        ], figures=[
            F(ACC, STOCK, "2022-08", 6254), F(UASC_PRES, STOCK, "2022-08", 18),
            F(OUT, STOCK, "2022-08", 2000, approx=True),
            F(ARR, CUM, "2022-08-01/2022-08-28", 16723), F(ARR, MONTH, "2022-07", 13425),
            F(INT, MONTH, "2022-08", 1204), F(APP, MONTH, "2022-08", 21),
            F(PRES, STOCK, "2022-08", 8400, approx=True),
        ]),
    doc(SRB_FAM, "serbia-update-2022-10", "pdf-pdfpig", language=EN, country="SRB", published="2022-11-22",
        title="UNHCR Serbia Update – October 2022", heading="SERBIA UPDATE | October 2022", blocks=[
            ("kf", [("5,902", "new arrivals to governmental centres in October"),
                    ("4,470", "refugees and migrants in governmental centres, end of October"),
                    ("1,016", "intentions to seek asylum in October"),
                    ("15", "asylum applications in October")]),
            ("h", "Arrivals and presence"),
            ("p", "The Serbian Commissariat for Refugees and Migration registered 5,902 new arrivals to governmental centres "
                  "in October, a 35% decrease compared to September (9,080)."),
            ("p", "At the end of October, 4,470 refugees, asylum-seekers and migrants were ac-\ncommodated in 16 governmental "
                  "centres, whose total capacity is 6,000 places. Among them were 214 unaccompanied and separated children (UASC)."),
            ("h", "Asylum"),
            ("p", "In October, 1,016 persons expressed the intention to seek asylum, while only 15 lodged an asylum application."),
            ("small", "Page 1"),
        ], figures=[
            F(ARR, MONTH, "2022-10", 5902), F(ACC, STOCK, "2022-10", 4470), F(INT, MONTH, "2022-10", 1016),
            F(APP, MONTH, "2022-10", 15), F(ARR, MONTH, "2022-09", 9080), F(CAP, STOCK, "2022-10", 6000),
            F(UASC_PRES, STOCK, "2022-10", 214),
        ]),
    doc(SRB_FAM, "serbia-update-2022-12", "html", language=EN, country="SRB", published="2023-01-25",
        title="UNHCR Serbia Update – December 2022", publisher="UNHCR", blocks=[
            ("p", "A total of 1,954 new arrivals to governmental centres were registered in December, compared with 3,327 in "
                  "November. In 2022, 124,127 new arrivals were registered in the centres, the highest number since 2016."),
            ("p", "At the end of December, 3,059 persons were accommodated in 17 asylum and reception centres, with a capacity "
                  "of 6,220 beds, of which 3,161 were free."),
            ("p", "Some 110 unaccompanied and separated children were accommodated in specialised institutions."),
            ("p", "During 2022, 2,456 persons expressed the intention to seek asylum and 320 submitted asylum applications."),
            ("small", "Contact: UNHCR Belgrade, +381 11 3082 100"),
        ], figures=[
            F(ARR, MONTH, "2022-12", 1954), F(ARR, MONTH, "2022-11", 3327), F(ARR, YEAR, "2022", 124127),
            F(ACC, STOCK, "2022-12", 3059), F(CAP, STOCK, "2022-12", 6220),
            F(UASC_PRES, STOCK, "2022-12", 110, approx=True),
            F(INT, YEAR, "2022", 2456), F(APP, YEAR, "2022", 320),
        ]),
    doc(SRB_FAM, "serbia-update-2023-03", "pdf-libreoffice", language=EN, country="SRB", published="2023-04-20",
        title="UNHCR Serbia Update – March 2023", heading="SERBIA UPDATE – MARCH 2023", blocks=[
            ("p", "In March 2023, the SCRM registered 2,843 new arrivals to the governmental centres, up from 2,105 in "
                  "February 2023. Since the beginning of the year, 7,390 new arrivals were registered."),
            ("p", "On 31 March, 3,612 refugees and migrants were present in the centres, and an estimated 300 to 500 stayed "
                  "outside them, mainly in the north."),
            ("h", "Asylum"),
            ("p", "342 persons expressed an intention to seek asylum in March, and 17 persons lodged asylum applications (9 cases)."),
            ("p", "UNHCR's partner IDEAS provided legal counselling to 1,120 persons."),
        ], figures=[
            F(ARR, MONTH, "2023-03", 2843), F(ARR, MONTH, "2023-02", 2105), F(ARR, CUM, "2023-01/2023-03", 7390),
            F(ACC, STOCK, "2023-03-31", 3612), F(OUT, STOCK, "2023-03-31", (300, 500)),
            F(INT, MONTH, "2023-03", 342), F(APP, MONTH, "2023-03", 17),
        ]),
    doc(SRB_FAM, "serbia-snapshot-2023-06", "pdf-pdfpig", language=EN, country="SRB", published="2023-07-14",
        title="Serbia Snapshot – June 2023", heading="SERBIA SNAPSHOT – JUNE 2023", blocks=[
            ("kf", [("3,998", "new arrivals to governmental centres"),
                    ("2,675", "accommodated in governmental centres, end of June"),
                    ("86", "UASC in specialised institutions"),
                    ("1,180", "intentions to seek asylum"),
                    ("9", "asylum applications lodged")]),
            ("p", "Arrivals decreased by 12% compared to the previous month (4,543)."),
            ("p", "Capacity of the 17 governmental centres: 6,220 places."),
            ("small", "Sources: SCRM; Ministry of Interior, Asylum Office."),
        ], figures=[
            F(ARR, MONTH, "2023-06", 3998), F(ACC, STOCK, "2023-06", 2675), F(UASC_PRES, STOCK, "2023-06", 86),
            F(INT, MONTH, "2023-06", 1180), F(APP, MONTH, "2023-06", 9), F(ARR, MONTH, "2023-05", 4543),
            F(CAP, STOCK, "2023-06", 6220),
        ]),
    doc(SRB_FAM, "serbia-update-2023-09", "txt", language=EN, country="SRB", published="2023-10-18",
        title="UNHCR Serbia Update, September 2023", blocks=[
            ("p", "Arrivals: 10,262 new arrivals to governmental centres were registered in September, compared to 9,080 in "
                  "September 2022."),
            ("p", "Presence: at the end of September, 5,420 refugees and migrants were accommodated in governmental centres, "
                  "5 percent of them UASC."),
            ("p", "Outside the centres, an estimated 1,500 persons stayed in informal sites near the northern border."),
            ("p", "Asylum: 1,347 intentions to seek asylum were registered in September, and 14 asylum applications were lodged."),
            ("p", "Total present: UNHCR estimates that some 7,000 refugees and migrants were present in Serbia at the end of September."),
        ], figures=[
            F(ARR, MONTH, "2023-09", 10262), F(ARR, MONTH, "2022-09", 9080), F(ACC, STOCK, "2023-09", 5420),
            F(OUT, STOCK, "2023-09", 1500, approx=True), F(INT, MONTH, "2023-09", 1347), F(APP, MONTH, "2023-09", 14),
            F(PRES, STOCK, "2023-09", 7000, approx=True),
        ]),
    doc(SRB_FAM, "serbia-update-2021-07", "html", language=EN, country="SRB", published="2021-08-20",
        title="UNHCR Serbia Update – July 2021", publisher="UNHCR", blocks=[
            ("p", "In July, 4,176 new arrivals were registered in governmental centres, compared to 3,512 in June and 2,089 "
                  "in July 2020. In the first seven months of 2021, 21,048 new arrivals were registered."),
            ("p", "As at 31 July, 4,532 persons were accommodated in 19 governmental centres (capacity: 6,200)."),
            ("p", "Of them, 187 were unaccompanied and separated children (UASC) at the end of July."),
            ("p", "512 persons expressed the intention to seek asylum in July. No asylum applications were lodged in July."),
        ], figures=[
            F(ARR, MONTH, "2021-07", 4176), F(ARR, MONTH, "2021-06", 3512), F(ARR, MONTH, "2020-07", 2089),
            F(ARR, CUM, "2021-01/2021-07", 21048), F(ACC, STOCK, "2021-07-31", 4532), F(CAP, STOCK, "2021-07-31", 6200),
            F(UASC_PRES, STOCK, "2021-07", 187), F(INT, MONTH, "2021-07", 512), F(APP, MONTH, "2021-07", 0),
        ]),
    doc(SRB_FAM, "serbia-update-2024-02", "pdf-libreoffice", language=EN, country="SRB", published="2024-03-19",
        title="UNHCR Serbia Update – February 2024", heading="SERBIA UPDATE – February 2024", blocks=[
            ("p", "In February 2024, 1,322 new arrivals to governmental centres were registered, a 40% decrease from "
                  "January (2,203). In 2023, a total of 107,374 new arrivals were registered."),
            ("p", "At the end of February, 1,985 persons were accommodated in the centres, which have a total capacity of "
                  "5,500 places, and 12 UASC were accommodated in specialised institutions."),
            ("p", "Intentions to seek asylum were expressed by 289 persons, and 6 persons submitted an asylum application."),
        ], figures=[
            F(ARR, MONTH, "2024-02", 1322), F(ARR, MONTH, "2024-01", 2203), F(ARR, YEAR, "2023", 107374),
            F(ACC, STOCK, "2024-02", 1985), F(CAP, STOCK, "2024-02", 5500), F(UASC_PRES, STOCK, "2024-02", 12),
            F(INT, MONTH, "2024-02", 289), F(APP, MONTH, "2024-02", 6),
        ]),

    # ------------------------------------------------------------------ North Macedonia
    doc(MKD_FAM, "mkd-update-2022-10", "pdf-libreoffice", language=EN, country="MKD", published="2022-11-25",
        title="North Macedonia – Monthly Update, October 2022", blocks=[
            ("p", "In October, the police registered 2,118 irregular arrivals to North Macedonia, most of them from Greece. "
                  "A total of 14,520 irregular arrivals were registered since January 2022."),
            ("p", "At the end of October, 312 persons were accommodated in the transit centres: 287 in Vinojug and 25 in Tabanovce."),
            ("p", "38 persons expressed an intention to seek asylum in October, and 6 asylum applications were submitted."),
            ("p", "The Reception Centre for Asylum Seekers in Vizbegovo hosted 41 asylum-seekers at the end of October."),
        ], figures=[
            F(ARR, MONTH, "2022-10", 2118), F(ARR, CUM, "2022-01/2022-10", 14520), F(ACC, STOCK, "2022-10", 312),
            F(ACC, STOCK, "2022-10", 287, site="Vinojug"), F(ACC, STOCK, "2022-10", 25, site="Tabanovce"),
            F(INT, MONTH, "2022-10", 38), F(APP, MONTH, "2022-10", 6), F(ACC, STOCK, "2022-10", 41, site="Vizbegovo"),
        ]),
    doc(MKD_FAM, "mkd-update-2023-06", "html", language=EN, country="MKD", published="2023-07-20",
        title="North Macedonia Update – June 2023", publisher="UNHCR", blocks=[
            ("p", "Arrivals: 1,034 refugees and migrants were newly registered in June 2023, compared to 1,562 in May 2023."),
            ("p", "Asylum: During the month, 23 persons expressed an intention to apply for asylum and 4 asylum applications were lodged."),
            ("p", "Reception: At the end of June, 133 persons were accommodated in reception and transit centres: 96 in the "
                  "transit centres and 37 in the Reception Centre for Asylum Seekers in Vizbegovo."),
        ], figures=[
            F(ARR, MONTH, "2023-06", 1034), F(ARR, MONTH, "2023-05", 1562), F(INT, MONTH, "2023-06", 23),
            F(APP, MONTH, "2023-06", 4), F(ACC, STOCK, "2023-06", 133), F(ACC, STOCK, "2023-06", 37, site="Vizbegovo"),
        ]),
    doc(MKD_FAM, "mkd-factsheet-2021-12", "txt", language=EN, country="MKD", published="2022-01-31",
        title="NORTH MACEDONIA FACT SHEET, December 2021", blocks=[
            ("p", "In 2021, the authorities registered 9,214 refugees and migrants entering the country irregularly, 43% more than in 2020."),
            ("p", "In December, 612 irregular arrivals were recorded."),
            ("p", "As of 31 December 2021, 58 persons were accommodated in the transit centres Vinojug and Tabanovce."),
            ("p", "In 2021, 346 persons expressed an intention to seek asylum and 142 applied for asylum."),
            ("small", "UNHCR Skopje, +389 2 3118 641"),
        ], figures=[
            F(ARR, YEAR, "2021", 9214), F(ARR, MONTH, "2021-12", 612), F(ACC, STOCK, "2021-12-31", 58),
            F(INT, YEAR, "2021", 346), F(APP, YEAR, "2021", 142),
        ]),
    doc(MKD_FAM, "mkd-update-2023-11", "pdf-pdfpig", language=EN, country="MKD", published="2023-12-15",
        title="North Macedonia – Monthly Update, November 2023", blocks=[
            ("kf", [("1,845", "irregular arrivals in November"), ("67", "persons in transit centres, end of November"),
                    ("12", "intentions to seek asylum")]),
            ("p", "Irregular arrivals dropped to 1,845 in November from 2,310 in October. Since the beginning of 2023, "
                  "24,310 arrivals have been registered."),
            ("p", "No unaccompanied children were registered among the arrivals in November."),
        ], figures=[
            F(ARR, MONTH, "2023-11", 1845), F(ACC, STOCK, "2023-11", 67), F(INT, MONTH, "2023-11", 12),
            F(ARR, MONTH, "2023-10", 2310), F(ARR, CUM, "2023-01/2023-11", 24310), F(UASC_ARR, MONTH, "2023-11", 0),
        ]),
    doc(MKD_FAM, "mkd-update-2022-03", "html", language=EN, country="MKD", published="2022-04-22",
        title="North Macedonia Update – March 2022", publisher="UNHCR", blocks=[
            ("p", "The Ministry of Interior registered 1,203 new arrivals in March 2022, including 84 unaccompanied and separated children."),
            ("p", "An estimated 150 to 200 persons stayed outside formal accommodation at the end of March."),
            ("p", "Vinojug transit centre accommodated 104 persons at the end of March."),
        ], figures=[
            F(ARR, MONTH, "2022-03", 1203), F(UASC_ARR, MONTH, "2022-03", 84), F(OUT, STOCK, "2022-03", (150, 200)),
            F(ACC, STOCK, "2022-03", 104, site="Vinojug"),
        ]),

    # ------------------------------------------------------------------ Montenegro
    doc(MNE_FAM, "mne-update-2022-09", "pdf-libreoffice", language=EN, country="MNE", published="2022-10-19",
        title="Montenegro Update – September 2022", blocks=[
            ("p", "In September 2022, the Montenegrin police registered 1,076 irregular arrivals, compared to 806 in August 2022. "
                  "From January to September 2022, 6,510 refugees and migrants were registered."),
            ("p", "In September, 972 persons expressed an intention to seek asylum, and 41 persons formally applied for asylum."),
            ("p", "The Asylum Centre in Spuž accommodated 54 asylum-seekers at the end of September, and 23 were accommodated "
                  "in the reception centre in Božaj."),
        ], figures=[
            F(ARR, MONTH, "2022-09", 1076), F(ARR, MONTH, "2022-08", 806), F(ARR, CUM, "2022-01/2022-09", 6510),
            F(INT, MONTH, "2022-09", 972), F(APP, MONTH, "2022-09", 41),
            F(ACC, STOCK, "2022-09", 54, site="Spuž"), F(ACC, STOCK, "2022-09", 23, site="Božaj"),
        ]),
    doc(MNE_FAM, "mne-update-2023-04", "html", language=EN, country="MNE", published="2023-05-18",
        title="Montenegro Update – April 2023", publisher="UNHCR", blocks=[
            ("p", "Irregular arrivals in April 2023 totalled 482 persons, 15% fewer than in March. Since January 2023, "
                  "1,914 arrivals were registered."),
            ("p", "The Asylum Centre Spuž hosted 39 persons on 30 April. An estimated 50 persons stayed outside formal accommodation."),
            ("p", "21 persons lodged asylum applications in April, of whom 3 were unaccompanied children."),
        ], figures=[
            F(ARR, MONTH, "2023-04", 482), F(ARR, CUM, "2023-01/2023-04", 1914), F(ACC, STOCK, "2023-04-30", 39, site="Spuž"),
            F(OUT, STOCK, "2023-04", 50, approx=True), F(APP, MONTH, "2023-04", 21),
        ]),
    doc(MNE_FAM, "mne-factsheet-2021-12", "txt", language=EN, country="MNE", published="2022-01-28",
        title="MONTENEGRO – FACT SHEET, DECEMBER 2021", blocks=[
            ("p", "In 2021, 3,710 refugees and migrants were registered entering Montenegro irregularly. "
                  "215 new arrivals were registered in December 2021."),
            ("p", "In 2021, 3,218 persons expressed an intention to seek asylum, while 198 applied for asylum."),
            ("p", "At the end of December, the Asylum Centre in Spuž accommodated 47 persons."),
        ], figures=[
            F(ARR, YEAR, "2021", 3710), F(ARR, MONTH, "2021-12", 215), F(INT, YEAR, "2021", 3218), F(APP, YEAR, "2021", 198),
            F(ACC, STOCK, "2021-12", 47, site="Spuž"),
        ]),
    doc(MNE_FAM, "mne-update-2022-06", "pdf-pdfpig", language=EN, country="MNE", published="2022-07-21",
        title="Montenegro Update – June 2022", blocks=[
            ("kf", [("789", "irregular arrivals in June"), ("55", "asylum-seekers in the Spuž centre"),
                    ("731", "intentions to seek asylum")]),
            ("p", "789 refugees and migrants were registered by the police in June, up from 612 in May."),
            ("p", "731 persons expressed an intention to seek asylum in June. 37 asylum applications were registered "
                  "(21 cases involving 37 persons)."),
        ], figures=[
            F(ARR, MONTH, "2022-06", 789), F(ACC, STOCK, "2022-06", 55, site="Spuž"), F(INT, MONTH, "2022-06", 731),
            F(ARR, MONTH, "2022-05", 612), F(APP, MONTH, "2022-06", 37),
        ]),
    doc(MNE_FAM, "mne-update-2023-10", "html", language=EN, country="MNE", published="2023-11-17",
        title="Montenegro Update – October 2023", publisher="UNHCR", blocks=[
            ("p", "Montenegro registered 1,310 irregular arrivals in October 2023, the highest monthly number this year. "
                  "Of them, 1,122 expressed an intention to seek asylum. Only 28 persons applied for asylum."),
            ("p", "The Spuž Asylum Centre, with a capacity of 120 places, accommodated 61 persons at the end of October."),
        ], figures=[
            F(ARR, MONTH, "2023-10", 1310), F(INT, MONTH, "2023-10", 1122), F(APP, MONTH, "2023-10", 28),
            F(CAP, STOCK, "2023-10", 120, site="Spuž"), F(ACC, STOCK, "2023-10", 61, site="Spuž"),
        ]),

    # ------------------------------------------------------------------ Albania
    doc(ALB_FAM, "alb-update-2022-11", "pdf-libreoffice", language=EN, country="ALB", published="2022-12-16",
        title="Albania – Monthly Update, November 2022", blocks=[
            ("p", "In November 2022, the Albanian State Police apprehended 1,342 refugees and migrants who entered the country "
                  "irregularly, most of them at the southern border with Greece. Since January, 11,208 irregular arrivals were recorded."),
            ("p", "Of the new arrivals in November, 147 were unaccompanied or separated children."),
            ("p", "162 persons expressed an intention to seek asylum, and 12 lodged an asylum application."),
            ("p", "The National Reception Centre for Asylum-Seekers in Babrru hosted 28 persons at the end of November."),
            ("small", "UNHCR Tirana, tel. +355 4 2250 234"),
        ], figures=[
            F(ARR, MONTH, "2022-11", 1342), F(ARR, CUM, "2022-01/2022-11", 11208), F(UASC_ARR, MONTH, "2022-11", 147),
            F(INT, MONTH, "2022-11", 162), F(APP, MONTH, "2022-11", 12), F(ACC, STOCK, "2022-11", 28, site="Babrru"),
        ]),
    doc(ALB_FAM, "alb-update-2023-08", "html", language=EN, country="ALB", published="2023-09-15",
        title="Albania Update – August 2023", publisher="UNHCR", blocks=[
            ("p", "Irregular arrivals continued to decline: 612 persons were apprehended in August 2023, compared to 1,021 "
                  "in August 2022. In the first eight months of 2023, 6,120 arrivals were registered."),
            ("p", "54 persons expressed the intention to seek asylum in August."),
            ("p", "At the end of August, 19 asylum-seekers were accommodated in Babrru, out of a capacity of 180."),
        ], figures=[
            F(ARR, MONTH, "2023-08", 612), F(ARR, MONTH, "2022-08", 1021), F(ARR, CUM, "2023-01/2023-08", 6120),
            F(INT, MONTH, "2023-08", 54), F(ACC, STOCK, "2023-08", 19, site="Babrru"), F(CAP, STOCK, "2023-08", 180, site="Babrru"),
        ]),
    doc(ALB_FAM, "alb-factsheet-2021-12", "txt", language=EN, country="ALB", published="2022-02-10",
        title="Albania – Fact Sheet, December 2021", blocks=[
            ("p", "In 2021, the State Police apprehended 10,384 migrants and refugees entering Albania irregularly."),
            ("p", "1,126 persons expressed an intention to seek asylum and 98 formally applied for asylum in 2021."),
            ("p", "In December, 624 new arrivals were apprehended."),
        ], figures=[
            F(ARR, YEAR, "2021", 10384), F(INT, YEAR, "2021", 1126), F(APP, YEAR, "2021", 98), F(ARR, MONTH, "2021-12", 624),
        ]),
    doc(ALB_FAM, "alb-update-2024-03", "pdf-pdfpig", language=EN, country="ALB", published="2024-04-19",
        title="Albania – Monthly Update, March 2024", blocks=[
            ("kf", [("842", "irregular arrivals in March"), ("2,310", "arrivals since January 2024"), ("35", "asylum applications")]),
            ("p", "• 842 refugees and migrants were detected by the Albanian authorities in March 2024, 20% more than in February."),
            ("p", "In total 2,310 arrivals were registered since January 2024. 35 persons lodged asylum applications in March."),
        ], figures=[
            F(ARR, MONTH, "2024-03", 842), F(ARR, CUM, "2024-01/2024-03", 2310), F(APP, MONTH, "2024-03", 35),
        ]),

    # ------------------------------------------------------------------ Kosovo
    doc(XKX_FAM, "xkx-update-2022-12", "pdf-libreoffice", language=EN, country="XKX", published="2023-01-20",
        title="Kosovo (S/RES/1244 (1999)) – Monthly Update, December 2022", blocks=[
            ("p", "In 2022, 3,402 asylum-seekers and migrants were registered by the Kosovo Police, most of them arriving "
                  "from Albania and North Macedonia. In December, 186 persons arrived irregularly."),
            ("p", "Of the 2022 arrivals, 1,210 expressed an intention to seek asylum."),
            ("p", "On 31 December, the Asylum Centre in Magura accommodated 64 persons."),
        ], figures=[
            F(ARR, YEAR, "2022", 3402), F(ARR, MONTH, "2022-12", 186), F(INT, YEAR, "2022", 1210),
            F(ACC, STOCK, "2022-12-31", 64, site="Magura"),
        ]),
    doc(XKX_FAM, "xkx-update-2023-07", "html", language=EN, country="XKX", published="2023-08-18",
        title="Kosovo (S/RES/1244 (1999)) Update – July 2023", publisher="UNHCR", blocks=[
            ("p", "During July 2023, 412 new arrivals were recorded, up from 296 in June."),
            ("p", "Asylum: 57 persons applied for asylum in July."),
            ("p", "The Asylum Centre hosted 71 asylum-seekers at the end of the month. UNHCR's partner provided legal aid to 48 persons."),
        ], figures=[
            F(ARR, MONTH, "2023-07", 412), F(ARR, MONTH, "2023-06", 296), F(APP, MONTH, "2023-07", 57),
            F(ACC, STOCK, "2023-07", 71),
        ]),
    doc(XKX_FAM, "xkx-update-2021-09", "txt", language=EN, country="XKX", published="2021-10-22",
        title="Kosovo (S/RES/1244 (1999)) – Update, September 2021", blocks=[
            ("p", "Kosovo Police registered 381 irregular arrivals in September 2021 and 2,712 since the start of 2021."),
            ("p", "Intentions to seek asylum were expressed by 203 persons in September."),
        ], figures=[
            F(ARR, MONTH, "2021-09", 381), F(ARR, CUM, "2021-01/2021-09", 2712), F(INT, MONTH, "2021-09", 203),
        ]),
    doc(XKX_FAM, "xkx-update-2024-01", "pdf-pdfpig", language=EN, country="XKX", published="2024-02-16",
        title="Kosovo (S/RES/1244 (1999)) – Monthly Update, January 2024", blocks=[
            ("kf", [("134", "new arrivals in January"), ("22", "asylum applications"), ("48", "persons in the asylum centre")]),
            ("p", "134 refugees and migrants arrived in Kosovo in January 2024, compared to 229 in December 2023. "
                  "22 persons applied for asylum."),
            ("p", "48 persons were accommodated in the Asylum Centre at the end of January."),
        ], figures=[
            F(ARR, MONTH, "2024-01", 134), F(APP, MONTH, "2024-01", 22), F(ACC, STOCK, "2024-01", 48),
            F(ARR, MONTH, "2023-12", 229),
        ]),
]
