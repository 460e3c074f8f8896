using System.Text.Json;
using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>An indicator stored and served as its code, <c>arrivals</c>.</summary>
internal sealed class IndicatorJsonConverter : JsonConverter<Indicator>
{
    public override Indicator Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Indicator.TryParse(reader.GetString(), out var indicator) ? indicator : throw new JsonException("An indicator is a code of the vocabulary.");

    public override void Write(Utf8JsonWriter writer, Indicator value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}
