import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { connectDatabase, newId, schema, type Db, type DbHandle } from '@brobygger/db';
import { createScratchDatabase, type ScratchDatabase } from '@brobygger/db/testing';
import { seedDatabase } from '@brobygger/db/seed';
import type { Sector } from '@brobygger/domain';
import { loadGraph } from './load-graph';
import type { GraphData } from './graph-types';

/**
 * A network's cached graph holds while its graph version does, and the region's while the
 * region's graph version does (graph-cache.ts), so the database must bump the version of every
 * graph a write changes, on every path: each write below changes what some network's graph
 * reads, and every network whose read changed, and the region, must have a new version. Run on
 * both dialects (the triggers are each dialect's own).
 */

let scratch: ScratchDatabase;
let handle: DbHandle;
let networkIds: string[];

beforeAll(async () => {
  scratch = await createScratchDatabase();
  handle = await connectDatabase(scratch.location);
  await seedDatabase(handle, { people: 2_000 });
  networkIds = (await handle.db.select({ id: schema.networks.id }).from(schema.networks)).map(
    (row) => row.id,
  );
});
afterAll(async () => {
  await handle.close();
  await scratch.drop();
});

/** What a viewer of each network's graph would see, as one comparable string per network. */
async function reads(): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  for (const id of networkIds) {
    const graph = await loadGraph(handle.db, { networkId: id });
    seen.set(id, JSON.stringify(sorted(graph)));
  }
  return seen;
}

const sorted = (graph: GraphData) => ({
  nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)),
  edges: [...graph.edges].sort((a, b) => a.id.localeCompare(b.id)),
});

/** The whole region's graph as a viewer would see it, and its version. */
async function region(): Promise<{ read: string; version: number }> {
  const [row] = await handle.db.select().from(schema.meta).where(eq(schema.meta.key, 'graph_version'));
  return { read: JSON.stringify(sorted(await loadGraph(handle.db))), version: row!.value };
}

async function versions(): Promise<Map<string, number>> {
  const rows = await handle.db.select().from(schema.graphVersions);
  const byNetwork = new Map(rows.map((row) => [row.networkId, row.version]));
  return new Map(networkIds.map((id) => [id, byNetwork.get(id) ?? 0]));
}

/** Applies a write and answers which networks' reads changed and which versions moved. */
async function effectOf(write: (tx: Db) => Promise<unknown>) {
  const [readsBefore, versionsBefore, regionBefore] = [await reads(), await versions(), await region()];
  await handle.transaction(async (tx) => {
    await write(tx);
  });
  const [readsAfter, versionsAfter, regionAfter] = [await reads(), await versions(), await region()];
  return {
    changed: networkIds.filter((id) => readsBefore.get(id) !== readsAfter.get(id)),
    bumped: networkIds.filter((id) => versionsBefore.get(id) !== versionsAfter.get(id)),
    regionChanged: regionBefore.read !== regionAfter.read,
    regionBumped: regionAfter.version > regionBefore.version,
  };
}

/** A network with participants, organisations and an agreement in its graph: what the writes below need. */
async function aBusyNetwork() {
  for (const id of networkIds) {
    const graph = await loadGraph(handle.db, { networkId: id });
    const participants = graph.nodes.filter((node) => node.kind === 'PARTICIPANT');
    const organizations = graph.nodes.filter((node) => node.kind === 'ORGANIZATION');
    const agreement = graph.edges.find((edge) => edge.kind === 'AGREEMENT' && !edge.threeSector);
    if (!agreement || participants.length < 3 || organizations.length < 2) continue;
    return { id, graph, participants, organizations, agreement };
  }
  throw new Error('the seed made no network with agreements, ties, participants and organisations');
}

describe("a network's graph version", () => {
  it('moves for every network whose graph a write changes, on every kind of write', async () => {
    const network = await aBusyNetwork();
    const [first, second, third] = network.participants;
    const [orgA, orgB] = network.organizations;
    // Someone else's membership: the members above stay in the network for the ties below.
    const memberOf = network.graph.edges.find(
      (edge) =>
        edge.kind === 'MEMBERSHIP' &&
        ![first, second, third, orgA, orgB].some((node) => node!.id === edge.source),
    )!;
    const partiesOf = async (agreementId: string) =>
      handle.db
        .select()
        .from(schema.agreementParties)
        .where(eq(schema.agreementParties.agreementId, agreementId));
    // A party of another sector than the agreement's, outside every network: it makes the agreement three-sector.
    const region = new Map(
      (await loadGraph(handle.db)).nodes.map((node) => [node.id, node.sector]),
    );
    const sectors = new Set<Sector>();
    for (const party of await partiesOf(network.agreement.agreementId!)) {
      sectors.add(region.get(party.organizationId ?? party.personId!)!);
    }
    const thirdSector = (['BUSINESS', 'PUBLIC', 'CIVIL'] as const).find(
      (sector) => !sectors.has(sector),
    )!;
    const outsider = newId('organization');
    const outsiderPerson = newId('person');
    const newAgreement = newId('agreement');
    const newTie = newId('connection');
    const p = schema.people;
    const o = schema.organizations;

    const writes: [string, (tx: Db) => Promise<unknown>][] = [
      [
        'a member renamed',
        (tx) => tx.update(p).set({ name: 'Ny Navnesen' }).where(eq(p.id, first!.id)),
      ],
      [
        'a member moves sector',
        (tx) =>
          tx
            .update(p)
            .set({ sector: first!.sector === 'CIVIL' ? 'PUBLIC' : 'CIVIL' })
            .where(eq(p.id, first!.id)),
      ],
      [
        'a participant stops sharing for research',
        (tx) =>
          tx
            .update(schema.participantProfiles)
            .set({ shareForResearch: !second!.shareForResearch })
            .where(eq(schema.participantProfiles.personId, second!.id)),
      ],
      [
        'a participant gets work',
        (tx) =>
          tx
            .update(schema.participantProfiles)
            .set({
              status:
                third!.participantStatus === 'EMPLOYED_FULL_TIME'
                  ? 'EDUCATION'
                  : 'EMPLOYED_FULL_TIME',
            })
            .where(eq(schema.participantProfiles.personId, third!.id)),
      ],
      [
        'a member archived',
        (tx) =>
          tx.update(p).set({ archivedAt: '2026-01-01T00:00:00.000Z' }).where(eq(p.id, third!.id)),
      ],
      [
        'a member organisation renamed',
        (tx) => tx.update(o).set({ name: 'Nytt Navn AS' }).where(eq(o.id, orgA!.id)),
      ],
      [
        'the network renamed',
        (tx) =>
          tx
            .update(schema.networks)
            .set({ name: 'Nytt nettverk' })
            .where(eq(schema.networks.id, network.id)),
      ],
      [
        'a membership ends',
        (tx) =>
          tx
            .update(schema.networkMembers)
            .set({ leftOn: '2026-06-01' })
            .where(eq(schema.networkMembers.id, memberOf.id)),
      ],
      [
        'a member leaves',
        (tx) => tx.delete(schema.networkMembers).where(eq(schema.networkMembers.id, memberOf.id)),
      ],
      [
        'a member joins',
        (tx) =>
          tx.insert(schema.networkMembers).values({
            id: newId('networkMember'),
            networkId: network.id,
            personId: first!.id,
            joinedOn: '2026-02-01',
          }),
      ],
      [
        'a tie between members',
        (tx) =>
          tx.insert(schema.connections).values({
            id: newTie,
            personAId: first!.id,
            personBId: second!.id,
            kind: 'MENTOR',
            strength: 3,
          }),
      ],
      [
        'a tie grows stronger',
        (tx) =>
          tx
            .update(schema.connections)
            .set({ strength: 1 })
            .where(eq(schema.connections.id, newTie)),
      ],
      [
        'a tie removed',
        (tx) => tx.delete(schema.connections).where(eq(schema.connections.id, newTie)),
      ],
      [
        'an agreement between members',
        async (tx) => {
          await tx
            .insert(schema.agreements)
            .values({ id: newAgreement, title: 'Arbeidstrening', kind: 'WORK_TRIAL' });
          await tx.insert(schema.agreementParties).values([
            {
              id: newId('agreementParty'),
              agreementId: newAgreement,
              organizationId: orgA!.id,
              role: 'EMPLOYER',
            },
            {
              id: newId('agreementParty'),
              agreementId: newAgreement,
              organizationId: orgB!.id,
              role: 'PUBLIC_PARTNER',
            },
            {
              id: newId('agreementParty'),
              agreementId: newAgreement,
              personId: second!.id,
              role: 'PARTICIPANT',
            },
          ]);
        },
      ],
      [
        'an agreement proposed',
        (tx) =>
          tx
            .update(schema.agreements)
            .set({ status: 'PROPOSED' })
            .where(eq(schema.agreements.id, newAgreement)),
      ],
      [
        'a party leaves an agreement',
        (tx) =>
          tx
            .delete(schema.agreementParties)
            .where(
              and(
                eq(schema.agreementParties.agreementId, newAgreement),
                eq(schema.agreementParties.organizationId, orgB!.id),
              ),
            ),
      ],
      [
        'an agreement deleted',
        (tx) => tx.delete(schema.agreements).where(eq(schema.agreements.id, newAgreement)),
      ],
      [
        'a party from outside every network joins an agreement inside',
        async (tx) => {
          await tx
            .insert(o)
            .values({ id: outsider, name: 'Utenfor AS', sector: thirdSector, kind: 'COMPANY' });
          await tx.insert(schema.agreementParties).values({
            id: newId('agreementParty'),
            agreementId: network.agreement.agreementId!,
            organizationId: outsider,
            role: 'MENTOR',
          });
        },
      ],
      [
        'that party changes sector',
        (tx) =>
          tx
            .update(o)
            .set({ sector: [...sectors][0]! })
            .where(eq(o.id, outsider)),
      ],
      [
        'a participant from outside every network, not sharing for research, joins an agreement inside',
        async (tx) => {
          await tx
            .insert(p)
            .values({
              id: outsiderPerson,
              name: 'Ute Deltaker',
              sector: 'CIVIL',
              isParticipant: true,
            });
          await tx
            .insert(schema.participantProfiles)
            .values({ personId: outsiderPerson, shareForResearch: false });
          await tx.insert(schema.agreementParties).values({
            id: newId('agreementParty'),
            agreementId: network.agreement.agreementId!,
            personId: outsiderPerson,
            role: 'PARTICIPANT',
          });
        },
      ],
      [
        'that participant starts sharing',
        (tx) =>
          tx
            .update(schema.participantProfiles)
            .set({ shareForResearch: true })
            .where(eq(schema.participantProfiles.personId, outsiderPerson)),
      ],
      [
        "that participant's profile removed",
        (tx) =>
          tx
            .delete(schema.participantProfiles)
            .where(eq(schema.participantProfiles.personId, outsiderPerson)),
      ],
      [
        'that person no longer a participant',
        (tx) => tx.update(p).set({ isParticipant: false }).where(eq(p.id, outsiderPerson)),
      ],
      [
        'every party leaves an agreement at once',
        (tx) =>
          tx
            .delete(schema.agreementParties)
            .where(eq(schema.agreementParties.agreementId, network.agreement.agreementId!)),
      ],
      ['a member erased', (tx) => tx.delete(p).where(eq(p.id, first!.id))],
      [
        'the network archived',
        (tx) =>
          tx
            .update(schema.networks)
            .set({ archivedAt: '2026-01-01T00:00:00.000Z' })
            .where(eq(schema.networks.id, network.id)),
      ],
    ];
    for (const [what, write] of writes) {
      const { changed, bumped, regionChanged, regionBumped } = await effectOf(write);
      // Each write is one a viewer of the network would see, or it proves nothing here.
      expect(changed, what).toContain(network.id);
      expect(bumped, what).toEqual(expect.arrayContaining(changed));
      expect(regionChanged, what).toBe(true);
      expect(regionBumped, what).toBe(true);
    }
  });

  it("leaves other networks' versions alone for a write inside one", async () => {
    const network = await aBusyNetwork();
    const memberships = await handle.db.select().from(schema.networkMembers);
    const networksOf = (member: string) =>
      new Set(
        memberships
          .filter((row) => (row.personId ?? row.organizationId) === member)
          .map((row) => row.networkId),
      );
    const person = network.participants.find((node) => networksOf(node.id).size === 1)!;
    const { bumped } = await effectOf((tx) =>
      tx.update(schema.people).set({ name: 'Kun Her' }).where(eq(schema.people.id, person.id)),
    );
    expect(bumped).toEqual([network.id]);
  });
});

describe("the region's graph version", () => {
  it('moves with a write outside every network, and stays for writes the graph does not read', async () => {
    const graph = await loadGraph(handle.db);
    const participant = graph.nodes.find((node) => node.kind === 'PARTICIPANT')!;
    const goal = newId('goal');
    const talent = newId('talent');
    const outside = newId('organization');
    const unseen: [string, (tx: Db) => Promise<unknown>][] = [
      ['a talent added', (tx) => tx.insert(schema.talents).values({ id: talent, personId: participant.id, name: 'Sveising' })],
      ['a talent changed', (tx) => tx.update(schema.talents).set({ level: 'EXPERT' }).where(eq(schema.talents.id, talent))],
      ['a goal added', (tx) => tx.insert(schema.goals).values({ id: goal, personId: participant.id, text: 'Fagbrev' })],
      ['a plan step for it', (tx) => tx.insert(schema.planSteps).values({ id: newId('planStep'), personId: participant.id, goalId: goal, text: 'Søke læreplass' })],
      ['the goal removed', (tx) => tx.delete(schema.goals).where(eq(schema.goals.id, goal))],
      [
        'an earlier status recorded (the profile keeps its newer one)',
        (tx) =>
          tx.insert(schema.participantStatusChanges).values({
            id: newId('statusChange'),
            personId: participant.id,
            status: 'EDUCATION',
            changedOn: '2001-01-01',
            createdAt: '2026-01-01T00:00:00.000Z',
          }),
      ],
    ];
    for (const [what, write] of unseen) {
      const { regionChanged, regionBumped, bumped } = await effectOf(write);
      expect(regionChanged, what).toBe(false);
      expect(regionBumped, what).toBe(false);
      expect(bumped, what).toEqual([]);
    }
    // An organisation in no network is in the region's graph alone.
    const seen = await effectOf((tx) => tx.insert(schema.organizations).values({ id: outside, name: 'Ny Bedrift AS', sector: 'BUSINESS', kind: 'COMPANY' }));
    expect(seen).toMatchObject({ regionChanged: true, regionBumped: true, bumped: [] });
  });
});
