#!/usr/bin/env bash
# The run command. Builds what is needed, starts a real PostgreSQL and a real Kafka broker (no Docker),
# then the three services on 8081-8083 and the dashboard on 8084, waits until all are ready and prints their URLs.
# Ctrl-C stops everything and removes the temporary data.
#
#   ./run.sh              build, then run
#   ./run.sh --no-build   run what was built last
#
# Environment: RECOMMENDATIONS_PORT, STAKEHOLDERS_PORT, NOTIFICATIONS_PORT, DASHBOARD_PORT (defaults 8081-8084),
# A4P_PG_PORT, A4P_KAFKA_PORT, A4P_SMTP_PORT, A4P_IMAP_PORT (default: free ports), A4P_DATA_DIR (keep data there
# across runs). The mail of e-mail subscriptions goes to a local SMTP server; run.sh prints where to read it (IMAP).
set -euo pipefail
cd "$(dirname "$0")"

java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [[ -z "$java_major" || "${java_major%%.*}" -lt 17 ]]; then
  echo "A JDK 17 or newer is required (found: ${java_major:-none})." >&2
  exit 1
fi

if [[ "${1:-}" != "--no-build" ]]; then
  echo "Building (the first run downloads Maven and the dependencies; later runs take about a minute)..."
  ./mvnw -B -q -DskipTests package
fi

classpath="a4p-testinfra/target/classes:$(cat a4p-testinfra/target/infra.classpath)"
exec java -Xmx768m -XX:+UseSerialGC -cp "$classpath" org.a4p.infra.RunLocal "$PWD"
