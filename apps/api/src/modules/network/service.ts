import { and, eq, inArray, isNull } from 'drizzle-orm';
import { newId, schema, type Db, type DbColumn } from '@brobygger/db';
import type { NetworkMemberRow, NetworkRow } from '@brobygger/db/schema';
import {
  createNetworkMemberSchema,
  createNetworkSchema,
  isOnOrAfter,
  updateNetworkMemberSchema,
  updateNetworkSchema,
  type NetworkKind,
} from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { badInput, notFound, type NotFoundEntity } from '../../lib/errors';
import { paginate, type PageArgs } from '../../lib/pagination';
import { containsText } from '../../lib/search';
import { validate } from '../../lib/validate';
import { keepVisible } from '../person/ties';
import { mayFollowTies } from '../../privacy/people';
import { requireRole } from '../../authorization/acting-viewer';
import { researchTotal } from '../../privacy/research-counts';
import { COORDINATOR, READERS } from '../../authorization/permissions';
import { archiveScope, coordinatorDeletionImpact, deleteUnused, mayOpen, setArchived } from '../archive/service';

const t = schema.networks;
const m = schema.networkMembers;

export interface NetworkListFilter {
  search?: string | null;
  kinds?: readonly NetworkKind[] | null;
  municipalityNumber?: string | null;
  /** True: only archived networks (coordinators); otherwise only those in use. */
  archived?: boolean | null;
}

type SortField = 'NAME' | 'KIND' | 'STARTED_ON' | 'CREATED_AT';
const SORT_COLUMNS: Record<SortField, DbColumn> = {
  NAME: t.name,
  KIND: t.kind,
  STARTED_ON: t.startedOn,
  CREATED_AT: t.createdAt,
};

export async function listNetworks(
  ctx: GraphQLContext,
  args: PageArgs & {
    filter?: NetworkListFilter | null;
    orderBy?: { field: SortField; direction?: 'ASC' | 'DESC' | null } | null;
  },
) {
  requireRole(ctx, READERS, 'listNetworks');
  const f = args.filter ?? {};
  const conditions = and(
    f.search?.trim() ? containsText(t.name, f.search) : undefined,
    f.kinds?.length ? inArray(t.kind, [...f.kinds]) : undefined,
    f.municipalityNumber ? eq(t.municipalityNumber, f.municipalityNumber) : undefined,
  );
  const page = await paginate({
    db: ctx.db,
    cursors: ctx.cursors,
    table: t,
    id: t.id,
    sortBy: SORT_COLUMNS[args.orderBy?.field ?? 'NAME'],
    direction: args.orderBy?.direction ?? 'ASC',
    ...archiveScope(ctx, t.archivedAt, f.archived, conditions),
    args,
  });
  for (const row of page.nodes) ctx.loaders.network.prime(row.id, row);
  return page;
}

/**
 * The network of a membership: a participant reads the networks they are members of (their own
 * ties), everyone else as `getNetwork` allows.
 */
export async function networkOfMembership(ctx: GraphQLContext, member: { networkId: string; personId: string | null }): Promise<NetworkRow> {
  const own = ctx.viewer?.role === 'PARTICIPANT' && member.personId !== null && member.personId === ctx.viewer.personId;
  if (!own) return getNetwork(ctx, member.networkId);
  const row = await ctx.loaders.network.load(member.networkId);
  if (!row) throw notFound('network', member.networkId);
  return row;
}

export async function getNetwork(ctx: GraphQLContext, id: string): Promise<NetworkRow> {
  requireRole(ctx, READERS, 'getNetwork');
  const row = await ctx.loaders.network.load(id);
  if (!row || !mayOpen(ctx, row)) throw notFound('network', id);
  return row;
}

/** An update may change one date; the pair is checked against the stored other one. */
function checkDates(
  stored: { start: string | null; end: string | null },
  change: { start?: string | null; end?: string | null },
  fields: { start: string; end: string },
) {
  const start = change.start === undefined ? stored.start : change.start;
  const end = change.end === undefined ? stored.end : change.end;
  if (start && end && !isOnOrAfter(end, start)) {
    const field = change.end !== undefined ? fields.end : fields.start;
    throw badInput(field, `The end date must be on or after the start date (${start}).`, { reason: 'END_BEFORE_START', params: { start } });
  }
}

export async function createNetwork(ctx: GraphQLContext, input: unknown): Promise<NetworkRow> {
  requireRole(ctx, COORDINATOR, 'createNetwork');
  const values = validate(createNetworkSchema, input);
  const now = ctx.now().toISOString();
  return ctx.handle.transaction(async (tx) => {
    const [row] = await tx.insert(t).values({ ...values, id: newId('network'), createdAt: now, updatedAt: now }).returning();
    await audit(tx, ctx, { action: 'create', entityType: 'Network', entityId: row!.id });
    return row!;
  });
}

export async function updateNetwork(ctx: GraphQLContext, id: string, input: unknown): Promise<NetworkRow> {
  requireRole(ctx, COORDINATOR, 'updateNetwork');
  const values = validate(updateNetworkSchema, input);
  return ctx.handle.transaction(async (tx) => {
    const [existing] = await tx.select().from(t).where(eq(t.id, id));
    if (!existing) throw notFound('network', id);
    checkDates(
      { start: existing.startedOn, end: existing.endedOn },
      { start: values.startedOn, end: values.endedOn },
      { start: 'startedOn', end: 'endedOn' },
    );
    const [row] = await tx.update(t).set({ ...values, updatedAt: ctx.now().toISOString() }).where(eq(t.id, id)).returning();
    await audit(tx, ctx, { action: 'update', entityType: 'Network', entityId: id, detail: { fields: Object.keys(values) } });
    return row!;
  });
}

/** Its member list goes with the network (FK cascade); refused (IN_USE) while agreements name it. */
export async function deleteNetwork(ctx: GraphQLContext, id: string): Promise<string> {
  requireRole(ctx, COORDINATOR, 'deleteNetwork');
  return deleteUnused(ctx, 'Network', id);
}

/** Archives (or, with `archive: false`, restores) a network; its members and agreements stay as they are. */
export function setNetworkArchived(ctx: GraphQLContext, id: string, archive: boolean): Promise<NetworkRow> {
  return setArchived(ctx, 'Network', id, archive);
}

/** What deleting the network would do; null for viewers who may not delete it. */
export function networkDeletionImpact(ctx: GraphQLContext, row: NetworkRow) {
  return coordinatorDeletionImpact(ctx, 'Network', row);
}


async function assertExists(tx: Db, table: typeof schema.people | typeof schema.organizations | typeof schema.networks, id: string, entity: NotFoundEntity, field: string) {
  const [row] = await tx.select({ id: table.id }).from(table).where(eq(table.id, id));
  if (!row) throw notFound(entity, id, field);
}

export async function addNetworkMember(ctx: GraphQLContext, input: unknown): Promise<NetworkMemberRow> {
  requireRole(ctx, COORDINATOR, 'addNetworkMember');
  const values = validate(createNetworkMemberSchema, input);
  const now = ctx.now().toISOString();
  return ctx.handle.transaction(async (tx) => {
    await assertExists(tx, schema.networks, values.networkId, 'network', 'networkId');
    if (values.personId) await assertExists(tx, schema.people, values.personId, 'person', 'personId');
    if (values.organizationId) {
      await assertExists(tx, schema.organizations, values.organizationId, 'organisation', 'organizationId');
    }
    const member = values.personId ? eq(m.personId, values.personId) : eq(m.organizationId, values.organizationId ?? '');
    const [current] = await tx.select({ id: m.id }).from(m).where(and(eq(m.networkId, values.networkId), member, isNull(m.leftOn)));
    if (current) {
      throw badInput(values.personId ? 'personId' : 'organizationId', 'Already a member of this network; change that membership instead.', {
        reason: 'ALREADY_MEMBER',
      });
    }
    const [row] = await tx
      .insert(m)
      .values({ ...values, role: values.role ?? 'member', id: newId('networkMember'), createdAt: now, updatedAt: now })
      .returning();
    await audit(tx, ctx, { action: 'create', entityType: 'NetworkMember', entityId: row!.id, detail: { networkId: values.networkId } });
    return row!;
  });
}

export async function updateNetworkMember(ctx: GraphQLContext, id: string, input: unknown): Promise<NetworkMemberRow> {
  requireRole(ctx, COORDINATOR, 'updateNetworkMember');
  const values = validate(updateNetworkMemberSchema, input);
  return ctx.handle.transaction(async (tx) => {
    const [existing] = await tx.select().from(m).where(eq(m.id, id));
    if (!existing) throw notFound('membership', id);
    checkDates(
      { start: existing.joinedOn, end: existing.leftOn },
      { start: values.joinedOn, end: values.leftOn },
      { start: 'joinedOn', end: 'leftOn' },
    );
    const [row] = await tx.update(m).set({ ...values, updatedAt: ctx.now().toISOString() }).where(eq(m.id, id)).returning();
    await audit(tx, ctx, { action: 'update', entityType: 'NetworkMember', entityId: id, detail: { fields: Object.keys(values) } });
    return row!;
  });
}

export async function removeNetworkMember(ctx: GraphQLContext, id: string): Promise<string> {
  requireRole(ctx, COORDINATOR, 'removeNetworkMember');
  return ctx.handle.transaction(async (tx) => {
    const [existing] = await tx.select({ id: m.id }).from(m).where(eq(m.id, id));
    if (!existing) throw notFound('membership', id);
    await tx.delete(m).where(eq(m.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'NetworkMember', entityId: id });
    return id;
  });
}

/**
 * Members the viewer may see: people hidden from them are left out, and so are participants
 * whose ties the viewer may not follow (an employer's revealed candidate, a researcher's
 * pseudonymous participant: a membership is a tie).
 */
export async function networkMembers(ctx: GraphQLContext, network: NetworkRow): Promise<NetworkMemberRow[]> {
  const visible = await keepVisible(ctx, await ctx.loaders.membersOfNetwork.load(network.id), (member) => [member.personId]);
  const follow = await Promise.all(
    visible.map(async (member) => {
      const person = member.personId ? await ctx.loaders.person.load(member.personId) : null;
      const organization = member.organizationId ? await ctx.loaders.organization.load(member.organizationId) : null;
      // Archived members are left out of the list, as they are out of every other list.
      if (person?.archivedAt || organization?.archivedAt) return false;
      return !person?.isParticipant || mayFollowTies(ctx, person);
    }),
  );
  return visible.filter((_member, index) => follow[index]);
}

/**
 * Members today the viewer may see: joined (or undated) and not yet left. A count of hidden
 * members would tell what the list leaves out; researchers get it rounded to 5 (0 below 5).
 */
export async function memberCount(ctx: GraphQLContext, network: NetworkRow): Promise<number> {
  const today = ctx.now().toISOString().slice(0, 10);
  const members = await networkMembers(ctx, network);
  const count = members.filter((member) => (!member.joinedOn || member.joinedOn <= today) && (!member.leftOn || member.leftOn > today)).length;
  return ctx.viewer?.role === 'RESEARCHER' ? researchTotal(count) : count;
}

