namespace MigrationFeeds.Pipeline.Series;

/// <summary>How far the figures may disagree before a check flags a point (<see cref="SeriesOptions"/> documents each).</summary>
public sealed record CheckTolerances
{
    public double Conflict { get; init; } = 0.05;
    public double Sum { get; init; } = 0.02;
    public double Revision { get; init; } = 0.10;
    public double Capacity { get; init; } = 0.25;
    public double OutlierFactor { get; init; } = 5;
    public int OutlierMinimum { get; init; } = 50;

    /// <summary>Months either side whose median an outlier is measured against, and how many of them it takes.</summary>
    public const int OutlierWindowMonths = 12;

    public const int OutlierMinimumNeighbours = 4;
}
