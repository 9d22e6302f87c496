import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ExplorerGraph } from './build-graph';
import { forcesLabel } from './labels';
import { DIM_COLOR, PATH_COLOR } from './node-style';
import { pairKey, type EdgeAttrs, type HighlightState, type NodeAttrs } from './types';
import { edgeOwnVisible, nodeVisible } from './visibility';

type NodeOut = Partial<NodeDisplayData> & { borderColor?: string };

/**
 * Reducers decide what each frame shows from the highlight state, leaving the graph's data
 * untouched, so hover, focus and replay never trigger a re-index or a layout change. The graph
 * is read when they run: a renderer given a new graph keeps its reducers (changing them makes
 * sigma re-index the graph it has).
 */
export function createReducers(getGraph: () => ExplorerGraph, getState: () => HighlightState) {
  const nodeReducer = (id: string, attrs: NodeAttrs): NodeOut => {
    const state = getState();
    if (!nodeVisible(id, attrs, state)) return { ...attrs, hidden: true };
    const out: NodeOut = { ...attrs };
    const look = state.looks?.get(id);
    if (look) Object.assign(out, look);
    if (state.path !== null) {
      if (state.path.nodes.has(id)) {
        out.highlighted = true;
        out.forceLabel = true;
        out.zIndex = 2;
        out.borderColor = PATH_COLOR;
        if (attrs.kind !== 'PARTICIPANT') out.color = PATH_COLOR;
        out.size = Math.max(out.size ?? attrs.size, 8);
        return out;
      }
      out.color = DIM_COLOR;
      out.borderColor = DIM_COLOR;
      out.label = '';
      out.zIndex = 0;
      return out;
    }
    if (forcesLabel(id, state)) {
      out.forceLabel = true;
      out.zIndex = 1;
    }
    if (state.hovered !== null) {
      if (id === state.hovered) out.highlighted = true;
      else if (!state.hoveredNeighbors.has(id)) {
        // Dimmed away from the hover; the selection keeps its labels so it can still be read.
        out.color = DIM_COLOR;
        out.borderColor = DIM_COLOR;
        if (!out.forceLabel) {
          out.label = '';
          out.zIndex = 0;
        }
      }
    }
    if (id === state.selected) {
      out.highlighted = true;
      out.zIndex = 2;
    }
    return out;
  };

  const edgeReducer = (id: string, attrs: EdgeAttrs): Partial<EdgeDisplayData> => {
    const state = getState();
    if (state.hideEdges) return { ...attrs, hidden: true };
    // Nothing dated, focused, traced or hovered: every tie as it is, without looking up its ends
    // (a full redraw passes 100,000 ties through here at 20,000 people).
    const plain =
      state.asOf === null && state.focus === null && state.path === null && state.hovered === null;
    if (plain) return attrs;
    const [source, target] = getGraph().extremities(id);
    if (!edgeOwnVisible(source, target, attrs, state)) return { ...attrs, hidden: true };
    if (state.path !== null) {
      return state.path.pairs.has(pairKey(source, target))
        ? { ...attrs, color: PATH_COLOR, size: attrs.size + 3, zIndex: 2 }
        : { ...attrs, color: DIM_COLOR, zIndex: 0 };
    }
    if (state.hovered !== null && source !== state.hovered && target !== state.hovered) {
      return { ...attrs, color: DIM_COLOR, zIndex: 0 };
    }
    if (state.hovered !== null) return { ...attrs, size: attrs.size + 0.8, zIndex: 1 };
    return attrs;
  };

  return { nodeReducer, edgeReducer };
}
