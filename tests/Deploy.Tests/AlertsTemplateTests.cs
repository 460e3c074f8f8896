using System.Text.Json.Nodes;

namespace MigrationFeeds.Deploy.Tests;

/// <summary>infra/alerts.bicep, as main.bicep deploys it: an action group mailed at a parameter, and the three alerts.</summary>
public sealed class AlertsTemplateTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void The_alerts_module_gets_the_alert_email_parameter_and_the_app_insights_resource()
    {
        var parameters = Module["properties"]!["parameters"]!;

        Assert.Equal("[parameters('alertEmail')]", (string?)parameters["alertEmail"]!["value"]);
        Assert.Contains("Microsoft.Insights/components", (string?)parameters["appInsightsId"]!["value"], StringComparison.Ordinal);
        Assert.True(template.Json["parameters"]!["alertEmail"] is not null);
    }

    [Fact]
    public void The_action_group_mails_the_alert_email()
    {
        var group = Assert.Single(Nested("Microsoft.Insights/actionGroups"));

        var receivers = (string)Module["properties"]!["template"]!["variables"]!["emailReceivers"]!;

        Assert.Equal("[variables('emailReceivers')]", (string?)group["properties"]!["emailReceivers"]);
        Assert.Contains("'emailAddress', parameters('alertEmail')", receivers, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_ingests_and_sources_without_a_successful_run_are_log_alerts_on_the_apps_telemetry()
    {
        var queries = Nested("Microsoft.Insights/scheduledQueryRules")
            .Select(r => (string)r["properties"]!["criteria"]!["allOf"]![0]!["query"]!).ToList();

        Assert.Equal(2, queries.Count);
        // The metric and dimension names PipelineTelemetry emits (docs/telemetry.md).
        Assert.Contains(queries, q => q.Contains("name startswith \"ingest-\" and success == false", StringComparison.Ordinal)
            && q.Contains("\"failed\"", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains("successes == 0", StringComparison.Ordinal));
        Assert.All(queries, q => Assert.Contains("customDimensions[\"migrationfeeds.source\"]", q, StringComparison.Ordinal));
        Assert.All(queries, q => Assert.Contains("\"migrationfeeds.ingest.runs\"", q, StringComparison.Ordinal));
    }

    [Fact]
    public void Stale_sources_and_unreachable_storage_fail_the_health_test_which_alerts()
    {
        var test = Assert.Single(Nested("Microsoft.Insights/webtests"));
        var properties = test["properties"]!;
        var alert = Assert.Single(Nested("Microsoft.Insights/metricAlerts"));

        Assert.Contains("/api/health'", (string)properties["Request"]!["RequestUrl"]!, StringComparison.Ordinal);
        Assert.Equal(200, (int)properties["ValidationRules"]!["ExpectedHttpStatusCode"]!);
        Assert.Equal("\"stale\":true", (string)properties["ValidationRules"]!["ContentValidation"]!["ContentMatch"]!);
        Assert.False((bool)properties["ValidationRules"]!["ContentValidation"]!["PassIfTextFound"]!);
        Assert.Equal("Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria", (string)alert["properties"]!["criteria"]!["odata.type"]!);
    }

    [Fact]
    public void Every_alert_notifies_the_action_group()
    {
        var alerts = Nested("Microsoft.Insights/scheduledQueryRules").Concat(Nested("Microsoft.Insights/metricAlerts")).ToList();

        Assert.Equal(3, alerts.Count);
        Assert.All(alerts, a => Assert.Contains("Microsoft.Insights/actionGroups", a["properties"]!["actions"]!.ToJsonString(), StringComparison.Ordinal));
    }

    private JsonObject Module => Assert.Single(template.Resources("Microsoft.Resources/deployments"), d => (string?)d["name"] == "alerts");

    private IEnumerable<JsonObject> Nested(string type) =>
        Module["properties"]!["template"]!["resources"]!.AsArray().OfType<JsonObject>().Where(r => (string?)r["type"] == type);
}
