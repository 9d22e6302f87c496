import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

/**
 * A harmless value of an input type: ids that match nothing (or the probe id asked for), the
 * first enum value, minimal objects.
 */
function sampleValue(type: GraphQLInputType, probeId?: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, probeId);
  if (isListType(type)) return probeId && getNamedType(type).name === 'ID' ? [probeId] : [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type)) value[field.name] = sampleValue(field.type, probeId);
    }
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return probeId ?? 'zzz_does_not_exist';
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Date':
        return '2026-01-01';
      case 'DateTime':
        return '2026-01-01T00:00:00Z';
      default:
        return 'x';
    }
  }
  return null;
}

/** The ways a document can reach one root field; none may change what the viewer is allowed. */
export const DOCUMENT_SHAPES = ['plain', 'named fragment', 'fragment in a fragment', 'nested inline fragments'] as const;
export type DocumentShape = (typeof DOCUMENT_SHAPES)[number];

export interface SampleOperation {
  query: string;
  variables: Record<string, unknown>;
  /** The key the field's answer has in `data` (an alias in some shapes). */
  responseKey: string;
}

export interface SampleOptions {
  /** The selection on the field's object type; `{ __typename }` unless given. */
  selection?: string;
  /** The value of every ID argument (an id the caller hopes to get past the rules). */
  probeId?: string;
}

/** True when the field takes an id, so a probe id can be put to it. */
export function takesId(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => isNonNullType(arg.type) && getNamedType(arg.type).name === 'ID');
}

/**
 * A document calling one root field with required arguments filled by harmless samples and the
 * smallest selection (or the one given), in the given shape, so every operation of the schema
 * can be tried without knowing it.
 */
export function sampleOperation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  shape: DocumentShape = 'plain',
  options: SampleOptions = {},
): SampleOperation {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const declarations = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returned = getNamedType(getNullableType(field.type));
  const selection = isObjectType(returned) ? ` { ${options.selection ?? '__typename'} }` : '';
  const variables = Object.fromEntries(required.map((arg) => [arg.name, sampleValue(arg.type, options.probeId)]));
  const head = `${kind}${declarations ? `(${declarations})` : ''}`;
  const root = kind === 'query' ? 'Query' : 'Mutation';
  const fieldCall = `${field.name}${call ? `(${call})` : ''}${selection}`;
  switch (shape) {
    case 'plain':
      return { query: `${head} { ${fieldCall} }`, variables, responseKey: field.name };
    case 'named fragment':
      return { query: `${head} { ...Root } fragment Root on ${root} { ${fieldCall} }`, variables, responseKey: field.name };
    case 'fragment in a fragment':
      return {
        query: `${head} { ...Outer } fragment Outer on ${root} { ...Inner } fragment Inner on ${root} { ${fieldCall} }`,
        variables,
        responseKey: field.name,
      };
    case 'nested inline fragments':
      return {
        query: `${head} { ... on ${root} { ... @include(if: true) { aliased: ${field.name}${call ? `(${call})` : ''} @skip(if: false)${selection} } } }`,
        variables,
        responseKey: 'aliased',
      };
  }
}
