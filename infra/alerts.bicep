// Alerts on MigrationFeeds' ingestion, mailed through one action group:
// - an ingest invocation failed (a timer function threw, or a run of a source ended 'failed');
// - a source is stale or storage cannot be reached: an availability test reads /api/health, which is anonymous,
//   and fails when storage does not answer (503) or any source says "stale":true;
// - a source had no successful run in two days (two runs of the daily sources).
// The telemetry they read is described in docs/telemetry.md.

@description('Base name of the alert resources.')
param namePrefix string

param location string

@description('Application Insights resource the app sends its telemetry to.')
param appInsightsId string

@description('Host name of the function app, for the health test.')
param functionAppHostName string

@description('Where alerts are mailed; empty creates the action group with no receiver (add one in the portal).')
param alertEmail string

var emailReceivers = empty(alertEmail) ? [] : [
  {
    name: 'operators'
    emailAddress: alertEmail
    useCommonAlertSchema: true
  }
]

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: '${namePrefix}-operators'
  location: 'global'
  properties: {
    groupShortName: 'mf-ops'
    enabled: true
    emailReceivers: emailReceivers
  }
}

resource ingestFailed 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: '${namePrefix}-ingest-failed'
  location: location
  properties: {
    displayName: 'MigrationFeeds: an ingest invocation failed'
    description: 'A timer function ingest-<source> failed, or a run of a source ended failed (its listing or storage could not be read).'
    severity: 2
    enabled: true
    scopes: [appInsightsId]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT1H'
    criteria: {
      allOf: [
        {
          query: '''
            union
              (requests | where name startswith "ingest-" and success == false | project source = name),
              (customMetrics | where name == "migrationfeeds.ingest.runs" and tostring(customDimensions["migrationfeeds.outcome"]) == "failed"
                | project source = tostring(customDimensions["migrationfeeds.source"]))
            | summarize failures = count() by source
            '''
          timeAggregation: 'Total'
          metricMeasureColumn: 'failures'
          dimensions: [
            {
              name: 'source'
              operator: 'Include'
              values: ['*']
            }
          ]
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    actions: {
      actionGroups: [actionGroup.id]
    }
  }
}

resource noSuccess 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: '${namePrefix}-no-successful-run'
  location: location
  properties: {
    displayName: 'MigrationFeeds: a source had no successful run in two days'
    description: 'Runs of a source in the last two days (two runs of a daily source), none of them succeeded or partial.'
    severity: 2
    enabled: true
    scopes: [appInsightsId]
    evaluationFrequency: 'PT6H'
    windowSize: 'P2D'
    criteria: {
      allOf: [
        {
          query: '''
            customMetrics | where name == "migrationfeeds.ingest.runs"
            | extend source = tostring(customDimensions["migrationfeeds.source"]), outcome = tostring(customDimensions["migrationfeeds.outcome"])
            | summarize successes = sumif(valueSum, outcome in ("succeeded", "partial")), runs = sum(valueSum) by source
            | where successes == 0
            | project source, runs
            '''
          timeAggregation: 'Total'
          metricMeasureColumn: 'runs'
          dimensions: [
            {
              name: 'source'
              operator: 'Include'
              values: ['*']
            }
          ]
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    actions: {
      actionGroups: [actionGroup.id]
    }
  }
}

// The test's hidden-link tag ties it to the Application Insights resource, as the portal does.
resource healthTest 'Microsoft.Insights/webtests@2022-06-15' = {
  name: '${namePrefix}-health'
  location: location
  kind: 'standard'
  tags: {
    'hidden-link:${appInsightsId}': 'Resource'
  }
  properties: {
    SyntheticMonitorId: '${namePrefix}-health'
    Name: 'MigrationFeeds /api/health: storage reachable, no source stale'
    Kind: 'standard'
    Enabled: true
    Frequency: 900
    Timeout: 60
    RetryEnabled: true
    Locations: [
      { Id: 'emea-nl-ams-azr' }
      { Id: 'emea-gb-db3-azr' }
      { Id: 'emea-fr-pra-edge' }
    ]
    Request: {
      RequestUrl: 'https://${functionAppHostName}/api/health'
      HttpVerb: 'GET'
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      ContentValidation: {
        ContentMatch: '"stale":true'
        IgnoreCase: false
        PassIfTextFound: false
      }
    }
  }
}

resource healthAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${namePrefix}-stale-or-unreachable'
  location: 'global'
  properties: {
    description: 'The health test failed from two locations: storage cannot be reached, or a source is stale (its latest period is older than its cadence plus a grace).'
    severity: 2
    enabled: true
    scopes: [healthTest.id, appInsightsId]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT1H'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria'
      webTestId: healthTest.id
      componentId: appInsightsId
      failedLocationCount: 2
    }
    actions: [
      {
        actionGroupId: actionGroup.id
      }
    ]
  }
}

output actionGroupId string = actionGroup.id
