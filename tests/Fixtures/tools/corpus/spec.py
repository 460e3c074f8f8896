"""Helpers for the document specs: a figure as a careful reader notes it, and a document."""


def F(indicator, measure, period, value=None, *, low=None, high=None, site=None, country=None, approx=False, page=1):
    """One figure. A range is given as value=(low, high); it is approximate, as DOMAIN.md says."""
    if isinstance(value, tuple):
        low, high, value, approx = value[0], value[1], None, True
    f = {"indicator": indicator, "measure": measure, "period": period, "value": value, "low": low, "high": high,
         "approximate": approx, "page": page}
    if site is not None:
        f["site"] = site
    if country is not None:
        f["country"] = country
    return f


def doc(family, name, fmt, *, language, country, published, title, blocks, figures, heading=None, publisher=None, lang=None):
    d = {"family": family, "name": name, "format": fmt, "language": language, "country": country,
         "published": published, "title": title, "blocks": blocks, "figures": figures}
    if heading is not None:
        d["heading"] = heading
    if publisher is not None:
        d["publisher"] = publisher
    d["lang"] = lang or language.split("-")[0]
    return d


# Shorthands for the indicators and measures of DOMAIN.md.
ARR, UASC_ARR, UASC_PRES = "arrivals", "uasc_arrivals", "uasc_present"
INT, APP = "asylum_intentions", "asylum_applications"
ACC, CAP, PRES, OUT = "accommodated", "capacity", "present_total", "outside_accommodation"
MONTH, YEAR, CUM, STOCK = "month", "year", "cumulative", "stock"
