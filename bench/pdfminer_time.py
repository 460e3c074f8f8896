"""pdfminer.six extract_text over the same PDFs, in one Python process: one warm-up round, then timed rounds.

usage: pdfminer_time.py ROUNDS FILE...   prints {"version": ..., "runs": [seconds per round, ...]}
"""
import json
import sys
import time

import pdfminer
from pdfminer.high_level import extract_text

rounds = int(sys.argv[1])
files = sys.argv[2:]
for f in files:
    extract_text(f)
runs = []
for _ in range(rounds):
    start = time.perf_counter()
    for f in files:
        extract_text(f)
    runs.append(time.perf_counter() - start)
print(json.dumps({"version": pdfminer.__version__, "runs": runs}))
