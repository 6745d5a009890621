import { ApolloServerPlugin } from '@apollo/server';
import { Context } from './context';

/** Reports how many Cypher round trips a request made, so N+1 patterns show up in any response. */
export function queryStatsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            queryStats: { cypherRoundTrips: contextValue.executor.roundTrips },
          };
        },
      };
    },
  };
}
