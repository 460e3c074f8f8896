#!/usr/bin/env bash
# The whole test suite. Each test assembly starts and stops its own Azurite on free loopback ports.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/common.sh

ensure_node_tools
results=$(mktemp -d)
status=0
dotnet test MigrationFeeds.sln -c Release --nologo --logger "trx" --results-directory "$results" "$@" || status=$?

# One closing line over every assembly, in the form CI reads.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  s=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
done
rm -rf "$results"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  status=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
