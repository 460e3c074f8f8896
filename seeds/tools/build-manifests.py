#!/usr/bin/env python3
"""Writes the manifest of every snapshot source: which figure of which reconstructed document is real.

For each source with an expected file (seeds/snapshot/expected/<id>.json) it writes
seeds/snapshot/manifest/<id>.json, listing every figure of every reconstructed document, and
seeds/snapshot/manifest/summary.json with the share of real figures per source.

A figure is real when a row of seeds/real-figures/*.csv, each copied from a real publication with its
address and date, states the same thing: same country, site, indicator and measure, the same period (an
interval from the first of a month to the last of another is written with months; a day that ends a month
is that month's end; a year is January to December) and the same value or range. The row's publication is
the one the manifest names. Every other figure is a stand-in, with the reason seeds/real-figures/stand-ins.csv
gives for its source and indicator (the first row that fits, `*` fitting anything).

Usage: seeds/tools/build-manifests.py [--check]   (--check: write nothing, exit 1 if a manifest would change)
"""
import calendar
import csv
import glob
import re
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.dirname(HERE)
EXPECTED = os.path.join(SEEDS, "snapshot", "expected")
MANIFEST = os.path.join(SEEDS, "snapshot", "manifest")
REAL = os.path.join(SEEDS, "real-figures")
STAND_INS = os.path.join(REAL, "stand-ins.csv")


def fold(text):
    """A site name without diacritics or case: Borići and Borici are one centre."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.replace("ë", "e").replace("Ë", "E"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def month_of_day(day):
    """'2022-10-31' -> '2022-10' when the day ends its month; otherwise None."""
    if len(day) != 10:
        return None
    y, m, d = int(day[:4]), int(day[5:7]), int(day[8:10])
    return day[:7] if d == calendar.monthrange(y, m)[1] else None


def period_key(measure, period):
    """One spelling for each period, so that equal periods written differently compare equal."""
    if measure == "year" and len(period) == 4:
        return ("interval", period + "-01", period + "-12")
    if "/" in period:
        start, end = period.split("/")
        if len(start) == 10 and start.endswith("-01"):
            start = start[:7]
        if len(end) == 10 and month_of_day(end):
            end = end[:7]
        return ("interval", start, end)
    if measure == "stock" and len(period) == 10 and month_of_day(period):
        return ("day", period[:7])
    return ("day", period)


def measure_key(measure):
    return "flow" if measure in ("year", "cumulative") else measure


def number(text):
    return int(text) if text not in (None, "") else None


def figure_key(country, site, indicator, measure, period, value, low, high):
    return (country, fold(site), indicator, measure_key(measure), period_key(measure, period), value, low, high)


def load_real():
    """Every real figure by its key, in the order of the files; each with its publication."""
    real = {}
    for path in sorted(glob.glob(os.path.join(REAL, "*.csv"))):
        if os.path.abspath(path) == os.path.abspath(STAND_INS):
            continue
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                key = figure_key(row["country"], row["site"], row["indicator"], row["measure"], row["period"],
                                 number(row["value"]), number(row["low"]), number(row["high"]))
                real.setdefault(key, []).append({
                    "url": row["url"],
                    "published": row["published"] or None,
                    "publisher": row["publisher"],
                    "file": os.path.relpath(path, SEEDS),
                })
    return real


def load_stand_ins():
    with open(STAND_INS, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def reason(rules, source, figure):
    for rule in rules:
        if rule["source"] in ("*", source) and rule["indicator"] in ("*", figure["indicator"]) \
                and rule["site"] in ("*", "" if figure.get("site") is None else "site"):
            return rule["reason"]
    raise SystemExit(f"{source}: no reason in {STAND_INS} for a stand-in {figure['indicator']} figure")


def choose(candidates, published):
    """The publication to cite: a family's own record before the extraction corpus' (b<N>.csv, which grows with
    every batch and should not move a citation), a dated one first, then the one published closest to the document."""
    def distance(c):
        corpus = re.fullmatch(r"real-figures/b\d+\.csv", c["file"]) is not None
        if c["published"] is None:
            return (corpus, 1, 0)
        return (corpus, 0, abs((int(c["published"][:4]) * 372 + int(c["published"][5:7]) * 31 + int(c["published"][8:10]))
                       - (int(published[:4]) * 372 + int(published[5:7]) * 31 + int(published[8:10]))))
    return sorted(candidates, key=distance)[0]


def manifest(source, expected, real, rules):
    documents = []
    total = real_count = 0
    for document in expected["documents"]:
        figures = []
        for f in document["figures"]:
            entry = {k: f.get(k) for k in ("country", "site", "indicator", "measure", "period", "value", "low", "high", "page")}
            key = figure_key(f["country"], f.get("site"), f["indicator"], f["measure"], f["period"], f.get("value"), f.get("low"), f.get("high"))
            found = real.get(key)
            if found:
                chosen = choose(found, document["published"])
                entry.update({"real": True, "realUrl": chosen["url"], "realPublished": chosen["published"],
                              "realPublisher": chosen["publisher"]})
                real_count += 1
            else:
                entry.update({"real": False, "standIn": reason(rules, source, f)})
            total += 1
            figures.append(entry)
        documents.append({"url": document["url"], "published": document["published"], "figures": figures})
    summary = {"figures": total, "real": real_count, "standIns": total - real_count,
               "share": round(real_count / total, 4) if total else 0.0}
    return {"source": source, "reconstruction": True, "summary": summary, "documents": documents}


def dump(value):
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def main():
    check = "--check" in sys.argv[1:]
    real = load_real()
    rules = load_stand_ins()
    outputs = {}
    sources = {}
    for path in sorted(glob.glob(os.path.join(EXPECTED, "*.json"))):
        source = os.path.basename(path)[:-5]
        with open(path, encoding="utf-8") as f:
            m = manifest(source, json.load(f), real, rules)
        outputs[os.path.join(MANIFEST, source + ".json")] = dump(m)
        sources[source] = dict(m["summary"], manifest=f"seeds/snapshot/manifest/{source}.json")
    figures = sum(s["figures"] for s in sources.values())
    real_total = sum(s["real"] for s in sources.values())
    outputs[os.path.join(MANIFEST, "summary.json")] = dump({
        "description": "Every document in seeds/snapshot is a reconstruction imitating a real publication. A real "
                       "figure is one a real publication states, named in the source's manifest with its address "
                       "and date; a stand-in is a plausible figure with the reason no real one was used. See "
                       "seeds/README.md.",
        "figures": figures, "real": real_total, "standIns": figures - real_total,
        "share": round(real_total / figures, 4) if figures else 0.0,
        "sources": sources,
    })
    changed = []
    for path, text in outputs.items():
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            changed.append(os.path.relpath(path, SEEDS))
            if not check:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
    for source, s in sources.items():
        print(f"{source:30} {s['real']:5} of {s['figures']:5} real ({s['share']:.1%})")
    print(f"{'all':30} {real_total:5} of {figures:5} real ({real_total / figures:.1%})")
    if check and changed:
        print("out of date: " + ", ".join(changed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
