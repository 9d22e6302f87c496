import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { newId, schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createOrg, createParticipant, createPerson, rowCount } from '../person/test-fixtures';
import { CANDIDATES, employerOf, visibleCandidate } from '../introduction/test-fixtures';

/** Archive, restore and delete of organisations, people, networks and openings (issue 15). */

const IMPACT =
  'deletionImpact { deletable reason blockers { kind count } cascades { kind count } }';
const ORG = `query($id: ID!) { organization(id: $id) { id name archivedAt ${IMPACT} } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id name archivedAt ${IMPACT} memberships { id } } }`;
const NETWORK = `query($id: ID!) { network(id: $id) { id name archivedAt ${IMPACT} } }`;
const OPENING = `query($id: ID!) { opportunity(id: $id) { id title archivedAt ${IMPACT} } }`;
const ORGS = `query($filter: OrganizationFilter) { organizations(first: 100, filter: $filter) { totalCount nodes { id } } }`;
const PEOPLE = `query($filter: PersonFilter) { people(first: 100, filter: $filter) { totalCount nodes { id } } }`;
const NETWORKS = `query($filter: NetworkFilter) { networks(first: 100, filter: $filter) { totalCount nodes { id } } }`;
const OPENINGS = `query($filter: OpportunityFilter) { opportunities(first: 100, filter: $filter) { totalCount nodes { id } } }`;
const GRAPH = `query { graph { nodes { id } edges { id source target } } }`;

const mutation = (name: string, fields = 'id archivedAt') =>
  `mutation($id: ID!) { ${name}(id: $id) { ${fields} } }`;
const DELETE = (name: string) => `mutation($id: ID!) { ${name}(id: $id) }`;

let api: TestApi;
let coordinator: GraphQLTestClient;
let researcher: GraphQLTestClient;

type Ids = { nodes: { id: string }[] };
const idsOf = (page: Ids) => page.nodes.map((node) => node.id);

async function listed(
  client: GraphQLTestClient,
  query: string,
  key: string,
  filter: Record<string, unknown> = {},
): Promise<string[]> {
  const data = await client.data<Record<string, Ids>>(query, { filter });
  return idsOf(data[key]!);
}

async function graphNodeIds(client: GraphQLTestClient = coordinator): Promise<string[]> {
  return (await client.data<{ graph: { nodes: { id: string }[] } }>(GRAPH)).graph.nodes.map(
    (node) => node.id,
  );
}

async function graphEdgesAt(id: string): Promise<number> {
  const { graph } = await coordinator.data<{
    graph: { edges: { source: string; target: string }[] };
  }>(GRAPH);
  return graph.edges.filter((edge) => edge.source === id || edge.target === id).length;
}

async function createNetwork(name: string): Promise<string> {
  const data = await coordinator.data<{ createNetwork: { id: string } }>(
    `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
    { input: { name, kind: 'PROJECT' } },
  );
  return data.createNetwork.id;
}

async function addMember(
  networkId: string,
  member: { personId?: string; organizationId?: string },
): Promise<string> {
  const data = await coordinator.data<{ addNetworkMember: { id: string } }>(
    `mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id } }`,
    { input: { networkId, ...member } },
  );
  return data.addNetworkMember.id;
}

async function createOpening(organizationId: string, title: string): Promise<string> {
  const data = await coordinator.data<{ createOpportunity: { id: string } }>(
    `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
    { input: { organizationId, title, kind: 'JOB', talents: ['Sveising'] } },
  );
  return data.createOpportunity.id;
}

/** An agreement with these parties, written straight to the database: agreements are not what is tested here. */
async function agreementWith(
  parties: { personId?: string; organizationId?: string }[],
  extra: { networkId?: string; opportunityId?: string } = {},
) {
  const id = newId('agreement');
  await api.handle.transaction(async (tx) => {
    await tx
      .insert(schema.agreements)
      .values({ id, title: `Avtale ${id}`, kind: 'WORK_TRIAL', ...extra });
    for (const party of parties) {
      await tx
        .insert(schema.agreementParties)
        .values({ id: newId('agreementParty'), agreementId: id, role: 'EMPLOYER', ...party });
    }
  });
  return id;
}

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await api.handle.db
    .select({ action: schema.auditEvents.action })
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.entityId, entityId));
  return rows.map((row) => row.action);
}

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  researcher = await api.as('RESEARCHER');
});
afterAll(() => api.stop());

describe('archiving', () => {
  it('takes an organisation out of lists, search and the graph for everyone, and restore brings it back', async () => {
    const id = await createOrg(coordinator, { name: 'Arkivbedriften AS' });
    const person = await createPerson(coordinator, { name: 'Ansatt Arkiv', organizationId: id });
    expect(await listed(coordinator, ORGS, 'organizations', { search: 'Arkivbedriften' })).toEqual([
      id,
    ]);
    expect(await graphNodeIds()).toContain(id);
    expect(await graphEdgesAt(person)).toBe(1);

    const { archiveOrganization } = await coordinator.data(mutation('archiveOrganization'), { id });
    expect(archiveOrganization.archivedAt).toEqual(expect.any(String));

    expect(await listed(coordinator, ORGS, 'organizations', { search: 'Arkivbedriften' })).toEqual(
      [],
    );
    expect(await listed(coordinator, ORGS, 'organizations')).not.toContain(id);
    expect(await listed(coordinator, ORGS, 'organizations', { archived: true })).toEqual([id]);
    // The graph is cached per data version: the archive is a write, so the next read is fresh.
    expect(await graphNodeIds()).not.toContain(id);
    expect(await graphEdgesAt(person)).toBe(0);
    expect(await listed(researcher, ORGS, 'organizations', { search: 'Arkivbedriften' })).toEqual(
      [],
    );
    expect(await listed(researcher, ORGS, 'organizations', { archived: true })).toEqual([]);
    expect(await graphNodeIds(researcher)).not.toContain(id);

    // A coordinator still opens it by id; nobody else does.
    const { organization } = await coordinator.data(ORG, { id });
    expect(organization).toMatchObject({ id, archivedAt: archiveOrganization.archivedAt });
    expect((await researcher.request(ORG, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const { restoreOrganization } = await coordinator.data(mutation('restoreOrganization'), { id });
    expect(restoreOrganization.archivedAt).toBeNull();
    expect(await listed(coordinator, ORGS, 'organizations', { search: 'Arkivbedriften' })).toEqual([
      id,
    ]);
    expect(await listed(coordinator, ORGS, 'organizations', { archived: true })).not.toContain(id);
    expect(await graphNodeIds()).toContain(id);
    expect(await graphEdgesAt(person)).toBe(1);
    expect(await auditActions(id)).toEqual(expect.arrayContaining(['archive', 'restore']));
  });

  it('archiving twice changes nothing and writes one event', async () => {
    const id = await createOrg(coordinator, { name: 'To ganger AS' });
    const first = await coordinator.data(mutation('archiveOrganization'), { id });
    const second = await coordinator.data(mutation('archiveOrganization'), { id });
    expect(second.archiveOrganization.archivedAt).toBe(first.archiveOrganization.archivedAt);
    expect((await auditActions(id)).filter((action) => action === 'archive')).toHaveLength(1);
  });

  it('takes a person out of lists, pickers’ search, the graph and other roles’ view', async () => {
    const id = await createPerson(coordinator, { name: 'Pia Plukkbar', sector: 'PUBLIC' });
    expect(await listed(coordinator, PEOPLE, 'people', { search: 'Plukkbar' })).toEqual([id]);
    await coordinator.data(mutation('archivePerson'), { id });
    expect(await listed(coordinator, PEOPLE, 'people', { search: 'Plukkbar' })).toEqual([]);
    expect(
      await listed(coordinator, PEOPLE, 'people', { archived: true, search: 'Plukkbar' }),
    ).toEqual([id]);
    expect(await listed(researcher, PEOPLE, 'people', { search: 'Plukkbar' })).toEqual([]);
    expect((await researcher.request(PERSON, { id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(await graphNodeIds()).not.toContain(id);
    // Others never see that a person is archived: to them the person is simply not there.
    expect((await coordinator.data(PERSON, { id })).person.archivedAt).toEqual(expect.any(String));

    await coordinator.data(mutation('restorePerson'), { id });
    expect(await listed(researcher, PEOPLE, 'people', { search: 'Plukkbar' })).toEqual([id]);
    expect(await graphNodeIds()).toContain(id);
  });

  it('takes an archived participant off the employers’ candidate cards until restored', async () => {
    const { organizationId, client: employer } = await employerOf(
      api,
      coordinator,
      'Kandidatkikk AS',
    );
    const { personId, cardId } = await visibleCandidate(
      organizationId,
      coordinator,
      'Arkivert Kandidat',
      { talents: [{ name: 'Arkivkunst' }] },
    );
    const cards = async () =>
      (
        await employer.data<{ candidates: { nodes: { id: string }[] } }>(CANDIDATES, {
          filter: { talents: ['Arkivkunst'] },
        })
      ).candidates.nodes.map((card) => card.id);
    expect(await cards()).toEqual([cardId]);
    await coordinator.data(mutation('archivePerson'), { id: personId });
    expect(await cards()).toEqual([]);
    await coordinator.data(mutation('restorePerson'), { id: personId });
    expect(await cards()).toEqual([cardId]);
  });

  it('takes a network and its memberships out of lists and the graph', async () => {
    const id = await createNetwork('Arkivforum');
    const person = await createPerson(coordinator, { name: 'Medlem Arkivforum' });
    await addMember(id, { personId: person });
    expect(await graphNodeIds()).toContain(id);
    await coordinator.data(mutation('archiveNetwork'), { id });
    expect(await listed(coordinator, NETWORKS, 'networks', { search: 'Arkivforum' })).toEqual([]);
    expect(await listed(coordinator, NETWORKS, 'networks', { archived: true })).toEqual([id]);
    expect(await graphNodeIds()).not.toContain(id);
    expect((await coordinator.data(PERSON, { id: person })).person.memberships).toEqual([]);
    await coordinator.data(mutation('restoreNetwork'), { id });
    expect(await listed(coordinator, NETWORKS, 'networks', { search: 'Arkivforum' })).toEqual([id]);
    expect((await coordinator.data(PERSON, { id: person })).person.memberships).toHaveLength(1);
  });

  it('takes an opening out of lists and the employers’ view', async () => {
    const { organizationId, client: employer } = await employerOf(
      api,
      coordinator,
      'Åpningsarkiv AS',
    );
    const id = await createOpening(organizationId, 'Sveiser til arkivet');
    expect(await listed(employer, OPENINGS, 'opportunities', { search: 'arkivet' })).toEqual([id]);
    await coordinator.data(mutation('archiveOpportunity'), { id });
    expect(await listed(coordinator, OPENINGS, 'opportunities', { search: 'arkivet' })).toEqual([]);
    expect(
      await listed(coordinator, OPENINGS, 'opportunities', { archived: true, search: 'arkivet' }),
    ).toEqual([id]);
    expect(await listed(employer, OPENINGS, 'opportunities', { search: 'arkivet' })).toEqual([]);
    expect((await employer.request(OPENING, { id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    await coordinator.data(mutation('restoreOpportunity'), { id });
    expect(await listed(employer, OPENINGS, 'opportunities', { search: 'arkivet' })).toEqual([id]);
  });

  it('counts each list’s records in use without the archived, and the archived on their own', async () => {
    const orgId = await createOrg(coordinator, { name: 'Telleverket AS' });
    const records = [
      { query: ORGS, key: 'organizations', table: schema.organizations, archive: 'archiveOrganization', id: orgId },
      { query: PEOPLE, key: 'people', table: schema.people, archive: 'archivePerson', id: await createPerson(coordinator, { name: 'Tina Telt' }) },
      { query: NETWORKS, key: 'networks', table: schema.networks, archive: 'archiveNetwork', id: await createNetwork('Tellenettverket') },
      { query: OPENINGS, key: 'opportunities', table: schema.opportunities, archive: 'archiveOpportunity', id: await createOpening(orgId, 'Tellejobb') },
    ];
    const total = async (query: string, key: string, filter: Record<string, unknown> = {}) =>
      (await coordinator.data<Record<string, { totalCount: number }>>(query, { filter }))[key]!.totalCount;
    for (const { query, key, table, archive, id } of records) {
      const inUse = await total(query, key);
      await coordinator.data(mutation(archive), { id });
      expect(await total(query, key)).toBe(inUse - 1);
      expect(await total(query, key)).toBe(await rowCount(api, table, isNull(table.archivedAt)));
      expect(await total(query, key, { archived: true })).toBe(await rowCount(api, table, isNotNull(table.archivedAt)));
    }
  });

  it('answers NOT_FOUND for an unknown id and FORBIDDEN for other roles, changing nothing', async () => {
    for (const name of [
      'archiveOrganization',
      'restorePerson',
      'archiveNetwork',
      'restoreOpportunity',
    ]) {
      const result = await coordinator.request(mutation(name), { id: 'zzz_nope' });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    }
    const id = await createOrg(coordinator, { name: 'Ikke din AS' });
    const employer = await api.as('EMPLOYER', { organizationId: id });
    for (const client of [employer, researcher]) {
      const result = await client.request(mutation('archiveOrganization'), { id });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await coordinator.data(ORG, { id })).organization.archivedAt).toBeNull();
  });
});

describe('deleting', () => {
  it('refuses an organisation still referred to, counting what refers to it, and changes nothing', async () => {
    const id = await createOrg(coordinator, { name: 'Brukt AS' });
    await createPerson(coordinator, { name: 'Ansatt Brukt', organizationId: id });
    await agreementWith([{ organizationId: id }]);
    await agreementWith([{ organizationId: id }]);
    await createOpening(id, 'Brukt stilling');

    const { organization } = await coordinator.data(ORG, { id });
    expect(organization.deletionImpact).toEqual({
      deletable: false,
      reason: 'IN_USE',
      blockers: [
        { kind: 'PEOPLE', count: 1 },
        { kind: 'AGREEMENTS', count: 2 },
        { kind: 'OPENINGS', count: 1 },
      ],
      cascades: [],
    });
    const result = await coordinator.request(DELETE('deleteOrganization'), { id });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
      reason: 'IN_USE',
      params: { people: 1, agreements: 2, openings: 1 },
    });
    expect(await rowCount(api, schema.organizations, eq(schema.organizations.id, id))).toBe(1);
    expect(await auditActions(id)).not.toContain('delete');
  });

  it('deletes an unused organisation after saying its memberships go with it', async () => {
    const id = await createOrg(coordinator, { name: 'Ubrukt AS' });
    const network = await createNetwork('Forum for ubrukte');
    await addMember(network, { organizationId: id });
    const { organization } = await coordinator.data(ORG, { id });
    expect(organization.deletionImpact).toEqual({
      deletable: true,
      reason: null,
      blockers: [],
      cascades: [{ kind: 'MEMBERSHIPS', count: 1 }],
    });

    expect((await coordinator.data(DELETE('deleteOrganization'), { id })).deleteOrganization).toBe(
      id,
    );
    expect(await rowCount(api, schema.organizations, eq(schema.organizations.id, id))).toBe(0);
    expect(
      await rowCount(api, schema.networkMembers, eq(schema.networkMembers.organizationId, id)),
    ).toBe(0);
    const [event] = await api.handle.db
      .select({ detail: schema.auditEvents.detail })
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entityId, id), eq(schema.auditEvents.action, 'delete')));
    expect(JSON.parse(event!.detail!)).toEqual({ deletedWith: { memberships: 1 } });
  });

  it('deletes a person with their connections, and refuses one named in an agreement', async () => {
    const a = await createPerson(coordinator, { name: 'Kontakt A' });
    const b = await createPerson(coordinator, { name: 'Kontakt B' });
    await coordinator.data(
      `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { id } }`,
      {
        input: { personAId: a, personBId: b, kind: 'COLLEAGUE' },
      },
    );
    expect((await coordinator.data(PERSON, { id: a })).person.deletionImpact).toEqual({
      deletable: true,
      reason: null,
      blockers: [],
      cascades: [{ kind: 'CONNECTIONS', count: 1 }],
    });
    await agreementWith([{ personId: b }]);
    const refused = await coordinator.request(DELETE('deletePerson'), { id: b });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'IN_USE',
      params: { agreements: 1 },
    });

    await coordinator.data(DELETE('deletePerson'), { id: a });
    expect(await rowCount(api, schema.connections, eq(schema.connections.personBId, b))).toBe(0);
    expect((await coordinator.request(PERSON, { id: a })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('never deletes a participant: erasure is their own act; archiving is the coordinator’s', async () => {
    const id = await createParticipant(coordinator, 'Deltaker Beholdes');
    expect((await coordinator.data(PERSON, { id })).person.deletionImpact).toMatchObject({
      deletable: false,
      reason: 'PARTICIPANT',
    });
    const result = await coordinator.request(DELETE('deletePerson'), { id });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
      reason: 'PARTICIPANT',
    });
    expect(
      await rowCount(api, schema.participantProfiles, eq(schema.participantProfiles.personId, id)),
    ).toBe(1);
    await coordinator.data(mutation('archivePerson'), { id });
    expect(
      await listed(coordinator, PEOPLE, 'people', { isParticipant: true, search: 'Beholdes' }),
    ).toEqual([]);
  });

  it('refuses a network agreements were made in, and deletes an unused one with its member list', async () => {
    const used = await createNetwork('Avtalenettverk');
    await agreementWith([{ organizationId: await createOrg(coordinator) }], { networkId: used });
    const refused = await coordinator.request(DELETE('deleteNetwork'), { id: used });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      reason: 'IN_USE',
      params: { agreements: 1 },
    });

    const unused = await createNetwork('Tomt nettverk');
    await addMember(unused, { personId: await createPerson(coordinator, { name: 'Løst medlem' }) });
    expect(
      (await coordinator.data(NETWORK, { id: unused })).network.deletionImpact.cascades,
    ).toEqual([{ kind: 'MEMBERSHIPS', count: 1 }]);
    await coordinator.data(DELETE('deleteNetwork'), { id: unused });
    expect(
      await rowCount(api, schema.networkMembers, eq(schema.networkMembers.networkId, unused)),
    ).toBe(0);
  });

  it('refuses an opening on a shortlist; an employer deletes its own unused one', async () => {
    const { organizationId, client: employer } = await employerOf(api, coordinator, 'Slettbar AS');
    const listedOpening = await createOpening(organizationId, 'På kortlisten');
    const participant = await createParticipant(coordinator, 'Kortlistet');
    await api.handle.transaction((tx) =>
      tx
        .insert(schema.shortlistEntries)
        .values({
          id: newId('shortlistEntry'),
          opportunityId: listedOpening,
          participantId: participant,
        }),
    );
    const { opportunity } = await employer.data(OPENING, { id: listedOpening });
    expect(opportunity.deletionImpact).toMatchObject({
      deletable: false,
      blockers: [{ kind: 'SHORTLIST_ENTRIES', count: 1 }],
    });
    const refused = await employer.request(DELETE('deleteOpportunity'), { id: listedOpening });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      reason: 'IN_USE',
      params: { shortlistEntries: 1 },
    });
    expect(
      await rowCount(
        api,
        schema.shortlistEntries,
        eq(schema.shortlistEntries.opportunityId, listedOpening),
      ),
    ).toBe(1);

    const free = await createOpening(organizationId, 'Ingen har sett den');
    expect((await employer.data(OPENING, { id: free })).opportunity.deletionImpact).toEqual({
      deletable: true,
      reason: null,
      blockers: [],
      cascades: [{ kind: 'WANTED_TALENTS', count: 1 }],
    });
    expect((await employer.data(DELETE('deleteOpportunity'), { id: free })).deleteOpportunity).toBe(
      free,
    );
  });

  it('shows what a delete would do only to those who may delete', async () => {
    const id = await createOrg(coordinator, { name: 'Kikkeforbud AS' });
    const employer = await api.as('EMPLOYER', { organizationId: id });
    expect((await employer.data(ORG, { id })).organization.deletionImpact).toBeNull();
    expect((await researcher.data(ORG, { id })).organization.deletionImpact).toBeNull();
    expect(
      (await employer.request(DELETE('deleteOrganization'), { id })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    for (const name of [
      'deleteOrganization',
      'deletePerson',
      'deleteNetwork',
      'deleteOpportunity',
    ]) {
      const result = await coordinator.request(DELETE(name), { id: 'zzz_nope' });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});
