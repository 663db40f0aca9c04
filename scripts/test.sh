#!/usr/bin/env bash
# The whole test suite: system tools, compile, then node's test runner over every compiled *.test.js.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
# The store tests run on PGlite and on a throwaway PostgreSQL 15 cluster; in CI a missing PostgreSQL fails the run.
if [ -z "${GONGKAI_TEST_PG_URL:-}" ]; then
  if bash scripts/setup-postgres.sh && cluster=$(bash scripts/pg-cluster.sh start); then
    eval "$cluster"
    trap 'bash scripts/pg-cluster.sh stop "$PG_CLUSTER_DIR"' EXIT
  elif [ -n "${CI:-}" ]; then
    echo "test.sh: PostgreSQL 15 could not be started; CI requires it for the store tests" >&2
    exit 1
  else
    echo "test.sh: PostgreSQL 15 could not be started: store tests run on PGlite only" >&2
  fi
fi
rm -rf dist
npx tsc -p tsconfig.json || exit 1
# The web UI (its own tsconfig: DOM, JSX) into dist/web, which the browser tests load through `gongkai serve`.
npx tsc -p web/tsconfig.json --noEmit || exit 1
npx vite build --config web/vite.config.ts --logLevel warn || exit 1
mapfile -t files < <(find dist -name '*.test.js' | sort)
node --test --test-reporter=spec "${files[@]}" 2>&1 | tee .test-output.log
status=${PIPESTATUS[0]}
pass=$(grep -E '^ℹ pass [0-9]+' .test-output.log | tail -1 | grep -oE '[0-9]+')
fail=$(grep -E '^ℹ fail [0-9]+' .test-output.log | tail -1 | grep -oE '[0-9]+')
echo "${pass:-0} passed, ${fail:-0} failed"
exit "$status"
