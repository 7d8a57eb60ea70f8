#!/usr/bin/env bash
# Soak test of the demo: bench/soak.sh [SECONDS] [USERS]  (default 600 s, 8 users; env SOAK_SECONDS, SOAK_USERS).
# Starts the demo jar on a free loopback port with a fresh database, drives flaskr's whole flow from
# virtual users, samples the server's RSS every 10 s, stops the server, and appends the result to
# bench/RESULTS.md. Passes (exit 0) with no error and RSS after warm-up growing less than 10 %.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-${SOAK_SECONDS:-600}}"
USERS="${2:-${SOAK_USERS:-8}}"
JAR=demo/target/demo-0.1.0-SNAPSHOT.jar
if [ ! -f "$JAR" ]; then
  mvn -B -q -DskipTests package -pl demo -am
fi
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || shuf -i 20000-60000 -n 1)
# A fixed, pre-touched heap, so that RSS shows leaks rather than the heap growing into its maximum. Each
# werkzeug scrypt hash (register, log in) takes 32 MB, as in Python, so concurrent users need room.
(cd "$WORK" && exec java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -jar "$OLDPWD/$JAR" \
  --server.port="$PORT" --server.address=127.0.0.1 --flask.secret-key=soak-secret-key-of-32-bytes-x \
  --logging.level.root=WARN > "$WORK/server.log" 2>&1) &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT/hello" 2>/dev/null; then break; fi
  sleep 0.1
done
echo "soak: demo pid $SERVER on port $PORT, $SECONDS_TO_RUN s, $USERS users"
STATUS=0
java bench/soak/Soak.java "http://127.0.0.1:$PORT" "$SERVER" "$SECONDS_TO_RUN" "$USERS" "$WORK/summary.txt" || STATUS=$?
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
trap - EXIT
{
  echo
  echo "## Soak, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), demo jar with -Xms1g -Xmx1g -XX:+AlwaysPreTouch."
  echo
  cat "$WORK/summary.txt"
} >> bench/RESULTS.md
exit $STATUS
