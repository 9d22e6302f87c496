import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, schema } from '@brobygger/db';
import { createOrg, createParticipant, createPerson } from '../modules/person/test-fixtures';
import { GraphQLTestClient, startTestApi, TEST_PASSWORD, type TestApi } from '../testing/index';

/**
 * Attacks on the privacy rules found by trying them as each role against a running server,
 * each written as the attack: a researcher matching real ids to pseudonyms, an employer
 * holding on to a participant after a withdrawal, ratios that give exact counts back, a
 * revealed participant's own ties, an admin learning a participant's provider, and a login
 * answer read as the anonymous caller.
 */
let api: TestApi;
let coordinator: GraphQLTestClient;
let employerOrg: string;
let employer: GraphQLTestClient;
let participantId: string;
let agreementId: string;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  employerOrg = await createOrg(coordinator, { name: 'Angriper Verksted AS' });
  const provider = await createOrg(coordinator, { name: 'Kafé Mestring', sector: 'CIVIL', kind: 'SOCIAL_ENTERPRISE' });
  employer = await api.as('EMPLOYER', { organizationId: employerOrg });
  await createPerson(coordinator, { name: 'Eier Egen', organizationId: employerOrg });
  participantId = await createParticipant(coordinator, 'Frida Forsøk', { visibleToEmployers: true, shareForResearch: true });
  await coordinator.data(`mutation($id: ID!, $org: ID!) { updatePerson(id: $id, input: { organizationId: $org }) { id } }`, {
    id: participantId,
    org: provider,
  });
  const network = (await coordinator.data(`mutation { createNetwork(input: { name: "Forum", kind: PROJECT }) { id } }`)).createNetwork.id;
  await coordinator.data(`mutation($i: AddNetworkMemberInput!) { addNetworkMember(input: $i) { id } }`, { i: { networkId: network, personId: participantId } });
  await coordinator.data(`mutation($i: AddNetworkMemberInput!) { addNetworkMember(input: $i) { id } }`, { i: { networkId: network, organizationId: employerOrg } });
  agreementId = (
    await coordinator.data(`mutation($i: CreateAgreementInput!) { createAgreement(input: $i) { id } }`, {
      i: {
        title: 'Arbeidstrening for Frida Forsøk',
        kind: 'WORK_TRIAL',
        parties: [
          { personId: participantId, role: 'PARTICIPANT' },
          { organizationId: employerOrg, role: 'EMPLOYER' },
        ],
      },
    })
  ).createAgreement.id;
  await api.handle.transaction((tx) =>
    tx.insert(schema.introductions).values({
      id: newId('introduction'),
      participantId,
      organizationId: employerOrg,
      status: 'ACCEPTED',
      answeredAt: new Date().toISOString(),
    }),
  );
});
afterAll(() => api.stop());

describe('a researcher', () => {
  it('cannot match a real participant id to a research pseudonym through a filter', async () => {
    const researcher = await api.as('RESEARCHER');
    const BY_PARTY = `query($p: ID!) { agreements(filter: { partyId: $p }) { totalCount nodes { id } } }`;
    // A real id is refused whatever it stands for: researchers name parties by research pseudonyms.
    const real = await researcher.request(BY_PARTY, { p: participantId });
    expect(real.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.partyId', reason: 'WITHHELD_FOR_RESEARCH' });
    expect(real.data?.agreements ?? null).toBeNull();
    const unknown = await researcher.request(BY_PARTY, { p: 'per_999999' });
    expect({ ...unknown.errors?.[0]?.extensions, requestId: undefined }).toEqual({ ...real.errors?.[0]?.extensions, requestId: undefined });
    const { people } = await researcher.data(`{ people(filter: { isParticipant: true }) { nodes { id } } }`);
    const pseudonym = people.nodes[0].id as string;
    expect(pseudonym).toMatch(/^R-/);
    expect((await researcher.data(BY_PARTY, { p: pseudonym })).agreements.nodes).toEqual([{ id: agreementId }]);
  });

  it('reads no agreement title, and cannot search or sort by titles to learn them', async () => {
    const researcher = await api.as('RESEARCHER');
    const { agreements } = await researcher.data(`{ agreements(first: 50) { nodes { id title kind } } }`);
    expect(agreements.nodes).toContainEqual({ id: agreementId, title: '', kind: 'WORK_TRIAL' });
    expect(JSON.stringify(await researcher.data(`query($id: ID!) { agreement(id: $id) { title } }`, { id: agreementId }))).not.toContain('Frida');
    const searched = await researcher.request(`{ agreements(filter: { search: "Frida" }) { totalCount nodes { id } } }`);
    expect(searched.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search', reason: 'WITHHELD_FOR_RESEARCH' });
    expect(searched.data?.agreements ?? null).toBeNull();
    const sorted = await researcher.request(`{ agreements(orderBy: { field: TITLE }) { nodes { id } } }`);
    expect(sorted.errors?.[0]?.extensions).toMatchObject({ field: 'orderBy.field', reason: 'WITHHELD_FOR_RESEARCH' });
    // The coordinator reads and searches titles as before.
    const own = await coordinator.data(`{ agreements(filter: { search: "Frida" }) { nodes { id title } } }`);
    expect(own.agreements.nodes).toEqual([{ id: agreementId, title: 'Arbeidstrening for Frida Forsøk' }]);
  });

  it('sees no participant’s organisation in the graph: no affiliation edge from a participant', async () => {
    const researcher = await api.as('RESEARCHER');
    const { graph } = await researcher.data(`{ graph { nodes { id kind } edges { source target kind } } }`);
    const participants = new Set(graph.nodes.filter((n: { kind: string }) => n.kind === 'PARTICIPANT').map((n: { id: string }) => n.id));
    expect(participants.size).toBe(1);
    const affiliations = graph.edges.filter((e: { kind: string; source: string; target: string }) => e.kind === 'AFFILIATION' && (participants.has(e.source) || participants.has(e.target)));
    expect(affiliations).toEqual([]);
  });

  it('gets ratios only to two significant digits and no exact node count beside rounded counts', async () => {
    const researcher = await api.as('RESEARCHER');
    const { graphStats } = await researcher.data(`{ graphStats { density eiIndex nodeCount { value } betweenness { nodeCount samples } } }`);
    for (const ratio of [graphStats.density, graphStats.eiIndex]) {
      if (ratio !== null && ratio !== 0) expect(Number(ratio.toPrecision(2))).toBe(ratio);
    }
    expect(graphStats.betweenness.nodeCount % 5).toBe(0);
    expect(graphStats.betweenness.samples % 5).toBe(0);
  });
});

describe('an employer', () => {
  it('learns nothing of another organisation’s agreement by trying to sign it', async () => {
    const [a, b] = [await createOrg(coordinator, { name: 'Fremmed AS' }), await createOrg(coordinator, { name: 'Annen Kommune', sector: 'PUBLIC', kind: 'MUNICIPALITY' })];
    const theirs = (
      await coordinator.data(`mutation($i: CreateAgreementInput!) { createAgreement(input: $i) { id parties { id } } }`, {
        i: { title: 'Deres avtale', kind: 'WORK_TRIAL', parties: [{ organizationId: a, role: 'EMPLOYER' }, { organizationId: b, role: 'PUBLIC_PARTNER' }] },
      })
    ).createAgreement;
    const SIGN = `mutation($id: ID!, $p: ID!) { signAgreement(id: $id, partyId: $p) { id } }`;
    const tried = await employer.request(SIGN, { id: theirs.id, p: theirs.parties[0].id });
    const unknown = await employer.request(SIGN, { id: 'agr_doesnotexist', p: theirs.parties[0].id });
    expect(tried.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect({ ...tried.errors?.[0]?.extensions, requestId: null }).toEqual({ ...unknown.errors?.[0]?.extensions, requestId: null });
  });

  it('sees a revealed participant without their own ties: no provider, no networks', async () => {
    const { graph } = await employer.data(`{ graph { nodes { id label } edges { source target kind } } }`);
    expect(graph.nodes.map((node: { label: string }) => node.label)).toContain('Frida Forsøk');
    const ties = graph.edges.filter((edge: { source: string; target: string }) => edge.source === participantId || edge.target === participantId);
    expect(ties.map((edge: { kind: string }) => edge.kind)).toEqual(['AGREEMENT']);
    expect(JSON.stringify(graph)).not.toContain('Kafé Mestring');
    const { networks } = await employer.data(`{ networks { nodes { members { person { id } } } } }`);
    expect(JSON.stringify(networks)).not.toContain(participantId);
  });

  it('loses the card and the name of a participant who withdraws visibility, and gets no research pseudonym', async () => {
    const participant = await api.as('PARTICIPANT', { personId: participantId });
    await participant.data(`mutation($id: ID!) { updateConsent(personId: $id, input: { visibleToEmployers: false }) { id } }`, { id: participantId });
    const { introductions } = await employer.data(`{ introductions { nodes { candidate { id } participant { name } } } }`);
    expect(introductions.nodes).toEqual([{ candidate: null, participant: null }]);
    const { agreement } = await employer.data(`query($id: ID!) { agreement(id: $id) { parties { name person { id } } } }`, { id: agreementId });
    const hidden = agreement.parties.find((party: { name: string }) => party.name !== 'Angriper Verksted AS');
    expect(hidden).toEqual({ name: '', person: null });
    const byParty = await employer.data(`query($p: ID!) { agreements(filter: { partyId: $p }) { totalCount } }`, { p: participantId });
    expect(byParty.agreements.totalCount).toBe(0);
    await participant.data(`mutation($id: ID!) { updateConsent(personId: $id, input: { visibleToEmployers: true }) { id } }`, { id: participantId });
  });
});

describe('the audit log', () => {
  it('holds a read of each participant a coordinator’s graph or export names, once per request', async () => {
    const reads = async () =>
      (await api.handle.db.select().from(schema.auditEvents)).filter((event) => event.action === 'read' && event.entityId === participantId).length;
    const before = await reads();
    await coordinator.data(`{ graph { nodes { id label } } again: graph(filter: { sectors: [CIVIL] }) { nodes { label } } }`);
    expect(await reads()).toBe(before + 1);
    await coordinator.data(`{ exportGraph(format: GRAPHML) { content } }`);
    expect(await reads()).toBe(before + 2);
    // Ids alone name nobody.
    await coordinator.data(`{ graph { nodes { id } } }`);
    expect(await reads()).toBe(before + 2);
  });

  it('holds a read of a participant’s login e-mails and consent dates', async () => {
    const reads = async () =>
      (await api.handle.db.select().from(schema.auditEvents)).filter((event) => event.action === 'read' && event.entityId === participantId).length;
    const before = await reads();
    await coordinator.data(`query($id: ID!) { person(id: $id) { accountLinks { email } } }`, { id: participantId });
    expect(await reads()).toBe(before + 1);
    await coordinator.data(`query($id: ID!) { person(id: $id) { participant { visibleToEmployersChangedAt shareForResearchChangedAt } } }`, { id: participantId });
    expect(await reads()).toBe(before + 2);
  });
});

describe('an admin', () => {
  it('links accounts by name and e-mail without learning a participant’s organisation', async () => {
    const admin = await api.as('ADMIN');
    const { accountLinkTargets } = await admin.data(`{ accountLinkTargets(kind: PERSON, search: "Frida") { detail isParticipant } }`);
    expect(accountLinkTargets).toEqual([{ detail: 'frida.fors.k@example.no', isParticipant: true }]);
  });

  it('reads a linked participant’s name and e-mail, but not their phone, title or exact dates', async () => {
    const admin = await api.as('ADMIN');
    await coordinator.data(`mutation($id: ID!) { updatePerson(id: $id, input: { phone: "970 38 448", since: "2026-02-09" }) { id } }`, { id: participantId });
    await api.as('PARTICIPANT', { personId: participantId });
    const { users } = await admin.data(`{ users(first: 100) { nodes { person { id name email phone title since createdAt } } } }`);
    const frida = users.nodes.map((user: { person: unknown }) => user.person).find((person: { id?: string } | null) => person?.id === participantId);
    expect(frida).toMatchObject({ name: 'Frida Forsøk', email: 'frida.fors.k@example.no', phone: null, title: null, since: '2026-02-01' });
    expect(frida.createdAt).toMatch(/^\d{4}-\d{2}-01T00:00:00/);
  });
});

describe('an account that is not the participant’s own role', () => {
  it('never sees the research pseudonym beside the real id', async () => {
    // Linked directly in the database, past the admin's rule, as old data could be.
    const employerLinked = await api.as('EMPLOYER', { personId: participantId, organizationId: employerOrg });
    const { viewer } = await employerLinked.data(`{ viewer { person { id name } } }`);
    expect(JSON.stringify(viewer)).not.toMatch(/R-[0-9A-F]{12}/);
  });
});

describe('a login answer', () => {
  it('is read as the account that just logged in, not as the anonymous caller', async () => {
    await api.as('PARTICIPANT', { personId: participantId });
    const [account] = await api.handle.db.select().from(schema.users);
    expect(account).toBeTruthy();
    const email = `frida-${Date.now()}@test.example`;
    await api.handle.db.insert(schema.users).values({
      id: newId('user'),
      email,
      passwordHash: account!.passwordHash,
      role: 'PARTICIPANT',
      personId: participantId,
    });
    const client = new GraphQLTestClient(api.url);
    const answer = await client.data(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { person { id name } } } }`, {
      e: email,
      p: TEST_PASSWORD,
    });
    expect(answer.login.user.person).toEqual({ id: participantId, name: 'Frida Forsøk' });
  });
});
