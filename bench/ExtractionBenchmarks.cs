using BenchmarkDotNet.Attributes;
using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Parsing.Families.UnhcrBihOperationalUpdate;
using UglyToad.PdfPig;

namespace MigrationFeeds.Bench;

/// <summary>
/// The snapshot's PDFs, all of them per operation: from bytes to observations (the path ingestion takes), and the
/// stages under it, so the cost of each layer is visible: PdfPig decoding (letters), then our layout (words, lines,
/// blocks, reading order: our text), then the family parser's figure extraction on that text.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly List<(byte[] Bytes, DocumentContext Context)> corpus = [];
    private readonly List<(TextDocument Document, DocumentContext Context)> texts = [];

    public static int Documents => Corpus.Value.Count;

    public static int Pages => Corpus.Value.Sum(d => d.Pages);

    private static readonly Lazy<List<(string Path, byte[] Bytes, int Pages)>> Corpus = new(() =>
        [.. Repo.BihPdfs().Select(p =>
        {
            var bytes = File.ReadAllBytes(p);
            using var pdf = PdfDocument.Open(bytes);
            return (p, bytes, pdf.NumberOfPages);
        })]);

    [GlobalSetup]
    public void Setup()
    {
        foreach (var (path, bytes, _) in Corpus.Value)
        {
            corpus.Add((bytes, ContextFor(path)));
            texts.Add((PdfDocumentReader.Read(bytes).Document!, ContextFor(path)));
        }
    }

    /// <summary>PdfPig alone: open every page and decode its letters (content streams, fonts, glyph positions).</summary>
    [Benchmark]
    public int PdfPigLetters()
    {
        var n = 0;
        foreach (var (bytes, _) in corpus)
        {
            using var pdf = PdfDocument.Open(bytes);
            foreach (var page in pdf.GetPages())
            {
                n += page.Letters.Count;
            }
        }

        return n;
    }

    /// <summary>Our text: the same job as pdftotext and pdfminer's extract_text (pages of lines in reading order).</summary>
    [Benchmark]
    public int TextOnly()
    {
        var n = 0;
        foreach (var (bytes, _) in corpus)
        {
            n += PdfDocumentReader.Read(bytes).Document!.Pages.Count;
        }

        return n;
    }

    /// <summary>The family parser alone, on text read beforehand: sentences, key-figure boxes, tables, figures.</summary>
    [Benchmark]
    public int FiguresFromText()
    {
        var n = 0;
        foreach (var (document, context) in texts)
        {
            n += UnhcrBihOperationalUpdateParser.Parse(document, context, explain: false).Figures.Count;
        }

        return n;
    }

    /// <summary>The full path ingestion runs: bytes to figures to observations with provenance.</summary>
    [Benchmark(Baseline = true)]
    public int PdfToObservations()
    {
        var parser = ParserCatalog.UnhcrBihOperationalUpdate;
        var n = 0;
        foreach (var (bytes, context) in corpus)
        {
            var result = parser.Parse(bytes, context);
            var sha = RawArchive.Sha256(bytes);
            var rows = result.Figures.Select(f => Observation.Of(
                f,
                ReliefWebSources.UnhcrBihOperationalUpdate.Id,
                new Uri(context.Url),
                sha,
                parser.Version,
                DateTimeOffset.UnixEpoch,
                context.Published)).ToList();
            n += rows.Count;
        }

        return n;
    }

    /// <summary>The context discovery gives: the report is published early in the month after the one it covers.</summary>
    public static DocumentContext ContextFor(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var month = DateOnly.ParseExact(stem[^7..] + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new DocumentContext
        {
            Url = "https://reliefweb.int/attachments/bench/" + Path.GetFileName(path),
            ContentType = "application/pdf",
            DefaultCountry = Countries.BosniaAndHerzegovina,
            Title = "Bosnia and Herzegovina: Operational Update, " + month.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
            Published = month.AddMonths(1).AddDays(14),
        };
    }
}
