import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import type { GraphQLContext } from '../context';
import { INTROSPECTION_FIELDS, MUTATION_ACCESS, QUERY_ACCESS, type Access } from '../permissions';
import { forbidden, unauthenticated } from './errors';

function rootFieldNames(operation: OperationDefinitionNode): string[] {
  // Fragments on the root type are rare; a field inside one is checked like any other.
  const names: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      for (const inner of selection.selectionSet.selections)
        if (inner.kind === Kind.FIELD) names.push(inner.name.value);
    }
  }
  return names;
}

/**
 * Apollo answers an error thrown from a plugin hook with HTTP 500 unless the error names a
 * status; a refusal is an ordinary GraphQL answer (200 with a coded error), as when a resolver
 * refuses, not a server failure that monitoring would count.
 */
const REFUSAL_HTTP = { status: 200 };

/**
 * Checks every root field of an operation against the permission table before anything is
 * resolved: no session → UNAUTHENTICATED (except for public fields), wrong role → FORBIDDEN.
 */
export function guardPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, contextValue }) {
          if (!operation) return Promise.resolve();
          const table: Record<string, Access> =
            operation.operation === OperationTypeNode.MUTATION ? MUTATION_ACCESS : QUERY_ACCESS;
          const viewer = contextValue.viewer;
          for (const field of rootFieldNames(operation)) {
            if (INTROSPECTION_FIELDS.has(field)) continue;
            const access = table[field];
            if (access === 'public') continue;
            if (!viewer) {
              const error = unauthenticated();
              error.extensions.reason = 'NO_SESSION';
              error.extensions.http = REFUSAL_HTTP;
              throw error;
            }
            if (!access || !access.includes(viewer.role)) {
              const error = forbidden(`The ${viewer.role.toLowerCase()} role may not use ${field}.`);
              // Tells a refusal by role apart from a row-level one (someone else's profile).
              error.extensions.reason = 'ROLE';
              error.extensions.http = REFUSAL_HTTP;
              throw error;
            }
          }
          return Promise.resolve();
        },
      });
    },
  };
}
