#!/usr/bin/env bash
# The server's load benchmark (issue 6): StartSyncExecution of a three-state Express machine from 8 client threads
# over loopback, through the AWS SDK, against the embedded server. Prints executions per second and p50/p99 latency.
#
#   benchmarks/server-load.sh                     build, then 10 s warm-up and 15 s measured with 8 threads
#   SKIP_BUILD=1 benchmarks/server-load.sh 8 5 10 raw  reuse the jar; threads, warm-up s, measured s, sdk|raw
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
JAR="$HERE/target/benchmarks.jar"

if [[ "${SKIP_BUILD:-}" != "1" || ! -f "$JAR" ]]; then
  (cd "$ROOT" && ./mvnw -q -pl benchmarks -am -DskipTests package)
fi
# The engine keeps every execution, as AWS keeps them for DescribeExecution: give the heap room for the run.
exec java -Xms2g -Xmx4g -cp "$JAR" dev.lockstep.benchmarks.ServerLoad "${1:-8}" "${2:-10}" "${3:-15}" "${4:-sdk}"
