#!/usr/bin/env bash
# Installs the npm packages pinned in DIR/package-lock.json (test tools such as dynalite) when it can.
# Never fails the build: where npm or its registry is unreachable, the tests that need the tool skip
# with a message that says so. Skips the install when node_modules is already up to date.
set -u
dir="$1"
name="$(basename "$(dirname "$dir")")/$(basename "$dir")"
if [ -f "$dir/node_modules/.package-lock.json" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "[lockstep] npm is not installed: tests that need $name will be skipped" >&2
  exit 0
fi
if ! timeout 300 npm ci --prefix "$dir" --no-audit --no-fund --silent >/dev/null 2>&1; then
  echo "[lockstep] npm ci in $dir failed (is the npm registry reachable?): tests that need it will be skipped" >&2
fi
exit 0
