import { MAX_SERIES_POINTS } from '@brobygger/domain';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What an operation may cost; the README's "GraphQL hardening" table documents the numbers. */
export interface CostLimits {
  /** The most an operation may cost. */
  budget: number;
  /** Network analytics fields (graph statistics, E-I over time, bridge paths, suggestions) per operation. */
  maxAnalytics: number;
  /** Graph exports per operation. */
  maxExports: number;
}

/** A list without `first` is assumed this long: nested lists (members, parties, ties) stay short on a screen. */
export const LIST_BOUND = 50;
/** The largest page any list field gives out (lib/pagination.ts). */
const MAX_PAGE = 500;

/** Fields that compute over the whole graph or a history, weighed beyond their selection. */
export const ANALYTICS_WEIGHTS: Readonly<Record<string, number>> = {
  graph: 2_000,
  compactGraph: 2_000,
  graphStats: 10_000,
  bridgePath: 5_000,
  suggestedBridges: 5_000,
  outcomeStats: 2_000,
  agreementStats: 2_000,
  // Per date asked for (at most MAX_SERIES_POINTS): each is a graph of its own.
  eiOverTime: 3_000,
};
/** An export renders the whole graph with every metric. */
export const EXPORT_WEIGHT = 20_000;
/** The fields that compute network analytics over a graph, counted against maxAnalytics. */
const ANALYTICS = new Set(['graphStats', 'bridgePath', 'suggestedBridges', 'eiOverTime']);

interface Walk {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Readonly<Record<string, unknown>>;
  analytics: number;
  exports: number;
}

function argumentValue(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode, name: string): unknown {
  const definition = field.args.find((arg) => arg.name === name);
  const given = node.arguments?.find((arg) => arg.name.value === name);
  if (!definition) return undefined;
  if (!given) return definition.defaultValue;
  return valueFromAST(given.value, definition.type, { ...walk.variables }) ?? definition.defaultValue;
}

const isList = (type: GraphQLType): boolean => isListType(isNonNullType(type) ? type.ofType : type);
/** A page type: `nodes` inside it are already counted by the list field's `first`. */
const isConnection = (type: GraphQLNamedType) => isObjectType(type) && type.name.endsWith('Connection') && 'nodes' in type.getFields();

function selectionCost(walk: Walk, set: SelectionSetNode, parent: GraphQLObjectType, seen: ReadonlySet<string>): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      cost += selectionCost(walk, selection.selectionSet, isObjectType(type) ? type : parent, seen);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      cost += selectionCost(walk, fragment.selectionSet, isObjectType(type) ? type : parent, new Set([...seen, fragment.name.value]));
    } else {
      const field = parent.getFields()[selection.name.value];
      if (!field) continue; // __typename and introspection
      const named = getNamedType(field.type);
      const child = selection.selectionSet && isObjectType(named) ? selectionCost(walk, selection.selectionSet, named, seen) : 0;
      const first = argumentValue(walk, field, selection, 'first');
      let size = 1;
      // A page size out of range is the field's own BAD_USER_INPUT, answered by its resolver: it costs nothing here.
      if (typeof first === 'number') size = first >= 0 && first <= MAX_PAGE ? first : 0;
      else if (isList(field.type) && !(selection.name.value === 'nodes' && isConnection(parent))) size = LIST_BOUND;
      let weight = 1;
      if (parent === walk.schema.getQueryType()) {
        if (selection.name.value === 'exportGraph') {
          walk.exports += 1;
          weight = EXPORT_WEIGHT;
        } else if (ANALYTICS_WEIGHTS[selection.name.value]) {
          const dates = argumentValue(walk, field, selection, 'dates');
          const points = Array.isArray(dates) && dates.length <= MAX_SERIES_POINTS ? Math.max(dates.length, 1) : 1;
          weight = ANALYTICS_WEIGHTS[selection.name.value]! * points;
        }
        if (ANALYTICS.has(selection.name.value)) walk.analytics += 1;
      }
      cost += weight + size * child;
    }
  }
  return cost;
}

/** What one operation of a document costs, and how many analytics fields and exports it asks for. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> = {},
): { cost: number; analytics: number; exports: number } {
  const fragments = new Map(
    document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
  );
  const root = operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
  if (!root) return { cost: 0, analytics: 0, exports: 0 };
  const walk: Walk = { schema, fragments, variables, analytics: 0, exports: 0 };
  const cost = selectionCost(walk, operation.selectionSet, root, new Set());
  return { cost: Math.round(cost), analytics: walk.analytics, exports: walk.exports };
}

/**
 * Refuses an operation before it runs when it would cost more than the budget — nested lists
 * multiplied by their page size (`first`) or LIST_BOUND, analytics and exports weighed — or asks
 * for more analytics fields or exports than allowed. The error is QUERY_TOO_COSTLY, with the
 * cost, the budget and what was exceeded in `extensions`.
 */
export function costRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
  limits: CostLimits,
): GraphQLError | null {
  const { cost, analytics, exports } = operationCost(schema, document, operation, variables ?? {});
  const params = { cost, budget: limits.budget, analytics, maxAnalytics: limits.maxAnalytics, exports, maxExports: limits.maxExports };
  const refuse = (reason: string, message: string) =>
    new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COSTLY', reason, cost, budget: limits.budget, params, http: { status: 200 } } });
  if (exports > limits.maxExports) return refuse('EXPORTS', `An operation may ask for ${limits.maxExports} export(s); this one asks for ${exports}.`);
  if (analytics > limits.maxAnalytics) {
    return refuse('ANALYTICS', `An operation may ask for ${limits.maxAnalytics} analytics fields; this one asks for ${analytics}.`);
  }
  if (cost > limits.budget) return refuse('COST', `This operation would cost ${cost}, over the budget of ${limits.budget}. Ask for fewer or smaller lists.`);
  return null;
}
