using System.Text.Json.Nodes;

namespace MigrationFeeds.Deploy.Tests;

/// <summary>infra/main.bicep compiles, and gives the function app exactly the settings the app and the host read.</summary>
public sealed class InfraTemplateTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    [Fact]
    public void Main_bicep_compiles_without_errors_or_warnings()
    {
        Assert.True(template.Build.ExitCode == 0, template.Build.Describe());
        Assert.True(string.IsNullOrWhiteSpace(template.Build.Errors), template.Build.Errors);
    }

    [Fact]
    public void Every_setting_the_app_reads_in_Azure_is_an_app_setting_of_the_function_app()
    {
        var readByApp = AppSettings.ReadByAppInAzure();
        Assert.Contains("ReliefWeb__AppName", readByApp);

        Assert.Empty(readByApp.Except(template.AppSettingNames));
    }

    [Fact]
    public void Every_app_setting_of_the_function_app_is_read_by_the_app_or_the_Functions_host()
    {
        var readByApp = AppSettings.ReadByAppInAzure();
        var maps = AppSettings.MapsReadByApp();
        var schedules = AppSettings.ScheduleSettings();

        var unread = template.AppSettingNames
            .Where(s => !readByApp.Contains(s)
                        && !schedules.ContainsKey(s)
                        && !maps.Any(m => s.StartsWith(m, StringComparison.Ordinal))
                        && !AppSettings.HostSettings.Contains(s)
                        && !s.StartsWith(AppSettings.HostStoragePrefix, StringComparison.Ordinal));

        Assert.Empty(unread);
    }

    [Fact]
    public void Settings_for_runs_outside_Azure_are_not_set_on_the_function_app()
    {
        var outsideAzure = AppSettings.ReadByApp().Where(AppSettings.SettingsNotUsedInAzure.ContainsKey);

        Assert.Empty(outsideAzure.Intersect(template.AppSettingNames));
    }

    [Fact]
    public void Every_setting_left_out_of_Azure_is_one_the_app_reads()
    {
        var readByApp = AppSettings.ReadByApp();

        Assert.All(AppSettings.SettingsNotUsedInAzure.Keys, s => Assert.Contains(s, readByApp));
    }

    [Fact]
    public void Every_timer_schedule_is_an_app_setting_whose_default_is_the_one_in_schedules_json()
    {
        var schedules = AppSettings.ScheduleSettings();
        Assert.NotEmpty(schedules);
        // loadJsonContent puts the file in a variable of its own, which scheduleDefaults refers to.
        var loaded = template.ResolveVariables((string)template.Json["variables"]!["scheduleDefaults"]!).Trim('[', ']');
        var defaults = template.Json["variables"]![loaded["variables('".Length..^"')".Length]]!.AsObject();
        Assert.Equal("[union(variables('scheduleDefaults'), parameters('scheduleOverrides'))]", (string?)template.Json["variables"]!["schedules"]);

        foreach (var (setting, value) in schedules)
        {
            Assert.Contains(setting, template.AppSettingNames);
            Assert.Equal(value, (string?)defaults[setting]);
            var entry = template.FunctionApp["properties"]!["siteConfig"]!["appSettings"]!.AsArray().Single(s => (string?)s!["name"] == setting)!;
            Assert.Equal($"[variables('schedules').{setting}]", (string?)entry["value"]);
        }
    }

    [Fact]
    public void The_function_app_runs_the_dotnet_10_isolated_worker_on_a_Linux_Flex_Consumption_plan()
    {
        var app = template.FunctionApp;
        Assert.Equal("functionapp,linux", (string?)app["kind"]);
        Assert.Equal("dotnet-isolated", (string?)app["properties"]!["functionAppConfig"]!["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)app["properties"]!["functionAppConfig"]!["runtime"]!["version"]);
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", template.AppSettingNames);

        var plan = Assert.Single(template.Resources("Microsoft.Web/serverfarms"));
        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool?)plan["properties"]!["reserved"], "The plan is not a Linux plan (reserved: true).");
    }

    [Fact]
    public void Storage_is_reached_with_the_managed_identity_and_never_with_a_key()
    {
        var storage = Assert.Single(template.Resources("Microsoft.Storage/storageAccounts"));
        Assert.False((bool?)storage["properties"]!["allowSharedKeyAccess"]);

        var app = template.FunctionApp;
        Assert.Equal("SystemAssigned", (string?)app["identity"]!["type"]);
        Assert.Equal("SystemAssignedIdentity", (string?)app["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.DoesNotContain("AzureWebJobsStorage", template.AppSettingNames);
        Assert.Contains("AzureWebJobsStorage__accountName", template.AppSettingNames);
        Assert.DoesNotContain("listKeys", template.Json.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(StorageBlobDataOwner)]
    [InlineData(StorageTableDataContributor)]
    public void The_function_app_identity_holds_the_storage_data_role(string roleDefinition)
    {
        var assignment = Assert.Single(
            template.Resources("Microsoft.Authorization/roleAssignments"),
            r => template.ResolveVariables((string)r["properties"]!["roleDefinitionId"]!).Contains(roleDefinition, StringComparison.Ordinal));

        Assert.Contains("Microsoft.Storage/storageAccounts", (string?)assignment["scope"], StringComparison.Ordinal);
        var principal = (string)assignment["properties"]!["principalId"]!;
        Assert.Contains("Microsoft.Web/sites", principal, StringComparison.Ordinal);
        Assert.EndsWith(".identity.principalId]", principal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parameter_file_builds_against_main_bicep_with_the_names_from_the_environment()
    {
        var result = Bicep.Run(
            new Dictionary<string, string> { ["RELIEFWEB_APPNAME"] = "approved-name", ["MIGRATIONFEEDS_CONTACT"] = "mailto:ops@example.org" },
            "build-params", "main.bicepparam", "--stdout");
        Assert.True(result.ExitCode == 0, result.Describe());

        var parameters = JsonNode.Parse((string)JsonNode.Parse(result.Output)!["parametersJson"]!)!["parameters"]!;
        Assert.Equal("approved-name", (string?)parameters["reliefWebAppName"]!["value"]);
        Assert.Equal("mailto:ops@example.org", (string?)parameters["fetchContact"]!["value"]);
    }
}
