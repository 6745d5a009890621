import { Driver } from 'neo4j-driver';
import { Executor } from '../db/executor';
import { clearanceRank, Identity, SYSTEM } from '../modules/identity/identity.type';
import { createLoaders, Loaders } from './loaders';

/** Everything a resolver may use during one request; loaders and the executor never outlive it. */
export interface Context {
  executor: Executor;
  loaders: Loaders;
  /** Who is asking: decides what they may do (auth.ts) and is recorded by writes (gradedBy, audit entries). */
  identity: Identity;
  /** Aborts at the request's deadline or when the client goes away (src/http/request-signal.ts). */
  signal: AbortSignal;
}

export interface RequestLimits {
  signal: AbortSignal;
  /** Epoch ms; no transaction is given more time than is left until then. */
  deadline?: number;
}

/** Without limits (scripts, tests), the request never aborts; without an identity it acts as the system (admin). */
export function createContext(
  driver: Driver,
  database: string,
  identity: Identity = SYSTEM,
  limits: RequestLimits = { signal: new AbortController().signal },
): Context {
  const executor = new Executor(driver, database, { signal: limits.signal, deadline: limits.deadline, clearance: clearanceRank(identity) });
  return { executor, loaders: createLoaders(executor), identity, signal: limits.signal };
}

/**
 * After a mutation, fields resolved below it (and later mutations of the same operation) must see
 * the new state: fresh loaders drop everything cached before the write.
 */
export async function afterWrite<T>(ctx: Context, write: Promise<T>): Promise<T> {
  const result = await write;
  ctx.loaders = createLoaders(ctx.executor);
  return result;
}
