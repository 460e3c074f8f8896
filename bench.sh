#!/usr/bin/env bash
# The performance benchmarks of docs/performance.md, side by side with the tools a user would otherwise use.
# Writes bench/out/<UTC time>/summary.md (and the raw outputs beside it). Timings and budget: docs/performance.md.
#
#   ./bench.sh                        every part: extraction ingestion query scale coldstart
#   ./bench.sh query coldstart        only those parts
#   BENCH_NO_BUILD=1 ./bench.sh ...   reuse the last builds (bench/bin, bench/out/{cli,app,app-r2r}) instead of rebuilding
#   SCALE_SIZES=100,1000 ./bench.sh scale   other sizes for the scale part
#
# Installs what it needs when missing (Debian: wrk, hyperfine, poppler-utils, python3-pdfminer, time; Azurite via npm ci).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/common.sh

parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(extraction ingestion query scale coldstart)

# --- tools ---------------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
/usr/bin/python3 -c 'import pdfminer' 2>/dev/null || missing+=(python3-pdfminer)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}..." >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${missing[@]}" >&2
fi
ensure_node_tools

# --- builds (their own output folders, so a build or package elsewhere in the tree cannot race them) ----
rebuild=true
[ "${BENCH_NO_BUILD:-}" = 1 ] && [ -f bench/bin/Release/net10.0/MigrationFeeds.Bench.dll ] && rebuild=false
if $rebuild; then
  echo "Building..." >&2
  dotnet build bench/Bench.csproj -c Release --nologo -v quiet -clp:ErrorsOnly\;NoSummary >&2
fi
bench="dotnet bench/bin/Release/net10.0/MigrationFeeds.Bench.dll"

out="bench/out/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
summary="$out/summary.md"
pdfs=(seeds/snapshot/unhcr-bih-operational-update/files/attachments/*.pdf)

{
  echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr)"
  echo "- .NET SDK $(dotnet --version); $(pdftotext -v 2>&1 | head -1); pdfminer.six $(/usr/bin/python3 -c 'import pdfminer; print(pdfminer.__version__)'); $(hyperfine --version); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); Azurite $(node_modules/.bin/azurite --version 2>/dev/null || echo '?')"
  echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
} | tee "$summary"

section() { printf '### %s\n\n(load average before: %s)\n\n' "$1" "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$summary"; }
started=$(date +%s)

for part in "${parts[@]}"; do
  t0=$(date +%s)
  case "$part" in
    extraction)
      section "Extraction: PDF to observations, beside pdftotext and pdfminer.six"
      if $rebuild || [ ! -f bench/out/cli/migrationfeeds.dll ]; then
        dotnet publish src/Cli -c Release --artifacts-path bench/out/build --nologo -v quiet -clp:ErrorsOnly -o bench/out/cli >&2
      fi
      # Whole processes on the same PDFs: what a user types. hyperfine subtracts its shell's start-up.
      hyperfine --style basic --warmup 1 --runs 5 --export-json "$out/extraction-processes.json" \
        -n "pdftotext -layout (15 processes)" "for f in ${pdfs[*]}; do pdftotext -layout \$f -; done" \
        -n "pdf2txt (pdfminer.six, 1 process)" "/usr/bin/pdf2txt ${pdfs[*]}" \
        -n "migrationfeeds extract (1 process)" "dotnet bench/out/cli/migrationfeeds.dll extract ${pdfs[*]}" >&2
      /usr/bin/python3 bench/pdfminer_time.py 5 "${pdfs[@]}" > "$out/pdfminer.json"
      # Ten warm-ups: each benchmark is the first to run some of the code, and under load three left it partly
      # unoptimised by the tiered JIT.
      $bench extraction --report "$summary" --artifacts "$out/bdn" --warmup 10 --iterations 15 \
        --pdftotext "$out/extraction-processes.json" --pdfminer "$out/pdfminer.json" > "$out/extraction.log"
      echo "Whole processes (start-up included), the same PDFs:" | tee -a "$summary"; echo | tee -a "$summary"
      $bench hyperfine-table --json "$out/extraction-processes.json" --reference migrationfeeds --report "$summary" > /dev/null
      ;;
    ingestion)
      section "Ingestion into Azurite"
      $bench ingestion --report "$summary" --repetitions 5 --write-repetitions 3 --compare-checks --refresh --artifacts "$out/bdn" > "$out/ingestion.log"
      ;;
    query|coldstart)
      # The published app with the local runner laid into its folder: the runner's own files are added, the app's
      # are kept, so the runner loads the published assemblies (the Functions host is not available here).
      runner=bench/out/build/bin/LocalRunner/release
      lay_runner() { cp -rn "$runner"/. "$1"/; }
      if [ "${packaged:-}" != yes ] && { $rebuild || [ ! -f bench/out/app/MigrationFeeds.LocalRunner.dll ]; }; then
        ./package.sh >&2
        packaged=yes
        dotnet build src/LocalRunner -c Release --artifacts-path bench/out/build --nologo -v quiet -clp:ErrorsOnly >&2
        rm -rf bench/out/app && cp -a artifacts/app bench/out/app && lay_runner bench/out/app
      fi
      if [ "$part" = query ]; then
        section "Query: GET /api/series at 32 connections"
        $bench query --report "$summary" --app bench/out/app --duration 20 --connections 32 --threads 2 > "$out/query.log"
      else
        section "Cold start of the app in the local runner"
        if $rebuild || [ ! -f bench/out/app-r2r/MigrationFeeds.LocalRunner.dll ]; then
          rm -rf bench/out/app-r2r
          dotnet publish src/Functions -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
            --artifacts-path bench/out/build-r2r --nologo -v quiet -clp:ErrorsOnly -o bench/out/app-r2r >&2
          lay_runner bench/out/app-r2r
        fi
        $bench coldstart --report "$summary" --app bench/out/app --r2r bench/out/app-r2r --runs 10 > "$out/coldstart.log"
      fi
      ;;
    scale)
      section "Scale: ${SCALE_SIZES:-100,1000,10000} documents"
      $bench scale --report "$summary" --sizes "${SCALE_SIZES:-100,1000,10000}" > "$out/scale.log"
      ;;
    *) echo "unknown part: $part (extraction ingestion query scale coldstart)" >&2; exit 64 ;;
  esac
  echo "($part: $(( $(date +%s) - t0 )) s)" | tee -a "$summary"; echo | tee -a "$summary"
done

echo "Total: $(( $(date +%s) - started )) s. Summary: $summary" | tee -a "$summary"
