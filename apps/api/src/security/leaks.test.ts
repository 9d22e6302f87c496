import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { DEMO_PASSWORD, seedDatabase } from '@brobygger/db/seed';
import type { Role } from '@brobygger/domain';
import { loadEnv } from '../env';
import { makePseudonyms } from '../privacy/pseudonyms';
import { GraphQLTestClient, startTestApi, type TestApi } from '../testing/index';

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

interface Participant {
  id: string;
  /** Name, e-mail, phone and real id. */
  strings: string[];
  dreams: string | null;
  research: string;
  cards: Map<string, string>;
  shares: boolean;
  visible: boolean;
}

let api: TestApi;
let participants: Participant[];
const clients = new Map<Role, GraphQLTestClient>();
let viewerIds: Record<Role, { personId: string | null; organizationId: string | null }>;

beforeAll(async () => {
  api = await startTestApi();
  await seedDatabase(api.handle, { now: new Date() });
  const pseudonyms = makePseudonyms(loadEnv({ NODE_ENV: 'test' }).PSEUDONYM_SECRET);
  const db = api.handle.db;
  const [people, profiles, organizations, users] = await Promise.all([
    db.select().from(schema.people),
    db.select().from(schema.participantProfiles),
    db.select({ id: schema.organizations.id }).from(schema.organizations),
    db.select().from(schema.users),
  ]);
  // A string is a participant's only when no one else has it (two people may share a phone).
  const owners = new Map<string, number>();
  for (const person of people) for (const text of [person.name, person.email, person.phone]) if (text) owners.set(text, (owners.get(text) ?? 0) + 1);
  for (const profile of profiles) if (profile.dreams) owners.set(profile.dreams, (owners.get(profile.dreams) ?? 0) + 1);
  const profileOf = new Map(profiles.map((profile) => [profile.personId, profile]));
  participants = people
    .filter((person) => person.isParticipant && profileOf.has(person.id))
    .map((person) => {
      const profile = profileOf.get(person.id)!;
      const own = [person.name, person.email, person.phone].filter((text): text is string => Boolean(text) && owners.get(text!) === 1);
      return {
        id: person.id,
        strings: [...own, person.id],
        dreams: profile.dreams && profile.dreams.length > 12 && owners.get(profile.dreams) === 1 ? profile.dreams : null,
        research: pseudonyms.research(person.id),
        cards: new Map(organizations.map((org) => [org.id, pseudonyms.cards(org.id)(person.id)])),
        shares: profile.shareForResearch,
        visible: profile.visibleToEmployers,
      };
    });
  viewerIds = {} as typeof viewerIds;
  for (const role of ['COORDINATOR', 'EMPLOYER', 'RESEARCHER', 'PARTICIPANT', 'ADMIN'] as Role[]) {
    const client = new GraphQLTestClient(api.url);
    const email = `${role.toLowerCase()}@example.org`;
    await client.login(email, DEMO_PASSWORD);
    clients.set(role, client);
    const user = users.find((row) => row.email === email)!;
    viewerIds[role] = { personId: user.personId, organizationId: user.organizationId };
  }
}, 120_000);
afterAll(() => api.stop());

/** The participants an employer organisation may identify now: an accepted, unexpired introduction, still visible. */
async function revealedTo(organizationId: string): Promise<Set<string>> {
  const rows = await api.handle.db.select().from(schema.introductions);
  const since = new Date();
  since.setUTCMonth(since.getUTCMonth() - 6);
  const visible = new Set(participants.filter((p) => p.visible).map((p) => p.id));
  return new Set(
    rows
      .filter((row) => row.organizationId === organizationId && row.status === 'ACCEPTED' && row.answeredAt && row.answeredAt >= since.toISOString())
      .map((row) => row.participantId)
      .filter((id) => visible.has(id)),
  );
}

/** Every string of a participant the viewer may not see in any answer. */
async function forbiddenFor(role: Role): Promise<Map<string, string>> {
  const { personId, organizationId } = viewerIds[role];
  const revealed = role === 'EMPLOYER' && organizationId ? await revealedTo(organizationId) : new Set<string>();
  const forbidden = new Map<string, string>();
  for (const p of participants) {
    const self = role === 'PARTICIPANT' && p.id === personId;
    const identified = self || revealed.has(p.id) || role === 'ADMIN';
    // An admin sees names and e-mails to link accounts (audited), never a profile.
    if (!identified) for (const text of p.strings) forbidden.set(text, `${p.id}: identifying string`);
    // Dreams are beyond every outside role's view, revealed or not.
    if (!self && p.dreams) forbidden.set(p.dreams, `${p.id}: dreams`);
    if (role !== 'RESEARCHER' || !p.shares) forbidden.set(p.research, `${p.id}: research pseudonym`);
    for (const [org, card] of p.cards) {
      const ownCard = (role === 'EMPLOYER' && org === organizationId) || self;
      if (!ownCard) forbidden.set(card, `${p.id}: card id for ${org}`);
    }
  }
  return forbidden;
}

describe('no answer leaks a participant the viewer may not identify', () => {
  it.each(['EMPLOYER', 'RESEARCHER', 'PARTICIPANT', 'ADMIN'] as Role[])('as %s', async (role) => {
    const forbidden = await forbiddenFor(role);
    expect(forbidden.size).toBeGreaterThan(participants.length);
    const leaks: string[] = [];
    let answered = 0;
    for (const [name, operation] of Object.entries(OPERATIONS)) {
      if (!operation.roles.includes(role)) continue;
      const response = await clients.get(role)!.request(operation.query);
      expect([name, response.errors ?? []]).toEqual([name, []]);
      const text = JSON.stringify(response.data);
      answered += text.length;
      for (const [secret, why] of forbidden) if (text.includes(secret)) leaks.push(`${name}: ${why}`);
    }
    expect(answered).toBeGreaterThan(500);
    expect([...new Set(leaks)]).toEqual([]);
  });

  it('would notice a leak: the coordinator sees what the others may not', async () => {
    const forbidden = await forbiddenFor('RESEARCHER');
    const text = JSON.stringify((await clients.get('COORDINATOR')!.request(OPERATIONS.people!.query)).data);
    expect([...forbidden.keys()].some((secret) => text.includes(secret))).toBe(true);
  });
});
