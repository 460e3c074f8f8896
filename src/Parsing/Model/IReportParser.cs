namespace MigrationFeeds.Parsing.Model;

/// <summary>A pure function from a document's bytes and context to figures, for one report family.</summary>
public interface IReportParser
{
    /// <summary>The family this parser reads, e.g. <c>unhcr-bih-operational-update</c>.</summary>
    string Family { get; }

    /// <summary>Bumped whenever the parser's output for the same bytes may change; stored with every figure.</summary>
    string Version { get; }

    ParseResult Parse(ReadOnlyMemory<byte> content, DocumentContext context);
}
