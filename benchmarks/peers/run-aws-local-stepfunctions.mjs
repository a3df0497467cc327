// Runs one definition on aws-local-stepfunctions the way the Lockstep JMH benchmark runs it: one execution at a
// time on one thread (Node's), the machine built once, each execution from start to result. Warms up, then measures
// rounds of fixed length, and prints one JSON object: executions and state transitions per second, and the output of
// one execution so that the caller can check the peer computed what Lockstep computed.
//
// node run-aws-local-stepfunctions.mjs --definition FILE --input FILE
//     [--warmup-rounds 3] [--rounds 5] [--round-seconds 1]

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { StateMachine } from 'aws-local-stepfunctions';

const { values: options } = parseArgs({
  options: {
    definition: { type: 'string' },
    input: { type: 'string' },
    'warmup-rounds': { type: 'string', default: '3' },
    rounds: { type: 'string', default: '5' },
    'round-seconds': { type: 'string', default: '1' },
  },
});

function fail(message) {
  process.stderr.write(`run-aws-local-stepfunctions: ${message}\n`);
  process.exit(2);
}

function readJson(file, what) {
  if (!file) fail(`--${what} FILE is required`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`cannot read the ${what} ${file}: ${error.message}`);
  }
}

function positive(name) {
  const value = Number(options[name]);
  if (!(value > 0)) fail(`--${name} must be a positive number, got '${options[name]}'`);
  return value;
}

// The transitions one execution makes: the states of the chain from StartAt to End. Only straight chains are
// counted this way; anything that branches would need the event log, which costs time to read.
function transitionsPerExecution(definition) {
  const seen = new Set();
  let name = definition.StartAt;
  while (name !== undefined) {
    const state = definition.States[name];
    if (!state) fail(`state '${name}' is not defined`);
    if (seen.has(name)) fail(`state '${name}' is entered twice: only straight chains can be counted`);
    if (!['Pass', 'Succeed', 'Wait'].includes(state.Type)) {
      fail(`state '${name}' is a ${state.Type}: only straight chains of Pass, Wait and Succeed can be counted`);
    }
    seen.add(name);
    name = state.End || state.Type === 'Succeed' ? undefined : state.Next;
  }
  return seen.size;
}

const definition = readJson(options.definition, 'definition');
const input = readJson(options.input, 'input');
const warmupRounds = positive('warmup-rounds');
const rounds = positive('rounds');
const roundNanos = BigInt(Math.round(positive('round-seconds') * 1e9));
const transitions = transitionsPerExecution(definition);
const version = JSON.parse(
  readFileSync(new URL('./node_modules/aws-local-stepfunctions/package.json', import.meta.url), 'utf8'),
).version;

// Built once, like a deploy: the constructor validates the definition.
const machine = new StateMachine(definition);

let output;
try {
  output = await machine.run(input).result;
} catch (error) {
  fail(`the execution failed, so there is nothing to measure: ${error.message}`);
}

async function round() {
  const start = process.hrtime.bigint();
  const deadline = start + roundNanos;
  let executions = 0;
  let now = start;
  while (now < deadline) {
    await machine.run(input).result;
    executions++;
    now = process.hrtime.bigint();
  }
  const seconds = Number(now - start) / 1e9;
  return { executions, seconds, executionsPerSecond: executions / seconds };
}

for (let i = 0; i < warmupRounds; i++) await round();
const measured = [];
for (let i = 0; i < rounds; i++) measured.push(await round());

const executionsPerSecond = measured.reduce((sum, r) => sum + r.executionsPerSecond, 0) / measured.length;
process.stdout.write(
  JSON.stringify({
    tool: 'aws-local-stepfunctions',
    version,
    node: process.version,
    definition: basename(options.definition),
    transitionsPerExecution: transitions,
    rounds: measured,
    executionsPerSecond,
    transitionsPerSecond: executionsPerSecond * transitions,
    output,
  }) + '\n',
);
