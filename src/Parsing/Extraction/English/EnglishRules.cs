using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction.English;

/// <summary>
/// The phrases that tie a number to an indicator in English reports (first written for UNHCR's Operational
/// Update for Bosnia and Herzegovina, then widened to the other country updates, IOM's situation reports
/// and news items). They key on the meaning-bearing words (arrived irregularly, intention to seek asylum,
/// asylum claims or applications registered or lodged, accommodated, outside formal accommodation),
/// not on one month's sentence, because the wording changes between months and mid-series.
/// Order matters: the first rule a number matches wins, so narrower rules come first.
/// </summary>
internal static partial class EnglishRules
{
    public static IReadOnlyList<IndicatorRule> Rules { get; } =
    [
        new()
        {
            Name = "site-occupancy",
            Indicator = Indicators.Accommodated,
            Kind = IndicatorKind.Stock,
            After = SiteAfter(),
            SentenceMustMatch = AccommodationContext(),
            ClauseMustNotMatch = AsylumProcedureContext(),
        },
        .. UascPresentRules,
        new()
        {
            Name = "uasc-among-arrivals",
            Indicator = Indicators.UascArrivals,
            Kind = IndicatorKind.Flow,
            After = UascAfter(),
            SentenceMustMatch = ArrivalsContext(),
            ClauseMustNotMatch = ClosedOrAssisted(),
        },
        new()
        {
            Name = "arrived-irregularly",
            Indicator = Indicators.Arrivals,
            Kind = IndicatorKind.Flow,
            After = ArrivedAfter(),
        },
        new()
        {
            Name = "persons-detected",
            Indicator = Indicators.Arrivals,
            Kind = IndicatorKind.Flow,
            After = DetectedAfter(),
            SentenceMustMatch = ArrivalsContext(),
        },
        new()
        {
            Name = "arrivals-noun",
            Indicator = Indicators.Arrivals,
            Kind = IndicatorKind.Flow,
            After = ArrivalsNounAfter(),
        },
        new()
        {
            Name = "irregular-arrival-of",
            Indicator = Indicators.Arrivals,
            Kind = IndicatorKind.Flow,
            Before = ArrivalOfBefore(),
        },
        new()
        {
            Name = "total-arrivals",
            Indicator = Indicators.Arrivals,
            Kind = IndicatorKind.Flow,
            Before = TotalBefore(),
            SentenceMustMatch = ArrivalsContext(),
        },
        new()
        {
            Name = "total-arrivals-and-to",
            Indicator = Indicators.Arrivals,
            Kind = IndicatorKind.Flow,
            Before = TotalAndToBefore(),
            SentenceMustMatch = ArrivalsContext(),
        },
        new()
        {
            Name = "arrivals-total-colon",
            Indicator = Indicators.Arrivals,
            Kind = IndicatorKind.Flow,
            Before = ArrivalsTotalBefore(),
        },
        new()
        {
            Name = "expressed-intention",
            Indicator = Indicators.AsylumIntentions,
            Kind = IndicatorKind.Flow,
            After = IntentionVerbAfter(),
        },
        new()
        {
            Name = "intentions-noun",
            Indicator = Indicators.AsylumIntentions,
            Kind = IndicatorKind.Flow,
            After = IntentionNounAfter(),
        },
        new()
        {
            Name = "aisa-issued-to",
            Indicator = Indicators.AsylumIntentions,
            Kind = IndicatorKind.Flow,
            Before = AisaBefore(),
            After = PersonsAfter(),
        },
        new()
        {
            Name = "persons-received-aisa",
            Indicator = Indicators.AsylumIntentions,
            Kind = IndicatorKind.Flow,
            After = BracketedPersonsReceivedAfter(),
        },
        new()
        {
            Name = "intentions-expressed-by",
            Indicator = Indicators.AsylumIntentions,
            Kind = IndicatorKind.Flow,
            Before = IntentionsExpressedByBefore(),
        },
        new()
        {
            Name = "claims-lodged-for",
            Indicator = Indicators.AsylumApplications,
            Kind = IndicatorKind.Flow,
            Before = ApplicationsForBefore(),
            After = PersonsAfter(),
        },
        new()
        {
            Name = "asylum-claims-lodged",
            Indicator = Indicators.AsylumApplications,
            Kind = IndicatorKind.Flow,
            After = ApplicationsAfter(),
            ValueOverride = PersonsNotCases(),
        },
        new()
        {
            Name = "persons-lodged-claims",
            Indicator = Indicators.AsylumApplications,
            Kind = IndicatorKind.Flow,
            After = PersonsLodgedAfter(),
        },
        new()
        {
            Name = "outside-accommodation",
            Indicator = Indicators.OutsideAccommodation,
            Kind = IndicatorKind.Stock,
            After = OutsideAfter(),
            ApproximateWhen = Estimated(),
        },
        new()
        {
            Name = "outside-accommodation-label",
            Indicator = Indicators.OutsideAccommodation,
            Kind = IndicatorKind.Stock,
            After = RoughSleepersAfter(),
            ApproximateWhen = Estimated(),
        },
        new()
        {
            Name = "outside-accommodation-before",
            Indicator = Indicators.OutsideAccommodation,
            Kind = IndicatorKind.Stock,
            Before = OutsideBefore(),
            ApproximateWhen = Estimated(),
        },
        new()
        {
            Name = "were-accommodated",
            Indicator = Indicators.Accommodated,
            Kind = IndicatorKind.Stock,
            After = AccommodatedVerbAfter(),
        },
        new()
        {
            Name = "centres-accommodated",
            Indicator = Indicators.Accommodated,
            Kind = IndicatorKind.Stock,
            Before = CentresAccommodatedBefore(),
        },
        new()
        {
            Name = "persons-in-centres",
            Indicator = Indicators.Accommodated,
            Kind = IndicatorKind.Stock,
            After = AccommodatedNounAfter(),
            BeforeMustNotMatch = ServiceObjectBefore(),
        },
        new()
        {
            Name = "accommodated-before",
            Indicator = Indicators.Accommodated,
            Kind = IndicatorKind.Stock,
            Before = AccommodatedBefore(),
        },
        .. MoreRules,
    ];

    public static IReadOnlyList<ZeroPhraseRule> ZeroRules { get; } =
    [
        new()
        {
            Name = "no-uasc-among-arrivals",
            Indicator = Indicators.UascArrivals,
            Kind = IndicatorKind.Flow,
            Phrase = NoUascAmongArrivals(),
        },
        new()
        {
            Name = "no-asylum-applications",
            Indicator = Indicators.AsylumApplications,
            Kind = IndicatorKind.Flow,
            Phrase = NoApplicationsLodged(),
        },
    ];
}
