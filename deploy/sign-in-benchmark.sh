#!/usr/bin/env bash
# The enterprise sign-in benchmark: the time to connect an OIDC provider end to end, and sign-ins
# per second at 8 concurrent browsers without a screen, brokered through a second Keycloak realm
# playing the company's provider against direct password sign-in in the same run. Starts its own
# PostgreSQL, Keycloak and app on 127.0.0.1. Prints figures and targets (and writes
# deploy/e2e/target/bench/sign-in-results.txt); asserts nothing.
#   BENCH_SECONDS=20 deploy/sign-in-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install -pl deploy/e2e -am
cd deploy/e2e
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
exec java -Xmx1g -cp "$CP" -Dhugmenow.root=../.. -Dbench.seconds="${BENCH_SECONDS:-20}" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.hugmenow.e2e.bench.SignInBenchmark
