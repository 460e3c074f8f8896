using System.Diagnostics.CodeAnalysis;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>Either a document or the issue that kept it from being read.</summary>
public sealed record DocumentReadResult
{
    public TextDocument? Document { get; private init; }
    public ParseIssue? Issue { get; private init; }

    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Issue))]
    public bool Succeeded => Document is not null;

    public static DocumentReadResult Success(TextDocument document) => new() { Document = document };

    public static DocumentReadResult Failure(string code, string message) =>
        new() { Issue = new ParseIssue { Code = code, Message = message } };

    public static DocumentReadResult Failure(ParseIssue issue) => new() { Issue = issue };
}
