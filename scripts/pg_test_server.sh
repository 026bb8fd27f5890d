#!/usr/bin/env bash
# A throwaway PostgreSQL server for newsweave's tests.
#
#   scripts/pg_test_server.sh          start it (idempotent) and print its URL on stdout
#   scripts/pg_test_server.sh stop     stop it
#   scripts/pg_test_server.sh destroy  stop it and delete its files
#
# Installs Debian's `postgresql` package when no server binaries are found (needs root), creates a
# cluster under $NEWSWEAVE_PG_DIR (default /tmp/newsweave-pg-$PORT) owned by the `postgres` user
# (or by the caller when not root), listening on 127.0.0.1:$NEWSWEAVE_PG_PORT (default 54329) and
# on a private unix socket only, with a `newsweave` role (random password, scram-sha-256) owning a
# `newsweave_test` database. Durability is switched off: the data are disposable.
# Usage in a shell: export NEWSWEAVE_TEST_PG="$(scripts/pg_test_server.sh)"
set -euo pipefail

PORT="${NEWSWEAVE_PG_PORT:-54329}"
BASE="${NEWSWEAVE_PG_DIR:-${TMPDIR:-/tmp}/newsweave-pg-$PORT}"
DATA="$BASE/data"
SOCK="$BASE/sock"
ROLE=newsweave
DBNAME=newsweave_test
ACTION="${1:-start}"

log() { echo "pg_test_server: $*" >&2; }
find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

case "$ACTION" in start|stop|destroy) ;; *) log "usage: $0 [start|stop|destroy]"; exit 2 ;; esac

BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ] || [ ! -x "$BIN/pg_ctl" ]; then
    if [ "$ACTION" != start ]; then log "no PostgreSQL installed"; exit 0; fi
    if [ "$(id -u)" != 0 ]; then
        log "PostgreSQL server binaries not found and installing them needs root (apt-get install postgresql)"
        exit 1
    fi
    log "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    BIN="$(find_bin)"
    [ -n "$BIN" ] && [ -x "$BIN/initdb" ] || { log "postgresql installed but no initdb found"; exit 1; }
fi

if [ "$(id -u)" = 0 ]; then
    OWNER=postgres
    id "$OWNER" >/dev/null 2>&1 || { log "the postgres user is missing (reinstall the postgresql package)"; exit 1; }
    as_owner() { runuser -u "$OWNER" -- "$@"; }
else
    OWNER="$(id -un)"
    as_owner() { "$@"; }
fi

mkdir -p "$BASE"
chmod 0711 "$BASE"  # the server user must reach its data and socket dirs; nothing else is readable
exec 9>"$BASE/lock"
flock 9  # concurrent callers (parallel test runs) wait for each other

running() { [ -s "$DATA/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

if [ "$ACTION" = stop ] || [ "$ACTION" = destroy ]; then
    if running; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2; fi
    if [ "$ACTION" = destroy ]; then rm -rf "$DATA" "$SOCK" "$BASE/password" "$BASE/url" "$BASE/initdb.log"; fi
    exit 0
fi

if [ ! -s "$BASE/password" ]; then
    (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$BASE/password")
fi
PASSWORD="$(cat "$BASE/password")"

if [ ! -s "$DATA/PG_VERSION" ]; then
    log "initialising a cluster in $DATA"
    rm -rf "$DATA"
    mkdir -p "$DATA" "$SOCK"
    chown "$OWNER" "$DATA" "$SOCK"
    chmod 0700 "$DATA" "$SOCK"
    # local (unix socket, in a directory only the owner can enter): trust; TCP: passwords only
    as_owner "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$BASE/initdb.log" 2>&1 \
        || { cat "$BASE/initdb.log" >&2; exit 1; }
    as_owner tee -a "$DATA/postgresql.conf" >/dev/null <<EOF

# newsweave test server (throwaway: no durability)
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCK'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
shared_buffers = 64MB
logging_collector = off
EOF
fi
mkdir -p "$SOCK"
chown "$OWNER" "$SOCK"
chmod 0700 "$SOCK"

if ! running; then
    log "starting PostgreSQL ($BIN) on 127.0.0.1:$PORT"
    if ! as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start >/dev/null 9>&-; then  # the server must not inherit the lock
        tail -n 20 "$DATA/server.log" >&2 || true
        log "could not start the server (is port $PORT taken? set NEWSWEAVE_PG_PORT)"
        exit 1
    fi
fi

psql_admin() { as_owner "$BIN/psql" -h "$SOCK" -p "$PORT" -U postgres -d postgres -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
    psql_admin -v pw="$PASSWORD" >/dev/null <<'EOF'
CREATE ROLE newsweave LOGIN PASSWORD :'pw';
EOF
else
    psql_admin -v pw="$PASSWORD" >/dev/null <<'EOF'
ALTER ROLE newsweave LOGIN PASSWORD :'pw';
EOF
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DBNAME'")" != 1 ]; then
    psql_admin -c "CREATE DATABASE $DBNAME OWNER $ROLE ENCODING 'UTF8' TEMPLATE template0" >/dev/null
fi

URL="postgresql://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DBNAME"
(umask 077; echo "$URL" > "$BASE/url")
echo "$URL"
