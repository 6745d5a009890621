import 'reflect-metadata';
import { ConfigError, loadConfig } from '../src/config/env';
import { startEmbedded, stopPid } from '../src/db/embedded';
import { passwordFile } from '../src/db/embedded-auth';
import { clearState, logFile, readState, writeState } from '../src/db/embedded-state';

/** npm run db:start | db:stop | db:status: a long-lived embedded Neo4j for development. */
async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const running = readState(config.embedded.dataDir);
  const log = logFile(config.embedded.dataDir);
  switch (command) {
    case 'start': {
      if (running) {
        console.log(`neo4j: already running (pid ${running.pid}) at ${running.uri}, data in ${running.dataDir}`);
        return 0;
      }
      const started = Date.now();
      const db = await startEmbedded({ ...config.embedded, logFile: log });
      writeState({ pid: db.pid, port: config.embedded.port, dataDir: config.embedded.dataDir, uri: db.uri, startedAt: new Date().toISOString() });
      console.log(`neo4j: ready at ${db.uri} (pid ${db.pid}, Neo4j started in ${db.startupMs} ms, ${Date.now() - started} ms in all); log: ${log}`);
      console.log(`neo4j: user neo4j, password in ${passwordFile(config.embedded.dataDir)} (mode 0600)`);
      return 0;
    }
    case 'stop': {
      if (!running) {
        console.log('neo4j: not running');
        return 0;
      }
      await stopPid(running.pid);
      clearState(running.dataDir);
      console.log(`neo4j: stopped (pid ${running.pid}); data kept in ${running.dataDir}`);
      return 0;
    }
    case 'status': {
      if (!running) {
        console.log('neo4j: not running');
        return 3;
      }
      console.log(`neo4j: running (pid ${running.pid}) at ${running.uri} since ${running.startedAt}, data in ${running.dataDir}`);
      console.log(`neo4j: user neo4j, password in ${passwordFile(running.dataDir)}`);
      return 0;
    }
    default:
      console.error('usage: db.js start|stop|status');
      return 64;
  }
}

main(process.argv[2])
  .then((code) => process.exit(code))
  .catch((err) => {
    console.error(err instanceof ConfigError ? `storygraph: configuration error: ${err.message}` : (err as Error).message);
    process.exit(1);
  });
