#!/usr/bin/env bash
# The foundation benchmark: schema+migration time per tenant at 1/100/1,000 tenants, app start-up
# with 1,000 tenants, provisioning with a realm, GET /api/v1/me under 32 clients, and RSS.
# Prints figures (and writes deploy/e2e/target/bench/results.txt); asserts nothing.
#   BENCH_TENANTS=1000 BENCH_SECONDS=20 deploy/benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null && [[ $(id -u) == 0 ]]; then
  (apt-get install -y wrk || (apt-get update && apt-get install -y wrk)) >/dev/null 2>&1 || echo "wrk unavailable; using the JDK client"
fi
mvn -q -B -DskipTests install -pl deploy/e2e -am
cd deploy/e2e
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
exec java -Xmx1g -cp "$CP" -Dhugmenow.root=../.. -Dbench.tenants="${BENCH_TENANTS:-1000}" \
  -Dbench.seconds="${BENCH_SECONDS:-20}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.hugmenow.e2e.bench.Benchmark
