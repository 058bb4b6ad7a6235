#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks.
#   pg_cluster.sh start STATEFILE [--durable]   initdb in a temporary directory, start on a free
#                                              port, write "URL DATADIR" to STATEFILE
#   pg_cluster.sh stop STATEFILE               stop it and delete the directory
# initdb refuses to run as root: as root the cluster runs as the `postgres` user.
# Without --durable, fsync is off (a test cluster is thrown away; benchmarks use --durable).
set -euo pipefail
cmd=${1:?start|stop}; state=${2:?state file}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "pg_cluster: PostgreSQL server binaries not found (apt install postgresql)" >&2; exit 1; }
as_owner=()
if [ "$(id -u)" = 0 ]; then as_owner=(runuser -u postgres --); fi

case "$cmd" in
start)
  dir=$(mktemp -d /tmp/cityops-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  extra="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${3:-}" = "--durable" ] && extra=""
  "${as_owner[@]}" "$pgbin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $extra" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgresql://postgres@127.0.0.1:$port/postgres $dir" >"$state"
  echo "pg_cluster: started on 127.0.0.1:$port ($dir)"
  ;;
stop)
  [ -f "$state" ] || exit 0
  read -r _url dir <"$state"
  "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir" "$state"
  echo "pg_cluster: stopped"
  ;;
*) echo "usage: $0 start|stop STATEFILE" >&2; exit 64 ;;
esac
