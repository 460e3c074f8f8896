#!/usr/bin/env python3
"""Builds seeds/snapshot/instat-alb/ and seeds/releases/instat-alb/2024-07-04/.

Two releases of INSTAT's asylum seekers table as its PxWeb API v1 would answer them: the folder listing
that discovery reads (GET) and the table's data (POST of the query the source sends, json-stat2).

- seeds/releases/instat-alb/2024-07-04/: the release of 4 July 2024 (years 2017-2023).
- seeds/snapshot/instat-alb/: the release of 4 July 2025 (years 2017-2024), the one the snapshot replays.
  Between the two, INSTAT renamed two category labels ("Azilkërkues" became "Azilkërkues (persona)",
  "Gjithsej" became "Gjithsej në vit") and added a content ("Vendime pozitive", positive decisions).

Real: the yearly totals 2017 and 2019-2023 as INSTAT published them (see seeds/README.md), 2024 as the Ministry of
Interior (INSTAT's source) stated it (104 asylum applications, press of 25 August 2025; no INSTAT release of 2024
was at hand), and the yearly positive decisions 2019-2021 and 2023. Derived: 2018 (2019's 6,557 was "49.5 % more
than 2018"). Reconstructed: the two monthly cells the tests need (April 2020, a reported zero, and December 2024,
the newest month), the table and folder ids, titles, labels and dates. Every other month is "..": no real monthly
value was at hand, so none is invented.

Usage: seeds/tools/build-instat-alb.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
FOLDER = "https://databaza.instat.gov.al:8083/pxweb/api/v1/sq/DST/START/MIG/"
TABLE = FOLDER + "AZIL01.px"
# Exactly the query InstatAlbSource.Query sends; the replay answers only this query.
QUERY = {"query": [{"code": c, "selection": {"filter": "all", "values": ["*"]}} for c in ("Muaji", "Treguesi", "Viti")],
         "response": {"format": "json-stat2"}}

NIL, NA = "-", ".."
YEARLY = {"2017": 309, "2018": 4386, "2019": 6557, "2020": 2232, "2021": 2533, "2022": 125, "2023": 261, "2024": 104}
# The months: no real monthly value was at hand, so the table gives only the two monthly cells the source's tests
# need: April 2020, a reported zero ("-", the borders being closed; INSTAT wrote that the first quarter held 97.7 %
# of the year), and December 2024, so that the newest month of the later release is its December. Every other
# month is "..", not available, as the months of 2017 are.
MONTHLY = {year: [NA] * 12 for year in YEARLY}
MONTHLY["2020"][3] = NIL
MONTHLY["2024"][11] = 6
DECISIONS = {"2019": 24, "2020": 4, "2021": 7, "2023": 14}
MONTHS = ["Janar", "Shkurt", "Mars", "Prill", "Maj", "Qershor", "Korrik", "Gusht", "Shtator", "Tetor", "Nëntor", "Dhjetor"]
SOURCE_NOTE = ("Burimi: Ministria e Punëve të Brendshme, Drejtoria e Azilit, e të Huajve dhe e Shtetësisë; "
               "Drejtoria e Përgjithshme e Policisë së Shtetit, Departamenti i Kufirit dhe Migracionit.")

for year, months in MONTHLY.items():
    counted = [0 if m == NIL else m for m in months if m != NA]
    assert sum(counted) <= YEARLY[year] and (len(counted) < 12 or sum(counted) == YEARLY[year]), year


def dimension(label, categories, unit=None):
    category = {"index": {c: i for i, c in enumerate(categories)}, "label": dict(categories)}
    if unit:
        category["unit"] = unit
    return {"label": label, "category": category}


def release(years, total_label, asylum_label, with_decisions, updated):
    muaji = {"Gjithsej": total_label, **{f"{m + 1:02d}": name for m, name in enumerate(MONTHS)}}
    treguesi = {"Azilkerkues": asylum_label}
    if with_decisions:
        treguesi["Vendime_pozitive"] = "Vendime pozitive për statusin e refugjatit dhe mbrojtjen plotësuese"
    viti = {y: y for y in years}
    values, status = [], {}
    for m in muaji:
        for c in treguesi:
            for y in viti:
                if c == "Azilkerkues":
                    cell = YEARLY[y] if m == "Gjithsej" else MONTHLY[y][int(m) - 1]
                else:
                    cell = DECISIONS.get(y, NA) if m == "Gjithsej" else NA
                if cell in (NA, NIL):
                    status[str(len(values))] = cell
                    cell = None
                values.append(cell)
    return {
        "class": "dataset",
        "label": "Azilkërkuesit sipas muajit, treguesit dhe vitit",
        "source": "Instituti i Statistikave (INSTAT)",
        "updated": updated,
        "id": ["Muaji", "Treguesi", "Viti"],
        "size": [len(muaji), len(treguesi), len(viti)],
        "dimension": {
            "Muaji": dimension("Muaji", muaji),
            "Treguesi": dimension("Treguesi", treguesi, {c: {"base": "persona", "decimals": 0} for c in treguesi}),
            "Viti": dimension("Viti", viti),
        },
        "extension": {"px": {"infofile": "None", "tableid": "AZIL01", "decimals": 0, "official-statistics": True,
                             "aggregallowed": False, "language": "sq", "contents": asylum_label,
                             "descriptiondefault": False, "heading": ["Viti"], "stub": ["Muaji", "Treguesi"]}},
        "note": [SOURCE_NOTE],
        "role": {"time": ["Viti"], "metric": ["Treguesi"]},
        "version": "2.0",
        "value": values,
        "status": status,
    }


def listing(first_year, last_year, updated, foreigners_updated):
    return [
        {"id": "MIM6.px", "type": "t", "text": f"Të huajt me leje qëndrimi sipas kontinentit, 2017-{last_year - 1}",
         "updated": foreigners_updated},
        {"id": "AZIL01.px", "type": "t", "text": f"Azilkërkuesit sipas muajit, {first_year}-{last_year}", "updated": updated},
        {"id": "SHT01.px", "type": "t", "text": f"Fitimi dhe lënia e shtetësisë shqiptare, 2017-{last_year}", "updated": updated},
    ]


def expected(years, published):
    figures = []
    for y in years:
        figures.append(figure("year", y, YEARLY[y]))
    for y in years:
        for m, v in enumerate(MONTHLY[y]):
            if v != NA:
                figures.append(figure("month", f"{y}-{m + 1:02d}", 0 if v == NIL else v))
    return {"documents": [{"url": TABLE, "published": published, "figures": figures}]}


def figure(measure, period, value):
    return {"country": "ALB", "site": None, "indicator": "asylum_applications", "measure": measure, "period": period,
            "value": value, "low": None, "high": None, "approximate": False, "page": 1}


def write(path, body, indent=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(body, f, ensure_ascii=False, indent=indent, separators=None if indent else (",", ":"))
        if indent:
            f.write("\n")


def record(folder, years, total_label, asylum_label, with_decisions, updated, foreigners_updated):
    first, last = int(years[0]), int(years[-1])
    write(os.path.join(folder, "files", "START-MIG.json"), listing(first, last, updated, foreigners_updated))
    write(os.path.join(folder, "files", "AZIL01.json"), release(years, total_label, asylum_label, with_decisions, updated + "Z"))
    write(os.path.join(folder, "index.json"), {"entries": [
        {"url": FOLDER, "file": "files/START-MIG.json", "contentType": "application/json; charset=utf-8"},
        {"url": TABLE, "method": "POST", "body": QUERY, "file": "files/AZIL01.json", "contentType": "application/json; charset=utf-8"},
    ]}, indent=2)


def main():
    first = [str(y) for y in range(2017, 2024)]
    latest = [str(y) for y in range(2017, 2025)]
    earlier = os.path.join(REPO, "seeds", "releases", "instat-alb", "2024-07-04")
    record(earlier, first, "Gjithsej", "Azilkërkues", False, "2024-07-04T10:00:00", "2023-08-24T10:00:00")
    write(os.path.join(earlier, "expected.json"), expected(first, "2024-07-04"), indent=2)
    record(os.path.join(REPO, "seeds", "snapshot", "instat-alb"), latest, "Gjithsej në vit", "Azilkërkues (persona)", True,
           "2025-07-04T10:00:00", "2024-08-23T10:00:00")
    write(os.path.join(REPO, "seeds", "snapshot", "expected", "instat-alb.json"), expected(latest, "2025-07-04"), indent=2)


if __name__ == "__main__":
    main()
