using System.Globalization;
using System.Text.Json;

namespace MigrationFeeds.Pipeline.Discovery;

/// <summary>Reads a ReliefWeb API v2 <c>/reports</c> response (profile=full).</summary>
public static class ReliefWebListingReader
{
    /// <exception cref="InvalidDataException">The body is not a ReliefWeb reports listing.</exception>
    public static ReliefWebPage Read(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("Not a ReliefWeb listing: no data array.");
            }

            var total = root.TryGetProperty("totalCount", out var t) && t.TryGetInt32(out var n) ? n : data.GetArrayLength();
            var reports = new List<ReliefWebReport>();
            foreach (var item in data.EnumerateArray())
            {
                if (item.TryGetProperty("fields", out var fields) && ReadReport(item, fields) is { } report)
                {
                    reports.Add(report);
                }
            }

            return new ReliefWebPage(total, reports);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("Not a ReliefWeb listing: " + e.Message, e);
        }
    }

    private static ReliefWebReport? ReadReport(JsonElement item, JsonElement fields)
    {
        var title = String(fields, "title");
        var url = String(fields, "url_alias") ?? String(fields, "url");
        if (title is null || url is null || !Uri.TryCreate(url, UriKind.Absolute, out var pageUrl))
        {
            return null;
        }

        var files = new List<ReliefWebFile>();
        if (fields.TryGetProperty("file", out var fileArray) && fileArray.ValueKind == JsonValueKind.Array)
        {
            foreach (var f in fileArray.EnumerateArray())
            {
                if (String(f, "url") is { } fileUrl && Uri.TryCreate(fileUrl, UriKind.Absolute, out var u))
                {
                    files.Add(new ReliefWebFile(u, String(f, "mimetype"), String(f, "filename")));
                }
            }
        }

        DateOnly? published = null;
        if (fields.TryGetProperty("date", out var date) && (String(date, "original") ?? String(date, "created")) is { } d
            && DateTimeOffset.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt))
        {
            published = DateOnly.FromDateTime(dt.UtcDateTime);
        }

        var id = item.TryGetProperty("id", out var idElement) ? idElement.ToString() : String(fields, "id") ?? url;
        return new ReliefWebReport { Id = id, Title = title, PageUrl = pageUrl, Published = published, Files = files, TextHtml = TextHtml(fields) };
    }

    /// <summary>The report's text as HTML: <c>body-html</c>, or the plain <c>body</c> with each blank-line block a paragraph.</summary>
    private static string? TextHtml(JsonElement fields)
    {
        if (String(fields, "body-html") is { } html && !string.IsNullOrWhiteSpace(html))
        {
            return html;
        }

        if (String(fields, "body") is not { } body || string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var paragraphs = body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Concat(paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>\n"));
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String
            ? p.GetString()
            : null;
}
