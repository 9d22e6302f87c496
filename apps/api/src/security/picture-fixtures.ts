import { overviewLayout, type OverviewLayoutInput } from '@brobygger/graph';

/** The columns of `compactGraph` a picture is drawn from, and the picture: what the picture attacks read. */
export interface Picture {
  nodeIds: string[];
  nodeKinds: string[];
  edgeIds: string[];
  edgeSources: number[];
  edgeTargets: number[];
  edgeKinds: string[];
  nodeX: number[] | null;
  nodeY: number[] | null;
}
export const COLUMNS = 'nodeIds nodeKinds edgeIds edgeSources edgeTargets edgeKinds';
export const PICTURE = `query($filter: GraphFilter) { compactGraph(filter: $filter) { ${COLUMNS} nodeX nodeY } }`;

// `+ 0`: JSON has no -0, so the API's -0 arrives as 0.
const round = (value: number) => Math.round(value * 10) / 10 + 0;

/** The layout input of a viewer's own columns, continued from an earlier picture of theirs when given. */
function inputOf(p: Picture, previous?: Picture): OverviewLayoutInput {
  const input: OverviewLayoutInput = {
    hub: p.nodeKinds.map((kind) => kind === 'ORGANIZATION' || kind === 'NETWORK'),
    sources: p.edgeSources,
    targets: p.edgeTargets,
    anchoring: p.edgeKinds.map((kind) => kind === 'AFFILIATION'),
  };
  if (previous) {
    const at = new Map(previous.nodeIds.map((id, i) => [id, i]));
    const pick = (column: number[] | null) =>
      p.nodeIds.map((id) => (at.has(id) ? column![at.get(id)!]! : Number.NaN));
    input.previous = { x: pick(previous.nodeX), y: pick(previous.nodeY) };
  }
  return input;
}

/** The picture a viewer's own columns alone give (optionally continued from an earlier one), rounded as the API rounds. */
export function drawn(p: Picture, previous?: Picture): { x: number[]; y: number[] } | null {
  const layout = overviewLayout(inputOf(p, previous));
  return layout && { x: layout.x.map(round), y: layout.y.map(round) };
}
