import { inferSettings } from 'graphology-layout-forceatlas2';
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type Sigma from 'sigma';
import type { ExplorerGraph } from './build-graph';
import { FIRST_USEFUL_FRAME, FULL_FRAME, markAfterNextFrame } from './frame-marks';
import { PacedLayout } from './paced-layout';
import { savePositions } from './position-cache';
import type { EdgeAttrs, NodeAttrs } from './types';

/** How long the layout runs on its own before settling; the user can run it longer. */
function autoStopMs(order: number): number {
  return Math.min(4000 + order * 1.5, 30000);
}

/**
 * ForceAtlas2 in a web worker: the main thread only receives positions, and draws them at a
 * pace it can afford (paced-layout.ts), so the page stays responsive at 20,000 nodes. Positions
 * are saved when the layout stops so a return visit starts where this one ended.
 *
 * `running` is what the buttons and the badge say; `moving` is whether the canvas shows nodes
 * in motion — from the layout's first drawn frame until its final positions are drawn — so a
 * large graph's ties are hidden then, and the redraw that hides or shows them happens with a
 * frame of the layout, not in the click on its button.
 */
export function useLayout(
  graph: ExplorerGraph | null,
  autoStart: boolean,
  renderer: Sigma<NodeAttrs, EdgeAttrs> | null = null,
) {
  const layoutRef = useRef<PacedLayout | null>(null);
  const rendererRef = useRef(renderer);
  rendererRef.current = renderer;
  const timer = useRef<number | null>(null);
  const settleTimer = useRef<number | null>(null);
  // Start as they will be once the effect has run, so the first frame already knows.
  const [running, setRunning] = useState(autoStart);
  const [moving, setMoving] = useState(autoStart);
  const movingNow = useRef(autoStart);

  const persist = useCallback(() => {
    if (!graph) return;
    const entries: [string, number, number][] = [];
    graph.forEachNode((id, attrs) => entries.push([id, attrs.x, attrs.y]));
    savePositions(entries);
  }, [graph]);

  const showMoving = useCallback((next: boolean) => {
    if (movingNow.current === next) return;
    movingNow.current = next;
    // At once, so the canvas redraws for it together with the positions just written.
    flushSync(() => setMoving(next));
  }, []);

  /** The stopped layout's final positions: into the graph, saved, drawn with their ties. */
  const settle = useCallback(() => {
    if (settleTimer.current !== null) window.clearTimeout(settleTimer.current);
    settleTimer.current = null;
    layoutRef.current?.settle();
    persist();
    showMoving(false);
  }, [persist, showMoving]);

  const stop = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (layoutRef.current?.isRunning()) {
      layoutRef.current.stop();
      // In a task of its own: the button answers first.
      if (settleTimer.current === null) settleTimer.current = window.setTimeout(settle, 0);
    }
    setRunning(false);
  }, [settle]);

  const start = useCallback(
    (forMs?: number) => {
      const layout = layoutRef.current;
      if (!graph || graph.order === 0 || !layout) return;
      if (settleTimer.current !== null) {
        // Stopped a moment ago: the worker starts from the positions it had reached. The ties
        // stay hidden, the nodes are about to move again.
        window.clearTimeout(settleTimer.current);
        settleTimer.current = null;
        layout.settle();
        persist();
      }
      layout.start();
      setRunning(true);
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(stop, forMs ?? autoStopMs(graph.order));
    },
    [graph, stop, persist],
  );

  useEffect(() => {
    if (!graph || graph.order === 0) return;
    const settings = { ...inferSettings(graph), barnesHutOptimize: graph.order > 1000, adjustSizes: false };
    const layout = new PacedLayout(graph, settings, () => {
      // The first frame hides a large graph's ties: the canvas redraws for that, positions and all.
      if (!movingNow.current) return showMoving(true);
      // Drawn in this task, not in the next animation frame: the browser's commit, which waits
      // for the GPU to raster the canvas, then holds the main thread in a task of its own. (Sigma
      // took the positions from the graph's event; this draws now what it would draw then.)
      rendererRef.current?.refresh({ partialGraph: {} });
    });
    layoutRef.current = layout;
    if (autoStart) {
      layout.start();
      setRunning(true);
      movingNow.current = true;
      setMoving(true);
      timer.current = window.setTimeout(() => {
        layout.stop();
        setRunning(false);
        settle();
        // Laid out here, the positions are final only now.
        markAfterNextFrame([FIRST_USEFUL_FRAME, FULL_FRAME]);
      }, autoStopMs(graph.order));
    }
    return () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      // Positions the layout reached and nobody saved yet: kept for the next visit.
      const unsaved = layout.isRunning() || settleTimer.current !== null;
      if (settleTimer.current !== null) window.clearTimeout(settleTimer.current);
      timer.current = null;
      settleTimer.current = null;
      if (unsaved) {
        layout.stop();
        layout.settle();
        persist();
      }
      layout.kill();
      layoutRef.current = null;
      movingNow.current = false;
      setRunning(false);
      setMoving(false);
    };
  }, [graph, autoStart, persist, settle, showMoving]);

  return { running, moving, start: () => start(), stop };
}
