#!/usr/bin/env bash
# Runs the GraphQL workload of benchmarks/graphql (a query through a VTL resolver on the NONE data source) on Lockstep,
# in-process with 8 client threads (JMH), and on @aws-amplify/amplify-appsync-simulator 2.16.20 over HTTP with 8
# concurrent clients, one after the other; checks that both answer benchmarks/graphql/expected.json, and prints
# queries per second side by side. (Lockstep over HTTP comes with the server's /graphql endpoint.)
#
#   benchmarks/compare-graphql.sh               build the benchmarks jar, install the peer, measure, report
#   SKIP_BUILD=1 benchmarks/compare-graphql.sh  reuse benchmarks/target/benchmarks.jar
#
# Ten warm-up rounds by default: the JVM side needs many seconds of JIT. WARMUP_ROUNDS, ROUNDS, ROUND_SECONDS and CLIENTS change the settings for both tools. Results land in
# benchmarks/target/compare-graphql/.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
WORKLOAD="$HERE/graphql"
OUT="$HERE/target/compare-graphql"
JAR="$HERE/target/benchmarks.jar"
WARMUP_ROUNDS="${WARMUP_ROUNDS:-10}"
ROUNDS="${ROUNDS:-5}"
ROUND_SECONDS="${ROUND_SECONDS:-2}"
CLIENTS="${CLIENTS:-8}"

step() { printf '\n== %s\n' "$*" >&2; }

for tool in java node npm; do
  command -v "$tool" >/dev/null || { echo "compare-graphql.sh needs $tool on the PATH" >&2; exit 2; }
done
mkdir -p "$OUT"
rm -f "$OUT"/*.json

step "Installing the peer (benchmarks/graphql-peer/package-lock.json: the simulator beside graphql 15.11.0)"
(cd "$HERE/graphql-peer" && npm ci --no-audit --no-fund --loglevel=error)

if [[ "${SKIP_BUILD:-}" != "1" || ! -f "$JAR" ]]; then
  step "Building benchmarks/target/benchmarks.jar"
  (cd "$ROOT" && ./mvnw -q -pl benchmarks -am -DskipTests package)
fi

step "amplify-appsync-simulator over HTTP, $CLIENTS clients ($WARMUP_ROUNDS warm-up + $ROUNDS rounds of ${ROUND_SECONDS}s)"
node "$HERE/graphql-peer/run-appsync-simulator.mjs" --workload "$WORKLOAD" --clients "$CLIENTS" \
  --warmup-rounds "$WARMUP_ROUNDS" --rounds "$ROUNDS" --round-seconds "$ROUND_SECONDS" >"$OUT/peer.json"

step "Lockstep in-process, $CLIENTS threads: GraphQlNoneBenchmark (JMH, 1 fork, the same rounds)"
java -jar "$JAR" GraphQlNoneBenchmark -f 1 -t "$CLIENTS" -wi "$WARMUP_ROUNDS" -i "$ROUNDS" -w "${ROUND_SECONDS}s" \
  -r "${ROUND_SECONDS}s" -rf json -rff "$OUT/jmh.json" >"$OUT/jmh.log"
grep -E '^(Benchmark|GraphQlNoneBenchmark)' "$OUT/jmh.log" >&2 || true

step "Queries per second on $(nproc) cores ($(uname -m)), measured one after the other"
node --input-type=module - "$OUT" "$WORKLOAD" <<'JS'
import { readFileSync } from 'node:fs';
const [out, workload] = process.argv.slice(2);
const peer = JSON.parse(readFileSync(`${out}/peer.json`, 'utf8'));
const jmh = JSON.parse(readFileSync(`${out}/jmh.json`, 'utf8'))[0].primaryMetric;
const expected = JSON.parse(readFileSync(`${workload}/expected.json`, 'utf8'));
if (JSON.stringify(peer.output) !== JSON.stringify(expected)) {
  console.log(`WARNING: the simulator answered ${JSON.stringify(peer.output)}, not expected.json`);
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const peerRate = mean(peer.rounds);
const row = (name, rate) => `| ${name.padEnd(58)} | ${Math.round(rate).toLocaleString('en').padStart(10)} |`;
console.log(`| ${'tool'.padEnd(58)} | ${'queries/s'.padStart(10)} |`);
console.log(`| ${'-'.repeat(58)} | ${'-'.repeat(10)} |`);
console.log(row(`Lockstep, in-process (${peer.clients} threads)`, jmh.score));
console.log(row(`${peer.tool}, HTTP (${peer.clients} clients)`, peerRate));
console.log(`\nLockstep ÷ simulator: ${(jmh.score / peerRate).toFixed(1)}×`);
JS
