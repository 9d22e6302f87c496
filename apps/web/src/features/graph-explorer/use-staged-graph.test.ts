import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildGraphInSlices } from './build-graph';
import { FIXTURE, placedRegion } from './test/fixture-graph';
import type { GraphData } from './types';
import { useStagedGraph, type StagedGraph } from './use-staged-graph';

/** As the canvas does once the hubs' frame is on screen; resolves when the whole graph is shown. */
async function showWhole(result: { current: StagedGraph }): Promise<void> {
  act(() => result.current.showWhole());
  await waitFor(() => expect(result.current.hubs).toBeNull());
}

describe('the graph the explorer shows', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('is a small graph whole at once', () => {
    const { result } = renderHook(() => useStagedGraph(FIXTURE));
    expect(result.current.hubs).toBeNull();
    expect(result.current.graph.order).toBe(FIXTURE.nodes.length);
  });

  it("is a large placed graph's hubs first, then the whole graph when the canvas has drawn them", async () => {
    const data = placedRegion();
    const { result } = renderHook(() => useStagedGraph(data));
    expect(result.current.hubs).not.toBeNull();
    expect(result.current.graph.order).toBe(13);
    expect(result.current.needsLayout).toBe(false);

    act(() => result.current.showWhole());
    await waitFor(() => expect(result.current.hubs).toBeNull());
    expect(result.current.graph.order).toBe(data.nodes.length);
    expect(result.current.graph.size).toBe(data.edges.length);
    expect(result.current.needsLayout).toBe(false);

    // Asked again (a second frame), the same graph: nothing is built twice.
    const whole = result.current.graph;
    act(() => result.current.showWhole());
    await act(() => buildGraphInSlices(placedRegion(), new AbortController().signal));
    expect(result.current.graph).toBe(whole);
  });

  it('builds a new large answer behind the graph on screen, and shows it once whole', async () => {
    const first = placedRegion();
    const { result, rerender } = renderHook(
      ({ data }: { data: GraphData }) => useStagedGraph(data),
      { initialProps: { data: first } },
    );
    await showWhole(result);
    const shown = result.current.graph;

    const next = placedRegion(6_000);
    rerender({ data: next });
    // No hubs of the new answer over the whole graph of the last one: it stays until replaced.
    expect(result.current.hubs).toBeNull();
    expect(result.current.building).toBe(true);
    expect(result.current.graph).toBe(shown);
    expect(result.current.data).toBe(first);

    await waitFor(() => expect(result.current.building).toBe(false));
    expect(result.current.hubs).toBeNull();
    expect(result.current.data).toBe(next);
    expect(result.current.graph.order).toBe(next.nodes.length);
    expect(result.current.graph.size).toBe(next.edges.length);
    expect(result.current.needsLayout).toBe(false);
  });

  it('drops a build that a newer answer overtook', async () => {
    const { result, rerender } = renderHook(
      ({ data }: { data: GraphData }) => useStagedGraph(data),
      { initialProps: { data: placedRegion() } },
    );
    await showWhole(result);
    rerender({ data: placedRegion(9_000) });
    const newest = placedRegion(6_000);
    rerender({ data: newest });

    await waitFor(() => expect(result.current.data).toBe(newest));
    // As long again as the overtaken build would take, had it gone on: it must not land.
    await act(() => buildGraphInSlices(placedRegion(9_000), new AbortController().signal));
    expect(result.current.data).toBe(newest);
    expect(result.current.building).toBe(false);
    expect(result.current.graph.order).toBe(newest.nodes.length);
  });

  it('shows a small answer after a large one at once', async () => {
    const { result, rerender } = renderHook(
      ({ data }: { data: GraphData }) => useStagedGraph(data),
      { initialProps: { data: placedRegion() } },
    );
    await showWhole(result);
    rerender({ data: FIXTURE });
    expect(result.current.building).toBe(false);
    expect(result.current.data).toBe(FIXTURE);
    expect(result.current.graph.order).toBe(FIXTURE.nodes.length);
  });
});
