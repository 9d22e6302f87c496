import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, newId, schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../testing/index';

/**
 * An admin (or an attacker holding an admin's session) setting passwords an online guesser
 * would try first. NIST SP 800-63B: at least 12 characters, no composition rules, refused when
 * common or made of the account's own e-mail or name. Logging in never applies the policy.
 */

let api: TestApi;
let admin: GraphQLTestClient;
let coordinator: GraphQLTestClient;

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const UPDATE_USER = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`;
const STRONG = 'lilac-kettle-orbit-57';

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.as('ADMIN');
  coordinator = await api.as('COORDINATOR');
});
afterAll(async () => {
  await api.stop();
});

let n = 0;
const freshEmail = () => `konto-${(n += 1)}@grenland-test.no`;

async function createUser(password: string, extra: Record<string, unknown> = {}) {
  return admin.request<{ createUser: { id: string } }>(CREATE_USER, {
    input: { email: freshEmail(), password, role: 'RESEARCHER', ...extra },
  });
}

describe('a new account’s password', () => {
  it.each([
    ['aaaaaaaaaaaa', 'GUESSABLE'],
    ['123456789012', 'GUESSABLE'],
    ['passord12345', 'GUESSABLE'],
    ['brobygger2026', 'GUESSABLE'],
    ['Sommer2024!!', 'GUESSABLE'],
    ['Grenland-Krem-1', 'GUESSABLE'],
    // The product's own words, which zxcvbn alone rated strong.
    ['nav-arbeid-jobb', 'GUESSABLE'],
  ])('refuses %s (%s)', async (password, reason) => {
    const result = await createUser(password);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason });
    expect(result.errors?.[0]?.message).toMatch(/too easy to guess/);
  });

  it('refuses fewer than 12 characters, with the minimum as a parameter', async () => {
    for (const password of ['1234567890', 'a-long-pw1']) {
      const result = await createUser(password);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'password',
        reason: 'TOO_SHORT',
        params: { min: 12 },
      });
    }
  });

  it('refuses the e-mail’s local part repeated, and other e-mail words', async () => {
    for (const password of ['xqzw.plumbtrekxqzw.plumbtrek', 'Plumbtrek-Xqzw-2026', 'vindeltrapp.no!!1']) {
      const result = await admin.request(CREATE_USER, {
        input: { email: 'xqzw.plumbtrek@vindeltrapp.no', password, role: 'RESEARCHER' },
      });
      expect(result.errors?.[0]?.extensions, password).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'PERSONAL' });
    }
  });

  it('refuses the name of the person the account is linked to', async () => {
    const { createPerson } = await coordinator.data(`mutation { createPerson(input: { name: "Ingvild Sørbråten", sector: PUBLIC }) { id } }`);
    const result = await createUser('Sørbråten-Ingvild-1987', { role: 'COORDINATOR', personId: createPerson.id });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'PERSONAL' });
    expect((await createUser(STRONG, { role: 'COORDINATOR', personId: createPerson.id })).errors).toBeUndefined();
  });

  it('asks no digit, capital or symbol: a long unusual phrase is enough, and it logs in', async () => {
    const email = freshEmail();
    await admin.data(CREATE_USER, { input: { email, password: 'sjokoladekake med rips', role: 'RESEARCHER' } });
    const client = api.anonymous();
    await client.login(email, 'sjokoladekake med rips');
    expect((await client.data(`{ viewer { email } }`)).viewer.email).toBe(email);
  });
});

describe('a changed password', () => {
  it('is held to the same policy, against the stored e-mail the input does not carry', async () => {
    const email = 'tobiassen.rune@grenland-test.no';
    const { createUser: user } = await admin.data(CREATE_USER, { input: { email, password: STRONG, role: 'RESEARCHER' } });
    const personal = await admin.request(UPDATE_USER, { id: user.id, input: { password: 'Tobiassen.Rune!2026' } });
    expect(personal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'PERSONAL' });
    const common = await admin.request(UPDATE_USER, { id: user.id, input: { password: 'hemmelig-passord' } });
    expect(common.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'GUESSABLE' });
    // Nothing was changed: the old password still logs in.
    await api.anonymous().login(email, STRONG);
  });
});

describe('logging in', () => {
  it('does not apply the policy: an account made before it (as the demo seed does) logs in as it is', async () => {
    const email = 'eldre-konto@grenland-test.no';
    await api.handle.db.insert(schema.users).values({
      id: newId('user'),
      email,
      passwordHash: await hashPassword('brobygger-demo'),
      role: 'RESEARCHER',
    });
    const client = api.anonymous();
    await client.login(email, 'brobygger-demo');
    expect((await client.data(`{ viewer { email } }`)).viewer.email).toBe(email);
  });
});
