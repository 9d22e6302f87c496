import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE, placedRegion } from './test/fixture-graph';
import type { GraphData } from './types';
import { useStagedGraph } from './use-staged-graph';

describe('the graph the explorer shows', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('is a small graph whole at once', () => {
    const { result } = renderHook(() => useStagedGraph(FIXTURE));
    expect(result.current.hubs).toBeNull();
    expect(result.current.graph.order).toBe(FIXTURE.nodes.length);
  });

  it("is a large placed graph's hubs first, then the whole graph when the canvas has drawn them", () => {
    const data = placedRegion();
    const { result } = renderHook(() => useStagedGraph(data));
    expect(result.current.hubs).not.toBeNull();
    expect(result.current.graph.order).toBe(13);
    expect(result.current.needsLayout).toBe(false);

    act(() => result.current.showWhole());
    expect(result.current.hubs).toBeNull();
    expect(result.current.graph.order).toBe(data.nodes.length);
    expect(result.current.graph.size).toBe(data.edges.length);
    expect(result.current.needsLayout).toBe(false);

    // Asked again (a second frame), the same graph: nothing is built twice.
    const whole = result.current.graph;
    act(() => result.current.showWhole());
    expect(result.current.graph).toBe(whole);
  });

  it('starts from the hubs again for a new answer', () => {
    const first = placedRegion();
    const { result, rerender } = renderHook(
      ({ data }: { data: GraphData }) => useStagedGraph(data),
      { initialProps: { data: first } },
    );
    act(() => result.current.showWhole());
    const next = placedRegion(6_000);
    rerender({ data: next });
    expect(result.current.hubs).not.toBeNull();
    expect(result.current.graph.order).toBe(13);
    act(() => result.current.showWhole());
    expect(result.current.graph.order).toBe(next.nodes.length);
  });
});
