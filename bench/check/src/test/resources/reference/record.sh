#!/usr/bin/env bash
# Records what the independent Spring MVC reference app (shared/bench-reference/spring-mvc, beside this
# repository) serves on the five endpoints, for BenchAppsIT to hold the benchmark apps to the same bytes.
#   bench/check/src/test/resources/reference/record.sh [REFERENCE_JAR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${1:-$(cd "$here/../../../../.." && pwd)/target/reference/bench-spring-mvc.jar}
[ -f "$jar" ] || { echo "no reference jar at $jar: run bench/load.sh once (it builds it), or give its path" >&2; exit 2; }
port=${PORT:-18999}
PORT=$port java -jar "$jar" > /dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/plaintext"; do sleep 0.1; done
for ep in plaintext json user/42 template session; do
  name=${ep//\//-}
  curl -fsS -D "$here/$name.headers" -o "$here/$name.body" "http://127.0.0.1:$port/$ep"
  # Only the headers that do not change between runs.
  grep -iE '^(content-type|vary):' "$here/$name.headers" | tr -d '\r' | sort > "$here/$name.headers.tmp" || true
  mv "$here/$name.headers.tmp" "$here/$name.headers"
done
echo "recorded into $here"
