import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Limits that keep one request from costing the server more than a screen of the web app
 * needs. The numbers are documented in the README ("GraphQL hardening").
 */
export const LIMITS = {
  depth: 10,
  aliases: 30,
  directives: 20,
  cost: 20_000,
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

export function hardeningValidationRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: LIMITS.depth, ...reportAsValidationError }),
    maxAliasesRule({ n: LIMITS.aliases, ...reportAsValidationError }),
    maxDirectivesRule({ n: LIMITS.directives, ...reportAsValidationError }),
    costLimitRule({ maxCost: LIMITS.cost, ...reportAsValidationError }),
  ];
}
