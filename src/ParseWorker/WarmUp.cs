using System.Text;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Sources;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace MigrationFeeds.ParseWorker;

/// <summary>
/// Reads a one-page PDF and a small page with the report parsers before the worker says it is ready. A fresh worker
/// otherwise compiles the PDF reader and the parsers inside the first document's budget, and on a busy machine a
/// report it reads in a fraction of a second when warm runs past a budget of a few seconds: each such timeout kills
/// the worker, the next one starts cold, and every document after it fails the same way.
/// </summary>
internal static class WarmUp
{
    private const string Sentence = "In October 2021, 1,217 refugees and migrants arrived irregularly in Bosnia and Herzegovina, 22% fewer than in September (1,552).";

    public static void Run()
    {
        byte[] pdf;
        try
        {
            var builder = new PdfDocumentBuilder();
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText(Sentence, 11, new PdfPoint(50, 700), builder.AddStandard14Font(Standard14Font.Helvetica));
            pdf = builder.Build();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"parse worker: the warm-up document could not be built: {e.Message}");
            return;
        }

        var html = Encoding.UTF8.GetBytes($"<!doctype html><html><head><meta charset=\"utf-8\"><title>Operational Update</title></head><body><p>{Sentence}</p></body></html>");
        foreach (var parser in new IReportParser[] { ParserCatalog.UnhcrBihOperationalUpdate, ParserCatalog.General })
        {
            foreach (var (content, type) in new[] { (pdf, "application/pdf"), (html, "text/html; charset=utf-8") })
            {
                try
                {
                    parser.Parse(content, new DocumentContext
                    {
                        Url = "https://reliefweb.int/attachments/warm-up/report.pdf",
                        ContentType = type,
                        DefaultCountry = Countries.BosniaAndHerzegovina,
                        Title = "Bosnia and Herzegovina Operational Update – October 2021",
                        Published = new DateOnly(2021, 11, 15),
                    });
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Only a warm-up: a real document meets the same fault and reports it.
                    Console.Error.WriteLine($"parse worker: warm-up with {parser.Family} failed: {e.Message}");
                }
            }
        }
    }
}
