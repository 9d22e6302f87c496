import { defaultFieldResolver, OperationTypeNode, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../context';
import { throwIfPastDeadline, yieldToEventLoop } from '../lib/deadline';
import { refusalFor } from './acting-viewer';
import { accessFor, type Access } from './permissions';

/**
 * Wraps the resolver of every Query and Mutation field with the check from the permission
 * table, so the decision is made where the field resolves: fragments, nested inline fragments,
 * aliases and directives reach the same resolver and meet the same check. A root field with no
 * row in the table is refused for everyone (default deny).
 *
 * The wrapper also records the root fields an operation actually resolves, for the request log,
 * and refuses to start one once the request's deadline has passed.
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
    // Past the request's deadline no further root field starts (lib/deadline.ts).
    throwIfPastDeadline(ctx.signal);
    ctx.resolvedFields.add(fieldName);
    const refusal = access === 'public' ? null : refusalFor(ctx.viewer, access ?? [], fieldName);
    if (refusal) throw refusal;
    // A query's root fields would all start, and run their synchronous parts, on one turn of the
    // event loop: each after the first starts a turn later, so one large operation does not
    // hold the loop while health checks and other requests wait (a mutation's run one by one).
    const turn = info.operation.operation === OperationTypeNode.QUERY ? ctx.rootFieldTurns++ : 0;
    if (turn === 0) return resolve(parent, args, ctx, info);
    return afterTurns(turn).then(() => {
      throwIfPastDeadline(ctx.signal);
      return resolve(parent, args, ctx, info);
    });
  };
}

async function afterTurns(turns: number): Promise<void> {
  for (let i = 0; i < turns; i += 1) await yieldToEventLoop();
}
