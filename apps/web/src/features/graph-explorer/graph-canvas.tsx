import { Box, VisuallyHidden } from '@mantine/core';
import { useId, useEffect, useRef, type KeyboardEvent } from 'react';
import Sigma from 'sigma';
import type { ExplorerGraph } from './build-graph';
import { cameraActionForKey, runCameraAction } from './camera';
import { afterNextFrame, FIRST_FRAME, FIRST_USEFUL_FRAME, FULL_FRAME, markAfterNextFrame, markNewGraphFrame } from './frame-marks';
import type { HubPreview } from './hub-preview';
import { keepLabelsApart } from './label-guard';
import { forcedLabelNodes } from './labels';
import { createReducers } from './reducers';
import { isLarge, rendererSettings, sizeSettings } from './renderer-settings';
import type { BridgePathHighlight, EdgeAttrs, HighlightState, NodeAttrs } from './types';

export { LARGE_GRAPH_EDGES } from './renderer-settings';

const NO_NODES: ReadonlySet<string> = new Set();

export interface GraphCanvasProps {
  graph: ExplorerGraph;
  /**
   * Each new graph into the renderer the canvas has (the whole graph after its hubs, a new
   * filter's graph) instead of a new renderer for it: no new WebGL context and programs, no
   * frame of an empty canvas in between.
   */
  keepRenderer?: boolean;
  /** `graph` is this preview of a larger graph (hub-preview.ts): framed as the whole will be. */
  hubs?: HubPreview | null;
  /** Called once the hubs' frame is on screen: time to bring the whole graph. */
  onHubsShown?: () => void;
  /** True when every node already stands where it will stay (no layout is about to move them). */
  positionsFinal?: boolean;
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
  /** How to move the view from the keyboard, read out when the canvas gets focus. */
  keyboardHint?: string;
  height: number | string;
}

function neighboursOf(graph: ExplorerGraph, id: string | null): ReadonlySet<string> {
  return id !== null && graph.hasNode(id) ? new Set(graph.neighbors(id)) : NO_NODES;
}

/** What a renderer draws: its graph (which its reducers read), whether that is a hub preview, and the ties its settings were made for. */
interface Drawn {
  graph: ExplorerGraph;
  hubs: boolean;
  ties: number;
}

/**
 * A new graph into the renderer that has been drawing: the whole graph after its hubs (whose
 * frame was already the whole graph's, so the camera stays), or another whole graph (a new
 * filter's: its nodes stand elsewhere, so the camera starts afresh, as on a first visit).
 * Settings are given again only when the size class changes: sigma re-indexes the graph it has
 * on every change of settings (about 0.1 s of reducers at 50,000 ties, for a graph about to go).
 */
function showNewGraph(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, drawn: { current: Drawn }, positionsFinal: boolean): void {
  performance.mark('explorer:sigma-whole:start');
  // While the renderer still has the graph the reducers read.
  if (isLarge(graph.size) !== isLarge(drawn.current.ties)) sigma.setSettings(sizeSettings(graph.size));
  sigma.setCustomBBox(null);
  if (!drawn.current.hubs) sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  drawn.current = { graph, hubs: false, ties: graph.size };
  sigma.setGraph(graph);
  performance.measure('explorer:sigma-whole', 'explorer:sigma-whole:start');
  markAfterNextFrame(positionsFinal ? [FULL_FRAME] : []);
  markNewGraphFrame();
}

/**
 * The sigma canvas: creates the renderer for a graph, feeds its reducers, and answers the
 * keyboard (+, −, 0 and arrows) while it has focus.
 */
export function GraphCanvas({
  graph,
  keepRenderer = false,
  hubs = null,
  onHubsShown,
  positionsFinal = false,
  selected,
  focus,
  asOf,
  looks = null,
  path = null,
  hideEdges = false,
  onClickNode,
  onReady,
  label,
  keyboardHint,
  height,
}: GraphCanvasProps) {
  const hintId = useId();
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  const state = useRef<HighlightState>({
    hovered: null,
    hoveredNeighbors: NO_NODES,
    selected,
    selectedNeighbors: neighboursOf(graph, selected),
    focus,
    asOf,
    looks,
    path,
    hideEdges,
  });
  const clickHandler = useRef(onClickNode);
  clickHandler.current = onClickNode;
  // Read when the renderer is made, a task after the render that asked for it.
  const shown = useRef({ graph, hubs, onHubsShown, positionsFinal });
  shown.current = { graph, hubs, onHubsShown, positionsFinal };
  const drawn = useRef<Drawn>({ graph, hubs: false, ties: graph.size });
  // What a renderer is made for: the canvas's whole life, or each graph.
  const rendererFor = keepRenderer ? 'canvas' : graph;

  useEffect(() => {
    let sigma: Sigma<NodeAttrs, EdgeAttrs> | null = null;
    let killed = false;
    let resizes: ResizeObserver | null = null;
    // Created in a task of its own: building the graph and indexing it for WebGL are each
    // about a second at 20,000 people, and one task holding both froze the page twice as long.
    const timer = window.setTimeout(() => {
      if (container.current) sigma = createRenderer(container.current);
    }, 0);
    return () => {
      killed = true;
      window.clearTimeout(timer);
      resizes?.disconnect();
      if (!sigma) return;
      onReady?.(null);
      sigma.kill();
      renderer.current = null;
    };

    function createRenderer(element: HTMLDivElement): Sigma<NodeAttrs, EdgeAttrs> {
      const { graph, hubs, positionsFinal } = shown.current;
      state.current = { ...state.current, selectedNeighbors: neighboursOf(graph, state.current.selected) };
      drawn.current = { graph, hubs: hubs !== null, ties: hubs?.ties ?? graph.size };
      const reducers = createReducers(
        () => drawn.current.graph,
        () => state.current,
      );
      performance.mark('explorer:sigma:start');
      const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, element, rendererSettings(drawn.current.ties, reducers));
      if (hubs) sigma.setCustomBBox(hubs.extent);
      // User timing for `pnpm bench`. Sigma indexes and draws inside its constructor.
      performance.measure('explorer:sigma-init', 'explorer:sigma:start');
      keepLabelsApart(sigma, () => forcedLabelNodes(state.current));
      const final = positionsFinal ? [FIRST_USEFUL_FRAME] : [];
      if (hubs) {
        // A large graph's organisations and networks first: the whole graph follows once this
        // frame is on screen (the explorer builds it then, and hands it to this renderer).
        markAfterNextFrame([FIRST_FRAME, ...final]);
        afterNextFrame(() => {
          if (!killed) shown.current.onHubsShown?.();
        });
      } else {
        markAfterNextFrame([FIRST_FRAME, ...final, ...(positionsFinal ? [FULL_FRAME] : [])]);
      }
      renderer.current = sigma;
      // The camera, written on the element for tests and tools that cannot reach the renderer.
      const camera = sigma.getCamera();
      const showCamera = () => {
        const { x, y, ratio } = camera.getState();
        element.dataset.cameraX = x.toFixed(4);
        element.dataset.cameraY = y.toFixed(4);
        element.dataset.cameraRatio = ratio.toFixed(4);
      };
      showCamera();
      camera.on('updated', showCamera);
      // The hover is drawn in a task of its own, not inside the pointer's event: at 20,000
      // people re-reducing every node takes a good part of a second, and the pointer should not
      // wait for it (nor should the browser's commit of the frame, which waits for the GPU, be
      // in the same task). Moves before it runs are drawn once; ties hidden while the layout
      // runs are left alone.
      let hoverTask: number | null = null;
      const drawHover = () => {
        if (hoverTask !== null) return;
        hoverTask = window.setTimeout(() => {
          hoverTask = null;
          if (killed) return;
          const shown = sigma.getGraph();
          sigma.refresh({ partialGraph: { nodes: shown.nodes(), edges: state.current.hideEdges ? [] : shown.edges() } });
        }, 0);
      };
      sigma.on('enterNode', ({ node }) => {
        state.current = { ...state.current, hovered: node, hoveredNeighbors: new Set(sigma.getGraph().neighbors(node)) };
        element.style.setProperty('cursor', 'pointer');
        drawHover();
      });
      sigma.on('leaveNode', () => {
        state.current = { ...state.current, hovered: null, hoveredNeighbors: NO_NODES };
        element.style.removeProperty('cursor');
        drawHover();
      });
      sigma.on('clickNode', ({ node }) => clickHandler.current(node));
      sigma.on('clickStage', () => clickHandler.current(null));
      // Sigma follows the window's size, not its box's; the box also changes when the page
      // around it does (the filters moving into a drawer at phone width, after the window's
      // resize event), and the drawing then stayed at the old size in a corner.
      if (typeof ResizeObserver !== 'undefined') {
        resizes = new ResizeObserver(() => {
          const { width, height } = sigma.getDimensions();
          if (element.offsetWidth !== width || element.offsetHeight !== height) sigma.scheduleRefresh();
        });
        resizes.observe(element);
      }
      onReady?.(sigma);
      return sigma;
    }
    // onReady is a setter from the parent; re-creating sigma for a new callback would be waste.
  }, [rendererFor]);

  useEffect(() => {
    state.current = { ...state.current, selected, selectedNeighbors: neighboursOf(graph, selected), focus, asOf, path, hideEdges };
    const sigma = renderer.current;
    if (!sigma) return;
    if (sigma.getGraph() === graph) {
      sigma.refresh({ skipIndexation: true });
      return;
    }
    // The node under the pointer belonged to the graph before; the next move finds its own.
    if (!drawn.current.hubs) state.current = { ...state.current, hovered: null, hoveredNeighbors: NO_NODES };
    showNewGraph(sigma, graph, drawn, positionsFinal);
  }, [graph, selected, focus, asOf, path, hideEdges]);

  useEffect(() => {
    if (state.current.looks === looks) return;
    state.current = { ...state.current, looks };
    // Sizes change, so sigma re-indexes (labels and hit-testing follow the new sizes).
    renderer.current?.refresh();
  }, [looks]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = cameraActionForKey(event.key);
    if (!action || !renderer.current) return;
    event.preventDefault();
    void runCameraAction(renderer.current, action);
  };

  return (
    <>
      <Box
        ref={container}
        role="application"
        aria-label={label}
        aria-describedby={keyboardHint ? hintId : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="mantine-focus-auto"
        data-testid="graph-canvas"
        style={{ position: 'relative', width: '100%', height, background: '#fff' }}
      />
      {keyboardHint ? <VisuallyHidden id={hintId}>{keyboardHint}</VisuallyHidden> : null}
    </>
  );
}
