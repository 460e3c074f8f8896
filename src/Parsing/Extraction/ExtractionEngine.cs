using MigrationFeeds.Parsing.Extraction.Labels;
using System.Globalization;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>What a parser built on <see cref="ExtractionEngine"/> adds to it.</summary>
internal sealed record EngineSetup
{
    /// <summary>Figures only a family knows how to find on a page (its tables), read after its sentences.</summary>
    public IReadOnlyList<Func<TextPage, ReportPeriod, IEnumerable<FigureCandidate>>> PageReaders { get; init; } = [];

    /// <summary>The lines of a page those readers read as cells, left out of the running text.</summary>
    public IReadOnlyList<Func<TextPage, IReadOnlySet<int>>> LayoutLines { get; init; } = [];

    /// <summary>Read documents in the region's languages with their packs (English only when false).</summary>
    public bool LocalLanguages { get; init; } = true;

    /// <summary>Make figures site figures by the centres named near them.</summary>
    public bool Sites { get; init; } = true;

    /// <summary>Let a sentence or a heading that names another country take its figures there.</summary>
    public bool Countries { get; init; } = true;

    /// <summary>Report every number that gave no figure as an issue (<see cref="ExtractionIssueCodes.Skipped"/>).</summary>
    public bool Explain { get; init; }
}

/// <summary>
/// Reads the figures of a document, in this order: the document's language (English or a pack), its report
/// period (title, first lines, publication date), then page by page its sentences (running text, and the
/// key-figure boxes read by position), each folded (Cyrillic in Latin letters, no diacritics) and read by
/// <see cref="FigureExtractor"/>; then what the family's page readers add (tables); then each figure's country
/// (a sentence or heading that names one, else the default); and last, one figure per observation.
/// </summary>
internal sealed partial class ExtractionEngine(EngineSetup setup)
{
    private const int QuoteInIssue = 120;

    /// <summary>How many sentences back "Of the 13,333 reported migrants" may look for its figure.</summary>
    private const int RecentSentences = 4;
    private const int TitleLinesToSearch = 12;

    /// <summary>A reading less sure than this is left out (and said why with --explain); the series have their own, higher floor.</summary>
    public const double MinimumConfidence = 0.5;
    private const int MaxHeadingWords = 12;

    public ParseResult Run(ReadOnlyMemory<byte> content, DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var read = DocumentReader.Read(content, context.ContentType);
        if (!read.Succeeded)
        {
            return ParseResult.Failure(read.Issue);
        }

        var document = read.Document;
        if (document.Pages.All(p => p.Lines.Count == 0))
        {
            return ParseResult.Failure(new ParseIssue { Code = ParseIssueCodes.Empty, Message = "The document has no text (a scan?)." });
        }

        return Run(document, context);
    }

    public ParseResult Run(TextDocument document, DocumentContext context)
    {
        var allText = AllText(document);
        var language = setup.LocalLanguages ? LanguagePacks.Detect(allText) : null;
        var documentSite = setup.Sites ? OnlySite(allText) : null;
        var report = ReportOf(document, context, language);
        var documentCountry = context.DefaultCountry ?? (setup.Countries ? DocumentCountry(document, context, language) : null);

        var candidates = new List<FigureCandidate>();
        var issues = new List<ParseIssue>();
        foreach (var page in document.Pages)
        {
            var headings = setup.Countries ? Headings(page, documentCountry is null ? LanguagePacks.ConceptPacks(language) : null) : [];
            var body = KeyFigureBoxReader.BodyFontSize(page);
            var boxes = KeyFigureBoxReader.ReadPage(page);
            var cells = setup.LayoutLines.SelectMany(read => read(page)).Concat(boxes.NumberRowLines).ToHashSet();
            var sentences = SentenceSplitter.Split(page, line => !KeyFigureBoxReader.IsDisplayLine(line, body) && !cells.Contains(line.Number))
                .Concat(boxes.Sentences).ToList();
            PeriodMention? previousPeriod = null;
            IReadOnlyList<FigureCandidate> previousFigures = [];
            var recent = new Queue<IReadOnlyList<FigureCandidate>>();
            var recentTexts = new Queue<string>();
            var recentTotals = new Queue<List<FigureCandidate>>();
            string? previousText = null;
            string? carried = null;
            FoldedText? lastFolded = null;
            string? beforePrevious = null;
            string? listLead = null;
            for (var index = 0; index < sentences.Count; index++)
            {
                var sentence = sentences[index];

                // "Of them, …" in a paragraph of its own still speaks of the sentence before.
                var previous = sentence.Previous ?? (sentence.FromLayout ? null : previousText);

                // Items of "year: value", a paragraph each, under a lead-in ending with a colon: each reads the lead-in.
                var isListItem = !sentence.FromLayout && sentence.Previous is null && YearLists.IsList(sentence.Text);
                listLead = !isListItem ? null
                    : listLead ?? (previousText is { } lead && lead.TrimEnd().EndsWith(':') ? (beforePrevious is null ? lead : beforePrevious + " " + lead) : null);
                previous = listLead ?? previous;
                int? nextListYear = isListItem && index + 1 < sentences.Count && sentences[index + 1] is { FromLayout: false, Previous: null } next
                    ? YearLists.ItemYear(next.Text) : null;

                // The sentence before is nearly always the one folded last: fold each sentence once.
                var foldedPrevious = previous is null ? null
                    : lastFolded is not null && string.Equals(lastFolded.Original, previous, StringComparison.Ordinal) ? lastFolded.Text
                    : FoldedText.Fold(previous).Text;
                var folded = FoldedText.Fold(sentence.Text);
                lastFolded = folded;
                if (Links.IsMatch(folded.Text))
                {
                    continue;
                }

                var readable = sentence with { Text = folded.Text, Previous = foldedPrevious };
                var heading = headings.LastOrDefault(h => h.Line <= sentence.Line);
                var section = heading.Country;
                var found = FigureExtractor.Extract(readable, report, new SentenceContext
                {
                    Language = language, PreviousPeriod = previousPeriod, PreviousFigures = previousFigures,
                    RecentFigures = [.. recent.SelectMany(f => f)], RecentTexts = [.. recentTexts], ReadSites = setup.Sites,
                    DocumentSite = documentSite, Section = heading.Named ? section : null,
                    ReadCountries = setup.Countries, NextListYear = nextListYear,
                });
                previousPeriod = SpanOfItsFigures(found) ?? found.Period ?? previousPeriod;
                if (!sentence.FromLayout)
                {
                    beforePrevious = sentence.Previous;
                    previousText = sentence.Text;
                    previousFigures = found.Figures;
                    recent.Enqueue(found.Figures);
                    recentTexts.Enqueue(folded.Text);
                    if (recent.Count > RecentSentences)
                    {
                        recent.Dequeue();
                        recentTexts.Dequeue();
                    }
                }

                var totals = found.Figures.Count == 0 ? [] : RecentTotals.Broken(recentTotals.SelectMany(t => t), found.Counts);
                var kept = new List<FigureCandidate>();
                var named = setup.Countries ? CountryMentions.Locations(folded.Text) : [];

                // A sentence that names no country continues the one before it in its paragraph.
                carried = sentence.Previous is null && !sentence.FromLayout ? null : carried;
                foreach (var figure in found.Figures)
                {
                    var (country, certainty) = setup.Countries
                        ? Scope.Resolve(figure, named, section, carried, documentCountry, context.DefaultCountry is not null, CountryMentions.NotOrigins(folded.Text))
                        : (documentCountry, 1.0);
                    country = country == CountryMentions.Elsewhere ? null : country;

                    // "The authorities of Albania, Bosnia and Herzegovina, Kosovo* and Montenegro registered 31,465": under a
                    // regional heading, a figure of several of the six named together is their sum, not the region's.
                    if (country == Countries.Region && figure.Scope != ScopeHint.Region && SeveralOfTheSix(folded.Text))
                    {
                        country = null;
                    }

                    var confidence = figure.Confidence * certainty;
                    if (country is not null && confidence < MinimumConfidence)
                    {
                        if (setup.Explain)
                        {
                            issues.Add(Skipped(new SkippedNumber(readable, figure.Start, figure.Length,
                                string.Create(CultureInfo.InvariantCulture, $"read as {figure.Indicator}, but too unsurely ({confidence:0.00})")), sentence, folded));
                        }

                        continue;
                    }

                    if (country is null)
                    {
                        if (setup.Explain)
                        {
                            issues.Add(Skipped(new SkippedNumber(readable, figure.Start, figure.Length,
                                $"read as {figure.Indicator}, but not a figure of one of the six or of the region"), sentence, folded));
                        }

                        continue;
                    }

                    if (RecentTotals.PartOf(figure, country, totals, found.PointsBack) is { } whole)
                    {
                        if (setup.Explain)
                        {
                            issues.Add(Skipped(new SkippedNumber(readable, figure.Start, figure.Length,
                                string.Create(CultureInfo.InvariantCulture, $"a part of the {whole.Value} stated just before: the sentence's numbers add up to it")), sentence, folded));
                        }

                        continue;
                    }

                    kept.Add(figure with { Country = country });
                    candidates.Add(Restore(figure, sentence, folded) with { Country = country, Confidence = confidence });
                    if (setup.Explain && figure.Explanation.Length > 0)
                    {
                        issues.Add(Read(figure, sentence, folded));
                    }
                }

                if (!sentence.FromLayout)
                {
                    recentTotals.Enqueue(kept);
                    if (recentTotals.Count > RecentSentences)
                    {
                        recentTotals.Dequeue();
                    }
                }

                // The countries of a list ("the six Western Balkan countries (Albania, …, North Macedonia and Serbia) continued …")
                // are no one country the next sentence goes on about.
                if (!sentence.FromLayout && named.FirstOrDefault(m => !m.IsElsewhere && !m.InList) is { } first && named.All(m => m.Country == first.Country || m.InList))
                {
                    carried = first.Country;
                }
                else if (!sentence.FromLayout && named.All(m => m.InList) && documentCountry is null
                         && (found.Scope == ScopeHint.Region || found.Figures.Any(f => f.Scope == ScopeHint.Region || (f.Scope == ScopeHint.None && f.SentenceScope == ScopeHint.Region))))
                {
                    // "… the Western Balkan route remained the busiest. Over the first ten months, 128 000 crossings were detected on this route."
                    // "Irregular crossings via the Western Balkan route dropped sharply in 2024. … detections on this route fell to 21,520."
                    carried = Countries.Region;
                }

                issues.AddRange(found.Unresolved.Select(u => PeriodUnknown(u, sentence, folded)));
                if (setup.Explain)
                {
                    issues.AddRange(found.Skipped.Select(s => Skipped(s, sentence, folded)));
                }
            }

            foreach (var reader in setup.PageReaders)
            {
                // A table's centres are in the country the gazetteer places them in.
                candidates.AddRange(reader(page, report)
                    .Select(c => c with { Country = c.Country ?? SiteGazetteer.CountryOf(c.Site) ?? documentCountry })
                    .Where(c => c.Country is not null));
            }
        }

        foreach (var implausible in candidates.Where(PlausibleBounds.Exceeds).ToList())
        {
            candidates.Remove(implausible);
            issues.Add(new ParseIssue
            {
                Code = ParseIssueCodes.Implausible,
                Message = $"A {implausible.Indicator} figure of {implausible.High ?? implausible.Value} is more than one country or the region can count in a {implausible.Measure}; it is left out.",
                Page = implausible.Sentence.Page,
                Line = implausible.Sentence.Line,
                Quote = Shorten(implausible.Sentence.Text),
            });
        }

        // However a figure's span was read ("by 31 December … during 2015", a key-figure box of the year), January to December is the year.
        for (var i = 0; i < candidates.Count; i++)
        {
            var (measure, period) = PeriodChooser.WholeCalendarSpan((candidates[i].Measure, candidates[i].Period));
            candidates[i] = candidates[i] with { Measure = measure, Period = period };
        }

        var figures = FigureDeduplicator.Distinct(candidates)
            .Select(FigureDeduplicator.ToFigure)
            .ToList();
        issues.AddRange(Conflicts(figures));
        if (figures.Count == 0)
        {
            issues.Add(new ParseIssue { Code = ParseIssueCodes.NoFigures, Message = "No figure could be attributed to an indicator and a period." });
        }

        return new ParseResult { Figures = figures, Issues = issues };
    }

    /// <summary>
    /// The month the document reports on: from the given title, else the document's own, else its first lines;
    /// a title that names a year and no month makes a report on the whole year.
    /// </summary>
    /// <summary>"Related: …", "Share: Facebook | Twitter": a line of links, whose headlines are other pages'.</summary>
    private static Regex Links => LanguagePacks.AnyWord("related", @"(?:^|\|)\s*(?:", @")\s*:")!;

    /// <summary>"Belgrade, February 2017; photo by …": the caption of a photo, dated when the photo was taken.</summary>
    private static Regex? PhotoCredit => LanguagePacks.AnyWord("photo-credit", @"(?<![\p{L}])(?:", ")");

    /// <summary>How far past the first lines a short dateline is looked for, and how long it may be.</summary>
    private const int DatelineLinesToSearch = 25;
    private const int MaxDatelineLength = 40;

    /// <summary>
    /// A short line, or the opening of a longer one that is no sentence ("уторак, 30. окт 2018, 11:26 -> 12:02 | Извор: РТС,
    /// Бета"), where a dateline would stand; null for a sentence of the body.
    /// </summary>
    private static string? DatelineOpening(string line)
    {
        if (line.Length <= MaxDatelineLength)
        {
            return line;
        }

        // At most a weekday, a place or an agency before the date: "When it opened on 11 July 2023, …" is a sentence's.
        var firstDigit = line.AsSpan().IndexOfAnyInRange('0', '9');
        return BodySentence(line) || firstDigit < 0 || line[..firstDigit].Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) > MaxWordsBeforeDateline
            ? null
            : line[..MaxDatelineLength];
    }

    private const int MaxWordsBeforeDateline = 2;

    /// <summary>How many months after its month a report may be published.</summary>
    private const int MaxReportLag = 6;

    /// <summary>How many days after the day its title names a digest may be posted.</summary>
    private const int MaxPostingLag = 3;

    /// <summary>
    /// "AYS Daily Digest 06/04/2021" over a byline "Apr 7, 2021 · 10 min read": a digest titled by the day it covers is
    /// posted on its page's own date, and its "at present" is that date's.
    /// </summary>
    private static DateOnly? PostedAfterTitleDay(IEnumerable<string> head, string? title, LanguagePack? language) =>
        ReportPeriod.DateIn(title, language) is not { } covered ? null
        : head.Where(l => !BodySentence(l)).Select(l => ReportPeriod.DateIn(l, language))
            .FirstOrDefault(d => d is { } posted && posted > covered && posted.DayNumber - covered.DayNumber <= MaxPostingLag);

    internal static ReportPeriod ReportOf(TextDocument document, DocumentContext context, LanguagePack? language)
    {
        // "Since January 2018" says where a count began, not when the text was written: in the lines read for the
        // report's dates (a plain text's first line among them), it is left out.
        var since = LocalPeriods.For(language ?? LanguagePacks.English).Since;
        var head = document.Pages[0].Lines.Take(TitleLinesToSearch).Select(l => since.Replace(l.Text, " ")).ToList();
        var documentTitle = document.Title is { } t ? since.Replace(t, " ") : null;
        var title = context.Title ?? documentTitle ?? FirstHeading(document);

        // A page that does not say when it was published often says it in its dateline.
        // Past a site's menu, a short line of its own ("Society · 18/12/2017") is still the dateline.
        var published = context.Published ?? PostedAfterTitleDay(head, title, language)
            ?? head.Prepend(title).Select(l => ReportPeriod.DateIn(l, language)).FirstOrDefault(d => d is not null)
            ?? document.Pages[0].Lines.Skip(TitleLinesToSearch).Take(DatelineLinesToSearch).Select(l => DatelineOpening(l.Text))
                .Select(l => ReportPeriod.DateIn(l, language)).FirstOrDefault(d => d is not null);

        var days = ReportPeriod.DaysFromTitle(context.Title) ?? ReportPeriod.DaysFromTitle(documentTitle)
            ?? head.Select(ReportPeriod.DaysFromTitle).FirstOrDefault(d => d is not null);
        if (days is { } d && !(d.From.Day == 1 && d.To.AddDays(1).Day == 1))
        {
            // A report on days that are not whole months (a week, a fortnight).
            return new ReportPeriod { ReportMonth = YearMonth.From(d.To), Published = published, ReportDays = d };
        }

        // "za period 01.01. – 31.12.2020. godine": a report on a calendar year is on the whole year, not on its December.
        if (days is { From: { Month: 1, Day: 1 } yearStart, To: { Month: 12, Day: 31 } yearEnd } && yearStart.Year == yearEnd.Year)
        {
            return new ReportPeriod { ReportMonth = new YearMonth(yearEnd.Year, 12), Published = published, WholeYear = true };
        }

        var month = ReportPeriod.MonthFromTitle(context.Title, language) ?? ReportPeriod.MonthFromTitle(documentTitle, language);
        if (month is null && days is { } whole)
        {
            month = YearMonth.From(whole.To);
        }

        // "U prvom kvartalu 2020. godine …", "In the first eight months of 2019": a title on the year's first months
        // reports up to the last of them, not on the whole year it names.
        month ??= FirstMonthsEnd(title, language);

        // A title's year is the report's whole year only once that year is over: "od početka 2023." in June 2023 is
        // the year so far.
        if (month is null && (head.Select(ReportPeriod.CoveredYear).FirstOrDefault(y => y is not null) ?? ReportPeriod.YearFromTitle(title)) is { } year
            && (published is not { } on || on.Year > year))
        {
            return new ReportPeriod { ReportMonth = new YearMonth(year, 12), Published = published, WholeYear = true };
        }

        // What an undated text names, read once: its lines, its latest year and its latest month with a year.
        var lines = document.Pages.SelectMany(p => p.Lines).Select(l => l.Text).ToList();
        var latestYear = published is null ? LatestYear(lines) : null;
        var latestMonth = month is null && published is null ? ReportPeriod.LatestMonthIn(lines, language) : null;

        // An undated text that calls a year "last year" was written after it: that year is over and the text's.
        if (month is null && published is null && lines.Select(ReportPeriod.LastYearNamed).FirstOrDefault(y => y is not null) is { } last)
        {
            return new ReportPeriod { ReportMonth = new YearMonth(last, 12), Published = null, WholeYear = true };
        }

        // "192,266 arrivals last year – a rise of 60 percent on 2021": an undated text that sets last year against the
        // latest year it names speaks of the year after that one, and was written once it was over.
        // A text that names a month of that latest year ("in November 2020") is written in it, not after the next.
        if (month is null && latestYear is { } latest && !(latestMonth is { } named && named.Year >= latest) && LastYearAgainst(document, language, latest))
        {
            return new ReportPeriod { ReportMonth = new YearMonth(latest + 1, 12), Published = null, WholeYear = true };
        }

        // A month in the first lines of the body is the report's only near its publication: "… since January 2018" in a
        // page of May 2019 is where a count began.
        // In an undated text, a month in a sentence of the body ("… to roughly 3 000 in December 2016.") is a figure's when
        // the text names a later year ("In 2018 the number … fell"): it was written after that month.
        month ??= head.Select(l => (Line: l, Month: ReportPeriod.MonthFromTitle(l, language)))
            .Where(h => published is not null || !BodySentence(h.Line) || h.Month is not { } stated || latestYear is not { } later || later <= stated.Year)
            .Where(h => !DatedStory(h.Line, h.Month, head, title, published, language))
            .Where(h => h.Month is null || PhotoCredit?.IsMatch(h.Line) != true)
            // "The centre will close for good in mid-July 2013", in an item of 9 July 2013: a sentence's month that is not
            // over when the page was written is no month the page reports on.
            .Where(h => !(published is { } on && BodySentence(h.Line) && h.Month is { } said && said >= YearMonth.From(on)))
            .Select(h => h.Month)
            .FirstOrDefault(m => m is { } found && (published is not { } p || (found <= YearMonth.From(p) && found.AddMonths(MaxReportLag) >= YearMonth.From(p))));

        var months = ReportPeriod.MonthsFromTitle(context.Title) ?? ReportPeriod.MonthsFromTitle(documentTitle);
        var report = new ReportPeriod
        {
            ReportMonth = month, Published = published, ReportMonths = months is { } span && span.To == month ? span : null,
            Visit = ReportPeriod.VisitIn(string.Join(' ', lines.Take(VisitLinesToSearch))),
            LatestMonthNamed = month is null ? latestMonth : null,
        };
        return UndatedYear.Apply(report, lines, language);
    }

    /// <summary>
    /// The country a document is about when it is not given: the one its title names, else the one its
    /// sentences and named centres place figures in far more often than any other, else the one country whose language
    /// it is written in when that country leads; null for a document about several.
    /// </summary>
    internal static string? DocumentCountry(TextDocument document, DocumentContext context, LanguagePack? language)
    {
        var title = context.Title ?? document.Title ?? FirstHeading(document);
        if (title is not null && TitleCountry(title) is { } titled)
        {
            return titled.Country;
        }

        // A mirror's copy opens with its own furniture ("Quantcast", "Channel: ReliefWeb - Updates on …"), and the report's
        // title follows a few lines down: a line there that names the region is the title.
        if (document.Pages.Count > 0 && document.Pages[0].Lines.Take(TitleSearchLines).Select(l => l.Text)
                .FirstOrDefault(l => !l.TrimEnd().EndsWith('.') && l.Split(' ').Length <= MaxTitleWords && RegionTitle(l)) is { } regional
            && TitleCountry(regional) is { Country: Countries.Region })
        {
            return Countries.Region;
        }

        // Read block by block: a line break inside a sentence would make its second line's first country look like
        // the start of a sentence, and cut "in" from the country it governs. A centre named is a place in its country: a
        // local story on the camps at Tabanovce and Gevgelija that says once where people go on to is about North Macedonia.
        var counts = document.Pages.SelectMany(p => p.Lines.GroupBy(l => l.Block).Select(b => string.Join(' ', b.Select(l => l.Text))))
            .Select(text => FoldedText.Fold(text).Text)
            .SelectMany(folded => CountryMentions.Locations(folded).Where(m => !m.IsElsewhere).Select(m => m.Country)
                .Concat(SiteGazetteer.Find(folded).Select(s => s.Country)))
            .GroupBy(country => country)
            .Select(g => (Country: g.Key, Count: g.Count()))
            .OrderByDescending(c => c.Count)
            .ToList();
        return counts switch
        {
            [var only] => only.Country,
            [var first, var second, ..] when first.Count >= 2 * second.Count && first.Count >= 3 => first.Country,
            [] => PointedCountry(document),

            // A Macedonian story on the camps at the border that says where people go on to is North Macedonia's.
            _ when language?.Word("home-country") is { Length: > 0 } home && counts[0].Country == home => home,
            _ => null,
        };
    }

    private const int TitleSearchLines = 15;

    // A report on a visit says when it took place in its summary or its introduction.
    private const int VisitLinesToSearch = 60;
    private const int MaxTitleWords = 30;
    private static int? LatestYear(IEnumerable<string> lines) =>
        lines.SelectMany(l => PeriodReader.YearNumber().Matches(l)).Select(m => (int?)int.Parse(m.Value, CultureInfo.InvariantCulture)).Max();

    private static readonly string[] SentenceEnds = [". ", "? ", "! "];

    private static bool LastYearAgainst(TextDocument document, LanguagePack? language, int latest)
    {
        if ((language ?? LanguagePacks.English).WordRegex("last-year", @"(?<![\p{L}])(?:", @")(?![\p{L}])") is not { } lastYear)
        {
            return false;
        }

        // Sentence by sentence, whatever the lines a PDF broke them into.
        foreach (var page in document.Pages)
        {
            var joined = string.Join(' ', page.Lines.Select(l => l.Text));
            var text = language is null ? joined : FoldedText.Fold(joined).Text;
            foreach (var sentence in text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
            {
                if (lastYear.Match(sentence) is { Success: true } said
                    && PeriodReader.YearNumber().Matches(sentence, said.Index + said.Length).Any(y => y.Value == latest.ToString(CultureInfo.InvariantCulture)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sentence's month is no report month because the text is dated by its day of publication: the sentence opens
    /// with that day ("Brussels, 31 December 2020 – More than 900 …"), or a heading gives it and none names the month.
    /// </summary>
    private static bool DatedStory(string line, YearMonth? month, IReadOnlyList<string> head, string? title, DateOnly? published, LanguagePack? language) =>
        BodySentence(line) && published is { } day
        && (ReportPeriod.DateIn(line, language) == day
            || (DatedHeading(head, day, language) && !head.Prepend(title ?? string.Empty).Any(l => !BodySentence(l) && NamesMonth(l, month))));

    /// <summary>
    /// "… (ECHO Daily Flash of 21 November 2019)": a heading that gives the day the text was published dates the text; the
    /// month of a sentence below it ("From January to the end of October 2019, …") is that sentence's, not the text's.
    /// </summary>
    private static bool DatedHeading(IEnumerable<string> head, DateOnly published, LanguagePack? language) =>
        head.Any(l => !BodySentence(l) && ReportPeriod.DateIn(l, language) == published);

    /// <summary>Whether a heading names the month ("Arrivals of Migrants to BiH rose significantly in April").</summary>
    private static bool NamesMonth(string? title, YearMonth? month) =>
        title is not null && month is { } m
        && title.Split([' ', ',', '.', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Any(w => MonthNames.TryParse(w, out var named) && named == m.Month);

    private static bool BodySentence(string line) =>
        line.TrimEnd().EndsWith('.') && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxHeadingWords;

    // Only the region's own names: tagging a line with the whole lexicon for them would cost every heading of a report.
    private static readonly IReadOnlyList<Regex> RegionNames = [.. LanguagePacks.Concept("region").Where(c => c.Weight >= 1).Select(c => c.Pattern)];

    private static bool RegionTitle(string line) =>
        FoldedText.Fold(line).Text is var folded && RegionNames.Any(p => p.IsMatch(folded));

    /// <summary>What a title says of the document's country: one country, the region, several (null inside), or nothing (null).</summary>
    private static TitleReading? TitleCountry(string title)
    {
        var folded = FoldedText.Fold(title).Text;
        var tags = ConceptTagger.Tag(folded, LanguagePacks.ConceptPacks(null));

        // "BIH: 500% više ilegalnih prelazaka granice, vraćaju ih u Srbiju": where people are sent back to is not what the
        // title is about.
        var named = CountryMentions.NotOrigins(folded).Where(m => !m.IsElsewhere && !SentBackTo(m, tags)).Select(m => m.Country).Distinct().ToList();

        // A title on the region ("Western Balkans", "South-Eastern Europe") makes a document about several countries,
        // even under the country a feed files it by ("Bosnia and Herzegovina: UNHCR RBE - South Eastern Europe - …").
        // One that names the region and no place beyond it ("RBE - Western Balkans - Asylum Statistics") is the
        // region's: a figure none of its words, sentence or section place is the region's, unless its sentence
        // speaks of somewhere else (Scope.Resolve).
        if (tags.Any(t => t.Concept == "region"))
        {
            return new TitleReading(tags.Any(t => t.Concept == "region" && t.Weight >= 1) && !tags.Any(t => t.Concept == "elsewhere")
                && CountryMentions.Locations(folded).All(m => FiledUnder(folded, m))
                ? Countries.Region
                : null);
        }

        if (named.Count == 1)
        {
            return new TitleReading(named[0]);
        }

        return named.Count > 1 || tags.Any(t => t.Concept == "elsewhere") ? new TitleReading(null) : null;
    }

    private static bool SentBackTo(CountryMention mention, IReadOnlyList<ConceptTag> tags) =>
        tags.Any(t => t.Concept == "removal" && t.End <= mention.Start && mention.Start - t.End <= SentBackReach);

    /// <summary>How far before a country the verb of sending people back may stand ("vraćaju ih u Srbiju").</summary>
    private const int SentBackReach = 12;

    /// <summary>
    /// The country a feed files a report under, printed before a colon that opens the title or after the dash that
    /// closes it ("Bosnia and Herzegovina: UNHCR RBE - South Eastern Europe - …", "… (as of 31 December 2020) - Bosnia
    /// and Herzegovina | ReliefWeb"): no place the report is about.
    /// </summary>
    private static bool FiledUnder(string title, CountryMention mention) =>
        (title.AsSpan(0, mention.Start).Trim().IsEmpty && title.AsSpan(mention.End).TrimStart().StartsWith(":"))
        || (title.AsSpan(0, mention.Start).TrimEnd().EndsWith("-") && FeedEnd().IsMatch(title[mention.End..]));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\|[^|]*)?$")]
    private static partial System.Text.RegularExpressions.Regex FeedEnd();

    /// <summary>A title's country: one of the six, the region, or null for several.</summary>
    private sealed record TitleReading(string? Country);

    /// <summary>The last month of a span from January that a title states with its year ("the first quarter of 2020"), or null.</summary>
    private static YearMonth? FirstMonthsEnd(string? title, LanguagePack? language)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var span = PeriodReader.Read(FoldedText.Fold(title).Text, new ReportPeriod(), language)
            .FirstOrDefault(p => p.Kind == PeriodKind.Interval && p.Period.Length == 15 && p.Period.AsSpan(4, 3).SequenceEqual("-01"));
        return span is null ? null : YearMonth.ParseOrNull(span.Period[8..]);
    }

    /// <summary>
    /// A text that names no country where its figures are ("Službi za poslove sa strancima prijavljeno je 4.444 …") is
    /// that of the one country its national bodies, towns and centres all belong to.
    /// </summary>
    private static string? PointedCountry(TextDocument document)
    {
        var folded = FoldedText.Fold(AllText(document)).Text;
        var pointed = CountryMentions.PointedTo(folded).Concat(SiteGazetteer.Find(folded).Select(s => s.Country)).Distinct().ToList();
        return pointed is [var only] ? only : null;
    }

    /// <summary>A PDF without a Title: the largest text on its first page.</summary>
    private static string? FirstHeading(TextDocument document) =>
        document.Pages[0].Lines.Where(l => l.Text.Length > 3).MaxBy(l => l.FontSize)?.Text;

    /// <summary>The centre a document names, when it names one and only one (a news item on a visit to Vinojug).</summary>
    private static string? OnlySite(string text) =>
        SiteGazetteer.Find(FoldedText.Fold(text).Text).Select(s => s.Name).Distinct().ToList() is [var only] ? only : null;

    private static string AllText(TextDocument document) =>
        string.Join(' ', document.Pages.SelectMany(p => p.Lines).Select(l => l.Text));

    /// <summary>The figure as read from the folded sentence, placed back in the sentence as written.</summary>
    private static FigureCandidate Restore(FigureCandidate figure, Sentence sentence, FoldedText folded)
    {
        var start = folded.ToOriginal(figure.Start);
        var end = folded.ToOriginal(figure.Start + figure.Length);
        var site = figure.Site is null ? null : SiteGazetteer.Canonical(figure.Site) ?? figure.Site;
        return figure with { Sentence = sentence, Start = start, Length = Math.Max(1, end - start), Site = site };
    }

    /// <summary>
    /// "Od 01.01.2016 do 26.02.2016 … 87.228 potvrdi. Vo istiot period …": a sentence whose period is the first day of a span
    /// its figures run over is, for the next sentence's "the same period", that span.
    /// </summary>
    private static PeriodMention? SpanOfItsFigures(SentenceFigures found) =>
        found.Period is { Kind: PeriodKind.PointInTime } point && found.Figures.Count > 0
        && found.Figures.Select(f => f.Period).Distinct(StringComparer.Ordinal).ToList() is [var span] && span.Contains('/', StringComparison.Ordinal)
        && found.Figures.All(f => f.Measure == Measures.Cumulative)
            ? point with { Kind = PeriodKind.Interval, Period = span, Month = null, ToDate = false }
            : null;

    private static bool SeveralOfTheSix(string foldedText) =>
        CountryMentions.NotOrigins(foldedText).Where(m => !m.IsElsewhere).Select(m => m.Country).Distinct().Skip(1).Any();

    /// <summary>
    /// Headings (a short line that is a block of its own) that name exactly one country: the section below
    /// them is about it. In a document about no one country, a heading that names the region ("Western Balkans")
    /// or only places elsewhere ("Central Mediterranean") starts a section about it.
    /// </summary>
    private static IReadOnlyList<(int Line, string Country, bool Named)> Headings(TextPage page, IReadOnlyList<LanguagePack>? regionPacks)
    {
        var headings = new List<(int, string, bool)>();
        var blockSizes = page.Lines.GroupBy(l => l.Block).ToDictionary(g => g.Key, g => g.Count());
        for (var index = 0; index < page.Lines.Count; index++)
        {
            var line = page.Lines[index];
            if ((blockSizes[line.Block] > 1 && !SentenceSplitter.IsHeadingLike(line.Text) && !OnlyACountry(line.Text) && !AnotherCountryOpening(page.Lines, index))
                || line.Text.EndsWith('.') || line.Text.Split(' ').Length > MaxHeadingWords || FigureLine().IsMatch(line.Text))
            {
                continue;
            }

            var folded = FoldedText.Fold(line.Text).Text;
            var countries = CountryMentions.NotOrigins(folded).Select(m => m.Country).Distinct().ToList();

            // "Bosnia and Herzegovina: UNHCR RBE - South Eastern Europe - …": a feed files a report on the region under one
            // country; the heading is the region's.
            if (countries.Count == 1 && RegionTitle(line.Text))
            {
                if (regionPacks is not null)
                {
                    headings.Add((line.Number, Countries.Region, false));
                }
            }

            // "Bosnia and Herzegovina + 21 more", or the "+ 22" on the line below: a feed's list of the countries a report
            // is filed under, not a section.
            else if (countries.Count == 1 && !MoreCountries().IsMatch(folded)
                && !(index + 1 < page.Lines.Count && MoreCountries().IsMatch(page.Lines[index + 1].Text) && page.Lines[index + 1].Text.Trim().StartsWith('+')))
            {
                headings.Add((line.Number, countries[0], true));
            }
            else if (countries.Count == 0 && CountryMentions.IsOriginName(folded))
            {
                headings.Add((line.Number, CountryMentions.Elsewhere, true));
            }
            else if (countries.Count == 0 && regionPacks is not null && ConceptTagger.Tag(folded, regionPacks).Where(t => t.Concept == "elsewhere" || (t.Concept == "region" && t.Weight >= 1)).Select(t => t.Concept).FirstOrDefault() is { } place)
            {
                headings.Add((line.Number, place == "region" ? Countries.Region : CountryMentions.Elsewhere, false));
            }
        }

        return headings;
    }

    /// <summary>
    /// "Greece" on a line of its own over "A three-year-old girl has died …", after a sentence that ended: a digest's section on
    /// another country, run into its first paragraph. A country's name that ends a line of a sentence broken there is not one.
    /// </summary>
    private static bool AnotherCountryOpening(IReadOnlyList<TextLine> lines, int index) =>
        FoldedText.Fold(lines[index].Text.Trim()).Text is var folded
        && (WholeLine(folded) is { IsElsewhere: true } || CountryMentions.IsOriginName(folded))
        && (index == 0 || lines[index - 1].Block != lines[index].Block || lines[index - 1].Text.TrimEnd() is [.., '.' or '!' or '?' or ':' or '"' or '”'])
        && index + 1 < lines.Count && lines[index + 1].Text.TrimStart() is [var first, ..] && char.IsUpper(first);

    /// <summary>"65% share of Serbia in March arrivals": a box's figure and its label, no heading; "1. Serbia" is one.</summary>
    [GeneratedRegex(@"^\s*[~><≈+−-]?\d[\d.,\u00A0\u202F]*\s?%?\s+\p{Ll}")]
    private static partial Regex FigureLine();

    /// <summary>"Serbia" on a line of its own above a digest's paragraph on it: a country's name and nothing else is a heading.</summary>
    private static bool OnlyACountry(string line) => WholeLine(FoldedText.Fold(line.Trim()).Text) is { IsElsewhere: false };

    /// <summary>The one country a folded line names when its name is the whole line, else null.</summary>
    private static CountryMention? WholeLine(string folded) =>
        CountryMentions.All(folded) is [var only] && only.Start == 0 && only.End == folded.Length ? only : null;

    private static ParseIssue PeriodUnknown(UnresolvedFigure figure, Sentence sentence, FoldedText folded) => new()
    {
        Code = ParseIssueCodes.PeriodUnknown,
        Message = $"A {figure.Indicator} figure was found but its period could not be told; it is left out.",
        Page = sentence.Page,
        Line = sentence.Line,
        Quote = Shorten(QuoteOf(sentence, folded, figure.Start, figure.Length)),
    };

    private static ParseIssue Skipped(SkippedNumber number, Sentence sentence, FoldedText folded)
    {
        var start = folded.ToOriginal(number.Start);
        var written = sentence.Text[start..Math.Max(start, folded.ToOriginal(number.Start + number.Length))];
        return new ParseIssue
        {
            Code = ExtractionIssueCodes.Skipped,
            Message = string.Create(CultureInfo.InvariantCulture, $"\"{written}\" skipped: {number.Reason}."),
            Page = sentence.Page,
            Line = sentence.Line,
            Quote = Shorten(QuoteOf(sentence, folded, number.Start, number.Length)),
        };
    }

    private static ParseIssue Read(FigureCandidate figure, Sentence sentence, FoldedText folded)
    {
        var start = folded.ToOriginal(figure.Start);
        var written = sentence.Text[start..Math.Max(start, folded.ToOriginal(figure.Start + figure.Length))];
        return new ParseIssue
        {
            Code = ExtractionIssueCodes.Read,
            Message = string.Create(CultureInfo.InvariantCulture, $"\"{written}\" read as {figure.Explanation}."),
            Page = sentence.Page,
            Line = sentence.Line,
            Quote = Shorten(QuoteOf(sentence, folded, figure.Start, figure.Length)),
        };
    }

    private static string QuoteOf(Sentence sentence, FoldedText folded, int start, int length)
    {
        var from = folded.ToOriginal(start);
        return Quote.Around(sentence.Text, from, Math.Max(1, folded.ToOriginal(start + length) - from));
    }

    private static string Shorten(string quote) => quote.Length <= QuoteInIssue ? quote : quote[..(QuoteInIssue - 1)] + "…";

    /// <summary>Two different values for the same observation on the same page are both kept, and flagged.</summary>
    private static IEnumerable<ParseIssue> Conflicts(IReadOnlyList<Figure> figures) =>
        figures
            .GroupBy(f => (f.Country, f.Site, f.Indicator, f.Measure, f.Period, f.Page))
            .Where(g => g.Count() > 1)
            .Select(g => new ParseIssue
            {
                Code = ParseIssueCodes.Ambiguous,
                Message = $"The page states {g.Count()} different values for {g.Key.Indicator} {g.Key.Measure} {g.Key.Period}"
                    + (g.Key.Site is null ? string.Empty : $" at {g.Key.Site}") + ".",
                Page = g.Key.Page,
                Quote = Shorten(g.First().Quote),
            });

    [System.Text.RegularExpressions.GeneratedRegex(@"\+\s*\d+\b")]
    private static partial System.Text.RegularExpressions.Regex MoreCountries();
}
