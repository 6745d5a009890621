import { ApolloServerPlugin } from '@apollo/server';
import { Context } from '../graphql/context';
import { currentRequest, outcomeOf } from './request-record';

/**
 * Tells the request's record (request-record.ts) what Apollo made of it: operation, outcome and
 * Cypher round trips.
 */
export function requestObservabilityPlugin(): ApolloServerPlugin<Context> {
  return {
    async contextCreationDidFail({ error }) {
      const record = currentRequest();
      if (record) Object.assign(record, outcomeOf([error as { extensions?: Record<string, unknown> }]));
    },
    async requestDidStart() {
      return {
        async willSendResponse(request) {
          const record = currentRequest();
          if (!record) return;
          const errors = request.response.body.kind === 'single' ? request.response.body.singleResult.errors : request.errors;
          const { outcome, codes } = outcomeOf(errors);
          Object.assign(record, {
            resolved: Boolean(request.operation),
            operation: request.operationName ?? null,
            operationType: request.operation?.operation ?? null,
            outcome,
            codes,
            // Undefined when Apollo failed before building a context.
            cypherRoundTrips: request.contextValue?.executor?.roundTrips ?? 0,
            identity: request.contextValue?.identity?.id,
          });
        },
      };
    },
  };
}
