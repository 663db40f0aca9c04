#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the store tests.
#   source <(bash scripts/pg-cluster.sh start)   prints `export GONGKAI_TEST_PG_URL=… PG_CLUSTER_DIR=…`
#   bash scripts/pg-cluster.sh stop DIR           stops it and removes DIR
# initdb refuses to run as root: as root the cluster belongs to the `postgres` user (created by the package).
set -euo pipefail
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
free_port() {
  local p=${PG_PORT:-54329}
  while (echo >/dev/tcp/127.0.0.1/"$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}
case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/gongkai-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    port=$(free_port)
    as_owner "$PG_BIN/initdb" -D "$dir/data" -U gongkai -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U gongkai gongkai_test
    echo "export GONGKAI_TEST_PG_URL=postgres://gongkai@127.0.0.1:$port/gongkai_test PG_CLUSTER_DIR=$dir"
    ;;
  stop)
    dir=${2:?usage: pg-cluster.sh stop DIR}
    [ -d "$dir/data" ] && as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg-cluster.sh start | stop DIR" >&2
    exit 64
    ;;
esac
