import { schema } from '@brobygger/db';
import { DEMO_PASSWORD, seedDatabase } from '@brobygger/db/seed';
import type { Role } from '@brobygger/domain';
import { loadEnv } from '../env';
import { makePseudonyms } from '../privacy/pseudonyms';
import { GraphQLTestClient, startTestApi, type TestApi } from '../testing/index';

export const DEMO_ROLES: Role[] = ['COORDINATOR', 'EMPLOYER', 'RESEARCHER', 'PARTICIPANT', 'ADMIN'];

export interface DemoParticipant {
  id: string;
  /** Name, e-mail, phone and real id. */
  strings: string[];
  dreams: string | null;
  research: string;
  cards: Map<string, string>;
  shares: boolean;
  visible: boolean;
}

export interface DemoViewers {
  api: TestApi;
  participants: DemoParticipant[];
  /** A logged-in client of each demo account. */
  clients: Map<Role, GraphQLTestClient>;
  viewerIds: Record<Role, { personId: string | null; organizationId: string | null }>;
  /** Every string of a participant the role's demo viewer may not see in any answer, and why. */
  forbiddenFor(role: Role): Promise<Map<string, string>>;
}

/**
 * The demo network on a fresh server, each demo account logged in, and for each participant
 * the strings that identify them: the fixture of the leak tests.
 */
export async function startDemoViewers(env: Record<string, string> = {}): Promise<DemoViewers> {
  const api = await startTestApi({ env });
  await seedDatabase(api.handle, { now: new Date() });
  const pseudonyms = makePseudonyms(loadEnv({ NODE_ENV: 'test' }).PSEUDONYM_SECRET);
  const db = api.handle.db;
  const [people, profiles, dreamRows, organizations, users, connections, memberships] = await Promise.all([
    db.select().from(schema.people),
    db.select().from(schema.participantProfiles),
    db.select().from(schema.dreams),
    db.select({ id: schema.organizations.id }).from(schema.organizations),
    db.select().from(schema.users),
    db.select().from(schema.connections),
    db.select().from(schema.networkMembers),
  ]);
  // A participant's dreams as one string each: the longest, which no one else would write.
  const dreamOf = new Map<string, string>();
  for (const row of dreamRows) if (row.text.length > (dreamOf.get(row.personId)?.length ?? 0)) dreamOf.set(row.personId, row.text);
  // A string is a participant's only when no one else has it (two people may share a phone).
  const owners = new Map<string, number>();
  for (const person of people) for (const text of [person.name, person.email, person.phone]) if (text) owners.set(text, (owners.get(text) ?? 0) + 1);
  for (const dream of dreamOf.values()) owners.set(dream, (owners.get(dream) ?? 0) + 1);
  const profileOf = new Map(profiles.map((profile) => [profile.personId, profile]));
  // The ids of a participant's ties as the lists show them: a researcher meets those ties only
  // in the graph, under ids derived anew, so one of these in a researcher's answer joins a list to the graph.
  const participantIds = new Set(people.filter((person) => person.isParticipant).map((person) => person.id));
  const tieIds = [
    ...connections.filter((c) => participantIds.has(c.personAId) || participantIds.has(c.personBId)).map((c) => c.id),
    ...memberships.filter((m) => m.personId && participantIds.has(m.personId)).map((m) => m.id),
  ];
  const participants: DemoParticipant[] = people
    .filter((person) => person.isParticipant && profileOf.has(person.id))
    .map((person) => {
      const profile = profileOf.get(person.id)!;
      const dream = dreamOf.get(person.id);
      const own = [person.name, person.email, person.phone].filter((text): text is string => Boolean(text) && owners.get(text!) === 1);
      return {
        id: person.id,
        strings: [...own, person.id],
        dreams: dream && dream.length > 12 && owners.get(dream) === 1 ? dream : null,
        research: pseudonyms.research(person.id),
        cards: new Map(organizations.map((org) => [org.id, pseudonyms.cards(org.id)(person.id)])),
        shares: profile.shareForResearch,
        visible: profile.visibleToEmployers,
      };
    });
  const clients = new Map<Role, GraphQLTestClient>();
  const viewerIds = {} as DemoViewers['viewerIds'];
  for (const role of DEMO_ROLES) {
    const client = new GraphQLTestClient(api.url);
    const email = `${role.toLowerCase()}@example.org`;
    await client.login(email, DEMO_PASSWORD);
    clients.set(role, client);
    const user = users.find((row) => row.email === email)!;
    viewerIds[role] = { personId: user.personId, organizationId: user.organizationId };
  }

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
    if (role === 'RESEARCHER') for (const id of tieIds) forbidden.set(id, `${id}: a participant's tie by its list id`);
    return forbidden;
  }

  return { api, participants, clients, viewerIds, forbiddenFor };
}
