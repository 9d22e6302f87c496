import { isNull } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import type { GraphQLContext } from '../context';
import { badInput } from '../lib/errors';
import { peopleScope } from './people';
import { RESEARCH_PSEUDONYM } from './pseudonyms';

/**
 * The ids a researcher names things by where participants are (DESIGN.md, "Privacy is part of
 * the product"). Participant-level data — the graph and everything cut from it, and the
 * agreements — shows every person, organisation and network under its research pseudonym
 * (graph.ts researchView), so that no participant stands beside a named organisation or
 * network. A filter of that data by a real id would undo it (the nodes a real network id
 * returns are that network's members), so it takes the research pseudonyms the researcher was
 * given and refuses anything else; the organisation and network lists keep their names and
 * ids, and hold no participant.
 */
export type ResearchEntity = 'person' | 'organization' | 'network';

/** Refused whatever the id stands for (or whether it exists): the answer tells nothing about it. */
export function requireResearchPseudonym(id: string, field: string): void {
  if (RESEARCH_PSEUDONYM.test(id)) return;
  throw badInput(
    field,
    'Researchers name people, organisations and networks here by the research pseudonyms of their graph; real ids are withheld from research.',
    { reason: 'WITHHELD_FOR_RESEARCH' },
  );
}

async function candidates(ctx: GraphQLContext, kind: ResearchEntity): Promise<string[]> {
  const rows =
    kind === 'person'
      ? // People a researcher may see at all: professionals, and participants who share.
        await ctx.db.select({ id: schema.people.id }).from(schema.people).where(peopleScope(ctx))
      : kind === 'organization'
        ? await ctx.db.select({ id: schema.organizations.id }).from(schema.organizations).where(isNull(schema.organizations.archivedAt))
        : await ctx.db.select({ id: schema.networks.id }).from(schema.networks).where(isNull(schema.networks.archivedAt));
  return rows.map((row) => row.id);
}

/**
 * The record behind a researcher's pseudonym, among the kinds given; null when it stands for
 * none the researcher may see (which then matches nothing, exactly as an unknown pseudonym).
 * A real id is refused (`requireResearchPseudonym`).
 */
export async function entityOfResearchId(
  ctx: GraphQLContext,
  id: string,
  field: string,
  kinds: readonly ResearchEntity[],
): Promise<string | null> {
  requireResearchPseudonym(id, field);
  for (const kind of kinds) {
    const found = ctx.pseudonyms.research.find(id, await candidates(ctx, kind));
    if (found) return found;
  }
  return null;
}
