import type { AuditEventRow } from '@brobygger/db/schema';
import { PERSON_AUDIT_ENTITY_TYPES, type AuditEntityType } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { personVisibility } from '../../privacy/people';

/** Kinds that exist only on a participant's journey: an event about one is about a participant. */
const JOURNEY_TYPES: ReadonlySet<string> = new Set<AuditEntityType>([
  'ParticipantProfile',
  'Consent',
  'StatusChange',
  'Talent',
  'Dream',
  'Goal',
  'PlanStep',
]);

const PERSON_TYPES: ReadonlySet<string> = new Set(PERSON_AUDIT_ENTITY_TYPES);

async function personOf(ctx: GraphQLContext, event: AuditEventRow) {
  if (!event.entityId || !PERSON_TYPES.has(event.entityType)) return null;
  return (await ctx.loaders.person.load(event.entityId)) ?? null;
}

/** Whether the event is about a participant: their person, their profile or an item of their journey. */
export async function aboutParticipant(ctx: GraphQLContext, event: AuditEventRow): Promise<boolean> {
  if (JOURNEY_TYPES.has(event.entityType)) return true;
  return (await personOf(ctx, event))?.isParticipant ?? false;
}

/**
 * The name of what an audit event is about, as the admin may see it (privacy/policy.ts): a
 * person who is not a participant, an organisation, an account's e-mail. Participants stay
 * unnamed: the admin may read a participant's name only to link an account, and the log is not
 * that purpose. Null for kinds the admin may not read (agreements, networks, ties, openings),
 * for erased people and for records since deleted.
 */
export async function auditEntityName(ctx: GraphQLContext, event: AuditEventRow): Promise<string | null> {
  if (ctx.viewer?.role !== 'ADMIN' || !event.entityId) return null;
  switch (event.entityType) {
    case 'Organization':
      return (await ctx.loaders.organization.load(event.entityId))?.name ?? null;
    case 'User':
      return (await ctx.loaders.user.load(event.entityId))?.email ?? null;
    default: {
      const person = await personOf(ctx, event);
      if (!person || person.isParticipant || person.erasedAt) return null;
      return (await personVisibility(ctx, person)) === 'full' ? person.name : null;
    }
  }
}
