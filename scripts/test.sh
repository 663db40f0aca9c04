#!/usr/bin/env bash
# The whole test suite: system tools, compile, then node's test runner over every compiled *.test.js.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
rm -rf dist
npx tsc -p tsconfig.json || exit 1
mapfile -t files < <(find dist -name '*.test.js' | sort)
node --test --test-reporter=spec "${files[@]}" 2>&1 | tee .test-output.log
status=${PIPESTATUS[0]}
pass=$(grep -E '^ℹ pass [0-9]+' .test-output.log | tail -1 | grep -oE '[0-9]+')
fail=$(grep -E '^ℹ fail [0-9]+' .test-output.log | tail -1 | grep -oE '[0-9]+')
echo "${pass:-0} passed, ${fail:-0} failed"
exit "$status"
