import pino from 'pino';

/**
 * The service's logger: pino writing one JSON object per line to stderr, e.g.
 * {"level":"info","time":"2026-12-06T12:00:00.000Z","pid":42,"service":"storygraph","message":"storygraph ready","graphql":"http://localhost:4000/graphql"}
 * Call style stays `logger.info(message, fields)`; `.pino` is the underlying logger (given to Apollo).
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  readonly pino: pino.Logger;
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** LOG_LEVEL is validated in src/config/env.ts; before that runs, anything unknown means info. */
function initialLevel(): LogLevel {
  const raw = process.env.LOG_LEVEL as LogLevel | undefined;
  return raw && LEVELS.includes(raw) ? raw : 'info';
}

/** Synchronous writes: a line logged just before process.exit (a bad setting, a failed start) is not lost. */
export function createLogger(options: { level?: LogLevel; destination?: pino.DestinationStream } = {}): Logger {
  const base = pino(
    {
      level: options.level ?? initialLevel(),
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      base: { pid: process.pid, service: 'storygraph' },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ dest: 2, sync: true }),
  );
  return wrap(base);
}

function wrap(base: pino.Logger): Logger {
  return {
    debug: (message, fields) => base.debug(fields ?? {}, message),
    info: (message, fields) => base.info(fields ?? {}, message),
    warn: (message, fields) => base.warn(fields ?? {}, message),
    error: (message, fields) => base.error(fields ?? {}, message),
    pino: base,
  };
}

export const logger: Logger = createLogger();

export function setLogLevel(level: LogLevel): void {
  logger.pino.level = level;
}
