import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createParticipant } from '../person/test-fixtures';

const LINKS = `query($id: ID!) { person(id: $id) { accountLinks { email role active linkedAt linkedByRole } } }`;
const MY_LINKS = `{ viewer { person { accountLinks { email role linkedByRole } } } }`;

let api: TestApi;
let coordinator: GraphQLTestClient;
let admin: GraphQLTestClient;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  admin = await api.as('ADMIN');
});
afterAll(() => api.stop());

describe('accounts linked to a participant', () => {
  it('are shown to the participant, with the admin who linked a second account, and audited', async () => {
    const personId = await createParticipant(coordinator, 'Lina Lenket');
    const participant = await api.as('PARTICIPANT', { personId });
    const before = await participant.data(MY_LINKS);
    expect(before.viewer.person.accountLinks).toHaveLength(1);

    // An admin makes a second account and links it to the participant.
    await admin.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email: 'second.login@example.net', password: 'a long and unusual passphrase', role: 'PARTICIPANT', personId },
    });
    const after = await participant.data(MY_LINKS);
    expect(after.viewer.person.accountLinks).toEqual(
      expect.arrayContaining([{ email: 'second.login@example.net', role: 'PARTICIPANT', linkedByRole: 'ADMIN' }]),
    );
    const events = await api.handle.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entityId, personId), eq(schema.auditEvents.action, 'account-linked')));
    expect(events).toHaveLength(1);
    expect(events[0]?.role).toBe('ADMIN');

    // Coordinators see the links too; nobody else does.
    expect((await coordinator.data(LINKS, { id: personId })).person.accountLinks).toHaveLength(2);
    const other = await api.as('PARTICIPANT', { personId: await createParticipant(coordinator, 'Nabo Nysgjerrig') });
    expect((await other.request(LINKS, { id: personId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('re-linking an existing account to a participant is shown and audited as well', async () => {
    const personId = await createParticipant(coordinator, 'Ola Omlenket');
    const participant = await api.as('PARTICIPANT', { personId });
    const { createUser } = await admin.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email: 'loose.account@example.net', password: 'another long passphrase here', role: 'PARTICIPANT' },
    });
    await admin.data(`mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`, {
      id: createUser.id,
      input: { personId },
    });
    const { viewer } = await participant.data(MY_LINKS);
    expect(viewer.person.accountLinks.map((link: { email: string }) => link.email)).toContain('loose.account@example.net');
  });

  it('keeps a link the admin made and undid, and a password the admin set, in the participant’s view', async () => {
    const personId = await createParticipant(coordinator, 'Siri Skyggekonto');
    const participant = await api.as('PARTICIPANT', { personId });
    const FULL = `{ viewer { person { accountLinks { email linkedByRole unlinkedAt passwordResetAt } } } }`;
    // A shadow account: made, linked, used, then unlinked and deactivated to cover the tracks.
    const { createUser } = await admin.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email: 'shadow.reader@example.net', password: 'vindharpe sjokk lerret 90', role: 'PARTICIPANT', personId },
    });
    await admin.data(`mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`, {
      id: createUser.id,
      input: { personId: null, active: false },
    });
    const { viewer } = await participant.data(FULL);
    const shadow = viewer.person.accountLinks.find((link: { email: string }) => link.email === 'shadow.reader@example.net');
    expect(shadow).toMatchObject({ linkedByRole: 'ADMIN', unlinkedAt: expect.stringMatching(/^\d{4}-/) });

    // Setting the password of the participant's own account shows as well.
    const [own] = await api.handle.db.select().from(schema.users).where(eq(schema.users.personId, personId));
    await admin.data(`mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`, {
      id: own!.id,
      input: { password: 'et helt nytt og langt passord' },
    });
    const other = await api.as('PARTICIPANT', { personId });
    const links = (await other.data(FULL)).viewer.person.accountLinks as { email: string; passwordResetAt: string | null }[];
    expect(links.find((link) => link.email === own!.email)?.passwordResetAt).toMatch(/^\d{4}-/);
  });

  it('links no account of another role to a participant: it would act as them with more rights', async () => {
    const personId = await createParticipant(coordinator, 'Rolf Rollesjekk');
    for (const role of ['EMPLOYER', 'COORDINATOR', 'ADMIN', 'RESEARCHER']) {
      const created = await admin.request(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { email: `${role.toLowerCase()}.shadow@example.net`, password: 'a long and unusual passphrase', role, personId },
      });
      expect(created.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId', reason: 'PARTICIPANT_LINK_ROLE', params: { role } });
    }
    const { createUser } = await admin.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email: 'loose.employer@example.net', password: 'a long and unusual passphrase', role: 'EMPLOYER' },
    });
    const linked = await admin.request(`mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`, {
      id: createUser.id,
      input: { personId },
    });
    expect(linked.errors?.[0]?.extensions).toMatchObject({ reason: 'PARTICIPANT_LINK_ROLE' });
    const [account] = await api.handle.db.select().from(schema.users).where(eq(schema.users.id, createUser.id));
    expect(account!.personId).toBeNull();
  });
});
