#!/usr/bin/env bash
# Load test: the flask-spring benchmark app against the independent Spring MVC reference app (and a bare Tomcat
# servlet, the floor), side by side in one run, same JVM flags on every side.
#   bench/load.sh            (env: DURATION=10s WARMUP=10s CONNECTIONS=64 THREADS=2 JAVA_OPTS= ROUNDS=1
#                             REFERENCE=../shared/bench-reference/spring-mvc, the reference's sources)
# Builds the jars when missing (the reference from its sources into bench/target/reference), then for each
# round starts each server in turn on a free loopback port, times spawn -> first 200, warms up every endpoint,
# runs wrk per endpoint, samples RSS after the load, stops the server by its PID; the order of the servers
# alternates between rounds (A B C, then C B A) so a drifting machine favours none. Prints one table with the
# ratios flask-spring / reference and flask-spring / servlet (medians over the rounds) and appends it, with the
# machine's description, to bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  echo "load.sh needs wrk: apt-get install wrk" >&2
  exit 2
fi
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
JAVA_OPTS="${JAVA_OPTS:-}"
ROUNDS="${ROUNDS:-1}"
REFERENCE="${REFERENCE:-../shared/bench-reference/spring-mvc}"
ENDPOINTS=(/plaintext /json /user/42 /template /session)
APPS=(reference flask-spring servlet)
declare -A JARS=([flask-spring]=bench/app/target/flask-spring-bench.jar [servlet]=bench/servlet/target/tomcat-servlet-bench.jar
  [reference]=bench/target/reference/bench-spring-mvc.jar)
if [ ! -f "${JARS[flask-spring]}" ] || [ ! -f "${JARS[servlet]}" ]; then
  mvn -B -q -DskipTests package -pl bench/app,bench/servlet -am
fi
if [ ! -f "${JARS[reference]}" ]; then
  [ -f "$REFERENCE/pom.xml" ] || { echo "no reference sources at $REFERENCE (set REFERENCE)" >&2; exit 2; }
  rm -rf bench/target/reference-src && mkdir -p bench/target/reference && cp -r "$REFERENCE" bench/target/reference-src
  (cd bench/target/reference-src && mvn -B -q -DskipTests package)
  cp bench/target/reference-src/target/bench-spring-mvc.jar "${JARS[reference]}"
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
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

declare -A RPS P99 NON2XX ERRORS STARTUP RSS
run_app() {
  local app=$1 port start pid out key
  port=$(free_port)
  start=$(now_ms)
  (cd "$WORK" && PORT=$port exec java $JAVA_OPTS -jar "$OLDPWD/${JARS[$app]}" > "$WORK/$app.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/plaintext" 2>/dev/null; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "$app did not start:"; cat "$WORK/$app.log"; exit 1; fi
    sleep 0.02
  done
  STARTUP[$app]+="$(( $(now_ms) - start )) "
  for ep in "${ENDPOINTS[@]}"; do
    script=(); [ "$ep" = /session ] && script=(-s "$WORK/session.lua")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${script[@]}" "http://127.0.0.1:$port$ep" > /dev/null
  done
  for ep in "${ENDPOINTS[@]}"; do
    script=(); [ "$ep" = /session ] && script=(-s "$WORK/session.lua")
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${script[@]}" "http://127.0.0.1:$port$ep")
    key=$app$ep
    RPS[$key]+="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<< "$out") "
    P99[$key]+="$(to_ms "$(awk '$1 == "99%" { print $2 }' <<< "$out")") "
    NON2XX[$key]=$(( ${NON2XX[$key]:-0} + $(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<< "$out" | grep . || echo 0) ))
    ERRORS[$key]=$(( ${ERRORS[$key]:-0} + $(awk -F'[ ,]+' '/Socket errors:/ { print $4 + $6 + $8 + $10 }' <<< "$out" | grep . || echo 0) ))
  done
  RSS[$app]+="$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status") "
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
for round in $(seq 1 "$ROUNDS"); do
  if (( round % 2 )); then order=("${APPS[@]}"); else order=(servlet flask-spring reference); fi
  for app in "${order[@]}"; do run_app "$app"; done
done

m() { median <<< "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }'; }
TABLE=$(
  echo "| endpoint | reference req/s | flask-spring req/s | bare servlet req/s | flask ÷ reference | flask ÷ servlet | p99 ms (ref / flask / servlet) | p99 ÷ reference | non-2xx, socket errors |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for ep in "${ENDPOINTS[@]}"; do
    r=$(m "${RPS[reference$ep]}"); f=$(m "${RPS[flask-spring$ep]}"); s=$(m "${RPS[servlet$ep]}")
    pr=$(m "${P99[reference$ep]}"); pf=$(m "${P99[flask-spring$ep]}"); ps=$(m "${P99[servlet$ep]}")
    errs="$(( NON2XX[reference$ep] + NON2XX[flask-spring$ep] + NON2XX[servlet$ep] )), $(( ERRORS[reference$ep] + ERRORS[flask-spring$ep] + ERRORS[servlet$ep] ))"
    echo "| $ep | $r | $f | $s | $(ratio "$f" "$r") | $(ratio "$f" "$s") | $pr / $pf / $ps | $(ratio "$pf" "$pr") | $errs |"
  done
  echo
  echo "| | reference | flask-spring | bare servlet | flask − reference |"
  echo "|---|---|---|---|---|"
  echo "| RSS after the load (MB) | $(m "${RSS[reference]}") | $(m "${RSS[flask-spring]}") | $(m "${RSS[servlet]}") | $(awk -v a="$(m "${RSS[flask-spring]}")" -v b="$(m "${RSS[reference]}")" 'BEGIN { print a - b }') |"
  echo "| spawn to first 200 (ms) | $(m "${STARTUP[reference]}") | $(m "${STARTUP[flask-spring]}") | $(m "${STARTUP[servlet]}") | $(awk -v a="$(m "${STARTUP[flask-spring]}")" -v b="$(m "${STARTUP[reference]}")" 'BEGIN { print a - b }') |"
)
MACHINE="$(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(java -version 2>&1 | head -1), wrk -t$THREADS -c$CONNECTIONS -d$DURATION (warm-up $WARMUP per endpoint), JAVA_OPTS='$JAVA_OPTS', $ROUNDS round(s), medians; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$TABLE"
{
  echo
  echo "## Load against the reference, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$MACHINE"
  echo
  echo "$TABLE"
} >> bench/RESULTS.md
rm -rf "$WORK"
