"""Read a MigrationFeeds series as CSV into pandas.

    python3 read_series_pandas.py [BASE_URL]

BASE_URL defaults to the local app started by ./run.sh. In Azure, add the function key: ...&code=KEY
Needs pandas in the python3 that runs it: Debian's python3-pandas for /usr/bin/python3, or pip in a virtual
environment or pyenv.
"""
import sys
import urllib.parse

try:
    import pandas as pd
except ImportError:
    sys.exit(
        f"read_series_pandas.py needs pandas, which {sys.executable} cannot import. Install it for that interpreter "
        f"({sys.executable} -m pip install pandas), or run the example with one that has it "
        "(/usr/bin/python3 after apt-get install python3-pandas)."
    )

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:7071"
query = urllib.parse.urlencode({
    "indicator": "arrivals",
    "country": "BIH",
    "from": "2021-10",
    "to": "2022-12",
    "format": "csv",
    "hxl": "true",
})

# The second row holds HXL hashtags (#country+code, #date, ...): skip it for plain analysis.
frame = pd.read_csv(f"{base}/api/series?{query}", skiprows=[1], dtype={"site": "string"})
frame["period"] = pd.PeriodIndex(frame["period"], freq="M")

monthly = frame.set_index("period")["value"]
print(monthly.to_string())
print(f"total {int(monthly.sum())} over {len(monthly)} months")
print("every value cites a document:", bool(frame["document_url"].notna().all() and frame["quote"].notna().all()))
