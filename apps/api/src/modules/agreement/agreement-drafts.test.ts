import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';

/** Editing a draft agreement: its terms, and any number of parties of any sector with their roles. */

const FIELDS = `id status title startDate endDate goals parties { id role sector signedAt person { id } organization { id } }
  allowedMoves { move allowed code params }`;
const CREATE = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, input: $input) { ${FIELDS} } }`;
const ADD = `mutation($id: ID!, $input: AgreementPartyInput!) { addAgreementParty(agreementId: $id, input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation($partyId: ID!) { removeAgreementParty(partyId: $partyId) { ${FIELDS} } }`;
const ROLE = `mutation($partyId: ID!, $input: UpdateAgreementPartyInput!) { updateAgreementParty(partyId: $partyId, input: $input) { ${FIELDS} } }`;
const PROPOSE = `mutation($id: ID!) { proposeAgreement(id: $id) { ${FIELDS} } }`;
const SIGN = `mutation($id: ID!, $partyId: ID!) { signAgreement(id: $id, partyId: $partyId) { ${FIELDS} } }`;

interface Party {
  id: string;
  role: string;
  sector: string;
  signedAt: string | null;
  person: { id: string } | null;
  organization: { id: string } | null;
}
interface Agreement {
  id: string;
  status: string;
  title: string;
  startDate: string | null;
  endDate: string | null;
  goals: string | null;
  parties: Party[];
  allowedMoves: {
    move: string;
    allowed: boolean;
    code: string | null;
    params: Record<string, unknown> | null;
  }[];
}

let api: TestApi;
let coordinator: GraphQLTestClient;
let participantId: string;
let coordinatorPersonId: string;
let companyId: string;
let navId: string;

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2026-03-02T10:00:00Z') });
  coordinator = await api.as('COORDINATOR');
  const org = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
  const person = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
  companyId = (
    await coordinator.data(org, {
      input: { name: 'Porsgrunn Bygg AS', sector: 'BUSINESS', kind: 'COMPANY' },
    })
  ).createOrganization.id;
  navId = (
    await coordinator.data(org, {
      input: { name: 'NAV Porsgrunn', sector: 'PUBLIC', kind: 'NAV_OFFICE' },
    })
  ).createOrganization.id;
  participantId = (
    await coordinator.data(person, {
      input: { name: 'Kari Deltaker', sector: 'CIVIL', participant: { status: 'IN_ACTIVITY' } },
    })
  ).createPerson.id;
  coordinatorPersonId = (
    await coordinator.data(person, { input: { name: 'Per Brobygger', sector: 'CIVIL' } })
  ).createPerson.id;
});
afterAll(() => api.stop());

/** A draft as the seed makes some: only the participant and their coordinator, both civil. */
async function civilDraft(): Promise<Agreement> {
  return (
    await coordinator.data<{ createAgreement: Agreement }>(CREATE, {
      input: {
        title: 'Arbeidstrening',
        kind: 'WORK_TRIAL',
        startDate: '2026-04-01',
        endDate: '2026-09-30',
        parties: [
          { personId: participantId, role: 'PARTICIPANT' },
          { personId: coordinatorPersonId, role: 'COORDINATOR' },
        ],
      },
    })
  ).createAgreement;
}

async function partyRows(agreementId?: string) {
  const [row] = await api.handle.db
    .select({ n: count() })
    .from(schema.agreementParties)
    .where(agreementId ? eq(schema.agreementParties.agreementId, agreementId) : undefined);
  return row?.n ?? 0;
}

const asInput = (parties: Party[]) =>
  parties.map((p) =>
    p.person
      ? { personId: p.person.id, role: p.role }
      : { organizationId: p.organization?.id, role: p.role },
  );

describe('updateAgreement with the party list', () => {
  it('turns a civil-only dead end into a proposable draft, in one save with the terms', async () => {
    const draft = await civilDraft();
    expect(draft.allowedMoves.find((m) => m.move === 'PROPOSE')).toMatchObject({
      allowed: false,
      code: 'AGREEMENT_ONE_SECTOR',
      params: { sector: 'CIVIL' },
    });
    const { updateAgreement: saved } = await coordinator.data<{ updateAgreement: Agreement }>(
      UPDATE,
      {
        id: draft.id,
        input: {
          title: 'Arbeidstrening i bygg',
          goals: 'Lære verktøy',
          startDate: '2026-04-15',
          parties: [
            ...asInput(draft.parties),
            { organizationId: companyId, role: 'EMPLOYER' },
            { organizationId: navId, role: 'PUBLIC_PARTNER' },
          ],
        },
      },
    );
    expect(saved).toMatchObject({
      title: 'Arbeidstrening i bygg',
      goals: 'Lære verktøy',
      startDate: '2026-04-15',
      endDate: '2026-09-30',
    });
    expect(saved.parties.map((p) => p.sector).sort()).toEqual([
      'BUSINESS',
      'CIVIL',
      'CIVIL',
      'PUBLIC',
    ]);
    // The parties that stayed keep their ids.
    expect(saved.parties.map((p) => p.id)).toEqual(
      expect.arrayContaining(draft.parties.map((p) => p.id)),
    );
    expect(saved.allowedMoves.find((m) => m.move === 'PROPOSE')).toMatchObject({
      allowed: true,
      code: null,
    });
    expect(
      (await coordinator.data<{ proposeAgreement: Agreement }>(PROPOSE, { id: draft.id }))
        .proposeAgreement.status,
    ).toBe('PROPOSED');
  });

  it('removes the parties left out, keeps a signature whose role stays, and drops one whose role changed', async () => {
    const draft = await civilDraft();
    const participant = draft.parties.find((p) => p.role === 'PARTICIPANT');
    const coord = draft.parties.find((p) => p.role === 'COORDINATOR');
    await coordinator.data(SIGN, { id: draft.id, partyId: participant!.id });
    await coordinator.data(SIGN, { id: draft.id, partyId: coord!.id });
    const { updateAgreement: saved } = await coordinator.data<{ updateAgreement: Agreement }>(
      UPDATE,
      {
        id: draft.id,
        input: {
          parties: [
            { personId: participantId, role: 'PARTICIPANT' },
            { personId: coordinatorPersonId, role: 'MENTOR' },
            { organizationId: companyId, role: 'EMPLOYER' },
          ],
        },
      },
    );
    const byRole = Object.fromEntries(saved.parties.map((p) => [p.role, p]));
    expect(byRole['PARTICIPANT']).toMatchObject({
      id: participant!.id,
      signedAt: expect.any(String),
    });
    expect(byRole['MENTOR']).toMatchObject({ id: coord!.id, signedAt: null });
    expect(byRole['EMPLOYER']).toMatchObject({ signedAt: null, organization: { id: companyId } });

    const fewer = await coordinator.data<{ updateAgreement: Agreement }>(UPDATE, {
      id: draft.id,
      input: { parties: [{ organizationId: companyId, role: 'EMPLOYER' }] },
    });
    expect(fewer.updateAgreement.parties).toHaveLength(1);
    expect(await partyRows(draft.id)).toBe(1);
  });

  it('refuses a party list once the agreement is proposed, changing nothing', async () => {
    const draft = await civilDraft();
    await coordinator.data(UPDATE, {
      id: draft.id,
      input: {
        parties: [...asInput(draft.parties), { organizationId: companyId, role: 'EMPLOYER' }],
      },
    });
    await coordinator.data(PROPOSE, { id: draft.id });
    const before = await partyRows(draft.id);
    const result = await coordinator.request(UPDATE, {
      id: draft.id,
      input: { title: 'Ny tittel', parties: [{ organizationId: companyId, role: 'EMPLOYER' }] },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parties',
      reason: 'AGREEMENT_NOT_DRAFT',
      params: { status: 'PROPOSED' },
    });
    expect(await partyRows(draft.id)).toBe(before);
    const { agreement } = await coordinator.data<{ agreement: Agreement }>(
      `query($id: ID!) { agreement(id: $id) { ${FIELDS} } }`,
      { id: draft.id },
    );
    expect(agreement.title).toBe('Arbeidstrening');
  });

  it('refuses bad party lists and dates, naming the field, and writes nothing', async () => {
    const draft = await civilDraft();
    const before = await partyRows();
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [
        { parties: [{ personId: participantId }] },
        { code: 'BAD_USER_INPUT', field: 'parties.0.role' },
      ],
      [
        { parties: [{ role: 'EMPLOYER' }] },
        { code: 'BAD_USER_INPUT', field: 'parties.0.personId' },
      ],
      [
        { parties: [{ personId: participantId, organizationId: companyId, role: 'EMPLOYER' }] },
        { code: 'BAD_USER_INPUT', field: 'parties.0.personId' },
      ],
      [
        {
          parties: [
            { personId: participantId, role: 'PARTICIPANT' },
            { personId: participantId, role: 'MENTOR' },
          ],
        },
        { code: 'BAD_USER_INPUT', field: 'parties.1.personId' },
      ],
      [
        {
          parties: [
            { personId: participantId, role: 'PARTICIPANT' },
            { organizationId: 'org_nobody', role: 'EMPLOYER' },
          ],
        },
        { code: 'NOT_FOUND', field: 'parties.1.organizationId' },
      ],
      [{ title: '' }, { code: 'BAD_USER_INPUT', field: 'title' }],
      [{ startDate: '2026-02-30' }, { code: 'BAD_USER_INPUT', field: 'startDate' }],
      [
        { startDate: '2026-05-01', endDate: '2026-04-01' },
        { code: 'BAD_USER_INPUT', field: 'endDate' },
      ],
      // Against the stored end date (2026-09-30): the API checks what the form could not.
      [
        { startDate: '2026-10-01', parties: [{ organizationId: companyId, role: 'EMPLOYER' }] },
        {
          code: 'BAD_USER_INPUT',
          field: 'endDate',
          reason: 'AGREEMENT_END_BEFORE_START',
          params: { startDate: '2026-10-01', endDate: '2026-09-30' },
        },
      ],
    ];
    for (const [input, extensions] of cases) {
      const result = await coordinator.request(UPDATE, { id: draft.id, input });
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject(extensions);
    }
    expect(await partyRows()).toBe(before);
    const unknown = await coordinator.request(UPDATE, { id: 'agr_nobody', input: { title: 'X' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('one party at a time', () => {
  it('adds a party of any sector, refuses the same one twice, and removes it', async () => {
    const draft = await civilDraft();
    const added = (
      await coordinator.data<{ addAgreementParty: Agreement }>(ADD, {
        id: draft.id,
        input: { organizationId: companyId, role: 'EMPLOYER' },
      })
    ).addAgreementParty;
    expect(added.parties).toHaveLength(3);
    expect(added.allowedMoves.find((m) => m.move === 'PROPOSE')?.allowed).toBe(true);
    const twice = await coordinator.request(ADD, {
      id: draft.id,
      input: { organizationId: companyId, role: 'MENTOR' },
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'organizationId',
      reason: 'AGREEMENT_PARTY_TWICE',
    });
    const employer = added.parties.find((p) => p.role === 'EMPLOYER')!;
    const removed = (
      await coordinator.data<{ removeAgreementParty: Agreement }>(REMOVE, { partyId: employer.id })
    ).removeAgreementParty;
    expect(removed.parties).toHaveLength(2);
    const unknown = await coordinator.request(REMOVE, { partyId: 'agp_nobody' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'partyId' });
  });

  it('changes a role and asks the party to sign again', async () => {
    const draft = await civilDraft();
    const coord = draft.parties.find((p) => p.role === 'COORDINATOR')!;
    await coordinator.data(SIGN, { id: draft.id, partyId: coord.id });
    const same = (
      await coordinator.data<{ updateAgreementParty: Agreement }>(ROLE, {
        partyId: coord.id,
        input: { role: 'COORDINATOR' },
      })
    ).updateAgreementParty;
    expect(same.parties.find((p) => p.id === coord.id)?.signedAt).toBeTruthy();
    const changed = (
      await coordinator.data<{ updateAgreementParty: Agreement }>(ROLE, {
        partyId: coord.id,
        input: { role: 'MENTOR' },
      })
    ).updateAgreementParty;
    expect(changed.parties.find((p) => p.id === coord.id)).toMatchObject({
      role: 'MENTOR',
      signedAt: null,
    });
  });

  it('refuses a missing or unknown role and an unknown party', async () => {
    const draft = await civilDraft();
    const partyId = draft.parties[0]!.id;
    for (const input of [{}, { role: 'BOSS' }]) {
      const result = await coordinator.request(ROLE, { partyId, input });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    const unknown = await coordinator.request(ROLE, {
      partyId: 'agp_nobody',
      input: { role: 'MENTOR' },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'partyId' });
  });

  it('refuses every party change once the agreement is no longer a draft', async () => {
    const draft = await civilDraft();
    const added = (
      await coordinator.data<{ addAgreementParty: Agreement }>(ADD, {
        id: draft.id,
        input: { organizationId: navId, role: 'PUBLIC_PARTNER' },
      })
    ).addAgreementParty;
    await coordinator.data(PROPOSE, { id: draft.id });
    const notDraft = {
      code: 'BAD_USER_INPUT',
      reason: 'AGREEMENT_NOT_DRAFT',
      params: { status: 'PROPOSED' },
    };
    const party = added.parties[0]!;
    expect(
      (await coordinator.request(ROLE, { partyId: party.id, input: { role: 'MENTOR' } }))
        .errors?.[0]?.extensions,
    ).toMatchObject(notDraft);
    expect(
      (await coordinator.request(REMOVE, { partyId: party.id })).errors?.[0]?.extensions,
    ).toMatchObject(notDraft);
    expect(
      (
        await coordinator.request(ADD, {
          id: draft.id,
          input: { organizationId: companyId, role: 'EMPLOYER' },
        })
      ).errors?.[0]?.extensions,
    ).toMatchObject(notDraft);
    expect(await partyRows(draft.id)).toBe(3);
  });
});

describe('who may edit a draft', () => {
  it('is the coordinator alone: other roles are refused, and nothing changes', async () => {
    const draft = await civilDraft();
    const party = draft.parties[0]!;
    const employer = await api.as('EMPLOYER', { organizationId: companyId });
    const researcher = await api.as('RESEARCHER');
    const participant = await api.as('PARTICIPANT', { personId: participantId });
    for (const client of [employer, researcher, participant]) {
      for (const [query, variables] of [
        [ROLE, { partyId: party.id, input: { role: 'MENTOR' } }],
        [
          UPDATE,
          { id: draft.id, input: { parties: [{ organizationId: companyId, role: 'EMPLOYER' }] } },
        ],
        [ADD, { id: draft.id, input: { organizationId: companyId, role: 'EMPLOYER' } }],
        [REMOVE, { partyId: party.id }],
      ] as const) {
        const result = await client.request(query, variables);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    const anonymous = await api
      .anonymous()
      .request(ROLE, { partyId: party.id, input: { role: 'MENTOR' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await partyRows(draft.id)).toBe(2);
    const [row] = await api.handle.db
      .select()
      .from(schema.agreementParties)
      .where(eq(schema.agreementParties.id, party.id));
    expect(row?.role).toBe(party.role);
  });
});
