import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, schema as tables } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../testing/index';

/**
 * Every field of a participant, and what each outside role may see of it when it reads the
 * participant's page: `same` (as the coordinator sees it), `withheld` (null or empty),
 * `pseudonym` (the research pseudonym instead of the id or name) or `month` (the date cut to
 * the first day of its month). The researcher reads a participant who shares for research —
 * by the research pseudonym, the only id it is given — and gets no profile at all (status,
 * municipality and the rest are quasi-identifiers, for aggregates only); the employer reads
 * one who accepted its introduction. A field of Person or ParticipantProfile with no row here
 * fails the test.
 */
type Seen = 'same' | 'shown' | 'withheld' | 'pseudonym' | 'month';
const PERSON_FIELDS: Record<string, { researcher: Seen; employer: Seen }> = {
  id: { researcher: 'pseudonym', employer: 'same' },
  name: { researcher: 'pseudonym', employer: 'same' },
  email: { researcher: 'withheld', employer: 'same' },
  phone: { researcher: 'withheld', employer: 'same' },
  title: { researcher: 'withheld', employer: 'same' },
  sector: { researcher: 'same', employer: 'same' },
  isParticipant: { researcher: 'same', employer: 'same' },
  since: { researcher: 'month', employer: 'same' },
  organization: { researcher: 'withheld', employer: 'withheld' },
  connections: { researcher: 'withheld', employer: 'withheld' },
  agreements: { researcher: 'withheld', employer: 'withheld' },
  memberships: { researcher: 'withheld', employer: 'withheld' },
  createdAt: { researcher: 'month', employer: 'same' },
  updatedAt: { researcher: 'month', employer: 'same' },
  // `shown`: present; what of it is shown, PROFILE_FIELDS says.
  participant: { researcher: 'withheld', employer: 'shown' },
  accountLinks: { researcher: 'withheld', employer: 'withheld' },
  // An archived person is hidden from these roles altogether (NOT_FOUND; archive.test.ts): a
  // person they can read is one in use, null to the coordinator as well.
  archivedAt: { researcher: 'same', employer: 'same' },
  // What deleting would do is for those who may delete: coordinators.
  deletionImpact: { researcher: 'withheld', employer: 'withheld' },
};
/** The researcher gets no profile (`participant` is null), so only the employer's column is checked here. */
const PROFILE_FIELDS: Record<string, { researcher: Seen; employer: Seen }> = {
  status: { researcher: 'withheld', employer: 'same' },
  statusHistory: { researcher: 'withheld', employer: 'withheld' },
  municipalityNumber: { researcher: 'withheld', employer: 'same' },
  municipalityName: { researcher: 'withheld', employer: 'same' },
  hoursPerWeek: { researcher: 'withheld', employer: 'same' },
  talents: { researcher: 'withheld', employer: 'same' },
  wishedIndustries: { researcher: 'withheld', employer: 'same' },
  goals: { researcher: 'withheld', employer: 'same' },
  planSteps: { researcher: 'withheld', employer: 'withheld' },
  dreams: { researcher: 'withheld', employer: 'withheld' },
  dreamList: { researcher: 'withheld', employer: 'withheld' },
  benefit: { researcher: 'withheld', employer: 'withheld' },
  publicPartner: { researcher: 'withheld', employer: 'withheld' },
  coordinator: { researcher: 'withheld', employer: 'withheld' },
  // Consent is the participant's and the coordinator's business: others read false.
  visibleToEmployers: { researcher: 'withheld', employer: 'withheld' },
  shareForResearch: { researcher: 'withheld', employer: 'withheld' },
  visibleToEmployersChangedAt: { researcher: 'withheld', employer: 'withheld' },
  shareForResearchChangedAt: { researcher: 'withheld', employer: 'withheld' },
};

const sdl = buildSchema(readFileSync(fileURLToPath(new URL('../../../../schema.graphql', import.meta.url)), 'utf8'));
const typeFields = (name: string) => Object.values((sdl.getType(name) as GraphQLObjectType).getFields());
const select = (name: string, skip: string[] = []) =>
  typeFields(name)
    .filter((f) => !skip.includes(f.name))
    .map((f) => (isObjectType(getNamedType(f.type)) ? `${f.name} { __typename ${'id' in (getNamedType(f.type) as GraphQLObjectType).getFields() ? 'id' : ''} }` : f.name))
    .join(' ');
const PERSON = `query($id: ID!) { person(id: $id) { ${select('Person', ['participant'])} participant { ${select('ParticipantProfile')} } } }`;

let api: TestApi;
let coordinator: GraphQLTestClient;
let participantId: string;
let employerOrg: string;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  const org = async (name: string, sector: string, kind: string) =>
    (await coordinator.data(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name, sector, kind } }))
      .createOrganization.id as string;
  const krem = await org('KREM', 'CIVIL', 'SOCIAL_ENTERPRISE');
  const nav = await org('NAV Skien', 'PUBLIC', 'NAV_OFFICE');
  employerOrg = await org('Verksted AS', 'BUSINESS', 'COMPANY');
  const person = async (i: Record<string, unknown>) =>
    (await coordinator.data(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, { i })).createPerson.id as string;
  const coach = await person({ name: 'Kari Coach', sector: 'CIVIL', organizationId: krem });
  participantId = await person({
    name: 'Sigrid Sensitiv',
    email: 'sigrid@example.org',
    phone: '41234567',
    title: 'Deltaker',
    sector: 'CIVIL',
    organizationId: krem,
    since: '2024-02-17',
    participant: {
      status: 'IN_ACTIVITY',
      municipalityNumber: '4003',
      municipalityName: 'Skien',
      hoursPerWeek: 20,
      dreams: 'Å jobbe med dyr',
      benefit: 'WORK_ASSESSMENT_ALLOWANCE',
      publicPartnerId: nav,
      coordinatorId: coach,
      visibleToEmployers: true,
      shareForResearch: true,
      talents: [{ name: 'Dyrestell', level: 'SKILLED' }],
      wishedIndustries: ['A'],
    },
  });
  // The participant's own account: the coordinator then sees one linked account.
  await api.as('PARTICIPANT', { personId: participantId });
  await coordinator.data(`mutation($id: ID!) { addGoal(personId: $id, input: { text: "Fast jobb", targetDate: "2027-01-01" }) { id } }`, { id: participantId });
  await coordinator.data(`mutation($id: ID!) { addPlanStep(personId: $id, input: { text: "Ring NAV" }) { id } }`, { id: participantId });
  await coordinator.data(`mutation($i: CreateConnectionInput!) { createConnection(input: $i) { id } }`, {
    i: { personAId: participantId, personBId: coach, kind: 'MENTOR' },
  });
  const network = (await coordinator.data(`mutation { createNetwork(input: { name: "Brobygger Skien", kind: PROJECT }) { id } }`)).createNetwork.id;
  await coordinator.data(`mutation($i: AddNetworkMemberInput!) { addNetworkMember(input: $i) { id } }`, { i: { networkId: network, personId: participantId } });
  await coordinator.data(`mutation($i: CreateAgreementInput!) { createAgreement(input: $i) { id } }`, {
    i: { title: 'Arbeidstrening', kind: 'WORK_TRIAL', parties: [{ personId: participantId, role: 'PARTICIPANT' }, { organizationId: nav, role: 'PUBLIC_PARTNER' }] },
  });
});
afterAll(() => api.stop());

function isWithheld(value: unknown): boolean {
  return value === null || value === false || (Array.isArray(value) && value.length === 0);
}

const RESEARCH_PSEUDONYM = /^R-[0-9A-F]{12}$/;

function seenAs(expected: Seen, mine: unknown, theirs: unknown): boolean {
  switch (expected) {
    case 'same':
      return JSON.stringify(theirs) === JSON.stringify(mine);
    case 'shown':
      return !isWithheld(theirs);
    case 'withheld':
      return isWithheld(theirs);
    case 'pseudonym':
      return RESEARCH_PSEUDONYM.test(String(theirs));
    case 'month':
      return typeof theirs === 'string' && theirs !== mine && theirs.slice(0, 7) === String(mine).slice(0, 7) && theirs.slice(8, 10) === '01';
  }
}

/** The id a researcher is given for the participant: the one in its own list. */
async function researchIdOf(researcher: GraphQLTestClient): Promise<string> {
  const list = await researcher.data(`{ people(filter: { isParticipant: true }) { nodes { id } } }`);
  const ids = list.people.nodes.map((node: { id: string }) => node.id);
  expect(ids).toHaveLength(1);
  return ids[0];
}

async function compare(client: GraphQLTestClient, who: 'researcher' | 'employer', id: string) {
  const full = (await coordinator.data(PERSON, { id: participantId })).person;
  const seen = (await client.data(PERSON, { id })).person;
  const wrong: string[] = [];
  const check = (table: typeof PERSON_FIELDS, mine: Record<string, unknown>, theirs: Record<string, unknown>, prefix: string) => {
    for (const [field, rule] of Object.entries(table)) {
      const expected = rule[who];
      if (!seenAs(expected, mine[field], theirs[field])) wrong.push(`${prefix}${field} should be ${expected}, got ${JSON.stringify(theirs[field])}`);
      if (expected !== 'same' && expected !== 'shown' && isWithheld(mine[field])) wrong.push(`${prefix}${field} is empty for the coordinator too: the test proves nothing`);
    }
  };
  check(PERSON_FIELDS, full, seen, '');
  if (seen.participant) check(PROFILE_FIELDS, full.participant, seen.participant, 'participant.');
  expect(wrong).toEqual([]);
}

describe('what each role sees of a participant', () => {
  it('has a row for every field of Person and ParticipantProfile', () => {
    expect(typeFields('Person').map((f) => f.name).filter((f) => !(f in PERSON_FIELDS))).toEqual([]);
    expect(typeFields('ParticipantProfile').map((f) => f.name).filter((f) => !(f in PROFILE_FIELDS))).toEqual([]);
  });

  it('shows a researcher a consenting participant only as the table says', async () => {
    const researcher = await api.as('RESEARCHER');
    await compare(researcher, 'researcher', await researchIdOf(researcher));
    // The real id is not one the researcher was given: it answers as an unknown id.
    const real = await researcher.request(PERSON, { id: participantId });
    expect(real.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(real)).not.toContain('Sigrid');
  });

  it('refuses an employer until the participant accepts its introduction, then shows what the table says', async () => {
    const employer = await api.as('EMPLOYER', { organizationId: employerOrg });
    const before = await employer.request(PERSON, { id: participantId });
    // Exactly as an unknown id answers: the employer cannot tell that the person exists.
    const unknown = await employer.request(PERSON, { id: 'per_unknown' });
    expect(before.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(before.errors?.[0]?.message.replace(participantId, 'ID')).toBe(unknown.errors?.[0]?.message.replace('per_unknown', 'ID'));
    expect(JSON.stringify(before)).not.toContain('Sigrid');
    await api.handle.transaction(async (tx) => {
      await tx.insert(tables.introductions).values({
        id: newId('introduction'),
        participantId,
        organizationId: employerOrg,
        status: 'ACCEPTED',
        answeredAt: new Date().toISOString(),
      });
    });
    await compare(employer, 'employer', participantId);
  });

  it('refuses another participant and hides a non-consenting one from researchers', async () => {
    const other = await api.as('PARTICIPANT', { personId: undefined });
    expect((await other.request(PERSON, { id: participantId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await coordinator.data(`mutation($id: ID!) { updateConsent(personId: $id, input: { shareForResearch: false }) { id } }`, { id: participantId });
    const researcher = await api.as('RESEARCHER');
    const result = await researcher.request(PERSON, { id: participantId });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(result)).not.toContain('Sigrid');
  });
});
