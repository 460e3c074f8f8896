#!/usr/bin/env bash
# The whole test suite. Each test assembly starts and stops its own Azurite on free loopback ports.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/common.sh

ensure_node_tools
ensure_chromium
ensure_example_tools
log=$(mktemp)
status=0
# The reliability suite writes its counts here; printed after the run.
export MIGRATIONFEEDS_RELIABILITY_REPORT
MIGRATIONFEEDS_RELIABILITY_REPORT=$(mktemp)
dotnet test MigrationFeeds.sln -c Release --nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line over every test assembly, in the form CI reads.
read -r passed failed skipped < <(sed -n 's/.*Failed: *\([0-9]*\), Passed: *\([0-9]*\), Skipped: *\([0-9]*\).*/\1 \2 \3/p' "$log" |
  awk '{f+=$1; p+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
if [ -s "$MIGRATIONFEEDS_RELIABILITY_REPORT" ]; then cat "$MIGRATIONFEEDS_RELIABILITY_REPORT"; fi
rm -f "$MIGRATIONFEEDS_RELIABILITY_REPORT"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  status=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
