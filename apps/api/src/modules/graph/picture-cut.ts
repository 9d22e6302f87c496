import type { OverviewLayout } from '@brobygger/graph';
import { filterKey } from './filter-key';
import type { GraphFilterInput } from './graph-types';
import type { GraphViewData } from './service';
import type { CompactColumns } from './view-columns';

/*
 * A filter's picture as a cut of the viewer's whole map (graph-picture.ts draws the whole map and
 * decides when a cut is made): where each node of a picture stands, which filters are cut, and
 * the cut itself.
 */

/** Where each node of a picture stands, by node id. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

const positionsByPicture = new WeakMap<OverviewLayout, Positions>();

/** A picture's positions by node id, made once per picture. */
export function positionsOf(picture: OverviewLayout, nodeIds: readonly string[]): Positions {
  let positions = positionsByPicture.get(picture);
  if (!positions) {
    positions = new Map(nodeIds.map((id, i) => [id, { x: picture.x[i]!, y: picture.y[i]! }]));
    positionsByPicture.set(picture, positions);
  }
  return positions;
}

/**
 * Whether a filter shows part of the region's graph (sectors, kinds, dates, cross-sector ties…):
 * then its picture is cut from the whole map. A network's graph is a map of its own.
 */
export function narrowsTheRegion(filter: GraphFilterInput | null | undefined): boolean {
  return !filter?.networkId && filterKey(filter) !== filterKey(null);
}

/**
 * A filtered view's picture cut from the whole map of the same viewer and version: the map holds
 * still as filters change, and a filter's first view costs a lookup instead of a drawing (most
 * of a second at 20,000 people). The whole map shows nothing the viewer may not see, so the cut
 * carries no trace of anything outside their view. Kept with the view only, not in lastPictures:
 * a cut was shaped by ties beyond its own columns, so it is no starting point for a later
 * drawing, and cutting again from the whole map (kept there) gives the same picture.
 */
export function cutFromWhole(view: GraphViewData, columns: CompactColumns, whole: Positions): Promise<OverviewLayout | null> {
  const cut = {
    x: columns.nodeIds.map((id) => whole.get(id)!.x),
    y: columns.nodeIds.map((id) => whole.get(id)!.y),
  };
  view.cached.picture = Promise.resolve(cut);
  return view.cached.picture;
}
