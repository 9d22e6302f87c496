import { SECTORS, seriesDatesSchema } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { throwIfPastDeadline, yieldToEventLoop } from '../../lib/deadline';
import { validate } from '../../lib/validate';
import { slimGraph } from '../graph/analytics-tasks';
import type { GraphFilterInput } from '../graph/graph-types';
import { analyticsJobOf, INLINE_WORK_MAX, runAnalyticsInline, runAnalyticsJob } from '../graph/analytics-pool';
import { viewFor } from '../graph/service';
import { suppressionFor } from '../../privacy/research-counts';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR_OR_RESEARCHER } from '../../authorization/permissions';

const finite = (n: number) => (Number.isFinite(n) ? n : null);

/**
 * The E-I index on each day, each computed on the viewer's graph as it stood that day (the same
 * view as `graph(filter: { asOf })`). One day is a linear pass, but a series of 24 days over a
 * large graph takes a second or more: it runs in the analytics pool (graph/analytics-pool.ts),
 * one job for the whole series, and only small series run on the request thread.
 */
export async function eiOverTimeFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined, datesInput: unknown) {
  requireRole(ctx, COORDINATOR_OR_RESEARCHER, 'eiOverTimeFor');
  const dates = [...new Set(validate(seriesDatesSchema, datesInput, 'dates'))].sort();
  const s = suppressionFor(ctx.viewer?.role === 'RESEARCHER');
  // The viewer's graph narrowed to the filter's network only: filtering it again with the whole
  // filter and a day gives exactly the view of graph(filter: { ...filter, asOf: day }).
  const { graph } = await viewFor(ctx, filter?.networkId ? { networkId: filter.networkId } : null);
  const input = { graph, filter: filter ?? null, dates };
  let days;
  if ((graph.nodes.length + graph.edges.length) * dates.length <= INLINE_WORK_MAX) days = runAnalyticsInline('eiSeries', input);
  else {
    // Other fields of the request may have just done their own share of work on this turn.
    await yieldToEventLoop();
    throwIfPastDeadline(ctx.signal);
    days = await runAnalyticsJob('eiSeries', { ...input, graph: slimGraph(graph) }, analyticsJobOf(ctx));
  }
  return days.map((day) => ({
    date: day.date,
    eiIndex: s.figure(finite(day.overall)),
    eiBySector: SECTORS.map((sector) => ({ sector, eiIndex: s.figure(finite(day.bySector[sector])) })),
    edgeCount: s.count(day.ties),
  }));
}
