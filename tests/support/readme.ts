import { spawn, spawnSync, SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import { fromRoot } from '../../src/config/paths';
import { freePort } from '../../src/db/embedded';
import { GraphQLResponse } from './app';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export interface ReadmeExample {
  name: string;
  query: string;
}

/** Every ```graphql block of the README that follows an `<!-- example: name -->` marker. */
export function readmeExamples(): ReadmeExample[] {
  const text = fs.readFileSync(fromRoot('README.md'), 'utf8');
  const examples: ReadmeExample[] = [];
  const pattern = /<!-- example: ([\w-]+) -->\s*```graphql\n([\s\S]*?)```/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) examples.push({ name: match[1], query: match[2] });
  return examples;
}

/** Graphql blocks without a marker would go untested: the README test fails on them. */
export function unmarkedGraphqlBlocks(): number {
  const text = fs.readFileSync(fromRoot('README.md'), 'utf8');
  const all = text.match(/```graphql\n/g)?.length ?? 0;
  return all - readmeExamples().length;
}

/** The service as the quick start runs it (development, embedded settings aside), with the fixture graph loaded by its npm script. */
export interface QuickStart {
  /** Runs `npm run fixtures:load` (again). */
  loadFixtures(): SpawnSyncReturns<string>;
  gql(query: string): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

/**
 * `npm start` is `npm run build` then `node dist/src/main.js`; the build has run before the tests,
 * so the service is started directly. It talks to the tests' Neo4j (NEO4J_URI) on a free port.
 */
export async function startQuickStart(): Promise<QuickStart> {
  const port = await freePort();
  const env = { ...process.env, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: String(port) };
  const child = spawn('node', [fromRoot('dist', 'src', 'main.js')], { cwd: fromRoot(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let waited = 0; !output.includes('GraphQL API ready') && child.exitCode === null; waited += 200) {
    if (waited > 180000) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  if (!output.includes('GraphQL API ready')) {
    child.kill('SIGKILL');
    throw new Error(`the service did not start:\n${output}`);
  }
  // Printed on the first start of a graph without keys (README "Access control"); the writing examples need it.
  const key = /development admin key \(shown once\): (\S+)/.exec(output)?.[1];
  const loadFixtures = () => spawnSync(NPM, ['run', '--silent', 'fixtures:load'], { cwd: fromRoot(), env, encoding: 'utf8', timeout: 120000 });
  const loaded = loadFixtures();
  if (loaded.status !== 0) {
    child.kill('SIGKILL');
    throw new Error(`npm run fixtures:load failed (${loaded.status}):\n${loaded.stdout}\n${loaded.stderr}`);
  }
  return {
    loadFixtures,
    gql: async (query) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await res.json()) as GraphQLResponse;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
