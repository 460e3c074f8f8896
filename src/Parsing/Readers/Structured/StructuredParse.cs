using System.Text.Json;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Readers.Structured;

/// <summary>
/// What every parser of a spreadsheet or an API answer does before it reads: refuse a missing context, report an empty
/// body, open the bytes, and turn a body it cannot open into a failure with a code instead of an exception.
/// </summary>
internal static class StructuredParse
{
    /// <param name="what">The body in words, for the empty failure: "response", "workbook".</param>
    public static ParseResult Run(ReadOnlyMemory<byte> content, DocumentContext context, string what, Func<ReadOnlyMemory<byte>, ParseResult> read)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(read);
        return content.IsEmpty
            ? ParseResult.Failure(new ParseIssue { Code = ParseIssueCodes.Empty, Message = $"The {what} is empty." })
            : read(content);
    }

    /// <summary>
    /// A JSON answer: not JSON (an API answers a bad query with a plain-text or HTML error page) is unreadable; a JSON-stat
    /// dataset whose sizes and categories disagree is a layout the parser does not know.
    /// </summary>
    public static ParseResult Json(ReadOnlyMemory<byte> content, DocumentContext context, Func<JsonElement, ParseResult> read) =>
        Run(content, context, "response", bytes =>
        {
            try
            {
                using var json = JsonDocument.Parse(bytes);
                return read(json.RootElement);
            }
            catch (JsonException e)
            {
                return ParseResult.Failure(new ParseIssue { Code = ParseIssueCodes.Unreadable, Message = "Not JSON: " + e.Message });
            }
            catch (InvalidDataException e)
            {
                return ParseResult.Failure(new ParseIssue { Code = StructuredIssueCodes.LayoutUnknown, Message = e.Message });
            }
        });
}
