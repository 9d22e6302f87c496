import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createParticipant, createPerson } from '../modules/person/test-fixtures';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../testing/index';

/**
 * Two API instances on one database, as behind a load balancer (deploy/compose.yaml): neither
 * keeps state the other needs. Sessions live in the database; every cache is checked against
 * the database's data version on each request; writes from both are serialized by the
 * database. Runs on the dialect of the test run (on PostgreSQL under scripts/with-postgres.sh).
 */
let first: TestApi;
let second: TestApi;
let viaFirst: GraphQLTestClient;
let viaSecond: GraphQLTestClient;

beforeAll(async () => {
  first = await startTestApi();
  second = await startTestApi({ sharing: first });
  viaFirst = await first.as('COORDINATOR');
  viaSecond = viaFirst.at(second.url);
});
afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

const GRAPH = `{ graph { nodes { id } edges { source target } } }`;
const CONNECT = `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { id } }`;
const CREATE = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }`;
const PROPOSE = `mutation($id: ID!) { proposeAgreement(id: $id) { parties { id } } }`;
const SIGN = `mutation($id: ID!, $partyId: ID!) { signAgreement(id: $id, partyId: $partyId) { id } }`;
const AGREEMENT = `query($id: ID!) { agreement(id: $id) { status parties { signedAt } } }`;
const ACTIVATE = `mutation($id: ID!) { activateAgreement(id: $id) { status } }`;

describe('two instances on one database', () => {
  it('take a session made on one on the other, and end it on both', async () => {
    const me = `{ viewer { role } }`;
    expect(await viaSecond.data(me)).toEqual({ viewer: { role: 'COORDINATOR' } });
    const leaving = await first.as('EMPLOYER');
    await leaving.data(`mutation { logout }`);
    const after = await leaving.at(second.url).request(me);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('each see the other’s writes on the next request, the cached graph too', async () => {
    const org = await createOrg(viaFirst, { name: 'Skien Sveis AS' });
    const list = await viaSecond.data<{ organizations: { nodes: { id: string }[] } }>(
      `{ organizations(first: 100) { nodes { id } } }`,
    );
    expect(list.organizations.nodes.map((node) => node.id)).toContain(org);

    const a = await createPerson(viaFirst, { name: 'Ada Bro' });
    const b = await createPerson(viaFirst, { name: 'Bjørn Bro' });
    // The second instance reads (and caches) the graph before the tie exists…
    const before = await viaSecond.data<{ graph: { edges: { source: string; target: string }[] } }>(
      GRAPH,
    );
    expect(before.graph.edges.some((edge) => [edge.source, edge.target].includes(a))).toBe(false);
    // …the first instance writes it, and the second's very next read shows it.
    await viaFirst.data(CONNECT, { input: { personAId: a, personBId: b, kind: 'COLLEAGUE' } });
    const after = await viaSecond.data<{ graph: { edges: { source: string; target: string }[] } }>(
      GRAPH,
    );
    expect(
      after.graph.edges.some(
        (edge) => [edge.source, edge.target].sort().join() === [a, b].sort().join(),
      ),
    ).toBe(true);
  });

  it('lose no lifecycle move when both take them at once', async () => {
    const participant = await createParticipant(viaFirst, 'Siri Samtidig');
    const employer = await createOrg(viaFirst, { name: 'Samtidig AS', sector: 'BUSINESS' });
    const nav = await createOrg(viaFirst, {
      name: 'NAV Samtidig',
      sector: 'PUBLIC',
      kind: 'STATE_AGENCY',
    });
    const agreements = await Promise.all(
      Array.from({ length: 4 }, (_, n) =>
        viaFirst.data<{ createAgreement: { id: string } }>(CREATE, {
          input: {
            title: `Arbeidstrening ${n}`,
            kind: 'WORK_TRIAL',
            parties: [
              { personId: participant, role: 'PARTICIPANT' },
              { organizationId: employer, role: 'EMPLOYER' },
              { organizationId: nav, role: 'PUBLIC_PARTNER' },
            ],
          },
        }),
      ),
    );
    // Every party of every agreement signs at the same moment, half through each instance.
    await Promise.all(
      agreements.map(async ({ createAgreement: { id } }) => {
        const { proposeAgreement } = await viaSecond.data<{
          proposeAgreement: { parties: { id: string }[] };
        }>(PROPOSE, { id });
        await Promise.all(
          proposeAgreement.parties.map((party, n) =>
            (n % 2 ? viaFirst : viaSecond).data(SIGN, { id, partyId: party.id }),
          ),
        );
      }),
    );
    for (const {
      createAgreement: { id },
    } of agreements) {
      const { agreement } = await viaFirst.data<{
        agreement: { parties: { signedAt: string | null }[] };
      }>(AGREEMENT, { id });
      expect(agreement.parties.every((party) => party.signedAt)).toBe(true);
    }
    // Both instances try to activate each agreement at once: exactly one move happens, the other is refused.
    const moves = await Promise.all(
      agreements.flatMap(({ createAgreement: { id } }) => [
        viaFirst.request(ACTIVATE, { id }),
        viaSecond.request(ACTIVATE, { id }),
      ]),
    );
    const activated = moves.filter((move) => !move.errors).length;
    expect(activated).toBe(agreements.length);
    expect(
      moves
        .filter((move) => move.errors)
        .every(
          (move) =>
            move.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT' ||
            move.errors?.[0]?.extensions?.code === 'CONFLICT',
        ),
    ).toBe(true);
    for (const {
      createAgreement: { id },
    } of agreements) {
      expect(
        (await viaSecond.data<{ agreement: { status: string } }>(AGREEMENT, { id })).agreement
          .status,
      ).toBe('ACTIVE');
    }
  });
});
