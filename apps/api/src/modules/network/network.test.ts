import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createOrg, createParticipant, createPerson, firstError, rowCount } from '../person/test-fixtures';

const CREATE = `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id name kind startedOn endedOn } }`;
const ADD = `mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id role person { id } organization { id } network { id } } }`;
const NETWORK = `query($id: ID!) { network(id: $id) { id name memberCount members { id role joinedOn leftOn person { id name } organization { id name } } } }`;

let api: TestApi;
let coordinator: GraphQLTestClient;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
});
afterAll(() => api.stop());

async function createNetwork(input: Record<string, unknown> = {}): Promise<string> {
  const data = await coordinator.data(CREATE, { input: { name: 'Grenland Næringsforum', kind: 'BUSINESS_FORUM', ...input } });
  return data.createNetwork.id;
}

describe('networks', () => {
  it('creates, reads, updates and deletes a network with its memberships', async () => {
    const id = await createNetwork({ startedOn: '2021-03-01', municipalityNumber: '4003' });
    const org = await createOrg(coordinator);
    const person = await createPerson(coordinator, { name: 'Forum Chair' });
    await coordinator.data(ADD, { input: { networkId: id, organizationId: org } });
    const chair = await coordinator.data(ADD, { input: { networkId: id, personId: person, role: 'chair', joinedOn: '2021-03-01' } });
    expect(chair.addNetworkMember).toMatchObject({ role: 'chair', person: { id: person }, organization: null, network: { id } });

    const updated = await coordinator.data(
      `mutation($id: ID!) { updateNetwork(id: $id, input: { name: "Grenland Forum", endedOn: "2025-12-31" }) { name endedOn } }`,
      { id },
    );
    expect(updated.updateNetwork).toEqual({ name: 'Grenland Forum', endedOn: '2025-12-31' });
    await coordinator.data(`mutation($id: ID!) { updateNetworkMember(id: $id, input: { leftOn: "2024-01-01" }) { id } }`, {
      id: chair.addNetworkMember.id,
    });
    const { network } = await coordinator.data(NETWORK, { id });
    expect(network.members).toHaveLength(2);
    expect(network.memberCount).toBe(1);
    const people = await coordinator.data(`query($id: ID!) { people(filter: { networkId: $id }) { nodes { id } } }`, { id });
    expect(people.people.nodes).toEqual([{ id: person }]);

    await coordinator.data(`mutation($id: ID!) { removeNetworkMember(id: $id) }`, { id: chair.addNetworkMember.id });
    expect(await coordinator.data(`mutation($id: ID!) { deleteNetwork(id: $id) }`, { id })).toEqual({ deleteNetwork: id });
    expect(await rowCount(api, schema.networkMembers, eq(schema.networkMembers.networkId, id))).toBe(0);
    expect(firstError(await coordinator.request(NETWORK, { id })).code).toBe('NOT_FOUND');
  });

  it('lists, filters, sorts and pages', async () => {
    for (const [name, kind] of [['Alpha Project', 'PROJECT'], ['Beta Project', 'PROJECT'], ['Gamma Peers', 'PEER_GROUP']] as const) {
      await createNetwork({ name, kind });
    }
    const projects = await coordinator.data(
      `{ networks(filter: { kinds: [PROJECT] }, orderBy: { field: NAME, direction: DESC }) { totalCount nodes { name } } }`,
    );
    expect(projects.networks.nodes.map((n: { name: string }) => n.name)).toEqual(['Beta Project', 'Alpha Project']);
    const first = await coordinator.data(`{ networks(first: 1, filter: { search: "project" }) { pageInfo { hasNextPage endCursor } nodes { name } } }`);
    expect(first.networks.pageInfo.hasNextPage).toBe(true);
    const second = await coordinator.data(`query($after: String) { networks(first: 1, after: $after, filter: { search: "project" }) { pageInfo { hasNextPage } nodes { name } } }`, {
      after: first.networks.pageInfo.endCursor,
    });
    expect([first.networks.nodes[0].name, second.networks.nodes[0].name]).toEqual(['Alpha Project', 'Beta Project']);
    expect(second.networks.pageInfo.hasNextPage).toBe(false);
  });
});

describe('networks: bad input changes nothing', () => {
  it.each([
    ['missing name', { kind: 'PROJECT' }, 'BAD_USER_INPUT', 'name'],
    ['wrong enum', { name: 'X', kind: 'CLUB' }, 'BAD_USER_INPUT', 'kind'],
    ['end before start', { name: 'X', kind: 'PROJECT', startedOn: '2024-05-01', endedOn: '2024-04-30' }, 'BAD_USER_INPUT', 'endedOn'],
    ['bad municipality', { name: 'X', kind: 'PROJECT', municipalityNumber: '40' }, 'BAD_USER_INPUT', 'municipalityNumber'],
  ])('%s', async (_label, input, code, field) => {
    const before = await rowCount(api, schema.networks);
    expect(firstError(await coordinator.request(CREATE, { input }))).toEqual({ code, field });
    expect(await rowCount(api, schema.networks)).toBe(before);
  });

  it('checks an update against the stored date', async () => {
    const id = await createNetwork({ startedOn: '2024-05-01' });
    const result = await coordinator.request(`mutation($id: ID!) { updateNetwork(id: $id, input: { endedOn: "2024-01-01" }) { id } }`, { id });
    expect(firstError(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'endedOn' });
  });

  it('members: exactly one member, known ids, no duplicate, dates in order', async () => {
    const id = await createNetwork();
    const person = await createPerson(coordinator, { name: 'Member Once' });
    const org = await createOrg(coordinator);
    await coordinator.data(ADD, { input: { networkId: id, personId: person } });
    const before = await rowCount(api, schema.networkMembers);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ networkId: id }, 'BAD_USER_INPUT', 'personId'],
      [{ networkId: id, personId: person, organizationId: org }, 'BAD_USER_INPUT', 'personId'],
      [{ networkId: 'net_none', personId: person }, 'NOT_FOUND', 'networkId'],
      [{ networkId: id, personId: 'per_none' }, 'NOT_FOUND', 'personId'],
      [{ networkId: id, organizationId: 'org_none' }, 'NOT_FOUND', 'organizationId'],
      [{ networkId: id, personId: person }, 'BAD_USER_INPUT', 'personId'],
      [{ networkId: id, organizationId: org, joinedOn: '2024-02-01', leftOn: '2024-01-01' }, 'BAD_USER_INPUT', 'leftOn'],
    ];
    for (const [input, code, field] of cases) {
      expect(firstError(await coordinator.request(ADD, { input }))).toEqual({ code, field });
    }
    expect(await rowCount(api, schema.networkMembers)).toBe(before);
  });
});

describe('networks: privacy', () => {
  it('an employer and a researcher see networks but not the participants in them (a membership is a tie)', async () => {
    const id = await createNetwork({ name: 'Mixed Forum' });
    const employerOrg = await createOrg(coordinator, { name: 'Employer Member AS' });
    const colleague = await createPerson(coordinator, { name: 'Colleague Member', organizationId: employerOrg });
    const consenting = await createParticipant(coordinator, 'Hidden Helga', { shareForResearch: true });
    const refusing = await createParticipant(coordinator, 'Hidden Harald');
    for (const input of [{ organizationId: employerOrg }, { personId: colleague }, { personId: consenting }, { personId: refusing }]) {
      await coordinator.data(ADD, { input: { networkId: id, ...input } });
    }
    const employer = await api.as('EMPLOYER', { organizationId: employerOrg });
    const seenByEmployer = await employer.data(NETWORK, { id });
    expect(seenByEmployer.network.members.map((m: { person: { id: string } | null }) => m.person?.id ?? null).sort()).toEqual(
      [colleague, null].sort(),
    );
    expect(JSON.stringify(seenByEmployer)).not.toMatch(/Hidden|R-[0-9A-F]{12}/);
    expect(firstError(await employer.request(CREATE, { input: { name: 'X', kind: 'PROJECT' } })).code).toBe('FORBIDDEN');

    const researcher = await api.as('RESEARCHER');
    const seenByResearcher = await researcher.data(NETWORK, { id });
    const people = seenByResearcher.network.members.flatMap((m: { person: { id: string } | null }) => (m.person ? [m.person] : []));
    // Participants' memberships show to researchers only in the pseudonymised graph.
    expect(people.map((p: { id: string }) => p.id)).toEqual([colleague]);
    expect(JSON.stringify(seenByResearcher)).not.toContain(consenting);
    expect(JSON.stringify(seenByResearcher)).not.toMatch(/R-[0-9A-F]{12}/);
    expect(JSON.stringify(seenByResearcher)).not.toContain('Hidden');
  });
});
