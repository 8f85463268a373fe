#!/usr/bin/env bash
# The billing benchmark: 1,000 tenants, each a customer with a subscription at a fake Stripe;
# verified webhook events applied per second at 8 concurrent deliveries (p50/p99), and the nightly
# seat reconciliation of all 1,000 against the fake. Starts its own PostgreSQL, Keycloak, fake Stripe
# and app on 127.0.0.1. Prints figures and targets (and writes deploy/e2e/target/bench/billing-results.txt);
# asserts nothing.
#   BENCH_SECONDS=20 deploy/billing-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install -pl deploy/e2e -am
cd deploy/e2e
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
exec java -Xmx1g -cp "$CP" -Dhugmenow.root=../.. -Dbench.seconds="${BENCH_SECONDS:-20}" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.hugmenow.e2e.bench.BillingBenchmark
