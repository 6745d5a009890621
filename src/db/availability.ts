import { setMaxListeners } from 'node:events';
import { Driver } from 'neo4j-driver';
import { AppError } from '../errors/app-error';

/** What the service knows about its Neo4j: `starting` covers the first start and every restart. */
export type DatabaseState = 'up' | 'down' | 'starting';

const states = new WeakMap<Driver, () => DatabaseState>();

/** The state registered for this driver by the supervisor; undefined for an external Neo4j we cannot watch. */
export function stateOf(driver: Driver): (() => DatabaseState) | undefined {
  return states.get(driver);
}

export function unavailable(state: DatabaseState): AppError {
  return new AppError('SERVICE_UNAVAILABLE', `The graph database is ${state === 'starting' ? 'restarting' : 'down'}; try again shortly`);
}

/** Where a guarded driver keeps its outage signal (a symbol: it reads through wrappers such as metrics' Proxy). */
const OUTAGE = Symbol('storygraph.outage');

/**
 * Aborts when the supervised Neo4j goes down: reads in flight then fail at once with
 * SERVICE_UNAVAILABLE instead of spending the driver's retry window on a dead JVM. Undefined for an
 * external Neo4j, whose crashes the service cannot see.
 */
export function outageSignal(driver: Driver): AbortSignal | undefined {
  return (driver as unknown as Record<symbol, (() => AbortSignal) | undefined>)[OUTAGE]?.();
}

/**
 * Makes every new session fail at once while Neo4j is not up. Without this each query would spend
 * the driver's whole retry window (seconds) reconnecting to a JVM that is known to be dead. The
 * check sits on the driver because every caller (the executor, health checks, scripts) opens
 * sessions through it. Reads already running are stopped through `outageSignal`; writes keep the
 * driver's retries, so a write in flight when Neo4j dies is retried after the restart instead of
 * being reported lost.
 */
export function guardDriver(driver: Driver, state: () => DatabaseState, onDown?: (listener: () => void) => void): Driver {
  const openSession = driver.session.bind(driver);
  driver.session = ((config) => {
    const now = state();
    if (now !== 'up') throw unavailable(now);
    return openSession(config);
  }) as Driver['session'];
  states.set(driver, state);
  if (onDown) {
    // Every read in flight listens to the same signal: hundreds at a time is normal, not a leak.
    const fresh = () => {
      const controller = new AbortController();
      setMaxListeners(0, controller.signal);
      return controller;
    };
    let outage = fresh();
    onDown(() => {
      outage.abort();
      outage = fresh();
    });
    // Configurable: wrappers (metrics' Proxy) hand back a bound copy, which a frozen property would forbid.
    Object.defineProperty(driver, OUTAGE, { value: () => outage.signal, configurable: true });
  }
  return driver;
}
