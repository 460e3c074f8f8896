using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using MigrationFeeds.Pipeline.Review;

namespace MigrationFeeds.Functions.Api;

/// <summary>
/// GET /api/review: the figures that need a person, most important first, and the orphaned decisions.
/// POST /api/review/{id}: a signed-in person confirms, rejects or corrects one figure (docs/series.md, "Review").
/// </summary>
internal sealed class ReviewFunctions(ReviewQuery query, ReviewService review, ReviewerIdentity identity, QueryDeadline deadline)
{
    private const int MaxBodyBytes = 16_384;
    private const int MaxNote = 1_000;

    [Function("review")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "review")] HttpRequest request, CancellationToken cancellationToken)
    {
        var q = new QueryParameters(request);
        var limit = 100;
        if (q.Single("limit") is { } text && (!int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 1000))
        {
            q.Errors["limit"] = ["A whole number from 1 to 1000."];
        }

        if (q.Errors.Count > 0)
        {
            return Task.FromResult<IResult>(QueryParameters.Problem(q.Errors));
        }

        return deadline.RunAsync(async ct => Results.Ok(await query.ListAsync(limit, ct).ConfigureAwait(false)), cancellationToken);
    }

    [Function("review-decide")]
    public async Task<IResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "review/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        // Identity first: without a person, nothing about the request is looked at.
        if (identity.Of(request) is not { } reviewer)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "A signed-in reviewer is required.",
                detail: "Decisions are recorded under the person who makes them: in Azure, sign in through App Service Authentication; locally, set Review:LocalReviewer.");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!FigureIdentity.IsWellFormed(id))
        {
            errors["id"] = ["A figure id as GET /api/review gives it."];
        }

        var (decision, value, note) = await ReadBodyAsync(request, errors, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return QueryParameters.Problem(errors);
        }

        var recorded = await review.DecideAsync(id, decision!, value, note, reviewer, cancellationToken).ConfigureAwait(false);
        return recorded is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No stored figure has this id.", detail: id)
            : Results.Ok(recorded);
    }

    private static async Task<(string? Decision, long? Value, string? Note)> ReadBodyAsync(HttpRequest request, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (request.ContentLength is > MaxBodyBytes)
        {
            errors["body"] = [$"At most {MaxBodyBytes} bytes."];
            return default;
        }

        JsonDocument json;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (buffer.Length > MaxBodyBytes)
            {
                errors["body"] = [$"At most {MaxBodyBytes} bytes."];
                return default;
            }

            json = JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            errors["body"] = ["A JSON object: {\"decision\": \"confirm\" | \"reject\" | \"correct\", \"value\": number (for correct), \"note\": text (optional)}."];
            return default;
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors["body"] = ["A JSON object."];
                return default;
            }

            var decision = root.TryGetProperty("decision", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            if (decision is null || !ReviewDecision.Kinds.Contains(decision))
            {
                errors["decision"] = ["One of: " + string.Join(", ", ReviewDecision.Kinds) + "."];
            }

            long? value = null;
            if (root.TryGetProperty("value", out var v) && v.ValueKind != JsonValueKind.Null)
            {
                if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) && n >= 0)
                {
                    value = n;
                }
                else
                {
                    errors["value"] = ["A whole number, 0 or more."];
                }
            }

            if (decision == ReviewDecision.Correct && value is null && !errors.ContainsKey("value"))
            {
                errors["value"] = ["A correction needs the value."];
            }
            else if (decision is ReviewDecision.Confirm or ReviewDecision.Reject && value is not null)
            {
                errors["value"] = ["Only a correction takes a value."];
            }

            string? note = null;
            if (root.TryGetProperty("note", out var t) && t.ValueKind != JsonValueKind.Null)
            {
                note = t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                if (note is null || note.Length > MaxNote)
                {
                    errors["note"] = [$"Text of at most {MaxNote} characters."];
                }
            }

            return (decision, value, note);
        }
    }
}
