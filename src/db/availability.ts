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

/**
 * Makes every new session fail at once while Neo4j is not up. Without this each query would spend
 * the driver's whole retry window (seconds) reconnecting to a JVM that is known to be dead. The
 * check sits on the driver because every caller (the executor, health checks, scripts) opens
 * sessions through it; transactions already running keep the driver's retries, so a write in
 * flight when Neo4j dies is retried after the restart instead of being reported lost.
 */
export function guardDriver(driver: Driver, state: () => DatabaseState): Driver {
  const openSession = driver.session.bind(driver);
  driver.session = ((config) => {
    const now = state();
    if (now !== 'up') throw unavailable(now);
    return openSession(config);
  }) as Driver['session'];
  states.set(driver, state);
  return driver;
}
