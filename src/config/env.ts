import path from 'node:path';

/** Every setting the service reads, validated once at startup. */
export interface Config {
  readonly nodeEnv: 'development' | 'test' | 'production';
  readonly host: string;
  readonly port: number;
  /** Set when the user points us at their own Neo4j; unset means "start the embedded one". */
  readonly neo4j: {
    readonly uri?: string;
    readonly user?: string;
    readonly password?: string;
    readonly database: string;
  };
  readonly embedded: {
    readonly port: number;
    readonly dataDir: string;
    readonly pageCache: string;
    readonly javaOpts: string;
  };
  readonly seedOnEmpty: boolean;
  /** Adds Cypher round-trip counts to GraphQL response extensions (on outside production). */
  readonly queryStats: boolean;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** When set, mutations need `Authorization: Bearer <token>`; reads stay open. */
  readonly writeToken?: string;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`${variable} ${reason}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

function portNumber(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new ConfigError(name, `must be a port number from 1 to 65535 (got "${raw}")`);
  }
  return Number(raw);
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function neo4jUri(env: Env): string | undefined {
  const raw = env.NEO4J_URI;
  if (raw === undefined || raw === '') return undefined;
  const match = /^([a-z0-9+]+):\/\/[^/\s]+/i.exec(raw);
  if (!match || !NEO4J_SCHEMES.includes(match[1].toLowerCase())) {
    throw new ConfigError('NEO4J_URI', `must be a Neo4j URI such as neo4j://host:7687, neo4j+s://host or bolt://host:7687 (got "${raw}")`);
  }
  return raw;
}

/** Reads and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const uri = neo4jUri(env);
  const user = env.NEO4J_USER || undefined;
  const password = env.NEO4J_PASSWORD || undefined;
  if (password && !user) throw new ConfigError('NEO4J_PASSWORD', 'is set but NEO4J_USER is not: set both or neither');
  if (user && !uri) throw new ConfigError('NEO4J_USER', 'is set but NEO4J_URI is not: credentials only apply to an external Neo4j');
  const database = env.NEO4J_DATABASE || 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.\-]{2,62}$/.test(database)) {
    throw new ConfigError('NEO4J_DATABASE', `must be a valid Neo4j database name (got "${database}")`);
  }
  const pageCache = env.NEO4J_EMBEDDED_PAGE_CACHE || '128m';
  if (!/^\d+[kmg]?$/i.test(pageCache)) {
    throw new ConfigError('NEO4J_EMBEDDED_PAGE_CACHE', `must be a size such as 128m or 1g (got "${pageCache}")`);
  }

  const writeToken = env.API_WRITE_TOKEN || undefined;
  if (writeToken !== undefined && writeToken.length < 16) {
    throw new ConfigError('API_WRITE_TOKEN', 'must be at least 16 characters long');
  }

  return Object.freeze({
    nodeEnv,
    writeToken,
    host: env.HOST || '127.0.0.1',
    port: portNumber(env, 'PORT', 4000),
    neo4j: Object.freeze({ uri, user, password, database }),
    embedded: Object.freeze({
      port: portNumber(env, 'NEO4J_EMBEDDED_PORT', 7687),
      dataDir: path.resolve(env.NEO4J_DATA_DIR || '.neo4j/data'),
      pageCache,
      javaOpts: env.NEO4J_EMBEDDED_JAVA_OPTS || '-Xms256m -Xmx1g',
    }),
    seedOnEmpty: bool(env, 'SEED_ON_EMPTY', true),
    queryStats: bool(env, 'QUERY_STATS', nodeEnv !== 'production'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
  });
}
