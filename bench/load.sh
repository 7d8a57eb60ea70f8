#!/usr/bin/env bash
# Load test: the flask-spring benchmark app against the plain Spring MVC baseline, side by side in one run.
#   bench/load.sh            (env: DURATION=10s WARMUP=5s CONNECTIONS=64 THREADS=2 JAVA_OPTS="-Xms512m -Xmx512m")
# Builds the jars if missing, starts each in turn on a free loopback port, times spawn -> first 200, warms
# up, runs wrk per endpoint, samples RSS after the load, stops the server by its PID, then prints one table
# with the ratio flask-spring / baseline and appends it, with the machine's description, to bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  echo "load.sh needs wrk: apt-get install wrk" >&2
  exit 2
fi
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
JAVA_OPTS="${JAVA_OPTS:--Xms512m -Xmx512m}"
ENDPOINTS=(/plaintext /json /user/42 /template /session)
declare -A JARS=([flask-spring]=bench/app/target/flask-spring-bench.jar [baseline]=bench/baseline/target/spring-baseline-bench.jar)
if [ ! -f "${JARS[flask-spring]}" ] || [ ! -f "${JARS[baseline]}" ]; then
  mvn -B -q -DskipTests package -pl bench/app,bench/baseline -am
fi
WORK=$(mktemp -d)
# The session endpoint sends back the cookie it was given last, as a browser would.
cat > "$WORK/session.lua" <<'LUA'
response = function(status, headers, body)
  local c = headers["Set-Cookie"] or headers["set-cookie"]
  if c then wrk.headers["Cookie"] = string.match(c, "^[^;]+") end
end
LUA

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 30000 ))
}
now_ms() { date +%s%3N; }
to_ms() { # wrk latency "1.23ms" / "850.00us" / "1.02s" -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

declare -A RPS P50 P99 NON2XX ERRORS STARTUP RSS
for app in flask-spring baseline; do
  port=$(free_port)
  start=$(now_ms)
  (cd "$WORK" && PORT=$port exec java $JAVA_OPTS -jar "$OLDPWD/${JARS[$app]}" > "$WORK/$app.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/plaintext" 2>/dev/null; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "$app did not start:"; cat "$WORK/$app.log"; exit 1; fi
    sleep 0.05
  done
  STARTUP[$app]=$(( $(now_ms) - start ))
  for ep in "${ENDPOINTS[@]}"; do
    script=(); [ "$ep" = /session ] && script=(-s "$WORK/session.lua")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${script[@]}" "http://127.0.0.1:$port$ep" > /dev/null
  done
  for ep in "${ENDPOINTS[@]}"; do
    script=(); [ "$ep" = /session ] && script=(-s "$WORK/session.lua")
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${script[@]}" "http://127.0.0.1:$port$ep")
    RPS[$app$ep]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<< "$out")
    P50[$app$ep]=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<< "$out")")
    P99[$app$ep]=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<< "$out")")
    NON2XX[$app$ep]=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<< "$out"); NON2XX[$app$ep]=${NON2XX[$app$ep]:-0}
    ERRORS[$app$ep]=$(awk -F'[ ,]+' '/Socket errors:/ { print $4 + $6 + $8 + $10 }' <<< "$out"); ERRORS[$app$ep]=${ERRORS[$app$ep]:-0}
  done
  RSS[$app]=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }'; }
TABLE=$(
  echo "| endpoint | flask-spring req/s | baseline req/s | ratio | p50 ms (f / b) | p99 ms (f / b) | p99 ratio | non-2xx (f / b) | socket errors (f / b) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for ep in "${ENDPOINTS[@]}"; do
    f=flask-spring$ep; b=baseline$ep
    echo "| $ep | ${RPS[$f]} | ${RPS[$b]} | $(ratio "${RPS[$f]}" "${RPS[$b]}") | ${P50[$f]} / ${P50[$b]} | ${P99[$f]} / ${P99[$b]} | $(ratio "${P99[$f]}" "${P99[$b]}") | ${NON2XX[$f]} / ${NON2XX[$b]} | ${ERRORS[$f]} / ${ERRORS[$b]} |"
  done
  echo
  echo "| | flask-spring | baseline | difference |"
  echo "|---|---|---|---|"
  echo "| RSS after the load (MB) | ${RSS[flask-spring]} | ${RSS[baseline]} | $(( RSS[flask-spring] - RSS[baseline] )) |"
  echo "| spawn to first 200 (ms) | ${STARTUP[flask-spring]} | ${STARTUP[baseline]} | $(( STARTUP[flask-spring] - STARTUP[baseline] )) |"
)
MACHINE="$(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(java -version 2>&1 | head -1), wrk -t$THREADS -c$CONNECTIONS -d$DURATION (warm-up $WARMUP per endpoint), JAVA_OPTS=$JAVA_OPTS"
echo "$TABLE"
{
  echo
  echo "## Load, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$MACHINE"
  echo
  echo "$TABLE"
} >> bench/RESULTS.md
rm -rf "$WORK"
