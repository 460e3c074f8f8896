// Parameters of main.bicep. The ReliefWeb application name and the contact come from the environment,
// so nothing specific to one deployment is committed:
//   RELIEFWEB_APPNAME=... MIGRATIONFEEDS_CONTACT=mailto:... az deployment group create -g RG -f infra/main.bicep -p infra/main.bicepparam
using 'main.bicep'

param appName = readEnvironmentVariable('MIGRATIONFEEDS_APP_NAME', 'migrationfeeds')
param reliefWebAppName = readEnvironmentVariable('RELIEFWEB_APPNAME')
param fetchContact = readEnvironmentVariable('MIGRATIONFEEDS_CONTACT')
param alertEmail = readEnvironmentVariable('MIGRATIONFEEDS_ALERT_EMAIL', '')
param storageNamePrefix = ''
param maximumInstanceCount = 40
param instanceMemoryMB = 2048
