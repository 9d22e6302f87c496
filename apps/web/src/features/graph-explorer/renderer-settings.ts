import { EdgeLineProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { MAX_CAMERA_RATIO, MIN_CAMERA_RATIO } from './camera';
import { drawLabelApart } from './label-guard';
import { LABEL_SETTINGS } from './labels';
import type { createReducers } from './reducers';
import { NODE_PROGRAMS } from './sigma-programs';
import type { EdgeAttrs, NodeAttrs } from './types';

/** Ties above which drawing is simplified (thin lines, none while moving or laying out). */
export const LARGE_GRAPH_EDGES = 20_000;

/** Whether a graph of `ties` ties is drawn the simpler way (sizeSettings). */
export const isLarge = (ties: number) => ties > LARGE_GRAPH_EDGES;

/**
 * The settings that follow the graph's size: given again when a renderer takes a graph of the
 * other size class (graph-canvas.tsx). Sigma merges what it is given into what it has, but not
 * into its default programs: the program classes are given once, with the renderer.
 */
export function sizeSettings(ties: number): Partial<Settings<NodeAttrs, EdgeAttrs>> {
  return {
    defaultEdgeType: isLarge(ties) ? 'thin' : 'line',
    // Dragging 100,000 edges on software GL stutters; edges come back when the camera rests.
    hideEdgesOnMove: isLarge(ties),
  };
}

/**
 * The renderer's settings for a graph of `ties` ties (the whole graph's, while its hubs are
 * drawn first): one place, so the canvas and the PNG export draw alike.
 */
export function rendererSettings(
  ties: number,
  reducers: ReturnType<typeof createReducers>,
): Partial<Settings<NodeAttrs, EdgeAttrs>> {
  return {
    nodeProgramClasses: NODE_PROGRAMS,
    defaultNodeType: 'circle',
    // One-pixel GL lines instead of antialiased quads when ties are many: on software GL the
    // quads of 100,000 ties held the main thread for seconds per frame (pnpm bench).
    edgeProgramClasses: { thin: EdgeLineProgram },
    renderEdgeLabels: false,
    ...LABEL_SETTINGS,
    defaultDrawNodeLabel: drawLabelApart,
    minCameraRatio: MIN_CAMERA_RATIO,
    maxCameraRatio: MAX_CAMERA_RATIO,
    zIndex: true,
    ...sizeSettings(ties),
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
  };
}
