import { Driver } from 'neo4j-driver';
import { Gauge } from 'prom-client';

/**
 * The driver as the request executors see it, with every session counted in `gauge` from opening
 * to closing. neo4j-driver has no public pool statistics; as each executor call is one session
 * with one transaction, open sessions are the transactions in flight (and connections in use).
 * A proxy, so the driver itself (health checks, shutdown) stays untouched.
 */
export function countTransactions(driver: Driver, gauge: Gauge): Driver {
  const session: Driver['session'] = (config) => {
    const opened = driver.session(config);
    gauge.inc();
    const close = opened.close.bind(opened);
    let open = true;
    opened.close = () => {
      if (open) {
        open = false;
        gauge.dec();
      }
      return close();
    };
    return opened;
  };
  return new Proxy(driver, {
    get(target, property) {
      if (property === 'session') return session;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
