#!/usr/bin/env bash
# The whole test suite. Each test assembly starts and stops its own Azurite on free loopback ports.
#
#   ./test.sh [dotnet test options, e.g. --filter Name~Ingest]
#
# The solution is built once; the test assemblies then run MIGRATIONFEEDS_TEST_JOBS at a time (2 by default), the
# longest first, so the two long ones (Reliability, Pipeline) never queue behind the short ones. More than two at a
# time on a 2-core machine only stretches the parse budgets the reliability tests run under.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/common.sh

# MSBuild's worker nodes outlive a build by default, and a `dotnet test` that finds them can wait on them; each build
# and test run here starts its own and lets them go.
export MSBUILDDISABLENODEREUSE=1

# Before the build: the Functions app copies the dashboard's chart library out of node_modules.
ensure_node_tools
ensure_chromium
ensure_example_tools
if ! dotnet build MigrationFeeds.sln -c Release --nologo -nodeReuse:false; then
  echo "The build failed." >&2
  exit 1
fi

# The reliability suite writes its counts here; printed after the run.
export MIGRATIONFEEDS_RELIABILITY_REPORT
MIGRATIONFEEDS_RELIABILITY_REPORT=$(mktemp)
logs=$(mktemp -d)
jobs=${MIGRATIONFEEDS_TEST_JOBS:-2}
# A hang must not use up CI's time: a test still running after $hang is named and its test host stopped (vstest's
# blame collector), and an assembly still running after $limit (a hang outside any test: a fixture's start or stop, the
# runner itself) is stopped with everything it started. An assembly stopped for a hang is run once more, its hung run
# printed first with the tests that were running; a second hang, like any failed test, fails the run.
hang=${MIGRATIONFEEDS_TEST_HANG:-10m}
limit=${MIGRATIONFEEDS_TEST_LIMIT:-25m}
status=0

# One run of an assembly into its log; 2 when it hung.
run_once() {
  local name=$1 code=0
  shift
  rm -rf "${logs:?}/$name"
  timeout --kill-after=30s "$limit" dotnet test "tests/$name.Tests" -c Release --no-build --nologo \
    --blame-hang --blame-hang-timeout "$hang" --blame-hang-dump-type none --results-directory "$logs/$name" "$@" \
    < /dev/null > "$logs/$name.log" 2>&1 || code=$?
  local sequence
  sequence=$(find "$logs/$name" -name 'Sequence_*.xml' 2>/dev/null | head -1)
  if [ "$code" -eq 124 ] || [ "$code" -eq 137 ]; then
    echo "HANG: $name.Tests did not end within $limit and was stopped." >> "$logs/$name.log"
    return 2
  fi
  if [ -n "$sequence" ]; then
    { echo "HANG: a test of $name.Tests ran past $hang; the tests that were running:"; cat "$sequence"; echo; } >> "$logs/$name.log"
    return 2
  fi
  return "$code"
}

# One assembly's run, printed whole when it ends so the outputs of assemblies running side by side do not interleave.
run_assembly() {
  local name=$1 code=0
  shift
  run_once "$name" "$@" || code=$?
  if [ "$code" -eq 2 ]; then
    # The hung run's log is kept out of the closing count (*.log) and printed before the second run's.
    mv "$logs/$name.log" "$logs/$name.hung"
    echo "HANG: running $name.Tests once more." >> "$logs/$name.hung"
    code=0
    run_once "$name" "$@" || code=$?
    cat "$logs/$name.hung" "$logs/$name.log" > "$logs/$name.both" && mv "$logs/$name.both" "$logs/$name.out"
  else
    cp "$logs/$name.log" "$logs/$name.out"
  fi
  flock "$logs" cat "$logs/$name.out"
  return "$code"
}

# Longest first (by their last durations), so the short ones fill in beside the long ones; an assembly not named here
# runs last.
order=()
for name in Reliability Pipeline Functions Deploy Cli Parsing; do
  [ ! -d "tests/$name.Tests" ] || order+=("$name")
done
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .Tests.csproj)
  [[ " ${order[*]} " == *" $name "* ]] || order+=("$name")
done

running=0
for name in "${order[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n || status=1
    running=$((running - 1))
  fi
  run_assembly "$name" "$@" &
  running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
  wait -n || status=1
  running=$((running - 1))
done

# One closing line over every test assembly, in the form CI reads.
read -r passed failed skipped < <(cat "$logs"/*.log | sed -n 's/.*Failed: *\([0-9]*\), Passed: *\([0-9]*\), Skipped: *\([0-9]*\).*/\1 \2 \3/p' |
  awk '{f+=$1; p+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -rf "$logs"
if [ -s "$MIGRATIONFEEDS_RELIABILITY_REPORT" ]; then cat "$MIGRATIONFEEDS_RELIABILITY_REPORT"; fi
rm -f "$MIGRATIONFEEDS_RELIABILITY_REPORT"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  status=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
