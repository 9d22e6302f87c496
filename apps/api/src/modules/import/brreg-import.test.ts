import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { importRegister, type RegisterImportOptions } from './brreg/import-register';
import { fixturePath, fixtureStream } from './fixtures/fixture-files';

let api: TestApi;
let coordinator: GraphQLTestClient;

const NOW = new Date('2025-03-01T12:00:00Z');
const options = (extra: Partial<RegisterImportOptions> = {}): RegisterImportOptions => ({
  dryRun: false,
  actor: { userId: null, role: null },
  now: NOW,
  ...extra,
});

async function rows() {
  return api.handle.db.select().from(schema.organizations).orderBy(asc(schema.organizations.orgNumber));
}

/** What a coordinator would compare between two imports: everything but ids and timestamps. */
async function contents() {
  return (await rows()).map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest);
}

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
});
afterAll(() => api.stop());
beforeEach(async () => {
  await api.handle.transaction((tx) => tx.delete(schema.organizations));
});

describe('importing the register', () => {
  it('creates the valid rows of the CSV and reads every field by its header name', async () => {
    const report = await importRegister(api.handle, fixtureStream('enheter-2024.csv'), options());
    expect(report).toMatchObject({ rowsRead: 15, created: 10, updated: 0, rejected: 3, skipped: 2 });

    const { organizations } = await coordinator.data(
      `{ organizations(first: 50, orderBy: { field: NAME }) { nodes {
          name orgNumber sector kind publiclyOwned source industryCode municipalityNumber municipalityName address postalCode website employees } } }`,
    );
    const byNumber = Object.fromEntries(organizations.nodes.map((o: { orgNumber: string }) => [o.orgNumber, o]));
    // The name stays as registered; the register's capitals in place names do not ('SKIEN' → 'Skien').
    expect(byNumber['910000004']).toMatchObject({
      name: 'SKIEN KOMMUNE',
      sector: 'PUBLIC',
      kind: 'MUNICIPALITY',
      source: 'BRREG',
      website: 'https://www.skien.kommune.no',
      municipalityName: 'Skien',
    });
    expect(byNumber['910002740']).toMatchObject({
      name: 'ÆRLIG RØRLEGGER AS',
      sector: 'BUSINESS',
      kind: 'COMPANY',
      industryCode: '43.221',
      address: 'Øvre Hålandsgate 12, 2. etasje',
      postalCode: '3717',
      municipalityNumber: '4003',
      employees: 12,
    });
    expect(byNumber['910004115']).toMatchObject({ sector: 'PUBLIC', kind: 'NAV_OFFICE' });
    expect(byNumber['910005480']).toMatchObject({ sector: 'CIVIL', kind: 'NGO' });
    expect(byNumber['910006851']).toMatchObject({ sector: 'BUSINESS', publiclyOwned: true });
    expect(byNumber['910012339']).toMatchObject({ sector: 'PUBLIC', kind: 'HEALTH_SERVICE', municipalityName: 'Porsgrunn' });
    expect(byNumber['910015079']).toMatchObject({ sector: 'PUBLIC', kind: 'SCHOOL' });
    expect(byNumber['910020552']).toMatchObject({ name: 'BAMBLE BAKERI Åse Østby', sector: 'BUSINESS' });
    // No sector code: the organisation form (stiftelse) tells; the postal address stands in for a missing business address.
    expect(byNumber['910021923']).toMatchObject({ sector: 'CIVIL', address: 'Postboks 123', municipalityNumber: '4003' });
    expect(byNumber['910023292']).toMatchObject({ name: 'HANSEN, OLSEN & SØNN DA', address: 'Bedriftsvegen 3, bygg B' });
  });

  it('reports broken rows with their line numbers and reasons, and skips bankrupt and dissolving ones', async () => {
    const report = await importRegister(api.handle, fixtureStream('enheter-2024.csv'), options());
    expect(report.rejectedRows).toEqual([
      {
        line: 6,
        key: '910005481',
        reason: expect.stringContaining('wrong check digit'),
        problem: 'ORG_NUMBER_CHECK_DIGIT',
        params: { value: '910005481' },
      },
      { line: 8, key: '910008226', reason: 'no name', problem: 'NO_NAME' },
      {
        line: 9,
        key: '910009591',
        reason: expect.stringContaining('unknown sector'),
        problem: 'UNKNOWN_SECTOR',
        params: { sectorCode: expect.any(String), orgFormCode: expect.any(String) },
      },
    ]);
    expect(report.skippedRows).toEqual([
      { line: 10, key: '910010964', reason: 'bankrupt (konkurs)', problem: 'BANKRUPT' },
      { line: 13, key: '910017810', reason: 'being dissolved (under avvikling)', problem: 'DISSOLVING' },
    ]);
    const numbers = (await rows()).map((row) => row.orgNumber);
    expect(numbers).not.toContain('910005481');
    expect(numbers).not.toContain('910010964');
  });

  it('a dry run reports what would happen and writes nothing', async () => {
    const report = await importRegister(api.handle, fixtureStream('enheter-2024.csv'), options({ dryRun: true }));
    expect(report).toMatchObject({ dryRun: true, created: 10, rejected: 3, skipped: 2 });
    expect(report.changes.filter((c) => c.action === 'create').map((c) => c.key)).toContain('910002740');
    expect(await rows()).toEqual([]);

    await importRegister(api.handle, fixtureStream('enheter-2024.csv'), options());
    const before = await rows();
    const next = await importRegister(api.handle, fixtureStream('enheter-2025.csv'), options({ dryRun: true }));
    expect(next).toMatchObject({ created: 1, updated: 1, unchanged: 2 });
    expect(await rows()).toEqual(before);
  });

  it('importing the same file twice gives the same database', async () => {
    await importRegister(api.handle, fixtureStream('enheter-2024.csv'), options());
    const first = await rows();
    const again = await importRegister(api.handle, fixtureStream('enheter-2024.csv'), options({ now: new Date('2025-04-01T00:00:00Z') }));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 10 });
    expect(await rows()).toEqual(first);
  });

  it("reads next year's file with other columns in another order, updating by organisation number", async () => {
    await importRegister(api.handle, fixtureStream('enheter-2024.csv'), options());
    const report = await importRegister(api.handle, fixtureStream('enheter-2025.csv'), options());
    expect(report).toMatchObject({ created: 1, updated: 1, unchanged: 2, rejected: 0 });
    expect(report.changes.find((c) => c.action === 'update')).toMatchObject({
      key: '910002740',
      fields: expect.arrayContaining(['address', 'postalCode', 'employees']),
    });
    const all = await rows();
    expect(all.filter((row) => row.orgNumber === '910002740')).toHaveLength(1);
    expect(all.find((row) => row.orgNumber === '910002740')).toMatchObject({ address: 'Telemarksgata 10', employees: 14 });
    expect(all.find((row) => row.orgNumber === '910024663')).toMatchObject({ name: 'MØLLA KAFÉ SA', sector: 'BUSINESS' });
  });

  it('keeps what a coordinator edited by hand and reports the fields that differ', async () => {
    await importRegister(api.handle, fixtureStream('enheter-2024.csv'), options());
    const [row] = await api.handle.db.select().from(schema.organizations).where(eq(schema.organizations.orgNumber, '910002740'));
    await coordinator.data(`mutation($id: ID!) { updateOrganization(id: $id, input: { name: "Ærlig Rørlegger", kind: SOCIAL_ENTERPRISE }) { id } }`, { id: row!.id });

    const report = await importRegister(api.handle, fixtureStream('enheter-2025.csv'), options());
    expect(report.kept).toBe(1);
    expect(report.changes.find((c) => c.key === '910002740')).toMatchObject({
      action: 'kept',
      fields: expect.arrayContaining(['name', 'kind', 'address']),
    });
    const [after] = await api.handle.db.select().from(schema.organizations).where(eq(schema.organizations.id, row!.id));
    expect(after).toMatchObject({ name: 'Ærlig Rørlegger', kind: 'SOCIAL_ENTERPRISE', address: 'Øvre Hålandsgate 12, 2. etasje' });
  });

  it('filters by municipality number and by a list of organisation numbers', async () => {
    const porsgrunn = await importRegister(api.handle, fixtureStream('enheter-2024.csv'), options({ municipalities: ['4001', '4012'] }));
    expect(porsgrunn).toMatchObject({ created: 2, filteredOut: 13, rejected: 0 });
    expect((await rows()).map((r) => r.municipalityNumber).sort()).toEqual(['4001', '4012']);

    const listed = await importRegister(
      api.handle,
      fixtureStream('enheter-2024.csv'),
      options({ municipalities: ['4003'], orgNumbers: new Set(['910004115', '910005481']) }),
    );
    expect(listed).toMatchObject({ created: 1, rejected: 1, filteredOut: 13 });
  });

  it('reads the bulk JSON, plain and gzipped, to the same result as the CSV', async () => {
    await importRegister(api.handle, fixtureStream('enheter-2024.csv'), options());
    const fromCsv = await contents();
    await api.handle.transaction((tx) => tx.delete(schema.organizations));

    const plain = await importRegister(api.handle, fixtureStream('enheter.json'), options());
    expect(plain).toMatchObject({ rowsRead: 15, created: 10, rejected: 3, skipped: 2 });
    expect(plain.rejectedRows.map((r) => r.line)).toEqual([5, 7, 8]);
    expect(await contents()).toEqual(fromCsv);
    await api.handle.transaction((tx) => tx.delete(schema.organizations));

    const gz = Readable.from([gzipSync(readFileSync(fixturePath('enheter.json')))]);
    const zipped = await importRegister(api.handle, gz, options());
    expect(zipped).toMatchObject({ created: 10 });
    expect(await contents()).toEqual(fromCsv);
  });

  it('a file that breaks part-way leaves the database as it was', async () => {
    const header = readFileSync(fixturePath('enheter-2024.csv'), 'utf8').split('\n', 1)[0];
    async function* brokenFile() {
      yield await Promise.resolve(`${header}\n`);
      const good = readFileSync(fixturePath('enheter-2024.csv'), 'utf8').split('\n')[2]!;
      for (let i = 0; i < 1500; i++) yield `${good}\n`;
      yield '"910000004","UNCLOSED QUOTE\n';
      throw new Error('the disk went away');
    }
    await expect(importRegister(api.handle, Readable.from(brokenFile()), options())).rejects.toThrow();
    expect(await rows()).toEqual([]);
  });

  it('refuses a file that is not the register', async () => {
    const notRegister = Readable.from(['"name","email"\n"Kari","kari@example.no"\n']);
    await expect(importRegister(api.handle, notRegister, options())).rejects.toThrow(/organisasjonsnummer/);
  });
});
