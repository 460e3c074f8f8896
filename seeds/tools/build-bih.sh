#!/usr/bin/env bash
# Rebuilds the PDFs of the BiH Operational Update reconstructions in the snapshot
# from their HTML sources in seeds/tools/bih-operational-update/.
#
# Needs LibreOffice Writer and the Liberation fonts, only to rebuild the snapshot
# (the project never needs them at run time):
#   apt-get update && apt-get install -y libreoffice-writer fonts-liberation2
#
# The conversion goes HTML -> ODT -> PDF: converting HTML straight to PDF keeps the
# running header and footer on the first page only.
#
# Usage: seeds/tools/build-bih.sh [YYYY-MM ...]   (no argument: every month)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/bih-operational-update"
out="$here/../snapshot/unhcr-bih-operational-update/files/attachments"

command -v libreoffice >/dev/null 2>&1 || {
  echo "libreoffice not found: apt-get install -y libreoffice-writer fonts-liberation2" >&2
  exit 1
}

mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private profile, so a LibreOffice already running for the user does not swallow the job.
profile="file://$work/profile"

if [ "$#" -gt 0 ]; then
  months=("$@")
else
  months=()
  for f in "$src"/bih-operational-update-*.html; do
    b="$(basename "$f" .html)"
    months+=("${b#bih-operational-update-}")
  done
fi

for ym in "${months[@]}"; do
  name="bih-operational-update-$ym"
  [ -f "$src/$name.html" ] || { echo "no source for $ym" >&2; exit 1; }
  libreoffice -env:UserInstallation="$profile" --headless \
    --infilter="HTML (StarWriter)" --convert-to odt --outdir "$work" "$src/$name.html" >/dev/null 2>&1
  libreoffice -env:UserInstallation="$profile" --headless \
    --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/$name.odt" >/dev/null 2>&1
  mv "$work/$name.pdf" "$out/$name.pdf"
  echo "built $out/$name.pdf ($(stat -c %s "$out/$name.pdf") bytes)"
done
