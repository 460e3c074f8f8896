using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Language.Packs;

/// <summary>
/// A pattern of the data files that every sentence is matched against: interpreted at first, compiled once it has
/// been used often enough to repay the compilation. Compiling every pattern of every pack costs seconds at start,
/// which a one-file run of the CLI would pay in full; a run over many documents makes its hot patterns several
/// times faster. Both forms match alike: only the time differs.
/// </summary>
internal sealed class HotRegex
{
    // Compiling costs a few milliseconds; an interpreted scan of a sentence costs some microseconds more than a compiled one.
    private const int UsesBeforeCompiling = 400;

    private readonly Regex interpreted;
    private Regex? compiled;
    private int uses;

    public HotRegex(Regex interpreted) => this.interpreted = interpreted;

    /// <summary>The pattern to match with now, counting the use.</summary>
    public Regex Regex
    {
        get
        {
            if (Volatile.Read(ref compiled) is { } ready)
            {
                return ready;
            }

            if (Interlocked.Increment(ref uses) == UsesBeforeCompiling)
            {
                var built = new Regex(interpreted.ToString(), interpreted.Options | RegexOptions.Compiled, interpreted.MatchTimeout);
                Volatile.Write(ref compiled, built);
                return built;
            }

            return interpreted;
        }
    }
}
