import { logger } from '../logger';
import { DatabaseState } from './availability';
import { EmbeddedNeo4j, EmbeddedOptions, startEmbedded } from './embedded';

export interface SupervisorOptions {
  embedded: Omit<EmbeddedOptions, 'onUnexpectedExit' | 'logFile'>;
  /** Resolves once Bolt answers queries (auth included), rejects if it does not in time. */
  probe: () => Promise<void>;
  /** Every (re)start, before the probe: e.g. record the new pid for db:status and ingest. */
  onStarted?: (neo4j: EmbeddedNeo4j) => void;
  /** First restart delay, doubled after each failed attempt up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Owns one embedded Neo4j: notices the JVM's exit at once (the child's exit event, not a poll),
 * marks it down, restarts it on the same data directory and port with backoff (0.5 s, 1 s, 2 s …
 * capped at 8 s) and marks it up again once Bolt answers.
 */
export class EmbeddedSupervisor {
  private current?: EmbeddedNeo4j;
  private status: DatabaseState = 'starting';
  private stopping = false;
  private timer?: NodeJS.Timeout;
  private delayMs: number;
  /** True from the first launch until its probe settles: a crash then fails that attempt instead. */
  private launching = false;

  constructor(private readonly options: SupervisorOptions) {
    this.delayMs = options.initialDelayMs ?? 500;
  }

  private readonly downListeners: (() => void)[] = [];

  state = (): DatabaseState => this.status;

  /** Called the moment the JVM is seen to exit unexpectedly. */
  onDown = (listener: () => void): void => {
    this.downListeners.push(listener);
  };

  /** The first start fails loudly (a bad port or data directory is not something to retry forever). */
  async start(): Promise<EmbeddedNeo4j> {
    this.launching = true;
    try {
      this.current = await this.launch();
      await this.options.probe();
    } finally {
      this.launching = false;
    }
    this.status = 'up';
    return this.current;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.current?.stop();
    this.current = undefined;
  }

  private launch(): Promise<EmbeddedNeo4j> {
    return startEmbedded({ ...this.options.embedded, onUnexpectedExit: (code, lastOutput) => this.crashed(code, lastOutput) }).then((neo4j) => {
      this.options.onStarted?.(neo4j);
      return neo4j;
    });
  }

  private crashed(code: number | null, lastOutput: string): void {
    if (this.stopping) return;
    this.status = 'down';
    this.current = undefined;
    for (const listener of this.downListeners) listener();
    if (this.launching) return; // the probe of that attempt fails and decides what comes next
    logger.error('embedded Neo4j exited unexpectedly; restarting it', { code, lastOutput: lastOutput.slice(-500), inMs: this.delayMs });
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const delay = this.delayMs;
    this.delayMs = Math.min(delay * 2, this.options.maxDelayMs ?? 8000);
    this.timer = setTimeout(() => void this.restart(), delay);
    this.timer.unref();
  }

  private async restart(): Promise<void> {
    if (this.stopping) return;
    this.status = 'starting';
    this.launching = true;
    const began = Date.now();
    try {
      this.current = await this.launch();
      if (this.stopping) return void (await this.current.stop());
      await this.options.probe();
      this.launching = false;
      this.status = 'up';
      this.delayMs = this.options.initialDelayMs ?? 500;
      logger.info('embedded Neo4j restarted', { pid: this.current?.pid, restartMs: Date.now() - began });
    } catch (err) {
      this.launching = false;
      if (this.stopping) return;
      this.status = 'down';
      // A JVM that started but does not answer would hold the port against the next attempt.
      await this.current?.stop().catch(() => undefined);
      this.current = undefined;
      logger.error('embedded Neo4j restart failed; trying again', { error: (err as Error).message, inMs: this.delayMs });
      this.scheduleRestart();
    }
  }
}
