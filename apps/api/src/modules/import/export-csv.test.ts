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

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await sessionCookie('COORDINATOR');
  await importRegister(api.handle, fixtureStream('enheter-2024.csv'), { dryRun: false, actor: { userId: null, role: null }, now: new Date() });
  await api.handle.transaction((tx) =>
    tx.insert(schema.people).values([
      { id: newId('person'), name: 'Kari "K" Nordmann', email: 'kari@example.no', sector: 'BUSINESS' },
      { id: newId('person'), name: '=HYPERLINK("http://evil")', sector: 'CIVIL' },
      { id: newId('person'), name: 'Slettet', sector: 'CIVIL', erasedAt: '2025-01-01T00:00:00Z' },
      { id: PARTICIPANT_ID, name: 'Per Deltaker', sector: 'CIVIL', isParticipant: true },
    ]),
  );
});
afterAll(() => api.stop());

describe('GET /export/<list>.csv', () => {
  it('exports a list as UTF-8 CSV with a BOM, Norwegian letters and quoted commas intact', async () => {
    const { response, bytes, text } = await download('/export/organizations.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="brobygger-organizations-/);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,name,orgNumber,sector,kind,/);
    expect(lines).toHaveLength(11);
    expect(text).toContain('ÆRLIG RØRLEGGER AS');
    expect(text).toContain('"HANSEN, OLSEN & SØNN DA"');
  });

  it('filters by search and sector, and leaves erased people out', async () => {
    const { text } = await download('/export/organizations.csv?sector=PUBLIC&search=skien');
    const names = text.trim().split('\r\n').slice(1).map((line) => line.split(',')[1]);
    expect(names.sort()).toEqual(['NAV SKIEN', 'SKIEN KOMMUNE', 'SKIEN VIDEREGÅENDE SKOLE']);

    const people = await download('/export/people.csv');
    expect(people.text).toContain('"Kari ""K"" Nordmann"');
    expect(people.text).not.toContain('Slettet');
    // A cell that starts like a formula is kept as text.
    expect(people.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('is for coordinators only, refuses unknown lists and sectors, and audits every export', async () => {
    expect((await download('/export/people.csv', '')).response.status).toBe(401);
    const refused = await download('/export/people.csv', await sessionCookie('RESEARCHER'));
    expect(refused.response.status).toBe(403);
    expect(JSON.parse(refused.text).errors[0]).toMatchObject({ message: 'Only coordinators may export.', extensions: { code: 'FORBIDDEN' } });
    expect((await download('/export/users.csv')).response.status).toBe(404);
    const badSector = await download('/export/people.csv?sector=PRIVATE');
    expect(JSON.parse(badSector.text).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'sector' });

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
  });
});
