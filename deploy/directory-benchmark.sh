#!/usr/bin/env bash
# The directory benchmark: 10,000 users through SCIM /Bulk (1,000 operations a request) with their
# Keycloak users, again with Keycloak stopped, the userName filter's latency at 10,000 users, and
# full HR syncs of 10,000 employees from a fake BambooHR (first run, nothing changed, 1% changed).
# Starts its own PostgreSQL, Keycloak and app on 127.0.0.1. Prints figures and targets (and writes
# deploy/e2e/target/bench/directory-results.txt); asserts nothing.
#   BENCH_SECONDS=20 deploy/directory-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install -pl deploy/e2e -am
cd deploy/e2e
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
exec java -Xmx1g -cp "$CP" -Dhugmenow.root=../.. -Dbench.seconds="${BENCH_SECONDS:-20}" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.hugmenow.e2e.bench.DirectoryBenchmark
