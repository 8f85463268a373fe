#!/usr/bin/env bash
# The team-insights benchmark: one tenant with 10,000 people in 500 teams (50 parents x 9 sub-teams), with
# departments, locations, managers and start dates, about 2.5 million check-ins over the last year and
# 200,000 delivered hugs (seeded over JDBC); then the rollup rebuild (the outbox event the migration
# queues), the membership history it leaves, heatmap, trend and dept x loc x tenure latency under 16 viewers (12
# hr-admins, 4 team-leads; first call
# timed alone), 20 XLSX exports, the projection lag of new check-ins, and app RSS. 20 real Keycloak users with tokens.
# Prints figures and targets (and writes deploy/e2e/target/bench/insights-results.txt); asserts nothing.
#   BENCH_SECONDS=20 INSIGHTS_PEOPLE=10000 INSIGHTS_HUGS=200000 deploy/insights-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install -pl deploy/e2e -am
cd deploy/e2e
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
exec java -Xmx1g -cp "$CP" -Dhugmenow.root=../.. -Dbench.seconds="${BENCH_SECONDS:-20}" \
  -Dinsights.people="${INSIGHTS_PEOPLE:-10000}" -Dinsights.hugs="${INSIGHTS_HUGS:-200000}" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.hugmenow.e2e.bench.InsightsBenchmark
