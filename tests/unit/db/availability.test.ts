import { Driver } from 'neo4j-driver';
import { DatabaseState, guardDriver, stateOf } from '../../../src/db/availability';
import { AppError } from '../../../src/errors/app-error';

/** Just enough of a driver to see which sessions get through. */
function fakeDriver() {
  const opened: unknown[] = [];
  const driver = { session: (config: unknown) => (opened.push(config), { id: opened.length }) } as unknown as Driver;
  return { driver, opened };
}

describe('guardDriver', () => {
  it('opens sessions while Neo4j is up and refuses them at once with SERVICE_UNAVAILABLE otherwise', () => {
    let state: DatabaseState = 'up';
    const { driver, opened } = fakeDriver();
    guardDriver(driver, () => state);

    expect(driver.session({ database: 'neo4j' })).toEqual({ id: 1 });
    for (const [now, word] of [
      ['down', 'down'],
      ['starting', 'restarting'],
    ] as const) {
      state = now;
      let error: unknown;
      try {
        driver.session({ database: 'neo4j' });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect((error as AppError).message).toContain(word);
    }
    state = 'up';
    driver.session({ database: 'neo4j' });
    expect(opened).toEqual([{ database: 'neo4j' }, { database: 'neo4j' }]);
  });

  it('registers the state for health routes; an unguarded driver has none', () => {
    const guarded = fakeDriver().driver;
    guardDriver(guarded, () => 'starting');
    expect(stateOf(guarded)?.()).toBe('starting');
    expect(stateOf(fakeDriver().driver)).toBeUndefined();
  });
});
