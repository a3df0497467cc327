// Runs the GraphQL workload of benchmarks/graphql on @aws-amplify/amplify-appsync-simulator and measures queries per
// second over HTTP with a number of concurrent clients. The simulator runs in a child process, the clients here, so
// that the two do not share Node's one thread. Prints one JSON object:
// {"tool", "clients", "rounds": [queries/s...], "output": <first response>}.
//
//   node run-appsync-simulator.mjs --workload ../graphql --clients 8 --warmup-rounds 5 --rounds 5 --round-seconds 1
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    serve: { type: 'boolean', default: false },
    workload: { type: 'string', default: '../graphql' },
    clients: { type: 'string', default: '8' },
    'warmup-rounds': { type: 'string', default: '5' },
    rounds: { type: 'string', default: '5' },
    'round-seconds': { type: 'string', default: '1' },
  },
});

const read = (name) => readFileSync(join(args.workload, name), 'utf8');

if (args.serve) {
  const { AmplifyAppSyncSimulator } = await import('@aws-amplify/amplify-appsync-simulator');
  const simulator = new AmplifyAppSyncSimulator({ port: 0, wsPort: 0 });
  simulator.init({
    schema: { content: read('schema.graphql') },
    dataSources: [{ type: 'NONE', name: 'Local' }],
    mappingTemplates: [
      { path: 'getPost.req.vtl', content: read('getPost.req.vtl') },
      { path: 'getPost.res.vtl', content: read('getPost.res.vtl') },
    ],
    resolvers: [{
      kind: 'UNIT', typeName: 'Query', fieldName: 'getPost', dataSourceName: 'Local',
      requestMappingTemplateLocation: 'getPost.req.vtl', responseMappingTemplateLocation: 'getPost.res.vtl',
    }],
    appSync: {
      name: 'bench', apiKey: 'da2-fakeApiId123456', additionalAuthenticationProviders: [],
      defaultAuthenticationType: { authenticationType: 'API_KEY' },
    },
  });
  await simulator.start();
  process.send({ url: simulator.localhostUrl });
} else {
  const child = fork(new URL(import.meta.url).pathname, ['--serve', '--workload', args.workload], { stdio: 'inherit' });
  const { url } = await new Promise((resolve) => child.once('message', resolve));
  const endpoint = new URL(url.endsWith('/graphql') ? url : url.replace(/\/?$/, '/graphql'));
  const body = read('query.json');
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number(args.clients) });

  const post = () => new Promise((resolve, reject) => {
    const request = http.request(endpoint, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'x-api-key': 'da2-fakeApiId123456', 'content-length': Buffer.byteLength(body) },
    }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    request.on('error', reject);
    request.end(body);
  });

  const output = JSON.parse(await post());
  const round = async (seconds) => {
    let done = 0;
    const stop = Date.now() + seconds * 1000;
    const client = async () => { while (Date.now() < stop) { await post(); done++; } };
    const started = process.hrtime.bigint();
    await Promise.all(Array.from({ length: Number(args.clients) }, client));
    return done / (Number(process.hrtime.bigint() - started) / 1e9);
  };
  const seconds = Number(args['round-seconds']);
  for (let i = 0; i < Number(args['warmup-rounds']); i++) await round(seconds);
  const rounds = [];
  for (let i = 0; i < Number(args.rounds); i++) rounds.push(await round(seconds));
  agent.destroy();
  child.kill();
  process.stdout.write(JSON.stringify({
    tool: '@aws-amplify/amplify-appsync-simulator 2.16.20', transport: 'HTTP', clients: Number(args.clients), rounds, output,
  }) + '\n');
  process.exit(0);
}
