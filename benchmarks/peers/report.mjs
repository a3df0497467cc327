// Prints compare-peers.sh's verdict: whether each tool computed the expected output, and a table of state
// transitions per second with ratios against aws-local-stepfunctions measured in the same run. Also writes the
// figures as JSON (--summary) for whoever updates the README.
//
// node report.mjs --dir DIR --definitions DIR
//   DIR holds jmh.json, peer-<workload>.json and lockstep-<workload>.output.json for each workload.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: { dir: { type: 'string' }, definitions: { type: 'string' }, summary: { type: 'string' } },
});

// Each workload: the definition both tools ran, the JMH method that ran it on Lockstep, and what it must output.
const WORKLOADS = [
  {
    name: 'pass-chain',
    definition: 'pass-chain-10.asl.json',
    benchmark: 'dev.lockstep.benchmarks.PassChainBenchmark.passChain',
    expected: 'pass-chain-10.expected.json',
  },
  {
    name: 'bare-pass-chain',
    definition: 'pass-chain-10-bare.asl.json',
    benchmark: 'dev.lockstep.benchmarks.PassChainBenchmark.barePassChain',
    // Ten bare Pass states hand the input on unchanged.
    expected: 'pass-chain-10.input.json',
  },
];
const TRANSITIONS_PER_EXECUTION = 10;

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

// Objects compared without regard to key order: JSON values are equal whatever order their keys print in.
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key])]),
    );
  }
  return value;
}
const sameValue = (a, b) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const sameText = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const jmh = readJson(join(options.dir, 'jmh.json'));
const warnings = [];
const rows = [];

for (const workload of WORKLOADS) {
  const expected = readJson(join(options.definitions, workload.expected));
  const lockstepOutput = readJson(join(options.dir, `lockstep-${workload.name}.output.json`));
  const peer = readJson(join(options.dir, `peer-${workload.name}.json`));
  const result = jmh.find((r) => r.benchmark === workload.benchmark);
  if (!result) throw new Error(`${workload.benchmark} is missing from jmh.json`);

  if (!sameValue(peer.output, lockstepOutput)) {
    const right = [
      sameValue(lockstepOutput, expected) ? 'Lockstep' : null,
      sameValue(peer.output, expected) ? 'aws-local-stepfunctions' : null,
    ].filter(Boolean);
    warnings.push(
      `${workload.definition}: the two tools computed different outputs from the same input, so their speeds are ` +
        `not comparable. Matches ${workload.expected}: ${right.length ? right.join(' and ') : 'neither'}.\n` +
        `  Lockstep:                ${JSON.stringify(lockstepOutput)}\n` +
        `  aws-local-stepfunctions: ${JSON.stringify(peer.output)}`,
    );
  } else if (!sameValue(lockstepOutput, expected)) {
    warnings.push(`${workload.definition}: both tools agree, but not with ${workload.expected}.`);
  } else if (!sameText(peer.output, lockstepOutput)) {
    warnings.push(`${workload.definition}: same values, but the keys come out in a different order.`);
  }

  const metric = result.primaryMetric;
  rows.push({
    workload: workload.name,
    tool: `Lockstep (JDK ${jmh[0].jdkVersion})`,
    transitionsPerSecond: metric.score * TRANSITIONS_PER_EXECUTION,
    error: metric.scoreError * TRANSITIONS_PER_EXECUTION,
    peerTransitionsPerSecond: peer.transitionsPerSecond,
  });
  const roundRates = peer.rounds.map((r) => r.executionsPerSecond * peer.transitionsPerExecution);
  rows.push({
    workload: workload.name,
    tool: `aws-local-stepfunctions ${peer.version} (Node ${peer.node})`,
    transitionsPerSecond: peer.transitionsPerSecond,
    error: (Math.max(...roundRates) - Math.min(...roundRates)) / 2,
    peerTransitionsPerSecond: peer.transitionsPerSecond,
  });
}

const number = (value) => Math.round(value).toLocaleString('en-US');
const table = [
  ['workload', 'tool', 'transitions/s', '±', 'ratio vs aws-local-stepfunctions'],
  ...rows.map((row) => [
    row.workload,
    row.tool,
    number(row.transitionsPerSecond),
    number(row.error),
    `${(row.transitionsPerSecond / row.peerTransitionsPerSecond).toFixed(1)}x`,
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
const print = (line) => console.log(line.map((cell, column) => cell.padEnd(widths[column])).join('  '));
console.log();
print(table[0]);
print(widths.map((width) => '-'.repeat(width)));
table.slice(1).forEach(print);
console.log();
console.log(
  '± is JMH\'s 99.9% confidence half-width for Lockstep, half the spread of the measured rounds for the peer.',
);
const rate = (workload, toolPrefix) =>
  rows.find((row) => row.workload === workload && row.tool.startsWith(toolPrefix)).transitionsPerSecond;
for (const tool of ['Lockstep', 'aws-local-stepfunctions']) {
  const ratio = rate('pass-chain', tool) / rate('bare-pass-chain', tool);
  console.log(`${tool}: Parameters + ResultPath run at ${(ratio * 100).toFixed(0)}% of the bare chain's rate.`);
}
for (const warning of warnings) console.log(`\nWARNING: ${warning}`);

if (options.summary) {
  writeFileSync(options.summary, JSON.stringify({ rows, warnings }, null, 2) + '\n');
}
