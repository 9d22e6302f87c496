import type { Settings } from 'sigma/settings';
import type { HighlightState } from './types';

/**
 * Sigma's label grid, tuned so labels stay apart at the default zoom. The viewport is cut into
 * square cells and each cell shows the labels of its largest nodes only: ceil(density / ratio²)
 * of them, so at the default zoom (ratio 1) one label per 180 px cell — about the width of a
 * name in 12 px type — and, zoomed in, more as the cells grow on screen. Nodes drawn smaller
 * than the threshold get no label unless one is forced (the focus and its neighbours).
 */
export const LABEL_SETTINGS = {
  labelSize: 12,
  labelWeight: '500',
  labelDensity: 0.5,
  labelGridCellSize: 180,
  labelRenderedSizeThreshold: 8,
} satisfies Partial<Settings>;

/**
 * Whether a node's label is drawn whatever the grid says: the selected node and its neighbours,
 * the hovered node and its neighbours. Hidden nodes never draw one (sigma skips them).
 */
export function forcesLabel(id: string, state: Pick<HighlightState, 'selected' | 'selectedNeighbors' | 'hovered' | 'hoveredNeighbors'>): boolean {
  if (id === state.selected || state.selectedNeighbors.has(id)) return true;
  return state.hovered !== null && (id === state.hovered || state.hoveredNeighbors.has(id));
}

/** The nodes whose labels are forced in this state (see `forcesLabel`, and the bridge path's). */
export function* forcedLabelNodes(state: HighlightState): Generator<string> {
  if (state.path !== null) {
    yield* state.path.nodes;
    return;
  }
  if (state.selected !== null) yield state.selected;
  yield* state.selectedNeighbors;
  if (state.hovered !== null) yield state.hovered;
  yield* state.hoveredNeighbors;
}

/** A label's rectangle on screen, in CSS pixels. */
export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where sigma's disc and square label drawer puts a label: its baseline a third of the font
 * size below the node's centre, starting 3 px right of the node; a pixel of air around it.
 */
export function labelBox(x: number, y: number, nodeSize: number, textWidth: number, fontSize: number): LabelBox {
  const left = x + nodeSize + 3;
  const baseline = y + fontSize / 3;
  return { left: left - 1, top: baseline - fontSize * 0.85 - 1, right: left + textWidth + 1, bottom: baseline + fontSize * 0.25 + 1 };
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The room labels have taken in one frame. The grid picks candidates cell by cell, so two
 * names in neighbouring cells can still cross; a label that would cross one already placed
 * is left out, unless it is forced (the focus and its neighbours always speak).
 */
export class LabelSpace {
  private boxes: LabelBox[] = [];

  clear(): void {
    this.boxes = [];
  }

  fits(box: LabelBox): boolean {
    return !this.boxes.some((taken) => overlaps(taken, box));
  }

  take(box: LabelBox): void {
    this.boxes.push(box);
  }
}
