#!/usr/bin/env bash
# Lints an OpenAPI document with the pinned Spectral (spectral:oas) and Redocly (recommended) rules.
# Called by deploy/app in 'mvn verify' and usable by hand: tools/openapi-lint/lint.sh path/to/openapi.yaml
set -euo pipefail
doc="$(realpath "${1:?usage: lint.sh path/to/openapi.yaml}")"
cd "$(dirname "$0")"
if ! command -v npm >/dev/null; then
  echo "OpenAPI lint needs Node.js 18.18+ and npm (Debian: apt-get install nodejs npm; .ci/run installs them)," \
       "or skip it with -Dopenapi.lint.skip=true" >&2
  exit 1
fi
# npm ci only when the lock file changed since the last install: it takes half a minute.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  # --ignore-scripts: the linters need no install scripts, and some dependencies' scripts phone home.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1
echo "Spectral (spectral:oas) on $doc"
node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity warn "$doc"
echo "Redocly (recommended) on $doc"
# Redocly has no "fail on warnings" switch; its warnings fail the build too, so the document stays clean.
out="$(node_modules/.bin/redocly lint --config redocly.yaml --max-problems 200 "$doc" 2>&1)" || { echo "$out"; exit 1; }
echo "$out"
if grep -q "You have [0-9]* warning" <<<"$out"; then
  echo "Redocly warnings fail the build: fix them, or record a justified exception in tools/openapi-lint" >&2
  exit 1
fi
