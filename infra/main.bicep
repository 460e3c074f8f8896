// MigrationFeeds on Azure Functions: a Linux Flex Consumption app running the .NET 10 isolated worker,
// one storage account (app tables and blobs, the host's storage, the deployment container), Application
// Insights on a Log Analytics workspace, and a system-assigned identity holding the storage data roles.
// No account key is used anywhere: the storage account refuses shared-key access.
// Deployed to a resource group: az deployment group create -g RG -f infra/main.bicep -p infra/main.bicepparam

targetScope = 'resourceGroup'

@description('Base name of the resources; a short hash of the resource group and this name keeps global names unique.')
@minLength(3)
@maxLength(20)
param appName string = 'migrationfeeds'

@description('Region of every resource; it must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('The application name ReliefWeb approved for us (ReliefWeb__AppName). Can later be changed as an app setting alone.')
@minLength(1)
param reliefWebAppName string

@description('Fetch__Contact: a URL or e-mail address publishers can reach us at; sent in the User-Agent.')
@minLength(1)
param fetchContact string

@description('Fetch__UserAgent: how the app introduces itself to publishers.')
@minLength(1)
param fetchUserAgent string = 'MigrationFeeds/1.0'

@description('Fetch__MaxDocumentBytes: larger documents are refused before they are read whole.')
@minValue(1024)
param fetchMaxDocumentBytes int = 52428800

@description('Fetch__AttemptTimeoutSeconds: timeout of one request attempt.')
@minValue(1)
@maxValue(600)
param fetchAttemptTimeoutSeconds int = 60

@description('Fetch__RetryBaseDelaySeconds: first back-off of the retries of a failed request (a decimal number, as text).')
param fetchRetryBaseDelaySeconds string = '2'

@description('Fetch__ParseTimeoutSeconds: a document whose parse takes longer is recorded as failed (a decimal number, as text).')
param fetchParseTimeoutSeconds string = '120'

@description('Api__RequestTimeoutSeconds: a query still running after this is answered 503.')
@minValue(1)
@maxValue(600)
param apiRequestTimeoutSeconds int = 30

@description('Api__RetryAfterSeconds: the Retry-After of a 503 (a query timeout, or storage that could not be reached).')
@minValue(1)
@maxValue(3600)
param apiRetryAfterSeconds int = 30

@description('Api__CacheMaxAgeSeconds: Cache-Control max-age of /api/series answers; clients revalidate with the ETag after it.')
@minValue(0)
@maxValue(86400)
param apiCacheMaxAgeSeconds int = 60

@description('Api__SeriesAnswerCacheMegabytes: memory of each instance for serialised answers of the current series (0 keeps none).')
@minValue(0)
@maxValue(4096)
param apiSeriesAnswerCacheMegabytes int = 64

@description('Fetch__PerHostDelayMilliseconds: requests to one publisher\'s host start at least this far apart.')
@minValue(0)
@maxValue(60000)
param fetchPerHostDelayMilliseconds int = 1000

@description('Fetch__MaxRedirects: redirects one fetch follows, each checked against the source\'s hosts and the private address ranges.')
@minValue(0)
@maxValue(20)
param fetchMaxRedirects int = 5

@description('Parse__MaxFiguresPerDocument: more figures from one document is a document built to flood the tables; it fails.')
@minValue(1)
param parseMaxFiguresPerDocument int = 50000

@description('Parse__MaxIssuesKept: issues kept with a document\'s state; the rest are counted.')
@minValue(1)
@maxValue(10000)
param parseMaxIssuesKept int = 50

@description('Retry__FirstDelayMinutes, Retry__Factor, Retry__MaxDelayMinutes (decimal text), Retry__MaxAttempts: when a document that failed for a passing reason (5xx, timeout, cut connection) is tried again, and how often before it is given up on.')
param retryFirstDelayMinutes string = '15'
param retryFactor string = '2'
param retryMaxDelayMinutes string = '360'
@minValue(1)
@maxValue(50)
param retryMaxAttempts int = 5

@description('Storage__MaxRetries, Storage__RetryDelaySeconds, Storage__NetworkTimeoutSeconds: the storage SDK\'s retries (delays as decimal text).')
@minValue(0)
@maxValue(10)
param storageMaxRetries int = 3
param storageRetryDelaySeconds string = '0.8'
param storageNetworkTimeoutSeconds string = '30'

@description('Storage__OutageToleranceSeconds: how long an ingest waits out storage being unreachable before it fails the source (decimal text).')
param storageOutageToleranceSeconds string = '60'

@description('ReliefWeb__BaseUri: the ReliefWeb API.')
param reliefWebBaseUri string = 'https://api.reliefweb.int/v2/'

@description('ReliefWeb__PageSize: results per ReliefWeb API page.')
@minValue(1)
@maxValue(1000)
param reliefWebPageSize int = 100

@description('Series__ConflictTolerance: sources whose values for one point differ by more than this share are flagged (a decimal number, as text).')
param seriesConflictTolerance string = '0.05'

@description('Series__ConfidenceFloor: readings the engine is less sure of than this (0 to 1, as text) are kept and served by provenance but left out of the series.')
param seriesConfidenceFloor string = '0.7'

@description('Series__SumTolerance: a month against the difference of its source\'s cumulative totals, and a year total against the sum of its months, may differ by this share before the point is flagged (a decimal number, as text).')
param seriesSumTolerance string = '0.02'

@description('Series__RevisionTolerance: a later document may give a figure this share away from the one first published before the point is flagged (a decimal number, as text).')
param seriesRevisionTolerance string = '0.10'

@description('Series__CapacityTolerance: persons accommodated may exceed the places by this share (overcrowding) before the point is flagged (a decimal number, as text).')
param seriesCapacityTolerance string = '0.25'

@description('Series__OutlierFactor: a month this many times above or below the median of the months around it is flagged (a decimal number, as text).')
param seriesOutlierFactor string = '5'

@description('Series__OutlierMinimum: no outlier is flagged where the month and that median are both below this count.')
@minValue(0)
@maxValue(1000000)
param seriesOutlierMinimum int = 50

@description('Series__ChecksEnabled: whether the series checks flag points (review decisions apply either way).')
param seriesChecksEnabled bool = true

@description('Series__CacheRevalidateSeconds: an instance serves the answers it keeps and sees a refresh made by another instance within this many seconds.')
@minValue(0)
@maxValue(3600)
param seriesCacheRevalidateSeconds int = 5

@description('Client id of the Microsoft Entra ID app registration reviewers sign in with (App Service Authentication). Empty: no sign-in is configured and every review decision is refused (reading is unaffected).')
param reviewerClientId string = ''

@description('Tenant of that app registration; the deployment\'s tenant by default.')
param reviewerTenantId string = subscription().tenantId

@description('Storage__NamePrefix: prefixed to the app\'s table and container names (lower-case letter, then up to 15 lower-case letters or digits; empty for none).')
@maxLength(16)
param storageNamePrefix string = ''

@description('Upper bound of instances the plan scales out to (Flex Consumption accepts 40 to 1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Schedules of the timer functions that differ from the defaults in src/Functions/schedules.json, by app setting: { Schedule_kirs_srb: \'0 0 8 * * 1-5\' }. Six-field NCRONTAB, UTC.')
param scheduleOverrides object = {}

@description('Days Log Analytics keeps the app\'s logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('E-mail address the alerts (failed ingests, stale sources, no successful run) are sent to; empty leaves the action group without a receiver.')
param alertEmail string = ''

var token = take(uniqueString(resourceGroup().id, appName), 8)
// The timer functions' schedules are app settings their [TimerTrigger] attributes name (%Schedule_…%).
var scheduleDefaults = loadJsonContent('../src/Functions/schedules.json')
var schedules = union(scheduleDefaults, scheduleOverrides)
var storageAccountName = take('${take(replace(toLower(appName), '-', ''), 16)}${token}', 24)
var functionAppName = '${appName}-${token}'
var deploymentContainerName = 'app-package-${token}'

// Built-in role definitions (Azure built-in roles, Storage category).
var roleStorageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var roleStorageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${appName}-logs-${token}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${appName}-ai-${token}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2024-01-01' = {
  parent: storage
  name: 'default'
}

// Flex Consumption deploys from a blob container: zip deploy uploads the package here.
resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${appName}-plan-${token}'
  location: location
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // The Functions host: its own storage through the identity, and telemetry.
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storage.name
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        // The app (src/Pipeline/Options): storage through the identity, no connection string.
        {
          name: 'Storage__BlobServiceUri'
          value: storage.properties.primaryEndpoints.blob
        }
        {
          name: 'Storage__TableServiceUri'
          value: storage.properties.primaryEndpoints.table
        }
        {
          name: 'Storage__NamePrefix'
          value: storageNamePrefix
        }
        {
          name: 'Fetch__Mode'
          value: 'Live'
        }
        {
          name: 'Fetch__UserAgent'
          value: fetchUserAgent
        }
        {
          name: 'Fetch__Contact'
          value: fetchContact
        }
        {
          name: 'Fetch__MaxDocumentBytes'
          value: string(fetchMaxDocumentBytes)
        }
        {
          name: 'Fetch__AttemptTimeoutSeconds'
          value: string(fetchAttemptTimeoutSeconds)
        }
        {
          name: 'Fetch__RetryBaseDelaySeconds'
          value: fetchRetryBaseDelaySeconds
        }
        {
          name: 'Fetch__ParseTimeoutSeconds'
          value: fetchParseTimeoutSeconds
        }
        {
          name: 'Fetch__PerHostDelayMilliseconds'
          value: string(fetchPerHostDelayMilliseconds)
        }
        {
          name: 'Fetch__MaxRedirects'
          value: string(fetchMaxRedirects)
        }
        // The parse worker may use half of the instance's memory: the host, the app and the worker's start-up share the rest.
        {
          name: 'Parse__WorkerMemoryMegabytes'
          value: string(instanceMemoryMB / 2)
        }
        {
          name: 'Parse__MaxFiguresPerDocument'
          value: string(parseMaxFiguresPerDocument)
        }
        {
          name: 'Parse__MaxIssuesKept'
          value: string(parseMaxIssuesKept)
        }
        {
          name: 'Retry__FirstDelayMinutes'
          value: retryFirstDelayMinutes
        }
        {
          name: 'Retry__Factor'
          value: retryFactor
        }
        {
          name: 'Retry__MaxDelayMinutes'
          value: retryMaxDelayMinutes
        }
        {
          name: 'Retry__MaxAttempts'
          value: string(retryMaxAttempts)
        }
        {
          name: 'Storage__MaxRetries'
          value: string(storageMaxRetries)
        }
        {
          name: 'Storage__RetryDelaySeconds'
          value: storageRetryDelaySeconds
        }
        {
          name: 'Storage__NetworkTimeoutSeconds'
          value: storageNetworkTimeoutSeconds
        }
        {
          name: 'Storage__OutageToleranceSeconds'
          value: storageOutageToleranceSeconds
        }
        {
          name: 'Api__RequestTimeoutSeconds'
          value: string(apiRequestTimeoutSeconds)
        }
        {
          name: 'Api__RetryAfterSeconds'
          value: string(apiRetryAfterSeconds)
        }
        {
          name: 'Api__CacheMaxAgeSeconds'
          value: string(apiCacheMaxAgeSeconds)
        }
        {
          name: 'Api__SeriesAnswerCacheMegabytes'
          value: string(apiSeriesAnswerCacheMegabytes)
        }
        {
          name: 'ReliefWeb__AppName'
          value: reliefWebAppName
        }
        {
          name: 'ReliefWeb__BaseUri'
          value: reliefWebBaseUri
        }
        {
          name: 'ReliefWeb__PageSize'
          value: string(reliefWebPageSize)
        }
        {
          name: 'Series__ConflictTolerance'
          value: seriesConflictTolerance
        }
        {
          name: 'Series__ConfidenceFloor'
          value: seriesConfidenceFloor
        }
        {
          name: 'Series__CacheRevalidateSeconds'
          value: string(seriesCacheRevalidateSeconds)
        }
        // Review decisions are recorded under the person App Service Authentication signed in (docs/deploy.md).
        {
          name: 'Review__Identity'
          value: 'AppServiceAuthentication'
        }
        {
          name: 'Series__SumTolerance'
          value: seriesSumTolerance
        }
        {
          name: 'Series__RevisionTolerance'
          value: seriesRevisionTolerance
        }
        {
          name: 'Series__CapacityTolerance'
          value: seriesCapacityTolerance
        }
        {
          name: 'Series__OutlierFactor'
          value: seriesOutlierFactor
        }
        {
          name: 'Series__OutlierMinimum'
          value: string(seriesOutlierMinimum)
        }
        {
          name: 'Series__ChecksEnabled'
          value: string(seriesChecksEnabled)
        }
        // The timers' schedules (src/Functions/Ingest/IngestFunctions.cs).
        {
          name: 'Schedule_bih_sfa_monthly'
          value: schedules.Schedule_bih_sfa_monthly
        }
        {
          name: 'Schedule_eurostat_asylum'
          value: schedules.Schedule_eurostat_asylum
        }
        {
          name: 'Schedule_frontex_wb_route'
          value: schedules.Schedule_frontex_wb_route
        }
        {
          name: 'Schedule_instat_alb'
          value: schedules.Schedule_instat_alb
        }
        {
          name: 'Schedule_iom_bih_sitrep'
          value: schedules.Schedule_iom_bih_sitrep
        }
        {
          name: 'Schedule_kirs_srb'
          value: schedules.Schedule_kirs_srb
        }
        {
          name: 'Schedule_mkd_mvr'
          value: schedules.Schedule_mkd_mvr
        }
        {
          name: 'Schedule_mne_police'
          value: schedules.Schedule_mne_police
        }
        {
          name: 'Schedule_unhcr_alb_update'
          value: schedules.Schedule_unhcr_alb_update
        }
        {
          name: 'Schedule_unhcr_bih_operational_update'
          value: schedules.Schedule_unhcr_bih_operational_update
        }
        {
          name: 'Schedule_unhcr_mkd_update'
          value: schedules.Schedule_unhcr_mkd_update
        }
        {
          name: 'Schedule_unhcr_mne_update'
          value: schedules.Schedule_unhcr_mne_update
        }
        {
          name: 'Schedule_unhcr_odp'
          value: schedules.Schedule_unhcr_odp
        }
        {
          name: 'Schedule_unhcr_refugee_statistics'
          value: schedules.Schedule_unhcr_refugee_statistics
        }
        {
          name: 'Schedule_unhcr_serbia_update'
          value: schedules.Schedule_unhcr_serbia_update
        }
        {
          name: 'Schedule_unhcr_xkx_update'
          value: schedules.Schedule_unhcr_xkx_update
        }
        {
          name: 'Schedule_xkx_mia'
          value: schedules.Schedule_xkx_mia
        }
        {
          // The retry of failed documents (src/Functions/Ingest/RetryFunction.cs).
          name: 'Schedule_retry_failed_documents'
          value: schedules.Schedule_retry_failed_documents
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      // On Flex Consumption the worker runtime is set here, not as FUNCTIONS_WORKER_RUNTIME.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
  dependsOn: [
    deploymentContainer
  ]
}

// App Service Authentication with Microsoft Entra ID: a reviewer signs in at /.auth/login/aad and the platform passes
// the signed-in person to the app in X-MS-CLIENT-PRINCIPAL (stripping any a client sends). Requests without a
// sign-in still reach the app, so reading with a function key works as before; the app refuses review decisions
// without a signed-in person (src/Functions/Api/ReviewerIdentity.cs). No client secret: sign-in uses ID tokens.
resource reviewerSignIn 'Microsoft.Web/sites/config@2024-04-01' = if (!empty(reviewerClientId)) {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: reviewerClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${reviewerTenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            reviewerClientId
            'api://${reviewerClientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: true
      }
    }
  }
}

// Blob Data Owner: the host's leases, timer status and keys, the deployment package, and the app's raw archive.
resource blobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionApp.id, roleStorageBlobDataOwner)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleStorageBlobDataOwner)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Table Data Contributor: the app's observation, document and run tables.
resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionApp.id, roleStorageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleStorageTableDataContributor)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

module alerts 'alerts.bicep' = {
  name: 'alerts'
  params: {
    namePrefix: '${appName}-${token}'
    location: location
    appInsightsId: appInsights.id
    functionAppHostName: functionApp.properties.defaultHostName
    alertEmail: alertEmail
  }
}

output functionAppName string = functionApp.name
output functionAppHostName string = functionApp.properties.defaultHostName
output storageAccountName string = storage.name
output applicationInsightsName string = appInsights.name
