using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Text;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Language.Packs;

/// <summary>
/// A pack's pattern is matched interpreted at first and compiled once it is hot. Some shapes of pattern make the
/// compiled matcher fail on some texts where the interpreted one does not ("counted(?!… (?:\S+\s+){0,2}?(?:arrivals…)"
/// threw IndexOutOfRangeException on "counted some 3,300 people …"), and then a document fails only after the
/// documents before it made the pattern hot. Every pattern is run compiled over the corpus's sentences here.
/// </summary>
public sealed class CompiledPatternsTests
{
    [Fact]
    public void EveryPackPattern_Compiled_MatchesTheCorpusAsInterpreted()
    {
        var fixtures = Path.Combine(RepositoryRoot.Find(), "tests", "Fixtures");
        var texts = Directory.GetFiles(fixtures, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllText(f).Split(". "))
            .Select(s => FoldedText.Fold(s).Text)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var packs = LanguagePacks.All.Append(LanguagePacks.English).ToList();
        var patterns = packs.SelectMany(p => p.Concepts.Select(c => c.Pattern))
            .Concat(packs.SelectMany(p => p.Words.Values.Where(v => v.Length > 0).Select(v => LanguagePack.Compile(@"(?<![\p{L}])(?:" + v + ")"))))
            .ToList();

        var failing = new List<string>();
        foreach (var interpreted in patterns)
        {
            var compiled = new Regex(interpreted.ToString(), interpreted.Options | RegexOptions.Compiled, interpreted.MatchTimeout);
            foreach (var text in texts)
            {
                try
                {
                    if (compiled.Matches(text).Count != interpreted.Matches(text).Count)
                    {
                        failing.Add($"{interpreted} differs on: {text[..Math.Min(120, text.Length)]}");
                        break;
                    }
                }
                catch (IndexOutOfRangeException)
                {
                    failing.Add($"{interpreted} fails on: {text[..Math.Min(120, text.Length)]}");
                    break;
                }
            }
        }

        Assert.Empty(failing);
    }
}
