using System.Text.Json;
using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>A series point's month, stored and served as the text it always was, <c>2022-10</c>.</summary>
internal sealed class MonthPeriodJsonConverter : JsonConverter<Period>
{
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Period.TryParse(Measures.Month, reader.GetString(), out var month) ? month : throw new JsonException("A series point's period is a month written yyyy-MM.");

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
