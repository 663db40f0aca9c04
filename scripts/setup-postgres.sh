#!/usr/bin/env bash
# PostgreSQL 15 server binaries for the store tests (scripts/pg-cluster.sh); installs postgresql-15 when missing.
set -euo pipefail
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-postgres: $PG_BIN/initdb missing and not root: install postgresql-15 (apt-get install postgresql-15)" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
[ -x "$PG_BIN/initdb" ] || { echo "setup-postgres: postgresql-15 installed but $PG_BIN/initdb is missing" >&2; exit 1; }
