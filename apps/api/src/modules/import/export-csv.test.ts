import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { hashPassword, newId, schema } from '@brobygger/db';
import type { Role } from '@brobygger/domain';
import { startTestApi, TEST_PASSWORD, type TestApi } from '../../testing/index';
import { importRegister } from './brreg/import-register';
import { fixtureStream } from './fixtures/fixture-files';

let api: TestApi;
let coordinator: string;

async function sessionCookie(role: Role): Promise<string> {
  const email = `${role.toLowerCase()}-${newId('user')}@test.example`;
  const passwordHash = await hashPassword(TEST_PASSWORD);
  await api.handle.transaction((tx) => tx.insert(schema.users).values({ id: newId('user'), email, passwordHash, role }));
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }', variables: { e: email, p: TEST_PASSWORD } }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';', 1)[0]!;
}

async function download(path: string, cookie = coordinator) {
  const response = await fetch(`${api.url}${path}`, { headers: { cookie } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

const PARTICIPANT_ID = newId('person');
const KARI_ID = newId('person');
const AGREEMENT_ID = newId('agreement');

/** The file's rows as cells, the header row first (cells here hold no semicolons or quotes). */
function rowsOf(text: string): string[][] {
  return text.slice(1).trim().split('\r\n').map((line) => line.split(';'));
}

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await sessionCookie('COORDINATOR');
  await importRegister(api.handle, fixtureStream('enheter-2024.csv'), { dryRun: false, actor: { userId: null, role: null }, now: new Date() });
  await api.handle.transaction((tx) =>
    tx.insert(schema.people).values([
      { id: KARI_ID, name: 'Kari "K" Nordmann', email: 'kari@example.no', sector: 'BUSINESS' },
      { id: newId('person'), name: '=HYPERLINK("http://evil")', sector: 'CIVIL' },
      { id: newId('person'), name: 'Slettet', sector: 'CIVIL', erasedAt: '2025-01-01T00:00:00Z' },
      { id: PARTICIPANT_ID, name: 'Per Deltaker', sector: 'CIVIL', isParticipant: true },
    ]),
  );
  const [skien] = await api.handle.db.select().from(schema.organizations).where(eq(schema.organizations.name, 'SKIEN KOMMUNE'));
  await api.handle.transaction(async (tx) => {
    await tx.insert(schema.people).values({ id: newId('person'), name: 'Siri Saksbehandler', sector: 'PUBLIC', organizationId: skien!.id });
    await tx.insert(schema.agreements).values({ id: AGREEMENT_ID, title: 'Arbeidstrening i Skien', kind: 'WORK_TRIAL', status: 'ACTIVE' });
    await tx.insert(schema.agreementParties).values([
      { id: newId('agreementParty'), agreementId: AGREEMENT_ID, personId: PARTICIPANT_ID, role: 'PARTICIPANT' },
      { id: newId('agreementParty'), agreementId: AGREEMENT_ID, organizationId: skien!.id, role: 'PUBLIC_PARTNER' },
      { id: newId('agreementParty'), agreementId: AGREEMENT_ID, personId: KARI_ID, role: 'MENTOR' },
    ]);
  });
});
afterAll(() => api.stop());

describe('GET /export/<list>.csv', () => {
  it('exports a list for spreadsheets: UTF-8 with a BOM, semicolons, CRLF, Norwegian letters and quoted commas intact', async () => {
    const { response, bytes, text } = await download('/export/organizations.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="brobygger-organizations-/);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^ID;Navn;Organisasjonsnummer;Sektor;Type;/);
    expect(lines).toHaveLength(11);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toContain('ÆRLIG RØRLEGGER AS');
    expect(text).toContain('"HANSEN, OLSEN & SØNN DA"');
  });

  it('filters by search and sector, and leaves erased people out', async () => {
    const { text } = await download('/export/organizations.csv?sector=PUBLIC&search=skien');
    const names = rowsOf(text).slice(1).map((cells) => cells[1]);
    expect(names.sort()).toEqual(['NAV SKIEN', 'SKIEN KOMMUNE', 'SKIEN VIDEREGÅENDE SKOLE']);

    const people = await download('/export/people.csv');
    expect(people.text).toContain('"Kari ""K"" Nordmann"');
    expect(people.text).not.toContain('Slettet');
    // A cell that starts like a formula is kept as text.
    expect(people.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('exports what a list page shows: its kind, in use or archived', async () => {
    const names = async (path: string) => rowsOf((await download(path)).text).slice(1).map((cells) => cells[1]).sort();
    const everyMunicipality = await names('/export/organizations.csv?kind=MUNICIPALITY');
    expect(everyMunicipality).toContain('SKIEN KOMMUNE');
    await api.handle.transaction((tx) =>
      tx.update(schema.organizations).set({ archivedAt: '2026-01-01T00:00:00Z' }).where(eq(schema.organizations.name, 'SKIEN KOMMUNE')),
    );
    expect(await names('/export/organizations.csv?kind=MUNICIPALITY&archived=false')).toEqual(everyMunicipality.filter((name) => name !== 'SKIEN KOMMUNE'));
    expect(await names('/export/organizations.csv?kind=MUNICIPALITY&archived=true')).toEqual(['SKIEN KOMMUNE']);
    // Without `archived` the file holds every row, as it always has.
    expect(await names('/export/organizations.csv?kind=MUNICIPALITY')).toEqual(everyMunicipality);
    expect((await download('/export/organizations.csv?archived=maybe')).response.status).toBe(400);
    expect((await download('/export/organizations.csv?kind=CASTLE')).response.status).toBe(400);
    await api.handle.transaction((tx) => tx.update(schema.organizations).set({ archivedAt: null }));
  });

  it('words headings and codes in Norwegian by default and in English with lang=en', async () => {
    const nb = rowsOf((await download('/export/organizations.csv?search=skien%20kommune')).text);
    const nbRow = Object.fromEntries(nb[0]!.map((heading, index) => [heading, nb[1]![index]]));
    expect(nbRow).toMatchObject({ Navn: 'SKIEN KOMMUNE', Sektor: 'Offentlig sektor', Type: 'Kommune', 'Offentlig eid': 'Nei', Kilde: 'Enhetsregisteret', Kommune: 'Skien' });

    const en = rowsOf((await download('/export/organizations.csv?search=skien%20kommune&lang=en')).text);
    const enRow = Object.fromEntries(en[0]!.map((heading, index) => [heading, en[1]![index]]));
    expect(enRow).toMatchObject({ Name: 'SKIEN KOMMUNE', Sector: 'Public sector', Kind: 'Municipality', 'Publicly owned': 'No', Source: 'Business register' });
  });

  it('puts names beside ids, and the parties of an agreement with their roles', async () => {
    const people = rowsOf((await download('/export/people.csv?search=Siri')).text);
    expect(people[0]!.slice(5, 8)).toEqual(['Tittel', 'Organisasjons-ID', 'Organisasjon']);
    expect(people[1]!.slice(7, 8)).toEqual(['SKIEN KOMMUNE']);
    expect(people[1]![4]).toBe('Offentlig sektor');

    const { text } = await download('/export/agreements.csv');
    const [heading, row] = [rowsOf(text)[0]!, text.slice(1).trim().split('\r\n')[1]!];
    expect(heading).toEqual(expect.arrayContaining(['Tittel', 'Type', 'Status', 'Nettverks-ID', 'Nettverk', 'Antall parter', 'Parter (rolle)']));
    expect(row).toContain('Arbeidstrening i Skien;Arbeidstrening;Aktiv;');
    expect(row).toContain(';3;"Per Deltaker (Deltaker) | SKIEN KOMMUNE (Offentlig partner) | Kari ""K"" Nordmann (Mentor)"');

    const english = (await download('/export/agreements.csv?lang=en')).text;
    expect(english).toMatch(/^\uFEFFID;Title;Kind;Status;/);
    expect(english).toContain(';Work trial;Active;');
    expect(english).toContain('Per Deltaker (Participant) | SKIEN KOMMUNE (Public partner)');
  });

  it('is for coordinators only, refuses unknown lists and sectors, and audits every export', async () => {
    expect((await download('/export/people.csv', '')).response.status).toBe(401);
    const refused = await download('/export/people.csv', await sessionCookie('RESEARCHER'));
    expect(refused.response.status).toBe(403);
    expect(JSON.parse(refused.text).errors[0]).toMatchObject({
      message: 'Only coordinators may export.',
      extensions: { code: 'FORBIDDEN', reason: 'ROLE', params: { role: 'RESEARCHER', action: 'export' } },
    });
    expect((await download('/export/users.csv')).response.status).toBe(404);
    const badSector = await download('/export/people.csv?sector=PRIVATE');
    expect(JSON.parse(badSector.text).errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'sector',
      reason: 'NOT_ONE_OF',
      params: { values: 'BUSINESS, PUBLIC, CIVIL' },
    });

    const events = await api.handle.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.action, 'export'), eq(schema.auditEvents.entityType, 'Person')));
    expect(events.length).toBeGreaterThanOrEqual(1);
  });

  it('audits a read of each participant whose name and contact leave in the file', async () => {
    const reads = () =>
      api.handle.db
        .select()
        .from(schema.auditEvents)
        .where(and(eq(schema.auditEvents.action, 'read'), eq(schema.auditEvents.entityId, PARTICIPANT_ID)));
    const before = (await reads()).length;
    const { text } = await download('/export/people.csv');
    expect(text).toContain('Per Deltaker');
    expect((await reads()).length).toBe(before + 1);
    await download('/export/organizations.csv');
    expect((await reads()).length).toBe(before + 1);
    // A participant named as an agreement's party is read too.
    await download('/export/agreements.csv');
    expect((await reads()).length).toBe(before + 2);
  });
});
