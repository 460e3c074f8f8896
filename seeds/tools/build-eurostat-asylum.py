#!/usr/bin/env python3
"""Builds seeds/snapshot/eurostat-asylum/ from shared/realdata/eurostat-asylum-montenegro.

Two answers of Eurostat's dissemination API (JSON-stat 2.0), in the shape the API sends: the yearly
dataset migr_asyappctza and the monthly migr_asyappctzm, filtered to first-time applicants, all
citizenships, both sexes, all ages, persons, for the geos ME, RS, MK, AL, BA.

Real: the yearly Montenegro totals 2018-2024 (the sums of the real per-nationality, per-sex cells).
Reconstructed: the one monthly Montenegro cell, December 2024 (MONTHLY below: no real monthly value was at
hand, so the monthly answer carries only the newest month its source needs), the metadata (labels, update
times, annotations). Every other cell is absent, as Eurostat leaves out cells it has no value for; the geo
dimension lists only ME.

Usage: seeds/tools/build-eurostat-asylum.py [path/to/shared/realdata]
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
REALDATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(REPO), "shared", "realdata")
OUT = os.path.join(REPO, "seeds", "snapshot", "eurostat-asylum")
API = "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/"
FILTER = "format=JSON&lang=EN&unit=PER&citizen=TOTAL&sex=T&age=TOTAL&applicant=FRST&geo=ME&geo=RS&geo=MK&geo=AL&geo=BA"

# Reconstructed, see the docstring: Eurostat rounds every cell to a multiple of 5.
MONTHLY = {"2024-12": 10}


def dimension(label, codes):
    return {"label": label, "category": {"index": {c: i for i, c in enumerate(codes)}, "label": codes}}


def dataset(code, label, freq, freq_label, times, values, updated):
    dims = {
        "freq": dimension("Time frequency", {freq: freq_label}),
        "unit": dimension("Unit of measure", {"PER": "Person"}),
        "citizen": dimension("Country of citizenship", {"TOTAL": "Total"}),
        "sex": dimension("Sex", {"T": "Total"}),
        "age": dimension("Age class", {"TOTAL": "Total"}),
        "applicant": dimension("Applicant type", {"FRST": "First time applicant"}),
        "geo": dimension("Geopolitical entity (reporting)", {"ME": "Montenegro"}),
        "time": dimension("Time", {t: t for t in times}),
    }
    ids = list(dims)
    sizes = [len(d["category"]["index"]) for d in dims.values()]
    # Every dimension but time has one category, so a cell's flat index is its time position.
    value = {str(times.index(t)): v for t, v in values.items()}
    missing = [i for i, t in enumerate(times) if t not in values]
    return {
        "version": "2.0",
        "class": "dataset",
        "label": label,
        "source": "ESTAT",
        "updated": updated,
        "value": value,
        "id": ids,
        "size": sizes,
        "dimension": dims,
        "extension": {
            "lang": "EN",
            "agencyId": "ESTAT",
            "id": code.upper(),
            "version": "1.0",
            "datastructure": {"agencyId": "ESTAT", "id": code.upper(), "version": "34.0"},
            "annotation": [
                {"type": "OBS_COUNT", "title": str(len(value))},
                {"type": "UPDATE_DATA", "date": updated},
                {"type": "DISSEMINATION_SOURCE_DATA", "title": "ESTAT"},
            ],
            "positions-with-no-data": {"freq": [], "unit": [], "citizen": [], "sex": [], "age": [], "applicant": [], "geo": [], "time": missing},
        },
    }


def main():
    totals = {}
    with open(os.path.join(REALDATA, "eurostat-asylum-montenegro", "eu_asyapp_annual_MNE_by_nat_sex.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            totals[row["t"]] = totals.get(row["t"], 0) + int(row["n"])
    years = sorted(totals)
    months = [f"2024-{m:02d}" for m in range(1, 13)] + ["2025-01", "2025-02", "2025-03"]
    monthly = MONTHLY
    assert sum(monthly.values()) <= totals["2024"]

    yearly_url = API + "migr_asyappctza?" + FILTER + "&sinceTimePeriod=2018"
    monthly_url = API + "migr_asyappctzm?" + FILTER + "&sinceTimePeriod=2024-01"
    os.makedirs(os.path.join(OUT, "files"), exist_ok=True)
    documents = [
        ("migr_asyappctza.json", yearly_url, dataset(
            "migr_asyappctza", "Asylum applicants by type of applicant, citizenship, age and sex - annual aggregated data",
            "A", "Annual", years, totals, "2025-04-17T23:00:00+0200"), "Thu, 17 Apr 2025 21:00:00 GMT", "year"),
        ("migr_asyappctzm.json", monthly_url, dataset(
            "migr_asyappctzm", "Asylum applicants by type of applicant, citizenship, age and sex - monthly data",
            "M", "Monthly", months, monthly, "2025-06-12T23:00:00+0200"), "Thu, 12 Jun 2025 21:00:00 GMT", "month"),
    ]
    entries, expected = [], []
    for name, url, body, modified, measure in documents:
        with open(os.path.join(OUT, "files", name), "w", encoding="utf-8") as f:
            json.dump(body, f, ensure_ascii=False, separators=(",", ":"))
        entries.append({"url": url, "file": "files/" + name, "contentType": "application/json",
                        "lastModified": modified})
        values = totals if measure == "year" else monthly
        expected.append({"url": url, "published": body["updated"][:10], "figures": [
            {"country": "MNE", "site": None, "indicator": "asylum_applications", "measure": measure, "period": t,
             "value": v, "low": None, "high": None, "approximate": False, "page": 1} for t, v in sorted(values.items())]})
    with open(os.path.join(OUT, "index.json"), "w", encoding="utf-8") as f:
        json.dump({"entries": entries}, f, indent=2)
        f.write("\n")
    with open(os.path.join(REPO, "seeds", "snapshot", "expected", "eurostat-asylum.json"), "w", encoding="utf-8") as f:
        json.dump({"documents": expected}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
