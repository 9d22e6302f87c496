import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExplorerGraph } from './build-graph';
import { FIRST_USEFUL_FRAME, FULL_FRAME, markAfterNextFrame } from './frame-marks';
import { savePositions } from './position-cache';

/** How long the layout runs on its own before settling; the user can run it longer. */
function autoStopMs(order: number): number {
  return Math.min(4000 + order * 1.5, 30000);
}

/**
 * ForceAtlas2 in a web worker: the main thread only receives positions, so the page stays
 * responsive at 20,000 nodes. Positions are saved when the layout stops so a return visit
 * starts where this one ended.
 */
export function useLayout(graph: ExplorerGraph | null, autoStart: boolean) {
  const supervisor = useRef<FA2LayoutSupervisor | null>(null);
  const timer = useRef<number | null>(null);
  // Starts as it will be once the effect has run, so the first frame already knows.
  const [running, setRunning] = useState(autoStart);

  const persist = useCallback(() => {
    if (!graph) return;
    const entries: [string, number, number][] = [];
    graph.forEachNode((id, attrs) => entries.push([id, attrs.x, attrs.y]));
    savePositions(entries);
  }, [graph]);

  const stop = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (supervisor.current?.isRunning()) {
      supervisor.current.stop();
      persist();
    }
    setRunning(false);
  }, [persist]);

  const start = useCallback(
    (forMs?: number) => {
      if (!graph || graph.order === 0 || !supervisor.current) return;
      supervisor.current.start();
      setRunning(true);
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(stop, forMs ?? autoStopMs(graph.order));
    },
    [graph, stop],
  );

  useEffect(() => {
    if (!graph || graph.order === 0) return;
    const settings = { ...inferSettings(graph), barnesHutOptimize: graph.order > 1000, adjustSizes: false };
    const layout = new FA2LayoutSupervisor(graph, { settings });
    supervisor.current = layout;
    if (autoStart) {
      layout.start();
      setRunning(true);
      timer.current = window.setTimeout(() => {
        layout.stop();
        setRunning(false);
        persist();
        // Laid out here, the positions are final only now.
        markAfterNextFrame([FIRST_USEFUL_FRAME, FULL_FRAME]);
      }, autoStopMs(graph.order));
    }
    return () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      if (layout.isRunning()) persist();
      layout.kill();
      supervisor.current = null;
      setRunning(false);
    };
  }, [graph, autoStart, persist]);

  return { running, start: () => start(), stop };
}
