import { spawn } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { startTestApi, TEST_PASSWORD, type GraphQLTestClient, type TestApi } from '../testing/index';

/**
 * Input an attacker (or a careless paste) sends: huge or wildcard searches, forged cursors,
 * names with control, bidi or invisible characters. Each is refused as the client's mistake
 * (BAD_USER_INPUT naming the field), never answered as INTERNAL_SERVER_ERROR.
 */

let api: TestApi;
let coordinator: GraphQLTestClient;
let admin: GraphQLTestClient;

const CREATE_ORGANIZATION = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  admin = await api.as('ADMIN');
  for (const name of ['50% Rabatt AS', '500 Bygg AS', 'A_B Consult AS', 'AxB Consult AS', 'Back\\slash AS']) {
    await coordinator.data(CREATE_ORGANIZATION, { input: { name, sector: 'BUSINESS', kind: 'COMPANY' } });
  }
});
afterAll(async () => {
  await api.stop();
});

/** The extensions of the one error a refused request must carry. */
async function refusal(client: GraphQLTestClient, query: string, variables?: Record<string, unknown>) {
  const result = await client.request(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
  return result.errors?.[0]?.extensions;
}

const LISTS = [
  ['organizations', 'OrganizationFilter'],
  ['people', 'PersonFilter'],
  ['networks', 'NetworkFilter'],
  ['agreements', 'AgreementFilter'],
  ['opportunities', 'OpportunityFilter'],
] as const;

describe('list searches', () => {
  it.each(LISTS)('%s: a 50,000-character search is bad input on filter.search, with its limit', async (list, filter) => {
    const extensions = await refusal(
      coordinator,
      `query($filter: ${filter}) { ${list}(first: 5, filter: $filter) { totalCount } }`,
      { filter: { search: 'x'.repeat(50_000) } },
    );
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search', reason: 'TOO_LONG', params: { max: 200 } });
  });

  it('accounts: the admin’s search is held to the same limit', async () => {
    const extensions = await refusal(admin, `query($s: String) { users(first: 5, filter: { search: $s }) { totalCount } }`, {
      s: 'x'.repeat(50_000),
    });
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search', params: { max: 200 } });
  });

  it('treats % and _ as the characters they are, not as wildcards', async () => {
    const names = async (search: string) => {
      const { organizations } = await coordinator.data(
        `query($s: String) { organizations(first: 50, filter: { search: $s }) { nodes { name } } }`,
        { s: search },
      );
      return (organizations.nodes as { name: string }[]).map((n) => n.name).sort();
    };
    expect(await names('50%')).toEqual(['50% Rabatt AS']);
    expect(await names('%')).toEqual(['50% Rabatt AS']);
    expect(await names('A_B')).toEqual(['A_B Consult AS']);
    expect(await names('_')).toEqual(['A_B Consult AS']);
    expect(await names('k\\s')).toEqual(['Back\\slash AS']);
    expect(await names('consult')).toEqual(['A_B Consult AS', 'AxB Consult AS']);
  });
});

describe('the CSV export’s search', () => {
  async function download(search: string) {
    const login = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }',
        variables: { e: exporterEmail, p: TEST_PASSWORD },
      }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';', 1)[0] ?? '';
    return fetch(`${api.url}/export/organizations.csv?search=${encodeURIComponent(search)}`, { headers: { cookie } });
  }
  let exporterEmail = '';

  beforeAll(async () => {
    const { viewer } = await coordinator.data(`{ viewer { email } }`);
    exporterEmail = viewer.email;
  });

  it('is refused before the first row when too long, naming the parameter', async () => {
    const response = await download('x'.repeat(5_000));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it('matches % literally', async () => {
    const text = await (await download('50%')).text();
    expect(text).toContain('50% Rabatt AS');
    expect(text).not.toContain('500 Bygg AS');
  });
});

describe('cursors', () => {
  const page = `query($after: String) { organizations(first: 2, after: $after) { nodes { name } pageInfo { endCursor } } }`;
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('a cursor the API gave out still pages on', async () => {
    const first = await coordinator.data(page);
    const next = await coordinator.data(page, { after: first.organizations.pageInfo.endCursor });
    expect(next.organizations.nodes).toHaveLength(2);
  });

  it('says nothing of the row it ends at: no id, no name, no date can be read from it', async () => {
    const first = await coordinator.data(`{ organizations(first: 1, orderBy: { field: NAME }) { nodes { id name createdAt } pageInfo { endCursor } } }`);
    const [last] = first.organizations.nodes as { id: string; name: string; createdAt: string }[];
    const cursor = first.organizations.pageInfo.endCursor as string;
    const bytes = Buffer.from(cursor, 'base64url').toString('latin1');
    for (const secret of [last!.id, last!.name, last!.createdAt.slice(0, 10)]) expect(bytes).not.toContain(secret);
    // Sealed afresh each time: two cursors for the same row differ, so they cannot be compared either.
    const again = await coordinator.data(`{ organizations(first: 1, orderBy: { field: NAME }) { pageInfo { endCursor } } }`);
    expect(again.organizations.pageInfo.endCursor).not.toBe(cursor);
  });

  it('a cursor is taken only by the list that gave it out: another order or another list reads its key differently', async () => {
    const first = await coordinator.data(page);
    const cursor = first.organizations.pageInfo.endCursor as string;
    const byDate = `query($after: String) { organizations(first: 2, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) { totalCount } }`;
    const people = `query($after: String) { people(first: 2, after: $after) { totalCount } }`;
    for (const [other, variables] of [[byDate, { after: cursor }], [people, { after: cursor }]] as const) {
      const extensions = await refusal(coordinator, other, variables);
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'BAD_CURSOR' });
    }
  });

  it.each([
    ['not base64', '!!!'],
    ['not JSON', Buffer.from('{"k":').toString('base64url')],
    ['JSON null', encode(null)],
    ['a list', encode(['a', 'b'])],
    ['a nested object as key', encode({ k: { $gt: '' }, i: 'org_1' })],
    ['a missing id', encode({ k: 'a' })],
    ['an extra property', encode({ k: 'a', i: 'org_1', x: 1 })],
    ['a huge key', encode({ k: 'x'.repeat(20_000), i: 'org_1' })],
    ['a huge number', Buffer.from('{"k":1e999,"i":"org_1"}').toString('base64url')],
    ['padding and junk', `${encode({ k: 'a', i: 'org_1' })}==`],
    ['50,000 characters', 'A'.repeat(50_000)],
    // Well formed, but not sealed by the API: a position the client chose to search the keys with.
    ['a plain position the API never wrote', encode({ k: 'a', i: 'org_1' })],
    ['an injection as key', encode({ k: "' OR 1=1 --", i: "x' --" })],
  ])('refuses a forged cursor (%s) on after', async (_what, after) => {
    const extensions = await refusal(coordinator, page, { after });
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'BAD_CURSOR' });
  });
});

describe('candidate cursors (offsets, so an employer never sees a person id)', () => {
  const offset = (json: string) => Buffer.from(json).toString('base64url');

  it.each([
    ['a negative offset', offset('{"o":-1}')],
    ['a fraction', offset('{"o":1.5}')],
    ['an offset beyond any list', offset('{"o":1e300}')],
    ['an offset past a safe integer', offset('{"o":9007199254740993}')],
    ['JSON null', offset('null')],
  ])('refuses %s on after', async (_what, after) => {
    const { createOrganization } = await coordinator.data(CREATE_ORGANIZATION, {
      input: { name: `Arbeidsgiver ${Math.random()}`, sector: 'BUSINESS', kind: 'COMPANY' },
    });
    const employer = await api.as('EMPLOYER', { organizationId: createOrganization.id });
    await employer.data(`mutation { acceptIntroductionTerms { acceptedAt } }`);
    const extensions = await refusal(employer, `query($after: String) { candidates(first: 5, after: $after) { totalCount } }`, { after });
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'BAD_CURSOR' });
  });
});

describe('names and free text', () => {
  const organization = (name: string) => ({ input: { name, sector: 'BUSINESS', kind: 'COMPANY' } });

  it.each([
    ['a NUL byte', 'Grenland\u0000Sveis AS', 'CONTROL_CHARACTER'],
    ['an escape sequence', '\u001b[2JGrenland Sveis AS', 'CONTROL_CHARACTER'],
    ['a line break', 'Grenland\nSveis AS', 'CONTROL_CHARACTER'],
    ['a right-to-left override', 'Grenland \u202eSA sievS', 'BIDI_CONTROL'],
    ['a directional isolate', 'Grenland \u2067Sveis\u2069 AS', 'BIDI_CONTROL'],
    ['zero-width spaces only', '\u200b\u200b\u200b', 'INVISIBLE_ONLY'],
    ['a byte-order mark and a word joiner only', '\ufeff\u2060', 'INVISIBLE_ONLY'],
    ['the Hangul filler U+3164 only', '\u3164', 'INVISIBLE_ONLY'],
    ['the halfwidth Hangul filler U+FFA0 only', '\uffa0\uffa0', 'INVISIBLE_ONLY'],
    ['the blank braille pattern U+2800 only', '\u2800', 'INVISIBLE_ONLY'],
    ['a variation selector only', '\ufe0f', 'INVISIBLE_ONLY'],
    ['the Mongolian vowel separator only', '\u180e', 'INVISIBLE_ONLY'],
    ['combining marks only', '\u0301\u0308\u0323', 'INVISIBLE_ONLY'],
    ['tag characters hiding a text', 'Grenland Sveis AS\u{e0069}\u{e0067}\u{e006e}\u{e006f}\u{e0072}\u{e0065}', 'CONTROL_CHARACTER'],
    ['a line separator', 'Grenland\u2028Sveis AS', 'CONTROL_CHARACTER'],
    ['a paragraph separator', 'Grenland\u2029Sveis AS', 'CONTROL_CHARACTER'],
    ['a lone surrogate (stored as U+FFFD)', 'Grenland \ud83d Sveis AS', 'CONTROL_CHARACTER'],
    ['the noncharacter U+FFFE', 'Grenland\ufffeSveis AS', 'CONTROL_CHARACTER'],
    ['the noncharacter U+FFFF', 'Grenland Sveis AS\uffff', 'CONTROL_CHARACTER'],
    ['the noncharacter U+FDD0', 'Grenland\ufdd0Sveis AS', 'CONTROL_CHARACTER'],
    ['a plane-end noncharacter', 'Grenland\u{10ffff}Sveis AS', 'CONTROL_CHARACTER'],
  ])('refuses a name with %s', async (_what, name, reason) => {
    const extensions = await refusal(coordinator, CREATE_ORGANIZATION, organization(name));
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', reason });
  });

  it('refuses the same characters in free text, and in a person’s name', async () => {
    const network = `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`;
    expect(await refusal(coordinator, network, { input: { name: 'Forum', kind: 'PROJECT', description: 'Møtes\uffff' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'description',
      reason: 'CONTROL_CHARACTER',
    });
    const person = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
    expect(await refusal(coordinator, person, { input: { name: '\u3164', sector: 'BUSINESS' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
      reason: 'INVISIBLE_ONLY',
    });
  });

  it('accepts names with accents, emoji and joined emoji as they are', async () => {
    for (const name of ['Ha\u0308agen Bakeri AS', '❤\ufe0f Hjertebarn', '👩\u200d👩\u200d👦 Familiehuset']) {
      const created = await coordinator.data(CREATE_ORGANIZATION, organization(name));
      expect(created.createOrganization.name).toBe(name.normalize('NFC'));
    }
  });

  it('answers an oversized name and description with their limits', async () => {
    expect(await refusal(coordinator, CREATE_ORGANIZATION, organization('x'.repeat(50_000)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
      reason: 'TOO_LONG',
      params: { max: 200 },
    });
    const network = `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`;
    expect(
      await refusal(coordinator, network, { input: { name: 'Forum', kind: 'PROJECT', description: 'x'.repeat(50_000) } }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description', reason: 'TOO_LONG', params: { max: 5000 } });
  });

  it('stores names in NFC and keeps the line breaks of free text', async () => {
    const created = await coordinator.data(CREATE_ORGANIZATION, organization('Cafe\u0301 Tvilling AS'));
    expect(created.createOrganization.name).toBe('Café Tvilling AS');
    const { createNetwork } = await coordinator.data(
      `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { description } }`,
      { input: { name: 'Nettverk for kafeer', kind: 'PROJECT', description: 'Møtes:\r\n\t- første mandag' } },
    );
    expect(createNetwork.description).toBe('Møtes:\n\t- første mandag');
  });
});

describe('graph files from names stored before the input rules', () => {
  const organization = (name: string) => ({ input: { name, sector: 'BUSINESS', kind: 'COMPANY' } });
  const EXPORT = `query($format: GraphExportFormat!) { exportGraph(format: $format) { content } }`;

  /** What a strict XML parser (Python's expat, which refuses what XML 1.0 forbids) reads of the labels, or its error. */
  async function parseLabels(xml: string, tag: string, attribute: string): Promise<string[]> {
    const script = `
import json, sys
import xml.dom.minidom as minidom
doc = minidom.parseString(sys.stdin.buffer.read())
print(json.dumps([e.getAttribute(sys.argv[2]) if sys.argv[2] else (e.firstChild.data if e.firstChild else '') for e in doc.getElementsByTagName(sys.argv[1])]))
`;
    const child = spawn('python3', ['-c', script, tag, attribute]);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.end(xml);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (code !== 0) throw new Error(`not XML: ${Buffer.concat(err).toString()}`);
    return JSON.parse(Buffer.concat(out).toString()) as string[];
  }

  it('writes GEXF and GraphML that parse although a stored name holds U+FFFE, U+FFFF or a control character', async () => {
    const stored = ['Gammel\ufffeData AS', 'Eldre\uffff Data AS', 'Bjelle\u0007 AS'];
    for (const [i, name] of stored.entries()) {
      const { createOrganization } = await coordinator.data(CREATE_ORGANIZATION, organization(`Gamle data ${i}`));
      // As the database of an older version may hold it, written past today's rules.
      await api.handle.transaction((tx) => tx.update(schema.organizations).set({ name }).where(eq(schema.organizations.id, createOrganization.id)));
    }
    const gexf = (await coordinator.data(EXPORT, { format: 'GEXF' })).exportGraph.content as string;
    const gexfLabels = await parseLabels(gexf, 'node', 'label');
    expect(gexfLabels).toEqual(expect.arrayContaining(['GammelData AS', 'Eldre Data AS', 'Bjelle AS']));
    const graphml = (await coordinator.data(EXPORT, { format: 'GRAPHML' })).exportGraph.content as string;
    const graphmlValues = await parseLabels(graphml, 'data', '');
    expect(graphmlValues).toEqual(expect.arrayContaining(['GammelData AS', 'Eldre Data AS', 'Bjelle AS']));
  });
});
