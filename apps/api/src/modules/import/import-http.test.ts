import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { hashPassword, newId, schema } from '@brobygger/db';
import type { Role } from '@brobygger/domain';
import { startTestApi, TEST_PASSWORD, type TestApi } from '../../testing/index';
import { importRegister } from './brreg/import-register';
import { fixturePath, fixtureStream } from './fixtures/fixture-files';

let api: TestApi;
let coordinatorCookie: string;

/** Logs in a fresh account of the role, returning its session cookie as a browser would send it. */
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

async function upload(path: string, body: string | Buffer, cookie = coordinatorCookie, contentType = 'application/octet-stream') {
  const response = await fetch(`${api.url}${path}`, { method: 'POST', headers: { cookie, 'content-type': contentType }, body });
  const text = await response.text();
  const lines = response.headers.get('content-type')?.includes('ndjson')
    ? text.trim().split('\n').map((line) => JSON.parse(line))
    : [JSON.parse(text)];
  return { status: response.status, lines, last: lines[lines.length - 1] };
}

async function countOf(table: typeof schema.organizations | typeof schema.people | typeof schema.connections) {
  const [row] = await api.handle.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

const register = readFileSync(fixturePath('enheter-2024.csv'));
const PEOPLE_MAPPING = encodeURIComponent(
  JSON.stringify({ name: 'Navn', email: 'E-post', phone: 'Telefon', sector: 'Sektor', title: 'Stilling', organization: 'Arbeidssted' }),
);
const CONNECTION_MAPPING = encodeURIComponent(JSON.stringify({ personA: 'Fra', personB: 'Til', kind: 'Type', strength: 'Styrke', since: 'Siden' }));

beforeAll(async () => {
  api = await startTestApi();
  coordinatorCookie = await sessionCookie('COORDINATOR');
});
afterAll(() => api.stop());
beforeEach(async () => {
  await api.handle.transaction(async (tx) => {
    await tx.delete(schema.connections);
    await tx.delete(schema.people);
    await tx.delete(schema.organizations);
  });
});

describe('POST /import/brreg', () => {
  it('is for coordinators only', async () => {
    expect((await upload('/import/brreg', register, '')).last.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const employer = await upload('/import/brreg', register, await sessionCookie('EMPLOYER'));
    expect(employer.status).toBe(403);
    expect(employer.last.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await countOf(schema.organizations)).toBe(0);
  });

  it('refuses a body a cross-site form could send', async () => {
    const form = await upload('/import/brreg', register, coordinatorCookie, 'text/plain');
    expect(form.status).toBe(400);
    expect(await countOf(schema.organizations)).toBe(0);
  });

  it('streams progress and the report; a dry run writes nothing, the real run does', async () => {
    const dry = await upload('/import/brreg?dryRun=true&kommune=4003', register);
    expect(dry.status).toBe(200);
    expect(dry.lines.some((line) => line.type === 'progress')).toBe(true);
    expect(dry.last).toMatchObject({ type: 'report', report: { dryRun: true, created: 8, filteredOut: 3, rejected: 3 } });
    expect(await countOf(schema.organizations)).toBe(0);

    const real = await upload('/import/brreg?dryRun=false&kommune=4003', register);
    expect(real.last).toMatchObject({ type: 'report', report: { dryRun: false, created: 8 } });
    expect(await countOf(schema.organizations)).toBe(8);
  });

  it.each([
    ['kommune=40', 'kommune', { reason: 'IMPORT_MUNICIPALITY', params: { value: '40' } }],
    ['orgnr=910005481', 'orgnr', { reason: 'IMPORT_ORG_NUMBER', params: { value: '910005481' } }],
    ['dryRun=maybe', 'dryRun', { reason: 'IMPORT_DRY_RUN' }],
  ])('answers a bad parameter (%s) with BAD_USER_INPUT naming it, and why', async (query, field, why) => {
    const result = await upload(`/import/brreg?${query}`, register);
    expect(result.status).toBe(400);
    expect(result.last.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field, ...why });
  });

  it('reports a file it cannot read, and writes nothing', async () => {
    const broken = `${register.toString('utf8')}"910024663","UNCLOSED QUOTE,"AS"\n`;
    const result = await upload('/import/brreg', broken);
    expect(result.last).toMatchObject({
      type: 'error',
      code: 'BAD_USER_INPUT',
      reason: 'CSV_UNREADABLE',
      params: { line: 17 },
      message: expect.stringContaining('line 17'),
    });
    expect(await countOf(schema.organizations)).toBe(0);
  });
});

describe('CSV imports of people and connections', () => {
  beforeEach(async () => {
    await importRegister(api.handle, fixtureStream('enheter-2024.csv'), {
      dryRun: false,
      actor: { userId: null, role: null },
      now: new Date(),
    });
  });

  it('imports people through the column mapping, reporting bad rows by line, and never duplicates', async () => {
    const people = readFileSync(fixturePath('people.csv'));
    const first = await upload(`/import/people?mapping=${PEOPLE_MAPPING}`, people);
    expect(first.last.report).toMatchObject({ created: 3, rejected: 3 });
    expect(first.last.report.rejectedRows).toEqual([
      { line: 4, key: 'Åse Ødegård', reason: expect.stringMatching(/^email: /), problem: 'EMAIL', field: 'email' },
      {
        line: 6,
        key: 'Siri Lie',
        reason: expect.stringMatching(/^sector: /),
        problem: 'NOT_ONE_OF',
        field: 'sector',
        params: { values: 'BUSINESS, PUBLIC, CIVIL' },
      },
      {
        line: 7,
        key: 'Jon Dahl',
        reason: 'unknown organisation "Finnes Ikke AS"',
        problem: 'UNKNOWN_ORGANIZATION',
        params: { value: 'Finnes Ikke AS' },
      },
    ]);
    const second = await upload(`/import/people?mapping=${PEOPLE_MAPPING}`, people);
    expect(second.last.report).toMatchObject({ created: 0, unchanged: 3 });
    expect(await countOf(schema.people)).toBe(3);

    const rows = await api.handle.db.select().from(schema.people);
    const per = rows.find((row) => row.email === 'per@example.no');
    expect(per).toMatchObject({ name: 'Per Hansen, jr.', sector: 'BUSINESS', title: 'Lærling' });
    expect(per?.organizationId).toBeTruthy();
  });

  it('refuses a mapping that leaves out a required field or names a missing column', async () => {
    const people = readFileSync(fixturePath('people.csv'));
    const noName = await upload(`/import/people?mapping=${encodeURIComponent(JSON.stringify({ sector: 'Sektor' }))}`, people);
    expect(noName.last.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'mapping.name',
      reason: 'MAPPING_MISSING',
      params: { field: 'name' },
    });
    const wrongColumn = await upload(`/import/people?mapping=${encodeURIComponent(JSON.stringify({ name: 'Name', sector: 'Sektor' }))}`, people);
    expect(wrongColumn.last).toMatchObject({
      type: 'error',
      code: 'BAD_USER_INPUT',
      field: 'mapping.name',
      reason: 'MAPPING_NO_SUCH_COLUMN',
      params: { field: 'name', column: 'Name' },
    });
    expect(await countOf(schema.people)).toBe(0);
  });

  it("reads the app's own labels in either language in enum cells, so an exported list imports again", async () => {
    const people = [
      'Navn;E-post;Sektor',
      'Anne Berg;anne@example.no;Offentlig sektor',
      'Bjørn Dal;bjorn@example.no;Public sector',
      'Cecilie Ek;cecilie@example.no;Sivilsamfunn',
      'David Fjell;david@example.no;civil society',
      'Eva Grønn;eva@example.no;Næringsliv',
    ].join('\r\n');
    const mapping = encodeURIComponent(JSON.stringify({ name: 'Navn', email: 'E-post', sector: 'Sektor' }));
    expect((await upload(`/import/people?mapping=${mapping}`, `\uFEFF${people}`)).last.report).toMatchObject({ created: 5, rejected: 0 });
    const sectors = Object.fromEntries((await api.handle.db.select().from(schema.people)).map((row) => [row.email, row.sector]));
    expect(sectors).toEqual({
      'anne@example.no': 'PUBLIC',
      'bjorn@example.no': 'PUBLIC',
      'cecilie@example.no': 'CIVIL',
      'david@example.no': 'CIVIL',
      'eva@example.no': 'BUSINESS',
    });

    const ties = ['Fra;Til;Type', 'anne@example.no;bjorn@example.no;Saksbehandler', 'anne@example.no;eva@example.no;Colleague'].join('\r\n');
    const tieMapping = encodeURIComponent(JSON.stringify({ personA: 'Fra', personB: 'Til', kind: 'Type' }));
    expect((await upload(`/import/connections?mapping=${tieMapping}`, ties)).last.report).toMatchObject({ created: 2, rejected: 0 });
    expect((await api.handle.db.select().from(schema.connections)).map((row) => row.kind).sort()).toEqual(['CASEWORKER', 'COLLEAGUE']);
  });

  it('imports connections between people found by e-mail', async () => {
    await upload(`/import/people?mapping=${PEOPLE_MAPPING}`, readFileSync(fixturePath('people.csv')));
    const ties = readFileSync(fixturePath('connections.csv'));
    const dry = await upload(`/import/connections?dryRun=true&mapping=${CONNECTION_MAPPING}`, ties);
    expect(dry.last.report).toMatchObject({ created: 2, rejected: 2 });
    expect(await countOf(schema.connections)).toBe(0);

    const real = await upload(`/import/connections?mapping=${CONNECTION_MAPPING}`, ties);
    expect(real.last.report.rejectedRows).toEqual([
      {
        line: 4,
        key: 'ola@nav.example – ukjent@example.no',
        reason: 'unknown person "ukjent@example.no"',
        problem: 'UNKNOWN_PERSON',
        params: { value: 'ukjent@example.no' },
      },
      {
        line: 5,
        key: 'ola@nav.example – ola@nav.example',
        reason: expect.stringContaining('two different people'),
        problem: 'TWO_DIFFERENT_PEOPLE',
        field: 'personBId',
      },
    ]);
    const again = await upload(`/import/connections?mapping=${CONNECTION_MAPPING}`, ties);
    expect(again.last.report).toMatchObject({ created: 0, unchanged: 2 });
    expect(await countOf(schema.connections)).toBe(2);
  });

  it('refuses a row with a NUL character by its line, and imports the others', async () => {
    const header = readFileSync(fixturePath('connections.csv'), 'utf8').split('\n')[0];
    const file = `${header}\nola@nav.example\u0000,kari@nav.example,kollega,2,\n`;
    const answer = await upload(`/import/connections?dryRun=true&mapping=${CONNECTION_MAPPING}`, file);
    expect(answer.last.type).not.toBe('error');
    expect(answer.last.report.rejectedRows).toEqual([expect.objectContaining({ line: 2, problem: 'CONTROL_CHARACTER', field: 'personA' })]);
  });
});
