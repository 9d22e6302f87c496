import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@brobygger/domain';
import { startDemoViewers, type DemoViewers } from './demo-viewers';

/**
 * The leak test: on the demo network, each demo role sends a fixed set of operations that
 * reaches every type carrying personal data, in every shape the web app and outside clients
 * use, and every answer is scanned for any string of a participant that viewer may not
 * identify — name, e-mail, phone, real id, dreams, the research pseudonym where it is not the
 * viewer's, and card ids keyed for other employer organisations.
 */
const PERSON = 'id name email phone since';
const OPERATIONS: Record<string, { roles: Role[]; query: string }> = {
  viewer: { roles: ['COORDINATOR', 'EMPLOYER', 'RESEARCHER', 'PARTICIPANT', 'ADMIN'], query: `{ viewer { email person { ${PERSON} participant { dreams } } } }` },
  organizations: {
    roles: ['COORDINATOR', 'EMPLOYER', 'RESEARCHER'],
    query: `{ organizations(first: 30) { totalCount nodes { id name people(first: 10) { totalCount nodes { id name email } } } } }`,
  },
  organizationAgreements: {
    roles: ['COORDINATOR', 'EMPLOYER', 'RESEARCHER'],
    query: `{ organizations(first: 8) { nodes { agreements { title parties { name person { id name } } } } } }`,
  },
  networks: {
    roles: ['COORDINATOR', 'EMPLOYER', 'RESEARCHER'],
    query: `{ networks(first: 50) { nodes { name memberCount members { joinedOn person { ${PERSON} } } } } }`,
  },
  people: {
    roles: ['COORDINATOR', 'RESEARCHER'],
    query: `{ people(first: 500) { totalCount nodes { ${PERSON} createdAt } } }`,
  },
  profiles: {
    roles: ['COORDINATOR', 'RESEARCHER'],
    query: `{ people(first: 100, filter: { isParticipant: true }) { nodes { id organization { name } participant { dreams municipalityName statusHistory { note } } } } }`,
  },
  ties: {
    roles: ['COORDINATOR', 'RESEARCHER'],
    query: `{ people(first: 100, filter: { isParticipant: true }) { nodes { id connections { personA { id name } personB { id name } } } } }`,
  },
  connections: {
    roles: ['COORDINATOR', 'RESEARCHER'],
    query: `{ connections(first: 200) { nodes { note since personA { id name email } personB { id name email } } } }`,
  },
  agreements: {
    roles: ['COORDINATOR', 'EMPLOYER', 'RESEARCHER', 'PARTICIPANT'],
    query: `{ agreements(first: 100) { totalCount nodes { id title goals terminationReason startDate parties { name signedAt person { id name email } } } } }`,
  },
  graph: {
    roles: ['COORDINATOR', 'EMPLOYER', 'RESEARCHER'],
    query: `{ graph { nodes { id label kind since } edges { id source target since until } } }`,
  },
  graphml: { roles: ['COORDINATOR', 'EMPLOYER', 'RESEARCHER'], query: `{ exportGraph(format: GRAPHML) { content } }` },
  gexf: { roles: ['COORDINATOR', 'EMPLOYER', 'RESEARCHER'], query: `{ exportGraph(format: GEXF) { content } }` },
  csvNodes: { roles: ['COORDINATOR', 'EMPLOYER', 'RESEARCHER'], query: `{ exportGraph(format: CSV_NODES) { content } }` },
  csvEdges: { roles: ['COORDINATOR', 'EMPLOYER', 'RESEARCHER'], query: `{ exportGraph(format: CSV_EDGES) { content } }` },
  statistics: {
    roles: ['COORDINATOR', 'RESEARCHER'],
    query: `{ graphStats { nodeCount { value } } outcomeStats { participants { value } } agreementStats { total { value } } }`,
  },
  candidates: {
    roles: ['COORDINATOR', 'EMPLOYER'],
    query: `{ candidates(first: 200) { totalCount nodes { id pseudonym goals { text } } } }`,
  },
  introductions: {
    roles: ['COORDINATOR', 'EMPLOYER', 'PARTICIPANT'],
    query: `{ introductions(first: 200) { nodes { message participant { ${PERSON} } candidate { id pseudonym } } } }`,
  },
  accounts: {
    roles: ['ADMIN'],
    query: `{ users(first: 100) { nodes { email person { ${PERSON} participant { dreams } } } } auditEvents(first: 100) { nodes { action } } }`,
  },
};

let demo: DemoViewers;

beforeAll(async () => {
  demo = await startDemoViewers();
}, 120_000);
afterAll(() => demo.api.stop());

describe('no answer leaks a participant the viewer may not identify', () => {
  it.each(['EMPLOYER', 'RESEARCHER', 'PARTICIPANT', 'ADMIN'] as Role[])('as %s', async (role) => {
    const forbidden = await demo.forbiddenFor(role);
    expect(forbidden.size).toBeGreaterThan(demo.participants.length);
    const leaks: string[] = [];
    let answered = 0;
    for (const [name, operation] of Object.entries(OPERATIONS)) {
      if (!operation.roles.includes(role)) continue;
      const response = await demo.clients.get(role)!.request(operation.query);
      expect([name, response.errors ?? []]).toEqual([name, []]);
      const text = JSON.stringify(response.data);
      answered += text.length;
      for (const [secret, why] of forbidden) if (text.includes(secret)) leaks.push(`${name}: ${why}`);
    }
    expect(answered).toBeGreaterThan(500);
    expect([...new Set(leaks)]).toEqual([]);
  });

  it('would notice a leak: the coordinator sees what the others may not', async () => {
    const forbidden = await demo.forbiddenFor('RESEARCHER');
    const text = JSON.stringify((await demo.clients.get('COORDINATOR')!.request(OPERATIONS.people!.query)).data);
    expect([...forbidden.keys()].some((secret) => text.includes(secret))).toBe(true);
  });
});
