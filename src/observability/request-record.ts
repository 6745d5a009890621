import { ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import express from 'express';
import { Logger } from '../logger';
import { Metrics, OperationLabels } from './metrics';

/** What one HTTP request to /graphql turned out to be; filled in by requestObservabilityPlugin when Apollo gets that far. */
export interface RequestRecord {
  started: number;
  /** True once Apollo resolved the operation (the document parsed and validated). */
  resolved: boolean;
  operation?: string | null;
  operationType?: string | null;
  /** `ok`, or the code of the first error. */
  outcome?: string;
  codes?: string[];
  cypherRoundTrips: number;
  /** Who asked (key:…, oidc:…, anonymous); unknown when the credentials were refused. */
  identity?: string;
}

/**
 * The record rides on the request context Apollo hands to plugins, under a key of its own (Apollo
 * copies the context per operation, so a property and not the object's identity). Not an
 * AsyncLocalStorage: entering one turns on promise hooks for the whole process, a cost on every
 * promise of every request.
 */
const RECORD = Symbol('storygraph.requestRecord');
type Recorded = { [RECORD]?: RequestRecord };

type Coded = { extensions?: Record<string, unknown> };

/** `ok`, or the code of the first error (errors.ts gives every error one; an uncoded one is masked as internal). */
export function outcomeOf(errors: readonly Coded[] | undefined): { outcome: string; codes: string[] } {
  if (!errors?.length) return { outcome: 'ok', codes: [] };
  const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
  return { outcome: codes[0], codes };
}

/** The record of the request whose context this is, for Apollo plugins (which never see the HTTP response). */
export function recordOf(context: object | undefined): RequestRecord | undefined {
  return (context as Recorded | undefined)?.[RECORD];
}

export interface RequestObservation {
  /** First on the route: starts the clock and writes the log line and metrics when the response is done. */
  begin: express.RequestHandler;
  /**
   * Wraps Apollo's context function: the context it builds carries the request's record to the
   * plugins; a context that cannot be built (credentials refused) records its error.
   */
  context<C extends object>(
    build: (req: express.Request, res: express.Response) => Promise<C>,
  ): (args: { req: express.Request; res: express.Response }) => Promise<C>;
  /** `begin` for a handler outside Express (src/http/graphql-post.ts): `body` is the parsed request body once read. */
  start(res: ServerResponse, body: () => unknown): RequestRecord;
  /** Records a refusal sent before Apollo (a JSON body with coded errors). */
  refused(record: RequestRecord, body: { errors?: Coded[] } | undefined): void;
  /** `context` for a handler outside Express. */
  contextFor<C extends object>(record: RequestRecord, build: () => Promise<C>): Promise<C>;
}

/**
 * One JSON log line and one set of metric observations per request to /graphql, e.g.
 * {"level":"info","message":"graphql request","operation":"Dashboard","operationType":"query","outcome":"ok","durationMs":41.2,"cypherRoundTrips":3}
 * Requests refused before Apollo runs an operation (no credentials, an invalid document, a body too
 * large) get one too, with the code of the error they were sent (else `HTTP_<status>`).
 */
export function observeRequests({ logger, metrics }: { logger: Logger; metrics?: Metrics }): RequestObservation {
  const labels = new OperationLabels();
  const finish = (record: RequestRecord, res: ServerResponse, body: unknown) => {
    const seconds = (performance.now() - record.started) / 1000;
    const outcome = record.outcome ?? (!res.writableFinished ? 'CLIENT_CLOSED' : res.statusCode < 400 ? 'ok' : `HTTP_${res.statusCode}`);
    const operation = labels.label(record.operation, record.resolved);
    metrics?.requests.inc({ operation, outcome });
    metrics?.duration.observe({ operation, outcome }, seconds);
    if (record.resolved) metrics?.roundTrips.observe({ operation }, record.cypherRoundTrips);
    const sent = (body as { operationName?: unknown } | undefined)?.operationName;
    logger.info('graphql request', {
      // What the client sent even when it never became an operation: the log is not bound like metric labels.
      operation: record.operation ?? (typeof sent === 'string' ? sent : null),
      operationType: record.operationType ?? null,
      outcome,
      ...(record.codes && record.codes.length > 1 ? { errorCodes: record.codes } : {}),
      status: res.statusCode,
      durationMs: Math.round(seconds * 10000) / 10,
      cypherRoundTrips: record.cypherRoundTrips,
      identity: record.identity ?? null,
    });
  };
  const start = (res: ServerResponse, body: () => unknown): RequestRecord => {
    const record: RequestRecord = { started: performance.now(), resolved: false, cypherRoundTrips: 0 };
    res.once('close', () => finish(record, res, body()));
    return record;
  };
  const refused = (record: RequestRecord, body: { errors?: Coded[] } | undefined) => {
    if (record.outcome === undefined && Array.isArray(body?.errors)) Object.assign(record, outcomeOf(body.errors));
  };
  const contextFor = async <C extends object>(record: RequestRecord | undefined, build: () => Promise<C>): Promise<C> => {
    try {
      const context = await build();
      if (record) (context as Recorded)[RECORD] = record;
      return context;
    } catch (error) {
      if (record) Object.assign(record, outcomeOf([error as Coded]));
      throw error;
    }
  };
  return {
    begin: (req, res, next) => {
      const record = start(res, () => req.body);
      res.locals.observed = record;
      // Refusals sent before Apollo (early-refusal.ts, json-errors.ts) are JSON bodies with coded errors.
      const json = res.json.bind(res);
      res.json = (body?: { errors?: Coded[] }) => {
        refused(record, body);
        return json(body);
      };
      next();
    },
    context:
      (build) =>
      ({ req, res }) =>
        contextFor(res.locals.observed as RequestRecord | undefined, () => build(req, res)),
    start,
    refused,
    contextFor,
  };
}
