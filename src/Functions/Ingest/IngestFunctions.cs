using Microsoft.Azure.Functions.Worker;

namespace MigrationFeeds.Functions.Ingest;

/// <summary>
/// One timer function per source, named <c>ingest-{source id}</c>. Each schedule is an app setting
/// <c>Schedule_{source id with underscores}</c> (six-field NCRONTAB, UTC); schedules.json holds the defaults, which
/// infra/main.bicep deploys. UseMonitor keeps the schedule's status in storage, so a run missed while the app was
/// down is made up at the next start.
/// </summary>
internal sealed class IngestFunctions(SourceIngest ingest)
{
    [Function("ingest-bih-sfa-monthly")]
    public Task BihSfaMonthlyAsync([TimerTrigger("%Schedule_bih_sfa_monthly%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("bih-sfa-monthly", timer, cancellationToken);

    [Function("ingest-eurostat-asylum")]
    public Task EurostatAsylumAsync([TimerTrigger("%Schedule_eurostat_asylum%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("eurostat-asylum", timer, cancellationToken);

    [Function("ingest-frontex-wb-route")]
    public Task FrontexWbRouteAsync([TimerTrigger("%Schedule_frontex_wb_route%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("frontex-wb-route", timer, cancellationToken);

    [Function("ingest-instat-alb")]
    public Task InstatAlbAsync([TimerTrigger("%Schedule_instat_alb%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("instat-alb", timer, cancellationToken);

    [Function("ingest-iom-bih-sitrep")]
    public Task IomBihSitrepAsync([TimerTrigger("%Schedule_iom_bih_sitrep%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("iom-bih-sitrep", timer, cancellationToken);

    [Function("ingest-kirs-srb")]
    public Task KirsSrbAsync([TimerTrigger("%Schedule_kirs_srb%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("kirs-srb", timer, cancellationToken);

    [Function("ingest-mkd-mvr")]
    public Task MkdMvrAsync([TimerTrigger("%Schedule_mkd_mvr%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("mkd-mvr", timer, cancellationToken);

    [Function("ingest-mne-police")]
    public Task MnePoliceAsync([TimerTrigger("%Schedule_mne_police%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("mne-police", timer, cancellationToken);

    [Function("ingest-unhcr-alb-update")]
    public Task UnhcrAlbUpdateAsync([TimerTrigger("%Schedule_unhcr_alb_update%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("unhcr-alb-update", timer, cancellationToken);

    [Function("ingest-unhcr-bih-operational-update")]
    public Task UnhcrBihOperationalUpdateAsync([TimerTrigger("%Schedule_unhcr_bih_operational_update%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("unhcr-bih-operational-update", timer, cancellationToken);

    [Function("ingest-unhcr-mkd-update")]
    public Task UnhcrMkdUpdateAsync([TimerTrigger("%Schedule_unhcr_mkd_update%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("unhcr-mkd-update", timer, cancellationToken);

    [Function("ingest-unhcr-mne-update")]
    public Task UnhcrMneUpdateAsync([TimerTrigger("%Schedule_unhcr_mne_update%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("unhcr-mne-update", timer, cancellationToken);

    [Function("ingest-unhcr-odp")]
    public Task UnhcrOdpAsync([TimerTrigger("%Schedule_unhcr_odp%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("unhcr-odp", timer, cancellationToken);

    [Function("ingest-unhcr-refugee-statistics")]
    public Task UnhcrRefugeeStatisticsAsync([TimerTrigger("%Schedule_unhcr_refugee_statistics%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("unhcr-refugee-statistics", timer, cancellationToken);

    [Function("ingest-unhcr-serbia-update")]
    public Task UnhcrSerbiaUpdateAsync([TimerTrigger("%Schedule_unhcr_serbia_update%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("unhcr-serbia-update", timer, cancellationToken);

    [Function("ingest-unhcr-xkx-update")]
    public Task UnhcrXkxUpdateAsync([TimerTrigger("%Schedule_unhcr_xkx_update%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("unhcr-xkx-update", timer, cancellationToken);

    [Function("ingest-xkx-mia")]
    public Task XkxMiaAsync([TimerTrigger("%Schedule_xkx_mia%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingest.RunAsync("xkx-mia", timer, cancellationToken);
}
