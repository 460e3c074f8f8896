using System.Text.Json;
using System.Text.Json.Nodes;
using MigrationFeeds.Parsing.Families.InstatPxWeb;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers.Structured;

namespace MigrationFeeds.Parsing.Tests.Families.InstatPxWeb;

public sealed class InstatPxWebParserTests
{
    private static readonly DocumentContext Context = new()
    {
        Url = "https://databaza.instat.gov.al:8083/pxweb/api/v1/sq/DST/START/MIG/AZIL01.px",
        ContentType = "application/json; charset=utf-8",
        DefaultCountry = Countries.Albania,
    };

    private readonly InstatPxWebParser parser = new();

    [Fact]
    public void Parse_MonthTotalAndMonths_AreTheYearAndItsMonths()
    {
        // Muaji × Viti, 3 × 2: index = month * 2 + year.
        var json = Table(
            [Dim("Muaji", "Gjithsej=Gjithsej", "01=Janar", "02=Shkurt"), Dim("Treguesi", "Azilkerkues=Azilkërkues"), Dim("Viti", "2022=2022", "2023=2023")],
            [125, 261, 12, 14, 9, 12]);

        var result = parser.Parse(json, Context);

        Assert.Empty(result.Issues);
        Assert.Equal(
            ["year 2022 125", "year 2023 261", "month 2022-01 12", "month 2023-01 14", "month 2022-02 9", "month 2023-02 12"],
            result.Figures.Select(f => $"{f.Measure} {f.Period} {f.Value}"));
        Assert.All(result.Figures, f => Assert.Equal((Countries.Albania, Indicators.AsylumApplications, 1), (f.Country, f.Indicator, f.Page)));
        Assert.Equal("INSTAT AZIL01, Azilkërkues, 2023, Gjithsej: 261", result.Figures[1].Quote);
    }

    [Fact]
    public void Parse_RenamedLabelsAndCodes_StillFindTheTotalAndTheAsylumSeekers()
    {
        var json = Table(
            [Dim("Muaji", "0=Gjithsej në vit", "1=Janar"), Dim("Treguesi", "T1=Azilkërkues (persona)"), Dim("Viti", "2024=2024")],
            [217, 15]);

        var result = parser.Parse(json, Context);

        Assert.Equal(["year 2024 217", "month 2024-01 15"], result.Figures.Select(f => $"{f.Measure} {f.Period} {f.Value}"));
        Assert.StartsWith("INSTAT AZIL01, Azilkërkues (persona), 2024, Gjithsej në vit", result.Figures[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AddedContent_OnlyAsylumSeekersAreRead()
    {
        // Treguesi × Viti, 2 × 1: the decisions cell is index 1.
        var json = Table(
            [Dim("Treguesi", "Azilkerkues=Azilkërkues", "Vendime_pozitive=Vendime pozitive"), Dim("Viti", "2023=2023")],
            [261, 14]);

        var result = parser.Parse(json, Context);

        Assert.Equal(261, Assert.Single(result.Figures).Value);
        Assert.Equal(StructuredIssueCodes.Skipped, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_NotAvailableSymbol_IsNoFigureButAnIssue()
    {
        var json = Table(
            [Dim("Muaji", "Gjithsej=Gjithsej", "01=Janar"), Dim("Treguesi", "Azilkerkues=Azilkërkues"), Dim("Viti", "2017=2017")],
            [309, null], new() { ["1"] = ".." });

        var result = parser.Parse(json, Context);

        Assert.Equal("2017", Assert.Single(result.Figures).Period);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(StructuredIssueCodes.Skipped, issue.Code);
        Assert.Equal("INSTAT AZIL01, Azilkërkues, 2017, Janar: .. not available", issue.Quote);
    }

    [Fact]
    public void Parse_NilSymbol_IsAReportedZero()
    {
        var json = Table(
            [Dim("Muaji", "04=Prill"), Dim("Treguesi", "Azilkerkues=Azilkërkues"), Dim("Viti", "2020=2020")],
            [null], new() { ["0"] = "-" });

        var result = parser.Parse(json, Context);

        var figure = Assert.Single(result.Figures);
        Assert.Equal(("2020-04", 0L), (figure.Period, figure.Value!.Value));
        Assert.EndsWith("Prill: 0 (- nil)", figure.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MonthNamesAsCodes_AreMonths()
    {
        var json = Table(
            [Dim("Muaji", "Nentor=Nëntor", "Dhjetor=Dhjetor"), Dim("Treguesi", "Azilkerkues=Azilkërkues"), Dim("Viti", "2021=2021")],
            [497, 41]);

        var result = parser.Parse(json, Context);

        Assert.Equal(["2021-11", "2021-12"], result.Figures.Select(f => f.Period));
    }

    [Fact]
    public void Parse_MonthlyTimeCodesWithoutMonthVariable_AreMonths()
    {
        var json = Table([Dim("Treguesi", "Azilkerkues=Azilkërkues"), Dim("Periudha", "2024M01=2024M01", "2024M02=2024M02")], [15, 13], time: ["Periudha"]);

        var result = parser.Parse(json, Context);

        Assert.Equal(["month 2024-01 15", "month 2024-02 13"], result.Figures.Select(f => $"{f.Measure} {f.Period} {f.Value}"));
    }

    [Fact]
    public void Parse_SexBreakdown_OnlyTheTotalIsRead()
    {
        // Gjinia × Viti, 3 × 1: men and women do not add up to the total (sex not stated), as in 2019.
        var json = Table(
            [Dim("Gjinia", "Meshkuj=Meshkuj", "Gjithsej=Gjithsej", "Femra=Femra"), Dim("Treguesi", "Azilkerkues=Azilkërkues"), Dim("Viti", "2019=2019")],
            [1229, 6557, 5266]);

        var result = parser.Parse(json, Context);

        Assert.Equal(6557, Assert.Single(result.Figures).Value);
    }

    [Fact]
    public void Parse_BreakdownWithoutTotal_FailsWithLayoutIssue()
    {
        var json = Table([Dim("Gjinia", "Meshkuj=Meshkuj", "Femra=Femra"), Dim("Treguesi", "Azilkerkues=Azilkërkues"), Dim("Viti", "2019=2019")], [1229, 5266]);

        var result = parser.Parse(json, Context);

        Assert.True(result.Failed);
        Assert.Equal(StructuredIssueCodes.LayoutUnknown, Assert.Single(result.Issues).Code);
        Assert.Contains("Gjinia", result.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TableOfAnotherSubject_FailsWithLayoutIssue()
    {
        var json = Table([Dim("Treguesi", "Leje=Leje qëndrimi"), Dim("Viti", "2023=2023")], [4210], label: "Të huajt me leje qëndrimi");

        var result = parser.Parse(json, Context);

        Assert.True(result.Failed);
        Assert.Equal(StructuredIssueCodes.LayoutUnknown, result.Issues[0].Code);
    }

    [Fact]
    public void Parse_UnknownMonthCategory_IsAPeriodIssue()
    {
        var json = Table([Dim("Muaji", "TM1=Tremujori I"), Dim("Treguesi", "Azilkerkues=Azilkërkues"), Dim("Viti", "2020=2020")], [2181]);

        var result = parser.Parse(json, Context);

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == ParseIssueCodes.PeriodUnknown);
    }

    [Fact]
    public void Parse_HtmlErrorPage_FailsUnreadable()
    {
        var result = parser.Parse("<html><body>Query error</body></html>"u8.ToArray(), Context);

        Assert.True(result.Failed);
        Assert.Equal(ParseIssueCodes.Unreadable, result.Issues[0].Code);
    }

    private static (string Id, string[] Categories) Dim(string id, params string[] categories) => (id, categories);

    /// <summary>A PxWeb json-stat2 answer: dimensions in order, the flat value array, status symbols by index.</summary>
    private static byte[] Table(
        (string Id, string[] Categories)[] dimensions, double?[] values, Dictionary<string, string>? status = null,
        string[]? time = null, string label = "Azilkërkuesit sipas muajit, treguesit dhe vitit")
    {
        var dimension = new JsonObject();
        foreach (var (id, categories) in dimensions)
        {
            var index = new JsonObject();
            var labels = new JsonObject();
            for (var i = 0; i < categories.Length; i++)
            {
                var (code, text) = (categories[i].Split('=')[0], categories[i].Split('=')[1]);
                index[code] = i;
                labels[code] = text;
            }

            dimension[id] = new JsonObject { ["label"] = id, ["category"] = new JsonObject { ["index"] = index, ["label"] = labels } };
        }

        var table = new JsonObject
        {
            ["class"] = "dataset",
            ["label"] = label,
            ["source"] = "Instituti i Statistikave (INSTAT)",
            ["updated"] = "2025-07-04T10:00:00Z",
            ["id"] = new JsonArray([.. dimensions.Select(d => JsonValue.Create(d.Id))]),
            ["size"] = new JsonArray([.. dimensions.Select(d => JsonValue.Create(d.Categories.Length))]),
            ["dimension"] = dimension,
            ["extension"] = new JsonObject { ["px"] = new JsonObject { ["tableid"] = "AZIL01", ["language"] = "sq" } },
            ["role"] = new JsonObject
            {
                ["time"] = new JsonArray([.. (time ?? ["Viti"]).Select(t => JsonValue.Create(t))]),
                ["metric"] = new JsonArray(JsonValue.Create("Treguesi")),
            },
            ["version"] = "2.0",
            ["value"] = new JsonArray([.. values.Select(v => v is null ? null : JsonValue.Create(v.Value))]),
            ["status"] = new JsonObject([.. (status ?? []).Select(s => KeyValuePair.Create(s.Key, (JsonNode?)JsonValue.Create(s.Value)))]),
        };
        return JsonSerializer.SerializeToUtf8Bytes(table);
    }
}
