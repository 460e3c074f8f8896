#!/usr/bin/env bash
# Builds the zip-deploy package of the Functions app: artifacts/migrationfeeds-functions.zip.
# Needs the .NET SDK, and npm for the dashboard's chart library (installed from package-lock.json). The layout is what the Functions host expects of a custom handler:
#   host.json                      at the root (customHandler.description.defaultExecutablePath: handler)
#   <function>/function.json       one folder per function
#   handler                        the executable, self-contained for linux-x64, ReadyToRun, mode 0755
set -euo pipefail
cd "$(dirname "$0")"
. scripts/common.sh
ensure_node_tools

app=artifacts/app
package=artifacts/migrationfeeds-functions.zip

rm -rf "$app" "$package"
start=$(date +%s)
# A build tree of its own (artifacts/build) so packaging never races a build or test run in src/.
dotnet publish src/Functions -c Release -r linux-x64 --self-contained -p:PublishReadyToRun=true \
  --artifacts-path artifacts/build -o "$app" --nologo -v quiet -clp:ErrorsOnly

executable=$(sed -n 's/.*"defaultExecutablePath": *"\([^"]*\)".*/\1/p' "$app/host.json")
if [ -z "$executable" ] || [ ! -f "$app/$executable" ]; then
  echo "package.sh: host.json names executable '$executable', which the publish did not produce." >&2
  exit 1
fi
chmod 0755 "$app/$executable"
for dir in src/Functions/*/; do
  if [ -f "$dir/function.json" ] && [ ! -f "$app/$(basename "$dir")/function.json" ]; then
    echo "package.sh: $(basename "$dir")/function.json is missing from the publish output." >&2
    exit 1
  fi
done

# Zip with the files' Unix modes, so the handler stays executable once deployed (Flex Consumption runs
# the package read-only, nothing can chmod it there). System.IO.Compression records the modes; `zip`
# need not be installed.
zipper=$(mktemp -d)
trap 'rm -rf "$zipper"' EXIT
cat >"$zipper/zip.cs" <<'CS'
using System.IO.Compression;
ZipFile.CreateFromDirectory(args[0], args[1], CompressionLevel.Optimal, includeBaseDirectory: false);
CS
dotnet run --file "$zipper/zip.cs" -- "$PWD/$app" "$PWD/$package"

size=$(du -k "$package" | cut -f1)
echo "$package: $((size / 1024)) MiB ($(find "$app" -type f | wc -l) files) in $(($(date +%s) - start)) s"
