import type { APIRequestContext } from 'playwright-core';

/** The columns of the `compactGraph` query the explorer itself fetches (CompactGraph in the SDL). */
export interface GraphColumns {
  nodeIds: string[];
  nodeLabels: string[];
  nodeKinds: string[];
  nodeSectors: string[];
  edgeSources: number[];
  edgeTargets: number[];
  /** The server's layout positions, on an API that has them. */
  nodeX?: (number | null)[];
  nodeY?: (number | null)[];
}

const COLUMNS = 'nodeIds nodeLabels nodeKinds nodeSectors edgeSources edgeTargets';

interface Answer {
  data?: { compactGraph: GraphColumns };
  errors?: { message: string }[];
}

/**
 * The graph the explorer shows, as the coordinator whose cookie `request` carries: the same
 * query with the same (empty) filter the explorer sends on a first visit. Positions are asked
 * for too; an API whose CompactGraph has no nodeX/nodeY refuses the query naming the field,
 * and is asked again without them.
 */
export async function fetchCompactGraph(request: APIRequestContext): Promise<GraphColumns> {
  const ask = async (columns: string): Promise<Answer> => {
    const response = await request.post('/graphql', {
      data: {
        query: `query($filter: GraphFilter) { compactGraph(filter: $filter) { ${columns} } }`,
        variables: { filter: {} },
      },
      headers: { 'apollo-require-preflight': 'true' },
    });
    return (await response.json()) as Answer;
  };
  let answer = await ask(`${COLUMNS} nodeX nodeY`);
  if (answer.errors?.some((error) => /nodeX|nodeY/.test(error.message)))
    answer = await ask(COLUMNS);
  if (!answer.data)
    throw new Error(`compactGraph failed: ${JSON.stringify(answer.errors).slice(0, 500)}`);
  return answer.data.compactGraph;
}
