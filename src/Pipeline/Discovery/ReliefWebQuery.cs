using System.Globalization;
using System.Text;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Discovery;

/// <summary>A ReliefWeb reports search: one country, one publishing organisation, a phrase in the title.</summary>
public sealed record ReliefWebQuery
{
    /// <summary>ISO3 of the primary country, lower case as ReliefWeb writes it.</summary>
    public required string CountryIso3 { get; init; }

    /// <summary>The organisation's ReliefWeb shortname, e.g. UNHCR or IOM.</summary>
    public required string SourceShortName { get; init; }

    public required string TitlePhrase { get; init; }

    /// <summary>
    /// Leaves out reports published before this day: a title phrase may also match an organisation's reports of
    /// another era (UNHCR's 1998–1999 "Update on Kosovo" series is filed under Serbia too).
    /// </summary>
    public DateOnly? PublishedSince { get; init; }

    /// <summary>The GET form of the search, oldest first, so paging is stable while reports are added.</summary>
    public Uri ToUri(Uri baseUri, string appName, int limit, int offset)
    {
        var q = new StringBuilder();
        Add(q, "appname", appName);
        Add(q, "profile", "full");
        Add(q, "limit", limit.ToString(CultureInfo.InvariantCulture));
        Add(q, "offset", offset.ToString(CultureInfo.InvariantCulture));
        Add(q, "sort[]", "date.original:asc");
        Add(q, "filter[operator]", "AND");
        Add(q, "filter[conditions][0][field]", "primary_country.iso3");
        Add(q, "filter[conditions][0][value]", CountryIso3.ToLowerInvariant());
        Add(q, "filter[conditions][1][field]", "source.shortname");
        Add(q, "filter[conditions][1][value]", SourceShortName);
        if (PublishedSince is { } since)
        {
            Add(q, "filter[conditions][2][field]", "date.original");
            Add(q, "filter[conditions][2][value][from]", PeriodText.Day(since) + "T00:00:00Z");
        }

        Add(q, "query[fields][]", "title");
        Add(q, "query[value]", TitlePhrase);
        return new Uri(baseUri, "reports?" + q);
    }

    private static void Add(StringBuilder query, string name, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }
}
