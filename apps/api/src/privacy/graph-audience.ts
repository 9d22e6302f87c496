import { createHash } from 'node:crypto';
import { and, eq, gte } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import { INTRODUCTION_REVEAL_MONTHS } from '@brobygger/domain';
import type { GraphQLContext } from '../context';
import type { GraphAudience } from './graph';

/**
 * The participants an employer's organisation may see by name right now: an ACCEPTED
 * introduction answered less than INTRODUCTION_REVEAL_MONTHS ago, and the participant still
 * visible to employers (read per request, so a withdrawal counts at once).
 */
export async function revealedParticipants(ctx: GraphQLContext, organizationId: string): Promise<Set<string>> {
  const i = schema.introductions;
  const p = schema.participantProfiles;
  const since = new Date(ctx.now());
  since.setUTCMonth(since.getUTCMonth() - INTRODUCTION_REVEAL_MONTHS);
  const rows = await ctx.db
    .select({ id: i.participantId })
    .from(i)
    .innerJoin(p, eq(p.personId, i.participantId))
    .where(
      and(
        eq(i.organizationId, organizationId),
        eq(i.status, 'ACCEPTED'),
        gte(i.answeredAt, since.toISOString()),
        eq(p.visibleToEmployers, true),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/**
 * What the viewer's role view of the graph depends on, and a key naming that view: viewers
 * with the same key see the same graph (all coordinators; all researchers; an employer
 * organisation with the same revealed participants), so metrics computed for one serve all.
 */
export async function graphAudienceFor(ctx: GraphQLContext): Promise<{ audience: GraphAudience; key: string }> {
  const viewer = ctx.viewer!;
  const research = ctx.pseudonyms.research;
  if (viewer.role !== 'EMPLOYER' || !viewer.organizationId) {
    return { audience: { viewer, research, revealed: new Set() }, key: viewer.role };
  }
  const revealed = await revealedParticipants(ctx, viewer.organizationId);
  const digest = createHash('sha256').update([...revealed].sort().join(',')).digest('base64url');
  return { audience: { viewer, research, revealed }, key: `EMPLOYER:${viewer.organizationId}:${digest}` };
}
