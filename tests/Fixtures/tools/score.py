#!/usr/bin/env python3
"""Scores `migrationfeeds extract` over fixtures, as a person would run it: each document with the
--country and --published its .expected.json gives (none when null), matched on country, site, indicator,
measure, period and value (or low-high). Prints precision and recall per batch, per family and overall,
and with --details every missing and extra figure.

Usage: tests/Fixtures/tools/score.py CLI_DLL [--batch b1 ...] [--details] [FIXTURES_DIR]
Used to take a batch's first-seen score, once, before the engine is changed for it (docs/extraction.md).
"""
import argparse, collections, glob, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXTS = [".pdf", ".html", ".htm", ".txt"]


def key(f):
    value = f["value"] if f.get("value") is not None else f"{f.get('low')}-{f.get('high')}"
    site = f"/{f['site']}" if f.get("site") else ""
    return f"{f['country']}{site} {f['indicator']} {f['measure']} {f['period']} {value}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("fixtures", nargs="?", default=os.path.abspath(os.path.join(HERE, "..")))
    ap.add_argument("--batch", action="append")
    ap.add_argument("--details", action="store_true")
    a = ap.parse_args()

    docs = []
    for exp in sorted(glob.glob(os.path.join(a.fixtures, "**", "*.expected.json"), recursive=True)):
        spec = json.load(open(exp, encoding="utf-8"))
        batch = spec.get("batch", "b0")
        if a.batch and batch not in a.batch:
            continue
        stem = exp[: -len(".expected.json")]
        doc = next((stem + e for e in EXTS if os.path.exists(stem + e)), None)
        docs.append((doc, spec, batch))

    groups = collections.defaultdict(list)
    for doc, spec, batch in docs:
        groups[(spec.get("country"), spec.get("published"))].append(doc)
    got = collections.defaultdict(list)
    for (country, published), files in groups.items():
        args = ["dotnet", a.cli, "extract", *files]
        if country:
            args += ["--country", country]
        if published:
            args += ["--published", published]
        out = subprocess.run(args, capture_output=True, text=True)
        if out.returncode != 0:
            # A failed run loses every figure of its group: say so rather than score it as misses.
            print(f"extract failed ({out.returncode}) on {len(files)} file(s): {out.stderr.strip()[-600:]}", file=sys.stderr)
        for line in out.stdout.splitlines():
            f = json.loads(line)
            got[f["file"]].append(f)

    scores = collections.defaultdict(lambda: [0, 0, 0, 0])  # docs expected extracted matched
    details = []
    for doc, spec, batch in docs:
        want = [key(f) for f in spec["figures"]]
        have = [key(f) for f in got.get(doc, [])]
        left = list(have)
        matched = 0
        for w in want:
            if w in left:
                left.remove(w)
                matched += 1
        missing = list(want)
        for h in have:
            if h in missing:
                missing.remove(h)
        rel = os.path.relpath(doc, a.fixtures)
        for m in missing:
            details.append(f"  missing  {rel}: {m}")
        for x in left:
            q = next(f["quote"] for f in got[doc] if key(f) == x)
            details.append(f"  extra    {rel}: {x}  <- {q[:140]}")
        for name in ("all", "batch " + batch, spec["family"], "kind " + spec.get("kind", "fragment")):
            s = scores[name]
            s[0] += 1; s[1] += len(want); s[2] += len(have); s[3] += matched

    print(f"{'':32} {'docs':>5} {'expected':>9} {'extracted':>10} {'matched':>8} {'precision':>10} {'recall':>7}")
    for name in sorted(scores, key=lambda n: (n == "all", not n.startswith("batch"), not n.startswith("kind"), n)):
        d, e, x, m = scores[name]
        p = m / x if x else 1.0
        r = m / e if e else 1.0
        print(f"{name:32} {d:5} {e:9} {x:10} {m:8} {p:10.3f} {r:7.3f}")
    if a.details:
        print("\n".join(details))


if __name__ == "__main__":
    main()
