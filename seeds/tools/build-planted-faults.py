#!/usr/bin/env python3
"""Rebuilds tests/Fixtures/planted-faults/: copies of one snapshot document, UNHCR's Serbia Update of December 2022
(a reconstruction, see seeds/README.md), each with one figure stated wrongly as a misreading or a typing slip would
state it, built from the same spec and by the same writer as the snapshot's own copy (build-unhcr-serbia-update.py,
unhcr_country_update.py). tests/Pipeline.Tests/Series/SnapshotPlantedFaultTests.cs serves each in place of
the snapshot's PDF and expects the series checks to flag the month it changed.

  dropped-digit   December's arrivals 10,789 written 1,789
  year-total      December's arrivals written as the year's 124,127

Usage: seeds/tools/build-planted-faults.py   (needs the .NET SDK and the DejaVu fonts; LibreOffice Writer for a word-processor month)
"""
import copy
import importlib.util
import json
import os
import shutil
import tempfile

from unhcr_country_update import ROOT, build_lo_pdf, build_pig_pdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "tests", "Fixtures", "planted-faults")
MONTH = "2022-12"
STATED = "10,789"
FAULTS = {
    "dropped-digit": "1,789",
    "year-total": "124,127",
}


def serbia_spec():
    spec = importlib.util.spec_from_file_location("serbia", os.path.join(HERE, "build-unhcr-serbia-update.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def planted(doc, value):
    """The document with the month's arrivals stated as `value` wherever its text states them."""
    changed = copy.deepcopy(doc)
    count = 0

    def swap(text):
        nonlocal count
        if STATED in text:
            count += text.count(STATED)
            return text.replace(STATED, value)
        return text

    for page in changed["pages"]:
        for i, block in enumerate(page):
            if block[0] in ("p", "small", "h", "h3"):
                page[i] = (block[0], swap(block[1]))
            elif block[0] == "li":
                page[i] = ("li", [swap(t) for t in block[1]])
    assert count == 1, f"{STATED} is stated {count} times in the document's text"
    return changed


def main():
    serbia = serbia_spec()
    doc = next(d for d in serbia.DOCS if d["month"] == MONTH)
    os.makedirs(OUT, exist_ok=True)
    work = tempfile.mkdtemp()
    faults = []
    try:
        for name, value in FAULTS.items():
            target = os.path.join(OUT, f"{doc['slug']}-{name}.pdf")
            if doc["fmt"] == "pig":
                build_pig_pdf(planted(doc, value), target, work)
            else:
                build_lo_pdf(planted(doc, value), serbia.SOURCE, target, work)
            print("built", os.path.relpath(target, ROOT), os.path.getsize(target), "bytes")
            faults.append({"fault": name, "file": os.path.basename(target), "source": serbia.SOURCE["id"],
                           "indicator": "arrivals", "measure": "month", "period": MONTH,
                           "stated": int(STATED.replace(",", "")), "planted": int(value.replace(",", ""))})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    with open(os.path.join(OUT, "faults.json"), "w", encoding="utf-8") as f:
        json.dump({"document": doc["slug"], "faults": faults}, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
