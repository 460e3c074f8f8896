using MigrationFeeds.Parsing.Extraction;

namespace MigrationFeeds.Parsing.Tests.Extraction;

public sealed class SiteGazetteerTests
{
    [Theory]
    [InlineData("Spužu", "Spuž")]
    [InlineData("Babrrut", "Babrru")]
    [InlineData("Borici", "Borići")]
    [InlineData("Винојуг", "Vinojug")]
    [InlineData("Дивљана", "Divljana")]
    [InlineData("Bujanovcu", "Bujanovac")]
    [InlineData("Boricima", "Borići")]
    [InlineData("Sidu", "Šid")]
    [InlineData("Bogovađi", "Bogovađa")]
    [InlineData("Trnovu", "Delijaš")]
    [InlineData("Biri", "Bira")]
    [InlineData("Đačkom domu", "Đački dom")]
    [InlineData("Vučjaku", "Vučjak")]
    public void Canonical_WrittenForm_IsTheProjectsName(string written, string name)
    {
        Assert.Equal(name, SiteGazetteer.Canonical(written));
    }

    [Fact]
    public void Canonical_UnknownPlace_IsNull()
    {
        Assert.Null(SiteGazetteer.Canonical("Belgrade"));

        // "on bira" (he chooses) is a verb: centres are written with a capital.
        Assert.Null(SiteGazetteer.Canonical("bira"));
    }
}
