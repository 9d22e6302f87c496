import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { dataSummaryHtml, type MyDataExport } from './data-summary';

const DATA: MyDataExport = {
  exportedAt: '2026-11-30T10:00:00.000Z',
  names: { org_1: 'Skien Bakeri AS', per_mentor: 'Mona Mentor', opp_1: 'Bakerlærling' },
  person: { id: 'per_me', name: 'Mari <b>Mine</b>', email: 'mari@example.no', phone: null },
  profile: { status: 'WORK_TRIAL', municipalityName: 'Skien', hoursPerWeek: 1500, benefit: 'SICK_PAY', visibleToEmployers: true, shareForResearch: false },
  talents: [{ name: 'Baking', level: 'SKILLED' }],
  dreams: [{ text: 'Eget bakeri' }],
  goals: [{ text: 'Fagbrev', status: 'IN_PROGRESS', targetDate: '2027-06-01' }],
  planSteps: [{ text: 'Søke læreplass', dueDate: '2027-01-15', done: true }],
  statusHistory: [{ status: 'WORK_TRIAL', changedOn: '2026-09-01', reason: 'STARTED_WORK_TRIAL', note: null }],
  wishedIndustries: [],
  connections: [
    { personAId: 'per_me', personBId: 'per_mentor', kind: 'MENTOR', since: '2026-01-10' },
    { personAId: 'participant', personBId: 'per_me', kind: 'CONTACT' },
  ],
  memberships: [],
  agreements: [],
  introductions: [{ organizationId: 'org_1', opportunityId: 'opp_1', status: 'WITHDRAWN' }],
  shortlistRatings: [],
  accounts: [{ email: 'mari@example.no', role: 'PARTICIPANT' }],
  auditEvents: [{ at: '2026-11-01T08:00:00.000Z', action: 'read', role: 'COORDINATOR' }],
};

async function summaryIn(language: 'nb' | 'en'): Promise<Document> {
  const html = await dataSummaryHtml({ data: DATA, t: i18next.getFixedT(language), language });
  expect(html.startsWith('<!doctype html>')).toBe(true);
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the readable summary of a participant’s data', () => {
  it('words codes in Norwegian, with names beside ids and numbers the Norwegian way', async () => {
    const doc = await summaryIn('nb');
    const text = doc.body.textContent ?? '';
    expect(doc.documentElement.lang).toBe('nb');
    expect(doc.querySelector('h1')?.textContent).toBe('Dette vet Brobygger om deg');
    expect(text).toContain('Sykepenger');
    expect(text).toContain('1\u00a0500');
    expect(text).toContain('Startet arbeidstrening');
    expect(text).toContain('Mona Mentor (Mentor)');
    expect(text).toContain('Skien Bakeri AS: Bakerlærling');
    expect(text).toContain('Profilen din ble lest (Brobygger)');
    expect(text).not.toMatch(/WORK_TRIAL|SICK_PAY|per_mentor|org_1/);
  });

  it('shows another participant only as “a participant”', async () => {
    const items = [...(await summaryIn('en')).querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toContain('A participant (Contact)');
  });

  it('groups equal events of a day into one line with a count', async () => {
    const read = (at: string, role: string) => ({ at, action: 'read', role });
    const auditEvents = [
      ...Array.from({ length: 22 }, (_, i) => read(`2026-12-07T09:${String(i).padStart(2, '0')}:00.000Z`, 'COORDINATOR')),
      read('2026-12-07T10:00:00.000Z', 'ADMIN'),
      read('2026-12-07T10:05:00.000Z', 'ADMIN'),
      read('2026-12-08T09:00:00.000Z', 'COORDINATOR'),
      { at: '2026-12-07T11:00:00.000Z', action: 'decline', role: 'PARTICIPANT' },
    ];
    const html = await dataSummaryHtml({ data: { ...DATA, auditEvents }, t: i18next.getFixedT('en'), language: 'en' });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const log = [...doc.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === 'Who has read or changed your data');
    expect([...(log?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      '7 Dec 2026: Your profile was read (Coordinator) — 22 times',
      '7 Dec 2026: Your profile was read (Administrator) — 2 times',
      '8 Dec 2026: Your profile was read (Coordinator)',
      '7 Dec 2026: No to an introduction (Participant)',
    ]);
  });

  it('counts in Norwegian too', async () => {
    const auditEvents = [0, 1, 2].map((i) => ({ at: `2026-12-07T09:0${i}:00.000Z`, action: 'read', role: 'COORDINATOR' }));
    const html = await dataSummaryHtml({ data: { ...DATA, auditEvents }, t: i18next.getFixedT('nb'), language: 'nb' });
    expect(html).toContain('Profilen din ble lest (Brobygger) — 3 ganger');
  });

  it('keeps markup in the data as text', async () => {
    const doc = await summaryIn('en');
    expect(doc.querySelector('b')).toBeNull();
    expect(doc.body.textContent).toContain('Mari <b>Mine</b>');
  });
});
