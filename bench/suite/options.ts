import { parseArgs } from 'node:util';
import { QUERIES } from './query-set';

/**
 * The flags of the benchmarks that ask the query set of all three systems (bench:queries, bench:cpu):
 * --stories --seconds --rounds --connections --warmup --seed --data-dir --only Q1,Q2
 */
export function queryBenchOptions() {
  const { values } = parseArgs({
    options: {
      stories: { type: 'string', default: '1000' },
      seconds: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      warmup: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'data-dir': { type: 'string' },
      only: { type: 'string' },
    },
  });
  const num = (name: keyof typeof values, min: number) => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number of at least ${min} (got "${values[name]}")`);
    return n;
  };
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : QUERIES.map((q) => q.id);
  const unknown = only.filter((id) => !QUERIES.some((q) => q.id === id));
  if (unknown.length) throw new Error(`--only: unknown queries ${unknown.join(', ')} (known: ${QUERIES.map((q) => q.id).join(', ')})`);
  const seconds = num('seconds', 1);
  return {
    stories: num('stories', 100),
    seconds,
    rounds: num('rounds', 1),
    connections: num('connections', 1),
    seed: num('seed', 0),
    warmup: values.warmup !== undefined ? num('warmup', 0) : Math.min(2, seconds),
    dataDir: values['data-dir'],
    only,
  };
}
