import fs from 'node:fs';
import path from 'node:path';
import { Role, ROLES } from '../modules/identity/identity.roles';
import { parseTlp, Tlp } from '../modules/shared/tlp';
import { defaultPageCache, machineMemory } from './page-cache';
import { parseEnv } from 'node:util';

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
  /** Prometheus metrics at GET /metrics (README "Operations": keep it off the public network). */
  readonly metrics: boolean;
  /** Deprecated: when set, `Authorization: Bearer <token>` acts as an editor (identity "write-token"); use API keys. */
  readonly writeToken?: string;
  /** Who may do what (README "Access control"). */
  readonly auth: AuthConfig;
  /** Origins allowed to call the API from a browser; empty: no CORS headers at all. */
  readonly corsOrigins: readonly string[];
  /** Stack traces in error responses: only when explicitly asked for, never by default. */
  readonly stackTraces: boolean;
  /** How long in-flight requests may finish after SIGTERM/SIGINT before connections are cut. */
  readonly shutdownGraceMs: number;
  readonly limits: Limits;
  readonly admission: Admission;
}

/** How requests prove who they are; API keys need no setting (they live in the graph). */
export interface AuthConfig {
  /** The role of requests without credentials; unset: they are refused with UNAUTHENTICATED. */
  readonly anonymousRole?: Role;
  /** The highest marking requests without credentials read (ANONYMOUS_CLEARANCE); absent: CLEAR. */
  readonly anonymousClearance?: Tlp;
  readonly oidc?: OidcConfig;
}

/** JWT bearer tokens from an OpenID Connect provider, checked against its published keys. */
export interface OidcConfig {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: string;
  /** Claim holding the role(s), e.g. "roles" or "realm_access.roles" (a dotted path); the highest known role wins. */
  readonly roleClaim: string;
  /** Claim holding the clearance, e.g. "clearance" or "ext.tlp" ("TLP:AMBER", "AMBER+STRICT"; a list: the highest). */
  readonly clearanceClaim: string;
  /** The clearance of a token without that claim (OIDC_DEFAULT_CLEARANCE). */
  readonly defaultClearance: Tlp;
}

/** Per-operation limits, checked before anything runs (all but the deadline and response size). */
export interface Limits {
  readonly maxAliases: number;
  readonly maxDepth: number;
  readonly maxTokens: number;
  readonly maxDirectives: number;
  /** See src/graphql/limits/cost.estimator.ts for what one unit is. */
  readonly maxCost: number;
  readonly maxResponseBytes: number;
  readonly requestTimeoutMs: number;
}

/** How many GraphQL operations run at once, and how many may wait (briefly) for a turn. */
export interface Admission {
  readonly maxConcurrent: number;
  readonly maxQueued: number;
  readonly queueTimeoutMs: number;
}

/** Defaults chosen so every README example and test query passes with a wide margin (README "Limits"). */
export const DEFAULT_LIMITS: Limits = Object.freeze({
  maxAliases: 15,
  maxDepth: 15,
  maxTokens: 5000,
  maxDirectives: 20,
  maxCost: 50000,
  maxResponseBytes: 10 * 1024 * 1024,
  requestTimeoutMs: 30000,
});

export const DEFAULT_ADMISSION: Admission = Object.freeze({ maxConcurrent: 16, maxQueued: 64, queueTimeoutMs: 3000 });

export const DEFAULT_SHUTDOWN_GRACE_MS = 30000;

/** The embedded Neo4j's JVM options unless NEO4J_EMBEDDED_JAVA_OPTS says otherwise. */
export const DEFAULT_JAVA_OPTS = '-Xms256m -Xmx1g';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
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

function integer(env: Env, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

/** Comma-separated browser origins such as https://app.example.org; "*" is refused on purpose. */
function origins(env: Env, name: string): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  const list = raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of list) {
    if (!/^https?:\/\/[^/\s]+$/i.test(origin)) {
      throw new ConfigError(name, `must list origins such as https://app.example.org, comma-separated, without paths (got "${origin}")`);
    }
  }
  return list;
}

/** A claim name or a dotted path into the token's payload. */
const CLAIM_PATH = /^[A-Za-z0-9_:/-]+(\.[A-Za-z0-9_:/-]+)*$/;

function clearance(env: Env, name: string, fallback: Tlp): Tlp {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const found = parseTlp(raw);
  if (!found) throw new ConfigError(name, `must be a TLP marking: CLEAR, GREEN, AMBER, AMBER+STRICT or RED (got "${raw}")`);
  return found;
}

/**
 * Anonymous access is off unless ANONYMOUS_ROLE says otherwise; only in development is it `reader`
 * by default (the quick start's curl works; writes need the key printed at first start). Production
 * never grants more than `reader` to anonymous requests.
 */
function authConfig(env: Env, nodeEnv: Config['nodeEnv']): AuthConfig {
  const anonymousRaw = env.ANONYMOUS_ROLE;
  let anonymousRole: Role | undefined = nodeEnv === 'development' ? Role.reader : undefined;
  if (anonymousRaw === 'none') anonymousRole = undefined;
  else if (anonymousRaw) anonymousRole = oneOf(env, 'ANONYMOUS_ROLE', [...ROLES, 'none'] as const, Role.reader) as Role;
  if (nodeEnv === 'production' && anonymousRole && anonymousRole !== Role.reader) {
    throw new ConfigError('ANONYMOUS_ROLE', `may only be reader or none in production (got "${anonymousRaw}")`);
  }
  const issuer = env.OIDC_ISSUER || undefined;
  const audience = env.OIDC_AUDIENCE || undefined;
  const jwksUrl = env.OIDC_JWKS_URL || undefined;
  const anonymousClearance = clearance(env, 'ANONYMOUS_CLEARANCE', Tlp.CLEAR);
  if (!issuer && !audience && !jwksUrl) return Object.freeze({ anonymousRole, anonymousClearance });
  for (const [name, value] of [
    ['OIDC_ISSUER', issuer],
    ['OIDC_AUDIENCE', audience],
    ['OIDC_JWKS_URL', jwksUrl],
  ] as const) {
    if (!value) throw new ConfigError(name, 'must be set too: OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL go together');
  }
  const jwks = /^(https?):\/\/([^/:\s]+)(?::\d+)?\/\S*$/i.exec(jwksUrl!);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(jwks?.[2].toLowerCase() ?? '');
  if (!jwks || (jwks[1].toLowerCase() !== 'https' && !loopback)) {
    throw new ConfigError(
      'OIDC_JWKS_URL',
      `must be an https URL such as https://idp.example.org/.well-known/jwks.json (http only on localhost; got "${jwksUrl}")`,
    );
  }
  const roleClaim = env.OIDC_ROLE_CLAIM || 'roles';
  if (!CLAIM_PATH.test(roleClaim)) {
    throw new ConfigError('OIDC_ROLE_CLAIM', `must be a claim name or a dotted path such as realm_access.roles (got "${roleClaim}")`);
  }
  const clearanceClaim = env.OIDC_CLEARANCE_CLAIM || 'clearance';
  if (!CLAIM_PATH.test(clearanceClaim)) {
    throw new ConfigError('OIDC_CLEARANCE_CLAIM', `must be a claim name or a dotted path such as ext.clearance (got "${clearanceClaim}")`);
  }
  const defaultClearance = clearance(env, 'OIDC_DEFAULT_CLEARANCE', Tlp.CLEAR);
  return Object.freeze({
    anonymousRole,
    anonymousClearance,
    oidc: Object.freeze({ issuer: issuer!, audience: audience!, jwksUrl: jwksUrl!, roleClaim, clearanceClaim, defaultClearance }),
  });
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

/**
 * Adds the variables of a .env file (default: the one in the working directory, as npm scripts
 * and the Docker image run there) to `env`, without overriding what is already set: a real
 * environment variable always wins over the file. No file, nothing to do. Returns the names added.
 */
export function loadEnvFile(file = path.resolve('.env'), env: Env = process.env): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ConfigError(file, `cannot be read: ${(err as Error).message}`);
  }
  const added: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    added.push(name);
  }
  return added;
}

/** process.env with the .env file loaded under it (once per process: later edits to the file are not picked up). */
let envFileLoaded = false;
function processEnv(): Env {
  if (!envFileLoaded) {
    envFileLoaded = true;
    loadEnvFile();
  }
  return process.env;
}

/**
 * Reads and validates the environment; throws ConfigError naming the first bad variable. Without
 * an argument that is process.env after loading .env, so every entry point (server, CLI, scripts)
 * reads the same settings.
 */
export function loadConfig(env: Env = processEnv()): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const uri = neo4jUri(env);
  const user = env.NEO4J_USER || undefined;
  const password = env.NEO4J_PASSWORD || undefined;
  if (password && !user) throw new ConfigError('NEO4J_PASSWORD', 'is set but NEO4J_USER is not: set both or neither');
  if (user && !uri) throw new ConfigError('NEO4J_USER', 'is set but NEO4J_URI is not: credentials only apply to an external Neo4j');
  const database = env.NEO4J_DATABASE || 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database)) {
    throw new ConfigError('NEO4J_DATABASE', `must be a valid Neo4j database name (got "${database}")`);
  }
  const javaOpts = env.NEO4J_EMBEDDED_JAVA_OPTS || DEFAULT_JAVA_OPTS;
  const pageCache = env.NEO4J_EMBEDDED_PAGE_CACHE || defaultPageCache(machineMemory(), javaOpts);
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
    auth: authConfig(env, nodeEnv),
    host: env.HOST || '127.0.0.1',
    port: portNumber(env, 'PORT', 4000),
    neo4j: Object.freeze({ uri, user, password, database }),
    embedded: Object.freeze({
      port: portNumber(env, 'NEO4J_EMBEDDED_PORT', 7687),
      dataDir: path.resolve(env.NEO4J_DATA_DIR || '.neo4j/data'),
      pageCache,
      javaOpts,
    }),
    seedOnEmpty: bool(env, 'SEED_ON_EMPTY', true),
    queryStats: bool(env, 'QUERY_STATS', nodeEnv !== 'production'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    metrics: bool(env, 'METRICS_ENABLED', true),
    corsOrigins: Object.freeze(origins(env, 'CORS_ORIGINS')),
    stackTraces: bool(env, 'ERROR_STACK_TRACES', false),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', DEFAULT_SHUTDOWN_GRACE_MS, 0, 600000),
    limits: Object.freeze({
      maxAliases: integer(env, 'MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 1000),
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth, 1, 100),
      maxTokens: integer(env, 'MAX_QUERY_TOKENS', DEFAULT_LIMITS.maxTokens, 10, 1000000),
      maxDirectives: integer(env, 'MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives, 0, 1000),
      maxCost: integer(env, 'MAX_QUERY_COST', DEFAULT_LIMITS.maxCost, 1),
      maxResponseBytes: integer(env, 'MAX_RESPONSE_BYTES', DEFAULT_LIMITS.maxResponseBytes, 1024),
      requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs, 100, 3600000),
    }),
    admission: Object.freeze({
      maxConcurrent: integer(env, 'MAX_CONCURRENT_OPERATIONS', DEFAULT_ADMISSION.maxConcurrent, 1, 10000),
      maxQueued: integer(env, 'MAX_QUEUED_OPERATIONS', DEFAULT_ADMISSION.maxQueued, 0, 100000),
      queueTimeoutMs: integer(env, 'QUEUE_TIMEOUT_MS', DEFAULT_ADMISSION.queueTimeoutMs, 0, 60000),
    }),
  });
}
