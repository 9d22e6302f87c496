import {
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { valueFor, type IdPool, type Random } from './fuzz-values';

export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
  /** The root field, for the report. */
  field: string;
}

/** Root fields that end the caller's session or account; the fuzzer runs them last. */
export const SESSION_ENDING = new Set(['logout', 'eraseMe', 'updateUser']);

/** A random selection set of a type, fields without required arguments, up to `depth` levels. */
function selection(type: GraphQLNamedType, rng: Random, depth: number): string {
  if (isUnionType(type) || (isInterfaceType(type) && !rng.chance(0.5))) return '{ __typename }';
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = Object.values(type.getFields()).filter(
    (field) => !field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined),
  );
  const chosen: string[] = ['__typename'];
  const count = rng.int(1, Math.min(6, fields.length));
  for (let i = 0; i < count; i += 1) {
    const field = rng.pick(fields);
    const inner = getNamedType(field.type);
    const leaf = !isObjectType(inner) && !isInterfaceType(inner) && !isUnionType(inner);
    if (leaf) chosen.push(field.name);
    else if (depth > 0) chosen.push(`${field.name} ${selection(inner, rng, depth - 1)}`);
  }
  return `{ ${[...new Set(chosen)].join(' ')} }`;
}

/**
 * One operation calling `field`: its arguments as variables (required ones nearly always,
 * optional ones at random), random values, and a random selection. About one in ten is broken
 * on purpose: a syntax error, an unknown field, a wrong variable type, or a missing argument.
 */
export function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  rng: Random,
  ids: IdPool,
): FuzzOperation {
  const args = field.args.filter((arg) =>
    isNonNullType(arg.type) && arg.defaultValue === undefined ? rng.chance(0.97) : rng.chance(0.5),
  );
  const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`);
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`);
  const variables = Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, rng, ids)]));
  const returned = getNamedType(field.type);
  const select = selection(returned, rng, rng.int(0, 3));
  const name = `Fuzz_${field.name}`;
  let query = `${kind} ${name}${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${passed.length ? `(${passed.join(', ')})` : ''} ${select} }`;
  if (rng.chance(0.1)) {
    switch (rng.int(0, 3)) {
      case 0:
        query = query.slice(0, rng.int(1, query.length - 1));
        break;
      case 1:
        query = query.replace(`{ ${field.name}`, `{ notAField ${field.name}`);
        break;
      case 2:
        query = query.replace(/: ([A-Za-z]+)/, ': Boolean');
        break;
      default:
        query = query.replace(/\$[A-Za-z]+: /, '$unused: ');
    }
  }
  return { query, variables, field: field.name };
}

/** `count` operations over every root field of the schema, session-ending mutations left out. */
export function generateOperations(schema: GraphQLSchema, rng: Random, ids: IdPool, count: number): FuzzOperation[] {
  const roots = [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ['query', field] as const),
    ...Object.values(schema.getMutationType()?.getFields() ?? {})
      .filter((field) => !SESSION_ENDING.has(field.name))
      .map((field) => ['mutation', field] as const),
  ];
  // Every root field at least once, then at random.
  return Array.from({ length: count }, (_, i) => {
    const [kind, field] = i < roots.length ? roots[i]! : rng.pick(roots);
    return operationFor(kind, field, rng, ids);
  });
}

/** The session-ending mutations, for the end of the run. */
export function sessionEndingOperations(schema: GraphQLSchema, rng: Random, ids: IdPool): FuzzOperation[] {
  return Object.values(schema.getMutationType()?.getFields() ?? {})
    .filter((field) => SESSION_ENDING.has(field.name))
    .map((field) => operationFor('mutation', field, rng, ids));
}
