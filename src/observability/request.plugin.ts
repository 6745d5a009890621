import { ApolloServerPlugin } from '@apollo/server';
import { Context } from '../graphql/context';
import { recordOf, outcomeOf } from './request-record';

/**
 * Tells the request's record (request-record.ts) what Apollo made of it: operation, outcome and
 * Cypher round trips. A refused context is recorded by `observeRequests().context` instead.
 */
export function requestObservabilityPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(request) {
          const record = recordOf(request.contextValue);
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
