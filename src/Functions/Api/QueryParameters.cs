using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MigrationFeeds.Functions.Api;

/// <summary>Reads query parameters that may be given once at most, collecting problems by parameter name.</summary>
internal sealed class QueryParameters(HttpRequest request)
{
    /// <summary>The query parameter that carries a function key in Azure.</summary>
    public const string FunctionKey = "code";

    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public IDictionary<string, string[]> Errors => errors;

    public string? Single(string name)
    {
        var values = request.Query[name];
        if (values.Count > 1)
        {
            errors[name] = ["Give this parameter once."];
            return null;
        }

        return values.Count == 0 ? null : values[0];
    }

    public bool Flag(string name)
    {
        var value = Single(name);
        switch (value?.ToLowerInvariant())
        {
            case null or "false" or "0":
                return false;
            case "true" or "1" or "":
                return true;
            default:
                errors[name] = ["true or false."];
                return false;
        }
    }

    public int Int(string name, int defaultValue, int min, int max)
    {
        var value = Single(name);
        if (value is null)
        {
            return defaultValue;
        }

        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        errors[name] = [$"A whole number from {min} to {max}."];
        return defaultValue;
    }

    /// <summary>
    /// A parameter the endpoint does not know is an error naming it, so a misspelt one (<c>frm</c>) is never silently
    /// ignored. <c>code</c>, the function key, is always allowed.
    /// </summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var name in request.Query.Keys)
        {
            if (name != FunctionKey && !known.Contains(name, StringComparer.Ordinal))
            {
                var shown = name.Length <= 40 ? name : name[..40];
                errors[shown] = [$"Unknown parameter '{shown}'. This endpoint takes: {string.Join(", ", known)}."];
            }
        }
    }

    public void Merge(IReadOnlyDictionary<string, string[]> more)
    {
        foreach (var (k, v) in more)
        {
            errors.TryAdd(k, v);
        }
    }

    public static ValidationProblem Problem(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request has invalid parameters.");
}
