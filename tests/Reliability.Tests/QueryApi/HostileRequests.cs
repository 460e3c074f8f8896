using System.Text;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Reliability.Tests.QueryApi;

/// <summary>One generated request: its path and query as sent, and the raw values it asked for.</summary>
internal sealed record HostileRequest(string Endpoint, string PathAndQuery, string? Indicator, string? Country, string? Site, string? DashboardFile, bool Csv);

/// <summary>A seeded generator of requests to the query API with random and hostile parameters.</summary>
internal sealed class HostileRequests(int seed)
{
    private static readonly string[] Hostile =
    [
        "' or PartitionKey ne '", "BIH' or '1' eq '1", "arrivals' or RowKey gt '", "x') or (true", "PartitionKey eq 'BIH|arrivals'",
        "' and Value gt 0 or '", "BIH|arrivals", "*", "%", "'", "''", "\"", "`", "\\", "$filter=true", "eq", "or", "not",
        "\0", "BIH\0", "\u0001\u001f\u007f", "\r\n", "\t", "BIH\r\nX-Injected: 1", "<script>alert(1)</script>", "&amp;", "{{7*7}}", "${jndi:x}",
        "БиХ", "بيه", "\u202EHIB", "🇧🇦", "😀😀", "B\u0130H", "ＢＩＨ", "bıh", "e\u0301", "\uFEFFBIH", "\uD800", "ǅ",
        "..", "../..", "/", "a/b", "%2F", "%2e%2e", "..%2F..%2Fappsettings.json", "%00", "%zz", "%C0%AF", "%FF",
        "-0001-01", "99999-12", "2022-13", "2022-00", "0000-01", "1989-12", "2101-01", "+2022-01", " 2022-01", "2022-1", "2022-01-01",
        "２０２２-０１", "2022–01", "9999999999", "2022-01\0", "-1", "0", "1001", "2147483648", "-2147483649", "1e3", "NaN", "0x10", "٣", "1.5",
        "true", "false", "maybe", "json", "csv", "xml", "JSON", "", " ",
    ];

    private static readonly string[] Periods = ["2021-10", "2022-01", "2022-06", "2022-12", "1990-01", "2100-12", "2010-01"];
    private static readonly string[] Sources = ["unhcr-bih-operational-update", "frontex-wb-route", "eurostat-asylum", "UNHCR-REFUGEE-STATISTICS", "unhcr-odp", "instat-alb"];
    private static readonly string[] Unknown = ["$filter", "$select", "PartitionKey", "foo", "country[]", "indicator.0", "__proto__", "continuation"];

    private readonly Random random = new(seed);

    public HostileRequest Next()
    {
        switch (random.Next(10))
        {
            case < 3:
                return Query("/api/series", ["indicator", "country", "from", "to", "site", "asOf", "source", "format", "hxl"]);
            case < 5:
                return Query("/api/observations", ["indicator", "country", "from", "to", "source", "pageSize", "continuationToken"]);
            case < 7:
                var indicator = Value("indicator");
                var country = Value("country");
                var period = Value("from");
                return new HostileRequest("points", $"/api/points/{Segment(indicator)}/{Segment(country)}/{Segment(period)}" + Extra(), indicator, country, null, null, false);
            case 7:
                return Query(random.Next(2) == 0 ? "/api/status" : "/api/catalog", ["runs"]);
            case 8:
                return Query("/api/sources", []);
            default:
                var file = Pick(["index.html", "app.js", ".env", "..", "../appsettings.json", "..%2Fhost.json", "%2e%2e%2fhost.json", "host.json", "a\\b.js", Pick(Hostile)]);
                return new HostileRequest("dashboard", "/api/dashboard/" + Segment(file), null, null, null, file, false);
        }
    }

    private HostileRequest Query(string path, string[] names)
    {
        var query = new StringBuilder();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var roll = random.Next(10);
            if (roll < 2)
            {
                continue;
            }

            var value = Value(name);
            values[name] = value;
            Append(query, name, value);
            if (roll == 9)
            {
                // The same parameter again.
                Append(query, name, Value(name));
                values.Remove(name);
                values[name + "#repeated"] = value;
            }
        }

        var extra = Extra();
        var text = query.Length == 0 ? extra : "?" + query + (extra.Length > 0 ? "&" + extra[1..] : "");
        return new HostileRequest(path.Split('/')[^1], path + text,
            values.GetValueOrDefault("indicator"), values.GetValueOrDefault("country"), values.GetValueOrDefault("site"), null,
            values.GetValueOrDefault("format")?.Trim().Equals("csv", StringComparison.OrdinalIgnoreCase) == true);
    }

    /// <summary>Unknown parameters, raw (unescaped) junk, or nothing.</summary>
    private string Extra() => random.Next(6) switch
    {
        0 => "?" + Uri.EscapeDataString(Pick(Unknown)) + "=" + Uri.EscapeDataString(Pick(Hostile)),
        1 => "?" + Pick(["%00", "%zz=1", "a=%", "=", "&&&", "x=%C0%AF", "%2F=%2F"]),
        _ => "",
    };

    private string Value(string name)
    {
        var roll = random.Next(10);
        if (roll < 4)
        {
            return name switch
            {
                "indicator" => Pick([.. Indicators.All, "ARRIVALS", " arrivals "]),
                "country" => Pick([.. Countries.Six, Countries.Region, "bih", "BIH,SRB", "BIH,SRB,MKD,ALB,MNE,XKX,WB6", " srb "]),
                "from" or "to" => Pick(Periods),
                "asOf" => Pick(["2022-06-30", "2023-01-01"]),
                "source" => Pick(Sources),
                "format" => Pick(["json", "csv", "CSV"]),
                "hxl" => Pick(["true", "false", "1"]),
                "pageSize" or "runs" => random.Next(1, 60).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "site" => Pick(["Lipa", "Blažuj", "Ušivak", "Borići"]),
                _ => Pick(Hostile),
            };
        }

        return roll switch
        {
            4 when random.Next(3) == 0 => new string(Pick(['A', 'é', '9', '\'', '%']), random.Next(2_000, 12_000)),
            5 => Pick(Hostile) + Pick(Hostile),
            6 => Random(random.Next(1, 40)),
            _ => Pick(Hostile),
        };
    }

    private string Random(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)(random.Next(4) == 0 ? random.Next(0, 0x20) : random.Next(0x20, 0xD7FF));
        }

        return new string(chars);
    }

    private static void Append(StringBuilder query, string name, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(Uri.EscapeDataString(name)).Append('=').Append(Escape(value));
    }

    /// <summary>Percent-encodes, except values that are themselves escape sequences, which go as they are.</summary>
    private static string Escape(string value) =>
        value.Contains('%', StringComparison.Ordinal) && value.Length < 40 ? value.Replace("&", "%26", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal) : EscapeLenient(value);

    private static string Segment(string value) => Escape(value);

    /// <summary>Percent-encodes rune by rune; a lone surrogate goes as U+FFFD.</summary>
    private static string EscapeLenient(string value)
    {
        var text = new StringBuilder();
        foreach (var rune in value.EnumerateRunes())
        {
            text.Append(Uri.EscapeDataString(rune.ToString()));
        }

        return text.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
