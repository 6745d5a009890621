import { buildSchema, GraphQLError, parse, validate } from 'graphql';
import { DEFAULT_LIMITS } from '../../../src/config/env';
import { AdmissionGate } from '../../../src/graphql/limits/admission';
import { operationLimits, tokenLimitError } from '../../../src/graphql/limits/operation-limits';
import { jsonBytes } from '../../../src/graphql/limits/response-size';

describe('jsonBytes', () => {
  it.each([[{ a: 1, b: [true, null, 'x'], c: { d: 'é€' } }], [[]], [{}], ['plain'], [[1, [2, [3]]]]])(
    'is the UTF-8 length of JSON.stringify for %j',
    (value) => {
      expect(jsonBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value)));
    },
  );

  it('skips undefined properties like JSON does', () => {
    expect(jsonBytes({ a: undefined, b: 1 })).toBe(JSON.stringify({ b: 1 }).length);
  });

  it('stops counting soon after the limit', () => {
    const huge = Array.from({ length: 100000 }, (_, i) => ({ id: `claim:${i}`, text: 'x'.repeat(100) }));
    const counted = jsonBytes(huge, 1000);
    expect(counted).toBeGreaterThan(1000);
    expect(counted).toBeLessThan(2000);
  });
});

describe('operation limits (graphql-armor rules)', () => {
  const schema = buildSchema('type Query { a(n: Int): A } type A { b: A c: Int }');
  const errors = (query: string, limits = {}) =>
    validate(schema, parse(query), operationLimits({ ...DEFAULT_LIMITS, ...limits }, false).validationRules) as GraphQLError[];

  it('names the limit, its maximum and what was found', () => {
    const [aliases] = errors('{ x: a { c } y: a { c } z: a { c } }', { maxAliases: 2 });
    expect(aliases.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'aliases', max: 2, actual: 3 });
    expect(aliases.message).toMatch(/3 aliases; at most 2 .*MAX_ALIASES/);
    const [depth] = errors('{ a { b { b { c } } } }', { maxDepth: 3 });
    expect(depth.extensions).toMatchObject({ limit: 'depth', max: 3, actual: 4 });
    expect(depth.message).toMatch(/4 levels deep; at most 3/);
    const [directives] = errors('{ a @skip(if: false) { c @include(if: true) } }', { maxDirectives: 1 });
    expect(directives.extensions).toMatchObject({ limit: 'directives', max: 1, actual: 2 });
  });

  it('does not count fragments as levels', () => {
    expect(errors('{ a { ... on A { b { c } } } }', { maxDepth: 3 })).toEqual([]);
  });

  it('recognises graphql-js refusing a document over maxTokens, and nothing else', () => {
    let message = '';
    try {
      parse('{ a { b { b { c } } } }', { maxTokens: 5 });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(tokenLimitError(message)?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'tokens', max: 5 });
    expect(tokenLimitError('Syntax Error: Expected Name, found "}".')).toBeUndefined();
  });
});

describe('AdmissionGate', () => {
  it('admits up to the maximum, queues, hands slots over in order and refuses beyond the queue', async () => {
    const gate = new AdmissionGate({ maxConcurrent: 2, maxQueued: 1, queueTimeoutMs: 10000 });
    const a = await gate.acquire();
    await gate.acquire();
    const queued = gate.acquire();
    expect(gate.load).toEqual({ running: 2, queued: 1 });
    await expect(gate.acquire()).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } });
    a();
    a(); // twice is harmless
    const c = await queued;
    expect(gate.load).toEqual({ running: 2, queued: 0 });
    c();
    expect(gate.load).toEqual({ running: 1, queued: 0 });
  });

  it('gives up on a waiter after the queue timeout, and on an aborted one at once', async () => {
    const gate = new AdmissionGate({ maxConcurrent: 1, maxQueued: 5, queueTimeoutMs: 1 });
    await gate.acquire();
    await expect(gate.acquire()).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    const controller = new AbortController();
    const slow = new AdmissionGate({ maxConcurrent: 1, maxQueued: 5, queueTimeoutMs: 60000 });
    await slow.acquire();
    const waiting = slow.acquire(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    expect(slow.load).toEqual({ running: 1, queued: 0 });
  });
});
