import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { Context } from '../context';
import { AdmissionGate } from './admission';
import { costEstimator } from './cost.estimator';
import { limitExceeded } from './limit-error';

/** Variable sets remembered per document; past this many the document's entries start over. */
const COSTS_PER_DOCUMENT = 64;
/** Queries with large variables are not kept: their cost is worked out each time. */
const MAX_KEY_LENGTH = 1024;

/**
 * Apollo keeps one parsed document per distinct query text, so the cost of a query with the same
 * variables is worked out once: dashboards repeat the same few operations.
 */
const costs = new WeakMap<DocumentNode, Map<string, number | undefined>>();

/** The cost of an operation (cost.estimator.ts), or undefined when its variables do not fit it. */
export function complexity(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined) {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [costEstimator] });
  } catch {
    // Variables that do not fit the operation: execution refuses them before any resolver runs.
    return undefined;
  }
}

function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined) {
  let known = costs.get(document);
  if (!known) costs.set(document, (known = new Map()));
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  if (known.has(key)) return known.get(key);
  const cost = complexity(schema, document, variables, operationName);
  if (key.length > MAX_KEY_LENGTH) return cost;
  if (known.size >= COSTS_PER_DOCUMENT) known.clear();
  known.set(key, cost);
  return cost;
}

/**
 * The last checks before execution, once the operation and its variables are known: no
 * subscriptions (their transport is WebSocket, src/http/subscriptions.ts), the cost within `maxCost`,
 * then a turn from the admission gate (held until the response is sent). A refusal here means no
 * resolver ran and no Cypher was sent.
 */
export function operationGatePlugin(options: { maxCost: number; gate: AdmissionGate }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws protocol) at ws(s)://<host>/graphql, not over HTTP', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400, headers: new HeaderMap() } },
            });
          }
          // Mutations are not remembered: their variables (a whole story) are large and rarely repeat.
          const cost =
            operation?.operation === 'query'
              ? queryCost(schema, document, request.variables, request.operationName)
              : complexity(schema, document, request.variables, request.operationName);
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
