#!/usr/bin/env bash
# The wellness benchmark: one tenant with 2,000 people and a year of check-ins each (seeded over JDBC),
# 64 real Keycloak users with tokens, then under 32 clients: GET /api/v1/me, the one-year mood history
# (every page), trends, the notification inbox, creating a check-in and sending a hug, with /me measured
# again beside the writes; plus app RSS. Uses the JDK HttpClient for every operation (wrk cannot POST a
# rotating body or follow cursors), so all figures share one generator.
# Prints figures and targets (and writes deploy/e2e/target/bench/wellness-results.txt); asserts nothing.
#   BENCH_SECONDS=20 deploy/wellness-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install -pl deploy/e2e -am
cd deploy/e2e
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
exec java -Xmx1g -cp "$CP" -Dhugmenow.root=../.. -Dbench.seconds="${BENCH_SECONDS:-20}" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.hugmenow.e2e.bench.WellnessBenchmark
