import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@brobygger/db/seed';
import { GraphQLTestClient, type GraphQLResponse } from '../testing';
import { sleep, spawnServer, tempDir, type ServerProcess } from './server-process';
import { coordinator } from './writer-clients';

const CLIENTS = 8;
const LIFECYCLES_PER_CLIENT = 3;

/** Codes a client may be answered with; anything else (INTERNAL_SERVER_ERROR, none) is a defect. */
const KNOWN = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT']);

const CREATE = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id parties { id role } } }`;
const PROPOSE = `mutation($id: ID!) { proposeAgreement(id: $id) { status } }`;
const SIGN = `mutation($id: ID!, $partyId: ID!) { signAgreement(id: $id, partyId: $partyId) { id } }`;
const ACTIVATE = `mutation($id: ID!) { activateAgreement(id: $id) { status } }`;
const COMPLETE = `mutation($id: ID!) { completeAgreement(id: $id, outcome: ENDED) { status } }`;
const TERMINATE = `mutation($id: ID!) { terminateAgreement(id: $id, reason: "Stopped by a second coordinator") { status } }`;
const ADD_TALENT = `mutation($personId: ID!, $input: TalentInput!) { addTalent(personId: $personId, input: $input) { id } }`;
const UPDATE_PERSON = `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id } }`;

interface Fixture {
  participants: string[];
  employerOrganization: string;
  publicOrganization: string;
  editedPerson: string;
}

describe('eight concurrent clients', () => {
  const tmp = tempDir();
  const responses: GraphQLResponse[] = [];
  let server: ServerProcess;
  let clients: GraphQLTestClient[];
  let employer: GraphQLTestClient;
  let fixture: Fixture;
  let databasePath: string;

  /** Sends and keeps every answer, to check their error codes at the end. */
  const send = async (client: GraphQLTestClient, query: string, variables: Record<string, unknown>) => {
    const response = await client.request(query, variables);
    responses.push(response);
    return response;
  };
  const must = async <T>(client: GraphQLTestClient, query: string, variables: Record<string, unknown>) => {
    const response = await send(client, query, variables);
    expect(response.errors, `${query} ${JSON.stringify(variables)}`).toBeUndefined();
    return response.data as T;
  };

  beforeAll(async () => {
    databasePath = join(tmp.dir, 'concurrent.db');
    server = await spawnServer({ database: { path: databasePath }, seedDemo: true });
    const db = new Database(databasePath, { readonly: true });
    try {
      fixture = {
        participants: db
          .prepare(`SELECT person_id FROM participant_profiles ORDER BY person_id LIMIT ?`)
          .pluck()
          .all(CLIENTS * LIFECYCLES_PER_CLIENT) as string[],
        employerOrganization: db
          .prepare(`SELECT organization_id FROM users WHERE email = 'employer@example.org'`)
          .pluck()
          .get() as string,
        publicOrganization: db
          .prepare(`SELECT id FROM organizations WHERE sector = 'PUBLIC' ORDER BY id LIMIT 1`)
          .pluck()
          .get() as string,
        editedPerson: db.prepare(`SELECT id FROM people WHERE is_participant = 0 ORDER BY id LIMIT 1`).pluck().get() as string,
      };
    } finally {
      db.close();
    }
    clients = await Promise.all(Array.from({ length: CLIENTS }, () => coordinator(server.url)));
    employer = new GraphQLTestClient(server.url);
    await employer.login('employer@example.org', DEMO_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await server?.kill();
    tmp.cleanup();
  });

  it('run agreement lifecycles side by side (while another process writes), every signature recorded', async () => {
    const lifecycle = async (client: GraphQLTestClient, c: number, k: number) => {
      const participant = fixture.participants[c * LIFECYCLES_PER_CLIENT + k]!;
      const created = await must<{ createAgreement: { id: string; parties: { id: string; role: string }[] } }>(
        client,
        CREATE,
        {
          input: {
            title: `Arbeidstrening ${c}-${k}`,
            kind: 'WORK_TRIAL',
            parties: [
              { personId: participant, role: 'PARTICIPANT' },
              { organizationId: fixture.employerOrganization, role: 'EMPLOYER' },
              { organizationId: fixture.publicOrganization, role: 'PUBLIC_PARTNER' },
            ],
          },
        },
      );
      const { id, parties } = created.createAgreement;
      await must(client, PROPOSE, { id });
      // Three parties sign at once, through three different sessions (the employer for its own).
      await Promise.all(
        parties.map((party, p) =>
          must(party.role === 'EMPLOYER' ? employer : clients[(c + p + 1) % CLIENTS]!, SIGN, { id, partyId: party.id }),
        ),
      );
      await must(client, ACTIVATE, { id });
      // Two coordinators close it at the same moment: exactly one move wins, the other is refused.
      const [completed, terminated] = await Promise.all([
        send(client, COMPLETE, { id }),
        send(clients[(c + 4) % CLIENTS]!, TERMINATE, { id }),
      ]);
      const winners = [completed, terminated].filter((response) => !response.errors);
      expect(winners).toHaveLength(1);
      const loser = [completed, terminated].find((response) => response.errors)!;
      expect(loser.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return id;
    };

    // Meanwhile another process (think of a CLI import) takes the write lock now and then.
    const outsider = new Database(databasePath);
    outsider.pragma('busy_timeout = 5000');
    let outsiderRuns = 0;
    let lifecyclesDone = false;
    const outsideWrites = (async () => {
      while (!lifecyclesDone) {
        outsider.exec('BEGIN IMMEDIATE');
        outsider.exec(`UPDATE meta SET value = value WHERE key = 'data_version'`);
        await sleep(150);
        outsider.exec('COMMIT');
        outsiderRuns += 1;
        await sleep(150);
      }
    })();

    const ids = (
      await Promise.all(
        clients.map(async (client, c) => {
          const mine: string[] = [];
          for (let k = 0; k < LIFECYCLES_PER_CLIENT; k += 1) mine.push(await lifecycle(client, c, k));
          return mine;
        }),
      )
    ).flat();
    lifecyclesDone = true;
    await outsideWrites;
    outsider.close();
    expect(outsiderRuns).toBeGreaterThan(0);

    for (const id of ids) {
      const { agreement } = await clients[0]!.data<{ agreement: { status: string; parties: { signedAt: string | null }[] } }>(
        `query($id: ID!) { agreement(id: $id) { status parties { signedAt } } }`,
        { id },
      );
      expect(['COMPLETED', 'TERMINATED']).toContain(agreement.status);
      expect(agreement.parties.every((party) => party.signedAt !== null)).toBe(true);
    }
  }, 240_000);

  it('keep every talent and every field that clients add to one profile at the same moment', async () => {
    const participant = fixture.participants[0]!;
    const names = clients.flatMap((_, c) => [0, 1, 2].map((k) => `Samtidig ferdighet ${c}.${k}`));
    await Promise.all(
      clients.map(async (client, c) => {
        for (let k = 0; k < 3; k += 1)
          await must(client, ADD_TALENT, { personId: participant, input: { name: `Samtidig ferdighet ${c}.${k}` } });
      }),
    );
    // Two coordinators edit different fields of one person at once: both edits stay.
    await Promise.all([
      must(clients[1]!, UPDATE_PERSON, { id: fixture.editedPerson, input: { title: 'Avdelingsleder' } }),
      must(clients[2]!, UPDATE_PERSON, { id: fixture.editedPerson, input: { phone: '+47 400 00 000' } }),
    ]);

    const { person } = await clients[0]!.data<{ person: { participant: { talents: { name: string }[] } } }>(
      `query($id: ID!) { person(id: $id) { participant { talents { name } } } }`,
      { id: participant },
    );
    const held = new Set(person.participant.talents.map((talent) => talent.name));
    for (const name of names) expect(held.has(name), name).toBe(true);
    const edited = await clients[0]!.data<{ person: { title: string; phone: string } }>(
      `query($id: ID!) { person(id: $id) { title phone } }`,
      { id: fixture.editedPerson },
    );
    expect(edited.person).toEqual({ title: 'Avdelingsleder', phone: '+47 400 00 000' });
  }, 120_000);

  it('never let a database error (SQLITE_BUSY or other) reach a client', () => {
    expect(responses.length).toBeGreaterThan(CLIENTS * LIFECYCLES_PER_CLIENT * 6);
    for (const response of responses) {
      expect(response.status).toBeLessThan(500);
      for (const error of response.errors ?? []) {
        expect(KNOWN.has(String(error.extensions?.code)), JSON.stringify(error)).toBe(true);
        expect(error.message).not.toMatch(/SQLITE|database is locked/i);
      }
    }
    expect(server.stderr()).not.toMatch(/SQLITE_BUSY|database is locked/);
  });
});
