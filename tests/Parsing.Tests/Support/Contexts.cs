using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Tests.Support;

internal static class Contexts
{
    public static DocumentContext Html(string? title = "Bosnia and Herzegovina Operational Update - October 2022", DateOnly? published = null) => new()
    {
        Url = "https://reliefweb.int/report/bosnia-and-herzegovina/test",
        ContentType = "text/html; charset=utf-8",
        DefaultCountry = Countries.BosniaAndHerzegovina,
        Title = title,
        Published = published ?? new DateOnly(2022, 11, 18),
    };

    public static DocumentContext Pdf(string? title = "Bosnia and Herzegovina Operational Update - October 2022", DateOnly? published = null) =>
        Html(title, published) with { Url = "https://reliefweb.int/attachments/test.pdf", ContentType = "application/pdf" };
}
