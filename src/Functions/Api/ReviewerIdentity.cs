using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MigrationFeeds.Functions.Hosting;

namespace MigrationFeeds.Functions.Api;

/// <summary>The person a write request comes from, as <see cref="ReviewOptions.Identity"/> says to find it; never from the body.</summary>
internal sealed class ReviewerIdentity(IOptions<ReviewOptions> options, IConfiguration configuration)
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    public const string PrincipalIdHeader = "X-MS-CLIENT-PRINCIPAL-ID";
    public const string PrincipalNameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";

    /// <summary>Set by App Service to <c>True</c> when its authentication module runs in front of the app.</summary>
    public const string PlatformAuthSetting = "WEBSITE_AUTH_ENABLED";

    /// <returns>The reviewer's name (and, in Azure, object id); null when there is none to trust.</returns>
    public string? Of(HttpRequest request)
    {
        var o = options.Value;
        if (o.Identity == ReviewOptions.Local)
        {
            return string.IsNullOrWhiteSpace(o.LocalReviewer) ? null : o.LocalReviewer.Trim();
        }

        // Outside the platform's front end anyone can send the header, so it counts only behind it.
        if (!string.Equals(configuration[PlatformAuthSetting], "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = NameFromPrincipal(request.Headers[PrincipalHeader].ToString()) ?? Trimmed(request.Headers[PrincipalNameHeader].ToString());
        var id = Trimmed(request.Headers[PrincipalIdHeader].ToString());
        return name is null ? null : id is null ? name : $"{name} ({id})";
    }

    /// <summary>The signed-in name from the platform's base64 JSON principal: the claim its name_typ names, else name or preferred_username.</summary>
    private static string? NameFromPrincipal(string header)
    {
        if (header.Length is 0 or > 16_384)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            var root = json.RootElement;
            var nameType = root.TryGetProperty("name_typ", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (!root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var pairs = claims.EnumerateArray()
                .Where(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("typ", out _) && c.TryGetProperty("val", out _))
                .Select(c => (Type: c.GetProperty("typ").GetString(), Value: c.GetProperty("val").GetString()))
                .ToList();
            foreach (var wanted in new[] { nameType, "name", "preferred_username" })
            {
                if (wanted is not null && pairs.FirstOrDefault(p => p.Type == wanted).Value is { } value && Trimmed(value) is { } found)
                {
                    return found;
                }
            }

            return null;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? Trimmed(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(value.Trim().Length, 200)];
}
