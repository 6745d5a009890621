import 'reflect-metadata';
import { createHook } from 'node:async_hooks';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { DocumentNode, execute, parse } from 'graphql';
import neo4j, { Driver, QueryResult, RecordShape, Session as DriverSession } from 'neo4j-driver';
import { DEFAULT_ADMISSION, DEFAULT_LIMITS, loadConfig } from '../src/config/env';
import { recordToPlain } from '../src/db/convert';
import { Executor, FULL_CLEARANCE } from '../src/db/executor';
import { Context, createContext } from '../src/graphql/context';
import { formatError } from '../src/graphql/errors';
import { AdmissionGate } from '../src/graphql/limits/admission';
import { operationGatePlugin } from '../src/graphql/limits/operation-gate.plugin';
import { operationLimits } from '../src/graphql/limits/operation-limits';
import { responseSizePlugin } from '../src/graphql/limits/response-size';
import { queryStatsPlugin } from '../src/graphql/plugins';
import { buildAppSchema } from '../src/graphql/schema';
import { anonymous } from '../src/modules/identity/identity.type';
import { Role } from '../src/modules/identity/identity.roles';
import { Tlp } from '../src/modules/shared/tlp';
import { requestObservabilityPlugin } from '../src/observability/request.plugin';
import { startServer } from '../src/server';
import { setLogLevel } from '../src/logger';
import { searchService } from '../src/modules/search/search.service';
import { openBenchDatabase } from './graph/database';
import { ensureGraph } from './graph/generate';
import { cypherPeerHandler } from './peers/cypher-handler';
import { QUERIES } from './suite/query-set';

/**
 * npm run bench:ledger -- --stories 10000 --data-dir D [--ops 5000] [--rounds 3] [--connections 10] [--only search,provenance]
 * Where storygraph's Node CPU per request goes, layer by layer, against the hand-written Cypher
 * peer: every layer runs alone in this process, `ops` times at `connections` concurrent callers,
 * and `process.cpuUsage()` over them gives CPU µs per operation (median of rounds, layers
 * interleaved within a round). The HTTP layers share one in-process client, whose own cost is the
 * `http echo` line (a bare server answering the same bytes): subtract it from the other HTTP lines.
 */
const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '10000' },
    'data-dir': { type: 'string' },
    ops: { type: 'string', default: '5000' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string', default: 'search,provenance,corroboration,Q2' },
    layers: { type: 'string' },
    attribute: { type: 'string' },
  },
});
const OPS = Number(values.ops);
const ROUNDS = Number(values.rounds);
const CONNECTIONS = Number(values.connections);

type Op = () => Promise<unknown>;

/** Milliseconds spent in garbage collection so far (pauses on the main thread). */
let gcMs = 0;
new PerformanceObserver((list) => list.getEntries().forEach((e) => (gcMs += e.duration))).observe({ entryTypes: ['gc'] });
const gcPerOp: Record<string, number[]> = {};

async function cpuPerOp(op: Op, ops: number, name?: string): Promise<number> {
  let next = 0;
  const gcBefore = gcMs;
  const before = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next++ < ops) await op();
    }),
  );
  const used = process.cpuUsage(before);
  await new Promise((resolve) => setImmediate(resolve));
  if (name) (gcPerOp[name] ??= []).push(((gcMs - gcBefore) * 1000) / ops);
  return (used.user + used.system) / ops;
}

/** Promises created and bytes allocated (sampled, collected objects included) per operation: unlike CPU time, load does not move them. */
async function countsPerOp(op: Op, ops: number, inspector: Session): Promise<{ promises: number; kb: number }> {
  let promises = 0;
  const hook = createHook({ init: (_id, type) => void (type === 'PROMISE' && (promises += 1)) });
  hook.enable();
  for (let i = 0; i < ops; i++) await op();
  hook.disable();
  const perOp = promises / ops;
  await inspector.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await cpuPerOp(op, ops);
  const { profile } = await inspector.post('HeapProfiler.stopSampling');
  let bytes = 0;
  const visit = (node: { selfSize: number; children: unknown[] }) => {
    bytes += node.selfSize;
    for (const child of node.children) visit(child as typeof node);
  };
  visit(profile.head as never);
  return { promises: perOp, kb: bytes / ops / 1024 };
}

/** Where one layer's allocations come from: bytes per operation by package and by function (self), largest first. */
async function attribute(op: Op, inspector: Session): Promise<void> {
  const ops = 300;
  await inspector.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < ops; i++) await op();
  const { profile } = await inspector.post('HeapProfiler.stopSampling');
  type Node = { selfSize: number; children: Node[]; callFrame: { functionName: string; url: string; lineNumber: number } };
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const owner = (url: string) =>
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.includes('/dist/src/') ? 'storygraph' : url.startsWith('node:') ? 'node' : url || '(vm)');
  const visit = (node: Node, stack: string[]) => {
    const here = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.replace(/.*node_modules\//, '').replace(/.*dist\//, '')}:${node.callFrame.lineNumber}`;
    if (node.selfSize) {
      byPackage.set(owner(node.callFrame.url), (byPackage.get(owner(node.callFrame.url)) ?? 0) + node.selfSize);
      byFunction.set(here + '  <- ' + stack.slice(-3).join(' <- '), (byFunction.get(here + '  <- ' + stack.slice(-3).join(' <- ')) ?? 0) + node.selfSize);
    }
    for (const child of node.children) visit(child, [...stack, node.callFrame.functionName || '(anon)']);
  };
  visit(profile.head as unknown as Node, []);
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${(v / ops / 1024).toFixed(1).padStart(6)} KB  ${k}`);
  console.log(['  by package:', ...top(byPackage, 15), '  by function:', ...top(byFunction, 40)].join('\n'));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One keep-alive client for every HTTP layer, so its cost is the same in each. */
function client(port: number, path: string, body: string): Op {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const length = Buffer.byteLength(body);
  return () =>
    new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': length } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks)}`)),
          );
        },
      );
      req.once('error', reject);
      req.end(body);
    });
}

async function listen(handler: http.RequestListener): Promise<{ port: number; server: http.Server }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, server };
}

interface Captured {
  cypher: string;
  params: Record<string, unknown>;
}

/** The driver, with every statement run in a read (auto-commit, or a transaction function) written down. */
function capturing(driver: Driver, sink: Captured[]): Driver {
  const bind = (target: object, property: string | symbol) => {
    const value = Reflect.get(target, property, target) as unknown;
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const writingDown = <R extends { run: (cypher: string, params?: Record<string, unknown>, ...rest: never[]) => unknown }>(runner: R): R =>
    new Proxy(runner, {
      get(t, p) {
        if (p === 'run')
          return (cypher: string, params: Record<string, unknown>, ...rest: never[]) => {
            sink.push({ cypher, params });
            return t.run(cypher, params, ...rest);
          };
        return bind(t, p);
      },
    });
  return new Proxy(driver, {
    get(target, property) {
      if (property !== 'session') return bind(target, property);
      return (config: Parameters<Driver['session']>[0]) => {
        const session = target.session(config);
        const executeRead = session.executeRead.bind(session);
        session.executeRead = ((work: (tx: unknown) => unknown, txConfig: unknown) =>
          executeRead((tx) => work(writingDown(tx)) as Promise<unknown>, txConfig as never)) as never;
        return writingDown(session);
      };
    },
  });
}

async function main(): Promise<void> {
  // As the benchmark peers run (bench/suite/peers.ts): request log lines are info, so not written.
  setLogLevel('warn');
  const db = await openBenchDatabase(values['data-dir']);
  const servers: http.Server[] = [];
  let stopStorygraph: (() => Promise<void>) | undefined;
  try {
    const graph = await ensureGraph(new Executor(db.driver, db.database), Number(values.stories), 1, (l) => console.error(l));
    const schema = await buildAppSchema();
    const reader = anonymous(Role.reader, Tlp.RED);
    const limits = DEFAULT_LIMITS;
    const armor = operationLimits(limits, true);
    const apollo = (plugins: 'bare' | 'armor' | 'gate' | 'all') => {
      const extra = {
        bare: [],
        armor: [...armor.plugins],
        gate: [...armor.plugins, operationGatePlugin({ maxCost: limits.maxCost, gate: new AdmissionGate(DEFAULT_ADMISSION) })],
        all: [
          ...armor.plugins,
          operationGatePlugin({ maxCost: limits.maxCost, gate: new AdmissionGate(DEFAULT_ADMISSION) }),
          queryStatsPlugin(),
          responseSizePlugin(limits.maxResponseBytes),
          requestObservabilityPlugin(),
        ],
      }[plugins];
      return new ApolloServer<Context>({
        schema,
        formatError,
        introspection: false,
        validationRules: plugins === 'bare' ? [] : armor.validationRules,
        parseOptions: { maxTokens: limits.maxTokens },
        plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), ...extra],
      });
    };
    const apollos = { bare: apollo('bare'), armor: apollo('armor'), gate: apollo('gate'), all: apollo('all') };
    for (const a of Object.values(apollos)) await a.start();

    const config = loadConfig({ ...process.env, ANONYMOUS_ROLE: 'reader', ANONYMOUS_CLEARANCE: 'RED' });
    const storygraph = await startServer({
      config: { ...config, host: '127.0.0.1', port: 0, nodeEnv: 'production', queryStats: true, writeToken: undefined },
      driver: db.driver,
      database: db.database,
    });
    const unmetered = await startServer({
      config: { ...config, host: '127.0.0.1', port: 0, nodeEnv: 'production', queryStats: true, writeToken: undefined, metrics: false },
      driver: db.driver,
      database: db.database,
    });
    stopStorygraph = () => Promise.all([storygraph.stop(), unmetered.stop()]).then(() => undefined);
    const peer = await listen(cypherPeerHandler(db.driver, db.database));
    servers.push(peer.server);

    const context = () =>
      createContext(db.driver, db.database, reader, { signal: new AbortController().signal, deadline: Date.now() + limits.requestTimeoutMs });
    for (const q of QUERIES.filter((x) => values.only!.split(',').includes(x.id))) {
      const request = q.request('storygraph', graph.targets);
      const peerRequest = q.request('cypher', graph.targets);
      const body = request.body as { query: string; variables: Record<string, unknown> };
      const document: DocumentNode = parse(body.query);
      const text = JSON.stringify(body);

      // What storygraph sends to Neo4j for this request, and what it answers.
      const sink: Captured[] = [];
      const captured = await execute({
        schema,
        document,
        variableValues: body.variables,
        contextValue: createContext(capturing(db.driver, sink), db.database, reader),
      });
      if (captured.errors) throw new Error(`${q.id}: ${JSON.stringify(captured.errors)}`);
      const answer = (await client(storygraph.port, '/graphql', text)()) as Buffer;
      const echo = await listen((req, res) => {
        req.resume();
        req.on('end', () => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(answer);
        });
      });
      servers.push(echo.server);

      const headers = new HeaderMap([['content-type', 'application/json']]);
      const viaApollo = (a: ApolloServer<Context>) => () =>
        a.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: 'POST', headers, search: '', body }, context: async () => context() });
      const executor = () =>
        new Executor(db.driver, db.database, {
          signal: new AbortController().signal,
          deadline: Date.now() + limits.requestTimeoutMs,
          clearance: FULL_CLEARANCE,
        });
      /** The captured statements straight through the driver, one session each, with or without the bookmark manager. */
      const bareDriver =
        (bookmarks: boolean, run: (session: DriverSession, s: Captured) => Promise<QueryResult<RecordShape>>): Op =>
        async () => {
          for (const s of sink) {
            const bookmarkManager = bookmarks ? db.driver.executeQueryBookmarkManager : undefined;
            const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ, bookmarkManager });
            try {
              (await run(session, s)).records.map((r) => recordToPlain(r));
            } finally {
              await session.close();
            }
          }
        };
      const layers: Record<string, Op> = {
        'http storygraph (server + client)': client(storygraph.port, '/graphql', text),
        'http storygraph without metrics (server + client)': client(unmetered.port, '/graphql', text),
        'http Cypher peer (server + client)': client(peer.port, peerRequest.path, JSON.stringify(peerRequest.body)),
        'http echo of the same answer (client + bare server)': client(echo.port, '/graphql', text),
        'apollo HTTP request, all plugins': viaApollo(apollos.all),
        'apollo HTTP request, armor + gate': viaApollo(apollos.gate),
        'apollo HTTP request, armor': viaApollo(apollos.armor),
        'apollo HTTP request, no plugins or rules': viaApollo(apollos.bare),
        'graphql-js execute (resolvers, services, executor, driver)': () =>
          Promise.resolve(execute({ schema, document, variableValues: body.variables, contextValue: context() })),
        ...(q.id === 'search'
          ? {
              'searchService.search (service, repository, executor, driver)': () =>
                searchService.search(
                  context(),
                  { query: body.variables.q as string, first: body.variables.first as number },
                  { id: {}, type: {}, score: {}, title: {} },
                ),
            }
          : {}),
        'Executor.read of the same statements': async () => {
          const e = executor();
          for (const s of sink) await e.read(s.cypher, s.params);
        },
        'Executor.read without a signal or deadline': async () => {
          const e = new Executor(db.driver, db.database, { clearance: FULL_CLEARANCE });
          for (const s of sink) await e.read(s.cypher, s.params);
        },
        'driver session.run (auto-commit), with the bookmark manager': bareDriver(true, (session, s) => session.run<RecordShape>(s.cypher, s.params)),
        'driver session.executeRead, with the bookmark manager': bareDriver(true, (session, s) =>
          session.executeRead((tx) => tx.run<RecordShape>(s.cypher, s.params)),
        ),
        'driver session.executeRead of the same statements (the peer way)': bareDriver(false, (session, s) =>
          session.executeRead((tx) => tx.run<RecordShape>(s.cypher, s.params)),
        ),
      };
      if (values.layers) for (const name of Object.keys(layers)) if (!values.layers.split(',').some((l) => name.includes(l))) delete layers[name];
      const results: Record<string, number[]> = {};
      for (const op of Object.values(layers)) await cpuPerOp(op, Math.min(500, OPS)); // warm-up
      for (let round = 0; round < ROUNDS; round++) for (const [name, op] of Object.entries(layers)) (results[name] ??= []).push(await cpuPerOp(op, OPS, name));
      console.log(`\n${q.id} (${sink.length} statement(s), answer ${answer.length} bytes), CPU µs per operation, median of ${ROUNDS} x ${OPS}`);
      const inspector = new Session();
      inspector.connect();
      if (values.attribute) {
        const name = Object.keys(layers).find((n) => n.includes(values.attribute!));
        if (!name) throw new Error(`--attribute ${values.attribute} names none of the layers: ${Object.keys(layers).join('; ')}`);
        await attribute(layers[name], inspector);
      }
      for (const [name, xs] of Object.entries(results)) {
        const { promises, kb } = await countsPerOp(layers[name], 200, inspector);
        console.log(
          `  ${median(xs).toFixed(0).padStart(6)} µs (gc ${median(gcPerOp[name]).toFixed(0).padStart(4)}) ${promises.toFixed(1).padStart(6)} promises ${kb.toFixed(0).padStart(5)} KB  ${name}   [${xs.map((x) => x.toFixed(0)).join(' ')}]`,
        );
      }
      inspector.disconnect();
    }
  } finally {
    for (const s of servers) s.close();
    await stopStorygraph?.();
    await db.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
