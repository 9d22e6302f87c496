import { useEffect } from 'react';
import type Sigma from 'sigma';
import type { ExplorerGraph } from './build-graph';
import { focusCameraState, frameCameraState, motionDuration } from './camera';
import type { BridgePathHighlight, EdgeAttrs, NodeAttrs } from './types';

type Renderer = Sigma<NodeAttrs, EdgeAttrs>;

function shownPoints(renderer: Renderer, ids: Iterable<string>) {
  const points = [];
  for (const id of ids) {
    const data = renderer.getNodeDisplayData(id);
    if (data && !data.hidden) points.push(data);
  }
  return points;
}

/**
 * The camera follows what the user focuses: a node chosen by search, click or the table view
 * is brought to the middle with its neighbours around it; with focus mode on, the whole
 * neighbourhood is framed; a bridge path found is framed end to end. `request` changes each
 * time a node is chosen, so choosing the selected node again still brings it back into view.
 */
export function useCameraFocus(
  renderer: Renderer | null,
  graph: ExplorerGraph,
  selected: string | null,
  focus: ReadonlySet<string> | null,
  request: number,
  path: BridgePathHighlight | null,
): void {
  useEffect(() => {
    if (!renderer || selected === null) return;
    const node = renderer.getNodeDisplayData(selected);
    if (!node || node.hidden) return;
    const camera = renderer.getCamera();
    const target =
      focus !== null
        ? frameCameraState(shownPoints(renderer, focus))
        : focusCameraState(node, shownPoints(renderer, graph.neighbors(selected)), camera.getState().ratio);
    if (target) void camera.animate(target, { duration: motionDuration(600) });
  }, [renderer, graph, selected, focus, request]);

  useEffect(() => {
    if (!renderer || !path) return;
    const target = frameCameraState(shownPoints(renderer, path.nodes));
    if (target) void renderer.getCamera().animate(target, { duration: motionDuration(500) });
  }, [renderer, path]);
}
