using System.Text;

namespace MigrationFeeds.Cli;

/// <summary>A plain fixed-width table for terminals.</summary>
internal static class TextTable
{
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = Enumerable.Range(0, header.Count).Select(i => all.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        for (var r = 0; r < all.Count; r++)
        {
            text.Append(string.Join("  ", all[r].Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd()).Append('\n');
            if (r == 0)
            {
                text.AppendJoin("  ", widths.Select(w => new string('-', w))).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }
}
