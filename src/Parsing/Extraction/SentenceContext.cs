using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Periods;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>What a sentence is read with besides the document's dates.</summary>
internal sealed record SentenceContext
{
    /// <summary>The document's language pack; null for English.</summary>
    public LanguagePack? Language { get; init; }

    /// <summary>The period of the sentence before, which "in the same period" refers to.</summary>
    public PeriodMention? PreviousPeriod { get; init; }

    /// <summary>The figures of the sentence before, which "Compared to May (1,562), …" refers to.</summary>
    public IReadOnlyList<FigureCandidate> PreviousFigures { get; init; } = [];

    /// <summary>The figures of the last few sentences, newest last, which "Of the 13,333 reported migrants, …" refers to.</summary>
    public IReadOnlyList<FigureCandidate> RecentFigures { get; init; } = [];

    /// <summary>The last few sentences of running text before this one, folded, newest last: where "the shelter" was named.</summary>
    public IReadOnlyList<string> RecentTexts { get; init; } = [];

    /// <summary>Whether centres named near a number make it a site figure (the gazetteer).</summary>
    public bool ReadSites { get; init; }

    /// <summary>The one centre the whole document names, which "the centre" in a sentence that names none refers to.</summary>
    public string? DocumentSite { get; init; }

    /// <summary>The country the heading over the sentence names ("GREECE", "Serbia"), if any; a heading of a wider area says none.</summary>
    public string? Section { get; init; }

    /// <summary>Whether the countries and places named near a number decide whose figure it is.</summary>
    public bool ReadCountries { get; init; }

    /// <summary>The year of the next paragraph's "year: value" item, when a list of them goes on there.</summary>
    public int? NextListYear { get; init; }

    public static SentenceContext English { get; } = new();
}
