#!/usr/bin/env bash
# Load test of the /template page on three engines, side by side in one run: flask-spring on Mustache,
# flask-spring on Jinja (flask-spring-jinja), and Python Flask with Jinja2 on gunicorn (gthread).
#   bench/template-load.sh    (env: DURATION=10s WARMUP=30s CONNECTIONS=64 THREADS=2 JAVA_OPTS="-Xms512m -Xmx512m"
#                              PY_WORKERS=2*cores+1 PY_THREADS=4)
# Builds the two flask-spring jars if missing (bench/app, and bench/app-jinja: the same app with the Jinja module), starts the three servers on free loopback ports and warms each up, runs
# wrk on /template in the order A B C C B A (one server loaded at a time; each figure the mean of its two runs),
# stops the servers by their PIDs, then prints one table with the ratios Jinja / Mustache and Jinja / Python, and
# appends it to bench/RESULTS.md with the machine and its load average.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in wrk python3; do
  command -v "$tool" >/dev/null || { echo "template-load.sh needs $tool" >&2; exit 2; }
done
python3 -c 'import flask, gunicorn' 2>/dev/null || { echo "template-load.sh needs Flask and gunicorn: pip install flask==3.1.3 gunicorn" >&2; exit 2; }
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-30s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
JAVA_OPTS="${JAVA_OPTS:--Xms512m -Xmx512m}"
PY_WORKERS="${PY_WORKERS:-$(( 2 * $(nproc) + 1 ))}"
PY_THREADS="${PY_THREADS:-4}"
JAR=bench/app/target/flask-spring-bench.jar
JINJA_JAR=bench/app-jinja/target/flask-spring-bench-jinja.jar
{ [ -f "$JAR" ] && [ -f "$JINJA_JAR" ]; } || mvn -B -q -DskipTests package -pl bench/app,bench/app-jinja -am
WORK=$(mktemp -d)

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
to_ms() { # wrk latency "1.23ms" / "850.00us" / "1.02s" -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

declare -A RPS P50 P99 ERRORS PORT PID
SERVERS=(mustache jinja python)
# Measured in the order A B C C B A, each figure the mean of two runs, so that a machine whose load drifts
# during the run favours none of the three.
ORDER=(mustache jinja python python jinja mustache)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for server in "${SERVERS[@]}"; do
  port=$(free_port); PORT[$server]=$port
  case "$server" in
    python) (PORT=$port WORKERS=$PY_WORKERS THREADS=$PY_THREADS exec bench/python/run.sh > "$WORK/$server.log" 2>&1) & ;;
    mustache) (cd "$WORK" && PORT=$port exec java $JAVA_OPTS -jar "$OLDPWD/$JAR" > "$WORK/$server.log" 2>&1) & ;;
    jinja) (cd "$WORK" && PORT=$port FLASK_TEMPLATE_ENGINE=jinja exec java $JAVA_OPTS -jar "$OLDPWD/$JINJA_JAR" > "$WORK/$server.log" 2>&1) & ;;
  esac
  PID[$server]=$!
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/plaintext" 2>/dev/null; then break; fi
    if ! kill -0 "${PID[$server]}" 2>/dev/null; then echo "$server did not start:"; cat "$WORK/$server.log"; exit 1; fi
    sleep 0.05
  done
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$port/template" > /dev/null
  RPS[$server]=0; P50[$server]=0; P99[$server]=0; ERRORS[$server]=0
done
for server in "${ORDER[@]}"; do
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:${PORT[$server]}/template")
  RPS[$server]=$(awk -v a="${RPS[$server]}" '/^Requests\/sec:/ { printf "%.0f", a + $2 / 2 }' <<< "$out")
  P50[$server]=$(awk -v a="${P50[$server]}" -v b="$(to_ms "$(awk '$1 == "50%" { print $2 }' <<< "$out")")" 'BEGIN { printf "%.2f", a + b / 2 }')
  P99[$server]=$(awk -v a="${P99[$server]}" -v b="$(to_ms "$(awk '$1 == "99%" { print $2 }' <<< "$out")")" 'BEGIN { printf "%.2f", a + b / 2 }')
  errors=$(awk -F'[ ,]+' '/Socket errors:/ { print $4 + $6 + $8 + $10 }' <<< "$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<< "$out")
  ERRORS[$server]=$(( ${ERRORS[$server]} + ${errors:-0} + ${non2xx:-0} ))
done
for server in "${SERVERS[@]}"; do
  kill "${PID[$server]}"; wait "${PID[$server]}" 2>/dev/null || true
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }'; }
TABLE=$(
  echo "| /template on | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---|---|---|---|"
  echo "| flask-spring, Mustache | ${RPS[mustache]} | ${P50[mustache]} | ${P99[mustache]} | ${ERRORS[mustache]} |"
  echo "| flask-spring, Jinja (flask-spring-jinja) | ${RPS[jinja]} | ${P50[jinja]} | ${P99[jinja]} | ${ERRORS[jinja]} |"
  echo "| Python Flask 3.1 + Jinja2, gunicorn gthread ${PY_WORKERS}x${PY_THREADS} | ${RPS[python]} | ${P50[python]} | ${P99[python]} | ${ERRORS[python]} |"
  echo
  echo "Jinja ÷ Mustache: $(ratio "${RPS[jinja]}" "${RPS[mustache]}") (target ≥ 0.7); Jinja ÷ Python: $(ratio "${RPS[jinja]}" "${RPS[python]}") (target ≥ 3)."
)
MACHINE="$(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(java -version 2>&1 | head -1), $(python3 --version), wrk -t$THREADS -c$CONNECTIONS -d$DURATION twice per server in the order ${ORDER[*]} (warm-up $WARMUP each), JAVA_OPTS=$JAVA_OPTS, load average $LOAD_BEFORE before and $LOAD_AFTER after"
echo "$TABLE"
{
  echo
  echo "## Template engines, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$MACHINE"
  echo
  echo "$TABLE"
} >> bench/RESULTS.md
rm -rf "$WORK"
