namespace MigrationFeeds.Parsing.Language.Periods;

internal enum PeriodKind
{
    /// <summary>A calendar month: "in October", "October 2021", "the previous month".</summary>
    Month,

    /// <summary>A calendar year: "in 2021".</summary>
    Year,

    /// <summary>An interval: "since January 2018", "1-27 August", "between January 2018 and August 2019".</summary>
    Interval,

    /// <summary>A point in time: "at the end of October" (a month) or "as of 31 October" (a day).</summary>
    PointInTime,

    /// <summary>
    /// A time the engine cannot place in the calendar ("since the training", "in the past week", "per day"): it
    /// gives no figure a period, and keeps the sentence from being read as the report's month.
    /// </summary>
    Unknown,
}

/// <summary>A period expression found in a sentence, resolved to the project's period notation.</summary>
internal sealed record PeriodMention
{
    public required int Start { get; init; }
    public required int Length { get; init; }
    public required PeriodKind Kind { get; init; }

    /// <summary>As in <c>Figure.Period</c>: <c>2022-10</c>, <c>2021</c>, <c>2018-01/2022-10</c>, <c>2022-10-31</c>.</summary>
    public required string Period { get; init; }

    /// <summary>The month for <see cref="PeriodKind.Month"/> and month-level points in time.</summary>
    public YearMonth? Month { get; init; }

    /// <summary>Set for <see cref="PeriodKind.Year"/>.</summary>
    public int? Year { get; init; }

    /// <summary>Stands in a comparison ("compared to the previous month", "over September 2021").</summary>
    public bool IsComparative { get; init; }

    /// <summary>A month named without its year, which the report's dates placed.</summary>
    public bool YearImplied { get; init; }

    /// <summary>A point a flow runs up to from the start of its year ("by May 2019", "do sredine novembra", "deri më 12.12.2018").</summary>
    public bool ToDate { get; init; }

    /// <summary>The day a month not yet over is counted up to (news naming its own month): a stock stated for it is that day's.</summary>
    public DateOnly? SoFar { get; init; }

    /// <summary>"A month before", "the previous month": the month before the one the text speaks of, counted back from it.</summary>
    public bool MonthBefore { get; init; }

    /// <summary>A verb in the present tense, not a time: it dates a stock in a text without a report month, never a flow.</summary>
    public bool PresentTense { get; init; }

    /// <summary>
    /// A present tense in a sentence that names a time elsewhere ("… entered this year, and up to 1,500 of them are stuck in the
    /// country"): it dates only a stock of its own clause, where no other time stands.
    /// </summary>
    public bool ClauseOnly { get; init; }

    /// <summary>"This year", "ove godine": it may only say which year a span before it is in ("from 1 January to 19 November this year").</summary>
    public bool ThisYear { get; init; }

    /// <summary>The day a statement was made ("… said on Monday"), which the statement's next sentence ("He added …") keeps.</summary>
    public bool Spoken { get; init; }

    /// <summary>"… when the Special Rapporteur visited": the time of a visit the report is on.</summary>
    public bool Visit { get; init; }

    /// <summary>"since then", "since the Balkan route closed": an open start that is no date; a flow since it cannot be written down.</summary>
    public bool OpenSince { get; init; }

    /// <summary>The day a statement was made, or the time of a visit: it dates what every clause of its sentence says is so.</summary>
    public bool DatesSentence => Spoken || Visit;

    public int End => Start + Length;
}
