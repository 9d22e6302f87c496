import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode, type GraphQLError, type ValueNode } from 'graphql';
import type { GraphQLContext } from '../context';
import { badInput } from './errors';

/**
 * No text Brobygger stores or looks up may hold U+0000: PostgreSQL's text cannot, and SQLite
 * would keep what no reader expects. Written texts refuse it with their other control
 * characters (validators); this refuses it everywhere else too — ids, e-mails, filters — in
 * variables and in literals alike, before anything resolves, naming the field as the services
 * do: a mutation's `input` fields by their own name, other arguments by theirs (`filter.x`).
 */
const NUL = '\u0000';

/** Where a value sits, as `field` names it: inside `input` the field alone, elsewhere the argument first. */
const fieldOf = (argument: string, inside: readonly string[]) =>
  (argument === 'input' && inside.length ? inside : [argument, ...inside]).join('.');

/** The path inside a value to a string holding NUL, or null. */
function nulIn(value: unknown, path: readonly string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes(NUL) ? [...path] : null;
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulIn(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** The same for a literal of the document, with the variables it uses looked up where they are. */
function nulInLiteral(node: ValueNode, variables: Record<string, unknown>, path: readonly string[] = []): string[] | null {
  switch (node.kind) {
    case Kind.STRING:
      return node.value.includes(NUL) ? [...path] : null;
    case Kind.VARIABLE:
      return nulIn(variables[node.name.value], path);
    case Kind.LIST:
      for (const [index, item] of node.values.entries()) {
        const found = nulInLiteral(item, variables, [...path, String(index)]);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = nulInLiteral(field.value, variables, [...path, field.name.value]);
        if (found) return found;
      }
      return null;
    default:
      return null;
  }
}

export function refuseNulCharacters(document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError | null {
  const found: { field?: string } = {};
  visit(document, {
    Argument(argument) {
      if (found.field) return;
      const inside = nulInLiteral(argument.value, variables ?? {});
      if (inside) found.field = fieldOf(argument.name.value, inside);
    },
  });
  const { field } = found;
  if (!field) return null;
  const refusal = badInput(field, `${field}: text may not hold the NUL character (U+0000).`, { reason: 'CONTROL_CHARACTER' });
  // Refused before execution, as a malformed variable is: a client error, not the server's.
  Object.assign(refusal.extensions, { http: { status: 400 } });
  return refusal;
}

export function nulCharacterPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          const refusal = refuseNulCharacters(document, request.variables);
          if (refusal) throw refusal;
          return Promise.resolve();
        },
      });
    },
  };
}
