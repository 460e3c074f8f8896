using MigrationFeeds.Parsing.Extraction;

namespace MigrationFeeds.Parsing.Tests.Extraction;

public sealed class CountryMentionsTests
{
    [Theory]
    [InlineData("In Serbia, 5,902 new arrivals were registered.", "SRB")]
    [InlineData("Montenegro recorded 1,312 arrivals.", "MNE")]
    [InlineData("Serbia's Commissariat registered 107,374 arrivals.", "SRB")]
    [InlineData("U Crnoj Gori je evidentirano 402 migranta.", "MNE")]
    [InlineData("Ne Shqiperi u kapen 612 emigrante.", "ALB")]
    public void Locations_CountryWhereFiguresAre_IsFound(string text, string country)
    {
        Assert.Equal(country, Assert.Single(CountryMentions.Locations(text)).Country);
    }

    [Theory]
    [InlineData("2,118 persons arrived, most of them from Greece and North Macedonia.")]
    [InlineData("Arrivals decreased after Serbia reintroduced visa requirements.")]
    [InlineData("1.342 emigrante u kapen ne kufirin me Shqiperine.")]
    public void Locations_OriginOrOtherMention_IsNotAPlaceOfTheFigures(string text)
    {
        Assert.Empty(CountryMentions.Locations(text));
    }

    [Theory]
    [InlineData("Vecina stize preko Albanije i Severne Makedonije")]
    [InlineData("VECINA STIZE PREKO ALBANIJE I SEVERNE MAKEDONIJE")]
    [InlineData("Most come through Albania and North Macedonia")]
    public void NotOrigins_ListAfterARoutePreposition_IsAllOrigins(string text)
    {
        Assert.DoesNotContain(CountryMentions.NotOrigins(text), m => !m.IsElsewhere);
    }
}
