using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigrationFeeds.Pipeline;

/// <summary>One set of JSON settings for everything the project stores or serves.</summary>
public static class PipelineJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Quotes carry diacritics and Cyrillic; keep them readable, HTML-sensitive characters stay escaped.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
