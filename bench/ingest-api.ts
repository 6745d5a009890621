import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { fromRoot } from '../src/config/paths';
import { Executor } from '../src/db/executor';
import { applyMigrations } from '../src/db/migrations';
import { cardToStoryInput, StoryDraft } from '../src/ingest/assemble/card-to-story';
import { loadReference } from '../src/ingest/recognise';
import { apiKeyService } from '../src/modules/identity/api-key.service';
import { Role } from '../src/modules/identity/identity.roles';
import { Tlp } from '../src/modules/shared/tlp';
import { MAX_STORIES_PER_CALL } from '../src/modules/story/story.service';
import { generateCard } from './card-generator';
import { openBenchDatabase } from './graph/database';
import { peerEnv, peerGroup, startPeer } from './suite/peers';
import { machine, revision } from './suite/revision';

/**
 * npm run bench:ingest-api [-- count] [--clients N] [--per-call N]: the API's batch mutation
 * `ingestStories` at volume, next to the CLI's rate (bench:ingest). Generates `count` cards (default
 * 20000) and turns them into StoryInputs before the clock starts, as a client tool holds its stories;
 * starts storygraph in its own process (production mode, as deployed) on a fresh embedded Neo4j and
 * makes an editor's API key the way `npm run keys` does; posts the
 * inputs `per-call` at a time (default: the mutation's limit) from `clients` concurrent clients
 * (default 2), then posts them all again (the replay must create nothing). A call stopped at the
 * server's deadline (retryable, nothing written) is sent again and counted. Progress on stderr; the
 * result in bench/results/ingest-api.json.
 */
const MUTATION = `mutation Ingest($inputs: [StoryInput!]!) {
  ingestStories(inputs: $inputs) { index error { code message } result { created { claims sources entities stories } } }
}`;

interface Entry {
  index: number;
  error: { code: string; message: string } | null;
  result: { created: { claims: number; sources: number; entities: number; stories: number } } | null;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

function options() {
  const { values, positionals } = parseArgs({
    options: { clients: { type: 'string', default: '2' }, 'per-call': { type: 'string', default: String(MAX_STORIES_PER_CALL) } },
    allowPositionals: true,
  });
  const num = (value: string | undefined, name: string, min: number, max = Infinity) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
    return n;
  };
  return {
    count: num(positionals[0] ?? '20000', 'count', 1),
    clients: num(values.clients, '--clients', 1, 16),
    perCall: num(values['per-call'], '--per-call', 1, MAX_STORIES_PER_CALL),
  };
}

type Answer = { data?: { ingestStories: Entry[] }; errors?: { extensions?: { retryable?: boolean } }[] };

/** One call; a call the server stopped as retryable (its deadline, nothing written) is sent again, as a client would. */
async function post(base: string, key: string, inputs: StoryDraft[], retried: { calls: number }): Promise<Entry[]> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: MUTATION, variables: { inputs } }),
    });
    const body = (await res.json()) as Answer;
    if (body.data) return body.data.ingestStories;
    if (attempt < 3 && body.errors?.every((e) => e.extensions?.retryable)) {
      retried.calls += 1;
      continue;
    }
    throw new Error(`ingestStories answered ${res.status}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  }
}

/** Every input once, `perCall` per request, `clients` requests in flight; counts what landed and what was created. */
async function pass(base: string, key: string, inputs: StoryDraft[], opts: ReturnType<typeof options>, label: string) {
  const calls = Array.from({ length: Math.ceil(inputs.length / opts.perCall) }, (_, i) => inputs.slice(i * opts.perCall, (i + 1) * opts.perCall));
  const created = { stories: 0, claims: 0, sources: 0, entities: 0 };
  const retried = { calls: 0 };
  let [next, done, failed, landedClaims] = [0, 0, 0, 0];
  const began = Date.now();
  let shown = 0;
  const client = async () => {
    while (next < calls.length) {
      const batch = calls[next++];
      const entries = await post(base, key, batch, retried);
      for (const e of entries) {
        if (e.error) {
          failed += 1;
          if (failed <= 5) log(`${label}: story ${e.index} refused: ${e.error.code} ${e.error.message}`);
          continue;
        }
        landedClaims += batch[e.index].claims.length;
        for (const k of Object.keys(created) as (keyof typeof created)[]) created[k] += e.result!.created[k];
      }
      done += batch.length;
      const seconds = (Date.now() - began) / 1000;
      if (done - shown >= inputs.length / 20 || done === inputs.length) {
        shown = done;
        const eta = ((inputs.length - done) * seconds) / done;
        log(
          `${label}: ${done}/${inputs.length} stories, ${(done / seconds).toFixed(0)} stories/s, ${(landedClaims / seconds).toFixed(0)} claims/s, ETA ${eta.toFixed(0)} s`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, client));
  const seconds = (Date.now() - began) / 1000;
  return {
    seconds: Math.round(seconds * 10) / 10,
    storiesPerSecond: Math.round(inputs.length / seconds),
    claimsPerSecond: Math.round(landedClaims / seconds),
    claims: landedClaims,
    failed,
    retriedCalls: retried.calls,
    created,
  };
}

async function main(): Promise<void> {
  const opts = options();
  const reference = loadReference();
  log(`generating ${opts.count} cards and their StoryInputs (not timed)`);
  const inputs = Array.from({ length: opts.count }, (_, i) => cardToStoryInput(generateCard(i), { file: `card-${i}.txt`, reference }));

  const db = await openBenchDatabase();
  const { peers, cleanup } = peerGroup(db);
  try {
    const executor = new Executor(db.driver, db.database);
    await applyMigrations(executor);
    const { key } = await apiKeyService.create(executor, { name: 'bench:ingest-api', role: Role.editor, clearance: Tlp.RED }, 'cli');
    peers.push(await startPeer('storygraph', peerEnv(db)));
    const base = peers[0].base;
    const first = await pass(base, key, inputs, opts, 'import');
    const replay = await pass(base, key, inputs, opts, 'replay');
    const result = {
      date: new Date().toISOString(),
      machine: machine(),
      node: process.version,
      storygraph: revision(),
      neo4j: db.description,
      cards: opts.count,
      clients: opts.clients,
      storiesPerCall: opts.perCall,
      firstImport: first,
      replay,
    };
    fs.mkdirSync(fromRoot('bench', 'results'), { recursive: true });
    fs.writeFileSync(fromRoot('bench', 'results', 'ingest-api.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
    if (first.failed || replay.failed || replay.created.claims || replay.created.stories || replay.created.entities) process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
