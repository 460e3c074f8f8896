using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// A weekday before a date, "the year as a whole" after a month, what a share after a count says, fractions and
/// hearings, a footer's page number, and which centre a count is of: "N of them in" a centre, "in which", "in each of".
/// </summary>
public sealed class DatesSharesAndCentresTests
{
    [Theory]
    [InlineData("Prema podacima koje je iznio, od 1. siječnja pa do petka, 25. svibnja, u BiH je nezakonito ušlo točno 4870 migranata.")]
    [InlineData("Between 1 January and Friday, 25 May, a total of 4,870 migrants entered Bosnia and Herzegovina irregularly, the minister said.")]
    public void Read_ASpanToAWeekdayAndItsDate_EndsOnThatDate(string body)
    {
        Assert.Equal(["BIH arrivals cumulative 2018-01-01/2018-05-25 4870"], Extract.TitledKeys(body, "Migranti", null, "2018-05-26"));
    }

    [Fact]
    public void Read_TheYearAsAWholeAfterAMonth_IsThatMonthsYear_InATextWithNoReportMonth()
    {
        var text = "MIXED MOVEMENTS BRIEFING\n2018 IN REVIEW AND THE LAST QUARTER\n\nBOSNIA AND HERZEGOVINA\nDetected arrivals in Bosnia and Herzegovina fell sharply as winter set in: 935 in December, less than half the November figure. "
            + "For the year as a whole, IOM counts 23,848 registered irregular migrants, more than twenty times the number of 2017.\n";

        Assert.Contains("BIH arrivals year 2018 23848", Extract.Keys(Extract.Figures(text, null, "2019-02-20")));
    }

    [Fact]
    public void Read_WhatAShareAfterACountSays_DoesNotSpeakAgainstTheCount()
    {
        var body = "On 31 December 2018, 4,470 refugees and migrants were present in Serbia, 94% of them in the 16 governmental centres; unaccompanied children made up 7% of those accommodated.";

        Assert.Equal(["SRB present_total stock 2018-12-31 4470"], Extract.TitledKeys(body, "Serbia", null, "2019-02-20"));
    }

    [Theory]
    [InlineData("Since the beginning of the year, 24,180 new arrivals have been observed in Serbia, roughly two thirds of them entering from North Macedonia.")]
    [InlineData("Od početka godine u Srbiji je zabeleženo 24.180 novih dolazaka, a dve trećine njih ušlo je iz Severne Makedonije.")]
    public void Read_AFractionsNumerator_IsNoCount(string body)
    {
        Assert.Equal(["SRB arrivals cumulative 2020-01-01/2020-12-14 24180"], Extract.TitledKeys(body, "Serbia", null, "2020-12-14"));
    }

    [Fact]
    public void Read_ApplicantsHeardAtHearings_AreNoApplications()
    {
        var body = "Ninety-seven persons expressed the intention to seek asylum in Serbia in November, and only seven lodged an asylum application with the Asylum Office, which held hearings with 14 applicants.";

        Assert.Equal(["SRB asylum_intentions month 2020-11 97", "SRB asylum_applications month 2020-11 7"], Extract.TitledKeys(body, "Serbia", null, "2020-12-14"));
    }

    [Fact]
    public void Read_AFootersDateSeparatorAndPage_IsNoFigure()
    {
        var text = "Regional briefing\n\nIn total, 46,647 refugees and migrants were registered in the Western Balkans in 2018.\n\n"
            + "Regional briefing on refugees and migrants in the Western Balkans · 20 February 2019 · 1\n";

        Assert.Equal(["WB6 arrivals year 2018 46647"], Extract.Keys(Extract.Figures(text, null, "2019-02-20")));
    }

    [Fact]
    public void Read_CentresCountedByAHyphenatedName_AreNoPersons()
    {
        var body = "Prema podacima Komesarijata, u pet centara za azil i trinaest prihvatno-tranzitnih centara u Srbiji danas je smešteno 4.200 migranata.";

        Assert.Equal(["SRB accommodated stock 2017-12-18 4200"], Extract.TitledKeys(body, "Komesarijat", null, "2017-12-18"));
    }

    [Fact]
    public void Read_APartOfThemInACentre_IsThatCentres()
    {
        var body = "As of 18 June, 66 asylum-seekers were accommodated in the two asylum facilities of the Ministry in Kosovo, 61 of them in the Asylum Centre in Magura.";

        Assert.Equal(["XKX accommodated stock 2021-06-18 66", "XKX/Magura accommodated stock 2021-06-18 61"], Extract.TitledKeys(body, "Kosovo", null, "2021-06-30"));
    }

    [Fact]
    public void Read_ACountInARelativeClauseOnACentre_IsThatCentres()
    {
        var body = "Po broju smeštenih u julu prednjačili su prihvatni centar u Obrenovcu, u kome je krajem meseca boravilo 865 lica, i centar za azil u Krnjači sa 523 lica.";

        Assert.Equal(["SRB/Obrenovac accommodated stock 2018-07 865", "SRB/Krnjača accommodated stock 2018-07 523"], Extract.TitledKeys(body, "Azil u Srbiji", null, "2018-08-14"));
    }

    [Theory]
    [InlineData("U julu je u centru za azil u Krnjači boravilo 523 lica, a u svakom od preostalih centara bilo je manje od 350 ljudi.")]
    [InlineData("In July the Krnjača asylum centre hosted 523 people, and in each of the other centres there were fewer than 350.")]
    public void Read_ABoundOnEachOfTheOtherCentres_IsNoCentresAndNoCountrysFigure(string body)
    {
        Assert.Equal(["SRB/Krnjača accommodated stock 2018-07 523"], Extract.TitledKeys(body, "Azil u Srbiji", "SRB", "2018-08-14"));
    }

    [Fact]
    public void Read_AtAnyMoment_IsNoPlace()
    {
        var body = "„U svakom trenutku u Srbiji se nalazi više od 10.000 izbeglica i migranata“, rekao je komesar.";

        Assert.Equal(["SRB present_total stock 2022-08-23 10000"], Extract.TitledKeys(body, "Migranti", null, "2022-08-23"));
    }

    [Theory]
    [InlineData("Broj ljudi koji su u Srbiji izrazili nameru da traže azil porastao je prošle godine na 8.436, sa 6.199 u 2017, pokazuju podaci.")]
    [InlineData("The number of people who expressed an intention to seek asylum in Serbia rose last year to 8,436, from 6,199 in 2017, the data show.")]
    public void Read_AChangeInAYear_ToAValueFromAnEarlierYearsValue_GivesEachItsYear(string body)
    {
        Assert.Equal(["SRB asylum_intentions year 2018 8436", "SRB asylum_intentions year 2017 6199"], Extract.TitledKeys(body, "Azil", null, "2019-01-24"));
    }

    [Theory]
    [InlineData("In Serbia, the population in the country has been falling steadily: from 4,500 at the end of 2018 it dropped to 3,600 by the end of May 2019.")]
    [InlineData("In Serbia, the population in the country fell from 4,500 at the end of 2018 to 3,600 by the end of May 2019.")]
    public void Read_AChangeAnnouncedBeforeAColon_GivesItsSubjectsValuesAfterIt(string body)
    {
        Assert.Equal(["SRB present_total stock 2018-12 4500", "SRB present_total stock 2019-05 3600"], Extract.TitledKeys(body, "Serbia update", null, "2019-06-20"));
    }
}
