#!/usr/bin/env bash
# The whole test suite: system tools, compile, then node's test runner over every compiled *.test.js.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
rm -rf dist
npx tsc -p tsconfig.json
mapfile -t files < <(find dist -name '*.test.js' | sort)
node --test --test-reporter=spec --test-reporter-destination=stdout "${files[@]}" | tee .test-output.log
