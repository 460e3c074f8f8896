using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MigrationFeeds.Functions.Api;

/// <summary>
/// The API has one representation per request (JSON, or CSV with <c>format=csv</c>); an <c>Accept</c> header that rules it
/// out gets a 406 problem rather than an answer the client said it cannot read. No header, <c>*/*</c>, a type's wildcard
/// or a header that cannot be parsed accepts anything.
/// </summary>
internal static class AcceptHeader
{
    public const string Json = "application/json";
    public const string Csv = "text/csv";

    /// <summary>A 406 problem when the request's Accept header refuses <paramref name="mediaType"/>; null when it may be sent.</summary>
    public static IResult? Refusal(HttpRequest request, string mediaType)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return null;
        }

        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var type = mediaType[..slash];
        foreach (var range in ranges)
        {
            if (range.Quality is 0)
            {
                continue;
            }

            var r = range.MediaType.Value ?? "";
            if (r == "*/*"
                || r.Equals(mediaType, StringComparison.OrdinalIgnoreCase)
                || (r.EndsWith("/*", StringComparison.Ordinal) && r.AsSpan(0, r.Length - 2).Equals(type, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }
        }

        return Results.Problem(
            statusCode: StatusCodes.Status406NotAcceptable,
            title: "No representation matches the Accept header.",
            detail: $"This answer is {mediaType}" + (mediaType == Json ? " (or text/csv with format=csv where a route offers it)." : "."));
    }
}
