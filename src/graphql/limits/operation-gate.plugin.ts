import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { Context } from '../context';
import { AdmissionGate } from './admission';
import { costEstimator } from './cost.estimator';
import { limitExceeded } from './limit-error';

/**
 * The last checks before execution, once the operation and its variables are known: no
 * subscriptions, the cost within `maxCost`, then a turn from the admission gate (held until
 * the response is sent). A refusal here means no resolver ran and no Cypher was sent.
 */
export function operationGatePlugin(options: { maxCost: number; gate: AdmissionGate }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('This API has no subscriptions (yet): send a query or a mutation', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400, headers: new HeaderMap() } },
            });
          }
          let cost: number | undefined;
          try {
            cost = getComplexity({ schema, query: document, variables: request.variables, operationName: request.operationName, estimators: [costEstimator] });
          } catch {
            // Variables that do not fit the operation: execution refuses them before any resolver runs.
          }
          if (cost !== undefined && cost > options.maxCost) throw limitExceeded('cost', options.maxCost, Math.ceil(cost));
          release = await options.gate.acquire(contextValue.signal);
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
