#!/usr/bin/env bash
# The benchmark: bench/run.sh [--quick]
#
# Installs wrk and pgbench if they are missing (Debian, as root), builds the services if they are not built,
# fetches Kafka's own tools (org.apache.kafka:kafka-tools, for EndToEndLatency) with the Maven wrapper, then
# starts its own PostgreSQL + Kafka and the three services on free ports (never 8081-8083), measures after a
# warm-up and writes bench/RESULTS.md. Takes about 10 minutes; --quick is a short smoke run (same steps,
# tiny durations and counts) that also writes RESULTS.md.
# Settings (system properties, see Bench.Settings): BENCH_OPTS="-Dbench.seconds=30 -Dbench.events=5000 ..."; the
# services' JVM options: BENCH_JVM="-XX:+UseSerialGC -Xmx128m ..."
# The e-mail row alone (10,000 confirmed e-mail subscriptions get one change's alerts; prints the figure, writes nothing):
#   BENCH_OPTS="-Dbench.only=mail -Dbench.mail-fanout=10000" bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

# Debian has no 'pgbench' package: pgbench comes with the server package (postgresql), psql with the client.
# /usr/bin/pgbench may be only postgresql-common's wrapper, so check that it runs. The server package is
# installed without creating or starting a cluster of its own (the benchmark runs its own PostgreSQL).
missing=()
command -v wrk >/dev/null || missing+=(wrk)
pgbench --version >/dev/null 2>&1 || missing+=(postgresql)
psql --version >/dev/null 2>&1 || missing+=(postgresql-client)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} ..."
  mkdir -p /etc/postgresql-common
  conf=/etc/postgresql-common/createcluster.conf
  if grep -q '^ *create_main_cluster' "$conf" 2>/dev/null; then
    sed -i 's/^ *create_main_cluster.*/create_main_cluster = false/' "$conf"
  else
    echo "create_main_cluster = false" >> "$conf"
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

offline=-o
[[ -f a4p-testinfra/target/infra.classpath ]] || offline=
built=true
for s in recommendations-service stakeholders-service notifications-service; do
  [[ -f $s/target/quarkus-app/quarkus-run.jar ]] || built=false
done
if [[ $built == false || ! -f a4p-testinfra/target/infra.classpath ]]; then
  echo "Building the services ..."
  ./mvnw -B -q $offline -DskipTests package || ./mvnw -B -q -DskipTests package
fi

# The benchmark runs copies of the packaged services, so that a build started meanwhile cannot pull jars from under them.
rm -rf bench/target/apps
for s in recommendations-service stakeholders-service notifications-service; do
  mkdir -p bench/target/apps/$s/target
  cp -r $s/target/quarkus-app bench/target/apps/$s/target/
done

# Own compiled copies of the infrastructure launcher and of the tool, so a build of a4p-testinfra running meanwhile
# cannot change them during the run.
rm -rf bench/target/classes bench/target/infra-classes
mkdir -p bench/target/classes bench/target/infra-classes
infra_cp="$(cat a4p-testinfra/target/infra.classpath)"
javac --release 17 -nowarn -d bench/target/infra-classes -cp "$infra_cp" a4p-testinfra/src/main/java/org/a4p/infra/*.java
if [[ ! -s bench/target/kafka-tools.classpath ]]; then
  echo "Resolving org.apache.kafka:kafka-tools ..."
  ./mvnw -B -q -o -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/bench/target/kafka-tools.classpath" \
    || ./mvnw -B -q -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/bench/target/kafka-tools.classpath"
fi
javac --release 17 -d bench/target/classes -cp bench/target/infra-classes bench/src/main/java/org/a4p/bench/*.java

opts=()
[[ "${1:-}" == "--quick" ]] && opts+=(-Dbench.quick=true)
# shellcheck disable=SC2206
opts+=(${BENCH_OPTS:-})
exec java -Xmx512m -XX:+UseSerialGC "${opts[@]}" -cp "bench/target/classes:bench/target/infra-classes" org.a4p.bench.Bench "$root" "$root/bench/target/apps"
