import { existsSync, readFileSync } from 'node:fs';
import { activeDialect, sqliteOf } from '@brobygger/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParticipant } from '../modules/person/test-fixtures';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../testing/index';

/**
 * Erasure leaves no bytes behind: after a participant erases their data, neither the database
 * file nor its WAL holds their name, contact, talents, goals, dreams or plan, in any case.
 */
let api: TestApi;
let coordinator: GraphQLTestClient;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
});
afterAll(() => api.stop());

const SECRETS = ['Zelda Quorvik', 'zelda.quorvik@example.no', '912 34 567', 'Xylofonbygging', 'Bli sjefsxylofonist', 'Drømmer om Trollheimen', 'Ringe Quorvikbanken'];

function bytesOnDisk(): string {
  const file = sqliteOf(api.handle).name;
  const parts = [file, `${file}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path));
  return Buffer.concat(parts).toString('latin1');
}

/** Every way a secret may sit in the files: as UTF-8 text, and lower-cased as the search index keeps terms. */
function found(text: string): string[] {
  return SECRETS.filter((secret) => {
    const forms = [secret, secret.toLowerCase(), ...secret.toLowerCase().split(/\s+/).filter((word) => word.length > 6)];
    return forms.some((form) => text.includes(Buffer.from(form, 'utf8').toString('latin1')));
  });
}

// The bytes of one SQLite file and its WAL; PostgreSQL's erasure is VACUUM (docs/postgresql.md).
describe.runIf(activeDialect === 'sqlite')('erasure', () => {
  it('leaves none of the participant’s words in the database file or the WAL', async () => {
    const id = await createParticipant(coordinator, 'Zelda Quorvik', { dreams: 'Drømmer om Trollheimen', talents: [{ name: 'Xylofonbygging' }] });
    await coordinator.data(`mutation($id: ID!) { addGoal(personId: $id, input: { text: "Bli sjefsxylofonist" }) { id } }`, { id });
    await coordinator.data(`mutation($id: ID!) { addPlanStep(personId: $id, input: { text: "Ringe Quorvikbanken" }) { id } }`, { id });
    // The words are there before: the test can see them.
    sqliteOf(api.handle).pragma('wal_checkpoint(PASSIVE)');
    expect(found(bytesOnDisk()).length).toBeGreaterThanOrEqual(5);

    const participant = await api.as('PARTICIPANT', { personId: id });
    expect((await participant.data(`mutation { eraseMe }`)).eraseMe).toBe(true);
    expect(found(bytesOnDisk())).toEqual([]);
  });
});
