import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createParticipant, createPerson, firstError, rowCount } from '../person/test-fixtures';

const CREATE = `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { id kind strength since until note crossSector personA { id } personB { id } } }`;
const LIST = `query($first: Int, $after: String, $filter: ConnectionFilter) { connections(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id kind note crossSector personA { id name } personB { id name } } } }`;

let api: TestApi;
let coordinator: GraphQLTestClient;
let officer: string;
let employerPerson: string;
let colleague: string;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  officer = await createPerson(coordinator, { name: 'NAV Officer', sector: 'PUBLIC' });
  employerPerson = await createPerson(coordinator, { name: 'Employer Contact', sector: 'BUSINESS' });
  colleague = await createPerson(coordinator, { name: 'Employer Colleague', sector: 'BUSINESS' });
});
afterAll(() => api.stop());

describe('connections', () => {
  it('creates, lists, updates and deletes a tie; crossSector follows the sectors', async () => {
    const cross = await coordinator.data(CREATE, {
      input: { personAId: officer, personBId: employerPerson, kind: 'CONTACT', since: '2022-01-01', note: 'Met at the forum' },
    });
    expect(cross.createConnection).toMatchObject({ strength: 2, crossSector: true, personA: { id: officer }, personB: { id: employerPerson } });
    const same = await coordinator.data(CREATE, { input: { personAId: employerPerson, personBId: colleague, kind: 'COLLEAGUE', strength: 3 } });
    expect(same.createConnection).toMatchObject({ strength: 3, crossSector: false });

    const mine = await coordinator.data(LIST, { filter: { personId: employerPerson } });
    expect(mine.connections.totalCount).toBe(2);
    const colleagues = await coordinator.data(LIST, { filter: { kinds: ['COLLEAGUE'] } });
    expect(colleagues.connections.nodes.map((n: { id: string }) => n.id)).toEqual([same.createConnection.id]);
    const person = await coordinator.data(`query($id: ID!) { person(id: $id) { connections { id } } }`, { id: employerPerson });
    expect(person.person.connections).toHaveLength(2);

    const updated = await coordinator.data(
      `mutation($id: ID!) { updateConnection(id: $id, input: { strength: 1, until: "2023-01-01", note: null }) { strength until note since } }`,
      { id: cross.createConnection.id },
    );
    expect(updated.updateConnection).toEqual({ strength: 1, until: '2023-01-01', note: null, since: '2022-01-01' });
    expect(await coordinator.data(`mutation($id: ID!) { deleteConnection(id: $id) }`, { id: same.createConnection.id })).toEqual({
      deleteConnection: same.createConnection.id,
    });
    expect(firstError(await coordinator.request(`mutation { deleteConnection(id: "con_none") }`)).code).toBe('NOT_FOUND');
  });

  it('pages through all ties without duplicates or gaps', async () => {
    const hub = await createPerson(coordinator, { name: 'Hub' });
    for (let i = 0; i < 12; i++) {
      const other = await createPerson(coordinator, { name: `Spoke ${i}` });
      await coordinator.data(CREATE, { input: { personAId: hub, personBId: other, kind: 'CONTACT' } });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { connections: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
        await coordinator.data(LIST, { first: 5, after, filter: { personId: hub } });
      seen.push(...page.connections.nodes.map((n) => n.id));
      if (!page.connections.pageInfo.hasNextPage) break;
      after = page.connections.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });
});

describe('connections: bad input changes nothing', () => {
  it.each([
    ['missing kind', () => ({ personAId: officer, personBId: colleague }), 'BAD_USER_INPUT', 'kind'],
    ['wrong enum', () => ({ personAId: officer, personBId: colleague, kind: 'FRIEND' }), 'BAD_USER_INPUT', 'kind'],
    ['same person twice', () => ({ personAId: officer, personBId: officer, kind: 'CONTACT' }), 'BAD_USER_INPUT', 'personBId'],
    ['strength 4', () => ({ personAId: officer, personBId: colleague, kind: 'CONTACT', strength: 4 }), 'BAD_USER_INPUT', 'strength'],
    ['strength 0', () => ({ personAId: officer, personBId: colleague, kind: 'CONTACT', strength: 0 }), 'BAD_USER_INPUT', 'strength'],
    ['until before since', () => ({ personAId: officer, personBId: colleague, kind: 'CONTACT', since: '2024-02-01', until: '2024-01-01' }), 'BAD_USER_INPUT', 'until'],
    ['unknown personA', () => ({ personAId: 'per_none', personBId: colleague, kind: 'CONTACT' }), 'NOT_FOUND', 'personAId'],
    ['unknown personB', () => ({ personAId: officer, personBId: 'per_none', kind: 'CONTACT' }), 'NOT_FOUND', 'personBId'],
  ])('%s', async (_label, input, code, field) => {
    const before = await rowCount(api, schema.connections);
    expect(firstError(await coordinator.request(CREATE, { input: input() }))).toEqual({ code, field });
    expect(await rowCount(api, schema.connections)).toBe(before);
  });

  it('refuses a duplicate tie, either way round', async () => {
    const a = await createPerson(coordinator, { name: 'Dup A' });
    const b = await createPerson(coordinator, { name: 'Dup B' });
    await coordinator.data(CREATE, { input: { personAId: a, personBId: b, kind: 'MENTOR' } });
    const before = await rowCount(api, schema.connections);
    const result = await coordinator.request(CREATE, { input: { personAId: b, personBId: a, kind: 'MENTOR' } });
    expect(firstError(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'personBId' });
    expect(await rowCount(api, schema.connections)).toBe(before);
  });

  it('checks an update against the stored start date', async () => {
    const { createConnection } = await coordinator.data(CREATE, {
      input: { personAId: officer, personBId: colleague, kind: 'REFERENCE', since: '2024-05-01' },
    });
    const result = await coordinator.request(`mutation($id: ID!) { updateConnection(id: $id, input: { until: "2024-01-01" }) { id } }`, {
      id: createConnection.id,
    });
    expect(firstError(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'until' });
  });
});

describe('connections: privacy', () => {
  it('a researcher lists only professionals\' ties: a participant\'s ties are in the pseudonymised graph alone', async () => {
    const consenting = await createParticipant(coordinator, 'Tie Consenting', { shareForResearch: true });
    const refusing = await createParticipant(coordinator, 'Tie Refusing');
    const withConsent = await coordinator.data(CREATE, { input: { personAId: officer, personBId: consenting, kind: 'CASEWORKER', note: 'Sick leave since May' } });
    const withoutConsent = await coordinator.data(CREATE, { input: { personAId: officer, personBId: refusing, kind: 'CASEWORKER' } });
    const researcher = await api.as('RESEARCHER');
    const { connections } = await researcher.data(LIST, { first: 500 });
    const ids = connections.nodes.map((n: { id: string }) => n.id);
    // Beside the officer's name, a tie would link the participant's pseudonym to a named person.
    expect(ids).not.toContain(withConsent.createConnection.id);
    expect(ids).not.toContain(withoutConsent.createConnection.id);
    expect(connections.totalCount).toBe(ids.length);
    const text = JSON.stringify(connections);
    expect(text).not.toMatch(/Tie Consenting|Tie Refusing|Sick leave|R-[0-9A-F]{12}/);
    // The tie is there for the researcher in the graph, between two pseudonyms.
    const { graph } = await researcher.data(`{ graph { nodes { id kind } edges { source target kind } } }`);
    const participantNode = graph.nodes.find((n: { kind: string }) => n.kind === 'PARTICIPANT');
    expect(participantNode?.id).toMatch(/^R-[0-9A-F]{12}$/);
    expect(JSON.stringify(graph)).not.toContain(consenting);
    const employer = await api.as('EMPLOYER');
    expect(firstError(await employer.request(LIST, {})).code).toBe('FORBIDDEN');
  });
});
