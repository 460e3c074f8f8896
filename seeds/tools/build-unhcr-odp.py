#!/usr/bin/env python3
"""Builds seeds/snapshot/unhcr-odp/ and seeds/snapshot/expected/unhcr-odp.json.

Answers of UNHCR's Operational Data Portal, data.unhcr.org/population/get/sublocation, in the shape of the
real answers kept in shared/realdata/unhcr-odp-situations-api: a top level with situation_view_id,
situation_view_name, situation_view_description and data[]; one row per geo with geomaster_name,
geomaster_id, admin_level, centroid and bounding box, source, date, month, year, population_groups_concat,
population_group_id, individuals_type, demography_type, individuals (a string), households ("0" when not
collected), published (false), numChildren, color, and population_groups[] carrying each group's codes
(pop_data_type_code NEW/REG/EST, pop_frequency_code D/M/A, pop_frequency_cumulative_code C/NC,
pop_accommodation_code, pop_type_code).

Recorded: the listing discovery reads (the latest record of every geo of the view, both collections), and for
every month from 2022-01 to 2023-03 one answer per collection restricted to that month (fromDate, toDate):
collection 35 holds the new-arrival groups, collection 36 the groups of persons present or accommodated.

Real: the Bosnia and Herzegovina figures of 2022 are the ones UNHCR's BiH Operational Updates give (the same
values as the unhcr-bih-operational-update snapshot; seeds/README.md says which of those are real), and BiH's
persons in reception centres in January 2023 the Ministry of Security's count; Serbia's new arrivals to
governmental centres of April to October 2022 and its persons in those centres at the end of May to October 2022
are the ones UNHCR's Serbia Updates give, and those of 28 November 2022 and 30 January 2023 the Commissariat's
counts as the press quoted them; all on the assumption that the portal republishes the figures UNHCR reports.
Everything else is reconstructed: every other number, the situation view, collection, geo and group ids, names
and coordinates of the view, and the validators.

Changes across the months, on purpose (see seeds/README.md): Serbia is filed together with Kosovo until
2022-03, Kosovo is a geo of its own from 2022-04 and is written "Kosovo: S/RES/1244 (1999)" with its count
sent as a number from 2022-10, Montenegro's monthly group is replaced in 2023 by a group counting since
1 January 2023 (daily, cumulative), Albania's count for 2022-08 is null, North Macedonia's row in the 2022-07
answer is still dated 2022-06-30, North Macedonia's presence row mixes accommodated and estimated persons,
and some rows carry a month field that disagrees with their date, as real answers do.

Usage: seeds/tools/build-unhcr-odp.py
"""
import calendar
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, "seeds", "snapshot", "unhcr-odp")
EXPECTED = os.path.join(REPO, "seeds", "snapshot", "expected", "unhcr-odp.json")

API = "https://data.unhcr.org/population/get/sublocation"
SV = 49
ARRIVALS, PRESENCE = 35, 36
VIEW_NAME = "South-Eastern Europe: refugees and migrants"
VIEW_DESCRIPTION = ("Refugees, asylum-seekers and migrants arriving in and moving through Albania, Bosnia and Herzegovina, "
                    "Kosovo (S/RES/1244 (1999)), Montenegro, North Macedonia and Serbia, as reported by the authorities "
                    "and UNHCR's offices in the region.\r\nFigures are updated monthly; the latest month may be partial.")

MONTHS = [(2022, m) for m in range(1, 13)] + [(2023, m) for m in range(1, 4)]

# iso: (geomaster_id, centroid lon, lat, lat_max, lon_max, lat_min, lon_min) -- stand-ins.
GEOS = {
    "ALB": (9801, 20.0683, 41.1533, 42.6611, 21.0573, 39.6448, 19.2640),
    "BIH": (9807, 17.6791, 43.9159, 45.2766, 19.6219, 42.5560, 15.7229),
    "MKD": (9829, 21.7453, 41.6086, 42.3737, 23.0341, 40.8539, 20.4529),
    "MNE": (9833, 19.3744, 42.7087, 43.5581, 20.3577, 41.8505, 18.4337),
    "SRB": (9846, 21.0059, 44.0165, 46.1900, 23.0063, 42.2322, 18.8170),
    "XKX": (9851, 20.9030, 42.6026, 43.2682, 21.7899, 41.8579, 20.0141),
}

NAMES = {"ALB": "Albania", "BIH": "Bosnia and Herzegovina", "MKD": "North Macedonia", "MNE": "Montenegro",
         "SRB": "Serbia", "XKX": "Kosovo (S/RES/1244 (1999))"}
SERBIA_AND_KOSOVO = "Serbia and Kosovo: S/RES/1244 (1999)"
KOSOVO_LATER = "Kosovo: S/RES/1244 (1999)"

SOURCES = {"ALB": "Government, UNHCR", "BIH": "Service for Foreigners' Affairs, UNHCR", "MKD": "Ministry of Interior, UNHCR",
           "MNE": "Ministry of Interior, UNHCR", "SRB": "Commissariat for Refugees and Migration, UNHCR", "XKX": "UNHCR"}

ACCOMMODATION = {"C": "Refugee Camps/Centers", "X": "Not Specified", None: None}
DATA_TYPE = {"NEW": "New Arrivals", "REG": "Registered", "EST": "Estimated"}
FREQUENCY = {"D": "Daily", "M": "Monthly", "A": "Annual"}
CUMULATIVE = {"C": "cumulative", "NC": "non-cumulative"}


def group(gid, name, data_type, frequency, cumulative, accommodation=None):
    return {"id": gid, "name": name, "pop_accommodation_code": accommodation,
            "pop_accommodation_name": ACCOMMODATION[accommodation], "pop_data_type_code": data_type,
            "pop_data_type_name": DATA_TYPE[data_type], "pop_type_code": "OTH", "pop_type_name": "Other Persons of Concern",
            "pop_frequency_name": FREQUENCY[frequency], "pop_frequency_code": frequency,
            "pop_frequency_cumulative": CUMULATIVE[cumulative], "pop_frequency_cumulative_code": cumulative,
            "pop_origin_name": "Various", "pop_origin_code": None}


G = {
    "ALB": group(5701, "New arrivals in Albania (monthly)", "NEW", "M", "NC"),
    "BIH": group(5702, "New arrivals in Bosnia and Herzegovina (SFA, monthly)", "NEW", "M", "NC"),
    "MKD": group(5703, "New arrivals in North Macedonia (monthly)", "NEW", "M", "NC"),
    "MNE": group(5704, "New arrivals in Montenegro (monthly)", "NEW", "M", "NC"),
    "MNE-2023": group(5791, "New arrivals in Montenegro since 1 January 2023", "NEW", "D", "C"),
    "SRB+XKX": group(5705, "New arrivals in Serbia and Kosovo: S/RES/1244 (1999) (monthly)", "NEW", "M", "NC"),
    "SRB": group(5705, "New arrivals in Serbia (monthly)", "NEW", "M", "NC"),
    "XKX": group(5760, "New arrivals in Kosovo (S/RES/1244 (1999)) (monthly)", "NEW", "M", "NC"),
    "BIH-centres": group(5711, "Refugees and migrants in reception centres, Bosnia and Herzegovina", "REG", "D", "C", "C"),
    "SRB+XKX-centres": group(5712, "Refugees and migrants in governmental centres, Serbia and Kosovo: S/RES/1244 (1999)", "REG", "D", "C", "C"),
    "SRB-centres": group(5712, "Refugees and migrants in governmental centres, Serbia", "REG", "D", "C", "C"),
    "MKD-centres": group(5713, "Refugees and migrants in transit centres, North Macedonia", "REG", "D", "C", "C"),
    "MKD-outside": group(5714, "Refugees and migrants outside the centres, North Macedonia (estimate)", "EST", "M", "C", "X"),
    "MNE-present": group(5715, "Estimated refugees and migrants present in Montenegro", "EST", "M", "C", "X"),
}

# Monthly values, 2022-01 .. 2023-03. None: the row is absent that month. "null": the row is there with a null count.
# No publication found states Albania's, North Macedonia's, Montenegro's or Kosovo's monthly arrivals of these months,
# so each of their rows is there only in the months whose quirk the tests read (a stand-in value each): Albania's
# month field that disagrees with the date (2022-03) and its null (2022-08), North Macedonia's June record carried
# into July, Montenegro's month field (2022-09) and its group counting since 1 January 2023, and Kosovo's first
# month of its own (2022-04) and the month it is renamed and sent as a number (2022-10). Serbia's months after
# October 2022 and Bosnia and Herzegovina's January 2023, stand-ins only, are absent too.
_ = None
ARRIVAL_VALUES = {
    "ALB": [_, _, 731, _, _, _, _, "null", _, _, _, _, _, _, _],
    # 2022: the figures of UNHCR's BiH Operational Updates; 2023: stand-ins.
    "BIH": [516, 715, 1010, 1664, 2010, 2273, 2090, 3076, 3953, 5010, 3412, 1689, _, 1122, 1476],
    "MKD": [_, _, _, _, _, 1210, 1210, _, _, _, _, _, _, _, _],
    "MNE": [_, _, _, _, _, _, _, _, 1376, _, _, _, 408, 785, 1236],
    "SRB+XKX": [2951, 2704, 3390] + [None] * 12,
    # April to October 2022: the new arrivals to governmental centres of UNHCR's Serbia Updates (June as July's
    # update revised it).
    "SRB": [None] * 3 + [6132, 7247, 10039, 13425, 17997, 19345, 14519] + [None] * 5,
    "XKX": [None] * 3 + [96, _, _, _, _, _, 241, _, _, _, _, _],
}
PRESENCE_VALUES = {
    # 2022: the figures of UNHCR's BiH Operational Updates; 2023: stand-ins.
    # January 2023: the Ministry of Security's 974 in the four reception centres.
    "BIH": [2181, 2034, 1896, 1797, 1735, 2056, 1738, 2272, 3176, 2942, 2611, 1947, 974, 1085, 1144],
    "SRB+XKX": [4310, 4122, 4466] + [None] * 12,
    # May to October 2022: UNHCR's Serbia Updates; 28 November 2022 and 30 January 2023: the Commissariat's counts.
    # The other months, stand-ins only, are absent.
    "SRB": [None] * 4 + [4724, 4836, 5719, 6254, 6183, 5319, 4835, _, 3059, _, _],
    "MKD-centres": [45, 38, 61, 84, 102, 133, 151, 178, 196, 212, 120, 58, 41, 36, 49],
    "MKD-outside": [150, 150, 200, 200, 250, 300, 300, 350, 400, 450, 300, 150, 100, 100, 150],
    # Stand-ins: two months keep Montenegro's estimate of persons present.
    "MNE": [_, _, _, _, _, 410, _, _, _, _, _, _, _, _, 220],
}

# Rows whose date is not the last day of their month: (key, year, month) -> day.
ODD_DATES = {("BIH-centres", 2022, 6): 27, ("MNE-2023", 2023, 3): 27, ("SRB-centres", 2022, 11): 28,
             ("SRB-centres", 2023, 1): 30}
# Rows whose month field disagrees with their date, as in the real answers: (iso, year, month) -> month field.
ODD_MONTH_FIELD = {("ALB", 2022, 3): 11, ("MNE", 2022, 9): 12, ("BIH", 2023, 2): 7}


def last_day(year, month):
    return calendar.monthrange(year, month)[1]


def iso_date(year, month, day=None):
    return f"{year:04d}-{month:02d}-{(day or last_day(year, month)):02d}"


def row(iso, name, date, groups, individuals, month_field=None, number=False):
    gid, lon, lat, lat_max, lon_max, lat_min, lon_min = GEOS[iso]
    y, m = int(date[:4]), int(date[5:7])
    if individuals is None:
        count = None
    else:
        count = individuals if number else str(individuals)
    return {
        "geomaster_name": name, "geomaster_id": gid, "admin_level": "Country", "centroid_lon": lon, "centroid_lat": lat,
        "lat_max": lat_max, "lon_max": lon_max, "lat_min": lat_min, "lon_min": lon_min,
        "source": SOURCES[iso], "date": date, "month": month_field or m, "year": y,
        "population_groups_concat": ", ".join(g["name"] for g in groups),
        "population_group_id": ", ".join(str(g["id"]) for g in groups),
        "individuals_type": 1, "demography_type": 0, "individuals": count, "households": "0",
        "population_groups": groups, "published": False, "numChildren": 0, "color": "#3c8dbc",
    }


def answer(rows):
    rows = sorted(rows, key=lambda r: -(int(r["individuals"]) if r["individuals"] is not None else -1))
    return {"situation_view_id": SV, "situation_view_name": VIEW_NAME, "situation_view_description": VIEW_DESCRIPTION, "data": rows}


def url(collection, from_date, to_date=None):
    u = f"{API}?sv_id={SV}&population_collection={collection}&forcesublocation=0&fromDate={from_date}"
    return u + (f"&toDate={to_date}" if to_date else "")


def figure(iso, indicator, measure, period, value, approximate=False):
    return {"country": iso, "site": None, "indicator": indicator, "measure": measure, "period": period,
            "value": value, "low": None, "high": None, "approximate": approximate, "page": 1}


def arrivals_month(i, year, month):
    """The rows of the arrivals answer for one month, and the figures a reader takes from them."""
    rows, figures = [], []
    for key, values in ARRIVAL_VALUES.items():
        value = values[i]
        if value is None:
            continue
        if key == "SRB+XKX":
            rows.append(row("SRB", SERBIA_AND_KOSOVO, iso_date(year, month), [G[key]], value))
            continue  # neither Serbia's nor Kosovo's figure
        if key == "MNE" and year == 2023:
            day = ODD_DATES.get(("MNE-2023", year, month))
            date = iso_date(year, month, day)
            rows.append(row("MNE", NAMES["MNE"], date, [G["MNE-2023"]], value))
            if month == 1:
                figures.append(figure("MNE", "arrivals", "month", "2023-01", value))
            elif day is None:
                figures.append(figure("MNE", "arrivals", "cumulative", f"2023-01/2023-{month:02d}", value))
            else:
                figures.append(figure("MNE", "arrivals", "cumulative", f"2023-01-01/{date}", value))
            continue
        if key == "MKD" and (year, month) == (2022, 7):
            # Not updated since June: the row still carries June's record, outside the month asked for.
            rows.append(row("MKD", NAMES["MKD"], iso_date(2022, 6), [G["MKD"]], value))
            continue
        name = KOSOVO_LATER if key == "XKX" and (year, month) >= (2022, 10) else NAMES[key]
        number = key == "XKX" and (year, month) >= (2022, 10)
        if value == "null":
            rows.append(row(key, name, iso_date(year, month), [G[key]], None))
            continue
        rows.append(row(key, name, iso_date(year, month), [G[key]], value, ODD_MONTH_FIELD.get((key, year, month)), number))
        figures.append(figure(key, "arrivals", "month", f"{year:04d}-{month:02d}", value))
    return rows, figures


def presence_month(i, year, month):
    rows, figures = [], []
    bih = PRESENCE_VALUES["BIH"][i]
    day = ODD_DATES.get(("BIH-centres", year, month))
    date = iso_date(year, month, day)
    rows.append(row("BIH", NAMES["BIH"], date, [G["BIH-centres"]], bih))
    figures.append(figure("BIH", "accommodated", "stock", date, bih))
    if PRESENCE_VALUES["SRB+XKX"][i] is not None:
        rows.append(row("SRB", SERBIA_AND_KOSOVO, iso_date(year, month), [G["SRB+XKX-centres"]], PRESENCE_VALUES["SRB+XKX"][i]))
    elif PRESENCE_VALUES["SRB"][i] is not None:
        srb = PRESENCE_VALUES["SRB"][i]
        srb_date = iso_date(year, month, ODD_DATES.get(("SRB-centres", year, month)))
        rows.append(row("SRB", NAMES["SRB"], srb_date, [G["SRB-centres"]], srb))
        figures.append(figure("SRB", "accommodated", "stock", srb_date, srb))
    # Accommodated and estimated outside in one row: their sum is not any one indicator.
    mkd = PRESENCE_VALUES["MKD-centres"][i] + PRESENCE_VALUES["MKD-outside"][i]
    rows.append(row("MKD", NAMES["MKD"], iso_date(year, month), [G["MKD-centres"], G["MKD-outside"]], mkd))
    mne = PRESENCE_VALUES["MNE"][i]
    if mne is not None:
        rows.append(row("MNE", NAMES["MNE"], iso_date(year, month), [G["MNE-present"]], mne))
        figures.append(figure("MNE", "present_total", "stock", iso_date(year, month), mne, approximate=True))
    return rows, figures


def listing():
    """The latest record of every geo of the view, over both collections: what discovery reads the last month from."""
    year, month = MONTHS[-1]
    i = len(MONTHS) - 1
    a, _ = arrivals_month(i, year, month)
    p, _ = presence_month(i, year, month)
    by_geo = {}
    for r in a + p:
        geo = r["geomaster_id"]
        if geo not in by_geo:
            by_geo[geo] = dict(r, population_groups=list(r["population_groups"]))
            continue
        merged = by_geo[geo]
        merged["population_groups"] += r["population_groups"]
        merged["individuals"] = str(int(merged["individuals"]) + int(r["individuals"]))
        merged["date"] = max(merged["date"], r["date"])
    for merged in by_geo.values():
        merged["population_groups_concat"] = ", ".join(g["name"] for g in merged["population_groups"])
        merged["population_group_id"] = ", ".join(str(g["id"]) for g in merged["population_groups"])
        merged["month"], merged["year"] = int(merged["date"][5:7]), int(merged["date"][:4])
    return answer(list(by_geo.values()))


def write(name, body):
    with open(os.path.join(OUT, "files", name), "w", encoding="utf-8") as f:
        json.dump(body, f, ensure_ascii=False, separators=(",", ":"))


def http_date(year, month, day):
    weekday = calendar.day_abbr[calendar.weekday(year, month, day)]
    return f"{weekday}, {day:02d} {calendar.month_abbr[month]} {year} 09:00:00 GMT"


def main():
    os.makedirs(os.path.join(OUT, "files"), exist_ok=True)
    entries, documents = [], []
    write("sublocation-listing.json", listing())
    entries.append({"url": url(f"{ARRIVALS},{PRESENCE}", "1900-01-01"), "file": "files/sublocation-listing.json",
                    "contentType": "application/json", "lastModified": http_date(2023, 4, 18)})
    for i, (year, month) in enumerate(MONTHS):
        first, last = iso_date(year, month, 1), iso_date(year, month)
        # Recorded some weeks after the month ended, once its figures were in.
        ry, rm = (year + (month == 12), month % 12 + 1)
        modified = http_date(ry, rm, 18)
        for collection, build, stem in ((ARRIVALS, arrivals_month, "arrivals"), (PRESENCE, presence_month, "presence")):
            rows, figures = build(i, year, month)
            name = f"sublocation-{stem}-{year:04d}-{month:02d}.json"
            write(name, answer(rows))
            u = url(collection, first, last)
            entries.append({"url": u, "file": f"files/{name}", "contentType": "application/json", "lastModified": modified})
            # The portal states no publication date; the month's last day stands in for it.
            documents.append({"url": u, "published": last, "figures": figures})
    with open(os.path.join(OUT, "index.json"), "w", encoding="utf-8") as f:
        json.dump({"entries": entries}, f, indent=2)
        f.write("\n")
    with open(EXPECTED, "w", encoding="utf-8") as f:
        json.dump({"documents": documents}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
