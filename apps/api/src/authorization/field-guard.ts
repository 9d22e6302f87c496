import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../context';
import { refusalFor } from './acting-viewer';
import { accessFor, type Access } from './permissions';

/**
 * Wraps the resolver of every Query and Mutation field with the check from the permission
 * table, so the decision is made where the field resolves: fragments, nested inline fragments,
 * aliases and directives reach the same resolver and meet the same check. A root field with no
 * row in the table is refused for everyone (default deny).
 *
 * The wrapper also records the root fields an operation actually resolves, for the request log.
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  for (const [operation, type] of roots) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      field.resolve = guarded(field.name, accessFor(operation, field.name), field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}

function guarded(
  fieldName: string,
  access: Access | undefined,
  resolve: GraphQLFieldResolver<unknown, GraphQLContext>,
): GraphQLFieldResolver<unknown, GraphQLContext> {
  return (parent, args, ctx, info) => {
    ctx.resolvedFields.add(fieldName);
    const refusal = access === 'public' ? null : refusalFor(ctx.viewer, access ?? [], fieldName);
    if (refusal) throw refusal;
    return resolve(parent, args, ctx, info);
  };
}
