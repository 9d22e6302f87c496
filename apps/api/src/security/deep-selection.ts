import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLObjectType,
} from 'graphql';

/**
 * Every field of a type that needs no argument, and the fields of the objects it reaches, down
 * to `depth` levels: the widest document a client could send for one root field, so a field
 * added later is read by the sweep without anyone listing it.
 */
export function deepSelection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth > 0) parts.push(`${field.name} { ${deepSelection(named, depth - 1)} }`);
    else if ((isInterfaceType(named) || isUnionType(named)) && depth > 0) parts.push(`${field.name} { __typename }`);
  }
  return parts.length ? parts.join(' ') : '__typename';
}
