#!/usr/bin/env python3
"""Builds seeds/snapshot/frontex-wb-route/ from shared/realdata/frontex-monthly-ibc.

The workbook follows the layout of Frontex's "Monthly detections of IBC" file: one sheet,
Detections_of_IBC, a blank first row, a header row "Route | Border type or inland | Nationality |
JAN2009 | FEB2009 | ...", then one row per route, border type and nationality with the monthly
detections. Every number comes from the real data; cells the data has no row for stay empty.

Usage: seeds/tools/build-frontex-wb-route.py [path/to/shared/realdata]
"""
import csv
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
REALDATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(REPO), "shared", "realdata")
OUT = os.path.join(REPO, "seeds", "snapshot", "frontex-wb-route")

PAGE_URL = "https://www.frontex.europa.eu/what-we-do/monitoring-and-risk-analysis/migratory-map/"
XLSX_PATH = "/assets/Migratory_routes/2025/Monthly_detections_of_IBC_2025_06_03.xlsx"
XLSX_NAME = "Monthly_detections_of_IBC_2025_06_03.xlsx"
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
FIXED_TIME = (2025, 6, 3, 9, 0, 0)


def column(index):
    """0-based column index to its letters: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def main():
    source = os.path.join(REALDATA, "frontex-monthly-ibc", "frontex_detections_by_route_nat_month.csv")
    cells = {}
    months = set()
    with open(source, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["route"], row["type"], row["nat"])
            cells.setdefault(key, {})[row["month"]] = int(row["n"])
            months.add(row["month"])
    months = sorted(months)
    keys = sorted(cells)

    strings, string_index = [], {}

    def shared(text):
        if text not in string_index:
            string_index[text] = len(strings)
            strings.append(text)
        return string_index[text]

    header = ["Route", "Border type or inland", "Nationality"] + [MONTHS[int(m[5:]) - 1] + m[:4] for m in months]
    rows = []
    rows.append('<row r="2">' + "".join(
        f'<c r="{column(i)}2" t="s"><v>{shared(h)}</v></c>' for i, h in enumerate(header)) + "</row>")
    for n, key in enumerate(keys, start=3):
        parts = [f'<c r="{column(i)}{n}" t="s"><v>{shared(text)}</v></c>' for i, text in enumerate(key)]
        for j, month in enumerate(months, start=3):
            if month in cells[key]:
                parts.append(f'<c r="{column(j)}{n}"><v>{cells[key][month]}</v></c>')
        rows.append(f'<row r="{n}">' + "".join(parts) + "</row>")
    last = f"{column(len(header) - 1)}{len(keys) + 2}"

    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             f'<dimension ref="A2:{last}"/><sheetData>' + "".join(rows) + "</sheetData></worksheet>")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Detections_of_IBC" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
            '</styleSheet>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": sst,
    }
    os.makedirs(os.path.join(OUT, "files"), exist_ok=True)
    with zipfile.ZipFile(os.path.join(OUT, "files", XLSX_NAME), "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))

    index = {"entries": [
        {"url": PAGE_URL, "file": "files/migratory-map.html", "contentType": "text/html; charset=utf-8",
         "etag": "\"6e1f-63a7c2b1d4e80\"", "lastModified": "Tue, 03 Jun 2025 09:12:00 GMT"},
        {"url": "https://www.frontex.europa.eu" + XLSX_PATH, "file": "files/" + XLSX_NAME,
         "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "etag": "\"2c41a-63a7c2b1d4e80\"", "lastModified": "Tue, 03 Jun 2025 09:00:00 GMT"},
    ]}
    with open(os.path.join(OUT, "index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, indent=2)
        f.write("\n")

    # The expected figures: the route's real monthly totals, read from their own file.
    totals = {}
    with open(os.path.join(REALDATA, "frontex-monthly-ibc", "frontex_western_balkan_route_monthly_total.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            totals[row["month"]] = int(row["n"])
    expected = {"documents": [{
        "url": "https://www.frontex.europa.eu" + XLSX_PATH,
        "published": "2025-06-03",
        "figures": [{"country": "WB6", "site": None, "indicator": "arrivals", "measure": "month", "period": m,
                     "value": totals[m], "low": None, "high": None, "approximate": False, "page": 1}
                    for m in sorted(totals)],
    }]}
    os.makedirs(os.path.join(REPO, "seeds", "snapshot", "expected"), exist_ok=True)
    with open(os.path.join(REPO, "seeds", "snapshot", "expected", "frontex-wb-route.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
