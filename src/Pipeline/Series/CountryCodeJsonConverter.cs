using System.Text.Json;
using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>A series point's country, stored and served as its code, <c>BIH</c> or <c>WB6</c>.</summary>
internal sealed class CountryCodeJsonConverter : JsonConverter<CountryCode>
{
    public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CountryCode.TryParse(reader.GetString(), out var country) ? country : throw new JsonException("A series point's country is a code of the six or WB6.");

    public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}
