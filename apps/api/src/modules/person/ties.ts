import type { ConnectionRow, NetworkMemberRow, PersonRow } from '@brobygger/db/schema';
import type { GraphQLContext } from '../../context';
import { mayFollowTies, visiblePersonId } from '../../privacy/people';
import { membershipsInUse } from '../archive/service';

/** Keeps the items whose person (if any) the viewer may see. */
export async function keepVisible<T>(
  ctx: GraphQLContext,
  items: readonly T[],
  personIdsOf: (item: T) => (string | null)[],
): Promise<T[]> {
  if (ctx.viewer?.role === 'COORDINATOR') return [...items];
  const keep = await Promise.all(
    items.map(async (item) => (await Promise.all(personIdsOf(item).map((id) => visiblePersonId(ctx, id)))).every(Boolean)),
  );
  return items.filter((_item, index) => keep[index]);
}

/** A person's ties in both directions, without those to people the viewer may not see. */
export async function personConnections(ctx: GraphQLContext, person: PersonRow): Promise<ConnectionRow[]> {
  if (!(await mayFollowTies(ctx, person))) return [];
  const [asA, asB] = await Promise.all([
    ctx.loaders.connectionsAsA.load(person.id),
    ctx.loaders.connectionsAsB.load(person.id),
  ]);
  return keepVisible(ctx, [...asA, ...asB], (c) => [c.personAId, c.personBId]);
}

/** A person's network memberships, if the viewer may follow their ties. */
export async function personMemberships(ctx: GraphQLContext, person: PersonRow): Promise<NetworkMemberRow[]> {
  if (!(await mayFollowTies(ctx, person))) return [];
  return membershipsInUse(ctx, await ctx.loaders.membershipsOfPerson.load(person.id));
}
