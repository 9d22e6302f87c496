import { and, eq, isNull } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import type { GraphQLContext } from '../../context';
import { forbidden, notFound } from '../../lib/errors';
import { filterGraph } from './filter-graph';
import type { GraphData, GraphNodeData } from './graph-types';
import { wholeGraph } from './service';
import { requireRole } from '../../authorization/acting-viewer';
import { noteNamedParticipants } from '../../privacy/profile-reads';
import { A_PARTICIPANT } from '../../privacy/people';
import { COORDINATOR_OR_PARTICIPANT } from '../../authorization/permissions';

/** How far from a participant suggestions reach: a friend of a friend of a friend. */
export const SUGGESTION_STEPS = 3;

export interface OpenOpening {
  id: string;
  title: string;
  organizationId: string;
  talents: readonly string[];
}

export interface PathNodeView {
  id: string;
  label: string;
  anonymous: boolean;
  kind: GraphNodeData['kind'];
  sector: GraphNodeData['sector'];
}

export interface SuggestedBridgeView {
  id: string;
  kind: 'OPPORTUNITY' | 'EMPLOYER';
  title: string;
  organizationId: string;
  organizationName: string;
  matchedTalents: string[];
  steps: number;
  path: PathNodeView[];
}


const normal = (talent: string) => talent.trim().toLocaleLowerCase('nb');

/** Breadth-first from `start` up to `maxSteps`: each reached node's predecessor on a shortest path. */
export function reachWithin(graph: GraphData, start: string, maxSteps: number): Map<string, string | null> {
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of graph.edges) {
    (neighbours.get(source) ?? neighbours.set(source, []).get(source)!).push(target);
    (neighbours.get(target) ?? neighbours.set(target, []).get(target)!).push(source);
  }
  const parent = new Map<string, string | null>([[start, null]]);
  let frontier = [start];
  for (let step = 0; step < maxSteps && frontier.length; step += 1) {
    const next: string[] = [];
    for (const id of frontier)
      for (const neighbour of neighbours.get(id) ?? []) {
        if (parent.has(neighbour)) continue;
        parent.set(neighbour, id);
        next.push(neighbour);
      }
    frontier = next;
  }
  return parent;
}

function pathTo(parent: Map<string, string | null>, end: string): string[] {
  const path = [end];
  for (let at = parent.get(end); at; at = parent.get(at)) path.push(at);
  return path.reverse();
}

/**
 * One suggestion per organisation within `SUGGESTION_STEPS` of the participant whose open
 * openings want talents the participant has (case-insensitively), on its shortest path: the
 * opening matching most of them, or the employer itself when its openings together match more
 * than any one does. More matched talents first, then fewer steps, then by title.
 */
export function suggestBridges(
  graph: GraphData,
  participantId: string,
  talents: readonly string[],
  openings: readonly OpenOpening[],
  label: (node: GraphNodeData) => PathNodeView,
): SuggestedBridgeView[] {
  const mine = new Map(talents.map((talent) => [normal(talent), talent]));
  const parent = reachWithin(graph, participantId, SUGGESTION_STEPS);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const matched = (wanted: Iterable<string>) => {
    const names = new Set<string>();
    for (const talent of wanted) {
      const own = mine.get(normal(talent));
      if (own) names.add(own);
    }
    return [...names].sort((a, b) => a.localeCompare(b, 'nb'));
  };
  const bridge = (id: string, kind: SuggestedBridgeView['kind'], title: string, organizationId: string, talentsMatched: string[]) => {
    const ids = pathTo(parent, organizationId);
    return {
      id,
      kind,
      title,
      organizationId,
      organizationName: byId.get(organizationId)!.label,
      matchedTalents: talentsMatched,
      steps: ids.length - 1,
      path: ids.map((node) => label(byId.get(node)!)),
    };
  };

  const openingsByOrganization = new Map<string, OpenOpening[]>();
  for (const opening of openings) {
    if (!parent.has(opening.organizationId)) continue;
    (openingsByOrganization.get(opening.organizationId) ?? openingsByOrganization.set(opening.organizationId, []).get(opening.organizationId)!).push(opening);
  }
  const suggestions: SuggestedBridgeView[] = [];
  for (const [organizationId, its] of openingsByOrganization) {
    const together = matched(its.flatMap((opening) => opening.talents));
    if (!together.length) continue;
    const best = its
      .map((opening) => ({ opening, talents: matched(opening.talents) }))
      .sort((a, b) => b.talents.length - a.talents.length || a.opening.title.localeCompare(b.opening.title, 'nb'))[0]!;
    suggestions.push(
      best.talents.length === together.length
        ? bridge(best.opening.id, 'OPPORTUNITY', best.opening.title, organizationId, best.talents)
        : bridge(organizationId, 'EMPLOYER', byId.get(organizationId)!.label, organizationId, together),
    );
  }
  return suggestions.sort(
    (a, b) =>
      b.matchedTalents.length - a.matchedTalents.length || a.steps - b.steps || a.title.localeCompare(b.title, 'nb') || a.id.localeCompare(b.id),
  );
}

async function openOpenings(ctx: GraphQLContext): Promise<OpenOpening[]> {
  const rows = await ctx.db
    .select({
      id: schema.opportunities.id,
      title: schema.opportunities.title,
      organizationId: schema.opportunities.organizationId,
      talent: schema.opportunityTalents.name,
    })
    .from(schema.opportunities)
    .innerJoin(schema.opportunityTalents, eq(schema.opportunityTalents.opportunityId, schema.opportunities.id))
    // An archived opening is suggested to no one, open or not.
    .where(and(eq(schema.opportunities.status, 'OPEN'), isNull(schema.opportunities.archivedAt)));
  const byId = new Map<string, OpenOpening & { talents: string[] }>();
  for (const row of rows) {
    const opening = byId.get(row.id) ?? byId.set(row.id, { id: row.id, title: row.title, organizationId: row.organizationId, talents: [] }).get(row.id)!;
    opening.talents.push(row.talent);
  }
  return [...byId.values()];
}

/**
 * Suggested bridges for a participant, over the ties that hold today. Coordinators may ask for
 * anyone, a participant only for themselves; other participants on a path appear to a
 * participant only as "a participant": no name, no pseudonym, one placeholder id for all.
 */
export async function suggestedBridgesFor(ctx: GraphQLContext, participantId: string): Promise<SuggestedBridgeView[]> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'suggestedBridgesFor');
  const viewer = ctx.viewer;
  if (!viewer) throw forbidden();
  if (viewer.role !== 'COORDINATOR' && viewer.personId !== participantId) {
    throw forbidden('OWN_PROFILE_ONLY', 'A participant may only see their own suggested bridges.');
  }
  const person = await ctx.loaders.person.load(participantId);
  if (!person?.isParticipant) throw notFound('participant', participantId, 'participantId');

  const [graph, talents, openings] = await Promise.all([wholeGraph(ctx), ctx.loaders.talentsOfPerson.load(participantId), openOpenings(ctx)]);
  const today = filterGraph(graph, { asOf: ctx.now().toISOString().slice(0, 10) });
  const hide = viewer.role !== 'COORDINATOR';
  const label = (node: GraphNodeData): PathNodeView =>
    hide && node.kind === 'PARTICIPANT' && node.id !== participantId
      ? { id: A_PARTICIPANT, label: '', anonymous: true, kind: node.kind, sector: node.sector }
      : { id: node.id, label: node.label, anonymous: false, kind: node.kind, sector: node.sector };
  const bridges = suggestBridges(today, participantId, talents.map((t) => t.name), openings, label);
  // Participants named on the paths (for a coordinator) are reads of who they are.
  noteNamedParticipants(ctx, bridges.flatMap((bridge) => bridge.path.filter((node) => !node.anonymous)));
  return bridges;
}
