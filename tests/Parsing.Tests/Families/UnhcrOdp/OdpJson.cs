using System.Text;

namespace MigrationFeeds.Parsing.Tests.Families.UnhcrOdp;

/// <summary>Answers of the portal in its sublocation shape, built row by row.</summary>
internal static class OdpJson
{
    public const string MonthUrl = "https://data.unhcr.org/population/get/sublocation?sv_id=49&population_collection=35&forcesublocation=0&fromDate=2022-10-01&toDate=2022-10-31";

    public static byte[] Answer(params string[] rows) =>
        Encoding.UTF8.GetBytes($$"""{"situation_view_id":49,"situation_view_name":"South-Eastern Europe","data":[{{string.Join(',', rows)}}]}""");

    /// <summary>A row; <paramref name="individuals"/> is raw JSON (<c>"1204"</c> with quotes, <c>1204</c>, <c>null</c>).</summary>
    public static string Row(string geo, string date, string individuals, params string[] groups) =>
        $$"""{"geomaster_name":"{{geo}}","geomaster_id":9846,"admin_level":"Country","source":"UNHCR","date":"{{date}}","month":11,"year":2022,"individuals":{{individuals}},"households":"0","population_groups":[{{string.Join(',', groups)}}],"published":false}""";

    public static string Group(string name, string? dataType, string frequency, string cumulative, string? accommodation = null, string type = "OTH") =>
        $$"""{"id":5705,"name":"{{name}}","pop_accommodation_code":{{Json(accommodation)}},"pop_data_type_code":{{Json(dataType)}},"pop_type_code":"{{type}}","pop_frequency_code":"{{frequency}}","pop_frequency_cumulative_code":"{{cumulative}}","pop_origin_name":"Various","pop_origin_code":null}""";

    public static string NewMonthly(string name = "New arrivals (monthly)") => Group(name, "NEW", "M", "NC");

    private static string Json(string? value) => value is null ? "null" : $"\"{value}\"";
}
