import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, OperationTypeNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Limits that keep one request from costing the server more than a screen of the web app
 * needs. The numbers are documented in the README ("GraphQL hardening").
 */
export const LIMITS = {
  depth: 10,
  aliases: 30,
  directives: 20,
};

/**
 * graphql-armor would throw from inside validation, which Apollo reports as an internal
 * error; reporting through the validation context makes it an ordinary validation failure
 * with a clear message instead.
 */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      );
    },
  ],
};

/**
 * graphql 16 validates a subscription against a schema without a Subscription type and only
 * fails at execution, which Apollo reports as an internal error; refusing it here makes it the
 * client's error it is.
 */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === OperationTypeNode.QUERY
        ? schema.getQueryType()
        : node.operation === OperationTypeNode.MUTATION
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (!root) {
      context.reportError(
        new GraphQLError(`This API has no ${node.operation} operations.`, {
          nodes: [node],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', params: { operation: node.operation } },
        }),
      );
    }
  },
});

export function hardeningValidationRules(): ValidationRule[] {
  return [
    knownOperationTypes,
    maxDepthRule({ n: LIMITS.depth, ...reportAsValidationError }),
    maxAliasesRule({ n: LIMITS.aliases, ...reportAsValidationError }),
    maxDirectivesRule({ n: LIMITS.directives, ...reportAsValidationError }),
  ];
}
