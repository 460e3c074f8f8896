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
    public void Canonical_WrittenForm_IsTheProjectsName(string written, string name)
    {
        Assert.Equal(name, SiteGazetteer.Canonical(written));
    }

    [Fact]
    public void Canonical_UnknownPlace_IsNull()
    {
        Assert.Null(SiteGazetteer.Canonical("Belgrade"));
    }
}
