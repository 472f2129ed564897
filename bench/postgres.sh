# A throwaway PostgreSQL for bench/run --postgres: Debian's server binaries, a fresh cluster in a
# temporary folder, on a free port of HOST only, with fsync on (the server refuses to start without it).
# Source it after lib.sh; start_postgres sets PG_URL, stop_postgres stops the server and deletes it all.

PG_BIN=${BENCH_PG_BIN:-$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)}
PG_DIR=""

# The cluster's programs refuse to run as root; as root they run as the postgres user.
as_postgres() {
  if (( EUID == 0 )); then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  [[ -x $PG_BIN/initdb ]] || { echo "PostgreSQL 15 is missing: apt-get install -y postgresql-15" >&2; return 1; }
  local port
  free_port port || return 1
  PG_DIR=$(mktemp -d)
  (( EUID == 0 )) && chown postgres "$PG_DIR"
  as_postgres "$PG_BIN/initdb" -D "$PG_DIR/db" -A trust -U postgres >"$PG_DIR/initdb.log" 2>&1 || return 1
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/db" -l "$PG_DIR/server.log" -w \
    -o "-p $port -k $PG_DIR -c listen_addresses=$HOST -c fsync=on" start >/dev/null || return 1
  PG_URL="jdbc:postgresql://$HOST:$port/postgres"
}

stop_postgres() {
  [[ -n $PG_DIR ]] || return 0
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/db" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
