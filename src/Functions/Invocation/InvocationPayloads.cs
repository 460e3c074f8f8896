using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigrationFeeds.Functions.Invocation;

/// <summary>The body the Functions host posts to a custom handler for a non-HTTP trigger.</summary>
internal sealed record InvocationRequest
{
    [JsonPropertyName("Data")]
    public Dictionary<string, JsonElement>? Data { get; init; }

    [JsonPropertyName("Metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; init; }
}

/// <summary>The body a custom handler returns to the host; a non-2xx status fails the invocation.</summary>
internal sealed record InvocationResponse
{
    [JsonPropertyName("Outputs")]
    public Dictionary<string, object?> Outputs { get; init; } = [];

    [JsonPropertyName("Logs")]
    public required IReadOnlyList<string> Logs { get; init; }

    [JsonPropertyName("ReturnValue")]
    public object? ReturnValue { get; init; }
}

/// <summary>The timer binding's value, which the host sends as an object or as a JSON string.</summary>
internal sealed record TimerInfo
{
    public bool IsPastDue { get; init; }

    public static TimerInfo From(InvocationRequest request, string bindingName)
    {
        if (request.Data is null || !request.Data.TryGetValue(bindingName, out var value))
        {
            return new TimerInfo();
        }

        var element = value.ValueKind == JsonValueKind.String && value.GetString() is { } text
            ? TryParse(text)
            : value;
        return element is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("IsPastDue", out var p) && p.ValueKind == JsonValueKind.True
            ? new TimerInfo { IsPastDue = true }
            : new TimerInfo();
    }

    private static JsonElement? TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
