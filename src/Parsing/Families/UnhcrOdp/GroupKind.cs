namespace MigrationFeeds.Parsing.Families.UnhcrOdp;

/// <summary>What a population group counts, in the project's terms; only the kinds an indicator matches.</summary>
internal enum GroupKind
{
    /// <summary>NEW, monthly, non-cumulative: the arrivals of the month the record is dated in.</summary>
    MonthlyArrivals,

    /// <summary>NEW, cumulative: arrivals since the start the group's name states.</summary>
    CumulativeArrivals,

    /// <summary>Registered or estimated persons in camps or centres, on the record's date.</summary>
    Accommodated,

    /// <summary>Estimated persons present (not in centres only), on the record's date.</summary>
    PresentTotal,
}
