import type { Viewer } from '../../context';
import type { Pseudonymizer } from '../../lib/pseudonym';
import type { GraphData } from './graph-types';

/** How far from an employer's own organisation its view of the graph reaches. */
export const EMPLOYER_GRAPH_STEPS = 2;

function neighbourhood(graph: GraphData, start: string, steps: number): Set<string> {
  const adjacency = new Map<string, string[]>();
  for (const edge of graph.edges) {
    (adjacency.get(edge.source) ?? adjacency.set(edge.source, []).get(edge.source)!).push(edge.target);
    (adjacency.get(edge.target) ?? adjacency.set(edge.target, []).get(edge.target)!).push(edge.source);
  }
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < steps; step += 1) {
    const next: string[] = [];
    for (const id of frontier) for (const neighbour of adjacency.get(id) ?? []) {
      if (!seen.has(neighbour)) {
        seen.add(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return seen;
}

/**
 * What each role may see of the graph, enforced before anything leaves the API:
 * - researchers: participants only with `shareForResearch`; every person under a stable
 *   pseudonym, as label and as id, so an export cannot be joined back to the register;
 * - employers: their own organisation's neighbourhood, participants under pseudonyms;
 * - coordinators: everything.
 */
export function applyGraphPrivacy(graph: GraphData, viewer: Viewer, pseudonym: Pseudonymizer): GraphData {
  if (viewer.role === 'COORDINATOR') return graph;
  let nodes = graph.nodes;
  if (viewer.role === 'RESEARCHER') {
    nodes = nodes.filter((node) => node.kind !== 'PARTICIPANT' || node.shareForResearch);
  } else if (viewer.role === 'EMPLOYER') {
    const reach = viewer.organizationId
      ? neighbourhood(graph, viewer.organizationId, EMPLOYER_GRAPH_STEPS)
      : new Set<string>();
    nodes = nodes.filter((node) => reach.has(node.id));
  } else {
    return { nodes: [], edges: [] };
  }
  const hide = (kind: string) =>
    viewer.role === 'RESEARCHER' ? kind === 'PERSON' || kind === 'PARTICIPANT' : kind === 'PARTICIPANT';
  const idMap = new Map<string, string>();
  const visible = nodes.map((node) => {
    const id = hide(node.kind) ? pseudonym(node.id) : node.id;
    idMap.set(node.id, id);
    return hide(node.kind) ? { ...node, id, label: id, shareForResearch: undefined } : node;
  });
  const edges = graph.edges.flatMap((edge) => {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    if (!source || !target) return [];
    const hidesEnd = source !== edge.source || target !== edge.target;
    // An edge id made of a person's id would undo the pseudonym, so it is derived anew.
    return [{ ...edge, source, target, id: hidesEnd ? `${edge.kind.toLowerCase()}_${pseudonym(edge.id)}` : edge.id }];
  });
  return { nodes: visible, edges };
}
