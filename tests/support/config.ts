import { ConfigError, loadConfig } from '../../src/config/env';

/** The ConfigError `loadConfig` throws for `env`; fails the test when it accepts it. */
export function configFailure(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    return err as ConfigError;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}
