# Shared by run.sh and test.sh: install what the project needs, from its own pinned files.
# shellcheck shell=bash

# Azurite, the dashboard's chart library and playwright-core, pinned in package.json and package-lock.json;
# reinstalled only when the lock file changed. Playwright never downloads a browser: the tests use Debian's Chromium.
ensure_node_tools() {
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm is required (Node.js 20 or later) to run Azurite." >&2
    exit 1
  fi
  if [ ! -x node_modules/.bin/azurite ] || [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Installing the npm tools (npm ci)..." >&2
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >&2
  fi
}

# Chromium for the dashboard's browser test, from Debian's packages, installed only when it is missing.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "Installing Chromium (apt-get)..." >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2
  fi
}

# True when something listens on 127.0.0.1:$1.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Azurite's published development account key: not a secret, and valid only against the emulator.
azurite_connection_string() {
  local blob=$1 queue=$2 table=$3
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://127.0.0.1:%s/devstoreaccount1;QueueEndpoint=http://127.0.0.1:%s/devstoreaccount1;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;' \
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==' "$blob" "$queue" "$table"
}

# pandas and R for the examples in docs/examples, which the suite runs against the app.
ensure_example_tools() {
  if ! /usr/bin/python3 -c 'import pandas' 2>/dev/null || ! command -v Rscript >/dev/null 2>&1; then
    echo "Installing python3-pandas and r-base-core (apt-get)..." >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-pandas r-base-core >&2
  fi
}
