import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { OperationTypeNode, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GraphQLContext } from '../context';
import { yieldToEventLoop } from './deadline';

/** How many distinct query documents keep their compiled form. */
const MAX_COMPILED = 500;

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Executes queries with graphql-jit, which compiles each document once into a function and
 * runs it several times faster than graphql-js's interpreter — what lets the whole graph
 * (100,000 edges) leave the API about as fast as plain SQL and JSON.stringify. Validation, the
 * permission guard and the limits have run before this hook. Mutations, and any document
 * graphql-jit does not compile or whose variables it refuses, go through Apollo's own
 * executor unchanged, so error codes stay exactly as Apollo gives them.
 */
export function jitPlugin(schema: GraphQLSchema, formatError: FormatError): ApolloServerPlugin<GraphQLContext> {
  const compiled = new Map<string, CompiledQuery | null>();

  function compiledFor(context: GraphQLRequestContext<GraphQLContext>): CompiledQuery | null {
    const key = `${context.operationName ?? ''}\u0000${context.source ?? ''}`;
    if (compiled.has(key)) return compiled.get(key)!;
    const result = compileQuery(schema, context.document!, context.operationName ?? undefined);
    const query = isCompiledQuery(result) ? result : null;
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, query);
    return query;
  }

  return {
    requestDidStart() {
      return Promise.resolve({
        async responseForOperation(context) {
          if (context.operation?.operation !== OperationTypeNode.QUERY || !context.document) return null;
          const query = compiledFor(context);
          if (!query) return null;
          // Parsing, validating, weighing and compiling a large document is work of its own: the
          // execution starts on a later turn, so waiting requests (health checks) go in between.
          await yieldToEventLoop();
          const result = await query.query(undefined, context.contextValue, context.request.variables ?? {});
          // No data at all means the variables were refused: let Apollo answer with its codes.
          if (result.data === undefined) return null;
          // An error may carry its HTTP status and headers (e.g. RATE_LIMITED: 429, Retry-After),
          // as Apollo Server reads them: they go into the answer's head, not its body.
          const http = { status: undefined as number | undefined, headers: new HeaderMap() };
          const errors = result.errors?.map((error) => {
            const formatted = error.toJSON();
            const head = formatted.extensions?.http as { status?: number; headers?: Map<string, string> } | undefined;
            if (head) {
              if (head.status) http.status = head.status;
              for (const [name, value] of head.headers ?? []) http.headers.set(name, value);
              const { http: _http, ...extensions } = formatted.extensions!;
              return formatError({ ...formatted, extensions }, error);
            }
            return formatError(formatted, error);
          });
          return {
            http,
            body: { kind: 'single', singleResult: { data: result.data, ...(errors?.length ? { errors } : {}) } },
          };
        },
      });
    },
  };
}
