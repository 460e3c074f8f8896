"""IOM's Migrant Response situation reports for Bosnia and Herzegovina, and short English news items."""
from spec import *

IOM, NEWS = "iom-bih-sitrep", "news-en"
EN = "en"

DOCS = [
    # ------------------------------------------------------------------ IOM BiH
    doc(IOM, "iom-bih-sitrep-2022-10", "pdf-libreoffice", language=EN, country="BIH", published="2022-11-10",
        title="IOM Bosnia and Herzegovina Migrant Response – Situation Report October 2022", blocks=[
            ("p", "As of 31 October 2022, 2,998 migrants and asylum-seekers were accommodated in the temporary reception "
                  "centres (TRCs) supported by IOM, out of a total capacity of 5,400 places."),
            ("p", "The Service for Foreigners' Affairs registered 5,010 new arrivals in October."),
            ("table", "Occupancy of temporary reception centres on 31 October 2022:",
             ["Centre", "Capacity", "Accommodated", "Free beds"],
             [["TRC Lipa", "1,500", "1,104", "396"], ["TRC Borići", "430", "402", "28"],
              ["TRC Ušivak", "800", "618", "182"], ["TRC Blažuj", "2,500", "874", "1,626"]]),
            ("p", "On 31 October, 146 unaccompanied and separated children (UASC) were accommodated in the dedicated areas "
                  "of Borići and Ušivak."),
            ("p", "IOM teams distributed 12,400 meals and provided 1,210 medical consultations."),
        ], figures=[
            F(ACC, STOCK, "2022-10-31", 2998), F(CAP, STOCK, "2022-10-31", 5400), F(ARR, MONTH, "2022-10", 5010),
            F(CAP, STOCK, "2022-10-31", 1500, site="Lipa"), F(ACC, STOCK, "2022-10-31", 1104, site="Lipa"),
            F(CAP, STOCK, "2022-10-31", 430, site="Borići"), F(ACC, STOCK, "2022-10-31", 402, site="Borići"),
            F(CAP, STOCK, "2022-10-31", 800, site="Ušivak"), F(ACC, STOCK, "2022-10-31", 618, site="Ušivak"),
            F(CAP, STOCK, "2022-10-31", 2500, site="Blažuj"), F(ACC, STOCK, "2022-10-31", 874, site="Blažuj"),
            F(UASC_PRES, STOCK, "2022-10-31", 146),
        ]),
    doc(IOM, "iom-bih-sitrep-2023-01", "html", language=EN, country="BIH", published="2023-02-08",
        title="IOM BiH Migrant Response Situation Report – January 2023", publisher="IOM", blocks=[
            ("p", "Migrant presence: As of 31 January 2023, a total of 1,823 migrants were accommodated in TRCs, while an "
                  "estimated 300 were sleeping rough outside the centres, mainly in Una-Sana Canton."),
            ("p", "Arrivals: 1,132 arrivals were registered by the SFA in January, down from 1,689 in December."),
            ("table", "Persons accommodated by centre, 31 January 2023", ["Centre", "Capacity", "Present"],
             [["TRC Lipa", "1,500", "612"], ["TRC Borići", "430", "233"], ["TRC Ušivak", "800", "455"],
              ["TRC Blažuj", "2,500", "523"], ["Total", "5,230", "1,823"]]),
        ], figures=[
            F(ACC, STOCK, "2023-01-31", 1823), F(OUT, STOCK, "2023-01-31", 300, approx=True),
            F(ARR, MONTH, "2023-01", 1132), F(ARR, MONTH, "2022-12", 1689),
            F(CAP, STOCK, "2023-01-31", 1500, site="Lipa"), F(ACC, STOCK, "2023-01-31", 612, site="Lipa"),
            F(CAP, STOCK, "2023-01-31", 430, site="Borići"), F(ACC, STOCK, "2023-01-31", 233, site="Borići"),
            F(CAP, STOCK, "2023-01-31", 800, site="Ušivak"), F(ACC, STOCK, "2023-01-31", 455, site="Ušivak"),
            F(CAP, STOCK, "2023-01-31", 2500, site="Blažuj"), F(ACC, STOCK, "2023-01-31", 523, site="Blažuj"),
            F(CAP, STOCK, "2023-01-31", 5230),
        ]),
    doc(IOM, "iom-bih-sitrep-2023-05", "pdf-pdfpig", language=EN, country="BIH", published="2023-06-09",
        title="IOM Bosnia and Herzegovina Migrant Response Sitrep – May 2023",
        heading="BOSNIA AND HERZEGOVINA MIGRANT RESPONSE SITREP May 2023", blocks=[
            ("p", "In May, the SFA registered 2,408 irregular arrivals. At the end of May, 2,114 persons were accommodated in the four TRCs."),
            ("table", "Occupancy and capacity, end of May 2023:", ["Centre", "Capacity", "Accommodated"],
             [["TRC Lipa", "1,500", "760"], ["TRC Borići", "430", "288"], ["TRC Ušivak", "800", "512"], ["TRC Blažuj", "2,500", "554"]]),
            ("p", "Asylum: 2,210 migrants expressed an intention to seek asylum, and 12 applied for asylum."),
        ], figures=[
            F(ARR, MONTH, "2023-05", 2408), F(ACC, STOCK, "2023-05", 2114),
            F(CAP, STOCK, "2023-05", 1500, site="Lipa"), F(ACC, STOCK, "2023-05", 760, site="Lipa"),
            F(CAP, STOCK, "2023-05", 430, site="Borići"), F(ACC, STOCK, "2023-05", 288, site="Borići"),
            F(CAP, STOCK, "2023-05", 800, site="Ušivak"), F(ACC, STOCK, "2023-05", 512, site="Ušivak"),
            F(CAP, STOCK, "2023-05", 2500, site="Blažuj"), F(ACC, STOCK, "2023-05", 554, site="Blažuj"),
            F(INT, MONTH, "2023-05", 2210), F(APP, MONTH, "2023-05", 12),
        ]),
    doc(IOM, "iom-bih-sitrep-2022-06", "txt", language=EN, country="BIH", published="2022-07-06",
        title="IOM BiH Migrant Response – Situation Report June 2022", blocks=[
            ("p", "In June 2022, the Service for Foreigners' Affairs registered 2,273 new arrivals."),
            ("p", "On 30 June, 2,056 migrants were accommodated in TRCs: 780 in TRC Lipa, 402 in TRC Borići, 511 in TRC Ušivak "
                  "and 363 in TRC Blažuj."),
            ("p", "The total capacity of the TRCs is 5,230 beds. IOM estimates that 450 migrants stay outside the TRCs."),
            ("small", "For more information: IOM Sarajevo, +387 33 293 400"),
        ], figures=[
            F(ARR, MONTH, "2022-06", 2273), F(ACC, STOCK, "2022-06-30", 2056),
            F(ACC, STOCK, "2022-06-30", 780, site="Lipa"), F(ACC, STOCK, "2022-06-30", 402, site="Borići"),
            F(ACC, STOCK, "2022-06-30", 511, site="Ušivak"), F(ACC, STOCK, "2022-06-30", 363, site="Blažuj"),
            F(CAP, STOCK, "2022-06", 5230), F(OUT, STOCK, "2022-06", 450, approx=True),
        ]),
    doc(IOM, "iom-bih-sitrep-2021-12", "html", language=EN, country="BIH", published="2022-01-12",
        title="IOM BiH Migrant Response Situation Report – December 2021", publisher="IOM", blocks=[
            ("p", "In December 2021, 335 arrivals were registered, bringing the total for 2021 to 15,740."),
            ("p", "As of 31 December, 2,430 migrants were accommodated in IOM-supported centres, including 98 unaccompanied "
                  "and separated children."),
            ("p", "Capacity stood at 5,900 places, of which 3,470 were free."),
            ("p", "Between 600 and 900 migrants were estimated to be sleeping rough in Una-Sana and Sarajevo cantons."),
        ], figures=[
            F(ARR, MONTH, "2021-12", 335), F(ARR, YEAR, "2021", 15740), F(ACC, STOCK, "2021-12-31", 2430),
            F(UASC_PRES, STOCK, "2021-12-31", 98), F(CAP, STOCK, "2021-12", 5900), F(OUT, STOCK, "2021-12", (600, 900)),
        ]),
    doc(IOM, "iom-bih-sitrep-2023-09", "pdf-libreoffice", language=EN, country="BIH", published="2023-10-11",
        title="IOM Bosnia and Herzegovina Migrant Response – Situation Report September 2023", blocks=[
            ("kf", [("3,912", "arrivals in September"), ("2,745", "migrants in TRCs, end of September"),
                    ("5,230", "TRC capacity (beds)")]),
            ("p", "Arrivals rose to 3,912 in September from 2,950 in August."),
            ("p", "At the end of September 2,745 migrants were accommodated; TRC Lipa hosted 1,020 of them and TRC Blažuj 890."),
        ], figures=[
            F(ARR, MONTH, "2023-09", 3912), F(ACC, STOCK, "2023-09", 2745), F(CAP, STOCK, "2023-09", 5230),
            F(ARR, MONTH, "2023-08", 2950), F(ACC, STOCK, "2023-09", 1020, site="Lipa"), F(ACC, STOCK, "2023-09", 890, site="Blažuj"),
        ]),

    # ------------------------------------------------------------------ English news
    doc(NEWS, "news-2022-11-route", "html", language=EN, country="SRB", published="2022-11-30",
        title="Arrivals along the Western Balkans route keep rising", publisher="Balkan news desk", blocks=[
            ("p", "In October, 5,010 refugees and migrants arrived irregularly in Bosnia and Herzegovina, according to the "
                  "Service for Foreigners' Affairs."),
            ("p", "In Serbia, 5,902 new arrivals to governmental centres were registered in October."),
            ("p", "North Macedonia registered 2,118 irregular arrivals in October."),
            ("p", "Montenegro recorded 1,312 arrivals in October, most of them from Albania."),
            ("p", "The International Organization for Migration said that 2,942 people were accommodated in reception centres "
                  "in Bosnia and Herzegovina at the end of October."),
        ], figures=[
            F(ARR, MONTH, "2022-10", 5010, country="BIH"), F(ARR, MONTH, "2022-10", 5902, country="SRB"),
            F(ARR, MONTH, "2022-10", 2118, country="MKD"), F(ARR, MONTH, "2022-10", 1312, country="MNE"),
            F(ACC, STOCK, "2022-10", 2942, country="BIH"),
        ]),
    doc(NEWS, "news-2023-01-kosovo", "txt", language=EN, country="XKX", published="2023-01-24",
        title="Kosovo Police: irregular migration tripled in 2022", blocks=[
            ("p", "Kosovo Police registered 3,402 irregular migrants in 2022, almost three times as many as in 2021 (1,214)."),
            ("p", "Most of them had entered from Albania and North Macedonia. 186 new arrivals were registered in December alone."),
        ], figures=[
            F(ARR, YEAR, "2022", 3402), F(ARR, YEAR, "2021", 1214), F(ARR, MONTH, "2022-12", 186),
        ]),
    doc(NEWS, "news-2023-06-una-sana", "pdf-libreoffice", language=EN, country="BIH", published="2023-06-20",
        title="Una-Sana Canton: centres half empty as arrivals fall", blocks=[
            ("p", "Only 1,106 migrants were accommodated in the temporary reception centres of Bosnia and Herzegovina on "
                  "19 June, compared to 2,114 at the end of May."),
            ("p", "TRC Lipa, with 1,500 beds, currently hosts 412 people."),
            ("p", "The Service for Foreigners' Affairs registered 1,954 arrivals in May, a quarter fewer than in April."),
            ("small", "Press contact: +387 37 222 111"),
        ], figures=[
            F(ACC, STOCK, "2023-06-19", 1106), F(ACC, STOCK, "2023-05", 2114),
            F(CAP, STOCK, "2023-06-20", 1500, site="Lipa"), F(ACC, STOCK, "2023-06-20", 412, site="Lipa"),
            F(ARR, MONTH, "2023-05", 1954),
        ]),
    doc(NEWS, "news-2024-01-serbia", "html", language=EN, country="SRB", published="2024-01-03",
        title="Serbia: 107,374 newly arrived migrants in 2023", publisher="Balkan news desk", blocks=[
            ("p", "Serbia's Commissariat for Refugees and Migration registered 107,374 newly arrived migrants in its centres "
                  "in 2023, a 12.17 percent decrease from 2022."),
            ("p", "Some 2,900 migrants currently stay in 18 centres. Syria, Afghanistan and Morocco were the main countries of origin."),
        ], figures=[
            F(ARR, YEAR, "2023", 107374), F(ACC, STOCK, "2024-01-03", 2900, approx=True),
        ]),
    doc(NEWS, "news-2022-07-region", "pdf-pdfpig", language=EN, country="BIH", published="2022-07-28",
        title="Western Balkans: June arrivals at a glance", blocks=[
            ("p", "Bosnia and Herzegovina: 2,273 irregular arrivals were registered in June 2022."),
            ("p", "Serbia: 9,840 new arrivals to governmental centres in June 2022."),
            ("p", "Montenegro: 789 irregular arrivals in June 2022."),
            ("p", "Albania: 1,106 migrants were apprehended after entering irregularly in June 2022."),
            ("p", "North Macedonia: 1,930 irregular arrivals in June 2022."),
        ], figures=[
            F(ARR, MONTH, "2022-06", 2273, country="BIH"), F(ARR, MONTH, "2022-06", 9840, country="SRB"),
            F(ARR, MONTH, "2022-06", 789, country="MNE"), F(ARR, MONTH, "2022-06", 1106, country="ALB"),
            F(ARR, MONTH, "2022-06", 1930, country="MKD"),
        ]),
]
