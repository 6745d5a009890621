import { ConfigError, loadConfig } from '../../../src/config/env';

function failure(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    return err as ConfigError;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

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
  ])('rejects %j naming %s', (env, variable, reason) => {
    const err = failure(env as Record<string, string>);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.variable).toBe(variable);
    expect(err.message.startsWith(variable)).toBe(true);
    expect(err.message).toMatch(reason);
  });

  it.each(['neo4j://cluster.example:7687', 'neo4j+s://abcd.databases.neo4j.io', 'bolt://localhost:7687', 'bolt+s://db.example'])('accepts %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw' }).neo4j.uri).toBe(uri);
  });
});
