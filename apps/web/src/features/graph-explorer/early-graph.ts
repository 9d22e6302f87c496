import { print } from 'graphql';
import {
  ExplorerRouteQueryDocument,
  type ExplorerRouteQueryQuery,
  type ExplorerRouteQueryQueryVariables,
} from '../../gql/graphql';
import { loadFilter, toGraphFilter } from './filters';

/**
 * The explorer's graph asked for as the page opens, alongside the app's code and its session
 * check instead of after them (it was asked for about 0.7 s after navigation at 20,000 people,
 * `pnpm bench`). The request is the
 * explorer's own query with the filter the explorer will ask for; the explorer takes the answer
 * only when its variables are the same, and asks again itself when they are not or the early
 * request failed (a lost session, a filter the viewer may not use): nothing is decided here.
 */

export type ExplorerGraphAnswer = ExplorerRouteQueryQuery;
type Variables = ExplorerRouteQueryQueryVariables;

interface Early {
  key: string;
  answer: Promise<ExplorerGraphAnswer | null>;
}

let early: Early | null = null;

/** One key per set of variables, as the explorer's hook makes it. */
export const variablesKey = (variables: Variables): string => JSON.stringify(variables);

/** The explorer's variables for the filter kept in this tab (filters.ts). */
export const explorerVariables = (filter = loadFilter()): Variables => ({
  filter: toGraphFilter(filter),
});

async function ask(variables: Variables): Promise<ExplorerGraphAnswer | null> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      // The same headers as the app's Apollo link: JSON, and marked non-simple for CSRF prevention.
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        operationName: 'ExplorerRouteQuery',
        query: print(ExplorerRouteQueryDocument),
        variables,
      }),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as {
      data?: ExplorerGraphAnswer | null;
      errors?: unknown[];
    };
    return body.errors?.length || !body.data ? null : body.data;
  } catch {
    return null;
  }
}

/** Asks for the explorer's graph when the page opened is the explorer. */
export function startEarlyGraph(pathname: string): void {
  if (pathname.replace(/\/+$/, '') !== '/explorer') return;
  const variables = explorerVariables();
  early = { key: variablesKey(variables), answer: ask(variables) };
}

/**
 * The early answer for these variables, if one was asked for and not yet handed over; null
 * when there is none (a later visit) or the request failed. Looking does not take it (React
 * may render twice); `handOver` does. An explorer that asks for other variables (a researcher
 * whose tab kept a network) lets it go.
 */
export function earlyGraph(key: string): Promise<ExplorerGraphAnswer | null> | null {
  if (early && early.key !== key) early = null;
  return early?.answer ?? null;
}

/** Marks the early answer as used: a later visit to the explorer asks for a fresh graph. */
export function handOver(key: string): void {
  if (early?.key === key) early = null;
}
