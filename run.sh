#!/usr/bin/env bash
# Starts HugMeNow for Work locally: embedded PostgreSQL, Keycloak (dev mode) and the app on
# Payara Micro, all on 127.0.0.1, with the demo tenant 'acme'. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -f deploy/app/target/hugmenow.jar || ! -f deploy/launcher/target/classpath.txt || "${HUGMENOW_REBUILD:-}" == 1 ]]; then
  echo "Building (first run only; HUGMENOW_REBUILD=1 forces it)..."
  mvn -q -B -DskipTests package -pl deploy/app,deploy/launcher -am
fi
CP="deploy/launcher/target/classes:$(cat deploy/launcher/target/classpath.txt)"
exec java -cp "$CP" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.hugmenow.launcher.DevLauncher
