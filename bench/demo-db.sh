#!/usr/bin/env bash
# Load on the demo's database: flaskr on its SQLite file, then on PostgreSQL, in one run.
#   bench/demo-db.sh            (env: DURATION=10s WARMUP=5s CONNECTIONS=16 THREADS=2 POSTS=20
#                                     JAVA_OPTS="-Xms512m -Xmx512m" PGPORT=5433)
# For each database: starts the demo jar on a free loopback port on a new database (a SQLite file in a
# temporary folder; the database "flaskr" of bench/postgres.sh, emptied by init-db first), registers a user,
# writes POSTS posts, then runs wrk on / (every post, with its author) and on /1/update (one post, logged in),
# and prints one table, also appended to bench/RESULTS.md. Starts and stops bench/postgres.sh itself.
# BEFORE_JAR=path/to/an/older/demo.jar adds that jar on SQLite to the same run, as a first column.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "demo-db.sh needs wrk: apt-get install wrk" >&2; exit 2; }
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
POSTS="${POSTS:-20}"
JAVA_OPTS="${JAVA_OPTS:--Xms512m -Xmx512m}"
PGPORT="${PGPORT:-5433}"
JAR=demo/target/demo-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package -pl demo -am
JAR=$(realpath "$JAR")
WORK=$(mktemp -d)
PG_ARGS=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:$PGPORT/flaskr --spring.datasource.username=postgres)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

PORTS=(); declare -A RPS P99 ERRORS NON2XX
PGPORT=$PGPORT bench/postgres.sh start > /dev/null
trap 'PGPORT=$PGPORT bench/postgres.sh stop > /dev/null 2>&1 || true' EXIT
RUNS=(sqlite postgresql); [ -n "${BEFORE_JAR:-}" ] && RUNS=(before sqlite postgresql)
for db in "${RUNS[@]}"; do
  args=(); [ "$db" = postgresql ] && args=("${PG_ARGS[@]}")
  jar=$JAR; [ "$db" = before ] && jar=$(realpath "$BEFORE_JAR")
  mkdir -p "$WORK/$db"
  (cd "$WORK/$db" && java -jar "$jar" "${args[@]}" init-db > /dev/null)
  port=$(free_port)
  (cd "$WORK/$db" && exec java $JAVA_OPTS -jar "$jar" --server.port="$port" "${args[@]}" > "$WORK/$db.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/hello" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { echo "the demo did not start on $db:"; cat "$WORK/$db.log"; exit 1; }
    sleep 0.05
  done
  base="http://127.0.0.1:$port"
  curl -fs -o /dev/null -d 'username=bench&password=bench' "$base/auth/register"
  curl -fs -o /dev/null -c "$WORK/$db.cookies" -d 'username=bench&password=bench' "$base/auth/login"
  for i in $(seq 1 "$POSTS"); do
    curl -fs -o /dev/null -b "$WORK/$db.cookies" --data-urlencode "title=Post $i" \
      --data-urlencode "body=$(printf 'A line of the body of post %d.\n' "$i" | head -c 400)" "$base/create"
  done
  cookie="session=$(awk '$6 == "session" { print $7 }' "$WORK/$db.cookies")"
  for path in / /1/update; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $cookie" "$base$path" > /dev/null
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" "$base$path")
    RPS[$db$path]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<< "$out")
    P99[$db$path]=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<< "$out")")
    NON2XX[$db$path]=$(awk '/Non-2xx/ { print $NF }' <<< "$out"); NON2XX[$db$path]=${NON2XX[$db$path]:-0}
    ERRORS[$db$path]=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' <<< "$out"); ERRORS[$db$path]=${ERRORS[$db$path]:-0}
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

table="| page |"; rule="|---|"
for db in "${RUNS[@]}"; do
  case $db in before) name="before ($(basename "$BEFORE_JAR")), SQLite";; sqlite) name=SQLite;; postgresql) name=PostgreSQL;; esac
  table+=" $name req/s (p99 ms) |"; rule+="---|"
done
table+=" non-2xx, socket errors |
$rule---|"
for path in / /1/update; do
  table+="
| \`$path\` |"; bad=""
  for db in "${RUNS[@]}"; do
    table+=" ${RPS[$db$path]} (${P99[$db$path]}) |"; bad+="${NON2XX[$db$path]}/${ERRORS[$db$path]} "
  done
  table+=" $bad|"
done
echo "$table"
{
  echo
  echo "## Demo on SQLite and PostgreSQL, $(date -u +%Y-%m-%d)"
  echo
  echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; wrk -t$THREADS -c$CONNECTIONS -d$DURATION after $WARMUP of warm-up; $POSTS posts; JAVA_OPTS=$JAVA_OPTS; PostgreSQL 14 on the same machine (bench/postgres.sh)."
  echo
  echo "$table"
} >> bench/RESULTS.md
rm -rf "$WORK"
