import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { ExplorerGraph } from './build-graph';
import { createReducers } from './reducers';
import { NODE_PROGRAMS } from './sigma-programs';
import type { BridgePathHighlight, EdgeAttrs, HighlightState, NodeAttrs } from './types';

export interface GraphCanvasProps {
  graph: ExplorerGraph;
  /** Selection, focus and replay day; hover is kept inside, it changes too often for React. */
  selected: string | null;
  focus: ReadonlySet<string> | null;
  asOf: string | null;
  looks?: HighlightState['looks'];
  path?: BridgePathHighlight | null;
  onClickNode: (id: string | null) => void;
  onReady?: (renderer: Sigma<NodeAttrs, EdgeAttrs> | null) => void;
  label: string;
  height: number | string;
}

/** The sigma canvas: creates the renderer for a graph and feeds its reducers. */
export function GraphCanvas({ graph, selected, focus, asOf, looks = null, path = null, onClickNode, onReady, label, height }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  const state = useRef<HighlightState>({ hovered: null, hoveredNeighbors: new Set(), selected, focus, asOf, looks, path });
  const clickHandler = useRef(onClickNode);
  clickHandler.current = onClickNode;

  useEffect(() => {
    if (!container.current) return;
    const { nodeReducer, edgeReducer } = createReducers(graph, () => state.current);
    const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container.current, {
      nodeProgramClasses: NODE_PROGRAMS,
      defaultNodeType: 'circle',
      renderEdgeLabels: false,
      // Dragging 100,000 edges on software GL stutters; edges come back when the camera rests.
      hideEdgesOnMove: graph.size > 20000,
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.08,
      zIndex: true,
      nodeReducer,
      edgeReducer,
    });
    renderer.current = sigma;
    sigma.on('enterNode', ({ node }) => {
      state.current = { ...state.current, hovered: node, hoveredNeighbors: new Set(graph.neighbors(node)) };
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
    return () => {
      onReady?.(null);
      sigma.kill();
      renderer.current = null;
    };
    // onReady is a setter from the parent; re-creating sigma for a new callback would be waste.
  }, [graph]);

  useEffect(() => {
    state.current = { ...state.current, selected, focus, asOf, path };
    renderer.current?.refresh({ skipIndexation: true });
  }, [selected, focus, asOf, path]);

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
