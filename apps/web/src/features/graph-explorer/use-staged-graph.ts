import { useCallback, useMemo, useRef, useState } from 'react';
import { buildGraph, type BuiltGraph } from './build-graph';
import { hubPreview, type HubPreview } from './hub-preview';
import type { GraphData } from './types';

export interface StagedGraph extends BuiltGraph {
  /** While only the hubs are built: the preview the canvas draws; null once the graph is whole. */
  hubs: HubPreview | null;
  /** Builds the whole graph; the canvas calls it once the hubs' frame is on screen. */
  showWhole: () => void;
}

/**
 * The graph the explorer shows for `data`. A large graph whose nodes all have their places
 * comes in two steps: its organisations and networks first (hub-preview.ts), then, once the
 * canvas has drawn them, the whole graph. Building the whole graph and rendering the explorer
 * around it took half a second at 20,000 people before anything was drawn; now that work runs
 * while the hubs' frame is rasterised. Any other graph is built at once.
 */
export function useStagedGraph(data: GraphData): StagedGraph {
  const first = useMemo((): { hubs: HubPreview } | { built: BuiltGraph } => {
    const hubs = hubPreview(data);
    return hubs ? { hubs } : { built: buildGraph(data) };
  }, [data]);
  const [whole, setWhole] = useState<{ data: GraphData; built: BuiltGraph } | null>(null);
  const asked = useRef<GraphData | null>(null);
  const showWhole = useCallback(() => {
    if (asked.current === data) return;
    asked.current = data;
    setWhole({ data, built: buildGraph(data) });
  }, [data]);
  if ('built' in first) return { ...first.built, hubs: null, showWhole };
  if (whole?.data === data) return { ...whole.built, hubs: null, showWhole };
  return { graph: first.hubs.graph, needsLayout: false, hubs: first.hubs, showWhole };
}
