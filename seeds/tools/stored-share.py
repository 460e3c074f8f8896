#!/usr/bin/env python3
"""Reads every stored observation from Azurite's table service and counts, per source, those marked real
(RealUrl set) and, for BIH and SRB, the months with a real monthly arrivals figure.

Usage, after a snapshot run (./run.sh --once) with the emulator serving its store again:
    seeds/tools/stored-share.py TABLE_PORT observations     # the counts
    seeds/tools/stored-share.py TABLE_PORT list             # the tables the store holds
"""
import base64, hashlib, hmac, json, sys, urllib.request, collections
from email.utils import formatdate
port = sys.argv[1]
acct = "devstoreaccount1"
key = base64.b64decode("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==")
table = sys.argv[2] if len(sys.argv) > 2 else "Observations"
def get(path, query=""):
    date = formatdate(usegmt=True)
    sig = base64.b64encode(hmac.new(key, f"{date}\n/{acct}/{acct}/{path}".encode(), hashlib.sha256).digest()).decode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/{acct}/{path}{query}", headers={
        "x-ms-date": date, "x-ms-version": "2019-02-02", "Accept": "application/json;odata=nometadata",
        "Authorization": f"SharedKeyLite {acct}:{sig}"})
    with urllib.request.urlopen(req) as r:
        return json.load(r), r.headers
if table == "list":
    print(get("Tables")[0]); sys.exit()
rows, q = [], ""
while True:
    body, h = get(f"{table}()", q)
    rows += body["value"]
    pk, rk = h.get("x-ms-continuation-NextPartitionKey"), h.get("x-ms-continuation-NextRowKey")
    if not pk: break
    q = f"?NextPartitionKey={pk}" + (f"&NextRowKey={rk}" if rk else "")
per = collections.defaultdict(lambda: [0, 0])
months = collections.defaultdict(set)
for e in rows:
    s = per[e["SourceId"]]; s[0] += 1
    if e.get("RealUrl"):
        s[1] += 1
        p = e.get("Period", "")
        if e.get("Indicator") == "arrivals" and e.get("Measure") == "month" and len(p) == 7 and not e.get("Site"):
            months[e["Country"]].add(p)
tot = [0, 0]
for src, (n, r) in sorted(per.items()):
    tot[0] += n; tot[1] += r
    print(f"{src:30} {r:5}/{n:5} {100*r/n:5.1f} %")
print(f"{'all':30} {tot[1]:5}/{tot[0]:5} {100*tot[1]/tot[0]:5.1f} %")
for c in ("BIH", "SRB"):
    ms = sorted(months[c])
    print(c, "months with a real monthly arrivals figure:", len(ms), ms[:1], ms[-1:], "from 2021:", len([m for m in ms if m >= "2021-01"]))
