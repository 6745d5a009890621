import { Driver } from 'neo4j-driver';
import { Executor } from '../db/executor';
import { createLoaders, Loaders } from './loaders';

/** Everything a resolver may use during one request; loaders and the executor never outlive it. */
export interface Context {
  executor: Executor;
  loaders: Loaders;
  /** Whether this request may run mutations (see auth.ts). */
  canWrite: boolean;
}

export function createContext(driver: Driver, database: string, canWrite = true): Context {
  const executor = new Executor(driver, database);
  return { executor, loaders: createLoaders(executor), canWrite };
}
