#!/usr/bin/env bash
# The employee app benchmark: its own PostgreSQL, Keycloak and app; one tenant with one employee, driven by headless
# chromium at a phone size (390 x 844). Prints the bytes a first visit transfers (HTTP cache and service worker
# bypassed), navigation to an interactive check-in screen with the API warm, and check-in from submit to saved, with
# the targets (and writes deploy/e2e/target/bench/webapp-results.txt); asserts nothing. Needs chromium and
# chromium-driver (Debian packages, as the browser tests).
#   WEBAPP_ROUNDS=40 deploy/webapp-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install -pl deploy/e2e -am
cd deploy/e2e
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
exec java -Xmx512m -cp "$CP" -Dhugmenow.root=../.. -Dwebapp.rounds="${WEBAPP_ROUNDS:-40}" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.hugmenow.e2e.bench.WebAppBenchmark
