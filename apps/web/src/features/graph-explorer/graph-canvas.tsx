import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { ExplorerGraph } from './build-graph';
import { createReducers } from './reducers';
import { NODE_PROGRAMS } from './sigma-programs';
import type { BridgePathHighlight, EdgeAttrs, HighlightState, NodeAttrs } from './types';

/** Ties above which drawing is simplified (thin lines, none while moving or laying out). */
export const LARGE_GRAPH_EDGES = 20_000;

export interface GraphCanvasProps {
  graph: ExplorerGraph;
  /** Selection, focus and replay day; hover is kept inside, it changes too often for React. */
  selected: string | null;
  focus: ReadonlySet<string> | null;
  asOf: string | null;
  looks?: HighlightState['looks'];
  path?: BridgePathHighlight | null;
  hideEdges?: boolean;
  onClickNode: (id: string | null) => void;
  onReady?: (renderer: Sigma<NodeAttrs, EdgeAttrs> | null) => void;
  label: string;
  height: number | string;
}

/** The sigma canvas: creates the renderer for a graph and feeds its reducers. */
export function GraphCanvas({
  graph,
  selected,
  focus,
  asOf,
  looks = null,
  path = null,
  hideEdges = false,
  onClickNode,
  onReady,
  label,
  height,
}: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  const state = useRef<HighlightState>({
    hovered: null,
    hoveredNeighbors: new Set(),
    selected,
    focus,
    asOf,
    looks,
    path,
    hideEdges,
  });
  const clickHandler = useRef(onClickNode);
  clickHandler.current = onClickNode;

  useEffect(() => {
    let sigma: Sigma<NodeAttrs, EdgeAttrs> | null = null;
    // Created in a task of its own: building the graph and indexing it for WebGL are each
    // about a second at 20,000 people, and one task holding both froze the page twice as long.
    const timer = window.setTimeout(() => {
      if (container.current) sigma = createRenderer(container.current);
    }, 0);
    return () => {
      window.clearTimeout(timer);
      if (!sigma) return;
      onReady?.(null);
      sigma.kill();
      renderer.current = null;
    };

    function createRenderer(element: HTMLDivElement): Sigma<NodeAttrs, EdgeAttrs> {
      const { nodeReducer, edgeReducer } = createReducers(graph, () => state.current);
      performance.mark('explorer:sigma:start');
      const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, element, {
        nodeProgramClasses: NODE_PROGRAMS,
        defaultNodeType: 'circle',
        // One-pixel GL lines instead of antialiased quads when ties are many: on software GL the
        // quads of 100,000 ties held the main thread for seconds per frame (pnpm bench).
        edgeProgramClasses: { thin: EdgeLineProgram },
        defaultEdgeType: graph.size > LARGE_GRAPH_EDGES ? 'thin' : 'line',
        renderEdgeLabels: false,
        // Dragging 100,000 edges on software GL stutters; edges come back when the camera rests.
        hideEdgesOnMove: graph.size > LARGE_GRAPH_EDGES,
        labelRenderedSizeThreshold: 9,
        labelDensity: 0.08,
        zIndex: true,
        nodeReducer,
        edgeReducer,
      });
      // User timing for `pnpm bench`. Sigma indexes and draws inside its constructor; the frame
      // is on screen once the next rendering update (which waits for the GL work) is done.
      performance.measure('explorer:sigma-init', 'explorer:sigma:start');
      requestAnimationFrame(() => setTimeout(() => performance.mark('explorer:first-frame'), 0));
      renderer.current = sigma;
      sigma.on('enterNode', ({ node }) => {
        state.current = {
          ...state.current,
          hovered: node,
          hoveredNeighbors: new Set(graph.neighbors(node)),
        };
        container.current?.style.setProperty('cursor', 'pointer');
        sigma.refresh({ skipIndexation: true });
      });
      sigma.on('leaveNode', () => {
        state.current = { ...state.current, hovered: null, hoveredNeighbors: new Set() };
        container.current?.style.removeProperty('cursor');
        sigma.refresh({ skipIndexation: true });
      });
      sigma.on('clickNode', ({ node }) => clickHandler.current(node));
      sigma.on('clickStage', () => clickHandler.current(null));
      onReady?.(sigma);
      return sigma;
    }
    // onReady is a setter from the parent; re-creating sigma for a new callback would be waste.
  }, [graph]);

  useEffect(() => {
    state.current = { ...state.current, selected, focus, asOf, path, hideEdges };
    renderer.current?.refresh({ skipIndexation: true });
  }, [selected, focus, asOf, path, hideEdges]);

  useEffect(() => {
    if (state.current.looks === looks) return;
    state.current = { ...state.current, looks };
    // Sizes change, so sigma re-indexes (labels and hit-testing follow the new sizes).
    renderer.current?.refresh();
  }, [looks]);

  return (
    <Box
      ref={container}
      role="img"
      aria-label={label}
      data-testid="graph-canvas"
      style={{ position: 'relative', width: '100%', height, background: '#fff' }}
    />
  );
}
