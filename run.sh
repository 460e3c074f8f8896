#!/usr/bin/env bash
# Runs MigrationFeeds locally: Azurite on loopback, the Functions app in the local runner (src/LocalRunner: its
# HTTP functions on Kestrel, its timers fired from functions.metadata), the recorded snapshot ingested at start, the
# query API on http://127.0.0.1:7071/api/ and the dashboard on http://127.0.0.1:7071/api/dashboard.
#
#   ./run.sh           serve until Ctrl+C (timers fire on their schedules, and once at start)
#   ./run.sh --once    ingest every source once, print a summary per source, exit
#   ./run.sh --live    fetch from the publishers instead of the snapshot (needs RELIEFWEB_APPNAME)
#
# Ports: PORT (the app, 7071), AZURITE_BLOB_PORT, AZURITE_QUEUE_PORT, AZURITE_TABLE_PORT (10000 to 10002).
# AZURITE_DEBUG=1 writes Azurite's debug log to .azurite/debug.log.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/common.sh

once=false
mode=Offline
for arg in "$@"; do
  case "$arg" in
    --once) once=true ;;
    --live) mode=Live ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 64 ;;
  esac
done

blob_port=${AZURITE_BLOB_PORT:-10000}
queue_port=${AZURITE_QUEUE_PORT:-10001}
table_port=${AZURITE_TABLE_PORT:-10002}
app_port=${PORT:-7071}

ensure_node_tools
echo "Building..." >&2
dotnet build src/LocalRunner/LocalRunner.csproj -c Release --nologo -v quiet -clp:ErrorsOnly\;NoSummary >&2
dotnet build src/Cli/Cli.csproj -c Release --nologo -v quiet -clp:ErrorsOnly\;NoSummary >&2

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

if port_in_use "$table_port" && port_in_use "$blob_port"; then
  echo "Using the storage emulator already listening on ports $blob_port and $table_port." >&2
else
  mkdir -p .azurite
  # Azurite's debug log grows by megabytes a minute under an ingest: only when asked for (AZURITE_DEBUG=1).
  debug=()
  [ "${AZURITE_DEBUG:-0}" = 1 ] && debug=(--debug .azurite/debug.log)
  node_modules/.bin/azurite --location .azurite "${debug[@]}" --silent --skipApiVersionCheck --loose --disableTelemetry \
    --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
    --tableHost 127.0.0.1 --tablePort "$table_port" >/dev/null 2>.azurite/azurite.err &
  pids+=($!)
  for _ in $(seq 1 100); do port_in_use "$table_port" && port_in_use "$blob_port" && break; sleep 0.2; done
  port_in_use "$table_port" || { echo "Azurite did not start; see .azurite/azurite.err" >&2; exit 1; }
fi

export Storage__ConnectionString
Storage__ConnectionString=$(azurite_connection_string "$blob_port" "$queue_port" "$table_port")
export Fetch__Mode=$mode
export Fetch__SnapshotPath="$PWD/seeds/snapshot"
export ReliefWeb__AppName="${RELIEFWEB_APPNAME:-migrationfeeds-local}"
export Fetch__Contact="${MIGRATIONFEEDS_CONTACT:-https://github.com/migrationfeeds}"

if $once; then
  dotnet src/Cli/bin/Release/net10.0/migrationfeeds.dll ingest
  exit $?
fi

export Runner__Port=$app_port
export Runner__RunOnStart=true
# The runner's output holds the app's build beside it (functions.metadata, host.json, schedules.json).
dotnet src/LocalRunner/bin/Release/net10.0/MigrationFeeds.LocalRunner.dll &
pids+=($!)
for _ in $(seq 1 100); do port_in_use "$app_port" && break; sleep 0.2; done
cat <<MSG

MigrationFeeds is running on http://127.0.0.1:$app_port ($mode mode; the snapshot is being ingested now).
Dashboard: http://127.0.0.1:$app_port/api/dashboard
Try:
  curl 'http://127.0.0.1:$app_port/api/series?indicator=arrivals&country=BIH&from=2021-10&to=2022-12'
  curl 'http://127.0.0.1:$app_port/api/series?indicator=outside_accommodation&country=BIH&from=2022-01&to=2022-12'
  dotnet src/Cli/bin/Release/net10.0/migrationfeeds.dll series --indicator arrivals --country BIH --from 2022-01 --to 2022-12
Press Ctrl+C to stop.
MSG
wait "${pids[-1]}"
