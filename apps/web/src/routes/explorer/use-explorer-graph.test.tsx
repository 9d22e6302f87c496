import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  explorerVariables,
  handOver,
  startEarlyGraph,
  variablesKey,
} from '../../features/graph-explorer/early-graph';
import {
  EMPTY_FILTER,
  saveFilter,
  type ExplorerFilter,
} from '../../features/graph-explorer/filters';
import { ExplorerRouteQueryDocument, type ExplorerRouteQueryQuery } from '../../gql/graphql';
import { useFragment } from '../../gql';
import { CompactGraphColumns, useExplorerGraph } from './use-explorer-graph';

/** A graph of `ids` with no ties, in the columns the query selects. */
function answer(...ids: string[]): ExplorerRouteQueryQuery {
  const each = <T,>(value: T) => ids.map(() => value);
  const compactGraph = {
    __typename: 'CompactGraph' as const,
    nodeIds: ids,
    nodeLabels: ids,
    nodeKinds: each('ORGANIZATION'),
    nodeSectors: each('BUSINESS'),
    nodeSince: each(null),
    nodeX: null,
    nodeY: null,
    edgeSources: [],
    edgeTargets: [],
    edgeKinds: [],
    edgeCrossSector: [],
    edgeAgreementStatuses: [],
    edgeSince: [],
    edgeUntil: [],
  };
  return { compactGraph } as unknown as ExplorerRouteQueryQuery;
}

const CROSS_SECTOR: ExplorerFilter = { ...EMPTY_FILTER, crossSectorOnly: true };

/** The explorer's side: the filter it holds, the graph's node ids, and a button that changes the filter. */
function Explorer({ initial }: { initial: ExplorerFilter }) {
  const [filter, setFilter] = useState(initial);
  const { answer: graph, loading, error } = useExplorerGraph(explorerVariables(filter));
  return (
    <>
      <p>
        {graph ? `graph: ${useFragment(CompactGraphColumns, graph).nodeIds.join(' ')}` : 'no graph'}
      </p>
      <p>{loading ? 'loading' : 'settled'}</p>
      {error ? <p>error</p> : null}
      <button type="button" onClick={() => setFilter(CROSS_SECTOR)}>
        cross-sector
      </button>
    </>
  );
}

const mock = (
  filter: ExplorerFilter,
  data: ExplorerRouteQueryQuery,
  asked: { count: number },
): MockLink.MockedResponse => ({
  request: { query: ExplorerRouteQueryDocument, variables: explorerVariables(filter) },
  result: () => {
    asked.count += 1;
    return { data };
  },
});

/** A fetch that answers the early request once `release` is called, and records what it was sent. */
function earlyFetch(reply: () => Response) {
  const sent: { body: { operationName: string; variables: unknown } }[] = [];
  let release = () => undefined as void;
  const fetch = vi.fn((_url: string, init: RequestInit) => {
    sent.push({
      body: JSON.parse(init.body as string) as { operationName: string; variables: unknown },
    });
    return new Promise<Response>((resolve) => (release = () => resolve(reply())));
  });
  vi.stubGlobal('fetch', fetch);
  return { sent, release: () => release() };
}

/** The explorer on `initial`, over these mocked answers of its own query. */
const renderExplorer = (mocks: MockLink.MockedResponse[], initial: ExplorerFilter) =>
  render(
    <MockedProvider mocks={mocks}>
      <Explorer initial={initial} />
    </MockedProvider>,
  );

/** Lets the early request answer, inside React's act. */
const answerEarly = (release: () => void) =>
  act(async () => {
    release();
    await Promise.resolve();
  });

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  handOver(variablesKey(explorerVariables(EMPTY_FILTER)));
  handOver(variablesKey(explorerVariables(CROSS_SECTOR)));
  window.sessionStorage.clear();
});

describe('the explorer graph asked for as the page opens', () => {
  it('is asked for only on the explorer, with the filter kept in the tab', () => {
    const { sent } = earlyFetch(() => json({ data: answer('a') }));
    startEarlyGraph('/people');
    expect(sent).toHaveLength(0);
    saveFilter(CROSS_SECTOR);
    startEarlyGraph('/explorer');
    expect(sent).toEqual([
      {
        body: expect.objectContaining({
          operationName: 'ExplorerRouteQuery',
          variables: { filter: { crossSectorOnly: true } },
        }),
      },
    ]);
  });

  it('is shown without the explorer asking again', async () => {
    const { release } = earlyFetch(() => json({ data: answer('early') }));
    startEarlyGraph('/explorer');
    const asked = { count: 0 };
    renderExplorer([mock(EMPTY_FILTER, answer('queried'), asked)], EMPTY_FILTER);
    expect(screen.getByText('no graph')).toBeTruthy();
    await answerEarly(release);
    expect(await screen.findByText('graph: early')).toBeTruthy();
    expect(asked.count).toBe(0);
  });

  it('is asked for again by the explorer when the early request failed', async () => {
    const { release } = earlyFetch(() =>
      json({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    startEarlyGraph('/explorer');
    const asked = { count: 0 };
    renderExplorer([mock(EMPTY_FILTER, answer('queried'), asked)], EMPTY_FILTER);
    await answerEarly(release);
    expect(await screen.findByText('graph: queried')).toBeTruthy();
    expect(asked.count).toBe(1);
  });

  it('is not taken for other variables, nor on a later visit', async () => {
    const { release } = earlyFetch(() => json({ data: answer('early') }));
    startEarlyGraph('/explorer');
    const asked = { count: 0 };
    // A researcher's explorer drops the network id the tab kept: other variables than asked for.
    const first = renderExplorer([mock(CROSS_SECTOR, answer('queried'), asked)], CROSS_SECTOR);
    expect(await first.findByText('graph: queried')).toBeTruthy();
    await answerEarly(release);
    first.unmount();
    // Its answer arrived with no explorer to take it: a later visit asks the server afresh.
    const again = { count: 0 };
    const taken = renderExplorer([mock(EMPTY_FILTER, answer('later'), again)], EMPTY_FILTER);
    expect(await taken.findByText('graph: later')).toBeTruthy();
    expect(again.count).toBe(1);
  });

  it('stays on screen while a changed filter is asked for, then gives way to it', async () => {
    const { release } = earlyFetch(() => json({ data: answer('early') }));
    startEarlyGraph('/explorer');
    const asked = { count: 0 };
    renderExplorer([{ ...mock(CROSS_SECTOR, answer('cross'), asked), delay: 50 }], EMPTY_FILTER);
    await answerEarly(release);
    expect(await screen.findByText('graph: early')).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'cross-sector' }).click());
    expect(screen.getByText('graph: early')).toBeTruthy();
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText('graph: cross')).toBeTruthy();
    expect(asked.count).toBe(1);
  });
});
