import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../context';
import { costRefusal, type CostLimits } from './query-cost';

/**
 * Weighs every operation once its variables are known (a validation rule would not see
 * `first: $first`), before anything resolves; see query-cost.ts.
 */
export function queryCostPlugin(schema: GraphQLSchema, limits: CostLimits): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, operation, request }) {
          const refusal = operation && costRefusal(schema, document, operation, request.variables, limits);
          if (refusal) throw refusal;
          return Promise.resolve();
        },
      });
    },
  };
}
