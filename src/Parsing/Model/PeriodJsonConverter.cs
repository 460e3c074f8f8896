using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigrationFeeds.Parsing.Model;

/// <summary>
/// A period written as the text the vocabulary gives it (<c>2022-10</c>, <c>2018-01/2022-10</c>), with no measure
/// beside it: read back by its text's shape (<see cref="Period.TryParseText"/>). Where a measure is stored beside the
/// period, the holder reads the period again with it, since a month's text alone reads as a flow.
/// </summary>
public sealed class PeriodJsonConverter : JsonConverter<Period>
{
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Period.TryParseText(reader.GetString(), out var period) ? period : throw new JsonException("A period is written as the vocabulary writes it: 2022, 2022-10, 2022-10-31 or an interval.");

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
