import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ValidationRule } from 'graphql';

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

export function hardeningValidationRules(): ValidationRule[] {
  const propagate = { propagateOnRejection: true };
  return [
    maxDepthRule({ n: LIMITS.depth, ...propagate }),
    maxAliasesRule({ n: LIMITS.aliases, ...propagate }),
    maxDirectivesRule({ n: LIMITS.directives, ...propagate }),
    costLimitRule({ maxCost: LIMITS.cost, ...propagate }),
  ] as unknown as ValidationRule[];
}
