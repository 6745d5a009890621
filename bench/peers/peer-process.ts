import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config/env';
import { connectDatabase, Database } from '../../src/db/connect';

/**
 * What every benchmarked server shares: it joins the database of the environment the orchestrator
 * passes (NEO4J_URI, or NEO4J_DATA_DIR of the embedded Neo4j it started), listens on BENCH_PORT (0: any free port) on
 * 127.0.0.1, prints "READY <url>" once it answers, and closes cleanly on SIGTERM/SIGINT.
 */
export async function runPeer(name: string, start: (db: Database, port: number) => Promise<{ url: string; stop(): Promise<void> }>): Promise<void> {
  const db = await connectDatabase(loadConfig(process.env));
  const server = await start(db, Number(process.env.BENCH_PORT ?? 0));
  process.stdout.write(`READY ${server.url}\n`);
  const stop = async () => {
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // bench:cpu asks how busy the event loop was over a measurement (bench/suite/peers.ts eventLoop).
  process.on('message', (message) => {
    if (message !== 'eventLoop' || !process.send) return;
    const { active, idle } = performance.eventLoopUtilization();
    process.send({ eventLoop: { active, idle } });
  });
  process.channel?.unref();
  process.on('unhandledRejection', (err) => process.stderr.write(`${name}: ${String(err)}\n`));
}
