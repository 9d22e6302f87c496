import { and, asc, eq, isNull } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import type { GraphQLContext } from '../../context';
import { badInput } from '../../lib/errors';
import { containsText } from '../../lib/search';
import { requireRole } from '../../authorization/acting-viewer';
import { noteProfileRead } from '../../privacy/profile-reads';
import { ADMIN } from '../../authorization/permissions';

/** Longest search text accepted; a name is never longer. */
export const MAX_LINK_SEARCH_LENGTH = 100;
/** Most targets one search returns: a picker shows a handful, not a directory. */
export const MAX_LINK_TARGETS = 50;

export interface LinkTarget {
  id: string;
  kind: 'PERSON' | 'ORGANIZATION';
  name: string;
  detail: string | null;
  isParticipant: boolean;
}

function checkArgs(search: string, first: number | null | undefined): { text: string; limit: number } {
  const text = search.trim();
  if (text.length === 0) throw badInput('search', 'Type part of a name to search for.', { reason: 'SEARCH_EMPTY' });
  if (text.length > MAX_LINK_SEARCH_LENGTH) {
    throw badInput('search', `Search can be at most ${MAX_LINK_SEARCH_LENGTH} characters.`, {
      reason: 'TOO_LONG',
      params: { max: MAX_LINK_SEARCH_LENGTH },
    });
  }
  const limit = first ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LINK_TARGETS) {
    throw badInput('first', `first must be between 1 and ${MAX_LINK_TARGETS}.`, {
      reason: 'FIRST_OUT_OF_RANGE',
      params: { min: 1, max: MAX_LINK_TARGETS },
    });
  }
  return { text, limit };
}

/**
 * People or organisations by name, for the admin's account form. The admin links accounts, so
 * it sees names and one distinguishing detail — never a participant's profile.
 */
export async function findLinkTargets(
  ctx: GraphQLContext,
  args: { kind: 'PERSON' | 'ORGANIZATION'; search: string; first?: number | null },
): Promise<LinkTarget[]> {
  requireRole(ctx, ADMIN, 'findLinkTargets');
  const { text, limit } = checkArgs(args.search, args.first);
  if (args.kind === 'ORGANIZATION') {
    const o = schema.organizations;
    const rows = await ctx.db
      .select({ id: o.id, name: o.name, municipality: o.municipalityName })
      .from(o)
      // Archived records are out of every picker.
      .where(and(containsText(o.name, text), isNull(o.archivedAt)))
      .orderBy(asc(o.name), asc(o.id))
      .limit(limit);
    return rows.map((r) => ({ id: r.id, kind: 'ORGANIZATION', name: r.name, detail: r.municipality, isParticipant: false }));
  }
  const p = schema.people;
  const o = schema.organizations;
  const rows = await ctx.db
    .select({ id: p.id, name: p.name, email: p.email, isParticipant: p.isParticipant, organization: o.name })
    .from(p)
    .leftJoin(o, eq(o.id, p.organizationId))
    // An erased participant keeps only a pseudonymised row; no account should point at it again.
    .where(and(containsText(p.name, text), isNull(p.erasedAt), isNull(p.archivedAt)))
    .orderBy(asc(p.name), asc(p.id))
    .limit(limit);
  // A participant's name and e-mail in the admin's picker are a read of who they are: audited.
  for (const row of rows) noteProfileRead(ctx, { id: row.id, isParticipant: row.isParticipant });
  return rows.map((r) => ({
    id: r.id,
    kind: 'PERSON',
    name: r.name,
    // A participant's organisation (often their support provider) is not the admin's to know.
    detail: [r.email, r.isParticipant ? null : r.organization].filter(Boolean).join(' · ') || null,
    isParticipant: r.isParticipant,
  }));
}
