import type { Viewer } from '../context';
import type { GraphData, GraphEdgeData } from '../modules/graph/graph-types';
import { toMonth } from './months';
import type { Audience } from './pseudonyms';

/** How far from an employer's own organisation its view of the graph reaches. */
export const EMPLOYER_GRAPH_STEPS = 2;

/** What the role's graph view needs besides the graph: facts read per request. */
export interface GraphAudience {
  viewer: Viewer;
  /** The researchers' pseudonyms. */
  research: Audience;
  /** For employers: the participants an accepted, unexpired introduction reveals to them now. */
  revealed: ReadonlySet<string>;
}

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

/** Agreements with a party outside the kept nodes are left out whole: a pair of its edges would tell it exists. */
function agreementsTouching(edges: readonly GraphEdgeData[], nodes: ReadonlySet<string>): Set<string> {
  const touching = new Set<string>();
  for (const edge of edges) {
    if (edge.agreementId && (!nodes.has(edge.source) || !nodes.has(edge.target))) touching.add(edge.agreementId);
  }
  return touching;
}

/**
 * Researchers: participants only with `shareForResearch`, and agreements only where every
 * participant party shares; every node — person, organisation and network alike — under its
 * research pseudonym, as label and as id, so that no participant stands beside a named
 * organisation or network (DESIGN.md: no organisation or municipality of a participant) and an
 * export cannot be joined back to the register; every edge id derived anew (a connection's or
 * membership's id is the one the lists show); every date to the month; no participant's
 * affiliation to an organisation. Nodes and edges come sorted by their new ids: in the order
 * they were read (the order records were made) the n-th organisation node would be the n-th
 * organisation of the list sorted by creation. Agreement ids stay: agreements are
 * participant-level data for researchers too, and show their parties under the same
 * pseudonyms (agreements.ts).
 */
function researchView(graph: GraphData, research: Audience): GraphData {
  const nodes = graph.nodes.filter((node) => node.kind !== 'PARTICIPANT' || node.shareForResearch);
  const participants = new Set(nodes.filter((node) => node.kind === 'PARTICIPANT').map((node) => node.id));
  const kept = new Set(nodes.map((node) => node.id));
  const withheld = agreementsTouching(graph.edges, kept);
  // A participant party who does not share may be outside the graph read (a network's view).
  for (const edge of graph.edges) if (edge.participantsShare === false) withheld.add(edge.agreementId!);
  const visible = nodes.map((node) => {
    const id = research(node.id);
    // The status stays for graphStats' suppressed count of participants in work; no field or export shows it.
    const { shareForResearch: _share, ...rest } = node;
    return { ...rest, id, label: id, since: toMonth(node.since) };
  });
  const edges = graph.edges.flatMap((edge) => {
    if (!kept.has(edge.source) || !kept.has(edge.target) || (edge.agreementId && withheld.has(edge.agreementId))) return [];
    // A participant's affiliation names their organisation (often their support provider): a
    // quasi-identifier researchers do not get.
    if (edge.kind === 'AFFILIATION' && (participants.has(edge.source) || participants.has(edge.target))) return [];
    return [
      {
        ...edge,
        id: `${edge.kind.toLowerCase()}_${research(edge.id)}`,
        source: research(edge.source),
        target: research(edge.target),
        since: toMonth(edge.since),
        until: toMonth(edge.until),
        // Filters by network match the network's node id, which is its pseudonym here.
        ...(edge.networkId ? { networkId: research(edge.networkId) } : {}),
      },
    ];
  });
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: visible.sort(byId), edges: edges.sort(byId) };
}

/**
 * Employers: organisations and networks within two steps of their own organisation, their own
 * organisation's people, and participants only behind an accepted, unexpired introduction
 * whose participant is still visible; agreements only their organisation is a party to.
 */
function employerView(graph: GraphData, organizationId: string | null, revealed: ReadonlySet<string>): GraphData {
  if (!organizationId) return { nodes: [], edges: [] };
  // Reached without passing through a participant: their ties say nothing to an employer.
  const participants = new Set(graph.nodes.filter((node) => node.kind === 'PARTICIPANT').map((node) => node.id));
  const withoutParticipants = {
    nodes: graph.nodes,
    edges: graph.edges.filter((edge) => !participants.has(edge.source) && !participants.has(edge.target)),
  };
  const reach = neighbourhood(withoutParticipants, organizationId, EMPLOYER_GRAPH_STEPS);
  const ownPeople = new Set(
    graph.edges.filter((edge) => edge.kind === 'AFFILIATION' && edge.target === organizationId).map((edge) => edge.source),
  );
  const nodes = graph.nodes.filter((node) => {
    switch (node.kind) {
      case 'PARTICIPANT':
        return revealed.has(node.id);
      case 'PERSON':
        return ownPeople.has(node.id);
      default:
        return reach.has(node.id);
    }
  });
  const kept = new Set(nodes.map((node) => node.id));
  const own = new Set(
    graph.edges
      .filter((edge) => edge.agreementId && (edge.source === organizationId || edge.target === organizationId))
      .map((edge) => edge.agreementId!),
  );
  // A revealed participant's own ties (affiliation, networks, other people) stay theirs: only
  // ties to the employer's organisation and people show.
  const ours = new Set([organizationId, ...ownPeople]);
  const participantTie = (edge: GraphEdgeData) =>
    (revealed.has(edge.source) && !ours.has(edge.target)) || (revealed.has(edge.target) && !ours.has(edge.source));
  const edges = graph.edges.filter(
    (edge) =>
      kept.has(edge.source) && kept.has(edge.target) && (!edge.agreementId || own.has(edge.agreementId)) && !participantTie(edge),
  );
  return { nodes: nodes.map(({ shareForResearch: _share, participantStatus: _status, ...node }) => node), edges };
}

/**
 * What each role may see of the graph, applied once per request before anything leaves the
 * API (the graph, metrics, statistics, bridge paths and exports all read this view):
 * coordinators everything; researchers and employers as above; anyone else nothing.
 */
export function applyGraphPrivacy(graph: GraphData, audience: GraphAudience): GraphData {
  const { viewer } = audience;
  switch (viewer.role) {
    case 'COORDINATOR':
      return graph;
    case 'RESEARCHER':
      return researchView(graph, audience.research);
    case 'EMPLOYER':
      return employerView(graph, viewer.organizationId, audience.revealed);
    default:
      return { nodes: [], edges: [] };
  }
}
