import { useCallback, useEffect, useMemo, useState } from 'react';
import { buildGraph, buildGraphInSlices, type BuiltGraph } from './build-graph';
import { hubPreview, PREVIEW_MIN_ORDER, type HubPreview } from './hub-preview';
import type { GraphData } from './types';

export interface StagedGraph extends BuiltGraph {
  /** The answer `graph` is of: the last one while a new one is still being built. */
  data: GraphData;
  /** While only the hubs are built: the preview the canvas draws; null once the graph is whole. */
  hubs: HubPreview | null;
  /** Builds the whole graph behind the hubs; the canvas calls it once their frame is on screen. */
  showWhole: () => void;
  /** A newer answer's graph is being built behind the one on screen. */
  building: boolean;
}

interface Whole {
  data: GraphData;
  built: BuiltGraph;
}

/** What to show of an answer before its whole graph is built: its hubs, or the whole graph at once. */
function firstStage(data: GraphData): { hubs: HubPreview } | { built: BuiltGraph } {
  const hubs = hubPreview(data);
  return hubs ? { hubs } : { built: buildGraph(data) };
}

/**
 * The graph the explorer shows for `data`.
 * - The first large answer whose nodes all have their places comes in two steps: its
 *   organisations and networks first (hub-preview.ts), then, once the canvas has drawn them,
 *   the whole graph. Building the whole graph and rendering the explorer around it took half a
 *   second at 20,000 people before anything was drawn; now that work runs after the hubs' frame.
 * - A large answer that replaces a graph on screen (a filter changed) is shown once whole, the
 *   last graph staying meanwhile: the canvas draws one new frame instead of the hubs' and then
 *   the whole graph's.
 * - A large graph is built in slices (buildGraphInSlices), so the page answers input while it
 *   is built; any other graph is built at once.
 */
export function useStagedGraph(data: GraphData): StagedGraph {
  const [whole, setWhole] = useState<Whole | null>(null);
  // The answer whose hubs are on screen and whose whole graph the canvas asked for.
  const [wanted, setWanted] = useState<GraphData | null>(null);
  const isShown = whole?.data === data;
  const replacing = whole !== null && !isShown && data.nodes.length >= PREVIEW_MIN_ORDER;
  const first = useMemo(() => (isShown || replacing ? null : firstStage(data)), [data, isShown, replacing]);
  const completing = first !== null && 'hubs' in first && wanted === data;

  // A graph built at once is the one on screen from now on: the next large answer replaces it.
  useEffect(() => {
    if (first && 'built' in first) setWhole({ data, built: first.built });
  }, [first, data]);

  const inSlices = replacing || completing;
  useEffect(() => {
    if (!inSlices) return;
    const stale = new AbortController();
    void buildGraphInSlices(data, stale.signal).then((built) => {
      if (built) setWhole({ data, built });
    });
    return () => stale.abort();
  }, [data, inSlices]);

  const showWhole = useCallback(() => setWanted(data), [data]);

  if (first === null) {
    // This answer's whole graph, or the last answer's while this one is built behind it.
    const shown = whole!;
    return { ...shown.built, data: shown.data, hubs: null, showWhole, building: replacing };
  }
  if ('hubs' in first)
    return { graph: first.hubs.graph, needsLayout: false, data, hubs: first.hubs, showWhole, building: false };
  return { ...first.built, data, hubs: null, showWhole, building: false };
}
