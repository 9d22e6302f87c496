import { seededRandom } from '@brobygger/graph';
import type { GraphColumns } from './compact-graph';

/** What the bare page downloads: the explorer's graph in plain columns, positions included. */
export interface BareGraph {
  ids: string[];
  labels: string[];
  sectors: string[];
  x: number[];
  y: number[];
  /** Each edge's ends, as indexes into the node columns. */
  sources: number[];
  targets: number[];
}

/** How many nodes took their position from where. */
export interface PositionSources {
  api: number;
  app: number;
  disc: number;
}

/**
 * The bare page's graph: the same nodes and edges the explorer shows. Each node is placed where
 * the API's layout puts it (nodeX/nodeY, when the API has them), else where the app's layout
 * left it (`appPositions`), else at a seeded random point on a disc the size the app starts
 * from. Where nodes sit matters to the frame: on software GL an edge costs its length in pixels.
 */
export function bareGraph(
  columns: GraphColumns,
  appPositions: ReadonlyMap<string, readonly [number, number]>,
): { graph: BareGraph; sources: PositionSources } {
  const random = seededRandom(18);
  const spread = Math.sqrt(columns.nodeIds.length) * 10 + 10;
  const sources: PositionSources = { api: 0, app: 0, disc: 0 };
  const x: number[] = [];
  const y: number[] = [];
  columns.nodeIds.forEach((id, i) => {
    const fromApi = [columns.nodeX?.[i], columns.nodeY?.[i]];
    const fromApp = appPositions.get(id);
    if (typeof fromApi[0] === 'number' && typeof fromApi[1] === 'number') {
      sources.api += 1;
      x.push(fromApi[0]);
      y.push(fromApi[1]);
    } else if (fromApp) {
      sources.app += 1;
      x.push(fromApp[0]);
      y.push(fromApp[1]);
    } else {
      sources.disc += 1;
      const angle = random() * Math.PI * 2;
      const radius = Math.sqrt(random()) * spread;
      x.push(Math.cos(angle) * radius);
      y.push(Math.sin(angle) * radius);
    }
  });
  return {
    graph: {
      ids: columns.nodeIds,
      labels: columns.nodeLabels,
      sectors: columns.nodeSectors,
      x,
      y,
      sources: columns.edgeSources,
      targets: columns.edgeTargets,
    },
    sources,
  };
}
