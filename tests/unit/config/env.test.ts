import { ConfigError, loadConfig } from '../../../src/config/env';
import { configFailure } from '../../support/config';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j on port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.embedded.port).toBe(7687);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', /port number/],
    [{ PORT: '70000' }, 'PORT', /1 to 65535/],
    [{ NEO4J_URI: 'http://x' }, 'NEO4J_URI', /neo4j:\/\//],
    [{ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'secret' }, 'NEO4J_PASSWORD', /NEO4J_USER/],
    [{ NEO4J_USER: 'neo4j' }, 'NEO4J_USER', /NEO4J_URI/],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV', /development, test, production/],
    [{ SEED_ON_EMPTY: 'maybe' }, 'SEED_ON_EMPTY', /true or false/],
    [{ NEO4J_EMBEDDED_PORT: '-1' }, 'NEO4J_EMBEDDED_PORT', /port number/],
    [{ API_WRITE_TOKEN: 'short' }, 'API_WRITE_TOKEN', /at least 16/],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS', /origins such as https:/],
    [{ CORS_ORIGINS: 'https://a.example, https://b.example/path' }, 'CORS_ORIGINS', /b\.example\/path/],
    [{ ERROR_STACK_TRACES: 'sometimes' }, 'ERROR_STACK_TRACES', /true or false/],
    [{ SHUTDOWN_GRACE_MS: '-5' }, 'SHUTDOWN_GRACE_MS', /whole number from 0/],
    [{ REQUEST_TIMEOUT_MS: '10' }, 'REQUEST_TIMEOUT_MS', /from 100 to/],
    [{ MAX_QUERY_COST: '0' }, 'MAX_QUERY_COST', /whole number from 1/],
    [{ MAX_ALIASES: 'many' }, 'MAX_ALIASES', /whole number/],
    [{ MAX_QUERY_DEPTH: '0' }, 'MAX_QUERY_DEPTH', /from 1 to 100/],
    [{ MAX_QUERY_TOKENS: '1.5' }, 'MAX_QUERY_TOKENS', /whole number/],
    [{ MAX_DIRECTIVES: '' + 1e6 }, 'MAX_DIRECTIVES', /from 0 to 1000/],
    [{ MAX_RESPONSE_BYTES: '100' }, 'MAX_RESPONSE_BYTES', /from 1024/],
    [{ MAX_CONCURRENT_OPERATIONS: '0' }, 'MAX_CONCURRENT_OPERATIONS', /from 1/],
    [{ MAX_QUEUED_OPERATIONS: 'x' }, 'MAX_QUEUED_OPERATIONS', /whole number/],
    [{ QUEUE_TIMEOUT_MS: '70000' }, 'QUEUE_TIMEOUT_MS', /0 to 60000/],
  ])('rejects %j naming %s', (env, variable, reason) => {
    const err = configFailure(env as Record<string, string>);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.variable).toBe(variable);
    expect(err.message.startsWith(variable)).toBe(true);
    expect(err.message).toMatch(reason);
  });

  it('has secure and bounded defaults: no CORS origin, no stack traces, limits, a 30 s deadline and grace period', () => {
    const config = loadConfig({});
    expect(config.corsOrigins).toEqual([]);
    expect(config.stackTraces).toBe(false);
    expect(config.shutdownGraceMs).toBe(30000);
    expect(config.limits).toEqual({
      maxAliases: 15,
      maxDepth: 15,
      maxTokens: 5000,
      maxDirectives: 20,
      maxCost: 50000,
      maxResponseBytes: 10485760,
      requestTimeoutMs: 30000,
    });
    expect(config.admission).toEqual({ maxConcurrent: 16, maxQueued: 64, queueTimeoutMs: 3000 });
  });

  it('reads the edge settings', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://app.example.org, http://localhost:3000',
      ERROR_STACK_TRACES: 'true',
      MAX_QUERY_COST: '1000',
      REQUEST_TIMEOUT_MS: '5000',
      MAX_QUEUED_OPERATIONS: '0',
    });
    expect(config.corsOrigins).toEqual(['https://app.example.org', 'http://localhost:3000']);
    expect(config.stackTraces).toBe(true);
    expect(config.limits.maxCost).toBe(1000);
    expect(config.limits.requestTimeoutMs).toBe(5000);
    expect(config.admission.maxQueued).toBe(0);
    expect(Object.isFrozen(config.limits)).toBe(true);
  });

  it.each(['neo4j://cluster.example:7687', 'neo4j+s://abcd.databases.neo4j.io', 'bolt://localhost:7687', 'bolt+s://db.example'])('accepts %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw' }).neo4j.uri).toBe(uri);
  });
});
