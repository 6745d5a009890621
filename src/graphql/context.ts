import { Driver } from 'neo4j-driver';
import { Executor } from '../db/executor';
import { Feed, SILENT_FEED } from '../modules/feed/feed.events';
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
  /** The live feed: services publish their committed writes to it, subscriptions read from it. */
  feed: Feed;
}

export interface RequestLimits {
  signal: AbortSignal;
  /** Epoch ms; no transaction is given more time than is left until then. */
  deadline?: number;
}

/**
 * Without limits (scripts, tests), the request never aborts; without an identity it acts as the system (admin);
 * without a feed, writes publish nothing (no server, nobody subscribed).
 */
export function createContext(
  driver: Driver,
  database: string,
  identity: Identity = SYSTEM,
  limits: RequestLimits = { signal: new AbortController().signal },
  feed: Feed = SILENT_FEED,
): Context {
  const executor = new Executor(driver, database, { signal: limits.signal, deadline: limits.deadline, clearance: clearanceRank(identity) });
  return { executor, loaders: createLoaders(executor), identity, signal: limits.signal, feed };
}

/** Loader sets per instant, for the current loaders of a request (a write replaces them, and with them these). */
const atInstants = new WeakMap<Loaders, Map<string, Loaders>>();

/** The loaders answering as of `asOf` (an ISO instant; README "As-of queries"), or the request's own without one. */
export function loadersAt(ctx: Context, asOf: string | undefined): Loaders {
  if (!asOf) return ctx.loaders;
  let byInstant = atInstants.get(ctx.loaders);
  if (!byInstant) atInstants.set(ctx.loaders, (byInstant = new Map()));
  let loaders = byInstant.get(asOf);
  if (!loaders) byInstant.set(asOf, (loaders = createLoaders(ctx.executor, asOf)));
  return loaders;
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
