import { performance } from 'node:perf_hooks';
import { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Context } from '../graphql/context';
import { Logger } from '../logger';
import { Metrics, OperationLabels } from './metrics';

export interface RequestObservability {
  logger: Logger;
  /** Without it, only the log line. */
  metrics?: Metrics;
}

/** `ok`, or the code of the first error (errors.ts gives every error one; an uncoded one is masked as internal). */
function outcomeOf(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): { outcome: string; codes: string[] } {
  if (!errors?.length) return { outcome: 'ok', codes: [] };
  const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
  return { outcome: codes[0], codes };
}

const INGEST_MUTATIONS = new Set(['ingestStory', 'importStoryCard']);
const INGEST_KINDS = ['stories', 'claims', 'sources', 'entities'] as const;
type IngestCounts = Record<(typeof INGEST_KINDS)[number], number>;

/**
 * One JSON log line and one set of metric observations per GraphQL operation, e.g.
 * {"level":"info","message":"graphql request","operation":"Dashboard","operationType":"query","outcome":"ok","durationMs":41.2,"cypherRoundTrips":3}
 * Ingest counts come from the mutation's result object, so they count whatever the client selected.
 */
export function requestObservabilityPlugin({ logger, metrics }: RequestObservability): ApolloServerPlugin<Context> {
  const labels = new OperationLabels();
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async executionDidStart({ operation }) {
          if (!metrics || operation.operation !== 'mutation') return;
          return {
            willResolveField({ info }) {
              if (info.parentType.name !== 'Mutation' || !INGEST_MUTATIONS.has(info.fieldName)) return;
              return (error, result) => {
                const counts = error ? undefined : (result as { created?: IngestCounts; reused?: IngestCounts } | undefined);
                for (const kind of INGEST_KINDS) {
                  metrics.ingested.inc({ kind, outcome: 'created' }, counts?.created?.[kind] ?? 0);
                  metrics.ingested.inc({ kind, outcome: 'reused' }, counts?.reused?.[kind] ?? 0);
                }
              };
            },
          };
        },
        async willSendResponse(request: GraphQLRequestContextWillSendResponse<Context>) {
          const seconds = (performance.now() - started) / 1000;
          const errors = request.response.body.kind === 'single' ? request.response.body.singleResult.errors : request.errors;
          const { outcome, codes } = outcomeOf(errors);
          // Undefined when the request failed before Apollo built a context (a malformed body).
          const cypherRoundTrips = request.contextValue?.executor?.roundTrips ?? 0;
          const operation = labels.label(request.operationName, Boolean(request.operation));
          metrics?.requests.inc({ operation, outcome });
          metrics?.duration.observe({ operation, outcome }, seconds);
          metrics?.roundTrips.observe({ operation }, cypherRoundTrips);
          logger.info('graphql request', {
            // The name the client sent even when the document did not validate: the log is not bound like the metric labels.
            operation: request.operationName ?? request.request.operationName ?? null,
            operationType: request.operation?.operation ?? null,
            outcome,
            ...(codes.length > 1 ? { errorCodes: codes } : {}),
            durationMs: Math.round(seconds * 10000) / 10,
            cypherRoundTrips,
          });
        },
      };
    },
  };
}
