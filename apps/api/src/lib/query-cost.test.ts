import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, buildSchema, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costRefusal, operationCost } from './query-cost';

const root = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
const schema = buildSchema(readFileSync(root('schema.graphql'), 'utf8'));
const LIMITS = { budget: 100_000, maxAnalytics: 3, maxExports: 1 };

const operationOf = (document: DocumentNode) =>
  document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
const costOf = (source: string, variables: Record<string, unknown> = {}) => {
  const document = parse(source);
  return operationCost(schema, document, operationOf(document), variables);
};
const refusalOf = (source: string, variables: Record<string, unknown> = {}) => {
  const document = parse(source);
  return costRefusal(schema, document, operationOf(document), variables, LIMITS);
};

describe('the cost of an operation', () => {
  it('multiplies nested lists: the query that once froze the server is refused before it runs', () => {
    const refusal = refusalOf(`{ networks(first: 30) { nodes { members { person { memberships { network { members { person { name } } } } } } } } }`);
    expect(refusal?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', reason: 'COST', budget: 100_000 });
    expect(refusal?.extensions.cost).toBeGreaterThan(1_000_000);
  });

  it('reads page sizes from variables and hides nothing in fragments', () => {
    const viaVariable = costOf(`query($n: Int) { people(first: $n) { nodes { id name } } }`, { n: 400 });
    const viaFragment = costOf(`query { ...F } fragment F on Query { people(first: 400) { nodes { ...P } } } fragment P on Person { id name }`);
    expect(viaVariable.cost).toBe(viaFragment.cost);
    expect(costOf(`{ people(first: 10) { nodes { id name } } }`).cost * 40).toBeGreaterThan(viaVariable.cost * 0.9);
  });

  it('allows three analytics fields and one export per operation', () => {
    const dates = Array.from({ length: 24 }, (_, i) => `"2025-${String((i % 12) + 1).padStart(2, '0')}-01"`).join(', ');
    const aliased = Array.from({ length: 30 }, (_, i) => `e${i}: eiOverTime(dates: [${dates}]) { eiIndex }`).join(' ');
    expect(refusalOf(`{ ${aliased} }`)?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', reason: 'ANALYTICS' });
    const exports = Array.from({ length: 30 }, (_, i) => `x${i}: exportGraph(format: GEXF) { content }`).join(' ');
    expect(refusalOf(`{ ${exports} }`)?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', reason: 'EXPORTS' });
    expect(refusalOf(`{ exportGraph(format: GEXF) { content } graphStats { density } }`)).toBeNull();
  });

  it('lets every operation the web app sends through, at the page sizes it asks for', () => {
    // The documents the web app is built from, as codegen collected them.
    const sources = [...readFileSync(root('apps/web/src/gql/gql.ts'), 'utf8').matchAll(/^ {4}"((?:[^"\\]|\\.)*)": typeof types\./gm)].map(
      (match) => JSON.parse(`"${match[1]}"`) as string,
    );
    expect(sources.length).toBeGreaterThan(40);
    const document = parse(sources.join('\n'));
    const over: string[] = [];
    for (const operation of document.definitions) {
      if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
      // Variables take the largest page the web asks for.
      const variables = Object.fromEntries((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.variable.name.value === 'first' ? 100 : undefined]));
      const refusal = costRefusal(schema, document, operation, variables, LIMITS);
      if (refusal) over.push(`${operation.name?.value}: ${refusal.message}`);
    }
    expect(over).toEqual([]);
  });
});
