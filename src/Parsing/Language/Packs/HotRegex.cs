using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Language.Packs;

/// <summary>
/// A pattern of the data files that every sentence is matched against: interpreted at first, compiled once it has
/// been used often enough to repay the compilation. Compiling every pattern of every pack costs seconds at start,
/// which a one-file run of the CLI would pay in full; a run over many documents makes its hot patterns several
/// times faster. The compilation runs beside the parse, which goes on with the interpreted form until it is done:
/// the patterns of a pack grow hot together, and a document must not wait for them all. Both forms match alike:
/// only the time differs.
/// </summary>
internal sealed class HotRegex
{
    // Compiling costs a few milliseconds; an interpreted scan of a sentence costs some microseconds more than a
    // compiled one. A run of the CLI over one batch of documents stays under it, a long run passes it soon.
    private const int UsesBeforeCompiling = 5000;

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
                _ = Task.Run(() => Volatile.Write(ref compiled, new Regex(interpreted.ToString(), interpreted.Options | RegexOptions.Compiled, interpreted.MatchTimeout)));
            }

            return interpreted;
        }
    }
}
