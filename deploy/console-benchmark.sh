#!/usr/bin/env bash
# The admin-console benchmark: its own PostgreSQL, Keycloak and app; one tenant of 10,000 people seeded as the
# insights benchmark seeds it (rollups rebuilt) and 1,000 more tenants in the registry, each with a migrated
# schema and a few people but no realm (what the operators' list reads). 8 console sessions, each signed in once
# through Keycloak's real login page over plain HTTP, view the insights heatmap, the people list and a search
# in it, the sync-run list (when the console has one) and the tenants list; then 50 sessions are held open and
# the app's RSS is sampled. Prints p50/p95 per page and the targets (and writes
# deploy/e2e/target/bench/console-results.txt); asserts nothing.
#   BENCH_SECONDS=20 CONSOLE_PEOPLE=10000 CONSOLE_TENANTS=1000 deploy/console-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install -pl deploy/e2e -am
cd deploy/e2e
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
exec java -Xmx1g -cp "$CP" -Dhugmenow.root=../.. -Dbench.seconds="${BENCH_SECONDS:-20}" \
  -Dconsole.people="${CONSOLE_PEOPLE:-10000}" -Dconsole.tenants="${CONSOLE_TENANTS:-1000}" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.hugmenow.e2e.bench.ConsoleBenchmark
