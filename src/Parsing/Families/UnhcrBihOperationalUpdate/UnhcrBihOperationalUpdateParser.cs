using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Families.UnhcrBihOperationalUpdate;

/// <summary>
/// UNHCR's monthly Operational Update for Bosnia and Herzegovina, as PDF or as the text of its
/// report page: arrivals, UASC among them, intentions to seek asylum, asylum applications (persons),
/// persons accommodated (in total and by centre), the estimate of persons outside accommodation and
/// arrivals since January 2018. The extraction engine reads it with the English rules; the family adds
/// its table of persons accommodated by reception centre.
/// </summary>
public sealed partial class UnhcrBihOperationalUpdateParser : IReportParser
{
    private const int LinesToRecognise = 6;

    // The family's documents are in English and about Bosnia and Herzegovina; its sites are in its table.
    private static readonly EngineSetup Setup = new()
    {
        PageReaders = [ReceptionCentreTable.Read],
        LocalLanguages = false,
    };

    private static readonly ExtractionEngine Engine = new(Setup);
    private static readonly ExtractionEngine ExplainingEngine = new(Setup with { Explain = true });

    public string Family => "unhcr-bih-operational-update";

    public string Version => "1.1.0";

    public ParseResult Parse(ReadOnlyMemory<byte> content, DocumentContext context) => Engine.Run(content, context);

    internal static ParseResult Parse(TextDocument document, DocumentContext context, bool explain) =>
        (explain ? ExplainingEngine : Engine).Run(document, context);

    /// <summary>Whether a document is one of the family's: its title or first lines name the Operational Update of BiH.</summary>
    internal static bool Recognises(TextDocument document, DocumentContext context)
    {
        var head = string.Join(' ', new[] { context.Title, document.Title }.Concat(document.Pages[0].Lines.Take(LinesToRecognise).Select(l => l.Text)).OfType<string>());
        return OperationalUpdateOfBih().IsMatch(head);
    }

    [GeneratedRegex(@"\bBOSNIA\s+AND\s+HERZEGOVINA\b.{0,40}\bOPERATIONAL\s+UPDATE\b|\bOPERATIONAL\s+UPDATE\b.{0,40}\bBosnia\s+and\s+Herzegovina\b", RegexOptions.IgnoreCase)]
    private static partial Regex OperationalUpdateOfBih();
}
