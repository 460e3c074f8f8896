using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// Weekly reports from the camps: the week's own days, its last day, a figure that points back to the camp's count, and
/// the route or month a later sentence leaves unsaid.
/// </summary>
public sealed class WeeklyCampReportsTests
{
    private const string WeeklyTitle = "The situation at the border crossings Gevgelija and Kumanovo for the period: 09.05.2016 – 15.05.2016";

    private static IReadOnlyList<string> Read(string body, string title, string? published) =>
        Extract.Keys(Extract.Figures(title + "\n\n" + body, null, published));

    [Fact]
    public void Read_ACountPresentDuringTheWeek_IsTheWeeksLastDays()
    {
        Assert.Equal(
            ["MKD/Vinojug accommodated stock 2016-05-15 100"],
            Read("Gevgelija\n\nDuring the week there were around 100 refugees in the camp.", WeeklyTitle, "2016-05-18"));
    }

    [Fact]
    public void Read_WhatTheCampHoldsThisWeek_IsTheWeeksLastDays()
    {
        Assert.Equal(
            ["MKD/Tabanovce accommodated stock 2016-05-15 250"],
            Read("Kumanovo\n\nThis week the camp holds around 250 refugees.", WeeklyTitle, "2016-05-18"));
    }

    [Fact]
    public void Read_NewArrivalsThisWeek_AreAWeeksFlow()
    {
        Assert.Empty(Read("Kumanovo\n\nPartners met some 140 new arrivals this week, 49 of them unaccompanied children.", WeeklyTitle, "2016-05-18"));
    }

    [Fact]
    public void Read_AFlowDuringTheWeek_IsTooShortToWriteDown()
    {
        Assert.Empty(Read("Gevgelija\n\nAround 330 refugees were registered in the camp during the week.", WeeklyTitle, "2016-05-18"));
    }

    [Fact]
    public void Read_TheFigureByTheEndOfTheWeek_CountsWhatTheCampHeld()
    {
        Assert.Equal(
            ["MKD/Tabanovce accommodated stock 2016-05-09 420", "MKD/Tabanovce accommodated stock 2016-05-15 305"],
            Read("Kumanovo\n\nThe camp in Tabanovce held around 420 refugees at the start of the week. The number then fell: by the end of the week the official figure was 305.",
                WeeklyTitle, "2016-05-18"));
    }

    [Fact]
    public void Read_TheFigureForTheWeek_OfAFlow_IsNoCount()
    {
        Assert.DoesNotContain(
            Read("Kumanovo\n\nOn 9 May 420 refugees arrived at the camp in Tabanovce. The figure for the week was 1,300.", WeeklyTitle, "2016-05-18"),
            k => k.EndsWith(" 1300", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TheCampInAPlaceHeld_IsItsResidents()
    {
        Assert.Equal(
            ["MKD/Tabanovce accommodated stock 2016-04-07 1500"],
            Read("On 7 April 2016 the transit camp in Tabanovce held 1,500 refugees.", "Kumanovo camp", "2016-05-18"));
    }

    [Fact]
    public void Read_TheMonthFiguresWerePublishedIn_IsNotTheirPeriod()
    {
        Assert.Equal(
            ["WB6 arrivals cumulative 2024-01/2024-07 12407"],
            Read("Frontex figures published in August 2024 count 12,407 detections on the Western Balkan route in the first seven months of 2024.", "Balkan route", null));
    }

    [Fact]
    public void Read_ThisRoute_AfterASentenceOnTheRegionsRoute_IsTheRegion()
    {
        Assert.Equal(
            ["WB6 arrivals year 2024 21520"],
            Read("Irregular border crossings via the Western Balkan route dropped sharply in 2024. Preliminary data show that detections on this route fell by 78% to 21,520.",
                "Balkan Route: NGO warning", "2025-01-20"));
    }
}
