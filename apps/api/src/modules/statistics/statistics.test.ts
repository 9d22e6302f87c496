import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParticipantStatus } from '@brobygger/domain';
import { newId, schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';

const COUNT = 'value suppressed';
const SHARE = `count { ${COUNT} } total { ${COUNT} } share`;
const SUMMARY = `count { ${COUNT} } mean median lowerQuartile upperQuartile`;
const OUTCOMES = `query($range: StatisticsRange) {
  outcomeStats(range: $range) {
    participants { ${COUNT} }
    inPaidWork { ${SHARE} }
    everInPaidWork { ${SHARE} }
    byStatus { status count { ${COUNT} } }
    daysToFirstJob { ${SUMMARY} }
    hoursPerWeekEmployed { ${SUMMARY} }
    paidWorkOverTime { periodStart periodEnd inPaidWork { ${SHARE} } }
  }
}`;
const AGREEMENTS = `query($range: StatisticsRange) {
  agreementStats(range: $range) {
    total { ${COUNT} }
    threeSector { ${SHARE} }
    byKind { value count { ${COUNT} } }
    byStatus { value count { ${COUNT} } }
    byOutcome { value count { ${COUNT} } }
    periods { periodStart periodEnd total { ${COUNT} } byKind { value count { ${COUNT} } } }
  }
}`;
const EI = `query($filter: GraphFilter, $dates: [Date!]!) {
  eiOverTime(filter: $filter, dates: $dates) { date eiIndex eiBySector { sector eiIndex } edgeCount { ${COUNT} } }
}`;

type Count = { value: number | null; suppressed: boolean };
const shown = (value: number): Count => ({ value, suppressed: false });
const hidden: Count = { value: null, suppressed: true };
const valueOf = (list: { value?: string; status?: string; count: Count }[], key: string) =>
  list.find((c) => (c.value ?? c.status) === key)!.count;

let api: TestApi;
let coordinator: GraphQLTestClient;
let researcher: GraphQLTestClient;
const ids: Record<string, string> = {};

/** A participant whose status history is exactly `journey` (status, day), oldest first. */
async function participant(name: string, journey: [ParticipantStatus, string][], share: boolean, hours: number) {
  const { createPerson } = await coordinator.data<{ createPerson: { id: string } }>(
    `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`,
    { i: { name, sector: 'CIVIL', participant: { shareForResearch: share, hoursPerWeek: hours } } },
  );
  const personId = createPerson.id;
  await api.handle.transaction(async (tx) => {
    await tx.delete(schema.participantStatusChanges).where(eq(schema.participantStatusChanges.personId, personId));
    await tx.insert(schema.participantStatusChanges).values(
      journey.map(([status, changedOn]) => ({ id: newId('statusChange'), personId, status, changedOn, createdAt: `${changedOn}T09:00:00.000Z` })),
    );
    await tx
      .update(schema.participantProfiles)
      .set({ status: journey.at(-1)![0] })
      .where(eq(schema.participantProfiles.personId, personId));
  });
  return personId;
}

async function org(name: string, sector: string, kind: string) {
  const { createOrganization } = await coordinator.data<{ createOrganization: { id: string } }>(
    `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
    { i: { name, sector, kind } },
  );
  return createOrganization.id;
}

async function agreement(
  values: { kind: 'WORK_TRIAL' | 'EMPLOYMENT'; status: 'ACTIVE' | 'COMPLETED'; outcome: 'HIRED' | null; startDate: string },
  parties: { personId?: string; organizationId?: string; role: 'PARTICIPANT' | 'EMPLOYER' | 'PUBLIC_PARTNER' }[],
) {
  const agreementId = newId('agreement');
  await api.handle.transaction(async (tx) => {
    await tx.insert(schema.agreements).values({ id: agreementId, title: 'Avtale', ...values });
    await tx.insert(schema.agreementParties).values(parties.map((p) => ({ id: newId('agreementParty'), agreementId, ...p })));
  });
}

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  researcher = await api.as('RESEARCHER');
  const joined = '2023-01-10';
  // Six who share their data for research; four of them found work after 90, 180, 270 and 360 days.
  ids.a = await participant('Anne', [['OUTSIDE_WORK', joined], ['EMPLOYED_FULL_TIME', '2023-04-10']], true, 37);
  ids.b = await participant(
    'Bård',
    [['OUTSIDE_WORK', joined], ['WORK_TRIAL', '2023-03-01'], ['EMPLOYED_PART_TIME', '2023-07-09']],
    true,
    20,
  );
  ids.c = await participant('Cato', [['OUTSIDE_WORK', joined], ['IN_ACTIVITY', '2023-02-01']], true, 10);
  ids.d = await participant('Dina', [['OUTSIDE_WORK', joined]], true, 5);
  ids.e = await participant('Eli', [['OUTSIDE_WORK', joined], ['EMPLOYED_FULL_TIME', '2023-10-07']], true, 37);
  ids.f = await participant('Frode', [['OUTSIDE_WORK', joined], ['EMPLOYED_PART_TIME', '2024-01-05']], true, 25);
  // One who does not share: in work after 30 days, counted for coordinators only.
  ids.g = await participant('Gro', [['OUTSIDE_WORK', joined], ['EMPLOYED_FULL_TIME', '2023-02-09']], false, 37);

  const business = await org('Verksted AS', 'BUSINESS', 'COMPANY');
  const nav = await org('NAV Porsgrunn', 'PUBLIC', 'NAV_OFFICE');
  for (let i = 0; i < 5; i += 1) {
    await agreement({ kind: 'WORK_TRIAL', status: 'COMPLETED', outcome: 'HIRED', startDate: '2023-02-01' }, [
      { personId: ids.a, role: 'PARTICIPANT' },
      { organizationId: business, role: 'EMPLOYER' },
      { organizationId: nav, role: 'PUBLIC_PARTNER' },
    ]);
  }
  await agreement({ kind: 'EMPLOYMENT', status: 'ACTIVE', outcome: null, startDate: '2023-08-01' }, [
    { personId: ids.g, role: 'PARTICIPANT' },
    { organizationId: business, role: 'EMPLOYER' },
  ]);
});
afterAll(() => api.stop());

describe('outcomeStats', () => {
  it('gives coordinators the share in work, days to the first job and hours among the employed', async () => {
    const { outcomeStats: s } = await coordinator.data<{ outcomeStats: any }>(OUTCOMES);
    expect(s.participants).toEqual(shown(7));
    expect(s.inPaidWork).toEqual({ count: shown(5), total: shown(7), share: 5 / 7 });
    expect(valueOf(s.byStatus, 'OUTSIDE_WORK')).toEqual(shown(1));
    expect(valueOf(s.byStatus, 'EMPLOYED_FULL_TIME')).toEqual(shown(3));
    // 30, 90, 180, 270 and 360 days.
    expect(s.daysToFirstJob).toEqual({ count: shown(5), mean: 186, median: 180, lowerQuartile: 90, upperQuartile: 270 });
    expect(s.hoursPerWeekEmployed.median).toBe(37);
    expect(s.hoursPerWeekEmployed.mean).toBeCloseTo((37 + 20 + 37 + 25 + 37) / 5, 12);
  });

  it('follows the share in work period by period', async () => {
    const { outcomeStats: s } = await coordinator.data<{ outcomeStats: any }>(OUTCOMES, {
      range: { from: '2023-01-01', to: '2023-12-31', period: 'HALF_YEAR' },
    });
    expect(s.paidWorkOverTime).toEqual([
      { periodStart: '2023-01-01', periodEnd: '2023-06-30', inPaidWork: { count: shown(2), total: shown(7), share: 2 / 7 } },
      { periodStart: '2023-07-01', periodEnd: '2023-12-31', inPaidWork: { count: shown(4), total: shown(7), share: 4 / 7 } },
    ]);
  });

  it('counts for researchers only those who share, and hides small counts and what they would give away', async () => {
    const { outcomeStats: s } = await researcher.data<{ outcomeStats: any }>(OUTCOMES);
    // Six share: rounded to the nearest 5.
    expect(s.participants).toEqual(shown(5));
    // Four of six in work: the four, the two left and the share are all hidden.
    expect(s.inPaidWork).toEqual({ count: hidden, total: shown(5), share: null });
    expect(valueOf(s.byStatus, 'EMPLOYED_FULL_TIME')).toEqual(hidden);
    expect(s.daysToFirstJob).toEqual({ count: hidden, mean: null, median: null, lowerQuartile: null, upperQuartile: null });
  });

  it('gives researchers whole months: ranges a day apart answer alike', async () => {
    const one = await researcher.data<{ outcomeStats: any }>(OUTCOMES, { range: { from: '2023-01-01', to: '2023-06-14' } });
    const next = await researcher.data<{ outcomeStats: any }>(OUTCOMES, { range: { from: '2023-01-01', to: '2023-06-15' } });
    expect(next).toEqual(one);
    const shifted = await researcher.data<{ outcomeStats: any }>(OUTCOMES, { range: { from: '2023-01-17', to: '2023-06-30' } });
    expect(shifted).toEqual(one);
  });

  it('narrows to who joined in the range', async () => {
    const { outcomeStats: s } = await coordinator.data<{ outcomeStats: any }>(OUTCOMES, { range: { from: '2024-01-01' } });
    expect(s.participants).toEqual(shown(0));
    expect(s.inPaidWork.share).toBeNull();
    expect(s.paidWorkOverTime).toEqual([]);
  });

  it('refuses a range that ends before it starts, naming the field', async () => {
    const { errors } = await coordinator.request(OUTCOMES, { range: { from: '2024-06-01', to: '2024-01-01' } });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'range.to' });
  });
});

describe('agreementStats', () => {
  it('counts agreements by kind, status and outcome, in all and per half-year', async () => {
    const { agreementStats: s } = await coordinator.data<{ agreementStats: any }>(AGREEMENTS, { range: { from: '2023-01-01', to: '2023-12-31' } });
    expect(s.total).toEqual(shown(6));
    expect(valueOf(s.byKind, 'WORK_TRIAL')).toEqual(shown(5));
    expect(valueOf(s.byKind, 'EMPLOYMENT')).toEqual(shown(1));
    expect(valueOf(s.byStatus, 'COMPLETED')).toEqual(shown(5));
    expect(valueOf(s.byOutcome, 'HIRED')).toEqual(shown(5));
    expect(s.threeSector).toEqual({ count: shown(5), total: shown(6), share: 5 / 6 });
    expect(s.periods.map((p: { total: Count }) => p.total)).toEqual([shown(5), shown(1)]);
    expect(valueOf(s.periods[1].byKind, 'EMPLOYMENT')).toEqual(shown(1));
  });

  it('leaves out for researchers the agreements of participants who do not share, and hides small counts', async () => {
    const { agreementStats: s } = await researcher.data<{ agreementStats: any }>(AGREEMENTS);
    expect(s.total).toEqual(shown(5));
    expect(valueOf(s.byKind, 'EMPLOYMENT')).toEqual(hidden);
    // All five span three sectors: "none does not" is as telling as a small count.
    expect(s.threeSector).toEqual({ count: hidden, total: shown(5), share: null });
  });

  it('refuses a date that does not exist, naming the field', async () => {
    const { errors } = await coordinator.request(AGREEMENTS, { range: { from: '2023-01-01', period: 'YEAR', to: '2022-12-31' } });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'range.to' });
  });

  it('is not for employers', async () => {
    const employer = await api.as('EMPLOYER');
    const { errors } = await employer.request(AGREEMENTS);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('eiOverTime', () => {
  it('replays the E-I index as ties across sectors appear', async () => {
    const person = async (name: string, sector: string) =>
      (await coordinator.data<{ createPerson: { id: string } }>(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, { i: { name, sector } }))
        .createPerson.id;
    const connect = (a: string, b: string, since: string) =>
      coordinator.data(`mutation($i: CreateConnectionInput!) { createConnection(input: $i) { id } }`, {
        i: { personAId: a, personBId: b, kind: 'CONTACT', since },
      });
    const b1 = await person('Berit', 'BUSINESS');
    const b2 = await person('Bjarne', 'BUSINESS');
    const p1 = await person('Petter', 'PUBLIC');
    await connect(b1, b2, '2022-01-01');
    await connect(b1, p1, '2023-06-01');

    const { eiOverTime } = await coordinator.data<{ eiOverTime: any[] }>(EI, {
      filter: { edgeKinds: ['CONNECTION'] },
      dates: ['2023-12-31', '2023-01-01'],
    });
    expect(eiOverTime.map((p) => p.date)).toEqual(['2023-01-01', '2023-12-31']);
    // Only the tie inside business, then one inside and one across.
    expect(eiOverTime[0].eiIndex).toBe(-1);
    expect(eiOverTime[0].edgeCount).toEqual(shown(1));
    expect(eiOverTime[1].eiIndex).toBe(0);
    expect(eiOverTime[1].eiBySector.find((e: { sector: string }) => e.sector === 'PUBLIC').eiIndex).toBe(1);

    const asResearcher = await researcher.data<{ eiOverTime: any[] }>(EI, { filter: { edgeKinds: ['CONNECTION'] }, dates: ['2023-12-31'] });
    expect(asResearcher.eiOverTime[0].edgeCount).toEqual(hidden);
    expect(asResearcher.eiOverTime[0].eiIndex).toBe(0);
  });

  it('wants between one and 24 days', async () => {
    const none = await coordinator.request(EI, { dates: [] });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dates' });
    const many = await coordinator.request(EI, { dates: Array.from({ length: 25 }, (_, i) => `2020-01-${String(i + 1).padStart(2, '0')}`) });
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dates' });
  });
});
