import { SECTORS, seriesDatesSchema } from '@brobygger/domain';
import { eiIndex, graphFromPlain } from '@brobygger/graph';
import type { GraphQLContext } from '../../context';
import { validate } from '../../lib/validate';
import type { GraphFilterInput } from '../graph/graph-types';
import { viewFor } from '../graph/service';
import { suppressionFor } from '../../privacy/research-counts';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR_OR_RESEARCHER } from '../../authorization/permissions';

const finite = (n: number) => (Number.isFinite(n) ? n : null);

/**
 * The E-I index on each day, each computed on the viewer's graph as it stood that day (the same
 * view as `graph(filter: { asOf })`). E-I is one linear pass, so it runs on the request thread.
 */
export async function eiOverTimeFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined, datesInput: unknown) {
  requireRole(ctx, COORDINATOR_OR_RESEARCHER, 'eiOverTimeFor');
  const dates = validate(seriesDatesSchema, datesInput, 'dates');
  const s = suppressionFor(ctx.viewer?.role === 'RESEARCHER');
  const points = [];
  for (const date of [...new Set(dates)].sort()) {
    const { graph } = await viewFor(ctx, { ...filter, asOf: date });
    const plain = graphFromPlain({
      nodes: graph.nodes.map((n) => ({ id: n.id, sector: n.sector, kind: n.kind })),
      edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, kind: e.kind })),
    });
    const ties = new Set(graph.edges.map((e) => (e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`)));
    const ei = eiIndex(plain);
    points.push({
      date,
      eiIndex: s.figure(finite(ei.overall)),
      eiBySector: SECTORS.map((sector) => ({ sector, eiIndex: s.figure(finite(ei.bySector[sector])) })),
      edgeCount: s.count(ties.size),
    });
  }
  return points;
}
