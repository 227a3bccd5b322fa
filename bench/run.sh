#!/usr/bin/env bash
# The benchmark: bench/run.sh [--quick] [--runs N]
#
# Installs wrk, pgbench, nginx and chromium if they are missing (Debian, as root), Lighthouse (npm ci in bench/lighthouse,
# when node and npm are present), builds the services, the dashboard and the start-up floor (bench/floor-app, its own
# pom) if they are not built, fetches Kafka's own tools (org.apache.kafka:kafka-tools, for EndToEndLatency) with the
# Maven wrapper, then starts its own PostgreSQL + Kafka, the three services and the dashboard on free ports (never
# 8081-8084), measures each figure with its floor in the same run (pgbench, nginx, the minimal Quarkus app, a sender
# alone, Kafka's EndToEndLatency; the dashboard's pages against the API's read path under the same wrk settings, their
# weight, their Lighthouse scores with Debian's chromium) and writes bench/RESULTS.md.
# Duration on 2 cores (2026-12-03, services built, JDK 17): 14 minutes per run with BENCH_OPTS="-Dbench.fanouts=1000,10000"
# (Lighthouse included), 29 minutes with --runs 2. The default fan-outs add 100,000 subscriptions: 37 minutes per run
# (2026-12-03; 18 of them creating the 100,000 subscriptions through the API; bench/RESULTS-100k.md).
# --quick is a short smoke run (same steps, tiny durations and counts) that also writes RESULTS.md.
# --runs N runs the whole benchmark N times (fresh infrastructure and services each time); RESULTS.md then shows
# every run's figures side by side in each table, so the spread shows.
# Settings (system properties, see Bench.Settings): BENCH_OPTS="-Dbench.seconds=30 -Dbench.events=5000 ..."; the
# services' JVM options: BENCH_JVM="-XX:+UseSerialGC -Xmx128m ..."
# Fewer or more fan-out subscriptions: BENCH_OPTS="-Dbench.fanouts=1000,10000" (quick: 100,300).
# The e-mail row alone (10,000 confirmed e-mail subscriptions get one change's alerts; prints the figure, writes nothing):
#   BENCH_OPTS="-Dbench.only=mail -Dbench.mail-fanout=10000" bench/run.sh
# The fan-out rows alone, for trying changes to the sender (prints each round, its floor and where the last round's time
# went by the databases' clocks; writes nothing; -Dbench.jfr=/tmp/f.jfr records notifications-service during the last round):
#   BENCH_OPTS="-Dbench.only=fanout -Dbench.fanouts=1000,20000" bench/run.sh
# The write path alone, for trying changes to it (prints the service and pgbench figures and each process's CPU during
# the service's run; -Dbench.write-jfr=/tmp/w.jfr records recommendations-service meanwhile; writes nothing):
#   BENCH_OPTS="-Dbench.only=write" bench/run.sh
# The start-up and memory rows alone (each service restarted N times, alternating with the floor app; medians, ratios,
# the breakdown, RSS at rest and after short read loads; prints, writes nothing):
#   BENCH_OPTS="-Dbench.only=startup -Dbench.restarts=5" bench/run.sh
# Run with a JDK 25 first on PATH, the services' restarts use JDK 25's AOT cache (-XX:AOTCache) instead of a
# class-data-sharing archive; -Dbench.aot=false keeps the archive.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

# Debian has no 'pgbench' package: pgbench comes with the server package (postgresql), psql with the client.
# /usr/bin/pgbench may be only postgresql-common's wrapper, so check that it runs. The server package is
# installed without creating or starting a cluster of its own (the benchmark runs its own PostgreSQL).
quick=false
runs=1
while (($#)); do
  case "$1" in
    --quick) quick=true ;;
    --runs) runs="${2:?--runs needs a number}"; shift ;;
    --runs=*) runs="${1#--runs=}" ;;
    *) echo "usage: bench/run.sh [--quick] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "--runs needs a positive number" >&2; exit 2; }

missing=()
command -v wrk >/dev/null || missing+=(wrk)
# nginx is the HTTP floor; it is run by the benchmark as its own process with its own configuration, never as the system's service
[[ -x /usr/sbin/nginx ]] || command -v nginx >/dev/null || missing+=(nginx)
# Lighthouse's browser for the dashboard rows: Debian's chromium, never a browser that a tool downloads
command -v chromium >/dev/null || missing+=(chromium)
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
  # the nginx package would start the system's nginx on port 80: forbid services starting during this install
  # (Debian's policy-rc.d mechanism), unless a policy is already in place
  policy=/usr/sbin/policy-rc.d
  own_policy=false
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && own_policy=true
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  [[ $own_policy == true ]] && rm -f "$policy"
fi

offline=-o
[[ -f a4p-testinfra/target/infra.classpath ]] || offline=
built=true
for s in recommendations-service stakeholders-service notifications-service dashboard; do
  [[ -f $s/target/quarkus-app/quarkus-run.jar ]] || built=false
done
if [[ $built == false || ! -f a4p-testinfra/target/infra.classpath ]]; then
  echo "Building the services ..."
  ./mvnw -B -q $offline -DskipTests package || ./mvnw -B -q -DskipTests package
fi

# The start-up floor: the smallest Quarkus REST app, on the services' Quarkus version and packaging (its own pom).
floor_jar=bench/floor-app/target/quarkus-app/quarkus-run.jar
if [[ ! -f $floor_jar ]] || [[ -n "$(find bench/floor-app/pom.xml bench/floor-app/src -newer "$floor_jar" -print -quit)" ]]; then
  echo "Building the start-up floor (bench/floor-app) ..."
  ./mvnw -B -q -o -f bench/floor-app/pom.xml package || ./mvnw -B -q -f bench/floor-app/pom.xml package
fi

# The benchmark runs copies of the packaged services, so that a build started meanwhile cannot pull jars from under them.
rm -rf bench/target/apps
for s in recommendations-service stakeholders-service notifications-service dashboard; do
  mkdir -p bench/target/apps/$s/target
  cp -r $s/target/quarkus-app bench/target/apps/$s/target/
done
mkdir -p bench/target/apps/floor-app/target
cp -r bench/floor-app/target/quarkus-app bench/target/apps/floor-app/target/

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

# Lighthouse for the dashboard rows, pinned by bench/lighthouse/package-lock.json; without node and npm (or when the
# install fails) the benchmark still runs and its Lighthouse rows say why they were not measured.
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [[ ! -f bench/lighthouse/node_modules/.package-lock.json || bench/lighthouse/package-lock.json -nt bench/lighthouse/node_modules/.package-lock.json ]]; then
    echo "Installing Lighthouse (npm ci in bench/lighthouse) ..."
    (cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error) || echo "npm ci in bench/lighthouse failed: no Lighthouse scores this run" >&2
  fi
else
  echo "No node/npm: the dashboard's Lighthouse rows will say not measured" >&2
fi

opts=()
[[ $quick == true ]] && opts+=(-Dbench.quick=true)
# shellcheck disable=SC2206
opts+=(${BENCH_OPTS:-})
rm -f bench/target/results-run-*.tsv
for ((run = 1; run <= runs; run++)); do
  ((runs > 1)) && echo "=== run $run of $runs ==="
  java -Xmx512m -XX:+UseSerialGC "${opts[@]}" -Dbench.run="$run" -cp "bench/target/classes:bench/target/infra-classes" \
    org.a4p.bench.Bench "$root" "$root/bench/target/apps"
done
