#!/usr/bin/env bash
# Runs the same Pass-chain definitions on Lockstep (JMH) and on aws-local-stepfunctions (Node), one after the other
# on this machine, checks that both compute the same output, and prints transitions per second side by side.
#
#   benchmarks/compare-peers.sh               build the benchmarks jar, install the peer, measure, report
#   SKIP_BUILD=1 benchmarks/compare-peers.sh  reuse benchmarks/target/benchmarks.jar
#
# Short settings by default: 5 warm-up and 5 measured rounds of 1 s per workload and tool, a couple of minutes in all
# (on a busy machine the JIT needs the five warm-up seconds). WARMUP_ROUNDS, ROUNDS and ROUND_SECONDS change them for
# both tools at once. Results land in benchmarks/target/compare/.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
DEFINITIONS="$HERE/definitions"
OUT="$HERE/target/compare"
JAR="$HERE/target/benchmarks.jar"
WARMUP_ROUNDS="${WARMUP_ROUNDS:-5}"
ROUNDS="${ROUNDS:-5}"
ROUND_SECONDS="${ROUND_SECONDS:-1}"

# Workload name, then its definition file; the input is the same for both.
WORKLOADS=("pass-chain:pass-chain-10.asl.json" "bare-pass-chain:pass-chain-10-bare.asl.json")
INPUT="$DEFINITIONS/pass-chain-10.input.json"

step() { printf '\n== %s\n' "$*" >&2; }

for tool in java node npm; do
  command -v "$tool" >/dev/null || { echo "compare-peers.sh needs $tool on the PATH" >&2; exit 2; }
done
mkdir -p "$OUT"
rm -f "$OUT"/*.json

step "Installing the peer (benchmarks/peers/package-lock.json)"
# aws-local-stepfunctions 3.0.0 declares Node >= 22 but runs these definitions on Node 20: npm only warns.
(cd "$HERE/peers" && npm ci --no-audit --no-fund --loglevel=error)

if [[ "${SKIP_BUILD:-}" != "1" || ! -f "$JAR" ]]; then
  step "Building benchmarks/target/benchmarks.jar"
  (cd "$ROOT" && ./mvnw -q -pl benchmarks -am -DskipTests package)
fi

step "Running each definition once on Lockstep, for the output check"
for workload in "${WORKLOADS[@]}"; do
  name="${workload%%:*}" definition="${workload#*:}"
  java -cp "$JAR" dev.lockstep.benchmarks.PrintOutput "$DEFINITIONS/$definition" "$INPUT" \
    >"$OUT/lockstep-$name.output.json"
done

for workload in "${WORKLOADS[@]}"; do
  name="${workload%%:*}" definition="${workload#*:}"
  step "aws-local-stepfunctions: $definition ($WARMUP_ROUNDS warm-up + $ROUNDS measured rounds of ${ROUND_SECONDS}s)"
  node "$HERE/peers/run-aws-local-stepfunctions.mjs" \
    --definition "$DEFINITIONS/$definition" --input "$INPUT" \
    --warmup-rounds "$WARMUP_ROUNDS" --rounds "$ROUNDS" --round-seconds "$ROUND_SECONDS" \
    >"$OUT/peer-$name.json"
done

step "Lockstep: PassChainBenchmark (1 fork, $WARMUP_ROUNDS warm-up + $ROUNDS measured iterations of ${ROUND_SECONDS}s)"
java -jar "$JAR" PassChainBenchmark -f 1 -wi "$WARMUP_ROUNDS" -i "$ROUNDS" -w "${ROUND_SECONDS}s" \
  -r "${ROUND_SECONDS}s" -rf json -rff "$OUT/jmh.json" >"$OUT/jmh.log"
grep -E '^(Benchmark|PassChainBenchmark)' "$OUT/jmh.log" >&2 || true

step "Transitions per second on $(nproc) cores ($(uname -m)), measured one after the other"
node "$HERE/peers/report.mjs" --dir "$OUT" --definitions "$DEFINITIONS" --summary "$OUT/summary.json"
