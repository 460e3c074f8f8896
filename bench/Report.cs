using System.Text;

namespace MigrationFeeds.Bench;

/// <summary>Markdown fragments appended to the run's summary file (bench.sh passes --report).</summary>
internal sealed class Report(string? path)
{
    private readonly StringBuilder text = new();

    public void Line(string line = "")
    {
        text.AppendLine(line);
        Console.WriteLine(line);
    }

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Line("| " + string.Join(" | ", header) + " |");
        Line("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            Line("| " + string.Join(" | ", row) + " |");
        }

        Line();
    }

    public void Save()
    {
        if (path is not null)
        {
            File.AppendAllText(path, text.ToString());
        }
    }
}
