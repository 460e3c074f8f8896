using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// The same stretch of an earlier year said with another preposition or case than "in the same period", and what
/// key-figure boxes with a row of periods under their labels give each column.
/// </summary>
public sealed class ComparisonsAndBoxesTests
{
    [Theory]
    [InlineData("Од 1 јануари до 31 мај 2024 година во државата се откриени 1.698 мигранти, речиси двојно помалку во споредба со истиот период минатата година, кога биле откриени 3.349 мигранти.", "MKD")]
    [InlineData("Od 1. januara do 31. maja 2024. godine otkriveno je 1.698 migranata, skoro dvostruko manje u odnosu na isti period prošle godine, kada je otkriveno 3.349 migranata.", "SRB")]
    [InlineData("Nga 1 janari deri më 31 maj 2024 u kapën 1.698 migrantë, pothuajse sa gjysma krahasuar me të njëjtën periudhë të vitit të kaluar, kur u kapën 3.349 migrantë.", "ALB")]
    public void Read_TheSamePeriodLastYear_AfterAnotherPreposition_IsThoseMonthsOfLastYear(string body, string country)
    {
        Assert.Equal(
            [$"{country} arrivals cumulative 2024-01/2024-05 1698", $"{country} arrivals cumulative 2023-01/2023-05 3349"],
            Extract.TitledKeys(body, "Migranti", country, "2024-06-14"));
    }
}
